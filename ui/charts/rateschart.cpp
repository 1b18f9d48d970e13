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
    // The contribution rate has no actual counterpart (the history records amounts, and what
    // was collected over wages also reflects compliance); the cost rate has.
    m_costActual = addActual({tr("Actual cost rate"), QStringLiteral("cost_rate_actual"), m_cost});
    setAxisTitle(Axis::Left, tr("Rate"), ResultUnit::Percent, tr("% of insured wages"));
    refresh();
}

void RatesChart::updateData(const core::ProjectionResult& result, const core::Scenario& scenario)
{
    setSeriesValues(m_contribution, columnValues(result, core::Column::contribution_rate));
    setSeriesValues(m_cost, columnValues(result, core::Column::cost_rate));
    // The solver finds no rate in [0, 1] for some scenarios; then there is no line to draw.
    const auto& breakEven = result.summary.breakEvenRate;
    setSeriesValues(m_breakEven, breakEven ? QVector<double>(result.years, *breakEven) : QVector<double>());
    setActualValues(m_costActual, historyRatio(scenario.history, core::HistoryColumn::expenditure,
                                               core::HistoryColumn::wage_bill));
}

} // namespace tideover::ui
