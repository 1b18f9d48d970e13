// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "incomeexpenditurechart.h"

#include <algorithm>

namespace tideover::ui {

namespace {
constexpr int kIncome = 0;
constexpr int kSpending = 1;
} // namespace

IncomeExpenditureChart::IncomeExpenditureChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Income (left bar) and spending (right bar)"), parent)
{
    using S = ChartStyle::Series;
    // Income in greens and blues, spending in warm colours: the two bars read as two families.
    m_contributions = addSeries({tr("Contributions"), QStringLiteral("contributions"), Kind::Bars,
                                 ResultUnit::Money, Axis::Left, ChartStyle::series(S::BluishGreen), kIncome});
    m_investment = addSeries({tr("Investment income"), QStringLiteral("investment_income"), Kind::Bars,
                              ResultUnit::Money, Axis::Left, ChartStyle::series(S::SkyBlue), kIncome});
    m_transfers = addSeries({tr("Transfers"), QStringLiteral("transfers"), Kind::Bars, ResultUnit::Money,
                             Axis::Left, ChartStyle::series(S::Blue), kIncome});
    m_state = addSeries({tr("State's share of benefits"), QStringLiteral("state_subsidy"), Kind::Bars,
                         ResultUnit::Money, Axis::Left, ChartStyle::series(S::Yellow), kIncome});
    m_benefits = addSeries({tr("Benefits"), QStringLiteral("benefits"), Kind::Bars, ResultUnit::Money,
                            Axis::Left, ChartStyle::series(S::Vermillion), kSpending});
    m_other = addSeries({tr("Other expenditure"), QStringLiteral("other_expenditure"), Kind::Bars,
                         ResultUnit::Money, Axis::Left, ChartStyle::series(S::Orange), kSpending});
    m_admin = addSeries({tr("Administration"), QStringLiteral("admin"), Kind::Bars, ResultUnit::Money,
                         Axis::Left, ChartStyle::series(S::ReddishPurple), kSpending});
    // The difference the bars show, as a number one can read off: above zero the fund grows.
    m_balance =
        addSeries({tr("Balance"), QStringLiteral("balance"), Kind::Line, ResultUnit::Money, Axis::Left, {}});
    // Actual figures on their segments; total expenditure on the top of the spending bar.
    m_contributionsActual =
        addActual({tr("Actual contributions"), QStringLiteral("contributions_actual"), m_contributions});
    m_investmentActual =
        addActual({tr("Actual investment income"), QStringLiteral("investment_income_actual"), m_investment});
    m_stateActual = addActual({tr("Actual state subsidy"), QStringLiteral("state_subsidy_actual"), m_state});
    m_benefitsActual = addActual({tr("Actual benefits"), QStringLiteral("benefits_actual"), m_benefits});
    m_expenditureActual =
        addActual({tr("Actual expenditure"), QStringLiteral("expenditure_actual"), m_admin, true});
    setAxisTitle(Axis::Left, tr("Per year"), ResultUnit::Money);
    refresh();
}

void IncomeExpenditureChart::updateData(const core::ProjectionResult& result, const core::Scenario& scenario)
{
    setSeriesValues(m_contributions, columnValues(result, core::Column::contributions));
    setSeriesValues(m_investment, columnValues(result, core::Column::investment_income));
    // Most scenarios have no transfers; an empty legend entry would only raise questions.
    const QVector<double> transfers = columnValues(result, core::Column::transfers);
    const bool anyTransfers =
        std::any_of(transfers.begin(), transfers.end(), [](double x) { return x != 0.0; });
    setSeriesValues(m_transfers, anyTransfers ? transfers : QVector<double>());
    // The state's share of benefits (model-spec v2) is income of the fund; most schemes have none.
    const QVector<double> state = columnValues(result, core::Column::state_subsidy);
    const bool anyState = std::any_of(state.begin(), state.end(), [](double x) { return x != 0.0; });
    setSeriesValues(m_state, anyState ? state : QVector<double>());
    setSeriesValues(m_benefits, columnValues(result, core::Column::benefits));
    setSeriesValues(m_other, columnValues(result, core::Column::other_expenditure));
    setSeriesValues(m_admin, columnValues(result, core::Column::admin));
    setSeriesValues(m_balance, columnValues(result, core::Column::balance));
    using H = core::HistoryColumn;
    const core::History& history = scenario.history;
    setActualValues(m_contributionsActual, historyValues(history, H::contributions));
    setActualValues(m_investmentActual, historyValues(history, H::investment_income));
    setActualValues(m_stateActual, historyValues(history, H::state_subsidy));
    setActualValues(m_benefitsActual, historyValues(history, H::benefits));
    setActualValues(m_expenditureActual, historyValues(history, H::expenditure));
}

} // namespace tideover::ui
