// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/engine/projection.h"

#include "core/engine/lognormal.h"
#include "core/model/validation.h"

#include <boost/math/tools/toms748_solve.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tideover::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// model-spec "Indexed thresholds": the series value times the index; 0 stays "none".
double indexed(const Series& s, int y, Indexation how, double prices, double wageIndex)
{
    const double k = s.at(y);
    switch (how) {
    case Indexation::None: return k;
    case Indexation::Prices: return k * prices;
    case Indexation::Wages: return k * wageIndex;
    }
    return k;
}

double monthlyRate(double annual) { return std::pow(1.0 + annual, 1.0 / 12.0) - 1.0; }

double divideOrNaN(double a, double b) { return b != 0 ? a / b : kNaN; }

// model-spec: a year with zero expenditure counts as reserve ratio +inf (reserve >= 0) or -inf.
double ruleRatio(double reserve, double expenditure)
{
    if (expenditure != 0)
        return reserve / expenditure;
    return reserve >= 0 ? kInf : -kInf;
}

}  // namespace

// One walk of the reserve recursion (model-spec "Reserve" and "reserve_band"). With `record`
// set it keeps every month and year; otherwise only what the solvers need.
struct Projection::Walk {
    bool record = false;
    // per year (record only)
    Eigen::ArrayXd rate, contributions, other, admin, expenditure, investment, transfers, reserve;
    Eigen::ArrayXd lowestMonthEnd;  // lowest R[m+1] within the year
    // per month (record only)
    Eigen::ArrayXd mRate, mContributions, mOther, mAdmin, mExpenditure, mInvestment, mReserve;
    // always
    double finalReserve = 0;
    double lastExpenditure = 0;
};

Projection::Projection(const Scenario& scenario) : m_scenario(scenario)
{
    const auto problems = validate(scenario);
    if (hasErrors(problems)) {
        std::string text;
        for (const auto& p : problems)
            if (p.isError())
                text += (text.empty() ? "" : "\n") + p.message;
        throw InvalidScenario(text);
    }

    const Scenario& s = m_scenario;
    const int Y = static_cast<int>(s.projection.years);
    const int M = 12 * Y;
    m_years = Y;
    m_startYear = static_cast<int>(s.projection.start_year);

    m_wage.resize(Y);
    m_labourForce.resize(Y);
    m_unemployed.resize(Y);
    m_insured.resize(Y);
    m_wageBill.resize(Y);
    m_legislatedRate.resize(Y);
    m_separations.resize(Y);
    m_newClaims.resize(Y);
    m_monthlyReturn.resize(Y);
    m_monthlyBorrow.resize(Y);
    m_monthlyTransfer.resize(Y);
    m_contributoryWage.resize(Y);

    const double f = s.labour.job_finding_rate;
    const double fb = std::min(1.0, f * s.labour.claimant_exit_factor);
    const double stay = 1.0 - fb;  // monthly probability that a beneficiary stays on benefit
    const double sigma = s.wages.dispersion;
    const double claimFraction = s.eligibility.involuntary_share *
                                 s.eligibility.contribution_condition_share * s.eligibility.take_up *
                                 std::pow(stay, static_cast<double>(s.benefits.waiting_days) / 30.0);

    // Longest duration and the benefit table b[y, d] (model-spec "Benefit of a beneficiary").
    const auto& durations = s.benefits.duration_months;
    const int maxDuration = *std::max_element(durations.begin(), durations.end());
    const auto& rates = s.benefits.replacement_rates;
    const int rateCount = static_cast<int>(rates.size());
    // Distinct rates only: months past the schedule's end share its last rate.
    const int distinct = std::min(rateCount, maxDuration);
    m_benefitTable.resize(Y, distinct);  // LCU per beneficiary-month, by year and rate index
    Eigen::ArrayXXd& benefitTable = m_benefitTable;
    m_claimFraction = claimFraction;

    double price = 1.0;
    for (int y = 0; y < Y; ++y) {
        if (y == 0) {
            m_wage[y] = s.wages.average_monthly;
            m_labourForce[y] = s.labour.force;
        } else {
            m_wage[y] = m_wage[y - 1] * (1.0 + s.wages.growth.at(y));
            price *= 1.0 + s.economy.inflation.at(y);
            m_labourForce[y] = m_labourForce[y - 1] * (1.0 + s.labour.force_growth.at(y));
        }
        const double u = s.labour.unemployment_rate.at(y);
        m_unemployed[y] = m_labourForce[y] * u;
        m_insured[y] = (m_labourForce[y] - m_unemployed[y]) * s.coverage.wage_employee_share.at(y) *
                       s.coverage.legal_coverage.at(y) * s.coverage.compliance.at(y);

        const double wageIndex = m_wage[y] / m_wage[0];
        const auto ci = s.contributions.threshold_indexation;
        const double floor = indexed(s.contributions.wage_floor, y, ci, price, wageIndex);
        const double ceiling = indexed(s.contributions.wage_ceiling, y, ci, price, wageIndex);
        const auto bi = s.benefits.threshold_indexation;
        const double bMin = indexed(s.benefits.minimum, y, bi, price, wageIndex);
        const double bMax = indexed(s.benefits.maximum, y, bi, price, wageIndex);

        const double contributoryWage =
            expectedClamp(m_wage[y], sigma, floor > 0 ? floor : 0.0, ceiling > 0 ? ceiling : kInf);
        m_contributoryWage[y] = contributoryWage;
        m_wageBill[y] = m_insured[y] * contributoryWage;
        m_legislatedRate[y] = s.contributions.employee_rate.at(y) + s.contributions.employer_rate.at(y) +
                              s.contributions.government_rate.at(y);

        const double separationRate = f * u / (1.0 - u);
        m_separations[y] = separationRate * m_insured[y];
        m_newClaims[y] = m_separations[y] * claimFraction;

        const double claimantWage = s.benefits.claimant_wage_ratio * m_wage[y];
        for (int j = 0; j < distinct; ++j)
            benefitTable(y, j) = expectedBenefit(claimantWage, sigma, rates[static_cast<std::size_t>(j)],
                                                 floor, ceiling, bMin, bMax);

        m_monthlyReturn[y] = monthlyRate(s.reserve.return_rate.at(y));
        m_monthlyBorrow[y] = monthlyRate(s.reserve.borrowing_rate.at(y));
        m_monthlyTransfer[y] = s.reserve.transfers.at(y) / 12.0;
    }

    // Survivors kernel: a new claim is on benefit in its d-th month with weight
    // k[d] = A(d) * stay^(d-1), where A(d) is the share of claims whose class allows d months.
    // This is the spec's class-by-class recursion B[c,m][d] = stay * B[c,m-1][d-1] summed over
    // classes, since each class keeps a_c * N[m-d+1] * stay^(d-1) for d <= D_c.
    m_kernel.resize(maxDuration);
    Eigen::ArrayXd& kernel = m_kernel;
    double survival = 1.0;
    for (int d = 1; d <= maxDuration; ++d) {
        double share = 0;
        for (std::size_t c = 0; c < durations.size(); ++c)
            if (durations[c] >= d)
                share += s.benefits.duration_shares[c];
        kernel[d - 1] = share * survival;
        survival *= stay;
    }

    // Claims before the start: the steady-state stock repeats N0; a new scheme has none.
    const double priorClaims =
        s.projection.initial_claimants == InitialClaimants::SteadyState ? m_newClaims[0] : 0.0;
    m_beneficiaries.resize(M);
    m_benefits.resize(M);
    for (int m = 0; m < M; ++m) {
        const int y = m / 12;
        double persons = 0;
        double paid = 0;
        for (int d = 1; d <= maxDuration; ++d) {
            const int start = m - d + 1;  // month in which these claimants entered
            const double claims = start >= 0 ? m_newClaims[start / 12] : priorClaims;
            const double b = kernel[d - 1] * claims;
            persons += b;
            paid += b * benefitTable(y, std::min(d, distinct) - 1);
        }
        m_beneficiaries[m] = persons;
        m_benefits[m] = paid;
    }
}

void Projection::walkReserve(std::optional<double> flatRate, Walk& w) const
{
    const Scenario& s = m_scenario;
    const int Y = m_years;
    if (w.record) {
        for (auto* a : {&w.rate, &w.contributions, &w.other, &w.admin, &w.expenditure, &w.investment,
                        &w.transfers, &w.reserve, &w.lowestMonthEnd})
            a->resize(Y);
        for (auto* a : {&w.mRate, &w.mContributions, &w.mOther, &w.mAdmin, &w.mExpenditure,
                        &w.mInvestment, &w.mReserve})
            a->resize(12 * Y);
    }
    const double benefitRelated = s.expenditure.benefit_related_rate;
    const double almp = s.expenditure.almp_share;
    const double adminShare = s.expenditure.admin_share;
    const bool band = !flatRate && s.financing.rule == FinancingRule::ReserveBand;

    double reserve = s.reserve.initial;
    double rate = 0;
    double previousRatio = 0;
    double yearExpenditure = 0;
    for (int y = 0; y < Y; ++y) {
        // model-spec "reserve_band": the adjustment a = c - cb moves one step a year.
        if (flatRate) {
            rate = *flatRate;
        } else if (!band || y == 0) {
            rate = m_legislatedRate[y];
        } else {
            double adjustment = rate - m_legislatedRate[y - 1];
            if (previousRatio < s.financing.lower_ratio)
                adjustment += s.financing.step;
            else if (previousRatio > s.financing.upper_ratio)
                adjustment -= s.financing.step;
            rate = std::clamp(m_legislatedRate[y] + adjustment, s.financing.min_rate, s.financing.max_rate);
        }
        const double ci = rate * m_wageBill[y];
        const double transfer = m_monthlyTransfer[y];
        double sumOther = 0, sumAdmin = 0, sumInvestment = 0, lowest = kInf;
        yearExpenditure = 0;
        for (int k = 0; k < 12; ++k) {
            const int m = 12 * y + k;
            const double bx = m_benefits[m];
            const double ox = benefitRelated * bx + almp * ci;
            const double ax = adminShare * ci;
            const double tx = bx + ox + ax;
            const double i = reserve >= 0 ? m_monthlyReturn[y] : m_monthlyBorrow[y];
            const double ii = reserve * i;
            reserve = reserve + ii + ci - tx + transfer;
            yearExpenditure += tx;
            if (w.record) {
                sumOther += ox;
                sumAdmin += ax;
                sumInvestment += ii;
                lowest = std::min(lowest, reserve);
                w.mRate[m] = rate;
                w.mContributions[m] = ci;
                w.mOther[m] = ox;
                w.mAdmin[m] = ax;
                w.mExpenditure[m] = tx;
                w.mInvestment[m] = ii;
                w.mReserve[m] = reserve;
            }
        }
        previousRatio = ruleRatio(reserve, yearExpenditure);
        if (w.record) {
            w.rate[y] = rate;
            w.contributions[y] = 12.0 * ci;
            w.other[y] = sumOther;
            w.admin[y] = sumAdmin;
            w.expenditure[y] = yearExpenditure;
            w.investment[y] = sumInvestment;
            w.transfers[y] = 12.0 * transfer;
            w.reserve[y] = reserve;
            w.lowestMonthEnd[y] = lowest;
        }
    }
    w.finalReserve = reserve;
    w.lastExpenditure = yearExpenditure;
}

double Projection::terminalGap(double rate) const
{
    Walk w;
    walkReserve(rate, w);
    return w.finalReserve - m_scenario.projection.target_reserve_ratio * w.lastExpenditure;
}

std::optional<double> Projection::breakEvenRate() const
{
    // The gap is affine in the rate while the reserve stays positive (and piecewise affine
    // when it borrows), so TOMS 748 lands in two or three steps.
    const double lo = 0.0, hi = 1.0;
    const double gLo = terminalGap(lo);
    const double gHi = terminalGap(hi);
    if (gLo == 0)
        return lo;
    if (gHi == 0)
        return hi;
    if ((gLo > 0) == (gHi > 0) || !std::isfinite(gLo) || !std::isfinite(gHi))
        return std::nullopt;
    std::uintmax_t iterations = 200;
    const auto tolerance = [](double a, double b) { return std::abs(b - a) <= 1e-13; };
    const auto [a, b] = boost::math::tools::toms748_solve([this](double c) { return terminalGap(c); },
                                                          lo, hi, gLo, gHi, tolerance, iterations);
    return 0.5 * (a + b);
}

ProjectionResult Projection::run() const
{
    const int Y = m_years;
    const int M = 12 * Y;
    Walk w;
    w.record = true;
    walkReserve(std::nullopt, w);

    ProjectionResult r;
    r.startYear = m_startYear;
    r.years = Y;
    r.annual.resize(Y, kColumnCount);
    r.monthly.resize(M, kMonthlyColumnCount);

    auto set = [&r](int y, Column c, double v) { r.annual(y, static_cast<int>(c)) = v; };
    std::array<double, 3> topCostRates{};  // three highest benefits / wage_bill so far
    int costRateCount = 0;
    for (int y = 0; y < Y; ++y) {
        const double wageBill = 12.0 * m_wageBill[y];
        const auto months = Eigen::seqN(12 * y, 12);
        const double beneficiaries = m_beneficiaries(months).mean();
        const double benefits = m_benefits(months).sum();
        const double balance = w.contributions[y] + w.investment[y] + w.transfers[y] - w.expenditure[y];
        const double reserveToWages = divideOrNaN(w.reserve[y], wageBill);
        const double averageBenefit = beneficiaries != 0 ? benefits / (12.0 * beneficiaries) : kNaN;

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

        set(y, Column::year, m_startYear + y);
        set(y, Column::labour_force, m_labourForce[y]);
        set(y, Column::unemployed, m_unemployed[y]);
        set(y, Column::insured, m_insured[y]);
        set(y, Column::separations, 12.0 * m_separations[y]);
        set(y, Column::wage_bill, wageBill);
        set(y, Column::contribution_rate, w.rate[y]);
        set(y, Column::contributions, w.contributions[y]);
        set(y, Column::new_claims, 12.0 * m_newClaims[y]);
        set(y, Column::beneficiaries, beneficiaries);
        set(y, Column::benefits, benefits);
        set(y, Column::other_expenditure, w.other[y]);
        set(y, Column::admin, w.admin[y]);
        set(y, Column::expenditure, w.expenditure[y]);
        set(y, Column::investment_income, w.investment[y]);
        set(y, Column::transfers, w.transfers[y]);
        set(y, Column::balance, balance);
        set(y, Column::reserve, w.reserve[y]);
        set(y, Column::reserve_ratio, divideOrNaN(w.reserve[y], w.expenditure[y]));
        set(y, Column::reserve_to_wages, reserveToWages);
        set(y, Column::cost_rate, divideOrNaN(w.expenditure[y], wageBill));
        set(y, Column::effective_coverage, divideOrNaN(beneficiaries, m_unemployed[y]));
        set(y, Column::average_benefit, averageBenefit);
        set(y, Column::average_replacement, divideOrNaN(averageBenefit, m_wage[y]));
        set(y, Column::high_cost_multiple,
            highCostMean != 0 ? reserveToWages / highCostMean : kNaN);
    }

    for (int m = 0; m < M; ++m) {
        const int y = m / 12;
        auto set = [&r, m](MonthlyColumn c, double v) { r.monthly(m, static_cast<int>(c)) = v; };
        set(MonthlyColumn::year, m_startYear + y);
        set(MonthlyColumn::month, m % 12 + 1);
        set(MonthlyColumn::contribution_rate, w.mRate[m]);
        set(MonthlyColumn::separations, m_separations[y]);
        set(MonthlyColumn::new_claims, m_newClaims[y]);
        set(MonthlyColumn::beneficiaries, m_beneficiaries[m]);
        set(MonthlyColumn::contributions, w.mContributions[m]);
        set(MonthlyColumn::benefits, m_benefits[m]);
        set(MonthlyColumn::other_expenditure, w.mOther[m]);
        set(MonthlyColumn::admin, w.mAdmin[m]);
        set(MonthlyColumn::expenditure, w.mExpenditure[m]);
        set(MonthlyColumn::investment_income, w.mInvestment[m]);
        set(MonthlyColumn::transfers, m_monthlyTransfer[y]);
        set(MonthlyColumn::reserve, w.mReserve[m]);
    }

    // Summary measures (model-spec "Summary measures").
    for (int y = 0; y < Y; ++y) {
        if (w.lowestMonthEnd[y] < 0) {
            r.summary.depletionYear = m_startYear + y;
            break;
        }
    }
    for (int y = 0; y < Y; ++y) {
        const double ratio = r.at(y, Column::reserve_ratio);
        if (!std::isnan(ratio) && (!r.summary.minimumReserveRatio || ratio < *r.summary.minimumReserveRatio)) {
            r.summary.minimumReserveRatio = ratio;
            r.summary.minimumReserveRatioYear = m_startYear + y;
        }
    }
    r.summary.breakEvenRate = breakEvenRate();
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
        "high_cost_multiple"};
    return names;
}

const std::array<std::string_view, kMonthlyColumnCount>& monthlyColumnNames()
{
    static const std::array<std::string_view, kMonthlyColumnCount> names{
        "year",          "month",       "contribution_rate", "separations",      "new_claims",
        "beneficiaries", "contributions", "benefits",        "other_expenditure", "admin",
        "expenditure",   "investment_income", "transfers",   "reserve"};
    return names;
}

}  // namespace tideover::core
