// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"
#include "core/model/scenario.h"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// The output whose response a sensitivity analysis reports.
enum class SensitivityMeasure {
    reserve_ratio,          // reserve / expenditure at the end of a chosen year (years)
    break_even_rate,        // model-spec break_even_rate (fraction); absent: none in [0, 1]
    depletion_year,         // model-spec depletion_year (calendar year); absent: never
    minimum_reserve_ratio,  // model-spec minimum_reserve_ratio (years)
};
std::string_view sensitivityMeasureName(SensitivityMeasure measure);  // the enumerator's name
std::optional<SensitivityMeasure> sensitivityMeasureFromName(std::string_view name);

struct SensitivityOptions {
    SensitivityMeasure measure = SensitivityMeasure::reserve_ratio;
    std::optional<int> year;  // calendar year of reserve_ratio; default: the last projected year
    // Each value x (every element of a list or series) becomes x -/+ change * |x| (relative)
    // or x -/+ change (absolute, in the key's own unit), rounded to 12 significant digits
    // (whole-number keys to whole numbers), then clamped into the key's range (an open bound
    // becomes the nearest number inside it).
    double change = 0.1;
    bool relative = true;
    std::vector<std::string> keys;  // the keys to vary (group.NAME.KEY too); empty: assumptionKeys(scenario)
};

// One key varied down and up, the rest of the scenario unchanged.
struct SensitivityRow {
    std::string key;
    std::string label;              // the parameter table's label
    ParamValue low, base, high;     // the values used
    double measureLow = 0;          // the measure with `low`; NaN when absent
    double measureHigh = 0;         // with `high`
    std::string note;               // why a measure is missing, when the variant is invalid
};

struct SensitivityResult {
    SensitivityMeasure measure = SensitivityMeasure::reserve_ratio;
    std::optional<int> year;  // reserve_ratio only
    double measureBase = 0;   // the measure of the scenario as given; NaN when absent
    std::vector<SensitivityRow> rows;
};

// The assumptions: every numeric key of the groups Labour, Coverage, Wages, Economy,
// Eligibility and Reserve, in the parameter table's order; and the scheme's design: those of
// Contributions, Benefits, Expenditure and Financing. Derived from the table, never listed.
std::vector<std::string> assumptionKeys();
// The assumptions of a scenario: assumptionKeys() and, for each further group (model-spec v4),
// its behavioural keys as group.NAME.KEY: relative_unemployment, member_risk, participation
// (voluntary) or compliance (mandatory), take_up, and departure_rate and return_share where the
// group sets them. What analyseSensitivity varies when no keys are given.
std::vector<std::string> assumptionKeys(const Scenario& scenario);
std::vector<std::string> policyKeys();

// One-at-a-time sensitivity (a tornado analysis): for each key, the measure with the key
// lowered and raised, everything else as given. Throws InvalidScenario for an invalid
// scenario, std::invalid_argument for an unknown key, a key that is not a number, list or
// series, a change that is not positive and finite, or a year outside the projection.
SensitivityResult analyseSensitivity(const Scenario& scenario, const SensitivityOptions& options);


}  // namespace tideover::core
