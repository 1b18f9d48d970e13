// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "workerincomechart.h"

#include "charts/chartchrome.h"
#include "charts/valueaxisticker.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace tideover::ui {

namespace {

// Money axis scale, with ChartView's unit words ("m LCU").
std::pair<double, QString> moneyScale(double maxAbs, const QString& currency)
{
    const char* context = "tideover::ui::ChartView";
    if (maxAbs >= 1e12)
        return {1e-12, QCoreApplication::translate(context, "tn %1").arg(currency)};
    if (maxAbs >= 1e9)
        return {1e-9, QCoreApplication::translate(context, "bn %1").arg(currency)};
    if (maxAbs >= 1e6)
        return {1e-6, QCoreApplication::translate(context, "m %1").arg(currency)};
    return {1.0, currency};
}

} // namespace

WorkerIncomeChart::WorkerIncomeChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workerIncomeChart"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("workerIncomePlot"));
    m_plot->setMinimumSize(320, 200);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, tr("Income month by month after the lay-off")));
    auto months = QSharedPointer<QCPAxisTickerFixed>::create();
    months->setTickStep(3);
    months->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(months);
    m_plot->xAxis->setLabel(tr("Month of unemployment"));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setSubTicks(false);
    m_plot->yAxis->setTicker(QSharedPointer<ValueAxisTicker>::create());
    const QString names[kSources] = {tr("Severance pay"), tr("Insurance"), tr("Savings account"),
                                     tr("Solidarity top-up"), tr("Assistance")};
    for (int s = 0; s < kSources; ++s) {
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(names[s]);
        bars->setWidth(0.8);
        bars->setAntialiased(false);
        bars->setSelectable(QCP::stNone);
        if (s > 0)
            bars->moveAbove(m_bars[std::size_t(s - 1)]);
        m_bars[std::size_t(s)] = bars;
    }
    m_wage = m_plot->addGraph();
    m_wage->setName(tr("Wage before the lay-off"));
    m_wage->setLineStyle(QCPGraph::lsStepCenter);
    m_wage->setSelectable(QCP::stNone);
    m_plot->legend->setVisible(true);
    auto* legendGrid = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendGrid);
    legendGrid->setMargins(QMargins(0, 0, 0, 0));
    legendGrid->addElement(0, 0, m_plot->legend);
    m_plot->legend->setWrap(2);  // two columns: the names are long in French and Vietnamese
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    applyTheme();
    clear();
}

void WorkerIncomeChart::clear()
{
    for (QCPBars* b : m_bars)
        b->data()->clear();
    m_wage->data()->clear();
    m_plot->xAxis->setRange(0.4, 24.6);
    m_plot->yAxis->setRange(0, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WorkerIncomeChart::setSourcesShown(const std::array<bool, kSources>& shown)
{
    // Entries in the sources' order, the wage's line last.
    for (QCPBars* bars : m_bars)
        bars->removeFromLegend();
    m_wage->removeFromLegend();
    for (int s = 0; s < kSources; ++s) {
        m_bars[std::size_t(s)]->setVisible(shown[std::size_t(s)]);
        if (shown[std::size_t(s)])
            m_bars[std::size_t(s)]->addToLegend();
    }
    m_wage->addToLegend();
}

void WorkerIncomeChart::setView(const core::WorkerView& view, const QString& currency, bool stale)
{
    m_stale = stale;
    applyTheme();
    const int n = int(view.months.size());
    QVector<double> keys(n), values[kSources];
    double top = view.wage;
    for (int k = 0; k < n; ++k) {
        const core::WorkerMonth& m = view.months[std::size_t(k)];
        keys[k] = m.month;
        values[Severance] << m.severance;
        values[Insurance] << m.insurance;
        values[Savings] << m.savings;
        values[Solidarity] << m.solidarity;
        values[Assistance] << m.assistance;
        top = std::max(top, m.total());
    }
    for (int s = 0; s < kSources; ++s)
        m_bars[std::size_t(s)]->setData(keys, values[s], true);
    // The wage as a flat line across the months, from the left edge of the first bar to the
    // right edge of the last.
    QVector<double> wageKeys, wageValues;
    if (n > 0) {
        wageKeys << 0.5 << keys << n + 0.5;
        wageValues = QVector<double>(n + 2, view.wage);
    }
    m_wage->setData(wageKeys, wageValues, true);
    m_wage->setLineStyle(QCPGraph::lsLine);
    const auto [factor, unit] = moneyScale(top, currency);
    auto* ticker = static_cast<ValueAxisTicker*>(m_plot->yAxis->ticker().data());
    ticker->setFactor(factor);
    ticker->setLocale(locale());
    m_plot->yAxis->setLabel(tr("Per month (%1)").arg(unit));
    m_plot->xAxis->setRange(0.4, std::max(n, 1) + 0.6);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WorkerIncomeChart::applyTheme()
{
    m_style = ChartStyle::fromPalette(palette());
    const ChartStyle& st = m_style;
    chartchrome::themeBarPlot(m_plot, st, font());
    using S = ChartStyle::Series;
    const S colours[kSources] = {S::Vermillion, S::Blue, S::BluishGreen, S::SkyBlue, S::Orange};
    for (int s = 0; s < kSources; ++s) {
        QColor c = ChartStyle::series(colours[s]);
        if (m_stale)
            c = ChartStyle::blend(c, st.background, 0.3);
        m_bars[std::size_t(s)]->setPen(QPen(st.background, 1));
        m_bars[std::size_t(s)]->setBrush(c);
    }
    m_wage->setPen(QPen(st.text, 2.0, Qt::DashLine));
}

void WorkerIncomeChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyTheme();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace tideover::ui
