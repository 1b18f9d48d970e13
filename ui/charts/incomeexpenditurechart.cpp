// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "incomeexpenditurechart.h"
#include "groupflowschart.h"

#include <algorithm>

namespace tideover::ui {

namespace {
constexpr int kIncome = 0;
constexpr int kSpending = 1;

QVector<double> groupColumn(const core::GroupTable& group, core::Column column)
{
    const Eigen::ArrayXd values = group.annual.col(static_cast<int>(column));
    return QVector<double>(values.data(), values.data() + values.size());
}
} // namespace

IncomeExpenditureChart::IncomeExpenditureChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Income (left bar) and spending (right bar)"), parent)
{
    build({}, {});
    setAxisTitle(Axis::Left, tr("Per year"), ResultUnit::Money);
    refresh();
}

void IncomeExpenditureChart::build(const QStringList& names, const QStringList& titles)
{
    removeAllSeries();
    m_groupNames = names;
    m_groupTitles = titles;
    m_groupContributions.clear();
    m_groupBenefits.clear();
    using S = ChartStyle::Series;
    const bool groups = !names.isEmpty();
    // Income in greens and blues, spending in warm colours: the two bars read as two families.
    // With worker groups the bars stay two stacks: each group's contributions at the bottom of
    // the income bar and its benefits at the bottom of the spending bar, in the group's colour
    // (the Groups tab's), so one colour compares what a group pays in with what it draws. The
    // fund's own parts above them turn to greys, cool for income and warm for spending, so no
    // part reads as a group's. A stack keeps its total as its top and the balance line stays:
    // a line of the total expenditure over the bars would only repeat the right bar's top.
    auto tone = [&](S colour, QRgb grey) { return groups ? QColor(grey) : ChartStyle::series(colour); };
    for (qsizetype i = 0; i < names.size(); ++i) {
        SeriesSpec part{tr("Contributions (%1)").arg(titles[i]), QStringLiteral("contributions:") + names[i],
                        Kind::Bars,        ResultUnit::Money,
                        Axis::Left,        ChartStyle::group(int(i)),
                        kIncome};
        part.legendTitle = titles[i]; // one legend entry per group names both of its segments
        m_groupContributions.push_back(addSeries(part));
    }
    m_contributions = groups ? -1
                             : addSeries({tr("Contributions"), QStringLiteral("contributions"), Kind::Bars,
                                          ResultUnit::Money, Axis::Left, ChartStyle::series(S::BluishGreen),
                                          kIncome});
    m_investment = addSeries({tr("Investment income"), QStringLiteral("investment_income"), Kind::Bars,
                              ResultUnit::Money, Axis::Left, tone(S::SkyBlue, 0x7d8a96), kIncome});
    m_transfers = addSeries({tr("Transfers"), QStringLiteral("transfers"), Kind::Bars, ResultUnit::Money,
                             Axis::Left, tone(S::Blue, 0xa2adb8), kIncome});
    m_state = addSeries({tr("State's share of benefits"), QStringLiteral("state_subsidy"), Kind::Bars,
                         ResultUnit::Money, Axis::Left, tone(S::Yellow, 0xc4ccd4), kIncome});
    for (qsizetype i = 0; i < names.size(); ++i) {
        SeriesSpec part{tr("Benefits (%1)").arg(titles[i]), QStringLiteral("benefits:") + names[i],
                        Kind::Bars,        ResultUnit::Money,
                        Axis::Left,        ChartStyle::group(int(i)),
                        kSpending};
        part.inLegend = false;
        m_groupBenefits.push_back(addSeries(part));
    }
    m_benefits = groups ? -1
                        : addSeries({tr("Benefits"), QStringLiteral("benefits"), Kind::Bars, ResultUnit::Money,
                                     Axis::Left, ChartStyle::series(S::Vermillion), kSpending});
    m_other = addSeries({tr("Other expenditure"), QStringLiteral("other_expenditure"), Kind::Bars,
                         ResultUnit::Money, Axis::Left, tone(S::Orange, 0x9a8b80), kSpending});
    m_admin = addSeries({tr("Administration"), QStringLiteral("admin"), Kind::Bars, ResultUnit::Money,
                         Axis::Left, tone(S::ReddishPurple, 0xc6b8ae), kSpending});
    // The difference the bars show, as a number one can read off: above zero the fund grows.
    m_balance =
        addSeries({tr("Balance"), QStringLiteral("balance"), Kind::Line, ResultUnit::Money, Axis::Left, {}});
    // Actual figures on their segments; total expenditure on the top of the spending bar. With
    // groups, the actual contributions and benefits (the fund's) stand on the main group's
    // segment, which starts at zero, so the marker is at the figure's height, beside the top of
    // the groups' segments.
    const int contributions = groups ? m_groupContributions.front() : m_contributions;
    const int benefits = groups ? m_groupBenefits.front() : m_benefits;
    m_contributionsActual = addActual(
        {tr("Actual contributions"), QStringLiteral("contributions_actual"), contributions, false, groups});
    m_investmentActual =
        addActual({tr("Actual investment income"), QStringLiteral("investment_income_actual"), m_investment});
    m_stateActual = addActual({tr("Actual state subsidy"), QStringLiteral("state_subsidy_actual"), m_state});
    m_benefitsActual =
        addActual({tr("Actual benefits"), QStringLiteral("benefits_actual"), benefits, false, groups});
    m_expenditureActual =
        addActual({tr("Actual expenditure"), QStringLiteral("expenditure_actual"), m_admin, true});
}

void IncomeExpenditureChart::updateData(const core::ProjectionResult& result, const core::Scenario& scenario)
{
    QStringList names;
    QStringList titles;
    for (const core::GroupTable& g : result.groups) {
        names << QString::fromStdString(g.name);
        titles << GroupFlowsChart::groupTitle(g).simplified(); // a file's text: one line, plain
    }
    if (names != m_groupNames || titles != m_groupTitles)
        build(names, titles);
    for (std::size_t i = 0; i < m_groupContributions.size(); ++i) {
        setSeriesValues(m_groupContributions[i], groupColumn(result.groups[i], core::Column::contributions));
        setSeriesValues(m_groupBenefits[i], groupColumn(result.groups[i], core::Column::benefits));
    }
    if (m_contributions >= 0)
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
    if (m_benefits >= 0)
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
