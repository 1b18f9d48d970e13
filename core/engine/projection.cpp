// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/engine/projection.h"

#include "core/engine/rootsolver.h"
#include "core/model/validation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tideover::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The scenario, refused with every error when it does not validate.
const Scenario& validated(const Scenario& scenario)
{
    const auto problems = validate(scenario);
    if (hasErrors(problems)) {
        std::string text;
        for (const auto& p : problems)
            if (p.isError())
                text += (text.empty() ? "" : "\n") + p.message;
        throw InvalidScenario(text);
    }
    return scenario;
}

}  // namespace

Projection::Projection(const Scenario& scenario) : m_engine(validated(scenario))
{
    m_engine.flows(m_engine.baselineInputs(1, MonthlyEngine::Detail::Full), m_flows);
}

double Projection::terminalGap(double rate) const
{
    MonthlyEngine::Outputs out;
    return terminalGap(rate, out);
}

double Projection::terminalGap(double rate, MonthlyEngine::Outputs& out) const
{
    MonthlyEngine::Inputs in;
    in.flatRate = rate;
    m_engine.walk(in, m_flows, out);
    return horizonGap(out, 0, scenario().projection.target_reserve_ratio);
}

std::optional<double> Projection::breakEvenRate() const
{
    // The gap is affine in the rate while the reserve stays positive (and piecewise affine
    // when it borrows), so TOMS 748 lands in two or three steps.
    const double lo = 0.0, hi = 1.0;
    MonthlyEngine::Outputs out;  // one set of buffers for every evaluation
    const double gLo = terminalGap(lo, out);
    const double gHi = terminalGap(hi, out);
    if (gLo == 0)
        return lo;
    if (gHi == 0)
        return hi;
    if ((gLo > 0) == (gHi > 0) || !std::isfinite(gLo) || !std::isfinite(gHi))
        return std::nullopt;
    const RootBracket root = narrowBracket([this, &out](double c) { return terminalGap(c, out); }, lo, hi, gLo, gHi);
    return 0.5 * (root.lo + root.hi);
}

ProjectionResult Projection::run() const
{
    MonthlyEngine::Inputs in;
    in.detail = MonthlyEngine::Detail::Full;
    MonthlyEngine::Outputs out;
    m_engine.walk(in, m_flows, out);
    ProjectionResult r = tabulate(m_engine, m_flows, out, 0);
    r.summary.breakEvenRate = breakEvenRate();
    return r;
}

namespace {

// model-spec v4 "Output with groups": the rows of one group, `engine` and `flows` its own (for
// the main group the main engine and the main group's part of the flows), `mainRate` the main
// group's c[y] of the path (from which a further group's c_g follows).
GroupTable groupTable(const MonthlyEngine& engine, const MonthlyEngine::Flows& flows, bool isMain,
                      const MonthlyEngine& main, const Eigen::ArrayXd& mainRate, const Eigen::ArrayXd& employed,
                      Eigen::Index path)
{
    const int Y = flows.years;
    GroupTable t;
    t.annual.setConstant(Y, kColumnCount, kNaN);
    t.extra.setConstant(Y, kGroupColumnCount, kNaN);
    const bool band = main.scenario().financing.rule == FinancingRule::ReserveBand;
    const Eigen::ArrayXd monthBeneficiaries = flows.beneficiaries.row(path).transpose();
    const Eigen::ArrayXd monthBenefits = flows.benefits.row(path).transpose();
    for (int y = 0; y < Y; ++y) {
        const auto months = Eigen::seqN(12 * y, 12);
        const double rate = isMain ? mainRate[y]
                                   : engine.rateOf(y, mainRate[y] - main.legislatedRate()[y], band && y > 0, std::nullopt);
        const double monthlyWageBill = flows.wageBill(path, y);
        const double wageBill = 12.0 * monthlyWageBill;
        const double contributions = 12.0 * (rate * monthlyWageBill);
        const double beneficiaries = monthBeneficiaries(months).mean();
        const double benefits = monthBenefits(months).sum();
        const double subsidy = (main.benefitShare()[y] * monthBenefits(months)).sum();
        const double other = main.benefitRelatedShare()[y] * benefits + main.almpShare()[y] * contributions;
        const double admin = main.adminShare()[y] * contributions;
        const double expenditure = benefits + other + admin;
        // The main group's flows carry the scheme's U = LF u; its own unemployed are, as a
        // further group's, E share u / (1 - u).
        double unemployed = flows.unemployed(path, y);
        if (isMain) {
            const double u = unemployed / main.labourForce()[y];
            unemployed = employed[y] * engine.employedShare()[y] * u / (1.0 - u);
        }
        const double averageBenefit = beneficiaries != 0 ? benefits / (12.0 * beneficiaries) : kNaN;
        const double crossSubsidy = contributions + subsidy - expenditure;
        const auto set = [&t, y](Column c, double v) { t.annual(y, static_cast<int>(c)) = v; };
        set(Column::year, engine.startYear() + y);
        set(Column::labour_force, unemployed + employed[y] * engine.employedShare()[y]);  // U_g + E share_g
        set(Column::unemployed, unemployed);
        set(Column::insured, flows.insured(path, y));
        set(Column::separations, 12.0 * flows.separations(path, y));
        set(Column::wage_bill, wageBill);
        set(Column::contribution_rate, rate);
        set(Column::contributions, contributions);
        set(Column::new_claims, 12.0 * flows.claims(path, y));
        set(Column::beneficiaries, beneficiaries);
        set(Column::benefits, benefits);
        set(Column::other_expenditure, other);
        set(Column::admin, admin);
        set(Column::expenditure, expenditure);
        set(Column::balance, crossSubsidy);
        set(Column::cost_rate, divideOrNaN(expenditure, wageBill));
        set(Column::effective_coverage, divideOrNaN(beneficiaries, unemployed));
        set(Column::average_benefit, averageBenefit);
        set(Column::average_replacement, divideOrNaN(averageBenefit, engine.wage()[y]));
        set(Column::state_subsidy, subsidy);
        const auto extra = [&t, y](GroupColumn c, double v) { t.extra(y, static_cast<int>(c)) = v; };
        extra(GroupColumn::worker_contributions, contributions * engine.workerShare()[y]);
        extra(GroupColumn::employer_contributions, contributions * engine.employerShare()[y]);
        extra(GroupColumn::state_contributions, contributions * engine.stateShare()[y]);
        extra(GroupColumn::benefit_contribution_ratio, divideOrNaN(benefits, contributions));
        extra(GroupColumn::cross_subsidy, crossSubsidy);
    }
    return t;
}

}  // namespace

ProjectionResult tabulate(const MonthlyEngine& engine, const MonthlyEngine::Flows& flows,
                          const MonthlyEngine::Outputs& w, Eigen::Index path)
{
    if (flows.monthsPerColumn != 12 || w.monthlyContributions.size() == 0)
        throw std::invalid_argument("tabulate: needs a Full walk with annual unemployment rates");
    const int Y = flows.years;
    const int M = 12 * Y;
    const int startYear = engine.startYear();
    const Eigen::ArrayXd& wage = engine.wage();
    const Eigen::ArrayXd& labourForce = engine.labourForce();
    const bool grouped = !flows.groups.empty();
    // The path's months as contiguous arrays (size 12*years): the year's sums and means below
    // are Eigen reductions over them, whose order of additions is part of the published bits.
    const Eigen::ArrayXd monthBeneficiaries =
        (grouped ? flows.totalBeneficiaries : flows.beneficiaries).row(path).transpose();
    const Eigen::ArrayXd monthBenefits = flows.walkedBenefits().row(path).transpose();

    ProjectionResult r;
    r.startYear = startYear;
    r.years = Y;
    r.annual.resize(Y, kColumnCount);
    r.monthly.resize(M, kMonthlyColumnCount);

    // model-spec v4: each group's rows; the total's flows are their sums, in group order.
    if (grouped) {
        const Eigen::ArrayXd mainRate = w.contributionRate.row(path).transpose();
        const Eigen::ArrayXd employed = labourForce - flows.unemployed.row(path).transpose();  // E[y]
        r.groups.push_back(groupTable(engine, flows, true, engine, mainRate, employed, path));
        r.groups.back().name = std::string(kMainGroupName);
        r.groups.back().title = engine.scenario().mainGroupTitle;
        for (std::size_t g = 0; g < engine.groups().size(); ++g) {
            r.groups.push_back(groupTable(*engine.groups()[g], flows.groups[g], false, engine, mainRate, employed, path));
            r.groups.back().name = engine.scenario().groups[g].name;
            r.groups.back().title = engine.scenario().groups[g].title;
        }
        r.totalExtra = r.groups.front().extra;
        for (std::size_t g = 1; g < r.groups.size(); ++g)
            r.totalExtra += r.groups[g].extra;
        // A ratio does not add up: the total's is its own benefits over its contributions
        // (set below, once the total's flows are summed).
    }
    // The sum over the groups of one column in year y (model-spec v4), in group order.
    const auto groupSum = [&r](int y, Column c) {
        double sum = r.groups.front().at(y, c);
        for (std::size_t g = 1; g < r.groups.size(); ++g)
            sum = sum + r.groups[g].at(y, c);
        return sum;
    };

    auto set = [&r](int y, Column c, double v) { r.annual(y, static_cast<int>(c)) = v; };
    std::array<double, 3> topCostRates{};  // three highest benefits / wage_bill so far
    int costRateCount = 0;
    for (int y = 0; y < Y; ++y) {
        const auto months = Eigen::seqN(12 * y, 12);
        const double wageBill = grouped ? groupSum(y, Column::wage_bill) : w.wageBill(path, y);
        const double beneficiaries = grouped ? groupSum(y, Column::beneficiaries) : monthBeneficiaries(months).mean();
        const double benefits = grouped ? groupSum(y, Column::benefits) : monthBenefits(months).sum();
        // model-spec v2: GS[m] = government_benefit_share[y] BX[m], summed over the year.
        const double subsidy = grouped ? groupSum(y, Column::state_subsidy)
                                       : (engine.benefitShare()[y] * monthBenefits(months)).sum();
        const double contributions = grouped ? groupSum(y, Column::contributions) : w.contributions(path, y);
        const double expenditure = grouped ? groupSum(y, Column::expenditure) : w.expenditure(path, y);
        const double reserve = w.reserve(path, y);
        const double balance =
            contributions + w.investment(path, y) + w.transfers(path, y) + subsidy - expenditure;
        const double reserveToWages = divideOrNaN(reserve, wageBill);
        const double averageBenefit = beneficiaries != 0 ? benefits / (12.0 * beneficiaries) : kNaN;
        const double unemployed = flows.unemployed(path, y);

        // model-spec high_cost_multiple: the mean of the (up to) three highest benefit cost
        // rates of years 0..y.
        const double costRate = divideOrNaN(benefits, wageBill);
        if (!std::isnan(costRate)) {
            if (costRateCount < 3)
                topCostRates[static_cast<std::size_t>(costRateCount++)] = costRate;
            else if (costRate > *std::min_element(topCostRates.begin(), topCostRates.end()))
                *std::min_element(topCostRates.begin(), topCostRates.end()) = costRate;
        }
        double highCostMean = kNaN;
        if (costRateCount > 0) {
            double sum = 0;
            for (int i = 0; i < costRateCount; ++i)
                sum += topCostRates[static_cast<std::size_t>(i)];
            highCostMean = sum / costRateCount;
        }

        set(y, Column::year, startYear + y);
        set(y, Column::labour_force, labourForce[y]);
        set(y, Column::unemployed, unemployed);
        set(y, Column::insured, grouped ? groupSum(y, Column::insured) : flows.insured(path, y));
        set(y, Column::separations, grouped ? groupSum(y, Column::separations) : 12.0 * flows.separations(path, y));
        set(y, Column::wage_bill, wageBill);
        set(y, Column::contribution_rate, grouped ? divideOrNaN(contributions, wageBill) : w.contributionRate(path, y));
        set(y, Column::contributions, contributions);
        set(y, Column::new_claims, grouped ? groupSum(y, Column::new_claims) : 12.0 * flows.claims(path, y));
        set(y, Column::beneficiaries, beneficiaries);
        set(y, Column::benefits, benefits);
        set(y, Column::other_expenditure, grouped ? groupSum(y, Column::other_expenditure) : w.other(path, y));
        set(y, Column::admin, grouped ? groupSum(y, Column::admin) : w.admin(path, y));
        set(y, Column::expenditure, expenditure);
        set(y, Column::investment_income, w.investment(path, y));
        set(y, Column::transfers, w.transfers(path, y));
        set(y, Column::balance, balance);
        set(y, Column::reserve, reserve);
        set(y, Column::reserve_ratio, w.reserveRatio(path, y));
        set(y, Column::reserve_to_wages, reserveToWages);
        set(y, Column::cost_rate, grouped ? divideOrNaN(expenditure, wageBill) : w.costRate(path, y));
        set(y, Column::effective_coverage, divideOrNaN(beneficiaries, unemployed));
        set(y, Column::average_benefit, averageBenefit);
        set(y, Column::average_replacement, divideOrNaN(averageBenefit, wage[y]));
        set(y, Column::high_cost_multiple, highCostMean != 0 ? reserveToWages / highCostMean : kNaN);
        set(y, Column::state_subsidy, subsidy);
        if (grouped)
            r.totalExtra(y, static_cast<int>(GroupColumn::benefit_contribution_ratio)) = divideOrNaN(benefits, contributions);
    }

    for (int m = 0; m < M; ++m) {
        const int y = m / 12;
        double separations = flows.separations(path, y), claims = flows.claims(path, y);
        for (const auto& group : flows.groups) {
            separations += group.separations(path, y);
            claims += group.claims(path, y);
        }
        auto set = [&r, m](MonthlyColumn c, double v) { r.monthly(m, static_cast<int>(c)) = v; };
        set(MonthlyColumn::year, startYear + y);
        set(MonthlyColumn::month, m % 12 + 1);
        set(MonthlyColumn::contribution_rate, w.contributionRate(path, y));
        set(MonthlyColumn::separations, separations);
        set(MonthlyColumn::new_claims, claims);
        set(MonthlyColumn::beneficiaries, monthBeneficiaries[m]);
        set(MonthlyColumn::contributions, w.monthlyContributions(path, m));
        set(MonthlyColumn::benefits, monthBenefits[m]);
        set(MonthlyColumn::other_expenditure, w.monthlyOther(path, m));
        set(MonthlyColumn::admin, w.monthlyAdmin(path, m));
        set(MonthlyColumn::expenditure, w.monthlyExpenditure(path, m));
        set(MonthlyColumn::investment_income, w.monthlyInvestment(path, m));
        set(MonthlyColumn::transfers, engine.monthlyTransfer()[y]);
        set(MonthlyColumn::reserve, w.monthlyReserve(path, m));
        set(MonthlyColumn::state_subsidy, engine.benefitShare()[y] * monthBenefits[m]);
    }

    // Summary measures (model-spec "Summary measures"); break_even_rate needs the solver
    // (Projection::run).
    const PathSummary summary = summarise(w, path);
    if (summary.depletionYear)
        r.summary.depletionYear = startYear + *summary.depletionYear;
    r.summary.minimumReserveRatio = summary.minimumReserveRatio;
    if (summary.minimumReserveRatioYear)
        r.summary.minimumReserveRatioYear = startYear + *summary.minimumReserveRatioYear;
    return r;
}

ProjectionResult project(const Scenario& scenario) { return Projection(scenario).run(); }

const std::array<std::string_view, kColumnCount>& columnNames()
{
    static const std::array<std::string_view, kColumnCount> names{
        "year",          "labour_force",     "unemployed",        "insured",
        "separations",   "wage_bill",        "contribution_rate", "contributions",
        "new_claims",    "beneficiaries",    "benefits",          "other_expenditure",
        "admin",         "expenditure",      "investment_income", "transfers",
        "balance",       "reserve",          "reserve_ratio",     "reserve_to_wages",
        "cost_rate",     "effective_coverage", "average_benefit", "average_replacement",
        "high_cost_multiple", "state_subsidy"};
    return names;
}

const std::array<std::string_view, kGroupColumnCount>& groupColumnNames()
{
    static const std::array<std::string_view, kGroupColumnCount> names{
        "worker_contributions", "employer_contributions", "state_contributions", "benefit_contribution_ratio",
        "cross_subsidy"};
    return names;
}

const std::array<std::string_view, kMonthlyColumnCount>& monthlyColumnNames()
{
    static const std::array<std::string_view, kMonthlyColumnCount> names{
        "year",          "month",       "contribution_rate", "separations",      "new_claims",
        "beneficiaries", "contributions", "benefits",        "other_expenditure", "admin",
        "expenditure",   "investment_income", "transfers",   "reserve",         "state_subsidy"};
    return names;
}

}  // namespace tideover::core
