// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The Monitoring page, the back-test view, the calibration dialog and the report's history
// section (model-spec v3). Histories are synthetic: a scenario's own projection written into
// Scenario::history (the model reproducing itself), so every expected figure is known: the
// actual indicators are ratios of those figures, a history whose benefits are 10 % above the
// projection gives a back-test error of exactly 1/11 in every year, and a history made with
// take-up 0.6 is fitted back to 0.6.

#include "analysis/backtestchart.h"
#include "analysis/backtestview.h"
#include "analysis/calibrationdialog.h"
#include "analysis/monitoringview.h"
#include "analysis/sparklinechart.h"
#include "core/analysis/backtest.h"
#include "core/analysis/calibration.h"
#include "core/analysis/monitoring.h"
#include "core/engine/projection.h"
#include "core/io/scenariofile.h"
#include "core/model/parameters.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "format/monitoringtext.h"
#include "models/monitoringtablemodel.h"
#include "report/reportwriter.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace tideover;
using namespace tideover::ui;
using H = core::HistoryColumn;
using I = core::Indicator;

namespace {

core::Scenario defaultScenario() { return core::loadScenario("builtin:default"); }

// `s` with a history of its own projection's first `years` years (every column the
// projection gives), benefits multiplied by `benefitsFactor`.
core::Scenario withOwnHistory(const core::Scenario& s, int years, double benefitsFactor = 1.0)
{
    core::Scenario out = s;
    const core::ProjectionResult r = core::project(s);
    for (int y = 0; y < years; ++y)
        for (const core::HistoryColumnInfo& info : core::historyColumns()) {
            double v = core::projectedHistoryValue(r, y, info.column);
            if (info.column == H::benefits)
                v *= benefitsFactor;
            if (std::isfinite(v))
                out.history.set(r.startYear + y, info.column, v);
        }
    return out;
}

// The scenario's take-up set to `takeUp` as calibration writes a constant.
core::Scenario withTakeUp(const core::Scenario& s, double takeUp)
{
    const int start = int(s.projection.start_year);
    return core::withFittedValues(s, {"eligibility.take_up", core::FitShape::Constant}, start,
                                  start + int(s.projection.years) - 1, {takeUp});
}

// A scenario whose history was made by the same scheme with take-up 0.6 (its own is
// different), over the first ten years.
core::Scenario historyOfOtherTakeUp()
{
    const core::Scenario base = defaultScenario();
    core::Scenario made = withOwnHistory(withTakeUp(base, 0.6), 10);
    core::Scenario s = base;
    s.history = made.history;
    return s;
}

int rowOfYear(const MonitoringTableModel& model, int year) { return year - model.firstYear(); }

}  // namespace

class MonitoringTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // --- the indicators ---------------------------------------------------------------
    void noHistory_showsProjectedIndicators_andSaysHowToAddOne()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        MonitoringView view(&document);
        MonitoringTableModel* model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const core::ProjectionResult& r = *document.result();
        QCOMPARE(model->rowCount(), r.years);
        QCOMPARE(model->columnCount(), MonitoringText::kCount);
        QCOMPARE(model->firstYear(), r.startYear);
        QVERIFY(!model->hasHistory());
        for (int row = 0; row < model->rowCount(); ++row)
            for (int c = 0; c < model->columnCount(); ++c)
                QVERIFY(!model->index(row, c).data(MonitoringTableModel::IsActualRole).toBool());
        // The projected cost rate is the projection's own column.
        const QModelIndex cost = model->index(3, int(I::cost_rate));
        QCOMPARE(cost.data(MonitoringTableModel::ValueRole).toDouble(), r.at(3, core::Column::cost_rate));
        QVERIFY2(view.noteText().contains(QStringLiteral("no history")), qPrintable(view.noteText()));
        QVERIFY(view.noteText().contains(QStringLiteral("History section")));
        // Every sparkline draws a projected line and no actual marker.
        for (int i = 0; i < MonitoringText::kCount; ++i) {
            const SparklineChart* chart = view.sparkline(i);
            QVERIFY(chart);
            QVERIFY(std::none_of(chart->actualValues().begin(), chart->actualValues().end(),
                                 [](double v) { return std::isfinite(v); }));
            QVERIFY2(std::any_of(chart->projectedValues().begin(), chart->projectedValues().end(),
                                 [](double v) { return std::isfinite(v); }),
                     qPrintable(chart->title()));
        }
        // The two high-cost multiples are named apart.
        const QString dol = view.sparkline(int(I::average_high_cost_multiple))->title();
        const QString own = view.sparkline(MonitoringText::kProjectionHighCostMultiple)->title();
        QVERIFY2(dol.contains(QStringLiteral("history and projection")) && dol.contains(QStringLiteral("US DOL")),
                 qPrintable(dol));
        QVERIFY2(own.contains(QStringLiteral("projection only")), qPrintable(own));
    }

    void knownHistory_actualWhereRecorded_projectedElsewhere_data()
    {
        QTest::addColumn<int>("indicator");
        QTest::addColumn<int>("yearOffset");  // from the projection's start
        QTest::addColumn<bool>("actual");
        QTest::newRow("effective coverage, history year") << int(I::effective_coverage_lf) << 2 << true;
        QTest::newRow("effective coverage, projected year") << int(I::effective_coverage_lf) << 12 << false;
        QTest::newRow("benefit cost rate, history year") << int(I::benefit_cost_rate) << 0 << true;
        QTest::newRow("benefit cost rate, projected year") << int(I::benefit_cost_rate) << 8 << false;
        QTest::newRow("coverage of the unemployed, history year") << int(I::coverage_of_unemployed) << 4 << true;
        QTest::newRow("recipiency: projected even in the history") << int(I::recipiency) << 1 << false;
        QTest::newRow("legal coverage: projected even in the history") << int(I::legal_coverage) << 1 << false;
        QTest::newRow("reserve ratio, history year") << int(I::reserve_ratio) << 3 << true;
        QTest::newRow("projection-only multiple, history year")
            << MonitoringText::kProjectionHighCostMultiple << 3 << false;
    }
    void knownHistory_actualWhereRecorded_projectedElsewhere()
    {
        QFETCH(int, indicator);
        QFETCH(int, yearOffset);
        QFETCH(bool, actual);
        // Five years of the scenario's own figures, benefits 10 % above the projection's.
        const core::Scenario base = defaultScenario();
        const core::Scenario s = withOwnHistory(base, 5, 1.1);
        const core::ProjectionResult r = core::project(s);
        ScenarioDocument document;
        document.reset(s);
        MonitoringView view(&document);
        MonitoringTableModel* model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->hasHistory());
        const int year = r.startYear + yearOffset;
        const QModelIndex index = model->index(rowOfYear(*model, year), indicator);
        QCOMPARE(index.data(MonitoringTableModel::IsActualRole).toBool(), actual);
        QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), actual);
        QCOMPARE(model->headerData(index.row(), Qt::Vertical, Qt::FontRole).value<QFont>().bold(), yearOffset < 5);

        // The expected value from the figures themselves.
        const int y = yearOffset;
        using C = core::Column;
        const double benefitsFactor = actual ? 1.1 : 1.0;
        double expected = NAN;
        switch (indicator) {
        case int(I::effective_coverage_lf): expected = r.at(y, C::insured) / r.at(y, C::labour_force); break;
        case int(I::benefit_cost_rate): expected = benefitsFactor * r.at(y, C::benefits) / r.at(y, C::wage_bill); break;
        case int(I::coverage_of_unemployed):
            // labour force × (unemployed / labour force) is the unemployed, to rounding.
            expected = r.at(y, C::beneficiaries) / r.at(y, C::unemployed);
            break;
        case int(I::recipiency): expected = r.at(y, C::new_claims) / r.at(y, C::separations); break;
        case int(I::reserve_ratio): expected = r.at(y, C::reserve) / r.at(y, C::expenditure); break;
        case MonitoringText::kProjectionHighCostMultiple: expected = r.at(y, C::high_cost_multiple); break;
        default: expected = core::monitoringIndicators(s, r)[std::size_t(year - model->firstYear())]
                                .values[std::size_t(indicator)]->value;
        }
        const double shown = index.data(MonitoringTableModel::ValueRole).toDouble();
        QVERIFY2(std::abs(shown - expected) <= 1e-12 * std::abs(expected),
                 qPrintable(QStringLiteral("%1 in %2: shown %3, expected %4")
                                .arg(MonitoringText::indicatorTitle(indicator)).arg(year).arg(shown, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
        QCOMPARE(index.data().toString(), MonitoringText::formatIndicator(indicator, shown, true));

        // The sparkline: a marker where actual, and the projected line beneath it in every
        // projected year (without the history's figures: the projection's own benefits).
        const SparklineChart* chart = view.sparkline(indicator);
        const int i = year - chart->firstYear();
        QCOMPARE(std::isfinite(chart->actualValues()[i]), actual);
        if (actual)
            QCOMPARE(chart->actualValues()[i], shown);
        if (indicator == int(I::benefit_cost_rate))
            QVERIFY(std::abs(chart->projectedValues()[i] - r.at(y, C::benefits) / r.at(y, C::wage_bill)) <
                    1e-15);
        QVERIFY(view.noteText().contains(QStringLiteral("Actual figures from the history")));
    }

    void historyBeforeTheProjection_extendsTheYears()
    {
        core::Scenario s = defaultScenario();
        const int start = int(s.projection.start_year);
        s.history.set(start - 3, H::insured, 900000);
        s.history.set(start - 3, H::labour_force, 3000000);
        ScenarioDocument document;
        document.reset(s);
        MonitoringView view(&document);
        MonitoringTableModel* model = view.model();
        QCOMPARE(model->firstYear(), start - 3);
        const QModelIndex coverage = model->index(0, int(I::effective_coverage_lf));
        QVERIFY(coverage.data(MonitoringTableModel::IsActualRole).toBool());
        QCOMPARE(coverage.data(MonitoringTableModel::ValueRole).toDouble(), 0.3);
        // A year with no figure and no projection: empty cells, no crash.
        const QModelIndex gap = model->index(1, int(I::cost_rate));
        QCOMPARE(gap.data().toString(), QString());
        QVERIFY(std::isnan(gap.data(MonitoringTableModel::ValueRole).toDouble()));
        QCOMPARE(view.sparkline(int(I::effective_coverage_lf))->actualValues().front(), 0.3);
    }

    void errors_keepTheLastFigures_markedStale()
    {
        ScenarioDocument document;
        document.reset(withOwnHistory(defaultScenario(), 3));
        MonitoringView view(&document);
        const int rows = view.model()->rowCount();
        document.setValue(QStringLiteral("labour.job_finding_rate"), core::ParamValue(3.0));
        QVERIFY(document.isResultStale());
        QVERIFY(view.model()->isStale());
        QCOMPARE(view.model()->rowCount(), rows);
        QVERIFY(view.noteText().contains(QStringLiteral("errors")));
        document.undoStack()->undo();
        QVERIFY(!view.model()->isStale());
    }

    void sparklines_reflowIntoFewerColumns()
    {
        SparklineGrid grid(190);
        for (int i = 0; i < 10; ++i)
            grid.addChart(new QWidget);
        grid.resize(1000, 400);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(grid.columns(), 5);
        grid.resize(600, 400);
        QCoreApplication::processEvents();
        QCOMPARE(grid.columns(), 3);
        grid.resize(150, 400);
        QCoreApplication::processEvents();
        QCOMPARE(grid.columns(), 1);
    }

    // The page in the window at a laptop's and a projector's size: no horizontal scroll bar.
    void page_fitsSmallScreens_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1280x720") << QSize(1280, 720);
    }
    void page_fitsSmallScreens()
    {
        QFETCH(QSize, size);
        QTemporaryDir autosave;
        MainWindow window(autosave.path());
        window.document()->reset(withOwnHistory(defaultScenario(), 5, 1.1));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MonitoringView* view = window.monitoringView();
        window.showPage(view);
        QCOMPARE(window.currentPage(), view);
        QCoreApplication::processEvents();
        QVERIFY2(view->width() <= window.areaTabs()->width(), qPrintable(QString::number(view->width())));
        QVERIFY(view->sparklineGrid()->columns() >= 2);
        auto* scroll = view->findChild<QScrollArea*>(QStringLiteral("sparklineScroll"));
        QVERIFY(scroll);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY(!view->table()->horizontalScrollBar()->isVisible());
        // Every column of the table is on screen.
        const QHeaderView* header = view->table()->horizontalHeader();
        QVERIFY(header->sectionViewportPosition(header->count() - 1) + header->sectionSize(header->count() - 1) <=
                view->table()->viewport()->width() + 1);
        window.document()->undoStack()->setClean();
    }

    // --- the back-test ----------------------------------------------------------------
    void backtest_knownCase_showsTheCoresErrors()
    {
        // Benefits recorded 10 % above the projection: the relative error is -1/11 in every
        // year, so the mean absolute error is 1/11 and the bias -1/11; the other figures are
        // the projection's own (error 0).
        const core::Scenario s = withOwnHistory(defaultScenario(), 6, 1.1);
        const core::BacktestResult expected = core::runBacktest(s);
        ScenarioDocument document;
        document.reset(s);
        BacktestView view(&document);
        QVERIFY(view.runButton()->isEnabled());
        QCOMPARE(view.fromYear(), int(s.projection.start_year));
        QVERIFY2(view.run(), qPrintable(view.messageText()));
        QVERIFY(view.result().has_value());
        QTableWidget* table = view.summaryTable();
        QCOMPARE(table->rowCount(), int(expected.columns.size()));
        int benefitsRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            const core::BacktestColumn& c = expected.columns[std::size_t(row)];
            QCOMPARE(table->item(row, 0)->text(), MonitoringText::historyColumnTitle(c.column));
            QCOMPARE(table->item(row, 1)->text(), QString::number(c.points.size()));
            if (c.mape) {
                QCOMPARE(table->item(row, 2)->data(Qt::UserRole).toDouble(), *c.mape);
                QCOMPARE(table->item(row, 3)->data(Qt::UserRole).toDouble(), *c.bias);
            }
            if (c.column == H::benefits)
                benefitsRow = row;
            else if (c.mape)
                QVERIFY2(*c.mape < 1e-12, qPrintable(MonitoringText::historyColumnTitle(c.column)));
        }
        QVERIFY(benefitsRow >= 0);
        const double mape = table->item(benefitsRow, 2)->data(Qt::UserRole).toDouble();
        QVERIFY2(std::abs(mape - 1.0 / 11) < 1e-12, qPrintable(QString::number(mape, 'g', 17)));
        QCOMPARE(table->item(benefitsRow, 2)->text(), QStringLiteral("9.1 %"));
        QCOMPARE(table->item(benefitsRow, 3)->text(), QStringLiteral("-9.1 %"));

        // The chart shows benefits first: projected as a line, actual as points.
        QCOMPARE(view.shownColumn(), std::optional<H>(H::benefits));
        BacktestChart* chart = view.chart();
        QCOMPARE(chart->seriesValues(chart->projectedSeries()).size(), 6);
        for (int y = 0; y < 6; ++y) {
            const double projected = expected.projection.at(y, core::Column::benefits);
            QCOMPARE(chart->seriesValues(chart->projectedSeries())[y], projected);
            QCOMPARE(chart->seriesValues(chart->actualSeries())[y], *s.history.value(expected.startYear() + y, H::benefits));
        }
        // Choosing another figure charts it.
        view.showColumn(H::insured);
        QCOMPARE(view.shownColumn(), std::optional<H>(H::insured));
        QCOMPARE(chart->seriesValues(chart->actualSeries())[2],
                 *s.history.value(expected.startYear() + 2, H::insured));
    }

    void backtest_followsTheScenarioOnceRun()
    {
        ScenarioDocument document;
        document.reset(withOwnHistory(defaultScenario(), 6));
        BacktestView view(&document);
        view.show();
        QVERIFY(view.run());
        const double before = *view.result()->columns.front().mape;
        document.setValue(QStringLiteral("eligibility.take_up"), core::ParamValue(core::Series(0.5)));
        QVERIFY(view.result().has_value());
        QVERIFY(!view.isStale());
        bool changed = false;
        for (const core::BacktestColumn& c : view.result()->columns)
            changed = changed || (c.column == H::benefits && c.mape && *c.mape > 0.01);
        QVERIFY(changed);
        Q_UNUSED(before);
    }

    void backtest_badCases_showMessages_data()
    {
        QTest::addColumn<int>("historyStart");  // 0: no history; else years from the projection's start
        QTest::addColumn<int>("historyYears");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("runs");
        QTest::newRow("no history") << 0 << 0 << QStringLiteral("no history") << false;
        QTest::newRow("history long before, no reserve to start from")
            << -40 << 3 << QStringLiteral("records no reserve") << false;
        QTest::newRow("history after the projection") << 60 << 2 << QStringLiteral("records no reserve") << false;
    }
    void backtest_badCases_showMessages()
    {
        QFETCH(int, historyStart);
        QFETCH(int, historyYears);
        QFETCH(QString, expected);
        QFETCH(bool, runs);
        core::Scenario s = defaultScenario();
        const int start = int(s.projection.start_year);
        for (int y = 0; y < historyYears; ++y) {
            s.history.set(start + historyStart + y, H::insured, 1e6);
            s.history.set(start + historyStart + y, H::benefits, 1e9);
        }
        ScenarioDocument document;
        document.reset(s);
        BacktestView view(&document);
        QCOMPARE(view.run(), runs);
        QVERIFY2(view.messageText().contains(expected), qPrintable(view.messageText()));
        QVERIFY(!view.result().has_value());
        QCOMPARE(view.summaryTable()->rowCount(), 0);
        QCOMPARE(view.chart()->seriesCount(), 0);
        if (historyYears == 0)
            QVERIFY(!view.runButton()->isEnabled());
    }

    void backtest_historyThatRecordsNothingComparable_saysSo()
    {
        // From the scenario's start (its own reserve) to a history far ahead: it runs, the
        // years of the history are compared.
        core::Scenario s = defaultScenario();
        const int start = int(s.projection.start_year);
        s.history.set(start + 60, H::insured, 1e6);
        ScenarioDocument document;
        document.reset(s);
        BacktestView view(&document);
        view.setFromYear(start);
        QCOMPARE(view.fromYear(), start);
        QVERIFY2(view.run(), qPrintable(view.messageText()));
        QCOMPARE(view.result()->endYear(), start + 60);
        QCOMPARE(view.summaryTable()->rowCount(), 1);
    }

    // --- calibration ------------------------------------------------------------------
    void calibration_recoversTakeUp_applyIsOneUndoStep_undoRestoresExactly()
    {
        const core::Scenario s = historyOfOtherTakeUp();
        ScenarioDocument document;
        document.reset(s);
        CalibrationDialog dialog(&document);
        QVERIFY(dialog.setParameter(QStringLiteral("eligibility.take_up"), true));
        QVERIFY(dialog.setTarget(H::benefits, true));
        QVERIFY(dialog.setTarget(H::beneficiaries, true, 2.0));
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY2(dialog.run(), qPrintable(dialog.messageText()));
        const core::CalibrationResult& r = *dialog.calibration();
        QCOMPARE(r.values.size(), std::size_t(1));
        QVERIFY2(std::abs(r.values.front().value - 0.6) < 1e-6, qPrintable(QString::number(r.values.front().value, 'g', 17)));
        // The table shows the fitted value and its standard error.
        QCOMPARE(dialog.valuesTable()->rowCount(), 1);
        QCOMPARE(dialog.valuesTable()->item(0, 3)->data(Qt::UserRole).toDouble(), r.values.front().value);
        QCOMPARE(dialog.valuesTable()->item(0, 3)->text(), QStringLiteral("60 %"));
        QVERIFY(dialog.applyButton()->isEnabled());
        // The columns' errors: before well above 0, after about 0.
        QTableWidget* columns = dialog.columnsTable();
        bool sawBenefits = false;
        for (int row = 0; row < columns->rowCount(); ++row)
            if (columns->item(row, 0)->data(Qt::UserRole).toInt() == int(H::benefits)) {
                sawBenefits = true;
                QVERIFY(columns->item(row, 1)->data(Qt::UserRole).toDouble() > 0.05);
                QVERIFY(columns->item(row, 2)->data(Qt::UserRole).toDouble() < 1e-6);
            }
        QVERIFY(sawBenefits);
        QVERIFY(dialog.residualsTable()->rowCount() == 20);

        const int steps = document.undoStack()->count();
        dialog.applyButton()->click();
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Calibrate to history"));
        QVERIFY(document.scenario() == r.calibrated);
        QVERIFY(std::abs(document.scenario().eligibility.take_up.at(0) - 0.6) < 1e-6);
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QVERIFY(document.scenario() == s);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QVERIFY(document.scenario() == r.calibrated);
    }

    void calibration_cancel_leavesTheDocumentUnmodified()
    {
        const core::Scenario s = historyOfOtherTakeUp();
        ScenarioDocument document;
        document.reset(s);
        CalibrationDialog dialog(&document);
        QVERIFY(dialog.run());
        const int steps = document.undoStack()->count();
        dialog.cancelButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(document.undoStack()->count(), steps);
        QVERIFY(!document.isModified());
        QVERIFY(document.scenario() == s);
    }

    void calibration_changedChoices_mustRunAgainBeforeApply()
    {
        ScenarioDocument document;
        document.reset(historyOfOtherTakeUp());
        CalibrationDialog dialog(&document);
        QVERIFY(dialog.run());
        QVERIFY(dialog.applyButton()->isEnabled());
        dialog.setTarget(H::new_claims, true);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(dialog.messageText().contains(QStringLiteral("Run")));
        QVERIFY(dialog.run());
        QVERIFY(dialog.applyButton()->isEnabled());
    }

    void calibration_warnings_areShown()
    {
        // Take-up and the contribution condition act on the same flow in the same proportion:
        // the core warns that they cannot be told apart.
        ScenarioDocument document;
        document.reset(historyOfOtherTakeUp());
        CalibrationDialog dialog(&document);
        dialog.setParameter(QStringLiteral("eligibility.contribution_condition_share"), true);
        QVERIFY(dialog.run());
        QVERIFY2(!dialog.calibration()->warnings.empty(), "expected a warning");
        QVERIFY2(dialog.warningsText().contains(QStringLiteral("cannot be told apart")) ||
                     dialog.warningsText().contains(QStringLiteral("does not change")),
                 qPrintable(dialog.warningsText()));
    }

    void calibration_badCases_showMessages_data()
    {
        QTest::addColumn<QString>("history");  // "none", "far", "one"
        QTest::addColumn<bool>("yearly");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no history") << QStringLiteral("none") << false << QStringLiteral("no history");
        QTest::newRow("history not overlapping, no reserve to start from")
            << QStringLiteral("far") << false << QStringLiteral("records no reserve");
        QTest::newRow("too few figures for one value a year")
            << QStringLiteral("one") << true << QStringLiteral("figures for");
        QTest::newRow("nothing to fit to") << QStringLiteral("none-ticked") << false << QStringLiteral("nothing to fit");
    }
    void calibration_badCases_showMessages()
    {
        QFETCH(QString, history);
        QFETCH(bool, yearly);
        QFETCH(QString, expected);
        core::Scenario s = defaultScenario();
        const int start = int(s.projection.start_year);
        if (history == QLatin1String("far")) {
            s.history.set(start - 40, H::benefits, 1e9);
            s.history.set(start - 39, H::benefits, 1e9);
        } else if (history == QLatin1String("one") || history == QLatin1String("none-ticked")) {
            // Two years of benefits, one of beneficiaries: three figures for take-up and the
            // admin share as one value a year each (four values).
            const core::ProjectionResult r = core::project(s);
            s.history.set(start, H::benefits, r.at(0, core::Column::benefits));
            s.history.set(start + 1, H::benefits, r.at(1, core::Column::benefits));
            s.history.set(start, H::beneficiaries, r.at(0, core::Column::beneficiaries));
        }
        ScenarioDocument document;
        document.reset(s);
        CalibrationDialog dialog(&document);
        if (yearly) {
            dialog.setParameter(QStringLiteral("eligibility.take_up"), true, core::FitShape::Yearly);
            dialog.setParameter(QStringLiteral("expenditure.admin_share"), true, core::FitShape::Yearly);
        }
        if (history == QLatin1String("none-ticked")) {
            dialog.setTarget(H::benefits, false);
            dialog.setTarget(H::beneficiaries, false);
            QVERIFY(!dialog.runButton()->isEnabled());
        }
        if (history == QLatin1String("none"))
            QVERIFY(!dialog.runButton()->isEnabled());
        QVERIFY(!dialog.run());
        QVERIFY2(dialog.messageText().contains(expected), qPrintable(dialog.messageText()));
        QVERIFY(!dialog.calibration().has_value());
        QVERIFY(!dialog.applyButton()->isEnabled());
        dialog.apply();  // does nothing
        QVERIFY(!document.isModified());
    }

    void mainWindow_calibrateAction_opensTheDialog_applyIsOneStep()
    {
        QTemporaryDir autosave;
        MainWindow window(autosave.path());
        window.document()->reset(historyOfOtherTakeUp());
        CalibrationDialog* dialog = window.calibrateToHistory();
        QVERIFY(dialog);
        QVERIFY(dialog->run());
        dialog->applyButton()->click();
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Calibrate to history"));
        window.document()->undoStack()->undo();
        window.document()->undoStack()->setClean();
    }

    // --- the report ---------------------------------------------------------------------
    void report_hasAHistorySection_onlyWithAHistory()
    {
        const core::Scenario plain = defaultScenario();
        ReportOptions options;
        options.includeCharts = false;
        const QString without = ReportWriter(plain, options).html();
        QVERIFY(!without.contains(QStringLiteral("Against the history")));

        const core::Scenario s = withOwnHistory(plain, 6, 1.1);
        const QString with = ReportWriter(s, options).html();
        QVERIFY(with.contains(QStringLiteral("Against the history")));
        QVERIFY(with.contains(QStringLiteral("Monitoring indicators")));
        // The benefits' back-test error, as the core computes it.
        QVERIFY2(with.contains(QRegularExpression(QStringLiteral("9\\.(1|09|10)(\\s|&nbsp;|\u00A0)%"))),
                 "the benefits' mean absolute error");
        QVERIFY(with.contains(QStringLiteral("Average high-cost multiple (history and projection, US DOL)")));
        QVERIFY(with.contains(QStringLiteral("High-cost multiple (projection only)")));
        // A history the back-test cannot start from: the section says why, the report is made.
        core::Scenario far = plain;
        far.history.set(int(plain.projection.start_year) - 40, H::benefits, 1e9);
        const QString farHtml = ReportWriter(far, options).html();
        QVERIFY(farHtml.contains(QStringLiteral("The back-test could not run")));
    }
};

QTEST_MAIN(MonitoringTest)
#include "tst_monitoringview.moc"
