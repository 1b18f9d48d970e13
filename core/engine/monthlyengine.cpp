// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/engine/monthlyengine.h"

#include "core/engine/lognormal.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

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

// model-spec "reserve_band": a year with zero expenditure counts as reserve ratio +inf
// (reserve >= 0) or -inf.
double ruleRatio(double reserve, double expenditure)
{
    if (expenditure != 0)
        return reserve / expenditure;
    return reserve >= 0 ? kInf : -kInf;
}

// out[i] = sum over j of terms[j][i] for the P paths, added in j order from 0 (the spec's
// sums over d, as a running sum): four terms per pass over `out`, which a left-to-right
// expression adds in the same order.
void sumInOrder(const double* const* terms, int count, Eigen::Index P, double* out)
{
    for (Eigen::Index i = 0; i < P; ++i)
        out[i] = 0.0;
    for (int d = 0; d < count; d += 4) {
        const double* t0 = terms[d];
        switch (std::min(4, count - d)) {
        case 4: {
            const double *t1 = terms[d + 1], *t2 = terms[d + 2], *t3 = terms[d + 3];
            for (Eigen::Index i = 0; i < P; ++i)
                out[i] = out[i] + t0[i] + t1[i] + t2[i] + t3[i];
            break;
        }
        case 3: {
            const double *t1 = terms[d + 1], *t2 = terms[d + 2];
            for (Eigen::Index i = 0; i < P; ++i)
                out[i] = out[i] + t0[i] + t1[i] + t2[i];
            break;
        }
        case 2: {
            const double* t1 = terms[d + 1];
            for (Eigen::Index i = 0; i < P; ++i)
                out[i] = out[i] + t0[i] + t1[i];
            break;
        }
        default:
            for (Eigen::Index i = 0; i < P; ++i)
                out[i] = out[i] + t0[i];
            break;
        }
    }
}

}  // namespace

double monthlyRate(double annual) { return std::pow(1.0 + annual, 1.0 / 12.0) - 1.0; }

MonthlyEngine::MonthlyEngine(const Scenario& scenario) : m_scenario(scenario)
{
    const Scenario& s = m_scenario;
    const int Y = static_cast<int>(s.projection.years);
    m_years = Y;
    m_startYear = static_cast<int>(s.projection.start_year);

    for (auto* a : {&m_wage, &m_labourForce, &m_employeeShare, &m_legalCoverage, &m_compliance, &m_contributoryWage,
                    &m_legislatedRate, &m_monthlyReturn, &m_monthlyBorrow, &m_monthlyTransfer})
        a->resize(Y);

    const double f = s.labour.job_finding_rate;
    const double fb = std::min(1.0, f * s.labour.claimant_exit_factor);
    const double stay = 1.0 - fb;  // monthly probability that a beneficiary stays on benefit
    const double sigma = s.wages.dispersion;
    m_claimFraction = s.eligibility.involuntary_share * s.eligibility.contribution_condition_share *
                      s.eligibility.take_up * std::pow(stay, static_cast<double>(s.benefits.waiting_days) / 30.0);

    // Longest duration and the benefit table b[y, d] (model-spec "Benefit of a beneficiary").
    const auto& durations = s.benefits.duration_months;
    const int maxDuration = *std::max_element(durations.begin(), durations.end());
    const auto& rates = s.benefits.replacement_rates;
    // Distinct rates only: months past the schedule's end share its last rate.
    const int distinct = std::min(static_cast<int>(rates.size()), maxDuration);
    m_benefitTable.resize(Y, distinct);

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
        m_employeeShare[y] = s.coverage.wage_employee_share.at(y);
        m_legalCoverage[y] = s.coverage.legal_coverage.at(y);
        m_compliance[y] = s.coverage.compliance.at(y);

        const double wageIndex = m_wage[y] / m_wage[0];
        const auto ci = s.contributions.threshold_indexation;
        const double floor = indexed(s.contributions.wage_floor, y, ci, price, wageIndex);
        const double ceiling = indexed(s.contributions.wage_ceiling, y, ci, price, wageIndex);
        const auto bi = s.benefits.threshold_indexation;
        const double bMin = indexed(s.benefits.minimum, y, bi, price, wageIndex);
        const double bMax = indexed(s.benefits.maximum, y, bi, price, wageIndex);

        m_contributoryWage[y] =
            expectedClamp(m_wage[y], sigma, floor > 0 ? floor : 0.0, ceiling > 0 ? ceiling : kInf);
        m_legislatedRate[y] = s.contributions.employee_rate.at(y) + s.contributions.employer_rate.at(y) +
                              s.contributions.government_rate.at(y);

        const double claimantWage = s.benefits.claimant_wage_ratio * m_wage[y];
        for (int j = 0; j < distinct; ++j)
            m_benefitTable(y, j) = expectedBenefit(claimantWage, sigma, rates[static_cast<std::size_t>(j)], floor,
                                                   ceiling, bMin, bMax);

        m_monthlyReturn[y] = monthlyRate(s.reserve.return_rate.at(y));
        m_monthlyBorrow[y] = monthlyRate(s.reserve.borrowing_rate.at(y));
        m_monthlyTransfer[y] = s.reserve.transfers.at(y) / 12.0;
    }

    // Survivors kernel: a new claim is on benefit in its d-th month with weight
    // k[d] = A(d) * stay^(d-1), where A(d) is the share of claims whose class allows d months.
    // This is the spec's class-by-class recursion B[c,m][d] = stay * B[c,m-1][d-1] summed over
    // classes, since each class keeps a_c * N[m-d+1] * stay^(d-1) for d <= D_c.
    m_kernel.resize(maxDuration);
    double survival = 1.0;
    for (int d = 1; d <= maxDuration; ++d) {
        double share = 0;
        for (std::size_t c = 0; c < durations.size(); ++c)
            if (durations[c] >= d)
                share += s.benefits.duration_shares[c];
        m_kernel[d - 1] = share * survival;
        survival *= stay;
    }
}

MonthlyEngine::Inputs MonthlyEngine::baselineInputs(int paths, Detail detail) const
{
    Inputs in;
    in.detail = detail;
    in.unemployment.resize(paths, m_years);
    for (int y = 0; y < m_years; ++y)
        in.unemployment.col(y).setConstant(m_scenario.labour.unemployment_rate.at(y));
    return in;
}

void MonthlyEngine::checkInputs(const Inputs& in, int years) const
{
    const Eigen::Index P = in.unemployment.rows();
    const int columns = in.monthly ? 12 * years : years;
    if (years < 1 || P < 1 || in.unemployment.cols() < columns)
        throw std::invalid_argument("MonthlyEngine: the unemployment paths do not cover the years walked");
    if (in.returnRate.size() != 0 && (in.returnRate.rows() != P || in.returnRate.cols() < years))
        throw std::invalid_argument("MonthlyEngine: the return paths do not match the unemployment paths");
    if (in.priorUnemployment.size() != 0 && in.priorUnemployment.size() != P)
        throw std::invalid_argument("MonthlyEngine: one prior unemployment rate per path is needed");
}

// model-spec "Economy" and "Flows" for each path and column (year, or month when monthly):
// U = LF u, INS = (LF - U) share legal compliance, WB = INS CW, I = f u / (1 - u) INS,
// N = I claim_fraction; and the claims before the start ("Initial stock").
void MonthlyEngine::columnFlows(const Inputs& in, Flows& fl) const
{
    const int years = in.years < 0 ? m_years : std::min(in.years, m_years);
    checkInputs(in, years);
    const Eigen::Index P = in.unemployment.rows();
    const bool full = in.detail == Detail::Full;
    fl.years = years;
    fl.monthsPerColumn = in.monthly ? 1 : 12;
    const int columns = in.monthly ? 12 * years : years;
    const double f = m_scenario.labour.job_finding_rate;

    fl.wageBill.resize(P, columns);
    fl.claims.resize(P, columns);
    for (auto* a : {&fl.unemployed, &fl.insured, &fl.separations})
        a->resize(full ? P : 0, full ? columns : 0);
    Eigen::ArrayXd unemployed(P), insured(P), separations(P);
    const auto flowsOf = [&](int y, const Eigen::Ref<const Eigen::ArrayXd>& u, Eigen::Ref<Eigen::ArrayXd> wb,
                             Eigen::Ref<Eigen::ArrayXd> n) {
        unemployed = m_labourForce[y] * u;
        insured = (m_labourForce[y] - unemployed) * m_employeeShare[y] * m_legalCoverage[y] * m_compliance[y];
        wb = insured * m_contributoryWage[y];
        separations = f * u / (1.0 - u) * insured;
        n = separations * m_claimFraction;
    };
    for (int c = 0; c < columns; ++c) {
        flowsOf(c / (12 / fl.monthsPerColumn), in.unemployment.col(c), fl.wageBill.col(c), fl.claims.col(c));
        if (full) {
            fl.unemployed.col(c) = unemployed;
            fl.insured.col(c) = insured;
            fl.separations.col(c) = separations;
        }
    }

    fl.priorClaims.setZero(P);
    if (m_scenario.projection.initial_claimants == InitialClaimants::SteadyState) {
        if (in.priorUnemployment.size() == 0 && !in.monthly) {
            fl.priorClaims = fl.claims.col(0);
        } else {
            Eigen::ArrayXd ignoredWageBill(P);
            const Eigen::ArrayXd u = in.priorUnemployment.size() != 0 ? in.priorUnemployment
                                                                      : Eigen::ArrayXd(in.unemployment.col(0));
            flowsOf(0, u, ignoredWageBill, fl.priorClaims);
        }
    }
}

// model-spec "Benefits" for the 12 months of year y: BX[m] = sum over d of b[d] b[y,d] and
// BEN[m] = sum over d of b[d], with b[d] = k[d] N[m-d+1] (the prior claims before the
// start), summed in d order. `paid` and `persons` (may be null) are P x 12, column-major.
// With annual columns, N[m-d+1] takes at most two values over the year for each d, so each
// product is formed once a year (the same operands give the same bits each month).
// `terms` is scratch.
void MonthlyEngine::benefitsOfYear(const Flows& fl, int y, Eigen::ArrayXXd& terms, double* paid,
                                   double* persons) const
{
    const Eigen::Index P = fl.wageBill.rows();
    const int D = static_cast<int>(m_kernel.size());
    const int distinct = static_cast<int>(m_benefitTable.cols());
    const int perColumn = fl.monthsPerColumn;
    const auto claimsFrom = [&](int start) -> const double* {  // N of the claimants who entered in month `start`
        return start >= 0 ? fl.claims.col(start / perColumn).data() : fl.priorClaims.data();
    };
    // One product pair (k[d] N, k[d] N b[y,d]) per column of `terms`: 2 per d and source.
    const bool annual = perColumn == 12;
    const int slots = annual ? 2 : 1;
    terms.resize(P, 2 * slots * D);
    std::array<const double*, 2> sourceOf{};
    std::vector<const double*> money(static_cast<std::size_t>(D)), heads(static_cast<std::size_t>(D));
    std::vector<const double*> firstSource(static_cast<std::size_t>(D));
    const auto product = [&](int d, int slot, const double* n) {
        const double weight = m_kernel[d - 1];
        const double perBeneficiary = m_benefitTable(y, std::min(d, distinct) - 1);
        double* b = terms.col(2 * (slots * (d - 1) + slot)).data();
        double* bx = terms.col(2 * (slots * (d - 1) + slot) + 1).data();
        for (Eigen::Index i = 0; i < P; ++i) {
            b[i] = weight * n[i];
            bx[i] = b[i] * perBeneficiary;
        }
    };
    if (annual) {
        for (int d = 1; d <= D; ++d) {
            sourceOf[0] = claimsFrom(12 * y - d + 1);       // month 0 of the year
            sourceOf[1] = claimsFrom(12 * y + 11 - d + 1);  // month 11
            firstSource[static_cast<std::size_t>(d - 1)] = sourceOf[0];
            product(d, 0, sourceOf[0]);
            if (sourceOf[1] != sourceOf[0])
                product(d, 1, sourceOf[1]);
        }
    }
    for (int k = 0; k < 12; ++k) {
        const int m = 12 * y + k;
        for (int d = 1; d <= D; ++d) {
            const double* n = claimsFrom(m - d + 1);
            int slot = 0;
            if (annual)
                slot = n == firstSource[static_cast<std::size_t>(d - 1)] ? 0 : 1;
            else
                product(d, 0, n);
            heads[static_cast<std::size_t>(d - 1)] = terms.col(2 * (slots * (d - 1) + slot)).data();
            money[static_cast<std::size_t>(d - 1)] = terms.col(2 * (slots * (d - 1) + slot) + 1).data();
        }
        sumInOrder(money.data(), D, P, paid + k * P);
        if (persons)
            sumInOrder(heads.data(), D, P, persons + k * P);
    }
}

void MonthlyEngine::flows(const Inputs& in, Flows& fl) const
{
    columnFlows(in, fl);
    const Eigen::Index P = fl.wageBill.rows();
    const bool full = in.detail == Detail::Full;
    fl.benefits.resize(P, 12 * fl.years);
    fl.beneficiaries.resize(full ? P : 0, full ? 12 * fl.years : 0);
    Eigen::ArrayXXd terms;
    for (int y = 0; y < fl.years; ++y)
        benefitsOfYear(fl, y, terms, fl.benefits.col(12 * y).data(), full ? fl.beneficiaries.col(12 * y).data() : nullptr);
}

void MonthlyEngine::walk(const Inputs& in, const Flows& fl, Outputs& out) const
{
    switch (in.detail) {
    case Detail::Annual: walkYears<Detail::Annual>(in, fl, out, false); break;
    case Detail::MonthlyReserve: walkYears<Detail::MonthlyReserve>(in, fl, out, false); break;
    case Detail::Full: walkYears<Detail::Full>(in, fl, out, false); break;
    }
}

void MonthlyEngine::run(const Inputs& in, Flows& scratch, Outputs& out) const
{
    if (in.detail == Detail::Full) {
        flows(in, scratch);
        walk(in, scratch, out);
        return;
    }
    columnFlows(in, scratch);
    if (in.detail == Detail::Annual)
        walkYears<Detail::Annual>(in, scratch, out, true);
    else
        walkYears<Detail::MonthlyReserve>(in, scratch, out, true);
}

// model-spec "Reserve" and "Financing" for every path: each year sets the contribution rate
// c[y] (legislated, flat, or the reserve_band step on last year's ratio), then each month
//     CI = c WB,  OX = benefit_related_rate BX + almp_share CI,  AX = admin_share CI,
//     TX = BX + OX + AX,  II = R i (i at the return rate for R >= 0, the borrowing rate below),
//     R[m+1] = R[m] + II + CI - TX + T.
// `fused`: the year's BX is computed here (fl holds the column flows only).
template <MonthlyEngine::Detail detail>
void MonthlyEngine::walkYears(const Inputs& in, const Flows& fl, Outputs& out, bool fused) const
{
    constexpr bool full = detail == Detail::Full;
    constexpr bool monthlyReserve = detail != Detail::Annual;
    const Scenario& s = m_scenario;
    const int years = fl.years;
    const Eigen::Index P = fl.wageBill.rows();
    const bool monthlyColumns = fl.monthsPerColumn == 1;
    const double benefitRelated = s.expenditure.benefit_related_rate;
    const double almp = s.expenditure.almp_share;
    const double adminShare = s.expenditure.admin_share;
    const auto& rule = s.financing;
    const bool band = !in.flatRate && rule.rule == FinancingRule::ReserveBand;

    for (auto* a : {&out.reserve, &out.expenditure, &out.wageBill, &out.benefits, &out.contributionRate,
                    &out.lowestReserve, &out.reserveRatio, &out.costRate})
        a->resize(P, years);
    out.monthlyReserve.resize(monthlyReserve ? P : 0, monthlyReserve ? 12 * years : 0);
    for (auto* a : {&out.contributions, &out.other, &out.admin, &out.investment, &out.transfers})
        a->resize(full ? P : 0, full ? years : 0);
    for (auto* a : {&out.monthlyContributions, &out.monthlyOther, &out.monthlyAdmin, &out.monthlyExpenditure,
                    &out.monthlyInvestment})
        a->resize(full ? P : 0, full ? 12 * years : 0);

    // Working vectors, one value per path.
    Eigen::ArrayXd reserve = Eigen::ArrayXd::Constant(P, s.reserve.initial);
    Eigen::ArrayXd rate(P), previousRatio(P), monthlyReturn(P), contributions(P);
    Eigen::ArrayXd yearSpent(P), yearPaid(P), lowest(P), yearContributions(P), yearOther(P), yearAdmin(P),
        yearInvestment(P);
    Eigen::ArrayXXd yearBenefits(fused ? P : 0, fused ? 12 : 0);  // BX of the year's months, P x 12
    Eigen::ArrayXXd terms;
    for (int y = 0; y < years; ++y) {
        // model-spec "reserve_band": the adjustment a = c - cb moves one step a year, per path.
        if (in.flatRate) {
            rate.setConstant(*in.flatRate);
        } else if (!band || y == 0) {
            rate.setConstant(m_legislatedRate[y]);
        } else {
            const double before = m_legislatedRate[y - 1], now = m_legislatedRate[y];
            for (Eigen::Index i = 0; i < P; ++i) {
                double adjustment = rate[i] - before;
                if (previousRatio[i] < rule.lower_ratio)
                    adjustment += rule.step;
                else if (previousRatio[i] > rule.upper_ratio)
                    adjustment -= rule.step;
                rate[i] = std::clamp(now + adjustment, rule.min_rate, rule.max_rate);
            }
        }
        if (in.returnRate.size() != 0) {
            for (Eigen::Index i = 0; i < P; ++i)
                monthlyReturn[i] = monthlyRate(in.returnRate(i, y));
        } else {
            monthlyReturn.setConstant(m_monthlyReturn[y]);
        }
        const double borrow = m_monthlyBorrow[y];
        const double transfer = m_monthlyTransfer[y];

        const double* paidOfYear = nullptr;  // BX, P x 12
        if (fused) {
            benefitsOfYear(fl, y, terms, yearBenefits.data(), nullptr);
            paidOfYear = yearBenefits.data();
        } else {
            paidOfYear = fl.benefits.col(12 * y).data();
        }

        yearSpent.setZero();
        yearPaid.setZero();
        lowest.setConstant(kInf);
        if constexpr (full) {
            yearContributions.setZero();
            yearOther.setZero();
            yearAdmin.setZero();
            yearInvestment.setZero();
        }
        for (int k = 0; k < 12; ++k) {
            const int m = 12 * y + k;
            if (monthlyColumns || k == 0) {
                const double* wb = fl.wageBill.col(monthlyColumns ? m : y).data();
                for (Eigen::Index i = 0; i < P; ++i)
                    contributions[i] = rate[i] * wb[i];
            }
            const double* paid = paidOfYear + k * P;
            double* const R = reserve.data();
            const double* const ci = contributions.data();
            const double* const ret = monthlyReturn.data();
            double* const spentSum = yearSpent.data();
            double* const paidSum = yearPaid.data();
            double* const low = lowest.data();
            for (Eigen::Index i = 0; i < P; ++i) {
                const double bx = paid[i];
                const double ox = benefitRelated * bx + almp * ci[i];
                const double ax = adminShare * ci[i];
                const double tx = bx + ox + ax;
                const double r = R[i];
                const double ii = r * (r >= 0 ? ret[i] : borrow);
                const double next = r + ii + ci[i] - tx + transfer;
                R[i] = next;
                spentSum[i] += tx;
                paidSum[i] += bx;
                low[i] = std::min(low[i], next);
                if constexpr (full) {
                    yearContributions[i] += ci[i];
                    yearOther[i] += ox;
                    yearAdmin[i] += ax;
                    yearInvestment[i] += ii;
                    out.monthlyContributions(i, m) = ci[i];
                    out.monthlyOther(i, m) = ox;
                    out.monthlyAdmin(i, m) = ax;
                    out.monthlyExpenditure(i, m) = tx;
                    out.monthlyInvestment(i, m) = ii;
                }
            }
            if constexpr (monthlyReserve)
                out.monthlyReserve.col(m) = reserve;
        }
        out.reserve.col(y) = reserve;
        out.expenditure.col(y) = yearSpent;
        out.benefits.col(y) = yearPaid;
        out.contributionRate.col(y) = rate;
        out.lowestReserve.col(y) = lowest;
        if (monthlyColumns) {
            out.wageBill.col(y) = fl.wageBill.col(12 * y);
            for (int k = 1; k < 12; ++k)
                out.wageBill.col(y) += fl.wageBill.col(12 * y + k);
        } else {
            out.wageBill.col(y) = 12.0 * fl.wageBill.col(y);
        }
        // model-spec "Output columns": reserve_ratio and cost_rate, empty (NaN) where the
        // divisor is 0.
        for (Eigen::Index i = 0; i < P; ++i) {
            out.reserveRatio(i, y) = divideOrNaN(reserve[i], yearSpent[i]);
            out.costRate(i, y) = divideOrNaN(yearSpent[i], out.wageBill(i, y));
        }
        if constexpr (full) {
            // With annual u, CI is the same every month: the year's is 12 CI, as the spec's
            // contributions column; with monthly u, the sum of the months.
            out.contributions.col(y) = monthlyColumns ? yearContributions : Eigen::ArrayXd(12.0 * contributions);
            out.other.col(y) = yearOther;
            out.admin.col(y) = yearAdmin;
            out.investment.col(y) = yearInvestment;
            out.transfers.col(y).setConstant(12.0 * transfer);
        }
        if (band) {
            for (Eigen::Index i = 0; i < P; ++i)
                previousRatio[i] = ruleRatio(reserve[i], yearSpent[i]);
        }
    }
}

PathSummary summarise(const MonthlyEngine::Outputs& out, Eigen::Index path)
{
    PathSummary r;
    const Eigen::Index years = out.reserve.cols();
    for (Eigen::Index y = 0; y < years; ++y) {
        if (out.lowestReserve(path, y) < 0) {
            r.depletionYear = static_cast<int>(y);
            break;
        }
    }
    if (r.depletionYear && out.monthlyReserve.size() != 0) {
        for (int k = 0; k < 12; ++k) {
            if (out.monthlyReserve(path, 12 * *r.depletionYear + k) < 0) {
                r.depletionMonth = k;
                break;
            }
        }
    }
    for (Eigen::Index y = 0; y < years; ++y) {
        const double ratio = out.reserveRatio(path, y);
        if (!std::isnan(ratio) && (!r.minimumReserveRatio || ratio < *r.minimumReserveRatio)) {
            r.minimumReserveRatio = ratio;
            r.minimumReserveRatioYear = static_cast<int>(y);
        }
    }
    return r;
}

Eigen::ArrayXi depletionYears(const MonthlyEngine::Outputs& out)
{
    const Eigen::Index P = out.lowestReserve.rows();
    Eigen::ArrayXi first = Eigen::ArrayXi::Constant(P, -1);
    // Year by year, so that each pass reads one contiguous column.
    for (Eigen::Index y = 0; y < out.lowestReserve.cols(); ++y) {
        const double* lowest = out.lowestReserve.col(y).data();
        for (Eigen::Index i = 0; i < P; ++i)
            if (first[i] < 0 && lowest[i] < 0)
                first[i] = static_cast<int>(y);
    }
    return first;
}

double horizonGap(const MonthlyEngine::Outputs& out, Eigen::Index path, double target)
{
    const Eigen::Index last = out.reserve.cols() - 1;
    return out.reserve(path, last) - target * out.expenditure(path, last);
}

}  // namespace tideover::core
