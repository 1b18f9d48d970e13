// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartview.h"

namespace tideover::ui {

// The share of the unemployed the package protects (model-spec v5 "Package results"): by the
// insurance, the savings accounts, assistance and any of them, with the share of those who lost
// a job who were paid severance. A part that is off has no line.
class PackageCoverageChart : public ChartView {
    Q_OBJECT

public:
    explicit PackageCoverageChart(ScenarioDocument* document, QWidget* parent = nullptr);

    int insuranceSeries() const { return m_insurance; }
    int savingsSeries() const { return m_savings; }
    int assistanceSeries() const { return m_assistance; }
    int anySeries() const { return m_any; }
    int severanceSeries() const { return m_severance; }

protected:
    void updateData(const core::ProjectionResult& result, const core::Scenario& scenario) override;

private:
    int m_insurance = -1;
    int m_savings = -1;
    int m_assistance = -1;
    int m_any = -1;
    int m_severance = -1;
};

} // namespace tideover::ui
