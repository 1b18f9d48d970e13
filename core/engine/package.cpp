// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/engine/package.h"

#include "core/engine/lognormal.h"
#include "core/model/validation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace tideover::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A piece of a piecewise-linear function of the service T: alpha + beta T on [lo, hi).
struct Piece {
    double lo, hi, alpha, beta;
};

// model-spec v5 "Severance pay": g(T, a) as pieces on T >= 0 (g is 0 where no piece lies).
std::vector<Piece> severancePieces(const Scenario& s, int y, double a)
{
    const auto& sv = s.severance;
    std::vector<Piece> pieces;
    const double from = std::max(sv.minimum_tenure, 0.0);
    const auto add = [&](double lo, double hi, double alpha, double beta) {
        lo = std::max(lo, from);
        if (hi > lo)
            pieces.push_back({lo, hi, alpha, beta});
    };
    if (sv.formula == SeveranceFormula::PerYear) {
        // Nothing while T' = max(0, T - a) is 0; then clamp(m T', min, max), 0 bounds none.
        const double m = sv.months_per_year.at(y);
        const double lowest = sv.minimum_months.at(y);
        const double highest = sv.maximum_months.at(y);
        const double start = a;  // T' > 0 from T > a
        if (m <= 0) {
            const double value = highest > 0 ? std::min(lowest, highest) : lowest;
            if (value > 0)
                add(start, kInf, value, 0);
            return pieces;
        }
        const double linearFrom = lowest > 0 ? a + lowest / m : start;
        const double linearTo = highest > 0 ? a + highest / m : kInf;
        if (lowest > 0)
            add(start, std::min(linearFrom, linearTo), highest > 0 ? std::min(lowest, highest) : lowest, 0);
        add(std::max(start, linearFrom), linearTo, -m * a, m);
        if (highest > 0)
            add(std::max({start, linearTo, linearFrom}), kInf, highest, 0);
    } else if (sv.formula == SeveranceFormula::Steps) {
        // step_months[k] for the largest k with T' >= step_tenure[k]; T' = 0 for T <= a.
        const std::size_t n = std::min(sv.step_tenure.size(), sv.step_months.size());
        for (std::size_t k = 0; k < n; ++k) {
            const double lo = sv.step_tenure[k] > 0 ? a + sv.step_tenure[k] : 0.0;
            const double hi = k + 1 < n ? (sv.step_tenure[k + 1] > 0 ? a + sv.step_tenure[k + 1] : 0.0) : kInf;
            if (sv.step_months[k] > 0)
                add(lo, hi, sv.step_months[k], 0);
        }
    }
    return pieces;
}

// E[(alpha + beta T) 1{lo <= T < hi}] and Pr[lo <= T < hi] under the service distribution.
void integratePiece(const Scenario::Severance& sv, const Piece& p, double& mean, double& probability)
{
    if (sv.tenure_distribution == TenureDistribution::Exponential) {
        const double mu = sv.tenure_mean;
        const double lambda = 1.0 / mu;
        const double eLo = std::exp(-lambda * p.lo);
        const double eHi = std::isinf(p.hi) ? 0.0 : std::exp(-lambda * p.hi);
        const double tailLo = (p.lo + mu) * eLo;
        const double tailHi = std::isinf(p.hi) ? 0.0 : (p.hi + mu) * eHi;
        mean += p.alpha * (eLo - eHi) + p.beta * (tailLo - tailHi);
        probability += eLo - eHi;
        return;
    }
    double bandStart = 0;
    const std::size_t n = std::min(sv.tenure_bands.size(), sv.tenure_shares.size());
    for (std::size_t k = 0; k < n; ++k) {
        const double bandEnd = sv.tenure_bands[k];
        const double width = bandEnd - bandStart;
        const double x0 = std::max(p.lo, bandStart), x1 = std::min(p.hi, bandEnd);
        if (width > 0 && x1 > x0) {
            const double density = sv.tenure_shares[k] / width;
            mean += density * (p.alpha * (x1 - x0) + p.beta * (x1 * x1 - x0 * x0) / 2.0);
            probability += density * (x1 - x0);
        }
        bandStart = bandEnd;
    }
}

// Resolved per-year figures of the economy the package reads (model-spec v5, v2 "Flows").
struct Economy {
    Eigen::ArrayXd employed, newlyUnemployed, separationRate;
};

Economy economyOf(const MonthlyEngine& engine)
{
    const Scenario& s = engine.scenario();
    const int Y = engine.years();
    Economy e;
    e.employed.resize(Y);
    e.newlyUnemployed.resize(Y);
    e.separationRate.resize(Y);
    const bool dynamic = s.labour.flow_model == FlowModel::Dynamic;
    for (int y = 0; y < Y; ++y) {
        const double u = s.labour.unemployment_rate.at(y);
        const double f = s.labour.job_finding_rate.at(y);
        const double lf = engine.labourForce()[y];
        const double rate = dynamic && y >= 1
                                ? std::max(0.0, f * u + (u - s.labour.unemployment_rate.at(y - 1)) / 12.0) / (1.0 - u)
                                : f * u / (1.0 - u);
        e.employed[y] = lf - lf * u;
        e.separationRate[y] = rate;
        e.newlyUnemployed[y] = rate * e.employed[y] * s.labour.separation_factor.at(y);
    }
    return e;
}

// model-spec v5 "Unemployment assistance": X_g[m], the beneficiaries of one engine (the main
// group's or a further group's) who reach the end of their class and stay unemployed.
void addExhaustions(const MonthlyEngine& engine, const MonthlyEngine::Flows& flows, Eigen::ArrayXd& out)
{
    const int months = 12 * engine.years();
    const auto& rules = engine.rules();
    const auto& ruleOf = engine.ruleOfYears();
    const Eigen::ArrayXd& stay = engine.stay();
    const auto stayAt = [&](int m) { return stay[m < 0 ? 0 : m / 12]; };
    int longest = 1;
    for (const auto& rule : rules)
        longest = std::max(longest, *std::max_element(rule.duration_months.begin(), rule.duration_months.end()));
    const bool stock = engine.scenario().projection.initial_claimants == InitialClaimants::SteadyState;
    for (int m0 = -longest; m0 < months; ++m0) {
        const double claims = m0 >= 0 ? flows.claims(0, m0 / 12) : (stock ? flows.priorClaims(0) : 0.0);
        if (claims == 0)
            continue;
        const BenefitRule& rule = rules[static_cast<std::size_t>(m0 >= 0 ? ruleOf[static_cast<std::size_t>(m0 / 12)] : 0)];
        for (std::size_t c = 0; c < rule.duration_months.size(); ++c) {
            const int D = rule.duration_months[c];
            const int exhausted = m0 + D;  // the first month after the last month of benefit
            if (exhausted < 0 || exhausted >= months)
                continue;
            double persons = rule.duration_shares[c] * claims;  // B[1] in month m0
            for (int k = 1; k <= D; ++k)
                persons *= stayAt(m0 + k);  // survivors into month m0 + k; k = D: past the class's end
            out[exhausted] += persons;
        }
    }
}

// model-spec v5: the first calendar year of insured service that offsets severance, the
// projection's first year when severance.offset_since is 0.
int offsetSince(const Scenario::Severance& sv, int startYear)
{
    return sv.offset_since != 0 ? static_cast<int>(sv.offset_since) : startYear;
}

}  // namespace

const std::array<std::string_view, kPackageColumnCount>& packageColumnNames()
{
    static const std::array<std::string_view, kPackageColumnCount> names{
        "year", "wage_bill", "unemployed", "gdp", "insurance_employers", "insurance_workers",
        "insurance_state", "insurance_cost", "severance_recipients", "severance_due", "severance_paid",
        "severance_fund_contributions", "severance_fund_payments", "severance_fund", "severance_cost",
        "savings_contributions", "savings_withdrawals", "solidarity_topups", "savings_balance", "solidarity_fund",
        "savings_drawers", "savings_cost", "assistance_recipients", "assistance_benefits", "assistance_admin",
        "assistance_cost", "employers_cost", "workers_cost", "state_cost", "package_cost", "package_cost_to_wages",
        "package_cost_to_gdp", "package_cost_to_government", "insurance_coverage", "savings_coverage",
        "assistance_coverage", "any_coverage", "severance_coverage"};
    return names;
}

bool hasSeverance(const Scenario& s) { return s.severance.formula != SeveranceFormula::None; }
bool hasSavings(const Scenario& s) { return s.savings.accounts != SavingsAccounts::None; }
bool hasAssistance(const Scenario& s) { return s.assistance.benefit != AssistanceBenefit::None; }
bool hasPackage(const Scenario& s) { return hasSeverance(s) || hasSavings(s) || hasAssistance(s); }

double severanceMonths(const Scenario& s, int y, double tenure, double offsetYears)
{
    for (const Piece& p : severancePieces(s, y, offsetYears))
        if (tenure >= p.lo && tenure < p.hi)
            return p.alpha + p.beta * tenure;
    return 0.0;
}

SeveranceExpectation expectedSeverance(const Scenario& s, int y, double offsetYears)
{
    SeveranceExpectation e;
    for (const Piece& p : severancePieces(s, y, offsetYears))
        integratePiece(s.severance, p, e.months, e.paidShare);
    return e;
}

PackageResult projectPackage(const Scenario& scenario)
{
    const Projection projection(scenario);
    return projectPackage(projection, projection.run());
}

PackageResult projectPackage(const Projection& projection, const ProjectionResult& result)
{
    const MonthlyEngine& engine = projection.engine();
    const MonthlyEngine::Flows& flows = projection.baselineFlows();
    const Scenario& s = engine.scenario();  // series with their dated changes applied
    const int Y = engine.years();
    const int M = 12 * Y;
    PackageResult out;
    out.startYear = engine.startYear();
    out.years = Y;
    out.annual.setZero(Y, kPackageColumnCount);
    const auto col = [&](PackageColumn c) { return out.annual.col(static_cast<int>(c)); };
    const auto mainAt = [&](int y, Column c) { return result.hasGroups() ? result.groups[0].at(y, c) : result.at(y, c); };
    const Economy economy = economyOf(engine);

    // The insurance: its contributions by payer (model-spec v4 "Payers"), the state's share of
    // benefits and the transfers.
    for (int y = 0; y < Y; ++y) {
        double workers = 0, employers = 0, state = 0;
        if (result.hasGroups()) {
            workers = result.at(y, GroupColumn::worker_contributions);
            employers = result.at(y, GroupColumn::employer_contributions);
            state = result.at(y, GroupColumn::state_contributions);
        } else {
            const double contributions = result.at(y, Column::contributions);
            workers = contributions * engine.workerShare()[y];
            employers = contributions * engine.employerShare()[y];
            state = contributions * engine.stateShare()[y];
        }
        state += result.at(y, Column::state_subsidy) + result.at(y, Column::transfers);
        col(PackageColumn::year)[y] = out.startYear + y;
        col(PackageColumn::wage_bill)[y] = result.at(y, Column::wage_bill);
        col(PackageColumn::unemployed)[y] = result.at(y, Column::unemployed);
        col(PackageColumn::insurance_employers)[y] = employers;
        col(PackageColumn::insurance_workers)[y] = workers;
        col(PackageColumn::insurance_state)[y] = state;
        col(PackageColumn::insurance_cost)[y] = employers + workers + state;
    }

    // Severance pay.
    if (hasSeverance(s)) {
        const auto& sv = s.severance;
        const int since = offsetSince(sv, out.startYear);
        double fund = sv.fund_initial;
        for (int y = 0; y < Y; ++y) {
            const double covered = economy.employed[y] * engine.employedShare()[y] * sv.coverage.at(y);
            const double insured = mainAt(y, Column::insured);
            const double h = sv.offset == SeveranceOffset::InsuredYears && covered > 0 ? std::min(1.0, insured / covered) : 0.0;
            const double A = std::max(0, out.startYear + y - since);
            const SeveranceExpectation none = expectedSeverance(s, y, 0.0);
            const SeveranceExpectation offset = h > 0 ? expectedSeverance(s, y, A) : none;
            const double monthsDue = (1 - h) * none.months + h * offset.months;
            const double paidProbability = (1 - h) * none.paidShare + h * offset.paidShare;
            const double separations = economy.separationRate[y] * covered * s.labour.separation_factor.at(y) *
                                       sv.qualifying_share.at(y);
            const double wage = s.benefits.claimant_wage_ratio.at(y) * engine.wage()[y];
            const double due = separations * monthsDue * wage;
            const double paid = sv.paid_share.at(y) * due;
            const double recipients = sv.paid_share.at(y) * separations * paidProbability;
            const double contribution = sv.fund_rate.at(y) * covered * engine.wage()[y];
            const double i = monthlyRate(s.reserve.return_rate.at(y));
            double fromFund = 0;
            for (int k = 0; k < 12; ++k) {
                const double available = fund * (1 + i) + contribution;
                const double pays = std::min(paid, available);
                fund = available - pays;
                fromFund += pays;
            }
            col(PackageColumn::severance_recipients)[y] = 12 * recipients;
            col(PackageColumn::severance_due)[y] = 12 * due;
            col(PackageColumn::severance_paid)[y] = 12 * paid;
            col(PackageColumn::severance_fund_contributions)[y] = 12 * contribution;
            col(PackageColumn::severance_fund_payments)[y] = fromFund;
            col(PackageColumn::severance_fund)[y] = fund;
            col(PackageColumn::severance_cost)[y] = 12 * paid - fromFund + 12 * contribution;
        }
    }

    // Individual savings accounts and the solidarity fund.
    Eigen::ArrayXd employerSavings = Eigen::ArrayXd::Zero(Y), workerSavings = Eigen::ArrayXd::Zero(Y),
                   stateSavings = Eigen::ArrayXd::Zero(Y);
    if (hasSavings(s)) {
        const auto& sa = s.savings;
        const int D = static_cast<int>(sa.duration_months);
        const auto& rates = sa.replacement_rates;
        const Eigen::ArrayXd& stay = engine.stay();
        double accounts = sa.initial_balance, solidarity = sa.solidarity_initial;
        // Per start month: members still drawing, and their account's and the fund's payment of
        // each month of withdrawal.
        std::vector<double> members(static_cast<std::size_t>(M), 0.0);
        std::vector<double> fromAccount(static_cast<std::size_t>(M) * D, 0.0), topUp(static_cast<std::size_t>(M) * D, 0.0);
        for (int y = 0; y < Y; ++y) {
            const double insured = mainAt(y, Column::insured);
            const double wageBill = mainAt(y, Column::wage_bill) / 12.0;  // WB[y], per month
            const double toAccounts = (sa.employee_rate.at(y) + sa.employer_rate.at(y)) * wageBill;
            const double toSolidarity = sa.solidarity_rate.at(y) * wageBill + sa.solidarity_state.at(y) / 12.0;
            const double j = monthlyRate(sa.return_rate.at(y));
            const double newDrawers = mainAt(y, Column::separations) / 12.0 * sa.qualifying_share.at(y);
            const double claimantWage =
                expectedClamp(s.benefits.claimant_wage_ratio.at(y) * engine.wage()[y], s.wages.dispersion,
                              engine.floor()[y] > 0 ? engine.floor()[y] : 0.0,
                              engine.ceiling()[y] > 0 ? engine.ceiling()[y] : kInf);
            double withdrawals = 0, topUps = 0, drawers = 0;
            for (int k = 0; k < 12; ++k) {
                const int m = 12 * y + k;
                // The new cohort: its balance and its schedule.
                const double balance = insured > 0 ? accounts / insured : 0.0;
                members[static_cast<std::size_t>(m)] = newDrawers;
                double drawn = 0;
                for (int d = 1; d <= D; ++d) {
                    const double p = rates[static_cast<std::size_t>(std::min<int>(d, static_cast<int>(rates.size())) - 1)] *
                                     claimantWage;
                    const double a = std::min(p, std::max(0.0, balance - drawn));
                    drawn += p;
                    fromAccount[static_cast<std::size_t>(m) * D + d - 1] = a;
                    topUp[static_cast<std::size_t>(m) * D + d - 1] = sa.solidarity_share.at(y) * (p - a);
                }
                // This month's payments of every cohort still drawing; the older ones have
                // lost the month's leavers first.
                double wd = 0, tu = 0, dr = 0;
                for (int d = 1; d <= D && m - d + 1 >= 0; ++d) {
                    const auto m0 = static_cast<std::size_t>(m - d + 1);
                    if (d > 1)
                        members[m0] *= stay[y];
                    wd += members[m0] * fromAccount[m0 * D + d - 1];
                    tu += members[m0] * topUp[m0 * D + d - 1];
                    dr += members[m0];
                }
                const double retiring = accounts * sa.retirement_rate.at(y) / 12.0;
                accounts = accounts * (1 + j) + toAccounts - wd - retiring;
                solidarity = solidarity * (solidarity >= 0 ? 1 + j : 1.0) + toSolidarity - tu;
                withdrawals += wd;
                topUps += tu;
                drawers += dr;
            }
            col(PackageColumn::savings_contributions)[y] = 12 * toAccounts;
            col(PackageColumn::savings_withdrawals)[y] = withdrawals;
            col(PackageColumn::solidarity_topups)[y] = topUps;
            col(PackageColumn::savings_balance)[y] = accounts;
            col(PackageColumn::solidarity_fund)[y] = solidarity;
            col(PackageColumn::savings_drawers)[y] = drawers / 12.0;
            col(PackageColumn::savings_cost)[y] = 12 * (toAccounts + toSolidarity);
            employerSavings[y] = 12 * (sa.employer_rate.at(y) + sa.solidarity_rate.at(y)) * wageBill;
            workerSavings[y] = 12 * sa.employee_rate.at(y) * wageBill;
            stateSavings[y] = sa.solidarity_state.at(y);
        }
    }

    // Unemployment assistance.
    if (hasAssistance(s)) {
        const auto& as = s.assistance;
        Eigen::ArrayXd exhausted = Eigen::ArrayXd::Zero(M);
        addExhaustions(engine, flows, exhausted);
        for (std::size_t g = 0; g < engine.groups().size(); ++g)
            addExhaustions(*engine.groups()[g], flows.groups[g], exhausted);
        const int D = static_cast<int>(as.duration_months);
        std::vector<double> members(static_cast<std::size_t>(M), 0.0);
        for (int y = 0; y < Y; ++y) {
            const double benefit = (as.benefit == AssistanceBenefit::Flat
                                        ? as.amount.at(y)
                                        : as.poverty_line_share.at(y) * as.poverty_line.at(y)) *
                                   engine.priceIndex()[y];
            const double leave = 1.0 - engine.findingRate()[y];
            double recipients = 0;
            for (int k = 0; k < 12; ++k) {
                const int m = 12 * y + k;
                const double insuranceClaims = result.at(m, MonthlyColumn::new_claims);
                members[static_cast<std::size_t>(m)] =
                    (as.eligible_share.at(y) * std::max(0.0, economy.newlyUnemployed[y] - insuranceClaims) +
                     exhausted[m]) *
                    as.means_test_pass.at(y) * as.take_up.at(y);
                for (int d = 1; d <= D && m - d + 1 >= 0; ++d) {
                    const auto m0 = static_cast<std::size_t>(m - d + 1);
                    if (d > 1)
                        members[m0] *= leave;
                    recipients += members[m0];
                }
            }
            const double benefits = recipients * benefit;
            col(PackageColumn::assistance_recipients)[y] = recipients / 12.0;
            col(PackageColumn::assistance_benefits)[y] = benefits;
            col(PackageColumn::assistance_admin)[y] = as.admin_share.at(y) * benefits;
            col(PackageColumn::assistance_cost)[y] = (1 + as.admin_share.at(y)) * benefits;
        }
    }

    // Payers, the package, its ratios and who is protected.
    const bool gdpGiven = s.economy.gdp > 0;
    double gdp = s.economy.gdp;
    for (int y = 0; y < Y; ++y) {
        if (y > 0)
            gdp *= 1 + s.economy.gdp_growth.at(y);
        const auto at = [&](PackageColumn c) { return out.annual(y, static_cast<int>(c)); };
        const double employers = at(PackageColumn::insurance_employers) + at(PackageColumn::severance_cost) +
                                 employerSavings[y];
        const double workers = at(PackageColumn::insurance_workers) + workerSavings[y];
        const double state = at(PackageColumn::insurance_state) + stateSavings[y] + at(PackageColumn::assistance_cost);
        const double total = employers + workers + state;
        const double government = s.economy.government_expenditure.at(y) * gdp;
        col(PackageColumn::gdp)[y] = gdpGiven ? gdp : kNaN;
        col(PackageColumn::employers_cost)[y] = employers;
        col(PackageColumn::workers_cost)[y] = workers;
        col(PackageColumn::state_cost)[y] = state;
        col(PackageColumn::package_cost)[y] = total;
        col(PackageColumn::package_cost_to_wages)[y] = divideOrNaN(total, at(PackageColumn::wage_bill));
        col(PackageColumn::package_cost_to_gdp)[y] = gdpGiven ? divideOrNaN(total, gdp) : kNaN;
        col(PackageColumn::package_cost_to_government)[y] = gdpGiven && government > 0 ? total / government : kNaN;
        const double unemployed = at(PackageColumn::unemployed);
        const double beneficiaries = result.at(y, Column::beneficiaries);
        const double drawers = at(PackageColumn::savings_drawers);
        const double assisted = at(PackageColumn::assistance_recipients);
        col(PackageColumn::insurance_coverage)[y] = divideOrNaN(beneficiaries, unemployed);
        col(PackageColumn::savings_coverage)[y] = divideOrNaN(drawers, unemployed);
        col(PackageColumn::assistance_coverage)[y] = divideOrNaN(assisted, unemployed);
        col(PackageColumn::any_coverage)[y] =
            unemployed != 0 ? std::min(1.0, (beneficiaries + assisted + std::max(0.0, drawers - beneficiaries)) / unemployed)
                            : kNaN;
        col(PackageColumn::severance_coverage)[y] =
            divideOrNaN(at(PackageColumn::severance_recipients), 12.0 * economy.newlyUnemployed[y]);
    }
    return out;
}

double WorkerView::replacement(int n) const
{
    if (n < 1 || n > static_cast<int>(months.size()) || !(wage > 0))
        return kNaN;
    double income = 0;
    for (int k = 0; k < n; ++k)
        income += months[static_cast<std::size_t>(k)].total();
    return income / (n * wage);
}

WorkerView workerView(const Scenario& scenario, const WorkerCase& c)
{
    const MonthlyEngine engine(scenario);
    const Scenario& s = engine.scenario();
    const int start = engine.startYear();
    const int calendar = c.year == 0 ? start : c.year;
    const int y = calendar - start;
    if (y < 0 || y >= engine.years())
        throw std::invalid_argument("the year " + std::to_string(calendar) + " is outside the projection (" +
                                    std::to_string(start) + ".." + std::to_string(start + engine.years() - 1) + ")");
    if (!(c.wage >= 0) || !std::isfinite(c.wage))
        throw std::invalid_argument("the wage must be a number of at least 0");
    if (!(c.tenure >= 0) || !(c.tenure <= 60))
        throw std::invalid_argument("the service must be 0..60 years");
    if (c.months < 1 || c.months > 120)
        throw std::invalid_argument("the months of unemployment must be 1..120");
    if (c.balance && (!(*c.balance >= 0) || !std::isfinite(*c.balance)))
        throw std::invalid_argument("the account balance must be a number of at least 0");

    WorkerView view;
    view.year = calendar;
    view.wage = c.wage;
    view.months.resize(static_cast<std::size_t>(c.months));
    for (int k = 0; k < c.months; ++k)
        view.months[static_cast<std::size_t>(k)].month = k + 1;

    const double F = engine.floor()[y], C = engine.ceiling()[y];
    const double reference = std::clamp(c.wage, F > 0 ? F : 0.0, C > 0 ? C : kInf);

    // Severance, in the first month.
    if (hasSeverance(s)) {
        const int since = offsetSince(s.severance, start);
        view.offsetYears = c.insured && s.severance.offset == SeveranceOffset::InsuredYears
                               ? std::max(0, calendar - since) : 0.0;
        view.severanceMonths = severanceMonths(s, y, c.tenure, view.offsetYears) *
                               (c.expected ? s.severance.paid_share.at(y) : 1.0);
        view.months[0].severance = view.severanceMonths * c.wage;
    }

    // Insurance: month k is month of benefit d = k - ceil(waiting_days / 30).
    int insuranceEnds = 0;  // the last month paid by the insurance (0: none)
    if (c.insured) {
        const BenefitRule& rule = engine.rules()[static_cast<std::size_t>(engine.ruleOfYears()[static_cast<std::size_t>(y)])];
        int cls = c.durationClass;
        if (cls < 0)
            cls = static_cast<int>(std::max_element(rule.duration_months.begin(), rule.duration_months.end()) -
                                   rule.duration_months.begin());
        if (cls >= static_cast<int>(rule.duration_months.size()))
            throw std::invalid_argument("the benefit rule of " + std::to_string(calendar) + " has " +
                                        std::to_string(rule.duration_months.size()) + " duration classes; class " +
                                        std::to_string(cls + 1) + " does not exist");
        const int D = rule.duration_months[static_cast<std::size_t>(cls)];
        const int waiting = static_cast<int>(std::ceil(s.benefits.waiting_days.at(y) / 30.0 - 1e-12));
        const double lo = engine.benefitMinimum()[y], hi = engine.benefitMaximum()[y];
        for (int k = 1; k <= c.months; ++k) {
            const int d = k - waiting;
            if (d < 1 || d > D)
                continue;
            const auto& rates = rule.replacement_rates;
            const double rate = rates[static_cast<std::size_t>(std::min<int>(d, static_cast<int>(rates.size())) - 1)];
            view.months[static_cast<std::size_t>(k - 1)].insurance =
                std::clamp(rate * reference, lo > 0 ? lo : 0.0, hi > 0 ? std::max(hi, lo) : kInf);
        }
        insuranceEnds = waiting + D;
    }

    // Savings: the account pays first, the solidarity fund tops up.
    if (hasSavings(s) && c.insured) {
        const auto& sa = s.savings;
        double balance = c.balance ? *c.balance
                                   : c.tenure * 12 * (sa.employee_rate.at(y) + sa.employer_rate.at(y)) * reference;
        view.savingsBalance = balance;
        const auto& rates = sa.replacement_rates;
        for (int k = 1; k <= std::min<int>(c.months, static_cast<int>(sa.duration_months)); ++k) {
            const double p = rates[static_cast<std::size_t>(std::min<int>(k, static_cast<int>(rates.size())) - 1)] * reference;
            const double a = std::min(p, balance);
            balance -= a;
            auto& month = view.months[static_cast<std::size_t>(k - 1)];
            month.savings = a;
            month.solidarity = c.solidarity ? p - a : 0.0;
        }
    }

    // Assistance: the months without insurance, at most its duration.
    if (hasAssistance(s)) {
        const auto& as = s.assistance;
        const double amount = (as.benefit == AssistanceBenefit::Flat ? as.amount.at(y)
                                                                     : as.poverty_line_share.at(y) * as.poverty_line.at(y)) *
                              engine.priceIndex()[y];
        const int first = c.insured ? insuranceEnds + 1 : 1;
        for (int k = first; k <= c.months && k < first + as.duration_months; ++k)
            view.months[static_cast<std::size_t>(k - 1)].assistance = amount;
    }
    return view;
}

}  // namespace tideover::core
