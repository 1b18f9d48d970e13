// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "chartview.h"
#include "document/safefile.h"
#include "widgets/plainmessage.h"

#include "chartchrome.h"

#include "document/scenariodocument.h"
#include "core/io/resultformat.h"
#include "core/model/datedchanges.h"
#include "valueaxisticker.h"
#include "yearaxisticker.h"

#include <qcustomplot.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace tideover::ui {

namespace {

// Half the width of a year's slot: bars and flat lines reach this far beyond the first and
// last year, and the x range keeps that margin.
constexpr double kYearMargin = 0.6;
// The narrowest zoom, in years: fewer would leave a chart of one bar.
constexpr double kMinimumSpan = 3.0;

// The scale of an axis: labels are divided by it and the unit says so ("bn VND").
struct Scale {
    double factor;
    QString unit;
};

Scale scaleFor(ResultUnit unit, double maxAbs, const QString& currency, const QString& unitText)
{
    switch (unit) {
    case ResultUnit::Money:
        if (maxAbs >= 1e12)
            return {1e-12, ChartView::tr("tn %1").arg(currency)};
        if (maxAbs >= 1e9)
            return {1e-9, ChartView::tr("bn %1").arg(currency)};
        if (maxAbs >= 1e6)
            return {1e-6, ChartView::tr("m %1").arg(currency)};
        return {1.0, currency};
    case ResultUnit::Persons:
        // The axis title says "persons"; the unit only says how many.
        if (maxAbs >= 1e6)
            return {1e-6, ChartView::tr("millions")};
        if (maxAbs >= 1e4)
            return {1e-3, ChartView::tr("thousands")};
        return {1.0, QString()};
    case ResultUnit::Percent:
        return {100.0, unitText.isEmpty() ? QStringLiteral("%") : unitText};
    case ResultUnit::Years:
        return {1.0, unitText.isEmpty() ? ChartView::tr("years") : unitText};
    case ResultUnit::Year:
    case ResultUnit::Month:
        return {1.0, QString()};
    }
    return {1.0, QString()};
}

} // namespace

ChartView::ChartView(ScenarioDocument* document, const QString& title, QWidget* parent, Source source)
    : QWidget(parent), m_document(document), m_source(source), m_title(title)
{
    m_plot = new QCustomPlot(this);
    m_plot->setMouseTracking(true); // the read-out follows the mouse without a button held
    // QCustomPlot's minimum size hint is its layout's, with the legend on one row; the legend
    // wraps to the width instead (wrapLegend), so the chart may be narrower than that.
    m_plot->setMinimumSize(320, 240);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->installEventFilter(this);

    // Title above, legend below the axis rect: a legend inside would cover data.
    auto* titleElement = new QCPTextElement(m_plot, m_title);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, titleElement);
    // The legend sits centred between two empty stretching cells, so its columns stay as
    // narrow as their text instead of spreading over the whole width.
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendRow);
    legendRow->setMargins(QMargins(8, 0, 8, 6));
    legendRow->addElement(0, 0, new QCPLayoutElement(m_plot));
    legendRow->addElement(0, 1, m_plot->legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(m_plot));
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setColumnSpacing(18);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);

    m_plot->xAxis->setTicker(QSharedPointer<YearAxisTicker>::create());
    m_plot->xAxis->grid()->setVisible(false);
    for (int a = 0; a < 2; ++a) {
        m_axes[a].ticker = QSharedPointer<ValueAxisTicker>::create();
        valueAxis(Axis(a))->setTicker(m_axes[a].ticker);
    }
    m_plot->yAxis2->grid()->setVisible(false); // one grid; two would not line up

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Years only: the value axes fit whatever years are visible, so dragging them by hand
    // would only fight that.
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDragAxes(m_plot->xAxis, m_plot->yAxis);
    m_plot->axisRect()->setRangeZoomAxes(m_plot->xAxis, m_plot->yAxis);

    m_plot->addLayer(QStringLiteral("zero"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    // Actual figures stand above the bars and lines they are compared with.
    m_plot->addLayer(QStringLiteral("actual"), m_plot->layer(QStringLiteral("zero")), QCustomPlot::limAbove);
    m_plot->addLayer(QStringLiteral("hover"), m_plot->layer(QStringLiteral("legend")), QCustomPlot::limAbove);
    m_hoverLayer = m_plot->layer(QStringLiteral("hover"));
    // Its own buffer, so moving the mouse redraws the cursor, not the whole chart.
    m_hoverLayer->setMode(QCPLayer::lmBuffered);
    m_plot->addLayer(QStringLiteral("note"), m_hoverLayer, QCustomPlot::limAbove);

    m_zeroLine = new QCPItemStraightLine(m_plot);
    m_zeroLine->setLayer(QStringLiteral("zero"));
    m_zeroLine->point1->setCoords(0, 0);
    m_zeroLine->point2->setCoords(1, 0);
    m_zeroLine->setVisible(false);

    // The legend's one entry for every marker of actual figures; it has no data of its own.
    m_actualLegend = m_plot->addGraph();
    m_actualLegend->setName(tr("Actual (history)"));
    m_actualLegend->setLineStyle(QCPGraph::lsNone);
    m_actualLegend->setSelectable(QCP::stNone);
    m_actualLegend->removeFromLegend();

    m_hoverLine = new QCPItemStraightLine(m_plot);
    m_hoverLine->setLayer(m_hoverLayer);
    m_hoverLine->setVisible(false);

    // The note stands just above the axis rect, in a row made for it while it shows, so it
    // never covers data; it is part of the plot so that exports carry it too.
    m_note = new QCPItemText(m_plot);
    m_note->setLayer(QStringLiteral("note"));
    m_note->setClipToAxisRect(false);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.0);
    m_note->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
    m_note->setPadding(QMargins(10, 5, 10, 5));
    m_note->setVisible(false);

    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &ChartView::onXRangeChanged);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartView::onMouseMove);
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] { m_replotted = true; });
    connect(m_plot, &QCustomPlot::beforeReplot, this, &ChartView::wrapLegend);
    connect(m_plot, &QCustomPlot::beforeReplot, this, &ChartView::wrapNote);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { resetView(); });
    connect(m_plot, &QWidget::customContextMenuRequested, this, &ChartView::showContextMenu);

    // The row above the plot: the read-out, then the view and export buttons.
    m_readout = chartchrome::makeReadout(this);
    m_readout->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_readout->installEventFilter(this);

    auto* resetAction = new QAction(tr("Reset view"), this);
    resetAction->setToolTip(tr("Show every year again (or double-click the chart)"));
    connect(resetAction, &QAction::triggered, this, &ChartView::resetView);
    auto* resetButton = new QToolButton(this);
    resetButton->setDefaultAction(resetAction);
    resetButton->setAutoRaise(true);

    m_exportMenu = chartchrome::makeExportMenu(this, [this](const QString& format) { exportWithDialog(format); },
                                               tr("Data (CSV)…"));
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(resetAction);
    auto* exportButton =
        chartchrome::makeExportButton(this, m_exportMenu, tr("Save this chart as an image, a PDF or its data as CSV"));

    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 2, 2, 0);
    top->addWidget(m_readout, 1);
    top->addWidget(resetButton, 0, Qt::AlignTop);
    top->addWidget(exportButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);

    setHoverYear(std::nullopt);
    applyTheme();
    // Subclasses add their series in their constructors and then call refresh(); the
    // connection is made here so that every chart follows its document.
    if (m_document && m_source == Source::Projection)
        connect(m_document, &ScenarioDocument::resultsChanged, this, &ChartView::refresh);
}

ChartView::~ChartView() = default;

QCPAxis* ChartView::valueAxis(Axis axis) const
{
    return axis == Axis::Left ? m_plot->yAxis : m_plot->yAxis2;
}

int ChartView::seriesIndex(const QString& csvName) const
{
    for (std::size_t i = 0; i < m_series.size(); ++i)
        if (m_series[i].spec.csvName == csvName)
            return int(i);
    return -1;
}

QCPRange ChartView::fullYearRange() const
{
    if (m_yearCount <= 0)
        return QCPRange(0, 1);
    return QCPRange(shownFirstYear() - kYearMargin, shownLastYear() + kYearMargin);
}

int ChartView::shownFirstYear() const
{
    int first = m_firstYear;
    if (m_hasData)
        for (const Actual& a : m_actuals)
            if (!a.values.empty())
                first = std::min(first, a.values.begin()->first);
    return first;
}

int ChartView::shownLastYear() const
{
    int last = m_firstYear + m_yearCount - 1;
    if (m_hasData)
        for (const Actual& a : m_actuals)
            if (!a.values.empty())
                last = std::max(last, a.values.rbegin()->first);
    return last;
}

int ChartView::actualIndex(const QString& csvName) const
{
    for (std::size_t i = 0; i < m_actuals.size(); ++i)
        if (m_actuals[i].spec.csvName == csvName)
            return int(i);
    return -1;
}

std::map<int, double> ChartView::historyValues(const core::History& history, core::HistoryColumn column)
{
    std::map<int, double> values;
    for (const auto& [year, row] : history.years)
        if (const std::optional<double> x = row[column]; x && std::isfinite(plottableValue(*x)))
            values.emplace_hint(values.end(), year, *x);
    return values;
}

std::map<int, double> ChartView::historyRatio(const core::History& history, core::HistoryColumn numerator,
                                              core::HistoryColumn denominator)
{
    std::map<int, double> values;
    for (const auto& [year, row] : history.years) {
        const std::optional<double> n = row[numerator];
        const std::optional<double> d = row[denominator];
        if (n && d && *d > 0)
            if (const double x = plottableValue(*n / *d); std::isfinite(x))
                values.emplace_hint(values.end(), year, x);
    }
    return values;
}

int ChartView::addActual(const ActualSpec& spec)
{
    Actual a;
    a.spec = spec;
    const Axis axis =
        spec.series >= 0 && spec.series < seriesCount() ? seriesSpec(spec.series).axis : Axis::Left;
    a.graph = m_plot->addGraph(m_plot->xAxis, valueAxis(axis));
    a.graph->setLayer(QStringLiteral("actual"));
    a.graph->setLineStyle(QCPGraph::lsNone);
    a.graph->setSelectable(QCP::stNone);
    a.graph->setName(spec.title);
    a.graph->removeFromLegend();
    a.graph->setVisible(false);
    m_actuals.push_back(std::move(a));
    styleActuals();
    return int(m_actuals.size()) - 1;
}

void ChartView::setActualValues(int index, std::map<int, double> values)
{
    m_actuals[std::size_t(index)].values = std::move(values);
}

double ChartView::barOffset(int series) const
{
    const Series& s = m_series[std::size_t(series)];
    if (!s.bars || s.spec.stack < 0 || !m_barsGroup)
        return 0.0;
    std::vector<int> stacks; // in the order the group places them, left to right
    for (const Series& other : m_series)
        if (other.bars && other.spec.stack >= 0 &&
            std::find(stacks.begin(), stacks.end(), other.spec.stack) == stacks.end())
            stacks.push_back(other.spec.stack);
    const auto k = double(std::find(stacks.begin(), stacks.end(), s.spec.stack) - stacks.begin());
    const double n = double(stacks.size());
    // The group's spacing is in pixels (addSeries): as years at the current zoom.
    const double pixelsPerYear = m_plot->axisRect()->width() / std::max(1e-9, m_plot->xAxis->range().size());
    const double spacing = pixelsPerYear > 0 ? m_barsGroup->spacing() / pixelsPerYear : 0.0;
    return (k - (n - 1) / 2) * (s.bars->width() + spacing);
}

double ChartView::actualHeight(const Actual& actual, int year) const
{
    const auto it = actual.values.find(year);
    if (it == actual.values.end() || actual.spec.series < 0 || actual.spec.series >= seriesCount())
        return std::nan("");
    const double value = it->second;
    const Series& s = m_series[std::size_t(actual.spec.series)];
    if (!s.bars || s.spec.stack < 0 || actual.spec.stackTotal)
        return value;
    // The segments below in the same stack, of the same sign (QCPBars stacks signs apart): as
    // drawn in the projection's years, at their actual figures (or 0) outside it.
    const bool inProjection = year >= m_firstYear && year < m_firstYear + m_yearCount;
    double base = 0;
    for (int j = 0; j < actual.spec.series; ++j) {
        const Series& below = m_series[std::size_t(j)];
        if (!below.bars || below.spec.stack != s.spec.stack || below.values.isEmpty())
            continue;
        double x = 0;
        if (inProjection) {
            x = plottableValue(below.values.value(year - m_firstYear, 0.0));
        } else {
            for (const Actual& other : m_actuals)
                if (other.spec.series == j && !other.spec.stackTotal)
                    if (const auto o = other.values.find(year); o != other.values.end())
                        x = o->second;
        }
        if (std::isfinite(x) && (x >= 0) == (value >= 0))
            base += x;
    }
    return base + value;
}

void ChartView::placeActuals()
{
    for (Actual& a : m_actuals) {
        QVector<double> keys;
        QVector<double> heights;
        // Shown even when the series is not (a state subsidy the projection does not have):
        // that difference is worth seeing.
        const bool shown =
            m_hasData && !a.values.empty() && a.spec.series >= 0 && a.spec.series < seriesCount();
        if (shown) {
            const double offset = barOffset(a.spec.series);
            for (const auto& [year, value] : a.values) {
                const double h = plottableValue(actualHeight(a, year));
                if (std::isnan(h))
                    continue;
                keys.push_back(year + offset);
                heights.push_back(h);
            }
        }
        a.graph->setData(keys, heights, true);
        a.graph->setVisible(!keys.isEmpty());
    }
}

void ChartView::styleActuals()
{
    for (Actual& a : m_actuals) {
        QColor colour = a.spec.stackTotal || a.spec.series < 0 || a.spec.series >= seriesCount()
                            ? m_style.text
                            : seriesColour(seriesSpec(a.spec.series));
        if (m_stale)
            colour = ChartStyle::blend(colour, m_style.background, 0.3);
        // The text colour's outline shows the marker on its own bar and tells it from a tracer.
        a.graph->setPen(Qt::NoPen);
        a.graph->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(m_style.text, 1.3), colour, 11));
    }
    m_actualLegend->setPen(Qt::NoPen);
    m_actualLegend->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(m_style.text, 1.3), m_style.background, 11));
}

bool ChartView::isNoteVisible() const
{
    return m_note->visible();
}

QString ChartView::noteText() const
{
    return m_note->visible() ? m_noteText : QString();
}

int ChartView::addSeries(const SeriesSpec& spec)
{
    Series s;
    s.spec = spec;
    QCPAxis* axis = valueAxis(spec.axis);
    if (spec.kind == Kind::Bars) {
        s.bars = new QCPBars(m_plot->xAxis, axis);
        s.plottable = s.bars;
        if (spec.stack >= 0) {
            for (auto it = m_series.rbegin(); it != m_series.rend(); ++it)
                if (it->bars && it->spec.stack == spec.stack) {
                    s.bars->moveAbove(it->bars);
                    break;
                }
            if (!m_barsGroup) {
                m_barsGroup = new QCPBarsGroup(m_plot);
                m_barsGroup->setSpacingType(QCPBarsGroup::stAbsolute);
                m_barsGroup->setSpacing(2);
            }
            s.bars->setBarsGroup(m_barsGroup);
        } else {
            s.bars->setWidth(0.7);
        }
    } else {
        s.graph = m_plot->addGraph(m_plot->xAxis, axis);
        s.plottable = s.graph;
        s.graph->setLineStyle(QCPGraph::lsLine);
        if ((spec.kind == Kind::BandEdge || spec.kind == Kind::Band) && spec.fillTo >= 0 &&
            spec.fillTo < int(m_series.size()))
            s.graph->setChannelFillGraph(m_series[std::size_t(spec.fillTo)].graph);
        // Placed by hand rather than bound to the graph: a bound tracer complains while the
        // graph is empty, and we know the values anyway. A band's edges get none: the read-out
        // gives their values, and five markers on one year would hide the line.
        if (spec.kind != Kind::BandEdge) {
            s.tracer = new QCPItemTracer(m_plot);
            s.tracer->setLayer(m_hoverLayer);
            s.tracer->position->setAxes(m_plot->xAxis, axis);
            s.tracer->setStyle(QCPItemTracer::tsCircle);
            s.tracer->setSize(8);
            s.tracer->setVisible(false);
        }
    }
    // A long name (a pinned scenario's title) is shortened in the legend so that an entry fits
    // a narrow chart; the read-out gives it whole.
    QString legendName = spec.legendTitle.isEmpty() ? spec.title : spec.legendTitle;
    if (constexpr int kLongest = 40; legendName.size() > kLongest)
        legendName = legendName.left(kLongest - 1).trimmed() + QStringLiteral("…");
    s.plottable->setName(legendName);
    s.plottable->setAntialiasedFill(false);
    s.plottable->setSelectable(QCP::stNone);
    m_axes[int(spec.axis)].used = true;
    axis->setVisible(true);
    axis->setTickLabels(true);
    m_series.push_back(std::move(s));
    applySeriesStyle(m_series.back());

    // Stacks share the slot of a year: each is as wide as the slot allows.
    if (m_barsGroup) {
        std::vector<int> stacks;
        for (const Series& other : m_series)
            if (other.bars && other.spec.stack >= 0 &&
                std::find(stacks.begin(), stacks.end(), other.spec.stack) == stacks.end())
                stacks.push_back(other.spec.stack);
        for (Series& other : m_series)
            if (other.bars && other.spec.stack >= 0)
                other.bars->setWidth(0.84 / double(stacks.size()));
    }
    return int(m_series.size()) - 1;
}

void ChartView::removeAllSeries()
{
    for (Series& s : m_series) {
        if (s.tracer)
            m_plot->removeItem(s.tracer);
        m_plot->removePlottable(s.plottable);
    }
    m_series.clear();
    for (Actual& a : m_actuals)
        m_plot->removePlottable(a.graph);
    m_actuals.clear();
    if (m_barsGroup) {
        delete m_barsGroup;
        m_barsGroup = nullptr;
    }
    for (AxisSetup& a : m_axes)
        a.used = false;
    m_plot->legend->clearItems();
    setHoverYear(std::nullopt);
}

void ChartView::updateData(const core::ProjectionResult&, const core::Scenario&) {}

ScenarioDocument* ChartView::document() const
{
    return m_document;
}

void ChartView::setAxisTitle(Axis axis, const QString& title, ResultUnit unit, const QString& unitText)
{
    AxisSetup& a = m_axes[int(axis)];
    a.title = title;
    a.unit = unit;
    a.unitText = unitText;
}

QVector<double> ChartView::columnValues(const core::ProjectionResult& result, core::Column column)
{
    const Eigen::ArrayXd values = result.column(column);
    return QVector<double>(values.data(), values.data() + values.size());
}

double ChartView::plottableValue(double value)
{
    // Beyond this a chart's axis range (QCustomPlot takes ranges up to 1e250) and the painter's
    // coordinates overflow: a reserve of 1e308 drew "inf" into the report's PDF. Such a value
    // is left out of the chart (a gap); the table and the CSV keep it.
    constexpr double kLargestPlotted = 1e200;
    return std::isfinite(value) && std::abs(value) <= kLargestPlotted ? value : std::nan("");
}

void ChartView::setSeriesValues(int index, const QVector<double>& values)
{
    Series& s = m_series[std::size_t(index)];
    s.values = values;
    const bool shown = !values.isEmpty();
    s.plottable->setVisible(shown);
    if (s.spec.kind == Kind::Band) {
        // The band's top is its value over the top of the band below it (a gap stays a gap).
        s.drawn = values;
        const int below = s.spec.fillTo;
        if (below >= 0 && below < index && m_series[std::size_t(below)].spec.kind == Kind::Band) {
            const QVector<double>& base = m_series[std::size_t(below)].drawn;
            for (int i = 0; i < s.drawn.size(); ++i)
                s.drawn[i] += base.value(i, std::nan(""));
        }
    }
    const QVector<double>& drawn = s.spec.kind == Kind::Band ? s.drawn : values;
    QVector<double> keys;
    QVector<double> data;
    keys.reserve(values.size() + 2);
    data.reserve(values.size() + 2);
    for (int i = 0; i < drawn.size(); ++i) {
        const double value = plottableValue(drawn[i]);
        if (s.bars && std::isnan(value))
            continue; // a line shows NaN as a gap; a bar has no gap to show
        keys.push_back(m_firstYear + i);
        data.push_back(value);
    }
    if (s.spec.kind == Kind::Reference && !data.isEmpty()) {
        // A reference spans the whole width of the bars, not just from the first year's centre;
        // the years keep their own points so the hover marker lands on them.
        keys.prepend(keys.front() - kYearMargin);
        data.prepend(data.front());
        keys.push_back(keys.back() + kYearMargin);
        data.push_back(data.back());
    }
    if (s.graph)
        s.graph->setData(keys, data, true);
    else
        s.bars->setData(keys, data, true);
}

void ChartView::showData(int firstYear, int years, const std::function<void()>& fill, bool stale,
                         const QString& note)
{
    const int oldFirst = m_firstYear;
    const int oldCount = m_yearCount;
    m_currency = m_document ? m_document->currency() : QStringLiteral("LCU");
    m_firstYear = firstYear;
    m_yearCount = std::max(0, years);
    if (m_yearCount == 0) {
        for (int i = 0; i < seriesCount(); ++i)
            setSeriesValues(i, {});
    } else if (fill) {
        fill();
    }
    if (oldFirst != m_firstYear || oldCount != m_yearCount)
        m_userZoomed = false;
    m_hasData = m_yearCount > 0;
    m_stale = stale && m_hasData;
    m_ownNote = note;
    finishUpdate();
}

void ChartView::refresh()
{
    if (m_source == Source::Own) {
        // The data are the subclass's; only the look follows (currency, theme).
        finishUpdate();
        return;
    }
    const core::ProjectionResult* result = m_document ? m_document->result() : nullptr;
    m_currency = m_document ? m_document->currency() : QStringLiteral("LCU");
    const bool stale = result && m_document->isResultStale();
    // Stale results are the earlier ones we already show; the current scenario has an error, so
    // a value read from it (a target line) would not belong to them.
    if (result && (!stale || !m_hasData)) {
        const int oldFirst = m_firstYear;
        const int oldCount = m_yearCount;
        m_firstYear = result->startYear;
        m_yearCount = result->years;
        updateData(*result, m_document->scenario());
        setMarkers(policyMarkers(m_document->scenario()));
        if (oldFirst != m_firstYear || oldCount != m_yearCount)
            m_userZoomed = false;
        m_hasData = true;
    } else if (!result) {
        setMarkers({});
        for (Actual& a : m_actuals)
            a.values.clear();
        m_yearCount = 0;
        for (int i = 0; i < seriesCount(); ++i)
            setSeriesValues(i, {});
        m_hasData = false;
        m_userZoomed = false;
    }
    m_stale = stale;
    finishUpdate();
}

std::vector<ChartView::Marker> ChartView::policyMarkers(const core::Scenario& scenario)
{
    const int first = static_cast<int>(scenario.projection.start_year);
    const int last = first + static_cast<int>(std::clamp<std::int64_t>(scenario.projection.years, 1, 100)) - 1;
    std::map<int, QString> notes; // year -> the first note found (the rule's before the rates')
    auto noteOf = [&](const char* key, int year) {
        const auto it = scenario.sources.find(core::datedKey(key, year));
        return it == scenario.sources.end() ? QString() : QString::fromStdString(it->second);
    };
    const char* ruleKeys[] = {"benefits.replacement_rates", "benefits.duration_months", "benefits.duration_shares"};
    const std::vector<core::BenefitRule> rules = core::benefitRules(scenario);
    for (std::size_t i = 1; i < rules.size(); ++i) {
        QString& note = notes[rules[i].fromYear];
        for (const char* key : ruleKeys)
            if (note.isEmpty())
                note = noteOf(key, rules[i].fromYear);
    }
    for (const char* key : {"contributions.employee_rate", "contributions.employer_rate",
                            "contributions.government_rate"}) {
        const auto it = scenario.dated.find(key);
        if (it == scenario.dated.end())
            continue;
        for (const auto& [year, value] : it->second) {
            if (year <= first || year > last)
                continue; // from the start on it is the base rate: nothing changes on the chart
            QString& note = notes[year];
            if (note.isEmpty())
                note = noteOf(key, year);
        }
    }
    std::vector<Marker> markers;
    for (const auto& [year, note] : notes) {
        // "training scenario: the 2030 reform ..." -> "the 2030 reform ...": a short prefix
        // before a colon says what kind of source it is, not what changed.
        QString text = note.simplified();
        // (French writes a space before the colon.)
        static const QRegularExpression prefix(QStringLiteral("^[^:]{1,24}:\\s+"));
        const QRegularExpressionMatch match = prefix.match(text);
        if (match.hasMatch() && match.capturedLength() < text.size())
            text = text.mid(match.capturedLength());
        constexpr qsizetype kLength = 24;
        if (text.size() > kLength) {
            text = text.left(kLength);
            const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
            if (space >= 12)
                text = text.left(space);
            text = text.trimmed() + QChar(0x2026);
        }
        markers.push_back({year, text.isEmpty() ? QString::number(year) : text, note});
    }
    return markers;
}

void ChartView::setMarkers(std::vector<Marker> markers)
{
    for (QCPItemStraightLine* line : m_markerLines)
        m_plot->removeItem(line);
    for (QCPItemText* text : m_markerTexts)
        m_plot->removeItem(text);
    m_markerLines.clear();
    m_markerTexts.clear();
    m_markers = std::move(markers);
    // Labels of years close together go on rows below one another, so they never overlap.
    std::vector<int> rowEnds; // per row, the last year whose label it holds
    m_markerRows = 0;
    for (const Marker& m : m_markers) {
        const double x = m.year - 0.5; // the line stands where the year begins
        auto* line = new QCPItemStraightLine(m_plot);
        line->setLayer(QStringLiteral("zero"));
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        m_markerLines.push_back(line);
        std::size_t row = 0;
        while (row < rowEnds.size() && m.year - rowEnds[row] < 8)
            ++row;
        if (row == rowEnds.size())
            rowEnds.push_back(m.year);
        else
            rowEnds[row] = m.year;
        m_markerRows = std::max(m_markerRows, int(row) + 1);
        auto* label = new QCPItemText(m_plot);
        label->setLayer(QStringLiteral("zero"));
        label->setText(m.label);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setAxes(m_plot->xAxis, m_plot->yAxis);
        label->position->setAxisRect(m_plot->axisRect());
        label->position->setCoords(x, 0.01 + 0.07 * double(row));
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setTextAlignment(Qt::AlignLeft);
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setClipToAxisRect(true);
        m_markerTexts.push_back(label);
    }
    styleMarkers();
}

void ChartView::styleMarkers()
{
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QCPItemStraightLine* line : m_markerLines)
        line->setPen(QPen(m_style.mutedText, 1, Qt::DashLine));
    for (QCPItemText* text : m_markerTexts) {
        text->setFont(small);
        text->setColor(m_style.text);
        QColor back = m_style.background;
        back.setAlphaF(0.85);
        text->setBrush(back);
        text->setPen(Qt::NoPen);
    }
}

void ChartView::finishUpdate()
{
    for (Series& s : m_series)
        applySeriesStyle(s);
    placeActuals();
    styleActuals();
    rebuildLegend();
    updateNote();

    m_adjustingRange = true;
    const QCPRange full = fullYearRange();
    if (!m_userZoomed)
        m_plot->xAxis->setRange(full);
    m_adjustingRange = false;
    onXRangeChanged(m_plot->xAxis->range()); // clamps a zoom into the new years and fits
    if (m_hoverYear)
        setHoverYear(m_hoverYear);
    reserveReadoutHeight();
    requestReplot();
}

void ChartView::resetView()
{
    m_userZoomed = false;
    m_adjustingRange = true;
    m_plot->xAxis->setRange(fullYearRange());
    m_adjustingRange = false;
    fitValueAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::onXRangeChanged(const QCPRange& range)
{
    if (m_adjustingRange)
        return;
    const QCPRange full = fullYearRange();
    const double span = std::clamp(range.size(), std::min(kMinimumSpan, full.size()), full.size());
    double lower = range.center() - span / 2;
    lower = std::clamp(lower, full.lower, full.upper - span);
    const QCPRange clamped(lower, lower + span);
    if (std::abs(clamped.lower - range.lower) > 1e-9 || std::abs(clamped.upper - range.upper) > 1e-9) {
        m_adjustingRange = true;
        m_plot->xAxis->setRange(clamped);
        m_adjustingRange = false;
    }
    m_userZoomed = std::abs(clamped.lower - full.lower) > 1e-6 || std::abs(clamped.upper - full.upper) > 1e-6;
    placeActuals(); // a bar's offset depends a little on the zoom (the bars' spacing is in pixels)
    fitValueAxes();
}

void ChartView::fitValueAxes()
{
    const QCPRange x = m_plot->xAxis->range();
    // Bars count while any part of them shows; lines while their point does.
    auto visible = [&](int i, bool bar) {
        const double year = m_firstYear + i;
        const double half = bar ? 0.45 : 0.0;
        return year + half >= x.lower && year - half <= x.upper;
    };
    double lo[2] = {0.0, 0.0}; // every axis shows zero: these are amounts and rates
    double hi[2] = {0.0, 0.0};
    std::map<int, std::pair<QVector<double>, QVector<double>>> stacks; // stack -> (up, down)
    for (const Series& s : m_series) {
        if (s.values.isEmpty())
            continue;
        const int a = int(s.spec.axis);
        if (s.bars && s.spec.stack >= 0) {
            auto& [up, down] = stacks[s.spec.stack];
            up.resize(s.values.size());
            down.resize(s.values.size());
            for (int i = 0; i < s.values.size(); ++i)
                if (const double v = plottableValue(s.values[i]); !std::isnan(v))
                    (v >= 0 ? up : down)[i] += v;
            continue;
        }
        // The range covers what is drawn: a value left out (plottableValue) would otherwise
        // make a range QCustomPlot refuses, and the others would be drawn off the page.
        const QVector<double>& drawn = s.spec.kind == Kind::Band ? s.drawn : s.values;
        for (int i = 0; i < drawn.size(); ++i)
            if (const double v = plottableValue(drawn[i]); !std::isnan(v) && visible(i, s.bars != nullptr)) {
                lo[a] = std::min(lo[a], v);
                hi[a] = std::max(hi[a], v);
            }
    }
    for (const Actual& a : m_actuals) {
        if (!a.graph->visible())
            continue;
        const int axis = int(seriesSpec(a.spec.series).axis);
        for (auto it = a.graph->data()->constBegin(); it != a.graph->data()->constEnd(); ++it)
            if (it->key >= x.lower && it->key <= x.upper && std::isfinite(it->value)) {
                lo[axis] = std::min(lo[axis], it->value);
                hi[axis] = std::max(hi[axis], it->value);
            }
    }
    for (const auto& [stack, sums] : stacks) {
        int a = 0;
        for (const Series& s : m_series)
            if (s.bars && s.spec.stack == stack)
                a = int(s.spec.axis);
        for (int i = 0; i < sums.first.size(); ++i)
            if (visible(i, true)) {
                hi[a] = std::max(hi[a], sums.first[i]);
                lo[a] = std::min(lo[a], sums.second[i]);
            }
    }
    for (int a = 0; a < 2; ++a) {
        hi[a] = std::max(hi[a], m_axes[a].minimumTop);
        double span = hi[a] - lo[a];
        if (!(span > 0)) {
            // Nothing but zeros: a range that shows zero near the bottom with sane ticks.
            hi[a] = m_axes[a].unit == ResultUnit::Percent ? 0.01 : 1.0;
            span = hi[a];
        }
        // Room above the highest value (and below the lowest) so nothing touches the frame, and
        // for the labels of the policy markers at the top.
        hi[a] += (0.08 + (m_markerRows > 0 ? 0.02 + 0.08 * m_markerRows : 0.0)) * span;
        if (lo[a] < 0)
            lo[a] -= 0.08 * span;
    }
    if (m_alignZeros && m_axes[0].used && m_axes[1].used) {
        const double f = std::max(-lo[0] / (hi[0] - lo[0]), -lo[1] / (hi[1] - lo[1]));
        if (f > 0 && f < 1)
            for (int a = 0; a < 2; ++a) {
                const double size = std::max(hi[a] / (1 - f), -lo[a] / f);
                lo[a] = -f * size;
                hi[a] = (1 - f) * size;
            }
    }
    for (int a = 0; a < 2; ++a) {
        AxisSetup& setup = m_axes[a];
        QCPAxis* axis = valueAxis(Axis(a));
        axis->setRange(lo[a], hi[a]);
        const Scale scale =
            scaleFor(setup.unit, std::max(std::abs(lo[a]), std::abs(hi[a])), m_currency, setup.unitText);
        setup.ticker->setFactor(scale.factor);
        setup.ticker->setLocale(locale());
        axis->setLabel(scale.unit.isEmpty() ? setup.title
                                            : QStringLiteral("%1 (%2)").arg(setup.title, scale.unit));
    }
    m_zeroLine->setVisible(m_hasData && lo[0] < 0);
}

void ChartView::applyTheme()
{
    m_style = ChartStyle::fromPalette(palette());
    const ChartStyle& st = m_style;
    m_plot->setBackground(st.background);
    m_plot->axisRect()->setBackground(st.background);
    const QFont labelFont = font();
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        chartchrome::themeAxis(axis, st, labelFont);
        axis->grid()->setPen(QPen(st.grid, 1, Qt::SolidLine));
        axis->grid()->setZeroLinePen(Qt::NoPen); // our own zero line shows only when it matters
    }
    m_plot->xAxis->setSubTicks(true);
    m_plot->xAxis2->setVisible(false);
    chartchrome::themeTitle(m_plot, st, labelFont, 1.15);
    m_plot->legend->setTextColor(st.text);
    m_plot->legend->setFont(labelFont);
    m_plot->legend->setIconBorderPen(Qt::NoPen);
    m_zeroLine->setPen(QPen(st.text, 1.2));
    m_hoverLine->setPen(QPen(st.mutedText, 1, Qt::DotLine));
    styleMarkers();
    m_note->setColor(st.noteText);
    m_note->setBrush(st.noteBackground);
    m_note->setPen(QPen(ChartStyle::blend(st.noteText, st.noteBackground, 0.4), 1));
    QFont noteFont = font();
    noteFont.setBold(true);
    m_note->setFont(noteFont);
    for (Series& s : m_series)
        applySeriesStyle(s);
    styleActuals();
    setHoverYear(m_hoverYear); // the read-out's colours are in its rich text
}

QColor ChartView::seriesColour(const SeriesSpec& spec) const
{
    return spec.kind == Kind::Reference || !spec.colour.isValid() ? m_style.text : spec.colour;
}

void ChartView::applySeriesStyle(Series& s)
{
    QColor colour = seriesColour(s.spec);
    // Out-of-date results fade towards the background: still readable, visibly not current.
    if (m_stale)
        colour = ChartStyle::blend(colour, m_style.background, 0.3);
    switch (s.spec.kind) {
    case Kind::Line:
        s.graph->setPen(QPen(colour, s.spec.lineWidth, s.spec.penStyle, Qt::RoundCap, Qt::RoundJoin));
        break;
    case Kind::BandEdge: {
        // A band fades from its own colour, not from the faded one: twice faded it would vanish.
        const QColor base = seriesColour(s.spec);
        const double opacity = m_stale ? 0.5 * s.spec.fillOpacity : s.spec.fillOpacity;
        const QColor fill = ChartStyle::blend(base, m_style.background, opacity);
        s.graph->setPen(QPen(ChartStyle::blend(base, m_style.background, std::min(1.0, opacity + 0.25)), 1));
        s.graph->setBrush(s.spec.fillTo >= 0 ? QBrush(fill) : QBrush(Qt::NoBrush));
        break;
    }
    case Kind::Band: {
        // Filled in a lighter shade of its colour, so the lines drawn over the bands stay
        // readable; the edge in the colour itself.
        const QColor base = seriesColour(s.spec);
        const double opacity = m_stale ? 0.5 * s.spec.fillOpacity : s.spec.fillOpacity;
        s.graph->setPen(QPen(colour, 1.2));
        s.graph->setBrush(ChartStyle::blend(base, m_style.background, opacity));
        break;
    }
    case Kind::Reference:
        s.graph->setPen(QPen(colour, 1.5, Qt::DashLine));
        break;
    case Kind::Bars:
        s.bars->setPen(Qt::NoPen);
        s.bars->setBrush(colour);
        break;
    }
    if (s.tracer) {
        s.tracer->setPen(QPen(colour, 2));
        s.tracer->setBrush(m_style.background);
    }
}

void ChartView::rebuildLegend()
{
    // Rebuilt rather than toggled so a series that reappears keeps its place.
    m_plot->legend->clearItems();
    for (const Series& s : m_series)
        if (!s.values.isEmpty() && s.spec.inLegend)
            s.plottable->addToLegend();
    if (std::any_of(m_actuals.begin(), m_actuals.end(), [](const Actual& a) { return a.graph->visible(); }))
        m_actualLegend->addToLegend();
}

void ChartView::wrapLegend()
{
    // The title too, on as many lines as the chart's width needs.
    if (auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        title->setText(chartchrome::wrapText(m_title, QFontMetrics(title->font()), m_plot->viewport().width() - 16));
    // As many legend entries on a row as the width allows, the rest on further rows.
    chartchrome::wrapLegend(m_plot->legend, m_plot->viewport().width() - 40, font());
}

void ChartView::updateNote()
{
    bool visible = false;
    if (m_source == Source::Own) {
        m_noteText = m_ownNote;
        visible = !m_ownNote.isEmpty();
    } else if (!m_hasData) {
        m_noteText = tr("No results: the scenario has errors");
        visible = m_document != nullptr;
    } else {
        m_noteText = tr("Results are out of date: fix the marked value");
        visible = m_stale;
    }
    m_note->setVisible(visible);
    QCPLayoutGrid* layout = m_plot->plotLayout();
    if (visible && !m_noteRow) {
        layout->insertRow(1);
        m_noteRow = new QCPLayoutElement(m_plot);
        layout->addElement(1, 0, m_noteRow);
        layout->setRowStretchFactor(1, 0.001);
    } else if (!visible && m_noteRow) {
        layout->remove(m_noteRow);
        layout->simplify();
        m_noteRow = nullptr;
    }
    wrapNote();
}

void ChartView::wrapNote()
{
    if (!m_noteRow)
        return;
    const QFontMetrics metrics(m_note->font());
    // Centred on the axes, which the value axis's labels push off the chart's centre.
    const QRect viewport = m_plot->viewport();
    const int centre = m_plot->axisRect()->rect().center().x();
    const int width = 2 * std::min(centre - viewport.left(), viewport.right() - centre) - m_note->padding().left() -
                      m_note->padding().right() - 8;
    const QString wrapped = chartchrome::wrapText(m_noteText, metrics, width);
    m_note->setText(wrapped);
    const int height = int(wrapped.count(QLatin1Char('\n')) + 1) * metrics.lineSpacing() + m_note->padding().top() +
                       m_note->padding().bottom() + 6;
    m_noteRow->setMinimumSize(0, height);
}

void ChartView::onMouseMove(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (!m_hasData || !m_plot->axisRect()->rect().contains(pos.toPoint())) {
        setHoverYear(std::nullopt);
        return;
    }
    const int year = int(std::lround(m_plot->xAxis->pixelToCoord(pos.x())));
    setHoverYear(std::clamp(year, shownFirstYear(), shownLastYear()));
}

QString ChartView::readoutHtml(int year, QString* plainText) const
{
    const int i = year - m_firstYear;
    const bool inProjection = i >= 0 && i < m_yearCount;
    // The actual figure of a series in this year, when it has one.
    auto actualOf = [&](const Actual& a) -> std::optional<double> {
        const auto it = a.values.find(year);
        if (it == a.values.end() || !a.graph->visible())
            return std::nullopt;
        return it->second;
    };
    auto cell = [](const QString& value) {
        return value.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    };
    QStringList plain;
    QStringList rich;
    std::vector<bool> told(m_actuals.size(), false);
    for (std::size_t si = 0; si < m_series.size(); ++si) {
        const Series& s = m_series[si];
        if (s.values.isEmpty() || !inProjection)
            continue;
        const QString value =
            ResultsTableModel::formatValue(s.spec.unit, s.values.value(i, std::nan("")), m_currency, true);
        // The series' actual figure follows its value: "Benefits: 16.2 bn LCU (actual 15.9 bn LCU)".
        QString actualText;
        for (std::size_t ai = 0; ai < m_actuals.size(); ++ai) {
            const Actual& a = m_actuals[ai];
            if (a.spec.series != int(si) || a.spec.stackTotal || a.spec.separate)
                continue;
            if (const std::optional<double> x = actualOf(a)) {
                actualText = ResultsTableModel::formatValue(s.spec.unit, *x, m_currency, true);
                told[ai] = true;
            }
        }
        if (actualText.isEmpty()) {
            plain << QStringLiteral("%1: %2").arg(s.spec.title, value);
            rich << QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2:&nbsp;<b>%3</b>")
                        .arg(seriesColour(s.spec).name(), s.spec.title.toHtmlEscaped(), cell(value));
        } else {
            plain << QStringLiteral("%1: %2").arg(s.spec.title, tr("%1 (actual %2)").arg(value, actualText));
            rich << QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2:&nbsp;<b>%3</b>&nbsp;%4")
                        .arg(seriesColour(s.spec).name(), s.spec.title.toHtmlEscaped(), cell(value),
                             cell(tr("(actual %1)").arg(actualText)));
        }
    }
    // The other actual figures of the year (outside the projection, a total, a series not
    // drawn), each with its marker's colour and shape.
    for (std::size_t ai = 0; ai < m_actuals.size(); ++ai) {
        const Actual& a = m_actuals[ai];
        const std::optional<double> x = actualOf(a);
        if (!x || told[ai])
            continue;
        const SeriesSpec& spec = seriesSpec(a.spec.series);
        const QString value = ResultsTableModel::formatValue(spec.unit, *x, m_currency, true);
        const QColor colour = a.spec.stackTotal ? m_style.text : seriesColour(spec);
        plain << QStringLiteral("%1: %2").arg(a.spec.title, value);
        rich << QStringLiteral("<span style='color:%1'>&#9670;</span>&nbsp;%2:&nbsp;<b>%3</b>")
                    .arg(colour.name(), a.spec.title.toHtmlEscaped(), cell(value));
    }
    if (plainText)
        *plainText = QStringLiteral("%1: %2").arg(QString::number(year), plain.join(QStringLiteral(", ")));
    return QStringLiteral("<b>%1</b>&nbsp;&nbsp; %2")
        .arg(QString::number(year), rich.join(QStringLiteral(" &nbsp;&nbsp; ")));
}

void ChartView::reserveReadoutHeight()
{
    // The read-out keeps the height of its longest text at this width, so the plot below does
    // not jump as the mouse moves from year to year.
    // A chart on a hidden tab has not been laid out, so its width means nothing: it gets its
    // height when it is shown (a resize comes then). Reserved at a made-up narrow width, a
    // hidden chart's read-out made the whole window taller than a laptop's screen.
    const int width = m_readout->contentsRect().width();
    int height = 2 * fontMetrics().lineSpacing();
    if (m_hasData && width > 50 && m_readout->isVisible()) {
        QTextDocument document;
        document.setDefaultFont(m_readout->font());
        document.setDocumentMargin(0);
        document.setTextWidth(width);
        for (int year :
             {shownFirstYear(), m_firstYear, m_firstYear + m_yearCount / 2, m_firstYear + m_yearCount - 1}) {
            document.setHtml(readoutHtml(year, nullptr));
            height = std::max(height, int(std::ceil(document.size().height())));
        }
    }
    height += 4;
    if (m_readout->minimumHeight() != height)
        m_readout->setMinimumHeight(height);
}

void ChartView::setHoverYear(std::optional<int> year)
{
    const bool changed = year != m_hoverYear;
    m_hoverYear = year;
    if (!year || !m_hasData) {
        m_hoverYear.reset();
        m_readoutPlain.clear();
        m_readout->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(m_style.mutedText.name(),
                                    tr("Point at the chart to read a year's values. Drag to move "
                                       "through the years, scroll to zoom, double-click to see them all.")
                                        .toHtmlEscaped()));
        m_hoverLine->setVisible(false);
        for (Series& s : m_series)
            if (s.tracer)
                s.tracer->setVisible(false);
    } else {
        const int i = *year - m_firstYear;
        for (Series& s : m_series)
            if (s.tracer) {
                const double v = (s.spec.kind == Kind::Band ? s.drawn : s.values).value(i, std::nan(""));
                s.tracer->setVisible(!s.values.isEmpty() && std::isfinite(v));
                s.tracer->position->setCoords(*year, std::isfinite(v) ? v : 0.0);
            }
        m_readout->setText(readoutHtml(*year, &m_readoutPlain));
        m_hoverLine->point1->setCoords(*year, 0);
        m_hoverLine->point2->setCoords(*year, 1);
        m_hoverLine->setVisible(true);
    }
    // Before the first replot the layer has no buffer to draw into; that replot draws it.
    if (changed && m_replotted)
        m_hoverLayer->replot();
}

void ChartView::requestReplot()
{
    // A hidden tab is drawn when it is shown: five charts redrawn for one edit would be waste.
    if (isVisible())
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    else
        m_replotPending = true;
}

void ChartView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_replotPending) {
        m_replotPending = false;
        m_plot->replot();
    }
}

void ChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyTheme();
        requestReplot();
    }
}

bool ChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        setHoverYear(std::nullopt);
    else if (watched == m_readout && event->type() == QEvent::Resize)
        reserveReadoutHeight();
    return QWidget::eventFilter(watched, event);
}

QSize ChartView::exportSize(const QSize& requested) const
{
    if (requested.isValid() && !requested.isEmpty())
        return requested;
    // A chart that was never laid out has a meaningless size; use a typical screen size.
    if (m_plot->width() >= 200 && m_plot->height() >= 150)
        return m_plot->size();
    return QSize(1200, 700);
}

bool ChartView::exportPng(const QString& path, QString* error, const QSize& size)
{
    const QSize s = exportSize(size);
    const std::optional<int> hover = m_hoverYear;
    setHoverYear(std::nullopt); // the cursor is not part of the chart
    const bool ok = m_plot->savePng(path, s.width(), s.height());
    setHoverYear(hover);
    m_plot->replot(QCustomPlot::rpQueuedReplot); // the export laid the plot out at its own size
    if (!ok && error)
        *error = tr("Could not write the image %1. Check that the folder exists and you may write to it.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}

bool ChartView::exportPdf(const QString& path, QString* error, const QSize& size)
{
    const QSize s = exportSize(size);
    const std::optional<int> hover = m_hoverYear;
    setHoverYear(std::nullopt);
    const bool ok = m_plot->savePdf(path, s.width(), s.height(), QCP::epAllowCosmetic,
                                    QStringLiteral("Tideover"), m_title);
    setHoverYear(hover);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    // QPdfWriter reports no failure; an empty or missing file is one.
    const bool written = ok && QFileInfo(path).size() > 0;
    if (!written && error)
        *error = tr("Could not write the PDF %1. Check that the folder exists and you may write to it.")
                     .arg(QDir::toNativeSeparators(path));
    return written;
}

QString ChartView::csvText() const
{
    QString text = QStringLiteral("year");
    for (const Series& s : m_series)
        if (!s.values.isEmpty())
            text += QLatin1Char(',') + s.spec.csvName;
    std::vector<const Actual*> actuals;
    for (const Actual& a : m_actuals)
        if (a.graph->visible()) {
            actuals.push_back(&a);
            text += QLatin1Char(',') + a.spec.csvName;
        }
    text += QLatin1Char('\n');
    if (m_yearCount <= 0)
        return text;
    // The years shown: the projection's, and those of the actual figures before or after it.
    for (int year = shownFirstYear(); year <= shownLastYear(); ++year) {
        const int i = year - m_firstYear;
        text += QString::number(year);
        for (const Series& s : m_series)
            if (!s.values.isEmpty())
                text += QLatin1Char(',') +
                        QString::fromStdString(core::formatCell(s.values.value(i, std::nan(""))));
        for (const Actual* a : actuals) {
            const auto it = a->values.find(year);
            text +=
                QLatin1Char(',') +
                QString::fromStdString(core::formatCell(it == a->values.end() ? std::nan("") : it->second));
        }
        text += QLatin1Char('\n');
    }
    return text;
}

bool ChartView::exportCsv(const QString& path, QString* error) const
{
    return writeFileSafely(path, csvText().toUtf8(), error);
}

void ChartView::exportWithDialog(const QString& what)
{
    if (m_stale &&
        QMessageBox::question(this, tr("Export out-of-date results?"),
                              tr("The scenario has an error, so this chart shows the last valid results, "
                                 "not the current values. Export them anyway?")) != QMessageBox::Yes)
        return;
    QString filter;
    QString caption;
    if (what == QLatin1String("png")) {
        caption = tr("Export chart as image");
        filter = tr("PNG images (*.png)");
    } else if (what == QLatin1String("pdf")) {
        caption = tr("Export chart as PDF");
        filter = tr("PDF documents (*.pdf)");
    } else {
        caption = tr("Export chart data as CSV");
        filter = tr("CSV files (*.csv)");
    }
    const QString scenario = m_document ? QFileInfo(m_document->displayName()).completeBaseName() : QString();
    QString name = scenario.isEmpty() ? m_title : QStringLiteral("%1 - %2").arg(scenario, m_title);
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, caption,
                                                QDir(dir).filePath(name + QLatin1Char('.') + what), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + what;
    QString error;
    bool ok = false;
    if (what == QLatin1String("png"))
        ok = exportPng(path, &error);
    else if (what == QLatin1String("pdf"))
        ok = exportPdf(path, &error);
    else
        ok = exportCsv(path, &error);
    if (!ok)
        plainWarning(this, caption, error);
}

void ChartView::showContextMenu(const QPoint& pos)
{
    m_exportMenu->popup(m_plot->mapToGlobal(pos));
}

} // namespace tideover::ui
