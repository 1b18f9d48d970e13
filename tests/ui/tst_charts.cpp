// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "charts/beneficiarieschart.h"
#include "charts/groupflowschart.h"
#include "charts/incomeexpenditurechart.h"
#include "charts/chartstyle.h"
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

    // --- worker groups (model-spec v4): the totals stacked by group -------------------------
    void groupStack_topIsTheTotal_bottomIsMain_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<int>("column");
        QTest::newRow("beneficiaries bands") << "beneficiaries" << int(Column::beneficiaries);
        QTest::newRow("contributions in the income bar") << "income" << int(Column::contributions);
        QTest::newRow("benefits in the spending bar") << "spending" << int(Column::benefits);
    }

    void groupStack_topIsTheTotal_bottomIsMain()
    {
        QFETCH(QString, chart);
        QFETCH(int, column);
        const Column c = Column(column);
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora-extension"));
        const core::ProjectionResult& r = *document.result();
        QVERIFY(r.hasGroups());
        ui::BeneficiariesChart beneficiaries(&document);
        ui::IncomeExpenditureChart income(&document);
        const ChartView& view = chart == "beneficiaries" ? static_cast<ChartView&>(beneficiaries) : income;
        const std::vector<int> parts = chart == "beneficiaries" ? beneficiaries.groupSeries()
                                       : chart == "income"      ? income.groupContributionSeries()
                                                                : income.groupBenefitSeries();
        QCOMPARE(parts.size(), r.groups.size());
        const QString csv = QString::fromStdString(std::string(core::columnNames()[std::size_t(column)]));
        QVector<double> top(r.years, 0.0); // the stack's top, from what is plotted
        for (std::size_t g = 0; g < parts.size(); ++g) {
            const int i = parts[g];
            // Bottom up: main first, then the groups in the scenario's order, each in its colour.
            QCOMPARE(view.seriesSpec(i).csvName, csv + ':' + QString::fromStdString(r.groups[g].name));
            QCOMPARE(view.seriesSpec(i).colour, ui::ChartStyle::group(int(g)));
            const QVector<double> own = view.seriesValues(i);
            QCOMPARE(own.size(), r.years);
            for (int y = 0; y < r.years; ++y)
                QCOMPARE(own[y], r.groups[g].at(y, c));
            const QVector<double> plotted = plottedValues(view.plottable(i));
            QCOMPARE(plotted.size(), r.years);
            if (auto* bars = qobject_cast<QCPBars*>(view.plottable(i))) {
                QCOMPARE(bars->barBelow(), g == 0 ? nullptr : qobject_cast<QCPBars*>(view.plottable(parts[g - 1])));
                for (int y = 0; y < r.years; ++y)
                    top[y] += plotted[y];
            } else {
                auto* band = qobject_cast<QCPGraph*>(view.plottable(i));
                QVERIFY(band);
                QCOMPARE(band->channelFillGraph(),
                         g == 0 ? nullptr : qobject_cast<QCPGraph*>(view.plottable(parts[g - 1])));
                QVERIFY(band->brush().style() != Qt::NoBrush);
                top = plotted; // a band is drawn at its running total
            }
        }
        QCOMPARE(view.seriesSpec(parts.front()).csvName, csv + ":main");
        for (int y = 0; y < r.years; ++y) {
            const double total = r.at(y, c);
            QVERIFY2(std::abs(top[y] - total) <= 1e-9 * std::abs(total),
                     qPrintable(QStringLiteral("%1 year %2: stack top %3, total %4")
                                    .arg(csv)
                                    .arg(r.startYear + y)
                                    .arg(top[y], 0, 'g', 17)
                                    .arg(total, 0, 'g', 17)));
        }
        // The legend names the groups by their titles.
        QCPLegend* legend = view.plot()->legend;
        QStringList names;
        for (int k = 0; k < legend->itemCount(); ++k)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(k)))
                names << item->plottable()->name();
        for (const core::GroupTable& g : r.groups)
            QVERIFY2(names.contains(ui::GroupFlowsChart::groupTitle(g)), qPrintable(names.join(" | ")));
    }

    void groupStack_totalLineStaysVisible()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora-extension"));
        ui::BeneficiariesChart chart(&document);
        compareWithColumn(chart, "beneficiaries", *document.result(), Column::beneficiaries);
        compareWithColumn(chart, "new_claims", *document.result(), Column::new_claims);
        compareWithColumn(chart, "effective_coverage", *document.result(), Column::effective_coverage);
        auto* total = qobject_cast<QCPGraph*>(chart.plottable(chart.seriesIndex("beneficiaries")));
        QVERIFY(total && total->visible() && !total->channelFillGraph());
        QVERIFY(chart.plot()->legend->hasItemWithPlottable(total));
        // Drawn over the bands: created after them, on the same layer.
        QCOMPARE(total->layer(), chart.plottable(chart.groupSeries().back())->layer());
        QVERIFY(chart.plottable(chart.groupSeries().back())->layer()->children().indexOf(total) >
                chart.plottable(chart.groupSeries().back())->layer()->children().indexOf(
                    chart.plottable(chart.groupSeries().back())));
        // The reserve is one fund: the income chart's balance stays one line.
        ui::IncomeExpenditureChart income(&document);
        compareWithColumn(income, "balance", *document.result(), Column::balance);
        QCOMPARE(income.seriesIndex("contributions"), -1);
        QCOMPARE(income.seriesIndex("benefits"), -1);
    }

    void groupStack_longTitle_isElidedPlainText()
    {
        core::Scenario scenario = core::loadScenario("builtin:kelora-extension");
        QVERIFY(!scenario.groups.empty());
        scenario.groups.front().title = "<b>Own-account</b> workers & co " + std::string(120, 'x');
        ui::ScenarioDocument document;
        document.reset(scenario);
        QVERIFY(document.result() && document.result()->hasGroups());
        ui::IncomeExpenditureChart chart(&document);
        const int part = chart.groupContributionSeries().at(1);
        const QString name = chart.plottable(part)->name();
        QVERIFY2(name.size() <= 40 && name.endsWith(QChar(0x2026)), qPrintable(name));
        QVERIFY(name.startsWith("<b>Own-account</b> workers & co")); // shown as typed
        // The read-out gives the whole title, escaped.
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        ui::BeneficiariesChart beneficiaries(&document);
        layout->addWidget(&beneficiaries);
        showAndLayOut(window, beneficiaries);
        QCPAxisRect* rect = beneficiaries.plot()->axisRect();
        sendMouseMove(beneficiaries.plot(),
                      QPointF(beneficiaries.plot()->xAxis->coordToPixel(2030), rect->center().y()));
        QVERIFY2(beneficiaries.readoutText().contains("<b>Own-account</b> workers & co " + QString(120, 'x')),
                 qPrintable(beneficiaries.readoutText()));
        layout->removeWidget(&beneficiaries);
        beneficiaries.setParent(nullptr);
    }

    void noGroups_chartsAsBefore_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QStringList>("series");
        QTest::newRow("beneficiaries")
            << "beneficiaries" << QStringList{"new_claims", "beneficiaries", "effective_coverage"};
        QTest::newRow("income") << "income"
                                << QStringList{"contributions", "investment_income", "transfers", "state_subsidy",
                                               "benefits", "other_expenditure", "admin", "balance"};
    }

    void noGroups_chartsAsBefore()
    {
        QFETCH(QString, chart);
        QFETCH(QStringList, series);
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        const core::ProjectionResult& r = *document.result();
        QVERIFY(!r.hasGroups());
        ui::BeneficiariesChart beneficiaries(&document);
        ui::IncomeExpenditureChart income(&document);
        const ChartView& view = chart == "beneficiaries" ? static_cast<ChartView&>(beneficiaries) : income;
        QCOMPARE(view.seriesCount(), int(series.size()));
        // Series, one actual marker graph each plus the legend's: the graphs of before.
        QCOMPARE(view.plot()->plottableCount(), view.seriesCount() + view.actualCount() + 1);
        for (int i = 0; i < series.size(); ++i) {
            QCOMPARE(view.seriesSpec(i).csvName, series[i]);
            QVERIFY(view.seriesSpec(i).kind != ChartView::Kind::Band);
            if (!view.isSeriesShown(i))
                continue; // transfers, the state's share: none in builtin:kelora
            const auto& names = core::columnNames();
            const auto c = std::find(names.begin(), names.end(), series[i].toStdString());
            QVERIFY(c != names.end());
            compareWithColumn(view, series[i], r, Column(c - names.begin()));
            QCOMPARE(plottedValues(view.plottable(i)).size(), r.years);
        }
        QVERIFY(beneficiaries.groupSeries().empty());
        QVERIFY(income.groupContributionSeries().empty() && income.groupBenefitSeries().empty());
        // The colours of before.
        QCOMPARE(beneficiaries.plottable(beneficiaries.seriesIndex("new_claims"))->pen().color(),
                 QColor(0xe6, 0x9f, 0x00));
        QCOMPARE(beneficiaries.plottable(beneficiaries.seriesIndex("beneficiaries"))->pen().color(),
                 QColor(0x56, 0xb4, 0xe9));
        QCOMPARE(income.plottable(income.seriesIndex("contributions"))->brush().color(), QColor(0x00, 0x9e, 0x73));
        QCOMPARE(income.plottable(income.seriesIndex("benefits"))->brush().color(), QColor(0xd5, 0x5e, 0x00));
    }

    void groupStack_groupsRemoved_chartReturnsToTheTotal()
    {
        core::Scenario scenario = core::loadScenario("builtin:kelora-extension");
        ui::ScenarioDocument document;
        document.reset(scenario);
        ui::IncomeExpenditureChart income(&document);
        ui::BeneficiariesChart beneficiaries(&document);
        QVERIFY(!income.groupContributionSeries().empty());
        scenario.groups.clear();
        document.reset(scenario);
        QVERIFY(income.groupContributionSeries().empty());
        QVERIFY(beneficiaries.groupSeries().empty());
        compareWithColumn(income, "contributions", *document.result(), Column::contributions);
        compareWithColumn(beneficiaries, "beneficiaries", *document.result(), Column::beneficiaries);
        QCOMPARE(beneficiaries.seriesCount(), 3);
        QCOMPARE(income.seriesCount(), 8);
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
