// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tideover::core {

// The shape of a parameter's value.
enum class Kind {
    Real,         // double
    Integer,      // std::int64_t
    Seed,         // std::uint64_t
    Series,       // Series: one value per year, last carries forward
    RealList,     // std::vector<double>
    IntegerList,  // std::vector<int>
    Enum,         // one word of ParameterInfo::words
};

// How a client should present a value; the stored value never changes with it.
enum class Display {
    Fraction,  // a rate or share: shown as a percentage in the GUI, a fraction elsewhere
    Money,     // local currency units ("LCU" is replaced by the scenario's currency code)
    Persons,
    Year,
    Years,
    Months,
    Days,
    Factor,
    Count,
    Word,
};

// The groups of the spec's keys, in the order the GUI shows them (scheme design first).
enum class Group {
    Coverage,
    Contributions,
    Eligibility,
    Benefits,
    Expenditure,
    Financing,
    Labour,
    Wages,
    Economy,
    Reserve,
    Projection,
    Stochastic,
    // model-spec v5: the package's other parts (after the scheme's own keys, so that the
    // order of every earlier key, in files and lists, is unchanged).
    Severance,
    Savings,
    Assistance,
};
std::string_view groupName(Group group);  // "Coverage", "Wages", ...

// The allowed interval of a number (of each element, for lists and series).
struct Range {
    double min;
    double max;
    bool minOpen = false;  // (min, ...
    bool maxOpen = false;  // ..., max)
    bool contains(double x) const;
    std::string describe(Kind kind) const;  // "0..1", "(0, 1]", "> 0", "any"
};

// One row of the parameter table: everything the CLI, GUI, files and docs know of a key.
struct ParameterInfo {
    std::string_view key;    // "labour.job_finding_rate"
    Group group;
    Kind kind;
    Display display;
    std::string_view unit;   // as the spec writes it: "fraction/month", "LCU/month"
    Range range;
    std::optional<ParamValue> defaultValue;  // none: the scenario must give it
    std::string_view label;  // short human name: "Job-finding rate"
    std::string_view help;   // one or two sentences
    std::vector<std::string_view> words;  // Kind::Enum only

    ParamValue (*get)(const Scenario&);
    void (*set)(Scenario&, const ParamValue&);  // the value must have this kind's type

    bool isRequired() const { return !defaultValue.has_value(); }
};

// model-spec v5: a key of the protection package (severance.*, savings.*, assistance.*,
// economy.gdp, economy.gdp_growth, economy.government_expenditure); none moves the projection.
bool isPackageKey(const ParameterInfo& p);

// The parameter table, in the spec's order.
const std::vector<ParameterInfo>& parameters();
// The row of a key, or nullptr.
const ParameterInfo* findParameter(std::string_view key);

// Text <-> value, the syntax of `--set KEY=VALUE` and of the scenario file's values: numbers
// in C syntax, lists and series comma-separated, enums as their word. Numbers are written in
// the shortest form that reads back to the same double.
struct ParseResult {
    std::optional<ParamValue> value;
    std::string error;  // set when value is empty: what is wrong, without the key
};
ParseResult parseValue(const ParameterInfo& info, std::string_view text);
std::string formatValue(const ParamValue& value);
// One finite number in the same syntax (surrounding spaces allowed); on failure `error` says
// what is wrong, quoting the text.
bool parseNumber(std::string_view text, double& out, std::string& error);
std::string formatNumber(double x);  // shortest round-trip form
// The number of elements a list or series holds (1 for a scalar).
std::size_t valueLength(const ParamValue& value);

// Upper bound on list and series lengths accepted from text (files, command line).
inline constexpr std::size_t kMaxListLength = 1200;

}  // namespace tideover::core
