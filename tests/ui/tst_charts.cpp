// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "charts/beneficiarieschart.h"
#include "charts/incomeexpenditurechart.h"
#include "charts/rateschart.h"
#include "charts/reservechart.h"
#include "charts/whopayschart.h"
#include "charts/packageview.h"
#include "charts/resultsview.h"
#include "document/scenariodocument.h"
#include "models/resultstablemodel.h"
#include "core/io/resultformat.h"
#include "core/io/scenariofile.h"

#include <qcustomplot.h>

#include <QImage>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <sstream>

using namespace tideover;
using core::Column;
using ui::ChartView;

namespace {

void loadDefault(ui::ScenarioDocument& document)
{
    document.reset(core::loadScenario("builtin:default"));
}

QVector<double> plottedValues(const QCPAbstractPlottable* plottable)
{
    QVector<double> values;
    if (auto* bars = qobject_cast<const QCPBars*>(plottable))
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            values << it->value;
    else if (auto* graph = qobject_cast<const QCPGraph*>(plottable))
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            values << it->value;
    return values;
}

QVector<double> plottedKeys(const QCPAbstractPlottable* plottable)
{
    QVector<double> keys;
    if (auto* bars = qobject_cast<const QCPBars*>(plottable))
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            keys << it->key;
    else if (auto* graph = qobject_cast<const QCPGraph*>(plottable))
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            keys << it->key;
    return keys;
}

// Compares a chart series with a result column, NaN for NaN, printing the first difference.
void compareWithColumn(const ChartView& chart, const QString& series, const core::ProjectionResult& r,
                       Column c)
{
    const int i = chart.seriesIndex(series);
    QVERIFY2(i >= 0, qPrintable(series));
    const QVector<double> values = chart.seriesValues(i);
    QCOMPARE(values.size(), r.years);
    for (int y = 0; y < r.years; ++y) {
        const double expected = r.at(y, c);
        if (std::isnan(expected))
            QVERIFY2(std::isnan(values[y]), qPrintable(QStringLiteral("%1 year %2").arg(series).arg(y)));
        else
            QVERIFY2(values[y] == expected, qPrintable(QStringLiteral("%1 year %2: %3 != %4")
                                                           .arg(series)
                                                           .arg(y)
                                                           .arg(values[y], 0, 'g', 17)
                                                           .arg(expected, 0, 'g', 17)));
    }
}

// Shows a chart at a known size and lays it out, so pixels map to known coordinates.
void showAndLayOut(QWidget& widget, ChartView& chart, QSize size = QSize(900, 600))
{
    widget.resize(size);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
}

void sendMouseMove(QWidget* target, QPointF pos)
{
    QMouseEvent event(QEvent::MouseMove, pos, target->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(target, &event);
}

QString readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // --- data ---------------------------------------------------------------------------
    void reserveChart_dataMatchesResult()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ReserveChart chart(&document);
        const core::ProjectionResult& r = *document.result();
        QCOMPARE(r.years, 30);
        compareWithColumn(chart, "reserve", r, Column::reserve);
        compareWithColumn(chart, "reserve_ratio", r, Column::reserve_ratio);

        const int reserve = chart.seriesIndex("reserve");
        QVERIFY(qobject_cast<QCPBars*>(chart.plottable(reserve)));
        QCOMPARE(chart.plottable(reserve)->interface1D()->dataCount(), r.years);
        const QVector<double> plotted = plottedValues(chart.plottable(reserve));
        for (int y = 0; y < r.years; ++y)
            QCOMPARE(plotted[y], r.at(y, Column::reserve));
        QCOMPARE(plottedKeys(chart.plottable(reserve)).front(), 2026.0);
        QCOMPARE(plottedKeys(chart.plottable(reserve)).back(), 2055.0);
        // The ratio is on the right axis, the reserve on the left.
        QCOMPARE(chart.plottable(chart.seriesIndex("reserve_ratio"))->valueAxis(), chart.plot()->yAxis2);
        QCOMPARE(chart.plottable(reserve)->valueAxis(), chart.plot()->yAxis);
    }

    void reserveChart_targetLineIsTheScenarioTarget()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ReserveChart chart(&document);
        const int target = chart.seriesIndex("target_reserve_ratio");
        QVERIFY(chart.isSeriesShown(target));
        for (double v : plottedValues(chart.plottable(target)))
            QCOMPARE(v, document.scenario().projection.target_reserve_ratio);
        QCOMPARE(chart.plottable(target)->pen().style(), Qt::DashLine);
        QVERIFY(document.setValue("projection.target_reserve_ratio", core::ParamValue(2.5)));
        for (double v : chart.seriesValues(target))
            QCOMPARE(v, 2.5);
        // The dashed line spans the whole plot, beyond the first and last year's centres.
        const QVector<double> keys = plottedKeys(chart.plottable(target));
        QVERIFY(keys.front() < 2026.0 && keys.back() > 2055.0);
    }

    void reserveChart_zeroLineOnlyWhenReserveGoesNegative()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ReserveChart chart(&document);
        QCOMPARE(chart.plot()->yAxis->range().lower, 0.0);
        QVERIFY(document.setValue("benefits.replacement_rates", core::ParamValue(std::vector<double>{1.2})));
        const auto& reserve = chart.seriesValues(chart.seriesIndex("reserve"));
        QVERIFY(*std::min_element(reserve.begin(), reserve.end()) < 0);
        QVERIFY(chart.plot()->yAxis->range().lower < 0);
        bool zeroLine = false;
        for (int i = 0; i < chart.plot()->itemCount(); ++i)
            if (auto* line = qobject_cast<QCPItemStraightLine*>(chart.plot()->item(i)))
                if (line->visible() && line->point1->coords().y() == 0 && line->point2->coords().y() == 0)
                    zeroLine = true;
        QVERIFY(zeroLine);
        // Both axes put zero at the same height, so the one zero line is true for both.
        const double left = chart.plot()->yAxis->coordToPixel(0);
        const double right = chart.plot()->yAxis2->coordToPixel(0);
        QVERIFY2(std::abs(left - right) < 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(right)));
    }

    void incomeChart_stacksIncomeBesideSpending_transfersOnlyWhenNonZero()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::IncomeExpenditureChart chart(&document);
        const core::ProjectionResult& r = *document.result();
        compareWithColumn(chart, "contributions", r, Column::contributions);
        compareWithColumn(chart, "investment_income", r, Column::investment_income);
        compareWithColumn(chart, "benefits", r, Column::benefits);
        compareWithColumn(chart, "other_expenditure", r, Column::other_expenditure);
        compareWithColumn(chart, "admin", r, Column::admin);
        compareWithColumn(chart, "balance", r, Column::balance);

        auto* contributions = qobject_cast<QCPBars*>(chart.plottable(chart.seriesIndex("contributions")));
        auto* investment = qobject_cast<QCPBars*>(chart.plottable(chart.seriesIndex("investment_income")));
        auto* benefits = qobject_cast<QCPBars*>(chart.plottable(chart.seriesIndex("benefits")));
        auto* admin = qobject_cast<QCPBars*>(chart.plottable(chart.seriesIndex("admin")));
        QVERIFY(contributions && investment && benefits && admin);
        QVERIFY(investment->barBelow() == contributions);
        QVERIFY(!benefits->barBelow()); // the spending stack starts afresh beside it
        QVERIFY(admin->barBelow());
        QVERIFY(contributions->barsGroup() && contributions->barsGroup() == benefits->barsGroup());

        const int transfers = chart.seriesIndex("transfers");
        QVERIFY(!chart.isSeriesShown(transfers)); // none in builtin:default
        QVERIFY(!chart.plottable(transfers)->visible());
        QVERIFY(!chart.csvText().section('\n', 0, 0).contains("transfers"));
        QVERIFY(document.setValue("reserve.transfers", core::ParamValue(core::Series({0.0, 5e9, 0.0}))));
        QVERIFY(chart.isSeriesShown(transfers));
        compareWithColumn(chart, "transfers", *document.result(), Column::transfers);
        QCOMPARE(chart.seriesValues(transfers)[1], 5e9);
        QVERIFY(chart.plot()->legend->hasItemWithPlottable(chart.plottable(transfers)));
    }

    void beneficiariesChart_dataMatchesResult()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::BeneficiariesChart chart(&document);
        const core::ProjectionResult& r = *document.result();
        compareWithColumn(chart, "beneficiaries", r, Column::beneficiaries);
        compareWithColumn(chart, "new_claims", r, Column::new_claims);
        compareWithColumn(chart, "effective_coverage", r, Column::effective_coverage);
        QCOMPARE(chart.plottable(chart.seriesIndex("effective_coverage"))->valueAxis(), chart.plot()->yAxis2);
        QCOMPARE(chart.plottable(chart.seriesIndex("beneficiaries"))->interface1D()->dataCount(), 30);
    }

    void ratesChart_breakEvenLinePresentOrAbsent()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::RatesChart chart(&document);
        const core::ProjectionResult& r = *document.result();
        compareWithColumn(chart, "contribution_rate", r, Column::contribution_rate);
        compareWithColumn(chart, "cost_rate", r, Column::cost_rate);
        const int breakEven = chart.seriesIndex("break_even_rate");
        QVERIFY(r.summary.breakEvenRate.has_value());
        QVERIFY(chart.isSeriesShown(breakEven));
        for (double v : plottedValues(chart.plottable(breakEven)))
            QCOMPARE(v, *r.summary.breakEvenRate);
        QCOMPARE(chart.plottable(breakEven)->pen().style(), Qt::DashLine);

        // A reserve so large that even a zero rate overshoots the target: no break-even rate.
        QVERIFY(document.setValue("reserve.initial", core::ParamValue(1e16)));
        QVERIFY(!document.result()->summary.breakEvenRate.has_value());
        QVERIFY(!chart.isSeriesShown(breakEven));
        QVERIFY(!chart.plot()->legend->hasItemWithPlottable(chart.plottable(breakEven)));
    }

    // --- axes -------------------------------------------------------------------------
    void axes_haveUnitsAndReadableTickLabels()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        QWidget window;
        auto* chart = new ui::ReserveChart(&document, &window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(chart);
        showAndLayOut(window, *chart);
        QCustomPlot* plot = chart->plot();
        // builtin:default's reserve reaches about 1.7 trillion LCU.
        QCOMPARE(plot->yAxis->label(), QStringLiteral("Reserve (tn LCU)"));
        QVERIFY2(plot->yAxis2->label().startsWith(QStringLiteral("Reserve ratio (years")),
                 qPrintable(plot->yAxis2->label()));
        for (QCPAxis* axis : {plot->yAxis, plot->yAxis2, plot->xAxis}) {
            QVERIFY(!axis->tickVectorLabels().isEmpty());
            for (const QString& label : axis->tickVectorLabels())
                QVERIFY2(!label.contains('e') && label.size() <= 8, qPrintable(label));
        }
        QVERIFY(plot->xAxis->tickVectorLabels().contains(QStringLiteral("2030"))); // no "2,030"

        // Smaller money gets a smaller unit and thousands separators in the labels.
        ui::ScenarioDocument small;
        loadDefault(small);
        QVERIFY(small.setValue("labour.force", core::ParamValue(4e3)));
        QVERIFY(small.setValue("reserve.initial", core::ParamValue(4.5e6)));
        ui::ReserveChart smallChart(&small);
        QCOMPARE(smallChart.plot()->yAxis->label(), QStringLiteral("Reserve (m LCU)"));

        ui::ScenarioDocument people;
        loadDefault(people);
        ui::BeneficiariesChart beneficiaries(&people);
        QCOMPARE(beneficiaries.plot()->yAxis->label(), QStringLiteral("Persons (millions)"));
        ui::RatesChart rates(&people);
        QCOMPARE(rates.plot()->yAxis->label(), QStringLiteral("Rate (% of insured wages)"));
    }

    // --- export -----------------------------------------------------------------------
    void exportPng_writesImageOfTheSize()
    {
        QTemporaryDir dir;
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ReserveChart chart(&document);
        QString error;
        const QString path = dir.filePath("reserve.png");
        QVERIFY2(chart.exportPng(path, &error, QSize(800, 500)), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(800, 500));

        // Without a size: the size on screen.
        QWidget window;
        auto* shown = new ui::ReserveChart(&document, &window);
        (new QVBoxLayout(&window))->addWidget(shown);
        showAndLayOut(window, *shown, QSize(700, 450));
        const QString onScreen = dir.filePath("shown.png");
        QVERIFY2(shown->exportPng(onScreen, &error), qPrintable(error));
        QCOMPARE(QImage(onScreen).size(), shown->plot()->size());
    }

    void exportPdf_writesPdf()
    {
        QTemporaryDir dir;
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::RatesChart chart(&document);
        QString error;
        const QString path = dir.filePath("rates.pdf");
        QVERIFY2(chart.exportPdf(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QVERIFY(file.read(5).startsWith("%PDF"));
    }

    void exportCsv_headerAndFirstRowMatchResult()
    {
        QTemporaryDir dir;
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ReserveChart chart(&document);
        QString error;
        const QString path = dir.filePath("reserve.csv");
        QVERIFY2(chart.exportCsv(path, &error), qPrintable(error));
        const QStringList lines = readFile(path).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 31);
        QCOMPARE(lines[0], QStringLiteral("year,reserve,reserve_ratio,target_reserve_ratio"));
        const core::ProjectionResult& r = *document.result();
        const QString first =
            QStringLiteral("2026,%1,%2,%3")
                .arg(QString::fromStdString(core::formatCell(r.at(0, Column::reserve))),
                     QString::fromStdString(core::formatCell(r.at(0, Column::reserve_ratio))),
                     QString::fromStdString(
                         core::formatCell(document.scenario().projection.target_reserve_ratio)));
        QCOMPARE(lines[1], first);
        QVERIFY(lines[30].startsWith(QStringLiteral("2055,")));
    }

    void export_toMissingFolder_failsWithAMessage()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ReserveChart chart(&document);
        const QString path = QStringLiteral("/nonexistent-tideover-folder/chart");
        QString error;
        QVERIFY(!chart.exportCsv(path + ".csv", &error));
        QVERIFY(error.contains(QStringLiteral("nonexistent-tideover-folder")));
        error.clear();
        QVERIFY(!chart.exportPng(path + ".png", &error, QSize(300, 200)));
        QVERIFY(!error.isEmpty());
        error.clear();
        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        QVERIFY(!chart.exportPdf(path + ".pdf", &error, QSize(300, 200)));
        QVERIFY(!error.isEmpty());
    }

    // --- state ------------------------------------------------------------------------
    void stale_togglesWithInvalidValue_keepsLastData()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::RatesChart chart(&document);
        const int cost = chart.seriesIndex("cost_rate");
        const QVector<double> before = chart.seriesValues(cost);
        const QColor colour = chart.plottable(cost)->pen().color();
        QVERIFY(!chart.isStale());
        QVERIFY(!chart.isNoteVisible());

        QVERIFY(document.setValue("labour.unemployment_rate", core::ParamValue(core::Series(0.9))));
        QVERIFY(document.isResultStale());
        QVERIFY(chart.isStale());
        QVERIFY(chart.isNoteVisible());
        QCOMPARE(chart.noteText(), QStringLiteral("Results are out of date: fix the marked value"));
        QCOMPARE(chart.seriesValues(cost), before);
        QVERIFY(chart.plottable(cost)->pen().color() != colour); // faded

        document.undoStack()->undo();
        QVERIFY(!chart.isStale());
        QVERIFY(!chart.isNoteVisible());
        QCOMPARE(chart.plottable(cost)->pen().color(), colour);
        QCOMPARE(chart.seriesValues(cost), before);
    }

    void stale_targetLineKeepsTheValidValue()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ReserveChart chart(&document);
        const int target = chart.seriesIndex("target_reserve_ratio");
        QVERIFY(document.setValue("projection.target_reserve_ratio", core::ParamValue(50.0))); // out of range
        QVERIFY(chart.isStale());
        QCOMPARE(chart.seriesValues(target).front(), 1.0);
    }

    void noResults_showNote()
    {
        ui::ScenarioDocument document; // the spec's defaults lack a labour force
        QVERIFY(!document.result());
        ui::ReserveChart chart(&document);
        QCOMPARE(chart.yearCount(), 0);
        QVERIFY(!chart.isSeriesShown(0));
        QVERIFY(chart.isNoteVisible());
        QVERIFY(chart.csvText().startsWith(QStringLiteral("year\n")));
        loadDefault(document);
        QCOMPARE(chart.yearCount(), 30);
        QVERIFY(!chart.isNoteVisible());
    }

    // --- interaction ------------------------------------------------------------------
    void hover_readsOutYearAndValues()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        QWidget window;
        auto* chart = new ui::ReserveChart(&document, &window);
        (new QVBoxLayout(&window))->addWidget(chart);
        showAndLayOut(window, *chart);
        QCustomPlot* plot = chart->plot();
        const core::ProjectionResult& r = *document.result();

        // A little off the year's centre still reads that year.
        const QPointF pos(plot->xAxis->coordToPixel(2030.3),
                          plot->yAxis->coordToPixel(plot->yAxis->range().center()));
        sendMouseMove(plot, pos);
        QCOMPARE(chart->hoverYear(), std::optional<int>(2030));
        const QString reserve =
            ui::ResultsTableModel::formatValue(ui::ResultUnit::Money, r.at(4, Column::reserve), "LCU", true);
        const QString ratio = ui::ResultsTableModel::formatValue(ui::ResultUnit::Years,
                                                                 r.at(4, Column::reserve_ratio), "LCU", true);
        QVERIFY2(chart->readoutText().startsWith(QStringLiteral("2030: ")), qPrintable(chart->readoutText()));
        QVERIFY2(chart->readoutText().contains(QStringLiteral("Reserve at year end: ") + reserve),
                 qPrintable(chart->readoutText()));
        QVERIFY2(chart->readoutText().contains(ratio), qPrintable(chart->readoutText()));
        QVERIFY2(reserve.contains(QStringLiteral("\u00a0bn\u00a0LCU")), qPrintable(reserve));

        sendMouseMove(plot, QPointF(plot->xAxis->coordToPixel(2041), pos.y()));
        QCOMPARE(chart->hoverYear(), std::optional<int>(2041));

        // Outside the axis rect (over the title): no read-out.
        sendMouseMove(plot, QPointF(pos.x(), 3));
        QVERIFY(!chart->hoverYear());
        QVERIFY(chart->readoutText().isEmpty());
    }

    void zoomAndPan_stayWithinTheYears_resetShowsAll()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        QWidget window;
        auto* chart = new ui::ReserveChart(&document, &window);
        (new QVBoxLayout(&window))->addWidget(chart);
        showAndLayOut(window, *chart);
        QCustomPlot* plot = chart->plot();
        const QCPRange full = chart->fullYearRange();
        QCOMPARE(plot->xAxis->range(), full);
        const double fullTop = plot->yAxis->range().upper;

        plot->xAxis->setRange(1900, 2300);
        QCOMPARE(plot->xAxis->range(), full);

        plot->xAxis->setRange(2028, 2034);
        QCOMPARE(plot->xAxis->range(), QCPRange(2028, 2034));
        // The value axis fits the years shown: the early reserve is far below the last.
        QVERIFY(plot->yAxis->range().upper < fullTop / 4);

        // Wheel zoom narrows the years around the mouse.
        chart->resetView();
        const QPointF centre = plot->axisRect()->rect().center();
        QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &wheel);
        QVERIFY(plot->xAxis->range().size() < full.size());

        // Double-click shows every year again.
        QMouseEvent click(QEvent::MouseButtonDblClick, centre, plot->mapToGlobal(centre), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(plot, &click);
        QCOMPARE(plot->xAxis->range(), full);
        QCOMPARE(plot->yAxis->range().upper, fullTop);
    }

    void palette_coloursFollowTheTheme()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::BeneficiariesChart chart(&document);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        chart.setPalette(dark);
        QCOMPARE(chart.plot()->xAxis->tickLabelColor(), QColor(230, 230, 230));
        QCOMPARE(chart.plot()->yAxis->labelColor(), QColor(230, 230, 230));
        QCOMPARE(chart.plot()->legend->textColor(), QColor(230, 230, 230));
        QCOMPARE(chart.plot()->axisRect()->backgroundBrush().color(), QColor(30, 30, 32));
        // Series keep their fixed colours in every theme.
        QCOMPARE(chart.plottable(chart.seriesIndex("new_claims"))->pen().color(), QColor(0xe6, 0x9f, 0x00));
    }

    // --- the results view ---------------------------------------------------------------
    void resultsView_hasFourChartsAndTable_followsEdits()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ResultsView view(&document);
        // Four charts, the two worker-group tabs (hidden without groups), the package's tab
        // (hidden without a package), the table last.
        QCOMPARE(view.tabs()->count(), 8);
        QVERIFY(!view.tabs()->isTabVisible(view.tabs()->indexOf(view.groupsPage())));
        QVERIFY(!view.tabs()->isTabVisible(view.tabs()->indexOf(view.whoPaysChart())));
        QVERIFY(!view.tabs()->isTabVisible(view.tabs()->indexOf(view.packageView())));
        QCOMPARE(view.charts().size(), 4);
        QCOMPARE(view.tableModel()->rowCount(), 30);
        QVERIFY(document.setValue("benefits.replacement_rates", core::ParamValue(std::vector<double>{0.7})));
        for (ChartView* chart : view.charts())
            for (int i = 0; i < chart->seriesCount(); ++i) {
                if (!chart->isSeriesShown(i))
                    continue; // transfers: none in builtin:default
                const QString name = chart->seriesSpec(i).csvName;
                const auto& names = core::columnNames();
                for (int c = 0; c < core::kColumnCount; ++c)
                    if (names[std::size_t(c)] == name.toStdString())
                        compareWithColumn(*chart, name, *document.result(), Column(c));
            }
    }

    void resultsView_exportTableCsv_isTheCliCsv()
    {
        QTemporaryDir dir;
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ResultsView view(&document);
        QString error;
        std::ostringstream annual;
        core::writeAnnualCsv(annual, *document.result());
        QVERIFY2(view.exportTableCsv(dir.filePath("annual.csv"), &error), qPrintable(error));
        QCOMPARE(readFile(dir.filePath("annual.csv")), QString::fromStdString(annual.str()));

        view.setMonthly(true);
        QCOMPARE(view.tableModel()->rowCount(), 360);
        std::ostringstream monthly;
        core::writeMonthlyCsv(monthly, *document.result());
        QVERIFY2(view.exportTableCsv(dir.filePath("monthly.csv"), &error), qPrintable(error));
        QCOMPARE(readFile(dir.filePath("monthly.csv")), QString::fromStdString(monthly.str()));
    }

    void resultsView_staleStateReachesEveryTab()
    {
        ui::ScenarioDocument document;
        loadDefault(document);
        ui::ResultsView view(&document);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(document.setValue("labour.unemployment_rate", core::ParamValue(core::Series(0.9))));
        for (ChartView* chart : view.charts())
            QVERIFY(chart->isNoteVisible());
        QVERIFY(view.tableModel()->isStale());
        document.undoStack()->undo();
        for (ChartView* chart : view.charts())
            QVERIFY(!chart->isNoteVisible());
        QVERIFY(!view.tableModel()->isStale());
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
