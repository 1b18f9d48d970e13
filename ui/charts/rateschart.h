// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartview.h"

namespace tideover::ui {

// The contribution rate against the cost rate, both as a percentage of insured wages, with
// the break-even rate that would reach the target reserve: the gap is the scheme's surplus or
// deficit in the language of its own legislation.
class RatesChart : public ChartView {
    Q_OBJECT

public:
    explicit RatesChart(ScenarioDocument* document, QWidget* parent = nullptr);

protected:
    void updateData(const core::ProjectionResult& result, const core::Scenario& scenario) override;

private:
    int m_contribution = -1;
    int m_cost = -1;
    int m_breakEven = -1;
    int m_costActual = -1;
};

} // namespace tideover::ui
