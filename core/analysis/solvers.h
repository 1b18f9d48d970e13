// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <optional>
#include <string>

namespace tideover::core {

// Solvers for the financing questions an actuary asks of a scheme. Each runs the deterministic
// model (model-spec "Equations") with the financing rule switched off, bracketing the answer
// with the engine's root solver (rootsolver.h), and throws InvalidScenario for an invalid scenario.
// T below is projection.target_reserve_ratio; R[y] and E[y] are the reserve at the end of year
// y and the year's expenditure.

// model-spec break_even_rate: the flat total contribution rate c in [0, 1] with
// R[Y-1] = T E[Y-1]; empty when no rate in [0, 1] reaches it (Projection::breakEvenRate).
std::optional<double> breakEvenRate(const Scenario& scenario);

// The lowest flat total contribution rate c in [0, 1] that keeps the reserve ratio at or above
// the target at the end of every year: R[y] >= T E[y] for every y with E[y] > 0. Stricter than
// the break-even rate, which looks at the horizon only. Empty when even c = 1 misses the target
// in some year (a first year with too small a reserve, say). Assumes, as for any ordinary
// scheme, that a higher rate leaves every year's R - T E higher, i.e. that administration and
// ALMP (shares of contributions) take less than 1 / (1 + T) of each contribution.
std::optional<double> rateKeepingTargetEveryYear(const Scenario& scenario);

// The highest flat replacement rate rho in [0, 1.5] (benefits.replacement_rates = rho for
// every month of benefit, durations unchanged) that the legislated contribution rates finance
// over the horizon: R[Y-1] >= T E[Y-1], the break-even condition. 1.5 when even the top of the
// range is financed; empty when even rho = 0 is not (thresholds, overheads or a debt).
std::optional<double> maximumReplacementRate(const Scenario& scenario);


}  // namespace tideover::core
