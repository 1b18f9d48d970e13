// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "standards.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace tideover::core {

namespace {

constexpr double kWeeksPerMonth = 52.0 / 12.0;

std::string percent(double x)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g %%", x * 100);
    return buf;
}

std::string number(double x, const char* format = "%.4g")
{
    char buf[32];
    std::snprintf(buf, sizeof buf, format, x);
    return buf;
}

StandardStatus atLeast(double value, double minimum) { return value >= minimum - 1e-12 ? StandardStatus::Pass : StandardStatus::Fail; }

}  // namespace

std::string_view standardStatusName(StandardStatus status)
{
    switch (status) {
    case StandardStatus::Pass: return "pass";
    case StandardStatus::Fail: return "fail";
    case StandardStatus::NotAssessed: return "not-assessed";
    }
    return "";
}

std::vector<StandardFinding> checkStandards(const Scenario& s)
{
    std::vector<StandardFinding> out;
    const auto year = std::to_string(s.projection.start_year);

    // Coverage: the share of employees the law protects. The model's legal_coverage is the share
    // of wage employees the law covers; compliance and the conditions for benefit make effective
    // coverage (beneficiaries / unemployed) much lower, but the conventions count the protected.
    const double legal = s.coverage.legal_coverage.at(0);
    const std::string effective = " This is legal coverage; effective coverage (the share of the unemployed who "
                                  "draw benefit, in the projection's effective_coverage) is far lower, as "
                                  "compliance, the qualifying conditions and take-up reduce it.";
    out.push_back({"C102", "Art. 21", "coverage", atLeast(legal, 0.5),
                   "At least 50 % of all employees must be protected; the law covers " + percent(legal) +
                       " of wage employees in " + year + "." + effective});
    out.push_back({"C168", "Art. 11", "coverage", atLeast(legal, 0.85),
                   "At least 85 % of all employees, public employees and apprentices included, must be protected; "
                   "the law covers " + percent(legal) + " of wage employees in " + year + "." + effective});

    // Benefit level: the replacement rate by month of benefit, the last repeating.
    const auto& rates = s.benefits.replacement_rates;
    const auto& durations = s.benefits.duration_months;
    const int longest = durations.empty() ? 0 : *std::max_element(durations.begin(), durations.end());
    if (rates.empty() || longest < 1) {
        for (const char* c : {"C102", "C168"})
            out.push_back({c, std::string(c) == "C102" ? "Art. 22" : "Art. 15", "benefit level",
                           StandardStatus::NotAssessed, "The scenario gives no replacement rate or duration."});
    } else {
        const double first = rates.front();
        double sum = 0;
        for (int d = 1; d <= longest; ++d)
            sum += rates[static_cast<std::size_t>(std::min<int>(d, static_cast<int>(rates.size())) - 1)];
        const double average = sum / longest;
        const std::string caps =
            (s.benefits.maximum.at(0) > 0 || s.contributions.wage_ceiling.at(0) > 0)
                ? " A wage ceiling or benefit maximum lowers the rate for higher earners; the conventions measure it for "
                  "a standard beneficiary (Art. 65-67 of C102), which is not assessed here."
                : "";
        out.push_back({"C102", "Art. 22", "benefit level (first month)", atLeast(first, 0.45),
                       "At least 45 % of previous earnings (with Art. 65-67); the first month pays " + percent(first) +
                           " of the reference wage." + caps});
        out.push_back({"C168", "Art. 15", "benefit level (first month)", atLeast(first, 0.5),
                       "At least 50 % of previous earnings; the first month pays " + percent(first) +
                           " of the reference wage." + caps});
        const std::string over = " over the longest duration of " + std::to_string(longest) + " months";
        out.push_back({"C102", "Art. 22", "benefit level (average)", atLeast(average, 0.45),
                       "At least 45 % of previous earnings; the replacement rate averages " + percent(average) + over +
                           "."});
        out.push_back({"C168", "Art. 15", "benefit level (average)", atLeast(average, 0.5),
                       "At least 50 % of previous earnings; the replacement rate averages " + percent(average) + over +
                           "."});
    }

    // Waiting period.
    const auto waiting = s.benefits.waiting_days;
    out.push_back({"C102", "Art. 24(3)", "waiting period", waiting <= 7 ? StandardStatus::Pass : StandardStatus::Fail,
                   "Benefit may be withheld for the first 7 days only; the scheme waits " + std::to_string(waiting) +
                       (waiting == 1 ? " day." : " days.")});
    out.push_back({"C168", "Art. 18", "waiting period", waiting <= 7 ? StandardStatus::Pass : StandardStatus::Fail,
                   "A waiting period of at most 7 days; the scheme waits " + std::to_string(waiting) +
                       (waiting == 1 ? " day." : " days.")});

    // Duration: the longest class, as the guide's design check reads it; the shortest class is
    // what claimants with the shortest records get.
    if (longest >= 1) {
        const int shortest = *std::min_element(durations.begin(), durations.end());
        const double weeks = longest * kWeeksPerMonth;
        const std::string classes = "the longest duration class pays " + std::to_string(longest) + " months (" +
                                    number(weeks, "%.1f") + " weeks)" +
                                    (shortest != longest ? ", the shortest " + std::to_string(shortest) + " months (" +
                                                               number(shortest * kWeeksPerMonth, "%.1f") + " weeks)"
                                                         : std::string()) +
                                    ".";
        out.push_back({"C102", "Art. 24(1)", "duration", atLeast(weeks, 13),
                       "At least 13 weeks within 12 months; " + classes});
        out.push_back({"C168", "Art. 19", "duration", atLeast(weeks, 26),
                       "At least 26 weeks per spell (or 39 weeks over 24 months); " + classes});
    }

    // Qualifying period and finance: no figure to compare.
    out.push_back({"C102", "Art. 23", "qualifying period", StandardStatus::NotAssessed,
                   "As long as needed to preclude abuse: a judgement, not a figure. The model's "
                   "contribution_condition_share (" + percent(s.eligibility.contribution_condition_share) +
                       " of qualifying job losers meet it) measures its effect, not its length."});
    out.push_back({"C168", "Art. 17", "qualifying period", StandardStatus::NotAssessed,
                   "As long as needed to prevent abuse: a judgement, not a figure."});
    out.push_back({"C102", "Art. 71(3)", "financial equilibrium", StandardStatus::NotAssessed,
                   "Periodic actuarial studies of financial equilibrium, and before any change of benefits or "
                   "contributions: a projection like this one is such a study; the convention sets no figure."});
    return out;
}

}  // namespace tideover::core
