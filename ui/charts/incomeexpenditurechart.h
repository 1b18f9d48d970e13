// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartview.h"

namespace tideover::ui {

// Each year's income (contributions, investment income, transfers, the state's share of
// benefits: the left bar) beside its
// spending (benefits, other expenditure, administration: the right bar), stacked so the
// heights compare at a glance and the parts stay visible.
class IncomeExpenditureChart : public ChartView {
    Q_OBJECT

public:
    explicit IncomeExpenditureChart(ScenarioDocument* document, QWidget* parent = nullptr);

protected:
    void updateData(const core::ProjectionResult& result, const core::Scenario& scenario) override;

private:
    int m_contributions = -1;
    int m_investment = -1;
    int m_transfers = -1;
    int m_state = -1;
    int m_benefits = -1;
    int m_other = -1;
    int m_admin = -1;
    int m_balance = -1;
    int m_contributionsActual = -1;
    int m_investmentActual = -1;
    int m_stateActual = -1;
    int m_benefitsActual = -1;
    int m_expenditureActual = -1;
};

} // namespace tideover::ui
