// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "stresschart.h"

namespace tideover::ui {

namespace {

QVector<double> toVector(const Eigen::ArrayXd& a)
{
    return QVector<double>(a.data(), a.data() + a.size());
}

// Annual means of a monthly series (12 values a year).
QVector<double> annualMeans(const Eigen::ArrayXd& monthly)
{
    QVector<double> means(int(monthly.size() / 12));
    for (int y = 0; y < means.size(); ++y)
        means[y] = monthly.segment(12 * y, 12).mean();
    return means;
}

} // namespace

StressChart::StressChart(ScenarioDocument* document, Measure measure, QWidget* parent)
    : ChartView(document,
                measure == Measure::ReserveRatio
                    ? tr("Reserve ratio with and without the recession")
                    : tr("Unemployment rate (yearly average) with and without the recession"),
                parent, Source::Own),
      m_measure(measure)
{
    using S = ChartStyle::Series;
    if (measure == Measure::ReserveRatio) {
        m_baseline = addSeries({tr("Without the recession"), QStringLiteral("reserve_ratio_baseline"),
                                Kind::Line, ResultUnit::Years, Axis::Left, ChartStyle::series(S::Blue)});
        m_stressed =
            addSeries({tr("With the recession"), QStringLiteral("reserve_ratio_stressed"), Kind::Line,
                       ResultUnit::Years, Axis::Left, ChartStyle::series(S::Vermillion)});
        m_target = addSeries({tr("Target reserve ratio"),
                              QStringLiteral("target_reserve_ratio"),
                              Kind::Reference,
                              ResultUnit::Years,
                              Axis::Left,
                              {}});
        setAxisTitle(Axis::Left, tr("Reserve ratio"), ResultUnit::Years, tr("years of expenditure"));
    } else {
        m_baseline = addSeries({tr("Without the recession"), QStringLiteral("unemployment_rate_baseline"),
                                Kind::Line, ResultUnit::Percent, Axis::Left, ChartStyle::series(S::Blue)});
        m_stressed =
            addSeries({tr("With the recession"), QStringLiteral("unemployment_rate_stressed"), Kind::Line,
                       ResultUnit::Percent, Axis::Left, ChartStyle::series(S::Vermillion)});
        setAxisTitle(Axis::Left, tr("Unemployment rate"), ResultUnit::Percent);
    }
    clearResult({});
}

void StressChart::setResult(const core::StressResult& result, int startYear, double targetRatio, bool stale)
{
    const int years = int(result.baseline.reserveRatio.size());
    showData(
        startYear, years,
        [&] {
            if (m_measure == Measure::ReserveRatio) {
                setSeriesValues(m_baseline, toVector(result.baseline.reserveRatio));
                setSeriesValues(m_stressed, toVector(result.stressed.reserveRatio));
                setSeriesValues(m_target, QVector<double>(years, targetRatio));
            } else {
                setSeriesValues(m_baseline, annualMeans(result.baseline.monthlyUnemployment));
                setSeriesValues(m_stressed, annualMeans(result.stressed.monthlyUnemployment));
            }
        },
        stale, stale ? tr("Results are out of date: fix the marked value") : QString());
}

void StressChart::clearResult(const QString& note)
{
    showData(0, 0, {}, false, note);
}

} // namespace tideover::ui
