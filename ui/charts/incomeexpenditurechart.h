// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartview.h"

#include <QStringList>

#include <vector>

namespace tideover::ui {

// Each year's income (contributions, investment income, transfers, the state's share of
// benefits: the left bar) beside its
// spending (benefits, other expenditure, administration: the right bar), stacked so the
// heights compare at a glance and the parts stay visible. With worker groups (model-spec v4)
// the contributions and the benefits are split by group, main group at the bottom.
class IncomeExpenditureChart : public ChartView {
    Q_OBJECT

public:
    explicit IncomeExpenditureChart(ScenarioDocument* document, QWidget* parent = nullptr);

    // The groups' segments of the income bar (contributions) and of the spending bar
    // (benefits), bottom up; empty without groups.
    const std::vector<int>& groupContributionSeries() const { return m_groupContributions; }
    const std::vector<int>& groupBenefitSeries() const { return m_groupBenefits; }

protected:
    void updateData(const core::ProjectionResult& result, const core::Scenario& scenario) override;

private:
    // Declares the series: with worker groups (names and titles, main first) one contributions
    // and one benefits segment per group in place of the totals.
    void build(const QStringList& names, const QStringList& titles);

    QStringList m_groupNames;
    QStringList m_groupTitles;
    std::vector<int> m_groupContributions;
    std::vector<int> m_groupBenefits;
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
