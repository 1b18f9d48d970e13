// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartview.h"

namespace tideover::ui {

// How many people the scheme pays (average beneficiaries, new claims in the year) and what
// share of the unemployed it reaches (effective coverage, right axis).
class BeneficiariesChart : public ChartView {
    Q_OBJECT

public:
    explicit BeneficiariesChart(ScenarioDocument* document, QWidget* parent = nullptr);

protected:
    void updateData(const core::ProjectionResult& result, const core::Scenario& scenario) override;

private:
    int m_beneficiaries = -1;
    int m_newClaims = -1;
    int m_coverage = -1;
    int m_newClaimsActual = -1;
    int m_beneficiariesActual = -1;
    int m_coverageActual = -1;
};

} // namespace tideover::ui
