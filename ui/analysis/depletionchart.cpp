// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "depletionchart.h"

namespace tideover::ui {

DepletionChart::DepletionChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Probability that the reserve is depleted"), parent, Source::Own)
{
    m_probability =
        addSeries({tr("Depleted by the end of the year"), QStringLiteral("depletion_probability"), Kind::Bars,
                   ResultUnit::Percent, Axis::Left, ChartStyle::series(ChartStyle::Series::Vermillion)});
    setAxisTitle(Axis::Left, tr("Probability"), ResultUnit::Percent, tr("% of paths"));
    // At least 0 to 5 %: a fraction of a per cent is a small risk and should look small.
    setMinimumAxisTop(Axis::Left, 0.05);
    clearResult({});
}

void DepletionChart::setResult(const core::StochasticResult& result, bool stale)
{
    showData(
        result.startYear, result.years,
        [&] {
            const Eigen::ArrayXd& p = result.depletionProbability;
            setSeriesValues(m_probability, QVector<double>(p.data(), p.data() + p.size()));
        },
        stale, stale ? tr("The scenario has changed since this run: run again to update") : QString());
}

void DepletionChart::clearResult(const QString& note)
{
    showData(0, 0, {}, false, note);
}

} // namespace tideover::ui
