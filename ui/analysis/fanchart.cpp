// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "fanchart.h"

#include <qcustomplot.h>

namespace tideover::ui {

namespace {

QString titleOf(core::StochasticMeasure measure)
{
    switch (measure) {
    case core::StochasticMeasure::reserve:
        return FanChart::tr("Reserve fund: range of outcomes");
    case core::StochasticMeasure::reserve_ratio:
        return FanChart::tr("Reserve ratio: range of outcomes");
    case core::StochasticMeasure::cost_rate:
        return FanChart::tr("Cost rate: range of outcomes");
    }
    return {};
}

} // namespace

FanChart::FanChart(ScenarioDocument* document, core::StochasticMeasure measure, QWidget* parent)
    : ChartView(document, titleOf(measure), parent, Source::Own), m_measure(measure)
{
    using S = ChartStyle::Series;
    ResultUnit unit = ResultUnit::Money;
    QColor colour = ChartStyle::series(S::Blue);
    switch (measure) {
    case core::StochasticMeasure::reserve:
        setAxisTitle(Axis::Left, tr("Reserve"), ResultUnit::Money);
        break;
    case core::StochasticMeasure::reserve_ratio:
        unit = ResultUnit::Years;
        colour = ChartStyle::series(S::Orange);
        setAxisTitle(Axis::Left, tr("Reserve ratio"), ResultUnit::Years, tr("years of expenditure"));
        break;
    case core::StochasticMeasure::cost_rate:
        unit = ResultUnit::Percent;
        colour = ChartStyle::series(S::Vermillion);
        setAxisTitle(Axis::Left, tr("Cost rate"), ResultUnit::Percent, tr("% of insured wages"));
        break;
    }
    const QString name = QString::fromUtf8(core::stochasticMeasureNames()[std::size_t(measure)].data());
    auto csv = [&](int level) {
        return name + QLatin1Char('_') +
               QString::fromUtf8(core::percentileNames()[std::size_t(level)].data());
    };
    // Series in the order of the CLI's CSV (p5 .. p95); drawn in layers below the median so
    // that the inner band lies over the outer one and the median over everything.
    auto level = [&](int k, const QString& title) {
        SeriesSpec spec{title, csv(k), Kind::BandEdge, unit, Axis::Left, colour};
        spec.inLegend = false;
        return spec;
    };
    m_percentiles[0] = addSeries(level(0, tr("5th percentile")));
    m_percentiles[1] = addSeries(level(1, tr("25th percentile")));
    m_percentiles[2] = addSeries({tr("Median"), csv(2), Kind::Line, unit, Axis::Left, colour});
    SeriesSpec p75 = level(3, tr("75th percentile"));
    p75.fillTo = m_percentiles[1];
    p75.fillOpacity = 0.42;
    p75.inLegend = true;
    p75.legendTitle = tr("50 % of paths (25th–75th percentile)");
    m_percentiles[3] = addSeries(p75);
    SeriesSpec p95 = level(4, tr("95th percentile"));
    p95.fillTo = m_percentiles[0];
    p95.fillOpacity = 0.2;
    p95.inLegend = true;
    p95.legendTitle = tr("90 % of paths (5th–95th)");
    m_percentiles[4] = addSeries(p95);
    // Grey and thin: a reference for the median, which it would hide were it drawn over it.
    SeriesSpec deterministic{
        tr("Deterministic projection"), name + QStringLiteral("_deterministic"), Kind::Line, unit, Axis::Left,
        QColor(0x80, 0x80, 0x80)};
    deterministic.lineWidth = 1.4;
    m_deterministic = addSeries(deterministic);
    if (measure == core::StochasticMeasure::reserve_ratio)
        m_target = addSeries({tr("Target reserve ratio"),
                              QStringLiteral("target_reserve_ratio"),
                              Kind::Reference,
                              ResultUnit::Years,
                              Axis::Left,
                              {}});

    QCustomPlot* p = plot();
    p->addLayer(QStringLiteral("outerBand"), p->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    p->addLayer(QStringLiteral("innerBand"), p->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    for (int k : {0, 4})
        plottable(m_percentiles[std::size_t(k)])->setLayer(QStringLiteral("outerBand"));
    for (int series : {m_percentiles[1], m_percentiles[3], m_deterministic})
        plottable(series)->setLayer(QStringLiteral("innerBand"));
    clearResult({});
}

void FanChart::setResult(const core::StochasticResult& result, const core::ProjectionResult* deterministic,
                         double targetRatio, bool stale)
{
    showData(
        result.startYear, result.years,
        [&] {
            const Eigen::ArrayXXd& table = result.percentiles[std::size_t(m_measure)];
            for (int k = 0; k < core::kPercentileCount; ++k) {
                const Eigen::ArrayXd column = table.col(k);
                setSeriesValues(m_percentiles[std::size_t(k)],
                                QVector<double>(column.data(), column.data() + column.size()));
            }
            static constexpr core::Column kColumns[] = {core::Column::reserve, core::Column::reserve_ratio,
                                                        core::Column::cost_rate};
            const bool sameYears = deterministic && deterministic->startYear == result.startYear &&
                                   deterministic->years == result.years;
            setSeriesValues(m_deterministic, sameYears
                                                 ? columnValues(*deterministic, kColumns[int(m_measure)])
                                                 : QVector<double>());
            if (m_target >= 0)
                setSeriesValues(m_target, QVector<double>(result.years, targetRatio));
        },
        stale, stale ? tr("The scenario has changed since this run: run again to update") : QString());
}

void FanChart::clearResult(const QString& note)
{
    showData(0, 0, {}, false, note);
}

} // namespace tideover::ui
