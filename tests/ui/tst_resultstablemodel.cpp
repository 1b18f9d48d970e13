// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "models/resultstablemodel.h"
#include "core/io/numberstyle.h"
#include "core/io/scenariofile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <memory>
#include <span>
#include <string_view>

using namespace tideover;
using core::Column;
using core::MonthlyColumn;
using ui::ResultsTableModel;

namespace {

// A document on builtin:default (30 years from 2026) with a model and its tester attached.
struct Fixture {
    ui::ScenarioDocument document;
    std::unique_ptr<ResultsTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture()
    {
        document.reset(core::loadScenario("builtin:default"));
        model = std::make_unique<ResultsTableModel>(&document);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    QModelIndex index(int row, Column c) const { return model->index(row, int(c)); }
    QString text(int row, Column c) const { return index(row, c).data().toString(); }
    double raw(int row, Column c) const { return index(row, c).data(Qt::UserRole).toDouble(); }
};

} // namespace

class TestResultsTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Separators and decimal point as an English-speaking planner sees them; the C locale
        // of a test machine would print no thousands separators.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void annual_hasOneRowPerYearAndTheSpecColumns()
    {
        Fixture f;
        QCOMPARE(f.model->rowCount(), 30);
        QCOMPARE(f.model->columnCount(), core::kColumnCount);
        QCOMPARE(f.model->columnCount(), 26);  // 25 of v1 and state_subsidy (model-spec v2)
        QCOMPARE(f.text(0, Column::year), QStringLiteral("2026"));
        QCOMPARE(f.text(29, Column::year), QStringLiteral("2055"));
    }

    void monthly_hasOneRowPerMonth()
    {
        Fixture f;
        QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
        f.model->setMonthly(true);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(f.model->rowCount(), 360);
        QCOMPARE(f.model->columnCount(), core::kMonthlyColumnCount);
        const QModelIndex last = f.model->index(359, int(MonthlyColumn::month));
        QCOMPARE(last.data().toString(), QStringLiteral("12"));
        QCOMPARE(f.model->index(359, int(MonthlyColumn::year)).data().toString(), QStringLiteral("2055"));
        const double reserve = f.model->index(11, int(MonthlyColumn::reserve)).data(Qt::UserRole).toDouble();
        QCOMPARE(reserve, f.document.result()->at(0, Column::reserve)); // December's end = the year's end
        f.model->setMonthly(false);
        QCOMPARE(f.model->rowCount(), 30);
    }

    void headers_showTitleAndUnit_tooltipNamesSpecColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("name");
        QTest::newRow("reserve") << int(Column::reserve) << "Reserve"
                                 << "LCU"
                                 << "reserve";
        QTest::newRow("rate") << int(Column::contribution_rate) << "Contribution rate"
                              << "%"
                              << "contribution_rate";
        QTest::newRow("ratio") << int(Column::reserve_ratio) << "Reserve ratio"
                               << "years"
                               << "reserve_ratio";
        QTest::newRow("persons") << int(Column::insured) << "Insured"
                                 << "persons"
                                 << "insured";
        QTest::newRow("coverage") << int(Column::effective_coverage) << "Effective coverage"
                                  << "%"
                                  << "effective_coverage";
    }
    void headers_showTitleAndUnit_tooltipNamesSpecColumn()
    {
        QFETCH(int, column);
        QFETCH(QString, title);
        QFETCH(QString, unit);
        QFETCH(QString, name);
        Fixture f;
        QCOMPARE(f.document.currency(), QStringLiteral("LCU"));
        const QString header = f.model->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header.startsWith(title), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("(%1)").arg(unit)), qPrintable(header));
        const QString tip = f.model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(name), qPrintable(tip));
        QVERIFY2(tip.size() > name.size() + 20, qPrintable(tip)); // carries the definition too
        QCOMPARE(f.model->headerData(column, Qt::Horizontal, Qt::UserRole).toString(), name);
    }

    // The titles are the language's (a translator installed after the first use too); the
    // raw name, which the CSV export writes, stays the spec's.
    void headers_followTheLanguage_rawNameStays_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::newRow("fr new claims") << "fr" << int(Column::new_claims) << "Nouvelles demandes" << "new_claims";
        QTest::newRow("fr separations") << "fr" << int(Column::separations) << "Pertes d'emploi" << "separations";
        QTest::newRow("vi new claims") << "vi" << int(Column::new_claims) << "Người hưởng mới" << "new_claims";
        QTest::newRow("vi high-cost") << "vi" << int(Column::high_cost_multiple) << "Bội số chi phí cao"
                                      << "high_cost_multiple";
    }
    void headers_followTheLanguage_rawNameStays()
    {
        QFETCH(QString, code);
        QFETCH(int, column);
        QFETCH(QString, title);
        QFETCH(QString, name);
        Fixture f;
        const QString english = f.model->headerData(column, Qt::Horizontal).toString();
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/tideover/translations/tideover_%1.qm").arg(code)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString header = f.model->headerData(column, Qt::Horizontal).toString();
        const QString raw = f.model->headerData(column, Qt::Horizontal, Qt::UserRole).toString();
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QVERIFY2(header.startsWith(title), qPrintable(header));
        QCOMPARE(raw, name);
        QVERIFY2(!english.startsWith(title), qPrintable(english));
        // Back in English once the translator is gone.
        QCOMPARE(f.model->headerData(column, Qt::Horizontal).toString(), english);
    }

    // Issue #16: a column's tooltip (its CSV name and definition) is in the language too,
    // for every annual and monthly column; the CSV name in it stays the spec's.
    void tooltips_followTheLanguage_keepTheCsvName_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("monthly");
        QTest::newRow("fr annual") << "fr" << false;
        QTest::newRow("fr monthly") << "fr" << true;
        QTest::newRow("vi annual") << "vi" << false;
        QTest::newRow("vi monthly") << "vi" << true;
    }
    void tooltips_followTheLanguage_keepTheCsvName()
    {
        QFETCH(QString, code);
        QFETCH(bool, monthly);
        Fixture f;
        f.model->setMonthly(monthly);
        const int columns = f.model->columnCount();
        QCOMPARE(columns, monthly ? core::kMonthlyColumnCount : core::kColumnCount);
        const auto tips = [&] {
            QStringList all;
            for (int c = 0; c < columns; ++c)
                all << f.model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            return all;
        };
        const QStringList english = tips();
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/tideover/translations/tideover_%1.qm").arg(code)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QStringList translated = tips();
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        for (int c = 0; c < columns; ++c) {
            const std::string_view raw = monthly ? core::monthlyColumnNames()[std::size_t(c)]
                                                 : core::columnNames()[std::size_t(c)];
            const QString name = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
            const QByteArray where = (name + QStringLiteral(": ") + translated[c]).toUtf8();
            QVERIFY2(translated[c] != english[c], where.constData());
            QVERIFY2(translated[c].contains(name), where.constData());
            QVERIFY2(english[c].contains(name), english[c].toUtf8().constData());
            QVERIFY2(english[c].size() > name.size() + 12, english[c].toUtf8().constData()); // a definition
            QVERIFY2(!f.model->headerData(c, Qt::Horizontal).toString().isEmpty(), name.toUtf8().constData());
        }
        // Back in English once the translator is gone.
        QCOMPARE(tips(), english);
    }

    void tooltips_giveTheSpecDefinition()
    {
        Fixture f;
        const QString tip =
            f.model->headerData(int(Column::cost_rate), Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("expenditure / wage_bill")), qPrintable(tip));
    }

    void userRole_isTheRawValue()
    {
        Fixture f;
        const core::ProjectionResult& r = *f.document.result();
        for (int row : {0, 13, 29})
            for (int c = 0; c < core::kColumnCount; ++c) {
                const double expected = r.annual(row, c);
                const double actual = f.model->index(row, c).data(Qt::UserRole).toDouble();
                if (std::isnan(expected))
                    QVERIFY(std::isnan(actual));
                else
                    QCOMPARE(actual, expected);
            }
    }

    // By the number style (docs/number-style.md): each column shares its decimals so that it
    // lines up, and a non-breaking space joins a number and its unit.
    void display_formatsByUnit_columnsShareDecimals()
    {
        Fixture f;
        const core::ProjectionResult& r = *f.document.result();
        const QString nbsp(QChar(0x00a0));
        QCOMPARE(f.text(0, Column::insured), QStringLiteral("12,960,000")); // persons: separators
        QCOMPARE(f.text(0, Column::contribution_rate), QStringLiteral("2.00") + nbsp + QLatin1Char('%'));
        for (const Column c : {Column::contribution_rate, Column::cost_rate, Column::effective_coverage, Column::reserve}) {
            const Eigen::ArrayXd values = r.column(c);
            const bool money = c == Column::reserve;
            const core::Figure kind = money ? core::Figure::Money : core::Figure::Rate;
            const int decimals = core::sharedDecimals(kind, std::span<const double>(values.data(), std::size_t(values.size())));
            for (int row : {0, 13, 29}) {
                const core::FigureStyle style = core::figureStyle(kind, r.at(row, c), decimals);
                QCOMPARE(f.text(row, c), QLocale().toString(style.shown, 'f', style.decimals) + nbsp +
                                             (money ? QStringLiteral("LCU") : QStringLiteral("%")));
            }
        }
        QCOMPARE(f.text(0, Column::reserve_ratio), ui::format::years(r.at(0, Column::reserve_ratio)));
        QVERIFY(f.text(0, Column::reserve_ratio).endsWith(nbsp + QStringLiteral("years")));
        QVERIFY2(f.text(0, Column::reserve).contains(QStringLiteral(",")),
                 qPrintable(f.text(0, Column::reserve)));
    }

    // A column of rates on both sides of 10 %: every row with the decimals of the largest
    // ("9.9 %" above "11.0 %", not "9.87 %").
    void display_rateColumn_acrossTenPercent_sharesOneDecimal()
    {
        Fixture f;
        QVERIFY(f.document.setValue("contributions.employer_rate",
                                    core::ParamValue(core::Series({0.0887, 0.0887, 0.0887, 0.1002}))));
        const Eigen::ArrayXd rates = f.document.result()->column(Column::contribution_rate);
        QVERIFY(rates.minCoeff() < 0.1 && rates.maxCoeff() > 0.1);
        const QString nbsp(QChar(0x00a0));
        QCOMPARE(f.text(0, Column::contribution_rate), QStringLiteral("9.9") + nbsp + QLatin1Char('%'));
        QCOMPARE(f.text(29, Column::contribution_rate), QStringLiteral("11.0") + nbsp + QLatin1Char('%'));
    }

    void undefinedValue_showsDash()
    {
        Fixture f;
        // Without take-up nobody claims, so the average benefit is undefined (spec: empty).
        QVERIFY(f.document.setValue("eligibility.take_up", core::ParamValue(0.0)));
        QVERIFY(!f.document.isResultStale());
        QVERIFY(std::isnan(f.raw(0, Column::average_benefit)));
        QCOMPARE(f.text(0, Column::average_benefit), QStringLiteral("—"));
        QCOMPARE(f.text(0, Column::average_replacement), QStringLiteral("—"));
        QCOMPARE(f.text(0, Column::beneficiaries), QStringLiteral("0"));
    }

    void numbers_areRightAligned()
    {
        Fixture f;
        for (Column c : {Column::year, Column::reserve, Column::cost_rate}) {
            const auto align = f.index(0, c).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
            QVERIFY(align.testFlag(Qt::AlignRight));
        }
    }

    void edit_resetsModelWithNewResults()
    {
        Fixture f;
        const double before = f.raw(10, Column::benefits);
        QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(
            f.document.setValue("benefits.replacement_rates", core::ParamValue(std::vector<double>{0.7})));
        QCOMPARE(reset.count(), 1);
        const double after = f.raw(10, Column::benefits);
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QCOMPARE(after, f.document.result()->at(10, Column::benefits));
        f.document.undoStack()->undo();
        QCOMPARE(f.raw(10, Column::benefits), before);
    }

    void horizonChange_changesRowCount()
    {
        Fixture f;
        QVERIFY(f.document.setValue("projection.years", core::ParamValue(std::int64_t(50))));
        QCOMPARE(f.model->rowCount(), 50);
        f.model->setMonthly(true);
        QCOMPARE(f.model->rowCount(), 600);
    }

    void invalidValue_keepsLastResultsMarkedStale()
    {
        Fixture f;
        const QString before = f.text(5, Column::reserve);
        QVERIFY(f.document.setValue("labour.unemployment_rate", core::ParamValue(core::Series(0.9))));
        QVERIFY(f.document.isResultStale());
        QVERIFY(f.model->isStale());
        QCOMPARE(f.model->rowCount(), 30);
        QCOMPARE(f.text(5, Column::reserve), before);
        QVERIFY(f.index(5, Column::reserve).data(Qt::ForegroundRole).isValid()); // greyed
        f.document.undoStack()->undo();
        QVERIFY(!f.model->isStale());
        QVERIFY(!f.index(5, Column::reserve).data(Qt::ForegroundRole).isValid());
    }

    void currencyChange_showsInHeadersAndCells()
    {
        Fixture f;
        f.document.setMetadata(ui::ScenarioDocument::MetadataField::Currency, QStringLiteral("VND"));
        QVERIFY(f.model->headerData(int(Column::reserve), Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("(VND)")));
        QVERIFY(f.text(0, Column::reserve).endsWith(QChar(0x00a0) + QStringLiteral("VND")));
    }

    void noResults_isEmptyButHasColumns()
    {
        ui::ScenarioDocument document; // the spec's defaults lack a labour force: no results
        QVERIFY(!document.result());
        ResultsTableModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), core::kColumnCount);
        document.reset(core::loadScenario("builtin:default"));
        QCOMPARE(model.rowCount(), 30);
    }
};

QTEST_MAIN(TestResultsTableModel)
#include "tst_resultstablemodel.moc"
