// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "beneficiarieschart.h"

namespace tideover::ui {

BeneficiariesChart::BeneficiariesChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Beneficiaries and coverage"), parent)
{
    using S = ChartStyle::Series;
    m_newClaims = addSeries({tr("New claims in the year"), QStringLiteral("new_claims"), Kind::Line,
                             ResultUnit::Persons, Axis::Left, ChartStyle::series(S::Orange)});
    m_beneficiaries = addSeries({tr("Beneficiaries (average)"), QStringLiteral("beneficiaries"), Kind::Line,
                                 ResultUnit::Persons, Axis::Left, ChartStyle::series(S::SkyBlue)});
    m_coverage =
        addSeries({tr("Effective coverage (right axis)"), QStringLiteral("effective_coverage"), Kind::Line,
                   ResultUnit::Percent, Axis::Right, ChartStyle::series(S::BluishGreen)});
    setAxisTitle(Axis::Left, tr("Persons"), ResultUnit::Persons);
    setAxisTitle(Axis::Right, tr("Effective coverage"), ResultUnit::Percent, tr("% of the unemployed"));
    refresh();
}

void BeneficiariesChart::updateData(const core::ProjectionResult& result, const core::Scenario&)
{
    setSeriesValues(m_newClaims, columnValues(result, core::Column::new_claims));
    setSeriesValues(m_beneficiaries, columnValues(result, core::Column::beneficiaries));
    setSeriesValues(m_coverage, columnValues(result, core::Column::effective_coverage));
}

} // namespace tideover::ui
