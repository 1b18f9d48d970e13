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
    m_newClaimsActual =
        addActual({tr("Actual new claims"), QStringLiteral("new_claims_actual"), m_newClaims});
    m_beneficiariesActual =
        addActual({tr("Actual beneficiaries"), QStringLiteral("beneficiaries_actual"), m_beneficiaries});
    m_coverageActual =
        addActual({tr("Actual effective coverage"), QStringLiteral("effective_coverage_actual"), m_coverage});
    setAxisTitle(Axis::Left, tr("Persons"), ResultUnit::Persons);
    setAxisTitle(Axis::Right, tr("Effective coverage"), ResultUnit::Percent, tr("% of the unemployed"));
    refresh();
}

void BeneficiariesChart::updateData(const core::ProjectionResult& result, const core::Scenario& scenario)
{
    setSeriesValues(m_newClaims, columnValues(result, core::Column::new_claims));
    setSeriesValues(m_beneficiaries, columnValues(result, core::Column::beneficiaries));
    setSeriesValues(m_coverage, columnValues(result, core::Column::effective_coverage));
    using H = core::HistoryColumn;
    const core::History& history = scenario.history;
    setActualValues(m_newClaimsActual, historyValues(history, H::new_claims));
    setActualValues(m_beneficiariesActual, historyValues(history, H::beneficiaries));
    // Effective coverage = beneficiaries / unemployed, the unemployed being the labour force
    // times the unemployment rate (the SDG 1.3.1 reading of model-spec v3's monitoring).
    std::map<int, double> coverage;
    for (const auto& [year, row] : history.years) {
        const auto b = row[H::beneficiaries];
        const auto lf = row[H::labour_force];
        const auto u = row[H::unemployment_rate];
        if (b && lf && u && *lf * *u > 0)
            coverage.emplace(year, *b / (*lf * *u));
    }
    setActualValues(m_coverageActual, std::move(coverage));
}

} // namespace tideover::ui
