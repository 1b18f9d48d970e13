// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartview.h"

namespace tideover::ui {

// The cost of the protection package per year (model-spec v5 "Package results"), stacked by
// who pays it: employers, workers, the state. In money, as a share of insured wages, or as a
// share of GDP when the scenario gives GDP. Shows nothing while the scenario has no package.
class PackageCostChart : public ChartView {
    Q_OBJECT

public:
    enum class Unit { Money, Wages, Gdp };

    explicit PackageCostChart(ScenarioDocument* document, QWidget* parent = nullptr);

    Unit unit() const { return m_unit; }
    void setUnit(Unit unit);
    // The stacked series, bottom up.
    int employersSeries() const { return m_employers; }
    int workersSeries() const { return m_workers; }
    int stateSeries() const { return m_state; }

protected:
    void updateData(const core::ProjectionResult& result, const core::Scenario& scenario) override;

private:
    void applyUnit();

    Unit m_unit = Unit::Money;
    int m_employers = -1;
    int m_workers = -1;
    int m_state = -1;
};

} // namespace tideover::ui
