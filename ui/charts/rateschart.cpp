// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "rateschart.h"

namespace tideover::ui {

RatesChart::RatesChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Contribution rate and cost rate"), parent)
{
    using S = ChartStyle::Series;
    m_contribution = addSeries({tr("Contribution rate"), QStringLiteral("contribution_rate"), Kind::Line,
                                ResultUnit::Percent, Axis::Left, ChartStyle::series(S::BluishGreen)});
    m_cost = addSeries({tr("Cost rate"), QStringLiteral("cost_rate"), Kind::Line, ResultUnit::Percent,
                        Axis::Left, ChartStyle::series(S::Vermillion)});
    m_breakEven = addSeries({tr("Break-even rate"),
                             QStringLiteral("break_even_rate"),
                             Kind::Reference,
                             ResultUnit::Percent,
                             Axis::Left,
                             {}});
    setAxisTitle(Axis::Left, tr("Rate"), ResultUnit::Percent, tr("% of insured wages"));
    refresh();
}

void RatesChart::updateData(const core::ProjectionResult& result, const core::Scenario&)
{
    setSeriesValues(m_contribution, columnValues(result, core::Column::contribution_rate));
    setSeriesValues(m_cost, columnValues(result, core::Column::cost_rate));
    // The solver finds no rate in [0, 1] for some scenarios; then there is no line to draw.
    const auto& breakEven = result.summary.breakEvenRate;
    setSeriesValues(m_breakEven, breakEven ? QVector<double>(result.years, *breakEven) : QVector<double>());
}

} // namespace tideover::ui
