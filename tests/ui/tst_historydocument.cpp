// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The scenario's actual figures (model-spec v3 "History") in the document, without widgets:
// each edit is one undo step, an import replaces the history in one step or, when the file is
// refused, changes nothing and says where the file is wrong; the history table and the
// comparison with the projection show what the document holds; a history survives saving.

#include "core/analysis/backtest.h"
#include "core/io/scenariofile.h"
#include "document/historyfile.h"
#include "document/scenariodocument.h"
#include "models/historycomparisonmodel.h"
#include "models/historytablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace tideover;
using namespace tideover::ui;
using H = core::HistoryColumn;

namespace {

// builtin:default projects 2026-2055 in LCU. The history runs from 2022 (before the
// projection) to 2028 (its third year), with a gap and source notes.
core::Scenario scenarioWithHistory()
{
    core::Scenario s = core::loadScenario("builtin:default");
    core::History& h = s.history;
    for (int year = 2022; year <= 2028; ++year) {
        const double k = year - 2021;
        h.set(year, H::contributions, 1.0e9 + 5.0e7 * k);
        h.set(year, H::benefits, 6.0e8 + 2.0e7 * k);
        h.set(year, H::expenditure, 7.0e8 + 2.5e7 * k);
        h.set(year, H::wage_bill, 5.0e10 + 1.0e9 * k);
        h.set(year, H::reserve, 2.0e9 + 3.0e8 * k);
        h.set(year, H::beneficiaries, 40000 + 1000 * k);
        h.set(year, H::unemployment_rate, 0.05 + 0.001 * k);
    }
    h.set(2024, H::beneficiaries, std::nullopt); // not published that year
    h.setNotes(2023, "new benefit rule from July");
    s.sources[core::historySourceKey(H::contributions, 2026)] = "Annual report 2026, table 3";
    s.sources[core::historySourceKey(H::reserve, 2022)] = "Audited accounts 2022";
    return s;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

} // namespace

class HistoryDocumentTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void setHistoryValue_isOneStepAndUndoRestores_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("column");
        QTest::addColumn<double>("value");
        QTest::newRow("change a recorded figure") << 2026 << int(H::contributions) << 1.5e9;
        QTest::newRow("a figure in a new year") << 2030 << int(H::benefits) << 7.0e8;
        QTest::newRow("a figure the year lacks") << 2024 << int(H::beneficiaries) << 41000.0;
        QTest::newRow("a rate") << 2025 << int(H::unemployment_rate) << 0.061;
        QTest::newRow("a negative reserve") << 2027 << int(H::reserve) << -2.5e8;
    }
    void setHistoryValue_isOneStepAndUndoRestores()
    {
        QFETCH(int, year);
        QFETCH(int, column);
        QFETCH(double, value);
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        const core::Scenario before = d.scenario();
        QVERIFY(d.setHistoryValue(year, H(column), value));
        QCOMPARE(d.undoStack()->count(), 1);
        QCOMPARE(d.scenario().history.value(year, H(column)), std::optional<double>(value));
        QVERIFY(d.isModified());
        d.undoStack()->undo();
        QVERIFY(d.scenario() == before);
        QVERIFY(!d.isModified());
        d.undoStack()->redo();
        QCOMPARE(d.scenario().history.value(year, H(column)), std::optional<double>(value));
    }

    void clearingAFigure_dropsItsSourceNote()
    {
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        QVERIFY(!d.historySource(2026, H::contributions).isEmpty());
        QVERIFY(d.setHistoryValue(2026, H::contributions, std::nullopt));
        QVERIFY(!d.scenario().history.value(2026, H::contributions));
        QVERIFY(d.historySource(2026, H::contributions).isEmpty());
        QCOMPARE(d.undoStack()->count(), 1);
        d.undoStack()->undo();
        QCOMPARE(d.historySource(2026, H::contributions), QStringLiteral("Annual report 2026, table 3"));
    }

    void typingTheSameFigureAgain_mergesUntilTheEditEnds()
    {
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        const auto original = d.scenario().history.value(2026, H::benefits);
        QVERIFY(d.setHistoryValue(2026, H::benefits, 1.0));
        QVERIFY(d.setHistoryValue(2026, H::benefits, 12.0));
        QVERIFY(d.setHistoryValue(2026, H::benefits, 123.0));
        QCOMPARE(d.undoStack()->count(), 1);
        d.endMerge();
        QVERIFY(d.setHistoryValue(2026, H::benefits, 1234.0));
        QCOMPARE(d.undoStack()->count(), 2);
        // Another figure is another step even within one run.
        QVERIFY(d.setHistoryValue(2026, H::reserve, 5.0));
        QCOMPARE(d.undoStack()->count(), 3);
        d.undoStack()->undo();
        d.undoStack()->undo();
        QCOMPARE(d.scenario().history.value(2026, H::benefits), std::optional<double>(123.0));
        d.undoStack()->undo();
        QCOMPARE(d.scenario().history.value(2026, H::benefits), original);
    }

    void invalidFigure_isRefusedWithoutAStep_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("column");
        QTest::addColumn<double>("value");
        QTest::newRow("negative benefits") << 2026 << int(H::benefits) << -1.0;
        QTest::newRow("a rate of 100 %") << 2026 << int(H::unemployment_rate) << 1.0;
        QTest::newRow("not a number") << 2026 << int(H::reserve) << std::nan("");
        QTest::newRow("infinite") << 2026 << int(H::contributions) << HUGE_VAL;
        QTest::newRow("year before 1900") << 1899 << int(H::benefits) << 1.0;
        QTest::newRow("year after 2200") << 2201 << int(H::benefits) << 1.0;
    }
    void invalidFigure_isRefusedWithoutAStep()
    {
        QFETCH(int, year);
        QFETCH(int, column);
        QFETCH(double, value);
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        const core::Scenario before = d.scenario();
        QVERIFY(!d.setHistoryValue(year, H(column), value));
        QCOMPARE(d.undoStack()->count(), 0);
        QVERIFY(d.scenario() == before);
    }

    void sourceNotesAndRemoval_areOneStepEach()
    {
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        const core::Scenario before = d.scenario();
        // A note needs a figure.
        QVERIFY(!d.setHistorySource(2024, H::beneficiaries, QStringLiteral("report")));
        QVERIFY(d.setHistorySource(2025, H::benefits, QStringLiteral("Ministry bulletin 2025")));
        QVERIFY(d.setHistoryNotes(2025, QStringLiteral("a reform year")));
        QVERIFY(d.removeHistoryYear(2022));
        QVERIFY(!d.removeHistoryYear(1950));
        QCOMPARE(d.undoStack()->count(), 3);
        QCOMPARE(d.historySource(2025, H::benefits), QStringLiteral("Ministry bulletin 2025"));
        QCOMPARE(d.scenario().history.years.at(2025).notes, std::string("a reform year"));
        QVERIFY(!d.scenario().history.years.count(2022));
        QVERIFY(!d.scenario().sources.count(core::historySourceKey(H::reserve, 2022)));
        for (int i = 0; i < 3; ++i)
            d.undoStack()->undo();
        QVERIFY(d.scenario() == before);
    }

    void historyEdit_refreshesResultsAndProblemsButNotTheProjection()
    {
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        const double reserve = d.result()->at(0, core::Column::reserve);
        QVERIFY(d.setHistoryValue(2026, H::reserve, 1.0));
        QCOMPARE(d.result()->at(0, core::Column::reserve), reserve);
        QVERIFY(!d.isResultStale());
    }

    void importGoodCsv_setsTheHistoryInOneStep_data()
    {
        QTest::addColumn<bool>("hadHistory");
        QTest::newRow("into a scenario without history") << false;
        QTest::newRow("replacing a history") << true;
    }
    void importGoodCsv_setsTheHistoryInOneStep()
    {
        QFETCH(bool, hadHistory);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("good.csv"),
                                       "year,contributions,benefits,reserve,reserve_source,notes\n"
                                       "2024,1.1e9,6.5e8,3.0e9,Audited accounts,\n"
                                       "2025,1.2e9,6.9e8,3.4e9,,\"a year, with a comma\"\n");
        ScenarioDocument d;
        core::Scenario start = hadHistory ? scenarioWithHistory() : core::loadScenario("builtin:default");
        d.reset(start);
        QString error;
        QVERIFY2(importHistoryFile(d, path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(d.undoStack()->count(), 1);
        const core::History& h = d.scenario().history;
        QCOMPARE(h.years.size(), std::size_t(2));
        QCOMPARE(h.value(2025, H::benefits), std::optional<double>(6.9e8));
        QCOMPARE(h.years.at(2025).notes, std::string("a year, with a comma"));
        QCOMPARE(d.historySource(2024, H::reserve), QStringLiteral("Audited accounts"));
        // The previous history's notes went with it.
        QVERIFY(d.historySource(2026, H::contributions).isEmpty());
        d.undoStack()->undo();
        QVERIFY(d.scenario() == start);
        QVERIFY(!d.isModified());
    }

    void importBadCsv_changesNothingAndNamesLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // parts of the message, separated by '|'
        QTest::newRow("unknown column") << QByteArray("year,contributions,benefitz\n2024,1,2\n")
                                        << QStringLiteral("line 1|unknown column 'benefitz'");
        QTest::newRow("bad number") << QByteArray("year,contributions,benefits\n2024,1,2\n2025,1,abc\n")
                                    << QStringLiteral("line 3|column 'benefits'|abc");
        QTest::newRow("duplicate year") << QByteArray("year,benefits\n2024,1\n2025,2\n2024,3\n")
                                        << QStringLiteral("line 4|2024 is given twice");
        QTest::newRow("out of range") << QByteArray("year,unemployment_rate\n2024,1.5\n")
                                      << QStringLiteral("line 2|column 'unemployment_rate'|out of range");
        QTest::newRow("year not first")
            << QByteArray("benefits,year\n1,2024\n") << QStringLiteral("line 1|'year'");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    }
    void importBadCsv_changesNothingAndNamesLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad-history.csv"), text);
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        QVERIFY(d.setValue(QStringLiteral("projection.years"), core::ParamValue(std::int64_t(20))));
        const core::Scenario before = d.scenario();
        QString error;
        QVERIFY(!importHistoryFile(d, path, &error));
        QVERIFY(d.scenario() == before);
        QCOMPARE(d.undoStack()->count(), 1); // the edit before, nothing more
        QVERIFY2(error.contains(QStringLiteral("bad-history.csv")), qPrintable(error));
        for (const QString& part : expected.split(QLatin1Char('|')))
            QVERIFY2(error.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, error)));
    }

    void missingFile_isRefusedWithItsName()
    {
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        QString error;
        QVERIFY(!importHistoryFile(d, QStringLiteral("/nonexistent/figures.csv"), &error));
        QVERIFY2(error.contains(QStringLiteral("figures.csv")), qPrintable(error));
        QCOMPARE(d.undoStack()->count(), 0);
    }

    void exportThenImport_givesTheSameHistory()
    {
        QTemporaryDir dir;
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY2(exportHistoryFile(d, path, &error), qPrintable(error));
        const std::optional<core::HistoryTable> back = readHistoryFile(path, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == d.historyTable());

        ScenarioDocument empty;
        empty.reset(core::loadScenario("builtin:default"));
        QVERIFY(!exportHistoryFile(empty, dir.filePath(QStringLiteral("none.csv")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.csv"))));
    }

    void saveThenReopen_keepsTheHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("with-history.tideover"));
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        QVERIFY(d.setHistoryValue(2027, H::new_claims, 12345.5));
        QVERIFY(d.setHistorySource(2027, H::new_claims, QStringLiteral("Employment service, bulletin 12")));
        QVERIFY(d.setHistoryNotes(2027, QStringLiteral("claims counted by month of decision")));
        QString error;
        QVERIFY2(d.save(path, &error), qPrintable(error));
        ScenarioDocument reopened;
        QVERIFY2(reopened.load(path, &error), qPrintable(error));
        QVERIFY(reopened.scenario().history == d.scenario().history);
        QVERIFY(reopened.historyTable() == d.historyTable());
        QVERIFY(reopened.scenario() == d.scenario());
        QCOMPARE(reopened.loadedFormatVersion(), core::kScenarioFormatVersion);
    }

    void tableModel_showsTheHistoryFormatted()
    {
        ScenarioDocument d;
        core::Scenario s = scenarioWithHistory();
        s.meta.currency = "VND";
        d.reset(s);
        HistoryTableModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), core::kHistoryColumnCount + 1);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("2022"));
        const QModelIndex contributions = model.indexOf(2026, H::contributions);
        QCOMPARE(contributions.data().toString(), QStringLiteral("1,250,000,000 VND"));
        QCOMPARE(contributions.data(Qt::EditRole).toString(), QStringLiteral("1250000000"));
        QCOMPARE(contributions.data(Qt::UserRole).toDouble(), 1.25e9);
        QVERIFY(
            contributions.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Annual report 2026")));
        const QModelIndex rate = model.indexOf(2022, H::unemployment_rate);
        QCOMPARE(rate.data().toString(), QStringLiteral("5.1 %"));
        QCOMPARE(rate.data(Qt::EditRole).toString(), QStringLiteral("5.1"));
        QVERIFY(model.indexOf(2024, H::beneficiaries).data().toString().isEmpty());
        QVERIFY(std::isnan(model.indexOf(2024, H::beneficiaries).data(Qt::UserRole).toDouble()));
        QCOMPARE(model.index(model.rowOfYear(2023), HistoryTableModel::kNotesColumn).data().toString(),
                 QStringLiteral("new benefit rule from July"));
        QVERIFY(model.headerData(int(H::contributions), Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("VND")));
    }

    void tableModel_sourceNoteTooltipIsPlainText()
    {
        ScenarioDocument d;
        core::Scenario s = scenarioWithHistory();
        s.sources[core::historySourceKey(H::benefits, 2025)] = "<b>bold</b> <a href='x'>link</a>";
        d.reset(s);
        HistoryTableModel model(&d);
        const QString tip = model.indexOf(2025, H::benefits).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
    }

    void tableModel_setDataReadsTheLocalesNumbers_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("stored");
        QTest::newRow("en plain") << "en_US" << int(H::benefits) << "1234567.5" << 1234567.5;
        QTest::newRow("en separators and currency")
            << "en_US" << int(H::benefits) << "1,234,567 LCU" << 1234567.0;
        QTest::newRow("en exponent") << "en_US" << int(H::reserve) << "-2.5e9" << -2.5e9;
        QTest::newRow("en percent") << "en_US" << int(H::unemployment_rate) << "6.25 %" << 0.0625;
        QTest::newRow("fr decimal comma") << "fr_FR" << int(H::benefits) << "1234567,5" << 1234567.5;
        QTest::newRow("fr spaces") << "fr_FR" << int(H::benefits) << "1 234 567,5" << 1234567.5;
        QTest::newRow("fr percent") << "fr_FR" << int(H::unemployment_rate) << "6,25" << 0.0625;
        QTest::newRow("vi separators") << "vi_VN" << int(H::insured) << "14.512.000" << 14512000.0;
    }
    void tableModel_setDataReadsTheLocalesNumbers()
    {
        QFETCH(QString, locale);
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(double, stored);
        QLocale::setDefault(QLocale(locale));
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        HistoryTableModel model(&d);
        const QModelIndex cell = model.indexOf(2025, H(column));
        const bool ok = model.setData(cell, typed);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(ok, qPrintable(model.lastError()));
        QCOMPARE(d.scenario().history.value(2025, H(column)), std::optional<double>(stored));
        QCOMPARE(d.undoStack()->count(), 1);
    }

    void tableModel_refusesWhatIsNotAFigure_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("words") << int(H::benefits) << "about a million"
                               << "not a number";
        QTest::newRow("negative benefits") << int(H::benefits) << "-5"
                                           << "out of range";
        QTest::newRow("rate of 120 %") << int(H::unemployment_rate) << "120"
                                       << "out of range";
    }
    void tableModel_refusesWhatIsNotAFigure()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        const core::Scenario before = d.scenario();
        HistoryTableModel model(&d);
        QVERIFY(!model.setData(model.indexOf(2025, H(column)), typed));
        QVERIFY2(model.lastError().contains(message), qPrintable(model.lastError()));
        QVERIFY(d.scenario() == before);
        QCOMPARE(d.undoStack()->count(), 0);
    }

    void tableModel_unchangedTextOrEmptyCell_makesNoStep()
    {
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        HistoryTableModel model(&d);
        const QModelIndex rate = model.indexOf(2025, H::unemployment_rate);
        QVERIFY(model.setData(rate, rate.data(Qt::EditRole)));
        QVERIFY(model.setData(model.indexOf(2024, H::beneficiaries), QString()));
        QCOMPARE(d.undoStack()->count(), 0);
        // Emptying a figure clears it, one step.
        QVERIFY(model.setData(rate, QString()));
        QVERIFY(!d.scenario().history.value(2025, H::unemployment_rate));
        QCOMPARE(d.undoStack()->count(), 1);
    }

    void tableModel_addedYearIsKeptOnceFilled()
    {
        ScenarioDocument d;
        d.reset(core::loadScenario("builtin:default"));
        HistoryTableModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.suggestedYear(), 2025);
        QVERIFY(model.addYear(2025));
        QVERIFY(!model.addYear(2025));
        QVERIFY(!model.addYear(1800));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(d.undoStack()->count(), 0); // an empty year is not part of the scenario
        QVERIFY(d.scenario().history.empty());
        QVERIFY(model.setData(model.indexOf(2025, H::contributions), QStringLiteral("1000")));
        QCOMPARE(d.undoStack()->count(), 1);
        QCOMPARE(d.scenario().history.value(2025, H::contributions), std::optional<double>(1000.0));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.suggestedYear(), 2026);
        // An added year removed before it holds anything leaves no step.
        QVERIFY(model.addYear(2019));
        QVERIFY(model.removeYear(2019));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(d.undoStack()->count(), 1);
        QVERIFY(model.removeYear(2025));
        QCOMPARE(d.undoStack()->count(), 2);
        QCOMPARE(model.rowCount(), 0);
        d.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
    }

    void tableModel_notesAndSources()
    {
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        HistoryTableModel model(&d);
        const QModelIndex notes = model.index(model.rowOfYear(2024), HistoryTableModel::kNotesColumn);
        QVERIFY(model.setData(notes, QStringLiteral("  strike in March  ")));
        QCOMPARE(d.scenario().history.years.at(2024).notes, std::string("strike in March"));
        QVERIFY(model.setSource(model.indexOf(2024, H::benefits), QStringLiteral("Bulletin 4")));
        QCOMPARE(model.source(model.indexOf(2024, H::benefits)), QStringLiteral("Bulletin 4"));
        QVERIFY(!model.setSource(model.indexOf(2024, H::beneficiaries), QStringLiteral("no figure")));
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(d.undoStack()->count(), 2);
    }

    void comparison_showsActualProjectedAndDifferenceForOverlappingYears()
    {
        ScenarioDocument d;
        d.reset(scenarioWithHistory());
        HistoryComparisonModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const core::ProjectionResult& r = *d.result();
        // 2026-2028 overlap: wage_bill, contributions, beneficiaries, benefits, expenditure,
        // reserve and the unemployment rate, three years each.
        QCOMPARE(model.rowCount(), 7 * 3);
        QVERIFY(model.emptyReason().isEmpty());
        bool sawContributions = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto column =
                H(model.index(row, HistoryComparisonModel::Figure).data(Qt::UserRole).toInt());
            const int year = model.index(row, HistoryComparisonModel::Year).data(Qt::UserRole).toInt();
            QVERIFY(year >= 2026 && year <= 2028);
            const double actual =
                model.index(row, HistoryComparisonModel::Actual).data(Qt::UserRole).toDouble();
            const double projected =
                model.index(row, HistoryComparisonModel::Projected).data(Qt::UserRole).toDouble();
            const double difference =
                model.index(row, HistoryComparisonModel::Difference).data(Qt::UserRole).toDouble();
            QCOMPARE(actual, *d.scenario().history.value(year, column));
            QCOMPARE(projected, core::projectedHistoryValue(r, year - r.startYear, column));
            QCOMPARE(difference, projected - actual);
            if (column == H::contributions && year == 2027) {
                sawContributions = true;
                QCOMPARE(projected, r.at(1, core::Column::contributions));
                QCOMPARE(model.index(row, HistoryComparisonModel::Actual).data().toString(),
                         QStringLiteral("1.30\u00A0bn\u00A0LCU"));
                QVERIFY(model.index(row, HistoryComparisonModel::Actual)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("1,300,000,000\u00A0LCU")));
                const double relative = model.index(row, HistoryComparisonModel::RelativeDifference)
                                            .data(Qt::UserRole)
                                            .toDouble();
                QCOMPARE(relative, (projected - actual) / actual);
            }
        }
        QVERIFY(sawContributions);
        const std::string csv = model.csvText();
        QVERIFY(csv.starts_with("column,year,actual,projected,error,relative_error\n"));
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 7 * 3 + 1);
    }

    void comparison_saysWhyItIsEmpty()
    {
        ScenarioDocument d;
        d.reset(core::loadScenario("builtin:default"));
        HistoryComparisonModel model(&d);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.emptyReason().contains(QStringLiteral("no actual figures")));
        // Figures before the projection only: nothing in common.
        QVERIFY(d.setHistoryValue(2020, H::benefits, 5.0e8));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.emptyReason().contains(QStringLiteral("2020")), qPrintable(model.emptyReason()));
        QVERIFY(d.setHistoryValue(2026, H::benefits, 5.0e8));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.emptyReason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(HistoryDocumentTest)
#include "tst_historydocument.moc"
