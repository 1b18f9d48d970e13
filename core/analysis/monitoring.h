// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/projectionresult.h"
#include "core/model/scenario.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace tideover::core {

// model-spec v3 "Monitoring indicators", per calendar year over the history and the projection.
enum class Indicator {
    legal_coverage,
    effective_coverage_lf,
    coverage_of_unemployed,
    recipiency,
    average_replacement_covered,
    cost_rate,
    benefit_cost_rate,
    reserve_ratio,
    average_high_cost_multiple,
};
inline constexpr int kIndicatorCount = 9;
const std::array<std::string_view, kIndicatorCount>& indicatorNames();

// An indicator's value in a year, and whether it comes from the history's figures (actual) or
// from the projection.
struct IndicatorValue {
    double value = 0;
    bool actual = false;
};

struct MonitoringRow {
    int year = 0;
    std::array<std::optional<IndicatorValue>, kIndicatorCount> values;
    const std::optional<IndicatorValue>& operator[](Indicator i) const
    {
        return values[static_cast<std::size_t>(i)];
    }
};

// One row per calendar year from the earlier of the history's first year and the projection's
// start to the later of their last years. `result` is the scenario's projection.
std::vector<MonitoringRow> monitoringIndicators(const Scenario& scenario, const ProjectionResult& result);

}  // namespace tideover::core
