// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"
#include "core/analysis/stresstest.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace tideover::app {

// Bad input on a command line: the message names the option and the text, for the user, and
// the tools exit with status 2.
struct OptionError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Option values, as every command-line tool of Tideover reads them. Each parser accepts only
// a clean number (an optional leading '+', nothing after it) within [lo, hi] and otherwise
// throws OptionError: "--paths 10x: not a whole number", "--rise 0.9: out of range; allowed:
// 0..0.6 (a fraction: 0.03 means 3 points)" (`note` is appended to out-of-range messages).
std::int64_t wholeNumberOption(const std::string& option, const std::string& text, std::int64_t lo,
                               std::int64_t hi);
std::uint64_t seedOption(const std::string& option, const std::string& text);
double realNumberOption(const std::string& option, const std::string& text, double lo, double hi,
                        const char* note = "");

// --paths N and --seed S applied to the scenario's stochastic settings (within the ranges of
// stochastic.paths and stochastic.seed); either may be absent.
void applyStochasticOptions(core::Scenario& scenario, const std::optional<std::string>& paths,
                            const std::optional<std::string>& seed);

// The recession of --start YEAR --rise R [--months M] [--recovery K] [--name NAME], checked
// against the scenario's projection years. Start and rise are required (OptionError naming
// `command` when missing); months defaults to 12, recovery to 24, the name to "recession"
// (at most 100 bytes, no control characters).
struct ShockOptionTexts {
    std::optional<std::string> start, rise, months, recovery, name, claims;
    // model-spec v4: a group hit harder and the factor on its job losses.
    std::optional<std::string> group, groupClaims;
    bool any() const { return start || rise || months || recovery || name || claims || group || groupClaims; }
};
core::RecessionShock shockFromOptions(const core::Scenario& scenario, const ShockOptionTexts& texts,
                                const std::string& command);

} // namespace tideover::app
