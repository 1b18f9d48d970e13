// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "common/optionvalues.h"

#include "core/model/groups.h"

#include "core/model/parameters.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace tideover::app {

using namespace tideover::core;

std::int64_t wholeNumberOption(const std::string& option, const std::string& text, std::int64_t lo,
                               std::int64_t hi)
{
    std::int64_t x = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data() + (text.rfind('+', 0) == 0 ? 1 : 0), end, x);
    if (text.empty() || ec == std::errc::invalid_argument || ptr != end)
        throw OptionError(option + " " + text + ": not a whole number");
    if (ec == std::errc::result_out_of_range || x < lo || x > hi)
        throw OptionError(option + " " + text + ": out of range; allowed: " + std::to_string(lo) + ".." +
                          std::to_string(hi));
    return x;
}

std::uint64_t seedOption(const std::string& option, const std::string& text)
{
    std::uint64_t x = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, x);
    if (text.empty() || ec == std::errc::invalid_argument || ptr != end)
        throw OptionError(option + " " + text + ": not a whole number from 0 to 18446744073709551615");
    if (ec == std::errc::result_out_of_range)
        throw OptionError(option + " " + text + ": out of range; allowed: 0..18446744073709551615");
    return x;
}

double realNumberOption(const std::string& option, const std::string& text, double lo, double hi,
                        const char* note)
{
    double x = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data() + (text.rfind('+', 0) == 0 ? 1 : 0), end, x);
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(x))
        throw OptionError(option + " " + text + ": not a number");
    if (x < lo || x > hi)
        throw OptionError(option + " " + text + ": out of range; allowed: " + formatNumber(lo) + ".." +
                          formatNumber(hi) + note);
    return x;
}

void applyStochasticOptions(Scenario& scenario, const std::optional<std::string>& paths,
                            const std::optional<std::string>& seed)
{
    if (paths) {
        const Range& range = findParameter("stochastic.paths")->range;
        scenario.stochastic.paths = wholeNumberOption("--paths", *paths, static_cast<std::int64_t>(range.min),
                                                      static_cast<std::int64_t>(range.max));
    }
    if (seed)
        scenario.stochastic.seed = seedOption("--seed", *seed);
}

RecessionShock shockFromOptions(const Scenario& scenario, const ShockOptionTexts& texts,
                                const std::string& command)
{
    if (!texts.start || !texts.rise)
        throw OptionError(command + ": --start YEAR and --rise R are needed; see " + command + " --help");
    const auto first = scenario.projection.start_year;
    const auto last = first + scenario.projection.years - 1;
    RecessionShock shock;
    shock.name = texts.name.value_or("recession");
    // The name goes into reports and JSON: a short label, printable.
    if (shock.name.size() > 100)
        throw OptionError("--name: " + std::to_string(shock.name.size()) + " bytes; at most 100");
    if (std::any_of(shock.name.begin(), shock.name.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        throw OptionError("--name: contains a control character");
    shock.startYear = static_cast<int>(wholeNumberOption("--start", *texts.start, first, last));
    shock.rise = realNumberOption("--rise", *texts.rise, 0, 0.6, " (a fraction: 0.03 means 3 points)");
    shock.monthsToPeak = static_cast<int>(wholeNumberOption("--months", texts.months.value_or("12"), 1, 600));
    shock.monthsToRecover =
        static_cast<int>(wholeNumberOption("--recovery", texts.recovery.value_or("24"), 0, 1200));
    shock.claimsFactor = realNumberOption("--claims", texts.claims.value_or("1"), 0, 5, " (1 means no claims shock)");
    if (texts.groupClaims && !texts.group)
        throw OptionError(command + ": --group-claims needs --group NAME");
    if (texts.group) {
        const std::vector<std::string> names = core::groupNames(scenario);
        if (std::find(names.begin(), names.end(), *texts.group) == names.end()) {
            std::string known;
            for (const auto& n : names)
                known += (known.empty() ? "" : ", ") + n;
            throw OptionError("--group " + texts.group->substr(0, 40) + ": the scenario has no such group; its groups: " + known);
        }
        shock.group = *texts.group;
        shock.groupClaimsFactor =
            realNumberOption("--group-claims", texts.groupClaims.value_or("1"), 0, 5, " (1 means no extra shock)");
    }
    return shock;
}

} // namespace tideover::app
