// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "reservechart.h"

namespace tideover::ui {

ReserveChart::ReserveChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Reserve fund"), parent)
{
    using S = ChartStyle::Series;
    m_reserve = addSeries({tr("Reserve at year end"), QStringLiteral("reserve"), Kind::Bars,
                           ResultUnit::Money, Axis::Left, ChartStyle::series(S::Blue)});
    m_ratio = addSeries({tr("Reserve ratio (right axis)"), QStringLiteral("reserve_ratio"), Kind::Line,
                         ResultUnit::Years, Axis::Right, ChartStyle::series(S::Orange)});
    m_target = addSeries({tr("Target reserve ratio"),
                          QStringLiteral("target_reserve_ratio"),
                          Kind::Reference,
                          ResultUnit::Years,
                          Axis::Right,
                          {}});
    m_reserveActual = addActual({tr("Actual reserve"), QStringLiteral("reserve_actual"), m_reserve});
    m_ratioActual = addActual({tr("Actual reserve ratio"), QStringLiteral("reserve_ratio_actual"), m_ratio});
    setAxisTitle(Axis::Left, tr("Reserve"), ResultUnit::Money);
    setAxisTitle(Axis::Right, tr("Reserve ratio"), ResultUnit::Years, tr("years of expenditure"));
    // Reserve and ratio share their sign, so a common zero makes one zero line true for both.
    setAlignZeros(true);
    refresh();
}

void ReserveChart::updateData(const core::ProjectionResult& result, const core::Scenario& scenario)
{
    setSeriesValues(m_reserve, columnValues(result, core::Column::reserve));
    setSeriesValues(m_ratio, columnValues(result, core::Column::reserve_ratio));
    setSeriesValues(m_target, QVector<double>(result.years, scenario.projection.target_reserve_ratio));
    using H = core::HistoryColumn;
    setActualValues(m_reserveActual, historyValues(scenario.history, H::reserve));
    setActualValues(m_ratioActual, historyRatio(scenario.history, H::reserve, H::expenditure));
}

} // namespace tideover::ui
