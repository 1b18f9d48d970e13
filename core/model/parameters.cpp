// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/model/parameters.h"
#include "core/model/text.h"

#include "core/model/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <type_traits>

namespace tideover::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

template <class E> std::vector<std::string_view> enumWords();
template <> std::vector<std::string_view> enumWords<InitialClaimants>() { return {"steady_state", "empty"}; }
template <> std::vector<std::string_view> enumWords<Indexation>() { return {"none", "prices", "wages"}; }
template <> std::vector<std::string_view> enumWords<FinancingRule>() { return {"fixed", "reserve_band"}; }
template <> std::vector<std::string_view> enumWords<FlowModel>() { return {"steady_state", "dynamic"}; }
template <> std::vector<std::string_view> enumWords<SeveranceFormula>() { return {"none", "per_year", "steps"}; }
template <> std::vector<std::string_view> enumWords<TenureDistribution>() { return {"exponential", "table"}; }
template <> std::vector<std::string_view> enumWords<SeveranceOffset>() { return {"none", "insured_years"}; }
template <> std::vector<std::string_view> enumWords<SavingsAccounts>() { return {"none", "individual"}; }
template <> std::vector<std::string_view> enumWords<AssistanceBenefit>() { return {"none", "flat", "poverty_line_share"}; }

template <class T> constexpr Kind kindOf()
{
    if constexpr (std::is_same_v<T, double>) return Kind::Real;
    else if constexpr (std::is_same_v<T, std::int64_t>) return Kind::Integer;
    else if constexpr (std::is_same_v<T, std::uint64_t>) return Kind::Seed;
    else if constexpr (std::is_same_v<T, Series>) return Kind::Series;
    else if constexpr (std::is_same_v<T, std::vector<double>>) return Kind::RealList;
    else if constexpr (std::is_same_v<T, std::vector<int>>) return Kind::IntegerList;
    else {
        static_assert(std::is_enum_v<T>, "unsupported parameter type");
        return Kind::Enum;
    }
}

template <class T> ParamValue toParam(const T& v)
{
    if constexpr (std::is_enum_v<T>)
        return std::string(enumWords<T>().at(static_cast<std::size_t>(v)));
    else
        return v;
}

template <class T> void fromParam(const ParamValue& v, T& out)
{
    if constexpr (std::is_enum_v<T>) {
        const auto& word = std::get<std::string>(v);
        const auto words = enumWords<T>();
        const auto it = std::find(words.begin(), words.end(), word);
        if (it == words.end())
            throw std::invalid_argument("unknown word '" + word + "'");
        out = static_cast<T>(it - words.begin());
    } else {
        out = std::get<T>(v);
    }
}

template <class Access>
using FieldType = std::remove_cvref_t<decltype(Access{}(std::declval<Scenario&>()))>;

template <class Access>
ParameterInfo makeParam(std::string_view key, Access, Group group, Display display,
                        std::string_view unit, Range range, std::optional<ParamValue> def,
                        std::string_view label, std::string_view help)
{
    using T = FieldType<Access>;
    ParameterInfo p{key, group, kindOf<T>(), display, unit, range, std::move(def), label, help,
                    {}, nullptr, nullptr};
    if constexpr (std::is_enum_v<T>)
        p.words = enumWords<T>();
    p.get = [](const Scenario& s) -> ParamValue {
        return toParam(Access{}(const_cast<Scenario&>(s)));  // read only
    };
    p.set = [](Scenario& s, const ParamValue& v) { fromParam(v, Access{}(s)); };
    return p;
}

// A parameter with a default of the field's own type.
template <class Access>
ParameterInfo param(std::string_view key, Access a, Group group, Display display,
                    std::string_view unit, Range range, FieldType<Access> def,
                    std::string_view label, std::string_view help)
{
    return makeParam(key, a, group, display, unit, range, toParam(def), label, help);
}

// A parameter the scenario must give (the spec's default is "—").
template <class Access>
ParameterInfo required(std::string_view key, Access a, Group group, Display display,
                       std::string_view unit, Range range, std::string_view label,
                       std::string_view help)
{
    return makeParam(key, a, group, display, unit, range, std::nullopt, label, help);
}

#define FIELD(path) [](Scenario& s) -> auto& { return s.path; }

constexpr Range unit01{0, 1};
constexpr Range anyNumber{-kInf, kInf};
constexpr Range nonNegative{0, kInf};
constexpr Range positive{0, kInf, true, false};
// A labour force is counted in persons: below one person the model's figures underflow to
// zero and ratios such as the reserve ratio lose their meaning (docs/robustness.md).
constexpr Range atLeastOnePerson{1, kInf};
constexpr Range wordRange{0, 0};

std::vector<ParameterInfo> buildTable()
{
    using G = Group;
    using D = Display;
    std::vector<ParameterInfo> t;
    t.reserve(100);

    // projection
    t.push_back(param("projection.start_year", FIELD(projection.start_year), G::Projection, D::Year, "year",
                      {1900, 2200}, std::int64_t{2025},
                      TIDEOVER_TEXT("tideover::core::parameters", "First year"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "First projected calendar year; the projection starts on 1 January.")));
    t.push_back(
        param("projection.years", FIELD(projection.years), G::Projection, D::Years, "years", {1, 100},
              std::int64_t{30}, TIDEOVER_TEXT("tideover::core::parameters", "Horizon"),
              TIDEOVER_TEXT("tideover::core::parameters", "Number of years projected, in monthly steps.")));
    t.push_back(param("projection.initial_claimants", FIELD(projection.initial_claimants), G::Projection,
                      D::Word, "enum", wordRange, InitialClaimants::SteadyState,
                      TIDEOVER_TEXT("tideover::core::parameters", "Claimants at the start"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "steady_state: an existing scheme already paying its stock of claimants; "
                                    "empty: a new scheme launched at the start with nobody on benefit.")));
    t.push_back(param("projection.target_reserve_ratio", FIELD(projection.target_reserve_ratio),
                      G::Projection, D::Years, "years of expenditure", {0, 10}, 1.0,
                      TIDEOVER_TEXT("tideover::core::parameters", "Target reserve ratio"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Reserve the fund should hold, in years of expenditure; the break-even "
                                    "rate reaches it at the horizon and the reserve warnings use it.")));

    // labour
    t.push_back(required("labour.force", FIELD(labour.force), G::Labour, D::Persons, "persons", atLeastOnePerson,
                         TIDEOVER_TEXT("tideover::core::parameters", "Labour force"),
                         TIDEOVER_TEXT("tideover::core::parameters",
                                       "Labour force (employed plus unemployed) in the start year.")));
    t.push_back(param("labour.force_growth", FIELD(labour.force_growth), G::Labour, D::Fraction,
                      "fraction/yr", {-0.2, 0.2}, Series{0.01},
                      TIDEOVER_TEXT("tideover::core::parameters", "Labour-force growth"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Annual growth of the labour force, from the second year on.")));
    t.push_back(param("labour.unemployment_rate", FIELD(labour.unemployment_rate), G::Labour, D::Fraction,
                      "fraction", {0.001, 0.6}, Series{0.03},
                      TIDEOVER_TEXT("tideover::core::parameters", "Unemployment rate"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Annual average unemployment rate (unemployed / labour force).")));
    t.push_back(param("labour.job_finding_rate", FIELD(labour.job_finding_rate), G::Labour, D::Fraction,
                      "fraction/month", {0, 1, true, false}, Series{0.25},
                      TIDEOVER_TEXT("tideover::core::parameters", "Job-finding rate"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Monthly probability that an unemployed person finds a job; with the "
                                    "unemployment rate it sets the flow of separations.")));
    t.push_back(param("labour.claimant_exit_factor", FIELD(labour.claimant_exit_factor), G::Labour, D::Factor,
                      "factor", {0, 4, true, false}, Series{1.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Claimant exit factor"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Beneficiaries' monthly exit rate relative to that of all unemployed "
                                    "(below 1: claimants leave benefit more slowly).")));
    t.push_back(param("labour.separation_factor", FIELD(labour.separation_factor), G::Labour, D::Factor, "factor",
                      {0, 5}, Series{1.0}, TIDEOVER_TEXT("tideover::core::parameters", "Separation factor"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Multiplies the job losses of the insured: a claims shock the "
                                    "unemployment rate does not show (job-retention schemes ending, mass "
                                    "lay-offs in a sector); 1 means none.")));
    t.push_back(param("labour.flow_model", FIELD(labour.flow_model), G::Labour, D::Word, "enum", wordRange,
                      FlowModel::SteadyState, TIDEOVER_TEXT("tideover::core::parameters", "Flow model"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "steady_state: job losses keep unemployment where it is each year; "
                                    "dynamic: adds the job losses that make unemployment rise (and removes "
                                    "those that make it fall).")));

    // coverage
    t.push_back(
        param("coverage.wage_employee_share", FIELD(coverage.wage_employee_share), G::Coverage, D::Fraction,
              "fraction", unit01, Series{0.5}, TIDEOVER_TEXT("tideover::core::parameters", "Wage employees"),
              TIDEOVER_TEXT("tideover::core::parameters", "Share of the employed who are wage employees.")));
    t.push_back(
        param("coverage.legal_coverage", FIELD(coverage.legal_coverage), G::Coverage, D::Fraction, "fraction",
              unit01, Series{1.0}, TIDEOVER_TEXT("tideover::core::parameters", "Legal coverage"),
              TIDEOVER_TEXT("tideover::core::parameters", "Share of wage employees the law covers.")));
    t.push_back(param("coverage.compliance", FIELD(coverage.compliance), G::Coverage, D::Fraction, "fraction",
                      unit01, Series{0.8}, TIDEOVER_TEXT("tideover::core::parameters", "Compliance"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of the legally covered who actually contribute.")));

    // wages
    t.push_back(required(
        "wages.average_monthly", FIELD(wages.average_monthly), G::Wages, D::Money, "LCU/month", positive,
        TIDEOVER_TEXT("tideover::core::parameters", "Average wage"),
        TIDEOVER_TEXT("tideover::core::parameters", "Mean monthly wage of the insured in the start year.")));
    t.push_back(param("wages.growth", FIELD(wages.growth), G::Wages, D::Fraction, "fraction/yr", {-0.5, 1},
                      Series{0.05}, TIDEOVER_TEXT("tideover::core::parameters", "Wage growth"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Nominal annual growth of the average wage, from the second year on.")));
    t.push_back(param("wages.dispersion", FIELD(wages.dispersion), G::Wages, D::Factor, "log-sd", {0, 2}, 0.6,
                      TIDEOVER_TEXT("tideover::core::parameters", "Wage dispersion"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Standard deviation of log wages (lognormal); 0 means everyone earns the "
                                    "mean. It matters only where a floor, ceiling or benefit cap binds.")));

    // economy
    t.push_back(param("economy.inflation", FIELD(economy.inflation), G::Economy, D::Fraction, "fraction/yr",
                      {-0.5, 1}, Series{0.03}, TIDEOVER_TEXT("tideover::core::parameters", "Inflation"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Annual growth of the price index, from the second year on; indexes "
                                    "thresholds set to follow prices.")));

    // contributions
    t.push_back(param("contributions.employee_rate", FIELD(contributions.employee_rate), G::Contributions,
                      D::Fraction, "fraction", {0, 0.5}, Series{0.01},
                      TIDEOVER_TEXT("tideover::core::parameters", "Employee rate"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Employee contribution, as a share of contributory wages.")));
    t.push_back(param("contributions.employer_rate", FIELD(contributions.employer_rate), G::Contributions,
                      D::Fraction, "fraction", {0, 0.5}, Series{0.01},
                      TIDEOVER_TEXT("tideover::core::parameters", "Employer rate"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Employer contribution, as a share of contributory wages.")));
    t.push_back(param("contributions.government_rate", FIELD(contributions.government_rate), G::Contributions,
                      D::Fraction, "fraction", {0, 0.5}, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Government rate"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Government contribution, as a share of contributory wages.")));
    t.push_back(param("contributions.government_benefit_share", FIELD(contributions.government_benefit_share),
                      G::Contributions, D::Fraction, "fraction", unit01, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "State's share of benefits"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of benefit spending that the state pays into the fund (Japan "
                                    "paid a quarter of the basic allowance); income of the fund.")));
    t.push_back(param(
        "contributions.wage_floor", FIELD(contributions.wage_floor), G::Contributions, D::Money, "LCU/month",
        nonNegative, Series{0.0}, TIDEOVER_TEXT("tideover::core::parameters", "Wage floor"),
        TIDEOVER_TEXT("tideover::core::parameters",
                      "Lowest contributory wage (0: none). It also bounds the benefit reference "
                      "wage.")));
    t.push_back(param(
        "contributions.wage_ceiling", FIELD(contributions.wage_ceiling), G::Contributions, D::Money,
        "LCU/month", nonNegative, Series{0.0}, TIDEOVER_TEXT("tideover::core::parameters", "Wage ceiling"),
        TIDEOVER_TEXT("tideover::core::parameters",
                      "Highest contributory wage (0: none). It also bounds the benefit reference "
                      "wage. A stepped legal schedule is a series with indexation none.")));
    t.push_back(param("contributions.threshold_indexation", FIELD(contributions.threshold_indexation),
                      G::Contributions, D::Word, "enum", wordRange, Indexation::Wages,
                      TIDEOVER_TEXT("tideover::core::parameters", "Floor and ceiling indexation"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "How the wage floor and ceiling move after the start year: none, with "
                                    "prices or with wages.")));

    // eligibility
    t.push_back(param("eligibility.involuntary_share", FIELD(eligibility.involuntary_share), G::Eligibility,
                      D::Fraction, "fraction", unit01, Series{0.6},
                      TIDEOVER_TEXT("tideover::core::parameters", "Qualifying reason"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of separations for a qualifying (involuntary) reason.")));
    t.push_back(param("eligibility.contribution_condition_share",
                      FIELD(eligibility.contribution_condition_share), G::Eligibility, D::Fraction,
                      "fraction", unit01, Series{0.8},
                      TIDEOVER_TEXT("tideover::core::parameters", "Contribution condition met"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of qualifying job losers who meet the contribution condition.")));
    t.push_back(param("eligibility.take_up", FIELD(eligibility.take_up), G::Eligibility, D::Fraction,
                      "fraction", unit01, Series{0.8}, TIDEOVER_TEXT("tideover::core::parameters", "Take-up"),
                      TIDEOVER_TEXT("tideover::core::parameters", "Share of the eligible who claim.")));

    // benefits
    t.push_back(param("benefits.replacement_rates", FIELD(benefits.replacement_rates), G::Benefits,
                      D::Fraction, "list of fractions", {0, 1.5}, std::vector<double>{0.6},
                      TIDEOVER_TEXT("tideover::core::parameters", "Replacement rates"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Benefit as a share of the reference wage, by month of benefit; the last "
                                    "value repeats.")));
    t.push_back(param("benefits.duration_months", FIELD(benefits.duration_months), G::Benefits, D::Months,
                      "list of ints", {1, 60}, std::vector<int>{6},
                      TIDEOVER_TEXT("tideover::core::parameters", "Maximum durations"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Maximum benefit duration of each duration class, in months.")));
    t.push_back(param("benefits.duration_shares", FIELD(benefits.duration_shares), G::Benefits, D::Fraction,
                      "list of fractions", unit01, std::vector<double>{1.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Duration-class shares"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of new claims in each duration class; as many as durations, "
                                    "summing to 1.")));
    t.push_back(param("benefits.waiting_days", FIELD(benefits.waiting_days), G::Benefits, D::Days, "days",
                      {0, 90}, Series{7.0}, TIDEOVER_TEXT("tideover::core::parameters", "Waiting days"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Days after the job loss before benefit is paid; claimants who find work "
                                    "meanwhile never draw benefit.")));
    t.push_back(param(
        "benefits.claimant_wage_ratio", FIELD(benefits.claimant_wage_ratio), G::Benefits, D::Factor, "factor",
        {0, 3, true, false}, Series{0.85}, TIDEOVER_TEXT("tideover::core::parameters", "Claimants' wage ratio"),
        TIDEOVER_TEXT("tideover::core::parameters", "Claimants' mean wage relative to the insured mean.")));
    t.push_back(param("benefits.minimum", FIELD(benefits.minimum), G::Benefits, D::Money, "LCU/month",
                      nonNegative, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Minimum benefit"),
                      TIDEOVER_TEXT("tideover::core::parameters", "Lowest monthly benefit (0: none).")));
    t.push_back(param("benefits.maximum", FIELD(benefits.maximum), G::Benefits, D::Money, "LCU/month",
                      nonNegative, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Maximum benefit"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Highest monthly benefit (0: none); at least the minimum in every year "
                                    "when both are set.")));
    t.push_back(param("benefits.threshold_indexation", FIELD(benefits.threshold_indexation), G::Benefits,
                      D::Word, "enum", wordRange, Indexation::Prices,
                      TIDEOVER_TEXT("tideover::core::parameters", "Minimum and maximum indexation"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "How the minimum and maximum benefit move after the start year: none, "
                                    "with prices or with wages.")));

    // expenditure
    t.push_back(param("expenditure.benefit_related_rate", FIELD(expenditure.benefit_related_rate),
                      G::Expenditure, D::Fraction, "fraction of benefits", unit01, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Benefit-related spending"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Spending tied to benefits, such as health-insurance contributions paid "
                                    "for beneficiaries, as a share of benefits.")));
    t.push_back(param("expenditure.almp_share", FIELD(expenditure.almp_share), G::Expenditure, D::Fraction,
                      "fraction of contributions", unit01, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Active labour-market spending"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Training, placement and job-retention support, as a share of "
                                    "contributions.")));
    t.push_back(param(
        "expenditure.admin_share", FIELD(expenditure.admin_share), G::Expenditure, D::Fraction,
        "fraction of contributions", unit01, Series{0.03},
        TIDEOVER_TEXT("tideover::core::parameters", "Administration"),
        TIDEOVER_TEXT("tideover::core::parameters", "Administrative cost, as a share of contributions.")));

    // reserve
    t.push_back(param("reserve.initial", FIELD(reserve.initial), G::Reserve, D::Money, "LCU", anyNumber, 0.0,
                      TIDEOVER_TEXT("tideover::core::parameters", "Initial reserve"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Reserve fund at the start of the projection (negative: a debt).")));
    t.push_back(param(
        "reserve.return", FIELD(reserve.return_rate), G::Reserve, D::Fraction, "fraction/yr", {-0.5, 1},
        Series{0.04}, TIDEOVER_TEXT("tideover::core::parameters", "Investment return"),
        TIDEOVER_TEXT("tideover::core::parameters", "Nominal annual return earned on a positive reserve.")));
    t.push_back(param(
        "reserve.borrowing_rate", FIELD(reserve.borrowing_rate), G::Reserve, D::Fraction, "fraction/yr",
        {0, 1}, Series{0.05}, TIDEOVER_TEXT("tideover::core::parameters", "Borrowing rate"),
        TIDEOVER_TEXT("tideover::core::parameters", "Annual interest paid while the reserve is negative.")));
    t.push_back(param("reserve.transfers", FIELD(reserve.transfers), G::Reserve, D::Money, "LCU/yr",
                      anyNumber, Series{0.0}, TIDEOVER_TEXT("tideover::core::parameters", "Transfers"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Transfers into (+) or out of (-) the fund each year, spread evenly over "
                                    "its months; the last value carries forward, so end a one-off with 0.")));

    // financing
    t.push_back(param("financing.rule", FIELD(financing.rule), G::Financing, D::Word, "enum", wordRange,
                      FinancingRule::Fixed, TIDEOVER_TEXT("tideover::core::parameters", "Financing rule"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "fixed: the legislated rate; reserve_band: the total rate moves by one "
                                    "step a year to keep the reserve ratio between the lower and upper "
                                    "ratio.")));
    t.push_back(param("financing.lower_ratio", FIELD(financing.lower_ratio), G::Financing, D::Years, "years",
                      {0, 10}, 1.0, TIDEOVER_TEXT("tideover::core::parameters", "Lower reserve ratio"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Below this reserve ratio the rate goes up (reserve_band rule).")));
    t.push_back(param("financing.upper_ratio", FIELD(financing.upper_ratio), G::Financing, D::Years, "years",
                      {0, 20}, 3.0, TIDEOVER_TEXT("tideover::core::parameters", "Upper reserve ratio"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Above this reserve ratio the rate goes down (reserve_band rule); must "
                                    "exceed the lower ratio.")));
    t.push_back(param("financing.step", FIELD(financing.step), G::Financing, D::Fraction, "fraction",
                      {0, 0.05}, 0.002, TIDEOVER_TEXT("tideover::core::parameters", "Rate step"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Change of the total contribution rate per year under the rule.")));
    t.push_back(param(
        "financing.min_rate", FIELD(financing.min_rate), G::Financing, D::Fraction, "fraction", unit01, 0.0,
        TIDEOVER_TEXT("tideover::core::parameters", "Lowest rate"),
        TIDEOVER_TEXT("tideover::core::parameters", "Lowest total contribution rate the rule may set.")));
    t.push_back(param(
        "financing.max_rate", FIELD(financing.max_rate), G::Financing, D::Fraction, "fraction", unit01, 0.1,
        TIDEOVER_TEXT("tideover::core::parameters", "Highest rate"),
        TIDEOVER_TEXT("tideover::core::parameters", "Highest total contribution rate the rule may set.")));

    // stochastic
    t.push_back(param(
        "stochastic.paths", FIELD(stochastic.paths), G::Stochastic, D::Count, "count", {1, 1000000},
        std::int64_t{1000}, TIDEOVER_TEXT("tideover::core::parameters", "Paths"),
        TIDEOVER_TEXT("tideover::core::parameters", "Number of random futures in a stochastic projection.")));
    t.push_back(param("stochastic.seed", FIELD(stochastic.seed), G::Stochastic, D::Count, "integer",
                      {0, 18446744073709551615.0}, std::uint64_t{1},
                      TIDEOVER_TEXT("tideover::core::parameters", "Seed"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Seed of the random numbers: the same seed gives the same results on any "
                                    "number of threads.")));
    t.push_back(param("stochastic.unemployment_volatility", FIELD(stochastic.unemployment_volatility),
                      G::Stochastic, D::Fraction, "fraction", {0, 0.2}, 0.01,
                      TIDEOVER_TEXT("tideover::core::parameters", "Unemployment volatility"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Annual standard deviation of the shock to the unemployment rate.")));
    t.push_back(param(
        "stochastic.unemployment_persistence", FIELD(stochastic.unemployment_persistence), G::Stochastic,
        D::Factor, "factor", {0, 1, false, true}, 0.7,
        TIDEOVER_TEXT("tideover::core::parameters", "Unemployment persistence"),
        TIDEOVER_TEXT("tideover::core::parameters", "Annual AR(1) coefficient of the unemployment shock.")));
    t.push_back(param(
        "stochastic.return_volatility", FIELD(stochastic.return_volatility), G::Stochastic, D::Fraction,
        "fraction", {0, 0.5}, 0.0, TIDEOVER_TEXT("tideover::core::parameters", "Return volatility"),
        TIDEOVER_TEXT("tideover::core::parameters", "Annual standard deviation of the reserve's return.")));

    // model-spec v5: the package's other parts and the economy's GDP, after every earlier key.
    t.push_back(param("economy.gdp", FIELD(economy.gdp), G::Economy, D::Money, "LCU/yr", nonNegative, 0.0,
                      TIDEOVER_TEXT("tideover::core::parameters", "GDP"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Nominal gross domestic product in the start year; 0: not given, and the package's costs are not shown as a share of GDP.")));
    t.push_back(param("economy.gdp_growth", FIELD(economy.gdp_growth), G::Economy, D::Fraction, "fraction/yr", {-0.5, 1}, Series{0.05},
                      TIDEOVER_TEXT("tideover::core::parameters", "GDP growth"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Annual growth of nominal GDP, from the second year on.")));
    t.push_back(param("economy.government_expenditure", FIELD(economy.government_expenditure), G::Economy, D::Fraction, "fraction of GDP", unit01, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Government expenditure"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "General government expenditure as a share of GDP; 0: not given.")));
    t.push_back(param("severance.formula", FIELD(severance.formula), G::Severance, D::Word, "enum", wordRange, SeveranceFormula::None,
                      TIDEOVER_TEXT("tideover::core::parameters", "Severance formula"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "none: no severance pay in the package; per_year: months of wage per year of service; steps: months of wage by steps of service.")));
    t.push_back(param("severance.months_per_year", FIELD(severance.months_per_year), G::Severance, D::Months, "months of wage per year of service", {0, 3}, Series{0.5},
                      TIDEOVER_TEXT("tideover::core::parameters", "Months per year of service"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Months of wage paid per year of service counted (per_year formula).")));
    t.push_back(param("severance.minimum_months", FIELD(severance.minimum_months), G::Severance, D::Months, "months", {0, 60}, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Least severance"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "The least paid, in months of wage, to a qualifying worker with some service counted; 0: none.")));
    t.push_back(param("severance.maximum_months", FIELD(severance.maximum_months), G::Severance, D::Months, "months", {0, 120}, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Most severance"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "The most paid, in months of wage; 0: none.")));
    t.push_back(param("severance.step_tenure", FIELD(severance.step_tenure), G::Severance, D::Years, "list of years, increasing", {0, 60}, std::vector<double>{1.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Service of each step"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Years of service from which each step applies, increasing (steps formula).")));
    t.push_back(param("severance.step_months", FIELD(severance.step_months), G::Severance, D::Months, "list of months", {0, 60}, std::vector<double>{3.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Months of each step"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Months of wage paid from each step's service on (steps formula).")));
    t.push_back(param("severance.minimum_tenure", FIELD(severance.minimum_tenure), G::Severance, D::Years, "years", {0, 10}, 0.0,
                      TIDEOVER_TEXT("tideover::core::parameters", "Qualifying service"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Service below which no severance is paid, in years.")));
    t.push_back(param("severance.tenure_distribution", FIELD(severance.tenure_distribution), G::Severance, D::Word, "enum", wordRange, TenureDistribution::Exponential,
                      TIDEOVER_TEXT("tideover::core::parameters", "Service of those separated"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "exponential: given by its mean; table: shares of those separated in bands of service.")));
    t.push_back(param("severance.tenure_mean", FIELD(severance.tenure_mean), G::Severance, D::Years, "years", {0, 40, true, false}, 5.0,
                      TIDEOVER_TEXT("tideover::core::parameters", "Mean service"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Mean years of service of the workers separated (exponential distribution).")));
    t.push_back(param("severance.tenure_bands", FIELD(severance.tenure_bands), G::Severance, D::Years, "list of years, increasing", {0, 60, true, false}, std::vector<double>{10.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Service bands"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Upper ends of the bands of service, increasing; the first band starts at 0 (table distribution).")));
    t.push_back(param("severance.tenure_shares", FIELD(severance.tenure_shares), G::Severance, D::Fraction, "list of fractions", unit01, std::vector<double>{1.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Shares of the bands"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of the workers separated in each band of service, spread evenly within it; they sum to 1.")));
    t.push_back(param("severance.coverage", FIELD(severance.coverage), G::Severance, D::Fraction, "fraction", unit01, Series{1.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Covered by severance law"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of wage employees whom the severance law covers.")));
    t.push_back(param("severance.qualifying_share", FIELD(severance.qualifying_share), G::Severance, D::Fraction, "fraction", unit01, Series{0.6},
                      TIDEOVER_TEXT("tideover::core::parameters", "Qualifying separations"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of separations that entitle to severance: dismissal without fault, end of contract, closure.")));
    t.push_back(param("severance.paid_share", FIELD(severance.paid_share), G::Severance, D::Fraction, "fraction", unit01, Series{1.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Share actually paid"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of the severance due that employers actually pay; insolvency and non-compliance make it low in practice.")));
    t.push_back(param("severance.offset", FIELD(severance.offset), G::Severance, D::Word, "enum", wordRange, SeveranceOffset::None,
                      TIDEOVER_TEXT("tideover::core::parameters", "Offset of insured years"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "none: every year of service counts; insured_years: years insured against unemployment are not counted, as in Viet Nam.")));
    t.push_back(param("severance.offset_since", FIELD(severance.offset_since), G::Severance, D::Year, "year", {0, 2200}, std::int64_t{0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Insured since"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "First calendar year of insured service deducted; 0: the first projected year.")));
    t.push_back(param("severance.fund_rate", FIELD(severance.fund_rate), G::Severance, D::Fraction, "fraction", {0, 0.2}, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Severance fund rate"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Employers' contribution to a severance fund, of the covered wages; the fund pays severance while it can.")));
    t.push_back(param("severance.fund_initial", FIELD(severance.fund_initial), G::Severance, D::Money, "LCU", nonNegative, 0.0,
                      TIDEOVER_TEXT("tideover::core::parameters", "Severance fund at the start"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Balance of the severance fund at the start.")));
    t.push_back(param("savings.accounts", FIELD(savings.accounts), G::Savings, D::Word, "enum", wordRange, SavingsAccounts::None,
                      TIDEOVER_TEXT("tideover::core::parameters", "Savings accounts"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "none: no accounts in the package; individual: each insured worker saves in an unemployment account.")));
    t.push_back(param("savings.employee_rate", FIELD(savings.employee_rate), G::Savings, D::Fraction, "fraction", {0, 0.3}, Series{0.006},
                      TIDEOVER_TEXT("tideover::core::parameters", "Worker's rate to the account"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Worker's contribution to the own account, of contributory wages.")));
    t.push_back(param("savings.employer_rate", FIELD(savings.employer_rate), G::Savings, D::Fraction, "fraction", {0, 0.3}, Series{0.016},
                      TIDEOVER_TEXT("tideover::core::parameters", "Employer's rate to the account"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Employer's contribution to the worker's account, of contributory wages.")));
    t.push_back(param("savings.solidarity_rate", FIELD(savings.solidarity_rate), G::Savings, D::Fraction, "fraction", {0, 0.3}, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Employer's rate to the solidarity fund"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Employers' contribution to the solidarity fund, of contributory wages.")));
    t.push_back(param("savings.solidarity_state", FIELD(savings.solidarity_state), G::Savings, D::Money, "LCU/yr", nonNegative, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "State's contribution to the solidarity fund"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "The state's yearly contribution to the solidarity fund.")));
    t.push_back(param("savings.return", FIELD(savings.return_rate), G::Savings, D::Fraction, "fraction/yr", {-0.5, 1}, Series{0.03},
                      TIDEOVER_TEXT("tideover::core::parameters", "Return on the accounts"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Annual return credited to the accounts and the solidarity fund.")));
    t.push_back(param("savings.replacement_rates", FIELD(savings.replacement_rates), G::Savings, D::Fraction, "list of fractions", {0, 1.5}, std::vector<double>{0.7, 0.55, 0.45, 0.4, 0.35},
                      TIDEOVER_TEXT("tideover::core::parameters", "Withdrawal rates"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Monthly withdrawal as a share of the wage, by month of unemployment; the last value repeats.")));
    t.push_back(param("savings.duration_months", FIELD(savings.duration_months), G::Savings, D::Months, "months", {1, 24}, std::int64_t{5},
                      TIDEOVER_TEXT("tideover::core::parameters", "Withdrawal months"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Months of withdrawals in a spell of unemployment.")));
    t.push_back(param("savings.qualifying_share", FIELD(savings.qualifying_share), G::Savings, D::Fraction, "fraction", unit01, Series{1.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Qualifying job losses"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of members' job losses that allow withdrawals.")));
    t.push_back(param("savings.solidarity_share", FIELD(savings.solidarity_share), G::Savings, D::Fraction, "fraction", unit01, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Topped up by the solidarity fund"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of those withdrawing whom the solidarity fund tops up when the account runs short.")));
    t.push_back(param("savings.retirement_rate", FIELD(savings.retirement_rate), G::Savings, D::Fraction, "fraction/yr", unit01, Series{0.025},
                      TIDEOVER_TEXT("tideover::core::parameters", "Retiring each year"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of account holders who retire each year and take their balance.")));
    t.push_back(param("savings.initial_balance", FIELD(savings.initial_balance), G::Savings, D::Money, "LCU", nonNegative, 0.0,
                      TIDEOVER_TEXT("tideover::core::parameters", "Accounts at the start"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "All accounts together at the start.")));
    t.push_back(param("savings.solidarity_initial", FIELD(savings.solidarity_initial), G::Savings, D::Money, "LCU", anyNumber, 0.0,
                      TIDEOVER_TEXT("tideover::core::parameters", "Solidarity fund at the start"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Balance of the solidarity fund at the start.")));
    t.push_back(param("assistance.benefit", FIELD(assistance.benefit), G::Assistance, D::Word, "enum", wordRange, AssistanceBenefit::None,
                      TIDEOVER_TEXT("tideover::core::parameters", "Assistance benefit"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "none: no assistance in the package; flat: a fixed monthly amount; poverty_line_share: a share of the poverty line.")));
    t.push_back(param("assistance.amount", FIELD(assistance.amount), G::Assistance, D::Money, "LCU/month", nonNegative, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Assistance amount"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Monthly assistance benefit in start-year prices, indexed to prices (flat benefit).")));
    t.push_back(param("assistance.poverty_line", FIELD(assistance.poverty_line), G::Assistance, D::Money, "LCU/month", nonNegative, Series{0.0},
                      TIDEOVER_TEXT("tideover::core::parameters", "Poverty line"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Monthly poverty line in start-year prices, indexed to prices.")));
    t.push_back(param("assistance.poverty_line_share", FIELD(assistance.poverty_line_share), G::Assistance, D::Fraction, "fraction", {0, 2}, Series{0.5},
                      TIDEOVER_TEXT("tideover::core::parameters", "Share of the poverty line"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "The benefit as a share of the poverty line.")));
    t.push_back(param("assistance.eligible_share", FIELD(assistance.eligible_share), G::Assistance, D::Fraction, "fraction", unit01, Series{0.6},
                      TIDEOVER_TEXT("tideover::core::parameters", "Qualifying newly unemployed"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of the newly unemployed without insurance who qualify: they lost their job and look for work.")));
    t.push_back(param("assistance.means_test_pass", FIELD(assistance.means_test_pass), G::Assistance, D::Fraction, "fraction", unit01, Series{0.5},
                      TIDEOVER_TEXT("tideover::core::parameters", "Passing the means test"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of those qualifying who pass the means test.")));
    t.push_back(param("assistance.take_up", FIELD(assistance.take_up), G::Assistance, D::Fraction, "fraction", unit01, Series{0.7},
                      TIDEOVER_TEXT("tideover::core::parameters", "Assistance take-up"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Share of those entitled who claim.")));
    t.push_back(param("assistance.duration_months", FIELD(assistance.duration_months), G::Assistance, D::Months, "months", {1, 120}, std::int64_t{6},
                      TIDEOVER_TEXT("tideover::core::parameters", "Assistance duration"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Longest spell of assistance, in months.")));
    t.push_back(param("assistance.admin_share", FIELD(assistance.admin_share), G::Assistance, D::Fraction, "fraction of benefits", unit01, Series{0.05},
                      TIDEOVER_TEXT("tideover::core::parameters", "Assistance administration"),
                      TIDEOVER_TEXT("tideover::core::parameters",
                                    "Cost of administering assistance and its means test, as a share of its benefits.")));
    return t;
}

#undef FIELD

std::vector<std::string_view> splitList(std::string_view text)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto comma = text.find(',', start);
        parts.push_back(trim(text.substr(start, comma == std::string_view::npos ? text.size() - start : comma - start)));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return parts;
}

std::string quoted(std::string_view s)
{
    constexpr std::size_t kShown = 40;
    std::string out = "'";
    out += s.size() > kShown ? std::string(s.substr(0, kShown)) + "..." : std::string(s);
    return out + "'";
}

bool parseReal(std::string_view s, double& out, std::string& error)
{
    if (s.empty()) {
        error = "a number is missing";
        return false;
    }
    if (s.front() == '+')
        s.remove_prefix(1);
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec == std::errc::result_out_of_range) {
        error = quoted(s) + " is too large to be a number";
        return false;
    }
    if (ec != std::errc() || ptr != s.data() + s.size()) {
        error = quoted(s) + " is not a number";
        return false;
    }
    if (!std::isfinite(out)) {
        error = quoted(s) + " is not a finite number";
        return false;
    }
    return true;
}

template <class Int> bool parseInt(std::string_view s, Int& out, std::string& error)
{
    if (s.empty()) {
        error = "a whole number is missing";
        return false;
    }
    if (s.front() == '+')
        s.remove_prefix(1);
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec == std::errc() && ptr == s.data() + s.size())
        return true;
    double x = 0;
    std::string ignored;
    // "6.0" is a whole number written as a decimal: accept it; "6.5" is not.
    if (parseReal(s, x, ignored) && x == std::floor(x) && x >= double(std::numeric_limits<Int>::min()) &&
        x < double(std::numeric_limits<Int>::max())) {
        out = static_cast<Int>(x);
        return true;
    }
    error = ec == std::errc::result_out_of_range ? quoted(s) + " is too large"
                                                 : quoted(s) + " is not a whole number";
    return false;
}

}  // namespace

bool parseNumber(std::string_view text, double& out, std::string& error)
{
    return parseReal(trim(text), out, error);
}

std::string_view groupName(Group group)
{
    switch (group) {
    case Group::Coverage:
        return TIDEOVER_TEXT("tideover::core::parameters", "Coverage");
    case Group::Contributions:
        return TIDEOVER_TEXT("tideover::core::parameters", "Contributions");
    case Group::Eligibility:
        return TIDEOVER_TEXT("tideover::core::parameters", "Eligibility");
    case Group::Benefits:
        return TIDEOVER_TEXT("tideover::core::parameters", "Benefits");
    case Group::Expenditure:
        return TIDEOVER_TEXT("tideover::core::parameters", "Other expenditure");
    case Group::Financing:
        return TIDEOVER_TEXT("tideover::core::parameters", "Financing rule");
    case Group::Labour:
        return TIDEOVER_TEXT("tideover::core::parameters", "Labour market");
    case Group::Wages:
        return TIDEOVER_TEXT("tideover::core::parameters", "Wages");
    case Group::Economy:
        return TIDEOVER_TEXT("tideover::core::parameters", "Economy");
    case Group::Reserve:
        return TIDEOVER_TEXT("tideover::core::parameters", "Reserve fund");
    case Group::Projection:
        return TIDEOVER_TEXT("tideover::core::parameters", "Projection");
    case Group::Stochastic:
        return TIDEOVER_TEXT("tideover::core::parameters", "Stochastic");
    case Group::Severance:
        return TIDEOVER_TEXT("tideover::core::parameters", "Severance pay");
    case Group::Savings:
        return TIDEOVER_TEXT("tideover::core::parameters", "Savings accounts");
    case Group::Assistance:
        return TIDEOVER_TEXT("tideover::core::parameters", "Unemployment assistance");
    }
    return "";
}

bool Range::contains(double x) const
{
    if (std::isnan(x))
        return false;
    const bool aboveMin = minOpen ? x > min : x >= min;
    const bool belowMax = maxOpen ? x < max : x <= max;
    return aboveMin && belowMax;
}

std::string Range::describe(Kind kind) const
{
    if (kind == Kind::Enum)
        return "";
    if (kind == Kind::Seed)
        return "0..18446744073709551615";
    const bool noMin = std::isinf(min);
    const bool noMax = std::isinf(max);
    if (noMin && noMax)
        return "any";
    if (noMax)
        return (minOpen ? "> " : ">= ") + formatNumber(min);
    if (noMin)
        return (maxOpen ? "< " : "<= ") + formatNumber(max);
    if (!minOpen && !maxOpen)
        return formatNumber(min) + ".." + formatNumber(max);
    return std::string(minOpen ? "(" : "[") + formatNumber(min) + ", " + formatNumber(max) +
           (maxOpen ? ")" : "]");
}

bool isPackageKey(const ParameterInfo& p)
{
    return p.group == Group::Severance || p.group == Group::Savings || p.group == Group::Assistance ||
           p.key == "economy.gdp" || p.key == "economy.gdp_growth" || p.key == "economy.government_expenditure";
}

const std::vector<ParameterInfo>& parameters()
{
    static const std::vector<ParameterInfo> table = buildTable();
    return table;
}

const ParameterInfo* findParameter(std::string_view key)
{
    const auto& table = parameters();
    const auto it = std::find_if(table.begin(), table.end(), [&](const ParameterInfo& p) { return p.key == key; });
    return it == table.end() ? nullptr : &*it;
}

Scenario Scenario::withDefaults()
{
    Scenario s;
    for (const auto& p : parameters()) {
        if (p.defaultValue)
            p.set(s, *p.defaultValue);
        else
            p.set(s, std::numeric_limits<double>::quiet_NaN());  // required keys are reals
    }
    return s;
}

std::string formatNumber(double x)
{
    // Shortest round-trip digits; plain notation for the magnitudes people type (40000000000
    // rather than 4e+10), exponent notation only for the very small or very large.
    char buf[400];
    const double magnitude = std::abs(x);
    const bool plain = magnitude == 0 || (magnitude >= 1e-5 && magnitude < 1e21);
    const auto [ptr, ec] = plain ? std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed)
                                 : std::to_chars(buf, buf + sizeof buf, x);
    return ec == std::errc() ? std::string(buf, ptr) : std::string("nan");
}

std::string formatValue(const ParamValue& value)
{
    auto joinReals = [](const std::vector<double>& v) {
        std::string out;
        for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? "," : "") + formatNumber(v[i]);
        return out;
    };
    return std::visit(
        [&](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, double>)
                return formatNumber(v);
            else if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, std::uint64_t>)
                return std::to_string(v);
            else if constexpr (std::is_same_v<T, Series>)
                return joinReals(v.values);
            else if constexpr (std::is_same_v<T, std::vector<double>>)
                return joinReals(v);
            else if constexpr (std::is_same_v<T, std::vector<int>>) {
                std::string out;
                for (std::size_t i = 0; i < v.size(); ++i)
                    out += (i ? "," : "") + std::to_string(v[i]);
                return out;
            } else
                return v;
        },
        value);
}

std::size_t valueLength(const ParamValue& value)
{
    return std::visit(
        [](const auto& v) -> std::size_t {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Series>)
                return v.values.size();
            else if constexpr (std::is_same_v<T, std::vector<double>> || std::is_same_v<T, std::vector<int>>)
                return v.size();
            else
                return 1;
        },
        value);
}

ParseResult parseValue(const ParameterInfo& info, std::string_view text)
{
    ParseResult r;
    text = trim(text);
    switch (info.kind) {
    case Kind::Real: {
        double x = 0;
        if (parseReal(text, x, r.error))
            r.value = x;
        return r;
    }
    case Kind::Integer: {
        std::int64_t x = 0;
        if (parseInt(text, x, r.error))
            r.value = x;
        return r;
    }
    case Kind::Seed: {
        std::uint64_t x = 0;
        if (!text.empty() && text.front() == '-') {
            r.error = quoted(text) + " is negative; a seed is a whole number >= 0";
            return r;
        }
        if (parseInt(text, x, r.error))
            r.value = x;
        return r;
    }
    case Kind::Enum: {
        for (const auto w : info.words)
            if (w == text) {
                r.value = std::string(text);
                return r;
            }
        std::string allowed;
        for (std::size_t i = 0; i < info.words.size(); ++i)
            allowed += (i ? ", " : "") + std::string(info.words[i]);
        r.error = quoted(text) + " is not one of: " + allowed;
        return r;
    }
    case Kind::Series:
    case Kind::RealList:
    case Kind::IntegerList: {
        if (text.empty()) {
            r.error = "the list is empty; give at least one value";
            return r;
        }
        // Count before splitting so a hostile list cannot make us allocate much.
        const auto commas = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
        if (commas + 1 > kMaxListLength) {
            r.error = "the list has " + std::to_string(commas + 1) + " values; at most " +
                      std::to_string(kMaxListLength) + " are allowed";
            return r;
        }
        const auto parts = splitList(text);
        std::vector<double> reals;
        std::vector<int> ints;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            std::string error;
            bool ok = false;
            if (info.kind == Kind::IntegerList) {
                int x = 0;
                ok = parseInt(parts[i], x, error);
                ints.push_back(x);
            } else {
                double x = 0;
                ok = parseReal(parts[i], x, error);
                reals.push_back(x);
            }
            if (!ok) {
                r.error = parts.size() > 1 ? "value " + std::to_string(i + 1) + ": " + error : error;
                return r;
            }
        }
        if (info.kind == Kind::Series)
            r.value = Series(std::move(reals));
        else if (info.kind == Kind::RealList)
            r.value = std::move(reals);
        else
            r.value = std::move(ints);
        return r;
    }
    }
    r.error = "unsupported kind";
    return r;
}

}  // namespace tideover::core
