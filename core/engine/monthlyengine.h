// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/datedchanges.h"
#include "core/model/groups.h"
#include "core/model/scenario.h"

#include <Eigen/Core>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace tideover::core {

// The monthly model of model-spec.md ("Equations"), the one engine under every result: the
// deterministic projection (one path), each block of stochastic paths, the stress test, the
// sensitivity runs and the solvers. A path is the scenario with its own unemployment rate u
// (annual, or month by month) and reserve return r; everything that depends on neither is
// resolved once, on construction.
//
// Array layout, used for every array below:
//   * per year y (size years):          the resolved scenario, one value per projection year;
//   * paths x time (P x years, or P x 12*years for months m = 12 y + k, k = 0..11):
//     column-major, so a column holds one year (or month) of every path. Each month's step
//     is a loop over the paths of one column, which the compiler vectorises (structure of
//     arrays); a path's own operations and their order never depend on P, on its neighbours,
//     on the thread that runs it or on the CPU's vector width, so a result is the same bits
//     for any block size or thread count, and a path with the scenario's own u and r is the
//     deterministic projection exactly.
// Units: persons, LCU (nominal; per month for monthly flows), fractions, years for ratios.
// Each formula is written once, in monthlyengine.cpp, with its spec section.
class MonthlyEngine {
public:
    // The scenario must validate (Projection checks; this does not).
    explicit MonthlyEngine(const Scenario& scenario);

    // How much of a walk to keep.
    enum class Detail {
        Annual,          // the per-year outputs every analysis reads
        MonthlyReserve,  // + monthlyReserve (the stress test)
        Full,            // + every monthly and annual flow of the projection's tables
    };

    // The inputs of a block of P paths.
    struct Inputs {
        // Unemployment rate u (fraction), P x years, or P x 12*years when `monthly`: then every
        // month has its own u and the quantities of model-spec "Flows" follow it month by month
        // (with u constant within each year this is the annual model exactly).
        Eigen::ArrayXXd unemployment;
        bool monthly = false;
        // The u that sets the new claims N0 of the steady-state stock (model-spec "Initial
        // stock": N computed with year-0 values), size P; empty: the first column of
        // `unemployment`.
        Eigen::ArrayXd priorUnemployment;
        // Annual reserve return r (fraction/yr), P x years; empty: the scenario's
        // reserve.return. The borrowing rate is always the scenario's.
        Eigen::ArrayXXd returnRate;
        // A factor on the job losses of the insured I, on top of the scenario's
        // labour.separation_factor, P x columns like `unemployment` (the stress test's claims
        // shock); empty: none.
        Eigen::ArrayXXd claimsShock;
        // model-spec v4: per group (index 0 the main group, then the further groups), a
        // claims shock in place of `claimsShock` for that group; an empty entry (or none):
        // `claimsShock`.
        std::vector<Eigen::ArrayXXd> groupClaimsShock;
        // A total contribution rate used in every year with the financing rule off (the
        // solvers); empty: the scenario's rates and financing rule.
        std::optional<double> flatRate;
        // Years walked from the start (the stochastic projection's windows); -1: all.
        int years = -1;
        Detail detail = Detail::Annual;
    };

    // What depends on u only (model-spec "Economy", "Flows", "Benefits"); a walk reads it, so
    // the solvers, which vary only the contribution rate, compute it once (flows()).
    struct Flows {
        int years = 0;
        int monthsPerColumn = 12;  // 12: columns are years; 1: months
        Eigen::ArrayXXd wageBill;  // WB, P x columns, LCU per month
        Eigen::ArrayXXd claims;    // N, P x columns, new claims per month
        Eigen::ArrayXd priorClaims;  // N of the months before the start, size P ("Initial stock")
        Eigen::ArrayXXd benefits;  // BX[m], P x 12*years, LCU
        // Detail::Full only: P x columns (persons per month) and P x 12*years (persons).
        Eigen::ArrayXXd unemployed, insured, separations, beneficiaries;
        // model-spec v4, a scenario with further groups: the flows above are the main group's;
        // `groups` holds each further group's (its `unemployed` is the group's U_g), and
        // `totalBenefits` (and, Full, `totalBeneficiaries`) the sums over every group, main first,
        // which the walk reads. Empty without groups.
        std::vector<Flows> groups;
        Eigen::ArrayXXd totalBenefits, totalBeneficiaries;
        const Eigen::ArrayXXd& walkedBenefits() const { return groups.empty() ? benefits : totalBenefits; }
    };

    // Per path and year (P x years walked), money in nominal LCU, unless noted.
    struct Outputs {
        Eigen::ArrayXXd reserve;           // R at the end of the year
        Eigen::ArrayXXd expenditure;       // sum of TX over the year
        Eigen::ArrayXXd wageBill;          // annual contributory wage bill: 12 WB[y] (sum of the months when monthly)
        Eigen::ArrayXXd benefits;          // sum of BX over the year
        Eigen::ArrayXXd contributionRate;  // c[y]
        Eigen::ArrayXXd lowestReserve;     // lowest month-end reserve R[m+1] within the year
        Eigen::ArrayXXd reserveRatio;      // reserve / expenditure, years; NaN where expenditure is 0
        Eigen::ArrayXXd costRate;          // expenditure / wageBill; NaN where the wage bill is 0
        // Detail::MonthlyReserve and Full: P x 12*years, R[m+1].
        Eigen::ArrayXXd monthlyReserve;
        // Detail::Full: annual sums (12 CI[y] and 12 T[y] when u is annual) and, P x 12*years,
        // the month's CI, OX, AX, TX and II.
        Eigen::ArrayXXd contributions, other, admin, investment, transfers;
        Eigen::ArrayXXd monthlyContributions, monthlyOther, monthlyAdmin, monthlyExpenditure, monthlyInvestment;
        // The walk's working vectors (P x 13), kept so that repeated walks (the solvers')
        // allocate nothing.
        Eigen::ArrayXXd scratch;
    };

    // model-spec "Economy", "Flows", "Benefits" of the paths in `in`; `fl` is resized.
    void flows(const Inputs& in, Flows& fl) const;
    // model-spec "Reserve" and "Financing": the reserve walk over `fl` (from flows(in) or
    // with the same u). Thread-safe: it only reads the resolved scenario.
    void walk(const Inputs& in, const Flows& fl, Outputs& out) const;
    // flows() then walk(), the benefits computed a year at a time next to the walk that
    // reads them (the stochastic blocks); `scratch` keeps its buffers between calls.
    void run(const Inputs& in, Flows& scratch, Outputs& out) const;

    // Inputs that reproduce the scenario itself (its own u and r) for `paths` paths.
    Inputs baselineInputs(int paths = 1, Detail detail = Detail::Annual) const;

    const Scenario& scenario() const { return m_scenario; }
    int years() const { return m_years; }
    int startYear() const { return m_startYear; }
    // Per year (size years): mean insured wage W[y] (LCU per month) and labour force LF[y].
    const Eigen::ArrayXd& wage() const { return m_wage; }
    const Eigen::ArrayXd& labourForce() const { return m_labourForce; }
    // Per year (size years): the transfer T[m] of each of its months, LCU.
    const Eigen::ArrayXd& monthlyTransfer() const { return m_monthlyTransfer; }
    // Per year (size years): contributions.government_benefit_share, the state's share of BX.
    const Eigen::ArrayXd& benefitShare() const { return m_benefitShare; }
    // The benefit rules in force over the horizon (model-spec v2), the start year's first.
    const std::vector<BenefitRule>& rules() const { return m_rules; }

    // model-spec v4: the models of the further groups, in the scenario's order (none without
    // groups). Each is an engine of its own (the group's view of the scenario): its wage() is
    // the group's mean reference income M_g, its flows those of the group.
    const std::vector<std::shared_ptr<const MonthlyEngine>>& groups() const { return m_groups; }
    // The contribution rate c_g of this (group's) engine in year y (model-spec v4): its
    // legislated rate, or under reserve_band (`band`, years >= 1) that rate plus the main
    // group's adjustment `adjustment` = c[y] - cb[y], within the rule's bounds; `flatRate`: the
    // solvers' flat rate. A flat group's rate never moves.
    double rateOf(int y, double adjustment, bool band, std::optional<double> flatRate) const;
    // Per year (size years): cb[y], the legislated rate (a flat group's: the flat amount over CW).
    const Eigen::ArrayXd& legislatedRate() const { return m_legislatedRate; }
    // Per year: the shares of contributions paid by workers (net of the state's subsidy), by
    // employers and by the state (model-spec v4 "Payers"); they sum to 1.
    const Eigen::ArrayXd& workerShare() const { return m_workerShare; }
    const Eigen::ArrayXd& employerShare() const { return m_employerShare; }
    const Eigen::ArrayXd& stateShare() const { return m_stateShare; }
    // Per year: the engine's expenditure shares (benefit_related_rate, almp_share, admin_share).
    const Eigen::ArrayXd& benefitRelatedShare() const { return m_benefitRelated; }
    const Eigen::ArrayXd& almpShare() const { return m_almp; }
    const Eigen::ArrayXd& adminShare() const { return m_admin; }
    // Per year: the group's share of the employed (the main group's: wage_employee_share).
    const Eigen::ArrayXd& employedShare() const { return m_employeeShare; }
    // Per year (model-spec v5 reads them): the price index P[y]; the indexed contribution floor
    // and ceiling F[y], C[y] and benefit minimum and maximum (0 = none), LCU per month; CW[y];
    // f[y]; the monthly stay on benefit (1 - fb[y], times 1 - departure_rate for a group); the
    // rule index of each year's new claims (into rules()).
    const Eigen::ArrayXd& priceIndex() const { return m_price; }
    const Eigen::ArrayXd& floor() const { return m_floor; }
    const Eigen::ArrayXd& ceiling() const { return m_ceiling; }
    const Eigen::ArrayXd& benefitMinimum() const { return m_benefitMin; }
    const Eigen::ArrayXd& benefitMaximum() const { return m_benefitMax; }
    const Eigen::ArrayXd& contributoryWage() const { return m_contributoryWage; }
    const Eigen::ArrayXd& findingRate() const { return m_findingRate; }
    const Eigen::ArrayXd& stay() const { return m_stay; }
    const std::vector<int>& ruleOfYears() const { return m_ruleOfYear; }

private:
    // A further group's engine (model-spec v4 "Equations per group").
    MonthlyEngine(const Scenario& view, const GroupTerms& terms);
    void build(const GroupTerms* terms);
    void checkInputs(const Inputs& in, int years) const;
    void columnFlows(const Inputs& in, Flows& fl) const;
    struct BenefitTerms;
    void prepareBenefitTerms(Eigen::Index paths, bool annual, BenefitTerms& terms) const;
    void benefitsOfYear(const Flows& fl, int y, BenefitTerms& terms, double* paid, double* persons) const;
    void cohortBenefitsOfYear(const Flows& fl, int y, BenefitTerms& terms, double* paid, double* persons) const;
    template <Detail detail>
    void walkYears(const Inputs& in, const Flows& fl, Outputs& out, bool fused) const;

    const Scenario m_scenario;  // its series' dated changes applied
    int m_years = 0;
    int m_startYear = 0;

    // Per projection year y (size years). Units: persons, LCU per month, fractions.
    Eigen::ArrayXd m_wage;              // W[y], mean insured wage
    Eigen::ArrayXd m_labourForce;       // LF[y]
    // wage_employee_share, legal_coverage, compliance: INS = (LF - U) * these, left to right.
    Eigen::ArrayXd m_employeeShare, m_legalCoverage, m_compliance;
    Eigen::ArrayXd m_contributoryWage;  // CW[y], LCU per insured per month
    Eigen::ArrayXd m_price, m_floor, m_ceiling, m_benefitMin, m_benefitMax;  // P[y] and indexed thresholds
    Eigen::ArrayXd m_legislatedRate;    // cb[y]
    Eigen::ArrayXd m_monthlyReturn;     // (1 + reserve.return[y])^(1/12) - 1
    Eigen::ArrayXd m_monthlyBorrow;     // (1 + reserve.borrowing_rate[y])^(1/12) - 1
    Eigen::ArrayXd m_monthlyTransfer;   // T[m] = reserve.transfers[y] / 12
    // The year's flow rates (model-spec v2 "Equations that change"): f[y], the stay 1 - fb[y],
    // separation_factor[y], N / I; and the year's shares of the walk: benefit_related_rate,
    // almp_share, admin_share, government_benefit_share.
    Eigen::ArrayXd m_findingRate, m_stay, m_separationFactor, m_claimFraction;
    Eigen::ArrayXd m_benefitRelated, m_almp, m_admin, m_benefitShare;
    // The benefit rules, the rule of each year's new claims, and per rule r: b[r, y, d]
    // (years x min(len(replacement_rates), max D_c), by rate index j for the months of
    // benefit d using rate j, LCU per beneficiary-month) and A_r(d), d = 1 .. D (the longest
    // duration of any rule), the share of its claims whose class allows a d-th month.
    std::vector<BenefitRule> m_rules;
    std::vector<int> m_ruleOfYear;
    std::vector<Eigen::ArrayXXd> m_ruleTables;
    std::vector<Eigen::ArrayXd> m_ruleAllowed;
    // One rule and a constant exit rate (every v1 scenario): the survivors kernel k[d-1],
    // d = 1 .. max D_c, the share of a month's new claims still paid in their d-th month of
    // benefit, and rule 0's b[y, d]; otherwise the cohort form (cohortBenefitsOfYear).
    bool m_uniform = true;
    // The cohort form's weights, 12*years x D: for month m and d, the persons (A_r(d) times
    // the survival of the claims of month m-d+1) and the money (times b[r,y,d]) per claim.
    Eigen::ArrayXXd m_cohortHeads, m_cohortMoney;
    Eigen::ArrayXXd m_benefitTable;
    Eigen::ArrayXd m_kernel;

    // model-spec v4. The further groups' engines (main engine only); for a group's engine:
    // relative_unemployment per year, whether its base is flat, and (every engine) the payers'
    // shares of contributions.
    std::vector<std::shared_ptr<const MonthlyEngine>> m_groups;
    bool m_isGroup = false;
    bool m_flatBase = false;
    Eigen::ArrayXd m_relativeUnemployment;
    Eigen::ArrayXd m_workerShare, m_employerShare, m_stateShare;
};

// model-spec "Reserve": the monthly rate (1 + annual)^(1/12) - 1.
double monthlyRate(double annual);

// A / B, NaN when B is 0: the spec's "empty when ... is 0" for a ratio column.
inline double divideOrNaN(double a, double b) { return b != 0 ? a / b : std::numeric_limits<double>::quiet_NaN(); }

// model-spec "Summary measures" of one path of a walk; years are indices from the start.
struct PathSummary {
    std::optional<int> depletionYear;            // first year with a month-end R[m+1] < 0
    std::optional<int> depletionMonth;           // its first such month, 0..11 (MonthlyReserve or Full)
    std::optional<double> minimumReserveRatio;   // smallest defined reserve ratio
    std::optional<int> minimumReserveRatioYear;  // its first year
};
PathSummary summarise(const MonthlyEngine::Outputs& out, Eigen::Index path);

// The year index of each path's depletion (first year with lowestReserve < 0), -1 if none,
// size P: summarise()'s depletionYear for a whole block.
Eigen::ArrayXi depletionYears(const MonthlyEngine::Outputs& out);

// Reserve at the horizon minus `target` x the last year's expenditure, for path `path`
// (model-spec "break_even_rate": the gap the break-even solvers bring to 0).
double horizonGap(const MonthlyEngine::Outputs& out, Eigen::Index path, double target);

}  // namespace tideover::core
