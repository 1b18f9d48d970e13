// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Numerical robustness of the deterministic projection: properties that must hold for every
// valid scenario, checked over thousands of randomly drawn ones (fixed seeds, so a failure
// reproduces), and the extremes of every parameter range run to completion with finite
// results. A failure prints the seed, the property and the whole scenario as a file.

#include "testsupport.h"
#include "core/model/validation.h"

#include <QElapsedTimer>

#include <cmath>
#include <random>
#include <sstream>

using namespace tideover::core;
using namespace tideover::test;

namespace {

// Optimised builds (the sanitizer build included) draw 6000; an unoptimised Debug build fewer.
#ifdef NDEBUG
constexpr int kScenarios = 6000;
#else
constexpr int kScenarios = 1500;
#endif

// Draws valid scenarios that reach into every corner of the parameter ranges of model-spec.md.
class ScenarioDraw {
public:
    explicit ScenarioDraw(std::uint64_t seed) : m_random(seed) {}

    Scenario next()
    {
        Scenario s = Scenario::withDefaults();
        s.meta.title = "random";
        s.projection.start_year = integer(1900, 2200);
        s.projection.years = chance(0.1) ? 100 : integer(1, 100);
        s.projection.initial_claimants = chance(0.5) ? InitialClaimants::SteadyState : InitialClaimants::Empty;
        s.projection.target_reserve_ratio = uniform(0, 10);

        s.labour.force = logUniform(1e3, 1e9);
        s.labour.force_growth = series(-0.2, 0.2, s.projection.years);
        s.labour.unemployment_rate = series(0.001, 0.6, s.projection.years);
        s.labour.job_finding_rate = chance(0.1) ? 1.0 : logUniform(1e-4, 1.0);
        s.labour.claimant_exit_factor = chance(0.1) ? 4.0 : logUniform(1e-3, 4.0);

        s.coverage.wage_employee_share = series(0, 1, s.projection.years);
        s.coverage.legal_coverage = series(0, 1, s.projection.years);
        s.coverage.compliance = series(0, 1, s.projection.years);

        const double wage = logUniform(1, 1e7);
        s.wages.average_monthly = wage;
        s.wages.growth = series(-0.5, 1, s.projection.years);
        s.wages.dispersion = chance(0.1) ? pick({0.0, 2.0}) : uniform(0, 2);
        s.economy.inflation = series(-0.5, 1, s.projection.years);

        s.contributions.employee_rate = series(0, 0.5, s.projection.years);
        s.contributions.employer_rate = series(0, 0.5, s.projection.years);
        s.contributions.government_rate = chance(0.5) ? Series{0.0} : series(0, 0.5, s.projection.years);
        // Floor and ceiling: each "none" (0) or a multiple of the wage, the ceiling above the floor.
        const double floor = chance(0.5) ? 0.0 : wage * uniform(0.05, 1.5);
        s.contributions.wage_floor = floor;
        s.contributions.wage_ceiling = chance(0.5) ? 0.0 : std::max(floor, wage * 0.05) * uniform(1, 5);
        s.contributions.threshold_indexation = static_cast<Indexation>(integer(0, 2));

        s.eligibility.involuntary_share = uniform(0, 1);
        s.eligibility.contribution_condition_share = uniform(0, 1);
        s.eligibility.take_up = uniform(0, 1);

        const int classes = static_cast<int>(integer(1, 5));
        s.benefits.duration_months.clear();
        s.benefits.duration_shares.clear();
        double total = 0;
        for (int c = 0; c < classes; ++c) {
            s.benefits.duration_months.push_back(chance(0.2) ? 60 : static_cast<int>(integer(1, 60)));
            s.benefits.duration_shares.push_back(uniform(0.01, 1));
            total += s.benefits.duration_shares.back();
        }
        for (double& share : s.benefits.duration_shares)
            share /= total;
        s.benefits.replacement_rates.clear();
        const int rates = static_cast<int>(integer(1, 61));
        for (int i = 0; i < rates; ++i)
            s.benefits.replacement_rates.push_back(uniform(0, 1.5));
        s.benefits.waiting_days = integer(0, 90);
        s.benefits.claimant_wage_ratio = logUniform(0.01, 3);
        const double minimum = chance(0.5) ? 0.0 : wage * uniform(0.01, 1);
        s.benefits.minimum = minimum;
        s.benefits.maximum = chance(0.5) ? 0.0 : std::max(minimum, wage * 0.01) * uniform(1, 4);
        s.benefits.threshold_indexation = static_cast<Indexation>(integer(0, 2));

        s.expenditure.benefit_related_rate = uniform(0, 1);
        s.expenditure.almp_share = chance(0.5) ? 0.0 : uniform(0, 1);
        s.expenditure.admin_share = uniform(0, 1);

        // The reserve and transfers on the scale of a year's contributions.
        const double scale = s.labour.force * wage * 12 * 0.02;
        s.reserve.initial = chance(0.2) ? 0.0 : scale * uniform(-3, 5);
        s.reserve.return_rate = series(-0.5, 1, s.projection.years);
        s.reserve.borrowing_rate = series(0, 1, s.projection.years);
        s.reserve.transfers = chance(0.6) ? Series{0.0} : series(-scale, scale, s.projection.years);

        s.financing.rule = chance(0.5) ? FinancingRule::Fixed : FinancingRule::ReserveBand;
        s.financing.lower_ratio = uniform(0, 10);
        s.financing.upper_ratio = uniform(s.financing.lower_ratio + 1e-6, 20);
        s.financing.step = uniform(0, 0.05);
        s.financing.min_rate = uniform(0, 0.5);
        s.financing.max_rate = uniform(s.financing.min_rate, 1);
        return s;
    }

private:
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_random); }
    double logUniform(double lo, double hi) { return std::exp(uniform(std::log(lo), std::log(hi))); }
    std::int64_t integer(std::int64_t lo, std::int64_t hi)
    {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(m_random);
    }
    bool chance(double p) { return uniform(0, 1) < p; }
    double pick(std::initializer_list<double> values)
    {
        return *(values.begin() + integer(0, static_cast<std::int64_t>(values.size()) - 1));
    }
    // A constant, or a list of up to the horizon and a few more years, or the range's ends.
    Series series(double lo, double hi, std::int64_t years)
    {
        if (chance(0.4))
            return Series{chance(0.2) ? pick({lo, hi}) : uniform(lo, hi)};
        std::vector<double> values(static_cast<std::size_t>(integer(1, years + 3)));
        for (double& v : values)
            v = chance(0.05) ? pick({lo, hi}) : uniform(lo, hi);
        return Series(std::move(values));
    }

    std::mt19937_64 m_random;
};

bool close(double a, double b, double scale, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max({std::abs(a), std::abs(b), scale, 1e-300});
}

std::string str(double x)
{
    std::ostringstream out;
    out.precision(17);
    out << x;
    return out.str();
}

// The first property the projection breaks, or "". Properties (model-spec "Equations" and
// "Output"): every figure finite where the spec defines it, undefined (NaN) exactly where its
// denominator is 0; the reserve recursion month by month and year by year; flows, stocks and
// rates never negative; ratios with the reserve's sign; the contribution rate within the
// rule's bounds; annual figures the sums of the months; the summary measures consistent with
// the table.
std::string violation(const Scenario& s, const ProjectionResult& r)
{
    using C = Column;
    using M = MonthlyColumn;
    if (r.years != s.projection.years || r.annual.rows() != r.years || r.monthly.rows() != 12 * r.years)
        return "wrong table size";
    for (int m = 0; m < 12 * r.years; ++m)
        for (int c = 0; c < kMonthlyColumnCount; ++c)
            if (!std::isfinite(r.monthly(m, c)))
                return "month " + std::to_string(m) + ": " + std::string(monthlyColumnNames()[static_cast<std::size_t>(c)]) +
                       " is " + str(r.monthly(m, c));

    const bool band = s.financing.rule == FinancingRule::ReserveBand;
    double reserve = s.reserve.initial;
    double scale = std::abs(s.reserve.initial);
    for (int m = 0; m < 12 * r.years; ++m) {
        const std::string at = "month " + std::to_string(m) + ": ";
        const double ci = r.at(m, M::contributions), tx = r.at(m, M::expenditure), ii = r.at(m, M::investment_income),
                     t = r.at(m, M::transfers), next = r.at(m, M::reserve);
        scale = std::max({scale, std::abs(ci), std::abs(tx), std::abs(ii), std::abs(t), std::abs(next)});
        if (!close(next, reserve + ii + ci - tx + t, scale))
            return at + "the reserve recursion fails: " + str(next) + " != " + str(reserve + ii + ci - tx + t);
        if (reserve < 0 && ii > 0)
            return at + "a negative reserve earns " + str(ii);
        for (const M c : {M::separations, M::new_claims, M::beneficiaries, M::contributions, M::benefits,
                          M::other_expenditure, M::admin, M::expenditure, M::contribution_rate})
            if (r.at(m, c) < 0)
                return at + std::string(monthlyColumnNames()[static_cast<std::size_t>(c)]) + " is negative: " + str(r.at(m, c));
        if (!close(tx, r.at(m, M::benefits) + r.at(m, M::other_expenditure) + r.at(m, M::admin), tx))
            return at + "expenditure is not benefits + other + admin";
        reserve = next;
    }

    double previous = s.reserve.initial;
    for (int y = 0; y < r.years; ++y) {
        const std::string at = "year " + std::to_string(y) + ": ";
        auto sum = [&](M c) { return r.monthly.col(static_cast<int>(c)).segment(12 * y, 12).sum(); };
        for (int c = 0; c < kColumnCount; ++c) {
            const double x = r.annual(y, c);
            if (std::isinf(x) || (std::isnan(x) && c < static_cast<int>(C::reserve_ratio)))
                return at + std::string(columnNames()[static_cast<std::size_t>(c)]) + " is " + str(x);
        }
        for (const C c : {C::labour_force, C::unemployed, C::insured, C::separations, C::wage_bill, C::contribution_rate,
                          C::contributions, C::new_claims, C::beneficiaries, C::benefits, C::other_expenditure,
                          C::admin, C::expenditure})
            if (r.at(y, c) < 0)
                return at + std::string(columnNames()[static_cast<std::size_t>(c)]) + " is negative: " + str(r.at(y, c));
        const double expenditure = r.at(y, C::expenditure), wageBill = r.at(y, C::wage_bill),
                     beneficiaries = r.at(y, C::beneficiaries), reserveY = r.at(y, C::reserve);
        // Undefined exactly where the denominator is zero.
        if (std::isnan(r.at(y, C::reserve_ratio)) != (expenditure == 0))
            return at + "reserve_ratio is " + str(r.at(y, C::reserve_ratio)) + " with expenditure " + str(expenditure);
        if (std::isnan(r.at(y, C::reserve_to_wages)) != (wageBill == 0) || std::isnan(r.at(y, C::cost_rate)) != (wageBill == 0))
            return at + "reserve_to_wages or cost_rate undefined where the wage bill is " + str(wageBill);
        if (std::isnan(r.at(y, C::average_benefit)) != (beneficiaries == 0) ||
            std::isnan(r.at(y, C::average_replacement)) != (beneficiaries == 0))
            return at + "average_benefit undefined where beneficiaries are " + str(beneficiaries);
        if (std::isnan(r.at(y, C::effective_coverage)))
            return at + "effective_coverage is undefined";
        // Signs and ranges of the ratios.
        for (const C c : {C::reserve_ratio, C::reserve_to_wages, C::high_cost_multiple})
            if (!std::isnan(r.at(y, c)) && reserveY != 0 && (r.at(y, c) < 0) != (reserveY < 0))
                return at + std::string(columnNames()[static_cast<std::size_t>(c)]) + " " + str(r.at(y, c)) +
                       " has not the sign of the reserve " + str(reserveY);
        for (const C c : {C::cost_rate, C::effective_coverage, C::average_benefit, C::average_replacement})
            if (r.at(y, c) < 0)
                return at + std::string(columnNames()[static_cast<std::size_t>(c)]) + " is negative";
        const double rate = r.at(y, C::contribution_rate);
        if (rate > 1.5 + 1e-12)
            return at + "contribution rate " + str(rate) + " above the three rates' maximum";
        if (band && y > 0 && (rate < s.financing.min_rate - 1e-15 || rate > s.financing.max_rate + 1e-15))
            return at + "contribution rate " + str(rate) + " outside the rule's bounds";
        if (r.at(y, C::insured) > r.at(y, C::labour_force) - r.at(y, C::unemployed) + 1e-6 * r.at(y, C::labour_force))
            return at + "more insured than employed";
        // Annual figures are the months' sums; the balance moves the reserve.
        for (const auto& [annual, monthly] : std::vector<std::pair<C, M>>{
                 {C::contributions, M::contributions}, {C::benefits, M::benefits}, {C::other_expenditure, M::other_expenditure},
                 {C::admin, M::admin}, {C::expenditure, M::expenditure}, {C::investment_income, M::investment_income},
                 {C::transfers, M::transfers}})
            if (!close(r.at(y, annual), sum(monthly), scale))
                return at + std::string(columnNames()[static_cast<std::size_t>(annual)]) + " is not the sum of its months";
        const double balance = r.at(y, C::contributions) + r.at(y, C::investment_income) + r.at(y, C::transfers) - expenditure;
        if (!close(r.at(y, C::balance), balance, scale) || !close(reserveY, previous + balance, scale, 1e-8))
            return at + "the balance does not move the reserve: " + str(previous) + " + " + str(balance) + " != " + str(reserveY);
        previous = reserveY;
    }

    // Summary measures.
    std::optional<int> depletion;
    for (int m = 0; m < 12 * r.years && !depletion; ++m)
        if (r.at(m, M::reserve) < 0)
            depletion = r.startYear + m / 12;
    if (depletion != r.summary.depletionYear)
        return "depletion year disagrees with the monthly reserve";
    std::optional<double> lowest;
    for (int y = 0; y < r.years; ++y)
        if (const double ratio = r.at(y, C::reserve_ratio); !std::isnan(ratio) && (!lowest || ratio < *lowest))
            lowest = ratio;
    if (lowest != r.summary.minimumReserveRatio)
        return "minimum reserve ratio disagrees with the table";
    if (const auto rate = r.summary.breakEvenRate) {
        if (!(*rate >= 0 && *rate <= 1))
            return "break-even rate " + str(*rate) + " outside [0, 1]";
        const Projection p(s);
        const double gap = p.terminalGap(*rate);
        const double gapScale = std::max(std::abs(p.terminalGap(0)), std::abs(p.terminalGap(1)));
        if (!(std::abs(gap) <= 1e-6 * gapScale))
            return "at the break-even rate " + str(*rate) + " the gap is " + str(gap) + " (scale " + str(gapScale) + ")";
    }
    return {};
}

// Where claimants leave benefit at least as fast as other unemployed people leave
// unemployment, and the unemployed do not fall (constant rate, a labour force that does not
// shrink), no more people can be on benefit than are unemployed.
bool coverageIsBounded(const Scenario& s)
{
    const auto& growth = s.labour.force_growth.values;
    const auto& exit = s.labour.claimant_exit_factor.values;
    return std::all_of(exit.begin(), exit.end(), [](double x) { return x >= 1; }) &&
           s.labour.job_finding_rate.values.size() == 1 && s.labour.unemployment_rate.values.size() == 1 &&
           std::all_of(growth.begin(), growth.end(), [](double g) { return g >= 0; });
}

QString describe(std::uint64_t seed, int index, const Scenario& s, const std::string& what)
{
    return QStringLiteral("seed %1, scenario %2: %3\n%4").arg(seed).arg(index).arg(QString::fromStdString(what),
                                                                                 QString::fromStdString(writeScenario(s)));
}

}  // namespace

class PropertiesTest : public QObject {
    Q_OBJECT

private slots:
    void randomValidScenarios_keepEveryProperty_data();
    void randomValidScenarios_keepEveryProperty();
    void extremesOfEveryRange_runWithFiniteResults_data();
    void extremesOfEveryRange_runWithFiniteResults();
    void propertyCheck_catchesBrokenResults();
};

void PropertiesTest::randomValidScenarios_keepEveryProperty_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("count");
    // Three seeds; together several thousand scenarios.
    for (const quint64 seed : {20260301ULL, 7ULL, 424242ULL})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << kScenarios / 3;
}

void PropertiesTest::randomValidScenarios_keepEveryProperty()
{
    QFETCH(quint64, seed);
    QFETCH(int, count);
    ScenarioDraw draw(seed);
    QElapsedTimer timer;
    timer.start();
    int withBreakEven = 0, depleted = 0, bounded = 0;
    for (int i = 0; i < count; ++i) {
        const Scenario s = draw.next();
        const auto problems = validate(s);
        if (hasErrors(problems)) {
            std::string text;
            for (const auto& p : problems)
                text += p.message + "\n";
            QFAIL(qPrintable(describe(seed, i, s, "the draw is not valid:\n" + text)));
        }
        const ProjectionResult r = project(s);
        const std::string broken = violation(s, r);
        if (!broken.empty())
            QFAIL(qPrintable(describe(seed, i, s, broken)));
        if (coverageIsBounded(s)) {
            ++bounded;
            for (int y = 0; y < r.years; ++y)
                if (r.at(y, Column::effective_coverage) > 1 + 1e-9)
                    QFAIL(qPrintable(describe(seed, i, s, "year " + std::to_string(y) + ": effective coverage " +
                                                              str(r.at(y, Column::effective_coverage)) + " above 1")));
        }
        withBreakEven += r.summary.breakEvenRate.has_value();
        depleted += r.summary.depletionYear.has_value();
    }
    qInfo("%d scenarios in %lld ms: %d with a break-even rate, %d depleted, %d with coverage bounded by 1", count,
          static_cast<long long>(timer.elapsed()), withBreakEven, depleted, bounded);
    // The draws must reach both sides of the interesting cases.
    QVERIFY(withBreakEven > count / 10 && withBreakEven < count);
    QVERIFY(depleted > count / 10 && depleted < count);
}

void PropertiesTest::extremesOfEveryRange_runWithFiniteResults_data()
{
    QTest::addColumn<QStringList>("assignments");
    const QString longSeries = [] {
        QStringList v;
        for (int i = 0; i < static_cast<int>(kMaxListLength); ++i)
            v << QString::number(i % 2 ? 0.2 : -0.2);
        return v.join(',');
    }();
    const QString sixtyRates = [] {
        QStringList v;
        for (int i = 0; i < 60; ++i)
            v << "1.5";
        return v.join(',');
    }();
    auto row = [](const char* name, const QStringList& assignments) { QTest::newRow(name) << assignments; };
    row("100-year horizon", {"projection.years=100"});
    row("1-year horizon", {"projection.years=1"});
    row("start 1900", {"projection.start_year=1900"});
    row("start 2200, 100 years", {"projection.start_year=2200", "projection.years=100"});
    row("new scheme, 100 years", {"projection.initial_claimants=empty", "projection.years=100"});
    row("target ratio 10", {"projection.target_reserve_ratio=10"});
    row("unemployment 60 %", {"labour.unemployment_rate=0.6"});
    row("unemployment 0.1 %", {"labour.unemployment_rate=0.001"});
    row("unemployment jumping 0.1 % to 60 %", {"labour.unemployment_rate=0.001,0.6,0.001,0.6,0.3"});
    row("job-finding rate 1", {"labour.job_finding_rate=1"});
    row("job-finding rate 1, unemployment 60 %", {"labour.job_finding_rate=1", "labour.unemployment_rate=0.6"});
    row("job-finding rate tiny", {"labour.job_finding_rate=1e-12"});
    row("exit factor 4", {"labour.claimant_exit_factor=4", "labour.job_finding_rate=1"});
    row("exit factor tiny", {"labour.claimant_exit_factor=1e-9"});
    row("labour force shrinking 20 % for 100 years", {"labour.force_growth=-0.2", "projection.years=100"});
    row("labour force growing 20 % for 100 years", {"labour.force_growth=0.2", "projection.years=100"});
    row("labour force of one", {"labour.force=1"});
    row("labour force of ten billion", {"labour.force=1e10"});
    row("no wage employees", {"coverage.wage_employee_share=0"});
    row("nobody complies", {"coverage.compliance=0"});
    row("wages doubling for 100 years", {"wages.growth=1", "projection.years=100"});
    row("wages halving for 100 years", {"wages.growth=-0.5", "projection.years=100"});
    row("dispersion 2", {"wages.dispersion=2"});
    row("dispersion 2 with floor, ceiling and caps",
        {"wages.dispersion=2", "contributions.wage_floor=1000", "contributions.wage_ceiling=20000", "benefits.minimum=500",
         "benefits.maximum=8000"});
    row("dispersion 0 with floor, ceiling and caps",
        {"wages.dispersion=0", "contributions.wage_floor=9000", "contributions.wage_ceiling=9000", "benefits.minimum=5400",
         "benefits.maximum=5400"});
    row("inflation 100 % for 100 years", {"economy.inflation=1", "projection.years=100", "benefits.minimum=100",
                                          "benefits.threshold_indexation=prices"});
    row("deflation 50 % for 100 years", {"economy.inflation=-0.5", "projection.years=100", "contributions.wage_ceiling=20000",
                                         "contributions.threshold_indexation=prices"});
    row("contribution rates 50 % each", {"contributions.employee_rate=0.5", "contributions.employer_rate=0.5",
                                         "contributions.government_rate=0.5"});
    row("no contributions", {"contributions.employee_rate=0", "contributions.employer_rate=0"});
    row("everyone eligible", {"eligibility.involuntary_share=1", "eligibility.contribution_condition_share=1",
                              "eligibility.take_up=1"});
    row("nobody eligible", {"eligibility.take_up=0"});
    row("60-month durations", {"benefits.duration_months=60", "benefits.duration_shares=1"});
    row("60-month durations at 150 %", {"benefits.duration_months=60", "benefits.duration_shares=1",
                                        "benefits.replacement_rates=" + sixtyRates});
    row("1-month duration", {"benefits.duration_months=1", "benefits.duration_shares=1"});
    row("five classes up to 60 months", {"benefits.duration_months=1,12,24,48,60",
                                         "benefits.duration_shares=0.2,0.2,0.2,0.2,0.2"});
    row("90 waiting days", {"benefits.waiting_days=90"});
    row("claimant wage ratio 3", {"benefits.claimant_wage_ratio=3"});
    row("claimant wage ratio tiny", {"benefits.claimant_wage_ratio=1e-9"});
    row("replacement rate 0", {"benefits.replacement_rates=0"});
    row("all spending shares 1", {"expenditure.benefit_related_rate=1", "expenditure.almp_share=1",
                                  "expenditure.admin_share=1"});
    row("return 100 % for 100 years", {"reserve.return=1", "projection.years=100", "reserve.initial=1e12"});
    row("return -50 %", {"reserve.return=-0.5", "reserve.initial=1e12"});
    row("borrowing at 100 % for 100 years", {"reserve.borrowing_rate=1", "projection.years=100", "reserve.initial=-1e12",
                                             "contributions.employee_rate=0", "contributions.employer_rate=0"});
    row("large transfers in and out", {"reserve.transfers=1e15,-1e15,1e15,0"});
    row("series of 1200 values", {"labour.force_growth=" + longSeries, "wages.growth=" + longSeries,
                                  "projection.years=100"});
    row("band rule at its extremes", {"financing.rule=reserve_band", "financing.lower_ratio=10",
                                      "financing.upper_ratio=20", "financing.step=0.05", "financing.min_rate=0",
                                      "financing.max_rate=1", "projection.years=100"});
    row("band rule squeezed", {"financing.rule=reserve_band", "financing.lower_ratio=0", "financing.upper_ratio=1e-9",
                               "financing.step=0.05", "financing.min_rate=1", "financing.max_rate=1"});
    row("everything extreme at once",
        {"projection.years=100", "labour.unemployment_rate=0.6", "labour.job_finding_rate=1",
         "labour.claimant_exit_factor=4", "labour.force_growth=0.2", "wages.dispersion=2", "wages.growth=1",
         "economy.inflation=1", "benefits.duration_months=60", "benefits.duration_shares=1",
         "benefits.replacement_rates=" + sixtyRates, "benefits.waiting_days=90", "benefits.claimant_wage_ratio=3",
         "contributions.employee_rate=0.5", "contributions.wage_ceiling=20000", "benefits.maximum=30000",
         "reserve.return=1", "reserve.borrowing_rate=1", "financing.rule=reserve_band", "financing.step=0.05"});
    row("everything extreme, the other way",
        {"projection.years=100", "labour.unemployment_rate=0.001", "labour.job_finding_rate=1e-9",
         "labour.claimant_exit_factor=1e-9", "labour.force_growth=-0.2", "wages.dispersion=0", "wages.growth=-0.5",
         "economy.inflation=-0.5", "benefits.duration_months=1", "benefits.duration_shares=1", "benefits.waiting_days=0",
         "benefits.claimant_wage_ratio=1e-9", "contributions.employee_rate=0", "contributions.employer_rate=0",
         "reserve.return=-0.5", "reserve.borrowing_rate=0", "reserve.initial=-1e15"});
}

void PropertiesTest::extremesOfEveryRange_runWithFiniteResults()
{
    QFETCH(QStringList, assignments);
    Scenario s = loadScenario("builtin:default");
    for (const QString& a : assignments)
        setValue(s, a.section('=', 0, 0).toStdString(), a.section('=', 1).toStdString());
    const auto problems = validate(s);
    for (const auto& p : problems)
        QVERIFY2(!p.isError(), p.message.c_str());
    const ProjectionResult r = project(s);
    const std::string broken = violation(s, r);
    QVERIFY2(broken.empty(), qPrintable(QString::fromStdString(broken) + "\n" + assignments.join(' ')));
}

void PropertiesTest::propertyCheck_catchesBrokenResults()
{
    // The checker itself: a result damaged in any of these ways must be caught.
    const Scenario s = loadScenario("builtin:default");
    const ProjectionResult good = project(s);
    QCOMPARE(QString::fromStdString(violation(s, good)), QString());
    auto broken = [&](auto damage) {
        ProjectionResult r = good;
        damage(r);
        return !violation(s, r).empty();
    };
    QVERIFY(broken([](ProjectionResult& r) { r.monthly(40, static_cast<int>(MonthlyColumn::reserve)) *= 1.000001; }));
    QVERIFY(broken([](ProjectionResult& r) { r.monthly(7, static_cast<int>(MonthlyColumn::benefits)) = -1; }));
    QVERIFY(broken([](ProjectionResult& r) { r.annual(3, static_cast<int>(Column::contributions)) *= 1.01; }));
    QVERIFY(broken([](ProjectionResult& r) { r.annual(2, static_cast<int>(Column::reserve_ratio)) = std::nan(""); }));
    QVERIFY(broken([](ProjectionResult& r) { r.annual(2, static_cast<int>(Column::cost_rate)) = INFINITY; }));
    QVERIFY(broken([](ProjectionResult& r) { r.annual(4, static_cast<int>(Column::reserve_to_wages)) *= -1; }));
    QVERIFY(broken([](ProjectionResult& r) { r.summary.depletionYear = 2030; }));
    QVERIFY(broken([](ProjectionResult& r) { *r.summary.breakEvenRate += 0.001; }));
}

QTEST_GUILESS_MAIN(PropertiesTest)
#include "tst_properties.moc"
