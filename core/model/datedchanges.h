// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"
#include "core/model/scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// model-spec v2 "Dated changes": `KEY@YEAR = VALUE` means "from calendar year YEAR on, VALUE".
// Scenario::dated holds them; this is how everything else reads, writes and applies them.

inline constexpr int kFirstChangeYear = 1900;
inline constexpr int kLastChangeYear = 2200;
// Upper bound on the dated changes a scenario may hold (files, command line).
inline constexpr std::size_t kMaxDatedChanges = 1000;

// The three list keys of the benefit rule, whose dated changes apply to claims.
bool isBenefitRuleKey(std::string_view key);
// Series keys and the benefit rule take dated changes; no other key does.
bool takesDatedChanges(const ParameterInfo& info);
// "key@year".
std::string datedKey(std::string_view key, int year);

// A key as typed in a file or after --set: "KEY" or "KEY@YEAR". When `info` is null, `error`
// says what is wrong, naming the key and the year as typed ("labour.force takes no dated
// changes ...", "year '1e30' of contributions.employer_rate@1e30 is not ...").
struct KeyReference {
    const ParameterInfo* info = nullptr;
    std::optional<int> year;
    std::string error;
};
KeyReference parseKeyReference(std::string_view text);

// A calendar year of a dated change as typed after '@' (kFirstChangeYear..kLastChangeYear).
bool parseChangeYear(std::string_view text, int& year);

// The value of a dated change of `info` from text: one number for a series key, the key's own
// list for a benefit-rule key. Ranges are checked by validate().
ParseResult parseDatedValue(const ParameterInfo& info, std::string_view text);

// Sets "KEY" (its value) or "KEY@YEAR" (a dated change) from text in the --set and file
// syntax. Returns "" on success, or what is wrong, for the user, starting with the key as
// typed ("contributions.employer_rate@2028: 'abc' is not a number"). Ranges are left to
// validate().
std::string setFromText(Scenario& scenario, std::string_view key, std::string_view value);

// Adds or replaces the change of `key` from `year` (the value as parseDatedValue gives it).
void setDatedChange(Scenario& scenario, std::string_view key, int year, ParamValue value);
// The change of `key` from `year`, or null.
const ParamValue* findDatedChange(const Scenario& scenario, std::string_view key, int year);
// Removes it and its source note; false when there was none.
bool removeDatedChange(Scenario& scenario, std::string_view key, int year);
// The number of dated changes in the scenario.
std::size_t datedChangeCount(const Scenario& scenario);

// A series key's value in each of `years` projection years (clamped to 1..100), its dated
// changes applied: the base value gives year y's value as in v1, and a change from YEAR
// replaces it for every year start_year + y >= YEAR up to the next change.
std::vector<double> seriesByYear(const Scenario& scenario, const ParameterInfo& info, int years);
// The same for a base value (a Series) and its changes by calendar year (null: none), read
// against the scenario's start year: how a group key's values are read (core/model/groups.h).
std::vector<double> seriesWithChanges(const Scenario& scenario, const ParamValue& base,
                                      const std::map<int, ParamValue>* changes, int years);

// The scenario with every series key's dated changes folded into its yearly values (each
// series then holds one value per projection year) and removed from `dated`; the benefit
// rule's dated changes stay. What the engine computes from.
Scenario withSeriesChangesApplied(const Scenario& scenario);

// A benefit rule (model-spec v2): the schedule a claim keeps from its first month of benefit.
struct BenefitRule {
    int fromYear = 0;  // first calendar year of claims under it
    std::vector<double> replacement_rates;
    std::vector<int> duration_months;
    std::vector<double> duration_shares;
    bool operator==(const BenefitRule&) const = default;
};
// The rules in force for claims of the projection years, in order: [0] is the start year's
// (also the rule of the stock of claimants at the start), then one for each calendar year
// within the horizon in which a rule key has a dated change. Each rule takes, key by key, the
// latest change at or before its year, or the base value.
std::vector<BenefitRule> benefitRules(const Scenario& scenario);
// The rule of each projection year's new claims: an index into benefitRules(), size years.
std::vector<int> ruleOfYear(const std::vector<BenefitRule>& rules, int startYear, int years);

}  // namespace tideover::core
