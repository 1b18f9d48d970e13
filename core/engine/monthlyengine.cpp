// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/engine/monthlyengine.h"

#include "core/engine/lognormal.h"
#include "core/model/datedchanges.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <vector>

// The loops across paths are built twice on x86-64 Linux with GCC, for the baseline (SSE2)
// and for AVX2, and the loader picks the copy the CPU runs (target_clones, an ifunc). Both
// copies do the same IEEE operations in the same order (AVX2 brings no FMA, and contraction
// is off in ISO C++ mode), so results do not depend on the CPU, only the speed does. (Clang
// 14 does not clone templates; it builds the baseline only.)
#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__) && !defined(__clang__)
#define TIDEOVER_VECTOR_CLONES [[gnu::target_clones("avx2", "default")]]
#else
#define TIDEOVER_VECTOR_CLONES
#endif

namespace tideover::core {

namespace {

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

// The running figures of one path within a year: the reserve R and the year's sums of TX,
// BX, CI, OX, AX, II so far, and its lowest month-end reserve. PathYear holds them (a single
// path, in registers); PathYearRef refers to one path's entries of the working vectors.
struct PathYear {
    double reserve, spent, paid, lowest, contributions, other, admin, investment;
};
struct PathYearRef {
    double &reserve, &spent, &paid, &lowest, &contributions, &other, &admin, &investment;
};

// What a month costs, the same for every path of a block.
struct MonthConstants {
    double benefitRelated, almp, adminShare;  // expenditure.* shares of the year
    double borrow;                            // monthly borrowing rate
    double transfer;                          // T[m]
    double benefitShare;                      // contributions.government_benefit_share of the year
};

// The monthly interest rate on a reserve R (model-spec "Reserve"): the return for R >= 0,
// the borrowing rate below. Two forms of the same choice: with both rates in registers it is
// a select, which vectorises across paths; with the rates in memory the compiler branches,
// and a single path's chain of months, which the branch predicts, need not wait for the
// comparison.
struct RateBySign {
    double positive, negative;
    double operator()(double r) const { return r >= 0 ? positive : negative; }
};
struct RateBySignInMemory {
    const double* positive;
    const double* negative;
    double operator()(double r) const { return r >= 0 ? *positive : *negative; }
};

// One month's OX, AX, TX and II of one path, for the monthly tables.
struct MonthFlows {
    double ox, ax, tx, ii;
};

// model-spec "Reserve", one month of one path with benefit spending BX, contribution income
// CI and the monthly return on a reserve >= 0:
//     OX = benefit_related_rate BX + almp_share CI,  AX = admin_share CI,  TX = BX + OX + AX,
//     II = R i (i the return, or the borrowing rate when R < 0),  GS = government_benefit_share BX,
//     R <- R + II + CI + GS - TX + T.
// `sums`: CI, OX, AX and II are summed too (the projection's tables).
template <bool sums, class State, class InterestRate>
inline MonthFlows stepMonth(State&& p, double bx, double ci, InterestRate interestRate, MonthConstants c)
{
    const double ox = c.benefitRelated * bx + c.almp * ci;
    const double ax = c.adminShare * ci;
    const double tx = bx + ox + ax;
    const double r = p.reserve;
    const double ii = r * interestRate(r);
    // The state's share only where there is one: a v1 scenario's chain of additions, and so
    // its bits, stay as they were.
    double next = r + ii + ci;
    if (c.benefitShare != 0)
        next = next + c.benefitShare * bx;
    next = next - tx + c.transfer;
    p.reserve = next;
    p.spent += tx;
    p.paid += bx;
    p.lowest = std::min(p.lowest, next);
    if constexpr (sums) {
        p.contributions += ci;
        p.other += ox;
        p.admin += ax;
        p.investment += ii;
    }
    return {ox, ax, tx, ii};
}

// One month for the paths 0 .. P-1 of a block: the running figures (P each: reserve, the
// year's sums, the lowest month-end reserve; `sums` only with Full detail), the month's BX,
// CI and return (P each), and where to record R[m+1] and CI, OX, AX, TX, II (P each; null:
// not recorded). The arrays never overlap (__restrict), which lets the compiler vectorise the
// loop without run-time overlap tests.
template <bool sums>
TIDEOVER_VECTOR_CLONES void stepPaths(Eigen::Index P, double* __restrict reserve, double* __restrict spent, double* __restrict paid,
               double* __restrict lowest, double* __restrict contributions, double* __restrict other,
               double* __restrict admin, double* __restrict investment, const double* __restrict bx,
               const double* __restrict ci, const double* __restrict onPositive, MonthConstants c,
               double* __restrict monthEnd, double* __restrict monthCi, double* __restrict monthOx,
               double* __restrict monthAx, double* __restrict monthTx, double* __restrict monthIi)
{
    double unused = 0;
    for (Eigen::Index i = 0; i < P; ++i) {
        const MonthFlows f = stepMonth<sums>(
            PathYearRef{reserve[i], spent[i], paid[i], lowest[i], sums ? contributions[i] : unused,
                        sums ? other[i] : unused, sums ? admin[i] : unused, sums ? investment[i] : unused},
            bx[i], ci[i], RateBySign{onPositive[i], c.borrow}, c);
        if (monthEnd)
            monthEnd[i] = reserve[i];
        if constexpr (sums) {
            monthCi[i] = ci[i];
            monthOx[i] = f.ox;
            monthAx[i] = f.ax;
            monthTx[i] = f.tx;
            monthIi[i] = f.ii;
        }
    }
}

// body(i) for the paths i = 0 .. P-1: a loop over a column that the compiler vectorises,
// and for a single path (the deterministic projection) plain scalar code, without the
// loop's set-up and alias checks, which would cost more than the arithmetic.
template <class Body>
inline void forEachPath(Eigen::Index P, const Body& body)
{
    if (P == 1) {
        body(0);
        return;
    }
    for (Eigen::Index i = 0; i < P; ++i)
        body(i);
}

// model-spec "Benefits": the persons b = k[d] N and the money b b[y,d] of one d for the P
// paths (`persons` may be null: the money only, the same product (k[d] N) b[y,d]).
TIDEOVER_VECTOR_CLONES void formProductsOfPaths(Eigen::Index P, const double* __restrict n, double weight,
                                         double perBeneficiary, double* __restrict persons,
                                         double* __restrict money)
{
    if (persons) {
        for (Eigen::Index i = 0; i < P; ++i) {
            persons[i] = weight * n[i];
            money[i] = persons[i] * perBeneficiary;
        }
    } else {
        for (Eigen::Index i = 0; i < P; ++i)
            money[i] = weight * n[i] * perBeneficiary;
    }
}

// out[i] = start[i] + terms[0][i] + terms[1][i] + ... for the P paths, added left to right,
// the spec's sums over d as a running sum (start: zeros, or a prefix of the sum): four terms
// per pass over `out`, which a left-to-right expression adds in the same order. `out` may be
// `start`.
TIDEOVER_VECTOR_CLONES void sumInOrderOfPaths(const double* start, const double* const* terms, int count, Eigen::Index P, double* out)
{
    if (count == 0) {
        forEachPath(P, [&](Eigen::Index i) { out[i] = start[i]; });
        return;
    }
    for (int d = 0; d < count; d += 4) {
        const double* const from = d == 0 ? start : out;
        const double* t0 = terms[d];
        switch (std::min(4, count - d)) {
        case 4: {
            const double *t1 = terms[d + 1], *t2 = terms[d + 2], *t3 = terms[d + 3];
            forEachPath(P, [&](Eigen::Index i) { out[i] = from[i] + t0[i] + t1[i] + t2[i] + t3[i]; });
            break;
        }
        case 3: {
            const double *t1 = terms[d + 1], *t2 = terms[d + 2];
            forEachPath(P, [&](Eigen::Index i) { out[i] = from[i] + t0[i] + t1[i] + t2[i]; });
            break;
        }
        case 2: {
            const double* t1 = terms[d + 1];
            forEachPath(P, [&](Eigen::Index i) { out[i] = from[i] + t0[i] + t1[i]; });
            break;
        }
        default: forEachPath(P, [&](Eigen::Index i) { out[i] = from[i] + t0[i]; }); break;
        }
    }
}

// formProductsOfPaths() and sumInOrderOfPaths(), with a single path (the deterministic
// projection) done here in scalar code: the same operations, without a call per month.
inline void formProducts(Eigen::Index P, const double* n, double weight, double perBeneficiary, double* persons,
                         double* money)
{
    if (P != 1) {
        formProductsOfPaths(P, n, weight, perBeneficiary, persons, money);
    } else if (persons) {
        persons[0] = weight * n[0];
        money[0] = persons[0] * perBeneficiary;
    } else {
        money[0] = weight * n[0] * perBeneficiary;
    }
}

inline void sumInOrder(const double* start, const double* const* terms, int count, Eigen::Index P, double* out)
{
    if (P != 1) {
        sumInOrderOfPaths(start, terms, count, P, out);
        return;
    }
    double sum = start[0];
    for (int j = 0; j < count; ++j)
        sum = sum + terms[j][0];
    out[0] = sum;
}

}  // namespace

double monthlyRate(double annual) { return std::pow(1.0 + annual, 1.0 / 12.0) - 1.0; }

MonthlyEngine::MonthlyEngine(const Scenario& scenario) : m_scenario(withSeriesChangesApplied(scenario))
{
    build(nullptr);
    // model-spec v4: each further group is a model of its own over the same economy, read
    // from the group's view of the scenario (its dated changes folded in by its constructor).
    for (const WorkerGroup& group : scenario.groups)
        m_groups.push_back(std::shared_ptr<const MonthlyEngine>(
            new MonthlyEngine(groupView(scenario, group), groupTerms(scenario, group, m_years))));
}

MonthlyEngine::MonthlyEngine(const Scenario& view, const GroupTerms& terms)
    : m_scenario(withSeriesChangesApplied(view)), m_isGroup(true)
{
    build(&terms);
}

// The constructor's work: the resolved scenario's per-year arrays. `terms`: a further group's
// own keys (model-spec v4), null for the main group.
void MonthlyEngine::build(const GroupTerms* terms)
{
    const Scenario& s = m_scenario;
    const int Y = static_cast<int>(s.projection.years);
    m_years = Y;
    m_startYear = static_cast<int>(s.projection.start_year);

    for (auto* a : {&m_wage, &m_labourForce, &m_employeeShare, &m_legalCoverage, &m_compliance, &m_contributoryWage,
                    &m_legislatedRate, &m_monthlyReturn, &m_monthlyBorrow, &m_monthlyTransfer, &m_findingRate,
                    &m_stay, &m_separationFactor, &m_claimFraction, &m_benefitRelated, &m_almp, &m_admin,
                    &m_benefitShare, &m_price, &m_floor, &m_ceiling, &m_benefitMin, &m_benefitMax})
        a->resize(Y);

    // model-spec v2: the per-year flow rates, f[y], fb[y] = min(1, f[y] claimant_exit_factor[y]),
    // and N / I = involuntary_share take_up ... (1 - fb[y])^(waiting_days[y] / 30).
    const double sigma = s.wages.dispersion;
    for (int y = 0; y < Y; ++y) {
        const double f = s.labour.job_finding_rate.at(y);
        const double fb = std::min(1.0, f * s.labour.claimant_exit_factor.at(y));
        double stay = 1.0 - fb;  // monthly probability that a beneficiary stays on benefit
        // model-spec v4: a group's beneficiaries also leave the country at departure_rate, its
        // members lose their jobs member_risk times as often as the group, and return_share of
        // its job losers never claim.
        if (terms && terms->departureRate[static_cast<std::size_t>(y)] != 0)
            stay *= 1.0 - terms->departureRate[static_cast<std::size_t>(y)];
        m_findingRate[y] = f;
        m_stay[y] = stay;
        m_separationFactor[y] = s.labour.separation_factor.at(y);
        if (terms)
            m_separationFactor[y] *= terms->memberRisk[static_cast<std::size_t>(y)];
        m_claimFraction[y] = s.eligibility.involuntary_share.at(y) * s.eligibility.contribution_condition_share.at(y) *
                             s.eligibility.take_up.at(y) * std::pow(stay, s.benefits.waiting_days.at(y) / 30.0);
        if (terms)
            m_claimFraction[y] *= 1.0 - terms->returnShare[static_cast<std::size_t>(y)];
        m_benefitRelated[y] = s.expenditure.benefit_related_rate.at(y);
        m_almp[y] = s.expenditure.almp_share.at(y);
        m_admin[y] = s.expenditure.admin_share.at(y);
        m_benefitShare[y] = s.contributions.government_benefit_share.at(y);
    }

    // The benefit rules (model-spec v2): the start year's, then one per dated change of the
    // rule; a claim keeps the rule of the year its benefit starts.
    m_rules = benefitRules(s);
    m_ruleOfYear = ruleOfYear(m_rules, m_startYear, Y);
    int maxDuration = 1;
    for (const auto& rule : m_rules)
        maxDuration = std::max(maxDuration, *std::max_element(rule.duration_months.begin(), rule.duration_months.end()));
    m_uniform = m_rules.size() == 1 && (m_stay == m_stay[0]).all();
    m_ruleTables.assign(m_rules.size(), Eigen::ArrayXXd());
    m_ruleAllowed.assign(m_rules.size(), Eigen::ArrayXd::Zero(maxDuration));
    for (std::size_t r = 0; r < m_rules.size(); ++r) {
        const auto& rule = m_rules[r];
        const int longest = *std::max_element(rule.duration_months.begin(), rule.duration_months.end());
        // Distinct rates only: months past the schedule's end share its last rate.
        const int distinct = std::min(static_cast<int>(rule.replacement_rates.size()), longest);
        m_ruleTables[r].resize(Y, distinct);
        // A(d): the share of the rule's claims whose class allows a d-th month of benefit.
        for (int d = 1; d <= longest; ++d) {
            double share = 0;
            for (std::size_t c = 0; c < rule.duration_months.size(); ++c)
                if (rule.duration_months[c] >= d)
                    share += rule.duration_shares[c];
            m_ruleAllowed[r][d - 1] = share;
        }
    }

    for (auto* a : {&m_workerShare, &m_employerShare, &m_stateShare})
        a->resize(Y);
    Eigen::ArrayXd reference(terms ? Y : 0);  // a group's M_g[y]
    if (terms) {
        m_flatBase = terms->base == ContributionBase::Flat;
        m_relativeUnemployment = Eigen::Map<const Eigen::ArrayXd>(terms->relativeUnemployment.data(), Y);
    }
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
        m_price[y] = price;
        m_floor[y] = floor;
        m_ceiling[y] = ceiling;
        m_benefitMin[y] = bMin;
        m_benefitMax[y] = bMax;

        // model-spec v4: a group's mean reference income M_g, and the index of its declared
        // income and flat amount (that of the contribution thresholds).
        double mean = m_wage[y];
        const double thresholdIndex = ci == Indexation::None ? 1.0 : ci == Indexation::Prices ? price : wageIndex;
        const auto at = [y](const std::vector<double>& v) { return v[static_cast<std::size_t>(y)]; };
        if (terms) {
            if (terms->base != ContributionBase::Wage && at(terms->declaredIncome) > 0)
                mean = at(terms->declaredIncome) * thresholdIndex;
            else
                mean = m_wage[y] * at(terms->wageRatio);
            reference[y] = mean;
        }
        m_contributoryWage[y] = expectedClamp(mean, sigma, floor > 0 ? floor : 0.0, ceiling > 0 ? ceiling : kInf);
        const double employee = s.contributions.employee_rate.at(y), employer = s.contributions.employer_rate.at(y),
                     government = s.contributions.government_rate.at(y);
        m_legislatedRate[y] = employee + employer + government;

        // model-spec v4 "Payers": the legislated rates' proportions (a flat amount is the
        // member's), then the state's subsidy of low-income members' own contributions.
        if (m_flatBase) {
            const double cw = m_contributoryWage[y];
            m_legislatedRate[y] = cw > 0 ? at(terms->flatContribution) * thresholdIndex / cw : 0.0;
            m_workerShare[y] = 1.0;
            m_employerShare[y] = 0.0;
            m_stateShare[y] = 0.0;
        } else if (m_legislatedRate[y] == 0) {
            m_workerShare[y] = 0.0;
            m_employerShare[y] = 1.0;
            m_stateShare[y] = 0.0;
        } else {
            m_workerShare[y] = employee / m_legislatedRate[y];
            m_employerShare[y] = employer / m_legislatedRate[y];
            m_stateShare[y] = government / m_legislatedRate[y];
        }
        if (terms && at(terms->subsidyRate) > 0 && m_contributoryWage[y] > 0) {
            const double limit = at(terms->subsidyIncomeLimit) * thresholdIndex;
            const double lo = floor > 0 ? floor : 0.0, hi = ceiling > 0 ? ceiling : kInf;
            double below = 1.0;  // phi_g: the share of the members' own contributions subsidised
            if (limit > 0)
                below = m_flatBase ? probabilityBelow(mean, sigma, limit)
                                   : expectedClampBelow(mean, sigma, lo, hi, limit) / m_contributoryWage[y];
            const double moved = m_workerShare[y] * at(terms->subsidyRate) * std::clamp(below, 0.0, 1.0);
            m_workerShare[y] -= moved;
            m_stateShare[y] += moved;
        }

        // model-spec "Benefit of a beneficiary": b[r, y, d] for each rule's distinct rates.
        const double claimantWage = s.benefits.claimant_wage_ratio.at(y) * mean;
        for (std::size_t r = 0; r < m_rules.size(); ++r) {
            const auto& rates = m_rules[r].replacement_rates;
            for (int j = 0; j < m_ruleTables[r].cols(); ++j)
                m_ruleTables[r](y, j) = expectedBenefit(claimantWage, sigma, rates[static_cast<std::size_t>(j)], floor,
                                                        ceiling, bMin, bMax);
        }

        m_monthlyReturn[y] = monthlyRate(s.reserve.return_rate.at(y));
        m_monthlyBorrow[y] = monthlyRate(s.reserve.borrowing_rate.at(y));
        m_monthlyTransfer[y] = s.reserve.transfers.at(y) / 12.0;
    }
    if (terms)
        m_wage = reference;  // a group's wage() is its M_g

    if (!m_uniform) {
        // The cohort form's weights (cohortBenefitsOfYear), per month m and d = 1..D: the
        // survival of the claims of month s = m - d + 1 to month m, the product of the stays of
        // months s+1 .. m (year 0's before the start: model-spec "Initial stock"), times A_r(d)
        // for the persons and A_r(d) b[r,y,d] for the money, r the rule of month s's claims.
        const int M = 12 * Y;
        m_cohortHeads.setZero(M, maxDuration);
        m_cohortMoney.setZero(M, maxDuration);
        for (int m = 0; m < M; ++m) {
            const int y = m / 12;
            double survival = 1.0;  // of the claims of month s = m - d + 1
            for (int d = 1; d <= maxDuration; ++d) {
                const int start = m - d + 1;
                if (d > 1)
                    survival *= m_stay[start + 1 >= 0 ? (start + 1) / 12 : 0];
                const auto r = static_cast<std::size_t>(start < 0 ? 0 : m_ruleOfYear[static_cast<std::size_t>(start / 12)]);
                const double allowed = m_ruleAllowed[r][d - 1];
                if (allowed == 0)
                    continue;
                const Eigen::ArrayXXd& table = m_ruleTables[r];
                m_cohortHeads(m, d - 1) = allowed * survival;
                m_cohortMoney(m, d - 1) = allowed * survival * table(y, std::min<Eigen::Index>(d, table.cols()) - 1);
            }
        }
        return;
    }
    // One rule and one exit rate over the horizon (every v1 scenario): the survivors kernel. A
    // new claim is on benefit in its d-th month with weight k[d] = A(d) * stay^(d-1), A(d) the
    // share of claims whose class allows d months. This is the spec's class-by-class recursion
    // B[c,m][d] = stay * B[c,m-1][d-1] summed over classes, since each class keeps
    // a_c * N[m-d+1] * stay^(d-1) for d <= D_c.
    const double stay = m_stay[0];
    const auto& durations = m_rules[0].duration_months;
    const int longest = *std::max_element(durations.begin(), durations.end());
    m_benefitTable = m_ruleTables[0];
    m_kernel.resize(longest);
    double survival = 1.0;
    for (int d = 1; d <= longest; ++d) {
        double share = 0;
        for (std::size_t c = 0; c < durations.size(); ++c)
            if (durations[c] >= d)
                share += m_rules[0].duration_shares[c];
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
    if (in.claimsShock.size() != 0 && (in.claimsShock.rows() != P || in.claimsShock.cols() < columns))
        throw std::invalid_argument("MonthlyEngine: the claims shock does not match the unemployment paths");
}

// model-spec "Economy" and "Flows" for each path and column (year, or month when monthly):
// U = LF u, INS = (LF - U) share legal compliance, WB = INS CW, I = s INS separation_factor,
// N = I claim_fraction, with s = f u / (1 - u) (steady_state, and the first column) or
// s = max(0, f u + du / 12) / (1 - u) (dynamic: du the change of u over the past year, u[y] -
// u[y-1] with annual columns, u[m] - u[m-12] with monthly ones, so that a u constant within
// each year gives the annual model exactly; year 0 has steady-state flows); and the
// claims before the start ("Initial stock", always steady-state flows of year 0).
void MonthlyEngine::columnFlows(const Inputs& in, Flows& fl) const
{
    const int years = in.years < 0 ? m_years : std::min(in.years, m_years);
    checkInputs(in, years);
    const Eigen::Index P = in.unemployment.rows();
    const bool full = in.detail == Detail::Full;
    const bool dynamic = m_scenario.labour.flow_model == FlowModel::Dynamic;
    fl.years = years;
    fl.monthsPerColumn = in.monthly ? 1 : 12;
    const int columns = in.monthly ? 12 * years : years;
    const int lag = in.monthly ? 12 : 1;  // columns back to the same time a year before

    fl.wageBill.resize(P, columns);
    fl.claims.resize(P, columns);
    for (auto* a : {&fl.unemployed, &fl.insured, &fl.separations})
        a->resize(full ? P : 0, full ? columns : 0);
    Eigen::ArrayXd unemployed(P), insured(P), separations(P);
    // `previous`: the u of the column before (dynamic flows), or null for steady-state flows.
    Eigen::ArrayXd groupRate(m_isGroup ? P : 0), groupRateBefore(m_isGroup ? P : 0);
    const auto flowsOf = [&](int y, const Eigen::Ref<const Eigen::ArrayXd>& u, const double* previous,
                             Eigen::Ref<Eigen::ArrayXd> wb, Eigen::Ref<Eigen::ArrayXd> n) {
        const double f = m_findingRate[y];
        unemployed = m_labourForce[y] * u;
        insured = (m_labourForce[y] - unemployed) * m_employeeShare[y] * m_legalCoverage[y] * m_compliance[y];
        wb = insured * m_contributoryWage[y];
        if (m_isGroup) {
            // model-spec v4 "Equations per group": the group's rate u_g = min(0.6, u
            // relative_unemployment) sets its job losses; its unemployed U_g = E share u_g / (1 - u_g).
            groupRate = (u * m_relativeUnemployment[y]).min(0.6);
            if (previous) {
                const Eigen::Map<const Eigen::ArrayXd> before(previous, P);
                groupRateBefore = (before * m_relativeUnemployment[y > 0 ? y - 1 : 0]).min(0.6);
                separations = (f * groupRate + (groupRate - groupRateBefore) / 12.0).max(0.0) / (1.0 - groupRate) *
                              insured * m_separationFactor[y];
            } else {
                separations = f * groupRate / (1.0 - groupRate) * insured * m_separationFactor[y];
            }
            unemployed = (m_labourForce[y] - unemployed) * m_employeeShare[y] * groupRate / (1.0 - groupRate);
            n = separations * m_claimFraction[y];
            return;
        }
        if (previous) {
            const Eigen::Map<const Eigen::ArrayXd> before(previous, P);
            separations = (f * u + (u - before) / 12.0).max(0.0) / (1.0 - u) * insured * m_separationFactor[y];
        } else {
            separations = f * u / (1.0 - u) * insured * m_separationFactor[y];
        }
        n = separations * m_claimFraction[y];
    };
    for (int c = 0; c < columns; ++c) {
        // model-spec v2: year 0 has steady-state flows.
        const double* previous =
            !dynamic || c < 12 / fl.monthsPerColumn ? nullptr : in.unemployment.col(c - lag).data();
        flowsOf(c / (12 / fl.monthsPerColumn), in.unemployment.col(c), previous, fl.wageBill.col(c), fl.claims.col(c));
        if (in.claimsShock.size() != 0) {
            separations *= in.claimsShock.col(c);
            fl.claims.col(c) = separations * m_claimFraction[c / (12 / fl.monthsPerColumn)];
        }
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
            flowsOf(0, u, nullptr, ignoredWageBill, fl.priorClaims);
        }
    }
}

// Scratch of benefitsOfYear(), laid out once per block: P x (4 D + 3) products, for each d
// and slot the persons k[d] N and the money k[d] N b[y,d] (annual columns: slot 0 with the
// claims month 0 of the year sees for that d, slot 1 with those month 11 sees; monthly
// columns form their terms where they add them and need none of this), then the two running
// prefixes and a column of zeros; and, for each month k of a year, the columns it adds after
// its prefix, in d order.
struct MonthlyEngine::BenefitTerms {
    Eigen::ArrayXXd terms;
    std::vector<const double*> money, heads;  // month k's from first[k], count[k] of them
    std::array<int, 12> first{}, count{};
    double* prefixMoney = nullptr;
    double* prefixHeads = nullptr;
    const double* zeros = nullptr;  // where each sum starts
    // The cohort form (several rules or exit rates): a month's columns of claims and the
    // weights of each in its sums of money and persons.
    std::vector<const double*> sources;
    std::vector<double> moneyWeights, headWeights;
    double* headsAt(int d, int slot) { return terms.col(4 * (d - 1) + 2 * slot).data(); }
    double* moneyAt(int d, int slot) { return terms.col(4 * (d - 1) + 2 * slot + 1).data(); }
};

void MonthlyEngine::prepareBenefitTerms(Eigen::Index P, bool annual, BenefitTerms& bt) const
{
    if (!annual || !m_uniform)
        return;  // monthly columns form each term where it is added; the cohort form needs none
    const int D = static_cast<int>(m_kernel.size());
    bt.terms.resize(P, 4 * D + 3);
    bt.prefixMoney = bt.terms.col(4 * D).data();
    bt.prefixHeads = bt.terms.col(4 * D + 1).data();
    bt.terms.col(4 * D + 2).setZero();
    bt.zeros = bt.terms.col(4 * D + 2).data();
    bt.money.clear();
    bt.heads.clear();
    bt.money.reserve(static_cast<std::size_t>(12 * D));
    bt.heads.reserve(static_cast<std::size_t>(12 * D));
    for (int k = 0; k < 12; ++k) {
        bt.first[static_cast<std::size_t>(k)] = static_cast<int>(bt.money.size());
        // Month k's claims of d months ago entered this year for d <= k+1 (the prefix); for
        // the others, its column is month 0's for that d unless k has passed into the next
        // column, which happens at k = (d-1) mod 12 (slot 1, month 11's).
        for (int d = k + 2; d <= D; ++d) {
            const int r = (d - 1) % 12;
            const int slot = r != 0 && k >= r ? 1 : 0;
            bt.money.push_back(bt.moneyAt(d, slot));
            bt.heads.push_back(bt.headsAt(d, slot));
        }
        bt.count[static_cast<std::size_t>(k)] = static_cast<int>(bt.money.size()) - bt.first[static_cast<std::size_t>(k)];
    }
}

// model-spec "Benefits" for the 12 months of year y: BX[m] = sum over d of b[d] b[y,d] and
// BEN[m] = sum over d of b[d], with b[d] = k[d] N[m-d+1] (the prior claims before the
// start), summed in d order from 0. `paid` and `persons` (may be null) are P x 12,
// column-major; `bt` from prepareBenefitTerms().
// With annual columns two things are shared between the months of a year, each computed
// once from the same operands in the same order, so the bits are those of the plain sums:
// for each d, N[m-d+1] takes at most two values over the year, so each product is formed
// once; and month k's sum starts with the terms d = 1 .. k+1 (the claims of this year),
// which are month k-1's first k terms plus one.
void MonthlyEngine::benefitsOfYear(const Flows& fl, int y, BenefitTerms& bt, double* paid, double* persons) const
{
    if (!m_uniform) {
        cohortBenefitsOfYear(fl, y, bt, paid, persons);
        return;
    }
    const Eigen::Index P = fl.wageBill.rows();
    const int D = static_cast<int>(m_kernel.size());
    const int distinct = static_cast<int>(m_benefitTable.cols());
    const int perColumn = fl.monthsPerColumn;
    const auto claimsFrom = [&](int start) -> const double* {  // N of the claimants who entered in month `start`
        return start >= 0 ? fl.claims.col(start / perColumn).data() : fl.priorClaims.data();
    };
    const auto product = [&](int d, int slot, const double* n) {
        const double weight = m_kernel[d - 1];
        const double perBeneficiary = m_benefitTable(y, std::min(d, distinct) - 1);
        formProducts(P, n, weight, perBeneficiary, persons ? bt.headsAt(d, slot) : nullptr, bt.moneyAt(d, slot));
    };
    if (perColumn == 12) {
        for (int d = 1; d <= D; ++d) {
            product(d, 0, claimsFrom(12 * y - d + 1));  // month 0 of the year
            if ((d - 1) % 12 != 0)
                product(d, 1, claimsFrom(12 * y + 11 - d + 1));  // month 11
        }
        for (int k = 0; k < 12; ++k) {
            // The prefix: terms d = 1 .. k+1 entered this year (all D once k + 1 >= D); the
            // slot that holds this year's claims for d = k+1 is 1 except for d = 1.
            if (k < D) {
                const int slot = k == 0 ? 0 : 1;
                const double* const t = bt.moneyAt(k + 1, slot);
                sumInOrder(k == 0 ? bt.zeros : bt.prefixMoney, &t, 1, P, bt.prefixMoney);
                if (persons) {
                    const double* const h = bt.headsAt(k + 1, slot);
                    sumInOrder(k == 0 ? bt.zeros : bt.prefixHeads, &h, 1, P, bt.prefixHeads);
                }
            }
            const auto first = static_cast<std::size_t>(bt.first[static_cast<std::size_t>(k)]);
            const int count = bt.count[static_cast<std::size_t>(k)];
            sumInOrder(bt.prefixMoney, bt.money.data() + first, count, P, paid + k * P);
            if (persons)
                sumInOrder(bt.prefixHeads, bt.heads.data() + first, count, P, persons + k * P);
        }
        return;
    }
    // Monthly columns (the stress test, a few paths): every month has its own claims, so each
    // term is formed where it is added, path by path.
    std::vector<const double*> sources(static_cast<std::size_t>(D));
    for (int k = 0; k < 12; ++k) {
        const int m = 12 * y + k;
        for (int d = 1; d <= D; ++d)
            sources[static_cast<std::size_t>(d - 1)] = claimsFrom(m - d + 1);
        for (Eigen::Index i = 0; i < P; ++i) {
            double money = 0, heads = 0;
            for (int d = 1; d <= D; ++d) {
                const double b = m_kernel[d - 1] * sources[static_cast<std::size_t>(d - 1)][i];
                heads = heads + b;
                money = money + b * m_benefitTable(y, std::min(d, distinct) - 1);
            }
            paid[k * P + i] = money;
            if (persons)
                persons[k * P + i] = heads;
        }
    }
}

// model-spec v2 "Beneficiaries carry their rule", for the 12 months of year y, when the rule
// or the exit rate changes over the horizon. Summed over duration classes, the spec's
// B[r,c,m][d] = (1 - fb[y]) B[r,c,m-1][d-1] with B[r,c,m][1] = a_{r,c} N[m] is
// A_r(d) N[m-d+1] times the stays of the months since the claim, where A_r(d) is the share
// of rule r's claims whose class allows a d-th month and r is the rule of the claim's first
// month (year 0's for the stock at the start). Those weights depend on neither the path nor
// u, so the constructor tabulates them (m_cohortHeads, m_cohortMoney) and a month's sums are
// BX = sum over d of w[m,d] N[m-d+1], in d order, term by term (not by column of claims), so
// that monthly columns with u constant within each year give the annual model's bits.
void MonthlyEngine::cohortBenefitsOfYear(const Flows& fl, int y, BenefitTerms& bt, double* paid, double* persons) const
{
    const Eigen::Index P = fl.wageBill.rows();
    const int D = static_cast<int>(m_cohortMoney.cols());
    const int perColumn = fl.monthsPerColumn;
    auto& sources = bt.sources;
    auto& money = bt.moneyWeights;
    auto& heads = bt.headWeights;
    for (int k = 0; k < 12; ++k) {
        const int m = 12 * y + k;
        sources.clear();
        money.clear();
        heads.clear();
        for (int d = 1; d <= D; ++d) {
            const double w = m_cohortMoney(m, d - 1), h = m_cohortHeads(m, d - 1);
            if (w == 0 && h == 0)
                continue;
            const int start = m - d + 1;
            const double* n = start >= 0 ? fl.claims.col(start / perColumn).data() : fl.priorClaims.data();
            sources.push_back(n);
            money.push_back(w);
            heads.push_back(h);
        }
        double* const out = paid + k * P;
        double* const outHeads = persons ? persons + k * P : nullptr;
        for (Eigen::Index i = 0; i < P; ++i) {
            out[i] = 0;
            if (outHeads)
                outHeads[i] = 0;
        }
        for (std::size_t j = 0; j < sources.size(); ++j) {
            const double* n = sources[j];
            const double w = money[j], h = heads[j];
            for (Eigen::Index i = 0; i < P; ++i)
                out[i] += w * n[i];
            if (outHeads)
                for (Eigen::Index i = 0; i < P; ++i)
                    outHeads[i] += h * n[i];
        }
    }
}

void MonthlyEngine::flows(const Inputs& given, Flows& fl) const
{
    // A group's own claims shock (the stress test's group hit harder) replaces the common one.
    const auto withShockOf = [&given](std::size_t g) -> std::optional<Inputs> {
        if (given.groupClaimsShock.empty())
            return std::nullopt;
        Inputs own = given;
        if (g < given.groupClaimsShock.size() && given.groupClaimsShock[g].size() != 0)
            own.claimsShock = given.groupClaimsShock[g];
        own.groupClaimsShock.clear();
        return own;
    };
    const std::optional<Inputs> mainInputs = withShockOf(0);
    const Inputs& in = mainInputs ? *mainInputs : given;
    columnFlows(in, fl);
    const Eigen::Index P = fl.wageBill.rows();
    const bool full = in.detail == Detail::Full;
    fl.benefits.resize(P, 12 * fl.years);
    fl.beneficiaries.resize(full ? P : 0, full ? 12 * fl.years : 0);
    BenefitTerms terms;
    prepareBenefitTerms(P, fl.monthsPerColumn == 12, terms);
    for (int y = 0; y < fl.years; ++y)
        benefitsOfYear(fl, y, terms, fl.benefits.col(12 * y).data(), full ? fl.beneficiaries.col(12 * y).data() : nullptr);
    // model-spec v4 "The fund with groups": each further group's flows from the same u, and
    // the benefits of every group added in order, the main group's first.
    fl.groups.resize(m_groups.size());
    if (m_groups.empty()) {
        fl.totalBenefits.resize(0, 0);
        fl.totalBeneficiaries.resize(0, 0);
        return;
    }
    fl.totalBenefits = fl.benefits;
    if (full)
        fl.totalBeneficiaries = fl.beneficiaries;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const std::optional<Inputs> own = withShockOf(g + 1);
        m_groups[g]->flows(own ? *own : given, fl.groups[g]);
        fl.totalBenefits += fl.groups[g].benefits;
        if (full)
            fl.totalBeneficiaries += fl.groups[g].beneficiaries;
    }
}

double MonthlyEngine::rateOf(int y, double adjustment, bool band, std::optional<double> flatRate) const
{
    if (m_flatBase)
        return m_legislatedRate[y];
    if (flatRate)
        return *flatRate;
    if (!band)
        return m_legislatedRate[y];
    return std::clamp(m_legislatedRate[y] + adjustment, m_scenario.financing.min_rate, m_scenario.financing.max_rate);
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
    if (in.detail == Detail::Full || !m_groups.empty()) {
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
    const auto& rule = s.financing;
    const bool band = !in.flatRate && rule.rule == FinancingRule::ReserveBand;
    const bool ownReturns = in.returnRate.size() != 0;

    for (auto* a : {&out.reserve, &out.expenditure, &out.wageBill, &out.benefits, &out.contributionRate,
                    &out.lowestReserve, &out.reserveRatio, &out.costRate})
        a->resize(P, years);
    out.monthlyReserve.resize(monthlyReserve ? P : 0, monthlyReserve ? 12 * years : 0);
    for (auto* a : {&out.contributions, &out.other, &out.admin, &out.investment, &out.transfers})
        a->resize(full ? P : 0, full ? years : 0);
    for (auto* a : {&out.monthlyContributions, &out.monthlyOther, &out.monthlyAdmin, &out.monthlyExpenditure,
                    &out.monthlyInvestment})
        a->resize(full ? P : 0, full ? 12 * years : 0);

    // Working vectors, one value per path (P x 1 each): reserve R, rate c, last year's ratio,
    // the month's return i and CI, the year's sums and lowest month-end reserve.
    Eigen::ArrayXXd& work = out.scratch;
    work.resize(P, 13);
    double* const R = work.col(0).data();
    double* const rate = work.col(1).data();
    double* const previousRatio = work.col(2).data();
    double* const monthlyReturn = work.col(3).data();
    double* const ci = work.col(4).data();
    double* const yearSpent = work.col(5).data();
    double* const yearPaid = work.col(6).data();
    double* const lowest = work.col(7).data();
    double* const yearWageBill = work.col(8).data();
    double* const yearContributions = full ? work.col(9).data() : nullptr;
    double* const yearOther = full ? work.col(10).data() : nullptr;
    double* const yearAdmin = full ? work.col(11).data() : nullptr;
    double* const yearInvestment = full ? work.col(12).data() : nullptr;
    Eigen::ArrayXXd yearBenefits(fused ? P : 0, fused ? 12 : 0);  // BX of the year's months, P x 12
    BenefitTerms terms;
    if (fused)
        prepareBenefitTerms(P, !monthlyColumns, terms);
    forEachPath(P, [&](Eigen::Index i) { R[i] = s.reserve.initial; });
    for (int y = 0; y < years; ++y) {
        // model-spec "reserve_band": the adjustment a = c - cb moves one step a year, per path.
        if (in.flatRate) {
            const double flat = *in.flatRate;
            forEachPath(P, [&](Eigen::Index i) { rate[i] = flat; });
        } else if (!band || y == 0) {
            const double legislated = m_legislatedRate[y];
            forEachPath(P, [&](Eigen::Index i) { rate[i] = legislated; });
        } else {
            const double before = m_legislatedRate[y - 1], now = m_legislatedRate[y];
            forEachPath(P, [&](Eigen::Index i) {
                double adjustment = rate[i] - before;
                if (previousRatio[i] < rule.lower_ratio)
                    adjustment += rule.step;
                else if (previousRatio[i] > rule.upper_ratio)
                    adjustment -= rule.step;
                rate[i] = std::clamp(now + adjustment, rule.min_rate, rule.max_rate);
            });
        }
        if (ownReturns) {
            for (Eigen::Index i = 0; i < P; ++i)
                monthlyReturn[i] = monthlyRate(in.returnRate(i, y));
        } else if (P > 1) {  // a single path reads the scenario's directly
            const double scenarioReturn = m_monthlyReturn[y];
            for (Eigen::Index i = 0; i < P; ++i)
                monthlyReturn[i] = scenarioReturn;
        }
        const double borrow = m_monthlyBorrow[y];
        const double transfer = m_monthlyTransfer[y];

        const double* paidOfYear = nullptr;  // BX, P x 12
        if (fused) {
            benefitsOfYear(fl, y, terms, yearBenefits.data(), nullptr);
            paidOfYear = yearBenefits.data();
        } else {
            paidOfYear = fl.walkedBenefits().col(12 * y).data();
        }

        // The year's running figures live in the working vectors between months; a single
        // path keeps them in registers for the whole year instead, as its months form one
        // chain of dependent operations.
        const auto load = [&](Eigen::Index i) { return PathYear{R[i], 0, 0, kInf, 0, 0, 0, 0}; };
        const auto store = [&](Eigen::Index i, const PathYear& p) {
            R[i] = p.reserve;
            yearSpent[i] = p.spent;
            yearPaid[i] = p.paid;
            lowest[i] = p.lowest;
            if constexpr (full) {
                yearContributions[i] = p.contributions;
                yearOther[i] = p.other;
                yearAdmin[i] = p.admin;
                yearInvestment[i] = p.investment;
            }
        };
        const auto record = [&](Eigen::Index i, int m, double c, const MonthFlows& f, double reserve) {
            if constexpr (monthlyReserve)
                out.monthlyReserve(i, m) = reserve;
            if constexpr (full) {
                out.monthlyContributions(i, m) = c;
                out.monthlyOther(i, m) = f.ox;
                out.monthlyAdmin(i, m) = f.ax;
                out.monthlyExpenditure(i, m) = f.tx;
                out.monthlyInvestment(i, m) = f.ii;
            }
        };
        const MonthConstants constants{m_benefitRelated[y], m_almp[y], m_admin[y], borrow, transfer, m_benefitShare[y]};
        const auto contributionsOf = [&](int m) {  // CI = c WB of month m
            const double* wb = fl.wageBill.col(monthlyColumns ? m : y).data();
            forEachPath(P, [&](Eigen::Index i) { ci[i] = rate[i] * wb[i]; });
            // model-spec v4: + c_g WB_g of each further group, in order.
            for (std::size_t g = 0; g < m_groups.size(); ++g) {
                const MonthlyEngine& group = *m_groups[g];
                const double* wbg = fl.groups[g].wageBill.col(monthlyColumns ? m : y).data();
                const double legislated = m_legislatedRate[y];
                const bool bandYear = band && y > 0;
                forEachPath(P, [&](Eigen::Index i) {
                    ci[i] = ci[i] + group.rateOf(y, rate[i] - legislated, bandYear, in.flatRate) * wbg[i];
                });
            }
        };
        if (P == 1) {
            PathYear p = load(0);
            const RateBySignInMemory interest{ownReturns ? &monthlyReturn[0] : &m_monthlyReturn[y], &m_monthlyBorrow[y]};
            double c = 0;  // CI, a register for the year
            for (int k = 0; k < 12; ++k) {
                const int m = 12 * y + k;
                if (monthlyColumns || k == 0) {
                    contributionsOf(m);
                    c = ci[0];
                }
                const MonthFlows f = stepMonth<full>(p, paidOfYear[k], c, interest, constants);
                record(0, m, c, f, p.reserve);
            }
            store(0, p);
        } else {
            for (Eigen::Index i = 0; i < P; ++i)
                store(i, load(i));
            for (int k = 0; k < 12; ++k) {
                const int m = 12 * y + k;
                if (monthlyColumns || k == 0)
                    contributionsOf(m);
                const double* const paid = paidOfYear + k * P;
                const auto column = [m](Eigen::ArrayXXd& a) { return a.size() != 0 ? a.col(m).data() : nullptr; };
                stepPaths<full>(P, R, yearSpent, yearPaid, lowest, yearContributions, yearOther, yearAdmin,
                                yearInvestment, paid, ci, monthlyReturn, constants, column(out.monthlyReserve),
                                column(out.monthlyContributions), column(out.monthlyOther), column(out.monthlyAdmin),
                                column(out.monthlyExpenditure), column(out.monthlyInvestment));
            }
        }
        if (monthlyColumns) {
            forEachPath(P, [&](Eigen::Index i) {
                yearWageBill[i] = fl.wageBill(i, 12 * y);
                for (int k = 1; k < 12; ++k)
                    yearWageBill[i] += fl.wageBill(i, 12 * y + k);
            });
        } else {
            const double* wb = fl.wageBill.col(y).data();
            forEachPath(P, [&](Eigen::Index i) { yearWageBill[i] = 12.0 * wb[i]; });
        }
        // model-spec v4: the wage bill of every group, added in order.
        for (const Flows& group : fl.groups) {
            forEachPath(P, [&](Eigen::Index i) {
                double sum = monthlyColumns ? group.wageBill(i, 12 * y) : 12.0 * group.wageBill(i, y);
                if (monthlyColumns)
                    for (int k = 1; k < 12; ++k)
                        sum += group.wageBill(i, 12 * y + k);
                yearWageBill[i] = yearWageBill[i] + sum;
            });
        }
        forEachPath(P, [&](Eigen::Index i) {
            out.reserve(i, y) = R[i];
            out.expenditure(i, y) = yearSpent[i];
            out.benefits(i, y) = yearPaid[i];
            out.contributionRate(i, y) = rate[i];
            out.lowestReserve(i, y) = lowest[i];
            out.wageBill(i, y) = yearWageBill[i];
            // model-spec "Output columns": reserve_ratio and cost_rate, empty (NaN) where the
            // divisor is 0.
            out.reserveRatio(i, y) = divideOrNaN(R[i], yearSpent[i]);
            out.costRate(i, y) = divideOrNaN(yearSpent[i], yearWageBill[i]);
            if constexpr (full) {
                // With annual u, CI is the same every month: the year's is 12 CI, as the
                // spec's contributions column; with monthly u, the sum of the months.
                out.contributions(i, y) = monthlyColumns ? yearContributions[i] : 12.0 * ci[i];
                out.other(i, y) = yearOther[i];
                out.admin(i, y) = yearAdmin[i];
                out.investment(i, y) = yearInvestment[i];
                out.transfers(i, y) = 12.0 * transfer;
            }
        });
        if (band)
            forEachPath(P, [&](Eigen::Index i) { previousRatio[i] = ruleRatio(R[i], yearSpent[i]); });
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
