// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartview.h"

namespace tideover::ui {

// The reserve fund (bars, money) and the reserve ratio (line, years of expenditure, right
// axis) against the scenario's target ratio: whether the fund is building up or running down,
// and whether it holds what the scheme aims for.
class ReserveChart : public ChartView {
    Q_OBJECT

public:
    explicit ReserveChart(ScenarioDocument* document, QWidget* parent = nullptr);

protected:
    void updateData(const core::ProjectionResult& result, const core::Scenario& scenario) override;

private:
    int m_reserve = -1;
    int m_ratio = -1;
    int m_target = -1;
    int m_reserveActual = -1;
    int m_ratioActual = -1;
};

} // namespace tideover::ui
