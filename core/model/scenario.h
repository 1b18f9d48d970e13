// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/history.h"

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace tideover::core {

// A per-year parameter (model-spec "series"): one value per projection year; a list
// shorter than the horizon carries its last value forward. Never empty once valid.
struct Series {
    std::vector<double> values;

    Series() = default;
    Series(double constant) : values{constant} {}  // NOLINT: a constant is a series
    Series(std::initializer_list<double> v) : values(v) {}
    explicit Series(std::vector<double> v) : values(std::move(v)) {}

    // Value in projection year y (0-based); the last value repeats.
    double at(int y) const
    {
        if (values.empty())
            return 0.0;
        const auto n = static_cast<int>(values.size());
        return values[static_cast<std::size_t>(y < n ? y : n - 1)];
    }
    bool operator==(const Series&) const = default;
};

// A generic parameter value, used wherever a key is addressed by name (the command line, the
// file format, undo commands, dated changes). Enums travel as their word.
using ParamValue = std::variant<double, std::int64_t, std::uint64_t, Series, std::vector<double>,
                                std::vector<int>, std::string>;

// model-spec v2 "Dated changes": KEY@YEAR = VALUE, per key and calendar year. A series key's
// change holds one value (a Series of length 1); a benefit-rule key's holds its whole list
// (std::vector<double> or std::vector<int>, as the key's own value).
using DatedChanges = std::map<std::string, std::map<int, ParamValue>>;

enum class InitialClaimants { SteadyState, Empty };
enum class FlowModel { SteadyState, Dynamic };
enum class Indexation { None, Prices, Wages };
enum class FinancingRule { Fixed, ReserveBand };
// model-spec v5 "Combined protection packages".
enum class SeveranceFormula { None, PerYear, Steps };
enum class TenureDistribution { Exponential, Table };
enum class SeveranceOffset { None, InsuredYears };
enum class SavingsAccounts { None, Individual };
enum class AssistanceBenefit { None, Flat, PovertyLineShare };

// model-spec v4 "Groups": a worker group beyond the main one (the scheme's own keys). Its keys
// (core/model/groups.h lists them) hold only what the group sets; a key it does not set takes
// the scheme key's values (or the group key's default).
struct WorkerGroup {
    std::string name;   // identifier: [a-z][a-z0-9_]*, 1..32 characters
    std::string title;  // shown to users; empty: the name
    // Base values by short key ("take_up"), in the key's kind; absent: inherited or default.
    std::map<std::string, ParamValue> values;
    // Dated changes by short key, then calendar year (as Scenario::dated).
    std::map<std::string, std::map<int, ParamValue>> dated;
    bool operator==(const WorkerGroup&) const = default;
};

// The inputs of a projection: every parameter of model-spec.md, grouped as the spec's keys
// are, plus descriptive metadata and a free-text source note per key. Member names follow
// the spec keys (reserve.return is `return_rate` because `return` is a C++ keyword). The
// parameter table (parameters.h) is the only list of keys, units, ranges and defaults;
// construct with Scenario::withDefaults() to get the spec's defaults.
struct Scenario {
    struct Metadata {
        std::string title;
        std::string description;
        std::string author;
        std::string country;
        std::string currency = "LCU";  // ISO 4217 code where there is one
        bool operator==(const Metadata&) const = default;
    } meta;

    struct Projection {
        std::int64_t start_year = 0;
        std::int64_t years = 0;
        InitialClaimants initial_claimants = InitialClaimants::SteadyState;
        double target_reserve_ratio = 0;
        bool operator==(const Projection&) const = default;
    } projection;

    struct Labour {
        double force = 0;
        Series force_growth;
        Series unemployment_rate;
        Series job_finding_rate;
        Series claimant_exit_factor;
        Series separation_factor;
        FlowModel flow_model = FlowModel::SteadyState;
        bool operator==(const Labour&) const = default;
    } labour;

    struct Coverage {
        Series wage_employee_share;
        Series legal_coverage;
        Series compliance;
        bool operator==(const Coverage&) const = default;
    } coverage;

    struct Wages {
        double average_monthly = 0;
        Series growth;
        double dispersion = 0;
        bool operator==(const Wages&) const = default;
    } wages;

    struct Economy {
        Series inflation;
        double gdp = 0;                 // model-spec v5: start-year GDP, 0 = not given
        Series gdp_growth;
        Series government_expenditure;  // fraction of GDP, 0 = not given
        bool operator==(const Economy&) const = default;
    } economy;

    struct Contributions {
        Series employee_rate;
        Series employer_rate;
        Series government_rate;
        Series government_benefit_share;
        Series wage_floor;
        Series wage_ceiling;
        Indexation threshold_indexation = Indexation::Wages;
        bool operator==(const Contributions&) const = default;
    } contributions;

    struct Eligibility {
        Series involuntary_share;
        Series contribution_condition_share;
        Series take_up;
        bool operator==(const Eligibility&) const = default;
    } eligibility;

    struct Benefits {
        std::vector<double> replacement_rates;
        std::vector<int> duration_months;
        std::vector<double> duration_shares;
        Series waiting_days;
        Series claimant_wage_ratio;
        Series minimum;
        Series maximum;
        Indexation threshold_indexation = Indexation::Prices;
        bool operator==(const Benefits&) const = default;
    } benefits;

    struct Expenditure {
        Series benefit_related_rate;
        Series almp_share;
        Series admin_share;
        bool operator==(const Expenditure&) const = default;
    } expenditure;

    struct Reserve {
        double initial = 0;
        Series return_rate;
        Series borrowing_rate;
        Series transfers;
        bool operator==(const Reserve&) const = default;
    } reserve;

    struct Financing {
        FinancingRule rule = FinancingRule::Fixed;
        double lower_ratio = 0;
        double upper_ratio = 0;
        double step = 0;
        double min_rate = 0;
        double max_rate = 0;
        bool operator==(const Financing&) const = default;
    } financing;

    struct Stochastic {
        std::int64_t paths = 0;
        std::uint64_t seed = 0;
        double unemployment_volatility = 0;
        double unemployment_persistence = 0;
        double return_volatility = 0;
        bool operator==(const Stochastic&) const = default;
    } stochastic;

    // model-spec v5: the other parts of the protection package, each off by default.
    struct Severance {
        SeveranceFormula formula = SeveranceFormula::None;
        Series months_per_year;
        Series minimum_months;
        Series maximum_months;
        std::vector<double> step_tenure;
        std::vector<double> step_months;
        double minimum_tenure = 0;
        TenureDistribution tenure_distribution = TenureDistribution::Exponential;
        double tenure_mean = 0;
        std::vector<double> tenure_bands;
        std::vector<double> tenure_shares;
        Series coverage;
        Series qualifying_share;
        Series paid_share;
        SeveranceOffset offset = SeveranceOffset::None;
        std::int64_t offset_since = 0;
        Series fund_rate;
        double fund_initial = 0;
        bool operator==(const Severance&) const = default;
    } severance;

    struct Savings {
        SavingsAccounts accounts = SavingsAccounts::None;
        Series employee_rate;
        Series employer_rate;
        Series solidarity_rate;
        Series solidarity_state;
        Series return_rate;  // savings.return
        std::vector<double> replacement_rates;
        std::int64_t duration_months = 0;
        Series qualifying_share;
        Series solidarity_share;
        Series retirement_rate;
        double initial_balance = 0;
        double solidarity_initial = 0;
        bool operator==(const Savings&) const = default;
    } savings;

    struct Assistance {
        AssistanceBenefit benefit = AssistanceBenefit::None;
        Series amount;
        Series poverty_line;
        Series poverty_line_share;
        Series eligible_share;
        Series means_test_pass;
        Series take_up;
        std::int64_t duration_months = 0;
        Series admin_share;
        bool operator==(const Assistance&) const = default;
    } assistance;

    // Dated changes of series keys and of the benefit rule (model-spec v2), by key, then by
    // calendar year; core/model/datedchanges.h reads and edits them.
    DatedChanges dated;

    // The published annual figures of the scheme (model-spec v3 "History"); empty for none.
    History history;

    // model-spec v4: the main group's title (empty: "Main group") and the further groups, in
    // order; none for a scenario of one group (every v1-v3 scenario).
    std::string mainGroupTitle;
    std::vector<WorkerGroup> groups;

    // Source note per parameter key (law, report, year, or "assumption: why"), and per dated
    // change as "KEY@YEAR" (the law that made the change), and per history value as
    // "history.COLUMN@YEAR", and per group key as "group.NAME.KEY" (and "...@YEAR"); keys
    // with no note are absent.
    std::map<std::string, std::string> sources;

    // Every parameter at the spec's default; required parameters (no default) are NaN and
    // reported by validate() until set.
    static Scenario withDefaults();

    bool operator==(const Scenario&) const = default;
};

}  // namespace tideover::core
