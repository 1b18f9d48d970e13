// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Actual figures in the window (model-spec v3 "History"): markers on the projection's charts
// where the figures correspond to a line or bar, the results table's comparison of actual and
// projected figures, and the history's editor (each edit one undo step).

#include "charts/beneficiarieschart.h"
#include "charts/incomeexpenditurechart.h"
#include "charts/rateschart.h"
#include "charts/reservechart.h"
#include "charts/resultsview.h"
#include "core/io/scenariofile.h"
#include "document/scenariodocument.h"
#include "models/historycomparisonmodel.h"
#include "models/historytablemodel.h"
#include "models/resultstablemodel.h"
#include "widgets/collapsiblesection.h"
#include "widgets/historyeditor.h"
#include "widgets/mainwindow.h"
#include "widgets/scenarioeditor.h"

#include <qcustomplot.h>

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <map>

using namespace tideover;
using H = core::HistoryColumn;
using ui::ChartView;

namespace {

// builtin:default projects 2026-2055. The history runs 2022-2028: four years before the
// projection, three within it.
core::Scenario scenarioWithHistory()
{
    core::Scenario s = core::loadScenario("builtin:default");
    core::History& h = s.history;
    for (int year = 2022; year <= 2028; ++year) {
        const double k = year - 2021;
        h.set(year, H::contributions, 1.0e9 + 5.0e7 * k);
        h.set(year, H::investment_income, 4.0e7 + 1.0e6 * k);
        h.set(year, H::benefits, 6.0e8 + 2.0e7 * k);
        h.set(year, H::expenditure, 7.0e8 + 2.5e7 * k);
        h.set(year, H::wage_bill, 5.0e10 + 1.0e9 * k);
        h.set(year, H::reserve, 2.0e9 + 3.0e8 * k);
        h.set(year, H::new_claims, 90000 + 500 * k);
        h.set(year, H::beneficiaries, 40000 + 1000 * k);
        h.set(year, H::labour_force, 5.0e6 + 1.0e4 * k);
        h.set(year, H::unemployment_rate, 0.05 + 0.001 * k);
    }
    h.set(2024, H::beneficiaries, std::nullopt);
    return s;
}

std::map<int, double> column(const core::History& h, H c)
{
    std::map<int, double> out;
    for (const auto& [year, row] : h.years)
        if (row[c])
            out[year] = *row[c];
    return out;
}

std::map<int, double> ratio(const core::History& h, H n, H d)
{
    std::map<int, double> out;
    for (const auto& [year, row] : h.years)
        if (row[n] && row[d])
            out[year] = *row[n] / *row[d];
    return out;
}

ChartView* chartNamed(ui::ResultsView& view, const QString& kind)
{
    if (kind == QLatin1String("reserve"))
        return view.reserveChart();
    if (kind == QLatin1String("income"))
        return view.incomeExpenditureChart();
    if (kind == QLatin1String("beneficiaries"))
        return view.beneficiariesChart();
    return view.ratesChart();
}

void sendMouseMove(QWidget* target, QPointF pos)
{
    QMouseEvent event(QEvent::MouseMove, pos, target->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(target, &event);
}

int legendEntries(const QCustomPlot* plot, const QString& name)
{
    int n = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
            n += item->plottable()->name() == name ? 1 : 0;
    return n;
}

// Types `text` into the table's cell as the planner does: start editing, type, press Enter.
void typeInto(QTableView* table, const QModelIndex& index, const QString& text)
{
    table->setCurrentIndex(index);
    table->edit(index);
    // The delegate's editor is a child of the viewport while it is open.
    const auto editors = table->viewport()->findChildren<QLineEdit*>();
    QCOMPARE(editors.size(), 1);
    QLineEdit* line = editors.first();
    QCOMPARE(line->text(), index.data(Qt::EditRole).toString());
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits and closes the editor in a queued call, and deletes it later.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class HistoryEditorTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // --- markers on the charts ---------------------------------------------------------
    void markers_sitOnTheirSeries_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<int>("side"); // -1 left bar, 0 centred, +1 right bar
        QTest::newRow("reserve bar") << "reserve"
                                     << "reserve_actual" << 0;
        QTest::newRow("reserve ratio line") << "reserve"
                                            << "reserve_ratio_actual" << 0;
        QTest::newRow("contributions: income bar") << "income"
                                                   << "contributions_actual" << -1;
        QTest::newRow("benefits: spending bar") << "income"
                                                << "benefits_actual" << 1;
        QTest::newRow("expenditure: top of spending") << "income"
                                                      << "expenditure_actual" << 1;
        QTest::newRow("new claims line") << "beneficiaries"
                                         << "new_claims_actual" << 0;
        QTest::newRow("beneficiaries line") << "beneficiaries"
                                            << "beneficiaries_actual" << 0;
        QTest::newRow("effective coverage line") << "beneficiaries"
                                                 << "effective_coverage_actual" << 0;
        QTest::newRow("cost rate line") << "rates"
                                        << "cost_rate_actual" << 0;
    }
    void markers_sitOnTheirSeries()
    {
        QFETCH(QString, chart);
        QFETCH(QString, actual);
        QFETCH(int, side);
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        ui::ResultsView view(&document);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ChartView* c = chartNamed(view, chart);
        view.tabs()->setCurrentWidget(c);
        c->plot()->replot(QCustomPlot::rpImmediateRefresh);
        const int i = c->actualIndex(actual);
        QVERIFY2(i >= 0, qPrintable(actual));
        const core::History& h = document.scenario().history;
        std::map<int, double> expected;
        if (actual == QLatin1String("reserve_ratio_actual"))
            expected = ratio(h, H::reserve, H::expenditure);
        else if (actual == QLatin1String("cost_rate_actual"))
            expected = ratio(h, H::expenditure, H::wage_bill);
        else if (actual == QLatin1String("effective_coverage_actual"))
            for (const auto& [year, row] : h.years) {
                if (row[H::beneficiaries])
                    expected[year] =
                        *row[H::beneficiaries] / (*row[H::labour_force] * *row[H::unemployment_rate]);
            }
        else
            expected = column(h, *core::findHistoryColumn(actual.chopped(7).toStdString()));
        QVERIFY(!expected.empty());
        QCOMPARE(c->actualValues(i).size(), expected.size());
        QCPGraph* graph = c->actualGraph(i);
        QVERIFY(graph->visible());
        QCOMPARE(graph->lineStyle(), QCPGraph::lsNone);
        QCOMPARE(graph->scatterStyle().shape(), QCPScatterStyle::ssDiamond);
        // The series' own colour (the stack total takes the text colour).
        const ChartView::SeriesSpec& spec = c->seriesSpec(c->actualSpec(i).series);
        if (!c->actualSpec(i).stackTotal)
            QCOMPARE(graph->scatterStyle().brush().color(), spec.colour);
        QCOMPARE(graph->valueAxis(), c->plottable(c->actualSpec(i).series)->valueAxis());
        QCOMPARE(graph->data()->size(), int(expected.size()));
        auto it = graph->data()->constBegin();
        double offset = std::nan("");
        for (const auto& [year, value] : expected) {
            const double key = it->key;
            QVERIFY2(std::abs(key - year) < 0.5, qPrintable(QString::number(key)));
            if (std::isnan(offset))
                offset = key - year;
            QCOMPARE(key - year, offset); // one offset for every year: over the same bar
            QVERIFY2(std::abs(it->value - value) <= 1e-12 * std::abs(value),
                     qPrintable(QStringLiteral("%1: %2 != %3")
                                    .arg(year)
                                    .arg(it->value, 0, 'g', 17)
                                    .arg(value, 0, 'g', 17)));
            ++it;
        }
        if (side == 0)
            QCOMPARE(offset, 0.0);
        else
            QVERIFY2(offset * side > 0.1, qPrintable(QString::number(offset)));
    }

    void markers_onAStackedSegment_standWhereTheSegmentWouldEnd()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        ui::IncomeExpenditureChart chart(&document);
        const int i = chart.actualIndex(QStringLiteral("investment_income_actual"));
        QVERIFY(i >= 0);
        const core::ProjectionResult& r = *document.result();
        const core::History& h = document.scenario().history;
        std::map<double, double> drawn;
        for (auto it = chart.actualGraph(i)->data()->constBegin();
             it != chart.actualGraph(i)->data()->constEnd(); ++it)
            drawn[std::round(it->key)] = it->value;
        // In the projection the segment sits on the projected contributions...
        QCOMPARE(drawn.at(2027), r.at(1, core::Column::contributions) + *h.value(2027, H::investment_income));
        // ... before it, on the actual contributions of that year.
        QCOMPARE(drawn.at(2023), *h.value(2023, H::contributions) + *h.value(2023, H::investment_income));
    }

    void markers_widenTheYearsAndHaveOneLegendEntry()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:default"));
        ui::ReserveChart chart(&document);
        const QString legend = QStringLiteral("Actual (history)");
        QCOMPARE(chart.fullYearRange().lower, 2026 - 0.6);
        QCOMPARE(legendEntries(chart.plot(), legend), 0);
        QVERIFY(!chart.actualGraph(0)->visible());

        document.reset(scenarioWithHistory());
        QCOMPARE(chart.fullYearRange().lower, 2022 - 0.6);
        QCOMPARE(chart.fullYearRange().upper, 2055 + 0.6);
        QCOMPARE(legendEntries(chart.plot(), legend), 1);
        QCOMPARE(chart.plot()->xAxis->range().lower, 2022 - 0.6);
        // The value axis reaches the markers too.
        QVERIFY(chart.plot()->yAxis->range().upper >= *document.scenario().history.value(2028, H::reserve));

        // A figure after the projection widens it the other way.
        QVERIFY(document.setHistoryValue(2060, H::reserve, 1.0e9));
        QCOMPARE(chart.fullYearRange().upper, 2060 + 0.6);
        document.undoStack()->undo();
        QCOMPARE(chart.fullYearRange().upper, 2055 + 0.6);
    }

    void markers_followEditsAndUndo()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        ui::ReserveChart chart(&document);
        const int i = chart.actualIndex(QStringLiteral("reserve_actual"));
        QVERIFY(document.setHistoryValue(2027, H::reserve, 4.5e9));
        QCOMPARE(chart.actualValues(i).at(2027), 4.5e9);
        document.undoStack()->undo();
        QCOMPARE(chart.actualValues(i).at(2027), *document.scenario().history.value(2027, H::reserve));
        QVERIFY(document.removeHistoryYear(2022));
        QVERIFY(!chart.actualValues(i).count(2022));
        QCOMPARE(chart.fullYearRange().lower, 2023 - 0.6);
    }

    void readout_ofAPastYearGivesItsActualFigures()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        QWidget window;
        auto* chart = new ui::ReserveChart(&document, &window);
        (new QVBoxLayout(&window))->addWidget(chart);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCustomPlot* plot = chart->plot();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const QPointF pos(plot->xAxis->coordToPixel(2023),
                          plot->yAxis->coordToPixel(plot->yAxis->range().center()));
        sendMouseMove(plot, pos);
        QCOMPARE(chart->hoverYear(), std::optional<int>(2023));
        const QString reserve = ui::ResultsTableModel::formatValue(
            ui::ResultUnit::Money, *document.scenario().history.value(2023, H::reserve), "LCU", true);
        QVERIFY2(chart->readoutText().startsWith(QStringLiteral("2023: Actual reserve: ") + reserve),
                 qPrintable(chart->readoutText()));
        QVERIFY(!chart->readoutText().contains(QStringLiteral("Reserve at year end")));
        // A year of both: the projection, then the actual figures.
        sendMouseMove(plot, QPointF(plot->xAxis->coordToPixel(2027), pos.y()));
        const QString projected = ui::ResultsTableModel::formatValue(
            ui::ResultUnit::Money, document.result()->at(1, core::Column::reserve), "LCU", true);
        const QString actual = ui::ResultsTableModel::formatValue(
            ui::ResultUnit::Money, *document.scenario().history.value(2027, H::reserve), "LCU", true);
        QVERIFY2(chart->readoutText().contains(
                     QStringLiteral("Reserve at year end: %1 (actual %2)").arg(projected, actual)),
                 qPrintable(chart->readoutText()));
    }

    void csv_hasTheActualColumns()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        ui::ReserveChart chart(&document);
        const QStringList lines = chart.csvText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral(
                     "year,reserve,reserve_ratio,target_reserve_ratio,reserve_actual,reserve_ratio_actual"));
        QCOMPARE(lines.size(), 1 + (2055 - 2022 + 1));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("2022,,,,2300000000,")), qPrintable(lines.at(1)));
        QVERIFY(lines.last().startsWith(QStringLiteral("2055,")));
        QVERIFY(lines.last().endsWith(QStringLiteral(",,")));
    }

    // --- the results table ---------------------------------------------------------------
    void resultsTable_comparesActualWithProjected()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        ui::ResultsView view(&document);
        // The results side of a 1366-pixel window beside the editor.
        view.resize(840, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tabs()->setCurrentIndex(view.tabs()->count() - 1);
        QVERIFY(!view.isComparing());
        QCOMPARE(view.tableView()->model(), view.tableModel());
        view.setComparing(true);
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view.tableView()->model());
        QVERIFY(proxy);
        QCOMPARE(proxy->sourceModel(), view.comparisonModel());
        // 2026-2028 of ten figures (beneficiaries every year here).
        QCOMPARE(proxy->rowCount(), 10 * 3);
        QVERIFY(view.comparisonNote().isEmpty());
        // Figure, year, actual, projected, difference and its share fit without scrolling.
        QCoreApplication::processEvents();
        QHeaderView* header = view.tableView()->horizontalHeader();
        QVERIFY2(
            header->length() <= view.tableView()->viewport()->width(),
            qPrintable(
                QStringLiteral("%1 > %2").arg(header->length()).arg(view.tableView()->viewport()->width())));
        QVERIFY(!view.tableView()->horizontalScrollBar()->isVisible());

        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("compare.csv"));
        QVERIFY2(view.exportTableCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromStdString(view.comparisonModel()->csvText()),
                 QString::fromUtf8(file.readAll()));

        view.setComparing(false);
        QCOMPARE(view.tableView()->model(), view.tableModel());
    }

    void resultsTable_saysWhyThereIsNothingToCompare()
    {
        ui::ScenarioDocument document;
        core::Scenario s = scenarioWithHistory();
        s.history.years.erase(s.history.years.lower_bound(2026), s.history.years.end());
        document.reset(s);
        ui::ResultsView view(&document);
        view.setComparing(true);
        QCOMPARE(view.tableView()->model()->rowCount(), 0);
        QVERIFY2(view.comparisonNote().contains(QStringLiteral("2022–2025")),
                 qPrintable(view.comparisonNote()));
        auto* note = view.findChild<QLabel*>(QStringLiteral("compareNote"));
        QVERIFY(note && !note->isHidden());
        QCOMPARE(note->textFormat(), Qt::PlainText);
    }

    // --- the editor ------------------------------------------------------------------------
    void editor_typingInACellIsOneUndoStep()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        const core::Scenario before = document.scenario();
        ui::HistoryEditor editor(&document);
        editor.resize(1200, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        typeInto(editor.table(), editor.model()->indexOf(2025, H::benefits), QStringLiteral("7,000,000"));
        QCOMPARE(document.scenario().history.value(2025, H::benefits), std::optional<double>(7.0e6));
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(editor.errorText().isEmpty());
        // The same cell again, after moving away and back, is a step of its own.
        editor.table()->setCurrentIndex(editor.model()->indexOf(2026, H::benefits));
        typeInto(editor.table(), editor.model()->indexOf(2025, H::benefits), QStringLiteral("8000000"));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.scenario().history.value(2025, H::benefits), std::optional<double>(7.0e6));
        document.undoStack()->undo();
        QVERIFY(document.scenario() == before);
    }

    void editor_refusedInputSaysWhyAndChangesNothing()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        const core::Scenario before = document.scenario();
        ui::HistoryEditor editor(&document);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        typeInto(editor.table(), editor.model()->indexOf(2025, H::unemployment_rate), QStringLiteral("140"));
        QVERIFY2(editor.errorText().contains(QStringLiteral("out of range")), qPrintable(editor.errorText()));
        QVERIFY(document.scenario() == before);
        QCOMPARE(document.undoStack()->count(), 0);
        typeInto(editor.table(), editor.model()->indexOf(2025, H::unemployment_rate), QStringLiteral("6.5"));
        QVERIFY(editor.errorText().isEmpty());
        QCOMPARE(document.scenario().history.value(2025, H::unemployment_rate), std::optional<double>(0.065));
    }

    void editor_sourceFieldEditsTheSelectedFigure()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        ui::HistoryEditor editor(&document);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // No figure, no source.
        editor.table()->setCurrentIndex(editor.model()->indexOf(2024, H::beneficiaries));
        QVERIFY(!editor.sourceEdit()->isEnabled());
        editor.table()->setCurrentIndex(editor.model()->indexOf(2026, H::reserve));
        QVERIFY(editor.sourceEdit()->isEnabled());
        editor.sourceEdit()->setFocus();
        QTest::keyClicks(editor.sourceEdit(), QStringLiteral("Audited accounts 2026, note 7"));
        QTest::keyClick(editor.sourceEdit(), Qt::Key_Return);
        QCOMPARE(document.historySource(2026, H::reserve), QStringLiteral("Audited accounts 2026, note 7"));
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(editor.model()
                    ->indexOf(2026, H::reserve)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Audited accounts 2026")));
        document.undoStack()->undo();
        QVERIFY(document.historySource(2026, H::reserve).isEmpty());
        QVERIFY(editor.sourceEdit()->text().isEmpty());
    }

    void editor_pasteAndClearAreOneStepEach()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        const core::Scenario before = document.scenario();
        ui::HistoryEditor editor(&document);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // Two columns over three years from 2027: the last year (2029) is added.
        editor.table()->setCurrentIndex(editor.model()->indexOf(2027, H::contributions));
        QVERIFY(editor.pasteText(QStringLiteral("1100\t2100\n1200\t2200\r\n1300\t2300\n")));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.scenario().history.value(2029, H::state_subsidy), std::optional<double>(2300.0));
        QCOMPARE(document.scenario().history.value(2028, H::contributions), std::optional<double>(1200.0));
        editor.table()->selectionModel()->select(
            QItemSelection(editor.model()->indexOf(2027, H::contributions),
                           editor.model()->indexOf(2029, H::state_subsidy)),
            QItemSelectionModel::ClearAndSelect);
        QCOMPARE(editor.selectionText(), QStringLiteral("1100\t2100\n1200\t2200\n1300\t2300\n"));
        editor.clearSelection();
        QCOMPARE(document.undoStack()->count(), 2);
        QVERIFY(!document.scenario().history.value(2027, H::contributions));
        QVERIFY(!document.scenario().history.years.count(2029));
        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(document.scenario() == before);
    }

    void editor_addAndRemoveYears()
    {
        ui::ScenarioDocument document;
        document.reset(scenarioWithHistory());
        ui::HistoryEditor editor(&document);
        QCOMPARE(editor.yearBox()->value(), 2029);
        QVERIFY(editor.addYear(2029));
        QCOMPARE(editor.model()->rowCount(), 8);
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(editor.yearBox()->value(), 2030);
        editor.table()->setCurrentIndex(editor.model()->indexOf(2023, H::benefits));
        QVERIFY(editor.removeCurrentYear());
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(!document.scenario().history.years.count(2023));
        document.undoStack()->undo();
        QVERIFY(document.scenario().history.years.count(2023));
    }

    // --- the main window ---------------------------------------------------------------------
    void mainWindow_menusAndTheDock()
    {
        QTemporaryDir dir;
        ui::MainWindow window(dir.path());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("importHistoryAction")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("exportHistoryAction")));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("historyDock"));
        QVERIFY(dock);
        QVERIFY(dock->isHidden());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->reset(scenarioWithHistory());
        // The editor's section says what the scenario holds and opens the table.
        ui::ScenarioEditor* editor = window.editor();
        QVERIFY2(editor->historySummary().contains(QStringLiteral("7 years (2022–2028)")),
                 qPrintable(editor->historySummary()));
        editor->historySection()->findChild<QPushButton*>(QStringLiteral("historyEdit"))->click();
        QVERIFY(dock->isVisible());
        dock->hide();
        window.showHistory(QStringLiteral("history.reserve@2026"));
        QVERIFY(dock->isVisible());
        QCOMPARE(window.historyEditor()->table()->currentIndex(),
                 window.historyEditor()->model()->indexOf(2026, H::reserve));
        window.document()->undoStack()->setClean();
    }

    void problemInTheHistory_leadsToItsFigure()
    {
        ui::ScenarioDocument document;
        core::Scenario s = scenarioWithHistory();
        s.history.set(2025, H::unemployment_rate, 1.5); // a file may hold it; validation says no
        document.reset(s);
        QVERIFY(!document.problemFor(QStringLiteral("history.unemployment_rate@2025")).isEmpty());
        ui::ScenarioEditor editor(&document);
        QSignalSpy requested(&editor, &ui::ScenarioEditor::historyRequested);
        editor.findChild<QPushButton*>(QStringLiteral("scenarioEditor.nextError"))->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("history.unemployment_rate@2025"));
        ui::HistoryTableModel model(&document);
        const QModelIndex cell = model.indexOf(2025, H::unemployment_rate);
        QVERIFY(cell.data(Qt::ForegroundRole).isValid());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2025")) ||
                !cell.data(Qt::ToolTipRole).toString().isEmpty());
    }
};

QTEST_MAIN(HistoryEditorTest)
#include "tst_historyeditor.moc"
