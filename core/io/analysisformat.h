// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/sensitivity.h"
#include "core/analysis/solvers.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"

#include <ostream>
#include <string>

namespace tideover::core {

// Text forms of the analyses' results (the analyses return structs and never format text).

// The stochastic results as CSV: year, then <measure>_p5 .. <measure>_p95 for reserve,
// reserve_ratio and cost_rate, then depletion_probability; numbers as formatCell writes them.
void writeStochasticCsv(std::ostream& out, const StochasticResult& result);

// paths, seed, median_depletion_year (null when none) and the depletion probability at the
// horizon, as a JSON object.
std::string stochasticSummaryJson(const StochasticResult& result);

// The result as a JSON object: the shock, peak_year, the stressed figures
// (minimum_reserve_ratio, minimum_reserve_ratio_year, months_of_benefits_covered, depleted,
// depletion_year, depletion_month; null when absent) and the same under "baseline".
std::string stressJson(const StressResult& result);

// What `tideover-cli solve` prints, as JSON objects; absent answers are null.
// {"target_reserve_ratio", "break_even_rate", "rate_keeping_target_every_year"}
std::string contributionRateJson(const Scenario& scenario);

// {"target_reserve_ratio", "max_replacement_rate"}
std::string replacementRateJson(const Scenario& scenario);

// CSV: key,label,low_value,base_value,high_value,measure_low,measure_base,measure_high,note;
// values in --set syntax (quoted when a list holds commas), measures as formatCell, an empty
// cell for an absent measure.
void writeSensitivityCsv(std::ostream& out, const SensitivityResult& result);

}  // namespace tideover::core
