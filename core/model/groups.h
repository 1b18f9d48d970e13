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

// model-spec v4 "Groups": worker groups beyond the main one. The keys of a group are written
// `group.NAME.KEY` (and `group.NAME.KEY@YEAR` for a dated change); this is how everything else
// (files, --set, the editor, validation, the engine) reads and writes them.

inline constexpr std::size_t kMaxGroups = 20;
inline constexpr std::size_t kMaxGroupNameLength = 32;
inline constexpr std::size_t kMaxGroupTitleLength = 200;
inline constexpr std::string_view kGroupPrefix = "group.";
inline constexpr std::string_view kMainGroupName = "main";
inline constexpr std::string_view kTotalGroupName = "total";

enum class Membership { Mandatory, Voluntary };
enum class ContributionBase { Wage, DeclaredIncome, Flat };

// One group key: its row (`info.key` is the short key, "take_up"; `get`/`set` are null) and
// the scheme key it inherits from ("eligibility.take_up"), or "" for a key of its own.
struct GroupParameterInfo {
    ParameterInfo info;
    std::string_view inherits;
};
// The group keys, in the spec's order (the title is not among them: it is text).
const std::vector<GroupParameterInfo>& groupParameters();
const GroupParameterInfo* findGroupParameter(std::string_view shortKey);

bool isGroupKey(std::string_view key);  // starts with "group."
// "group.NAME.KEY".
std::string groupKey(std::string_view name, std::string_view shortKey);
// [a-z][a-z0-9_]*, 1..32 characters, and not one of the reserved names main, total, all.
bool isValidGroupName(std::string_view name);

// "group.NAME.KEY" or "group.NAME.KEY@YEAR" as typed. `error` is set (naming the key as typed)
// when the key is not one; `key` is "title" for the title (then `info` is null).
struct GroupKeyReference {
    std::string group;
    std::string key;
    const GroupParameterInfo* info = nullptr;
    std::optional<int> year;
    std::string error;
    bool isTitle() const { return key == "title"; }
};
GroupKeyReference parseGroupKey(std::string_view text);

WorkerGroup* findGroup(Scenario& scenario, std::string_view name);
const WorkerGroup* findGroup(const Scenario& scenario, std::string_view name);
// The group of that name, added at the end when the scenario has none.
WorkerGroup& groupNamed(Scenario& scenario, std::string_view name);

// Sets a group key from text (--set and file syntax), adding the group when needed; "" on
// success, else what is wrong, starting with the key as typed. Ranges are left to validate().
std::string setGroupFromText(Scenario& scenario, std::string_view key, std::string_view value);

// Whether the group sets the key (a base value or a dated change).
bool groupSets(const WorkerGroup& group, std::string_view shortKey);
// The key's base value for the group: its own, else the scheme key's base value, else the
// key's default; nullopt for a required key the group does not give.
std::optional<ParamValue> groupValue(const Scenario& scenario, const WorkerGroup& group,
                                     const GroupParameterInfo& key);
Membership membershipOf(const WorkerGroup& group);
ContributionBase contributionBaseOf(const WorkerGroup& group);

// A series group key's value in each of `years` projection years (1..100), inheritance and
// dated changes applied (model-spec v4 "Inheritance").
std::vector<double> groupSeriesByYear(const Scenario& scenario, const WorkerGroup& group,
                                      const GroupParameterInfo& key, int years);

// The group as a scenario of one group: the scheme with the group's values in place of the
// keys they inherit from (their dated changes too), employed_share as
// coverage.wage_employee_share, participation as coverage.compliance for a voluntary group, and
// no further groups. The engine's group model and validate() read it.
Scenario groupView(const Scenario& scenario, const WorkerGroup& group);

// The per-year values (size years) of the group's keys that have no scheme key, for the engine.
struct GroupTerms {
    ContributionBase base = ContributionBase::Wage;
    std::vector<double> relativeUnemployment, memberRisk, wageRatio, declaredIncome, flatContribution,
        subsidyRate, subsidyIncomeLimit, departureRate, returnShare;
};
GroupTerms groupTerms(const Scenario& scenario, const WorkerGroup& group, int years);

// Names of every group, main first ("main", then the groups in order).
std::vector<std::string> groupNames(const Scenario& scenario);

// A starting point for a new group (model-spec v4 "Groups": the designs the spec cites): its
// suggested name, title, a sentence on what it stands for, and the keys it sets, in --set
// syntax. The values are illustrative assumptions, named as such in their source notes.
struct GroupTemplate {
    std::string_view name;         // "own_account"
    std::string_view title;        // TIDEOVER_TEXT, context tideover::core::groups
    std::string_view description;  // TIDEOVER_TEXT, context tideover::core::groups
    std::vector<std::pair<std::string_view, std::string_view>> values;  // short key, value text
    std::string_view source;       // the source note written for each value
};
const std::vector<GroupTemplate>& groupTemplates();
// Adds a group made from the template, named `name` (a free name: `name`, name_2, ...when taken),
// with employed_share lowered when needed so that the groups hold at most all the employed
// in every projected year. Returns the new group's name, or "" when no group can be added
// (kMaxGroups reached, or no room left).
std::string addGroupFromTemplate(Scenario& scenario, const GroupTemplate& model, std::string_view title);
// The share of the employed not yet in any group in its fullest projected year (>= 0).
double unassignedEmployedShare(const Scenario& scenario);

// The texts of the groups' own keys, for translators (tst_coretext).
const std::vector<std::string_view>& groupTexts();

}  // namespace tideover::core
