// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "sparklinechart.h"

#include "charts/chartstyle.h"
#include "format/monitoringtext.h"
#include "models/monitoringtablemodel.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace tideover::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The value axis labels an indicator as the table does, with fewer decimals.
class IndicatorTicker : public QCPAxisTicker {
public:
    explicit IndicatorTicker(int indicator) : m_indicator(indicator) { setTickCount(3); }

protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        switch (MonitoringText::indicatorUnit(m_indicator)) {
        case MonitoringText::Unit::Percent: {
            const double points = tick * 100;
            return QLocale().toString(points, 'f', std::abs(points) < 10 && points != std::round(points) ? 1 : 0) +
                   QStringLiteral(" %");
        }
        case MonitoringText::Unit::Years:
        case MonitoringText::Unit::Multiple:
            return QLocale().toString(tick, 'g', 3);
        }
        return {};
    }

private:
    int m_indicator;
};

}  // namespace

SparklineChart::SparklineChart(int indicator, QWidget* parent) : QWidget(parent), m_indicator(indicator)
{
    setObjectName(QStringLiteral("sparkline.%1").arg(indicator));
    m_title = new QLabel(MonitoringText::indicatorUnit(indicator) == MonitoringText::Unit::Years
                             ? tr("%1 (years)").arg(MonitoringText::indicatorTitle(indicator))
                             : MonitoringText::indicatorTitle(indicator),
                         this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setObjectName(QStringLiteral("sparklineCaption"));
    // The caption never widens the grid's cells: a narrow cell cuts it.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setToolTip(QStringLiteral("<b>%1</b><br/>%2")
                   .arg(MonitoringText::indicatorTitle(indicator).toHtmlEscaped(),
                        MonitoringText::indicatorDefinition(indicator).toHtmlEscaped()));

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(64);
    m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions({});
    m_plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    m_plot->axisRect()->setMargins(QMargins(0, 6, 16, 0));
    m_plot->xAxis2->setVisible(false);
    m_plot->yAxis2->setVisible(false);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setSubTicks(false);
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(3);
        axis->setPadding(2);
    }
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new IndicatorTicker(indicator)));
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    m_plot->xAxis->grid()->setVisible(false);

    m_projectedGraph = m_plot->addGraph();
    m_projectedGraph->setLineStyle(QCPGraph::lsLine);
    m_actualGraph = m_plot->addGraph();
    m_actualGraph->setLineStyle(QCPGraph::lsNone);
    m_split = new QCPItemStraightLine(m_plot);
    m_split->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(1);
    layout->addWidget(m_title);
    layout->addWidget(m_caption);
    layout->addWidget(m_plot, 1);
    applyStyle();
}

QString SparklineChart::title() const { return m_title->text(); }

QString SparklineChart::caption() const { return m_caption->text(); }

void SparklineChart::setData(const MonitoringTableModel& model)
{
    m_firstYear = model.firstYear();
    const int years = model.rowCount() > 0 ? model.lastYear() - model.firstYear() + 1 : 0;
    m_actual = QVector<double>(years, kNaN);
    m_projected = QVector<double>(years, kNaN);
    QVector<double> x(years);
    std::optional<int> lastActual;
    std::optional<int> lastProjected;
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < years; ++i) {
        const int year = m_firstYear + i;
        x[i] = year;
        if (const auto v = model.value(year, m_indicator); v && v->actual) {
            m_actual[i] = v->value;
            lastActual = i;
        }
        if (const auto p = model.projectedValue(year, m_indicator)) {
            m_projected[i] = *p;
            lastProjected = i;
        }
        for (double v : {m_actual[i], m_projected[i]})
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    }
    m_projectedGraph->setData(x, m_projected, true);
    m_actualGraph->setData(x, m_actual, true);

    auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_plot->xAxis->ticker());
    ticker->clear();
    if (years > 0) {
        ticker->addTick(m_firstYear, QString::number(m_firstYear));
        ticker->addTick(m_firstYear + years - 1, QString::number(m_firstYear + years - 1));
        m_plot->xAxis->setRange(m_firstYear - 0.5, m_firstYear + years - 0.5);
    }
    // A line between the history's years and the projection's, when both are shown.
    const bool split = model.hasHistory() && model.projectionStart() > m_firstYear;
    m_split->setVisible(split);
    if (split) {
        m_split->point1->setCoords(model.projectionStart() - 0.5, 0);
        m_split->point2->setCoords(model.projectionStart() - 0.5, 1);
        if (model.projectionStart() - m_firstYear >= 3 && model.projectionStart() < m_firstYear + years - 3)
            ticker->addTick(model.projectionStart(), QString::number(model.projectionStart()));
    }
    if (std::isfinite(low)) {
        // Rates from 0, so that a small change looks small; a reserve may be negative.
        if (low > 0 && MonitoringText::indicatorUnit(m_indicator) == MonitoringText::Unit::Percent)
            low = 0;
        const double span = high - low;
        const double pad = span > 0 ? span * 0.08 : std::max(std::abs(high) * 0.1, 1e-3);
        m_plot->yAxis->setRange(low - (low < 0 ? pad : 0), high + pad);
    } else {
        m_plot->yAxis->setRange(0, 1);
    }

    QStringList parts;
    if (lastActual)
        parts << tr("● %1: %2")
                     .arg(m_firstYear + *lastActual)
                     .arg(MonitoringText::formatIndicator(m_indicator, m_actual[*lastActual], true));
    if (lastProjected)
        parts << tr("%1: %2")
                     .arg(m_firstYear + *lastProjected)
                     .arg(MonitoringText::formatIndicator(m_indicator, m_projected[*lastProjected], true));
    m_caption->setText(parts.isEmpty() ? tr("not known") : parts.join(QStringLiteral("   ")));
    m_stale = model.isStale();
    applyStyle();
}

void SparklineChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && m_plot)
        applyStyle();
}

void SparklineChart::applyStyle()
{
    // Ticks a little smaller than the title and caption; all follow the widget's font, which
    // projector mode enlarges.
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.8));
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis})
        axis->setTickLabelFont(small);
    const ChartStyle style = ChartStyle::fromPalette(palette());
    QColor projected = ChartStyle::series(ChartStyle::Series::Blue);
    QColor actual = ChartStyle::series(ChartStyle::Series::Vermillion);
    if (style.dark)
        projected = ChartStyle::series(ChartStyle::Series::SkyBlue);
    if (m_stale) {
        projected = ChartStyle::blend(projected, style.background, 0.3);
        actual = ChartStyle::blend(actual, style.background, 0.3);
    }
    m_plot->setBackground(style.background);
    m_plot->axisRect()->setBackground(style.background);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(style.mutedText, 1));
        axis->setTickPen(QPen(style.mutedText, 1));
        axis->setTickLabelColor(style.mutedText);
        axis->grid()->setPen(QPen(style.subGrid, 1));
        axis->grid()->setZeroLinePen(QPen(style.grid, 1));
    }
    m_projectedGraph->setPen(QPen(projected, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_actualGraph->setPen(QPen(actual));
    m_actualGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, actual, actual, 5));
    m_split->setPen(QPen(style.grid, 1, Qt::DashLine));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

SparklineGrid::SparklineGrid(int minimumCellWidth, QWidget* parent)
    : QWidget(parent), m_minimumCellWidth(minimumCellWidth)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
}

void SparklineGrid::addChart(QWidget* chart)
{
    chart->setParent(this);
    m_charts << chart;
    relayout(std::max(1, m_columns));
}

void SparklineGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int columns = std::clamp(event->size().width() / std::max(1, m_minimumCellWidth), 1,
                                   std::max(1, int(m_charts.size())));
    if (columns != m_columns)
        relayout(columns);
}

void SparklineGrid::relayout(int columns)
{
    m_columns = columns;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    for (int i = 0; i < m_charts.size(); ++i)
        m_grid->addWidget(m_charts[i], i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
}

}  // namespace tideover::ui
