// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/training/standards.h"

#include "core/model/datedchanges.h"
#include "core/model/text.h"
#include "core/model/validation.h"

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

StandardStatus atLeast(double value, double minimum)
{
    return value >= minimum - 1e-12 ? StandardStatus::Pass : StandardStatus::Fail;
}

} // namespace

std::string_view standardStatusName(StandardStatus status)
{
    switch (status) {
    case StandardStatus::Pass:
        return "pass";
    case StandardStatus::Fail:
        return "fail";
    case StandardStatus::NotAssessed:
        return "not-assessed";
    }
    return "";
}

namespace {

// Topics.
constexpr std::string_view kCoverage = TIDEOVER_TEXT("tideover::core::standards", "coverage");
constexpr std::string_view kBenefitLevel = TIDEOVER_TEXT("tideover::core::standards", "benefit level");
constexpr std::string_view kFirstMonth =
    TIDEOVER_TEXT("tideover::core::standards", "benefit level (first month)");
constexpr std::string_view kAverage = TIDEOVER_TEXT("tideover::core::standards", "benefit level (average)");
constexpr std::string_view kWaiting = TIDEOVER_TEXT("tideover::core::standards", "waiting period");
constexpr std::string_view kDuration = TIDEOVER_TEXT("tideover::core::standards", "duration");
constexpr std::string_view kQualifying = TIDEOVER_TEXT("tideover::core::standards", "qualifying period");
constexpr std::string_view kEquilibrium = TIDEOVER_TEXT("tideover::core::standards", "financial equilibrium");

// Phrases.
constexpr std::string_view kCoverage102 = TIDEOVER_TEXT(
    "tideover::core::standards",
    "At least 50 % of all employees must be protected; the law covers %1 of wage employees in %2.");
constexpr std::string_view kCoverage168 = TIDEOVER_TEXT(
    "tideover::core::standards", "At least 85 % of all employees, public employees and apprentices "
                                 "included, must be protected; the law covers %1 "
                                 "of wage employees in %2.");
constexpr std::string_view kEffective = TIDEOVER_TEXT(
    "tideover::core::standards",
    "This is legal coverage; effective coverage (the share of the unemployed who draw benefit, in the "
    "projection's "
    "effective_coverage) is far lower, as compliance, the qualifying conditions and take-up reduce it.");
constexpr std::string_view kNoRates =
    TIDEOVER_TEXT("tideover::core::standards", "The scenario gives no replacement rate or duration.");
constexpr std::string_view kFirst102 = TIDEOVER_TEXT(
    "tideover::core::standards",
    "At least 45 % of previous earnings (with Art. 65-67); the first month pays %1 of the reference wage.");
constexpr std::string_view kFirst168 =
    TIDEOVER_TEXT("tideover::core::standards",
                  "At least 50 % of previous earnings; the first month pays %1 of the reference wage.");
constexpr std::string_view kCaps = TIDEOVER_TEXT(
    "tideover::core::standards", "A wage ceiling or benefit maximum lowers the rate for higher earners; "
                                 "the conventions measure it for a standard "
                                 "beneficiary (Art. 65-67 of C102), which is not assessed here.");
constexpr std::string_view kAverage102 = TIDEOVER_TEXT(
    "tideover::core::standards", "At least 45 % of previous earnings; the replacement rate averages "
                                 "%1 over the longest duration of %2 months.");
constexpr std::string_view kAverage168 = TIDEOVER_TEXT(
    "tideover::core::standards", "At least 50 % of previous earnings; the replacement rate averages "
                                 "%1 over the longest duration of %2 months.");
constexpr std::string_view kWait102One =
    TIDEOVER_TEXT("tideover::core::standards",
                  "Benefit may be withheld for the first 7 days only; the scheme waits %1 day.");
constexpr std::string_view kWait102 =
    TIDEOVER_TEXT("tideover::core::standards",
                  "Benefit may be withheld for the first 7 days only; the scheme waits %1 days.");
constexpr std::string_view kWait168One = TIDEOVER_TEXT(
    "tideover::core::standards", "A waiting period of at most 7 days; the scheme waits %1 day.");
constexpr std::string_view kWait168 = TIDEOVER_TEXT(
    "tideover::core::standards", "A waiting period of at most 7 days; the scheme waits %1 days.");
constexpr std::string_view kDuration102 = TIDEOVER_TEXT(
    "tideover::core::standards",
    "At least 13 weeks within 12 months; the longest duration class pays %1 months (%2 weeks).");
constexpr std::string_view kDuration102Range =
    TIDEOVER_TEXT("tideover::core::standards", "At least 13 weeks within 12 months; the longest duration "
                                               "class pays %1 months (%2 weeks), the shortest %3 "
                                               "months (%4 weeks).");
constexpr std::string_view kDuration168 = TIDEOVER_TEXT(
    "tideover::core::standards", "At least 26 weeks per spell (or 39 weeks over 24 months); the "
                                 "longest duration class pays %1 months (%2 weeks).");
constexpr std::string_view kDuration168Range =
    TIDEOVER_TEXT("tideover::core::standards", "At least 26 weeks per spell (or 39 weeks over 24 months); "
                                               "the longest duration class pays %1 months (%2 weeks), "
                                               "the shortest %3 months (%4 weeks).");
constexpr std::string_view kQualifying102 =
    TIDEOVER_TEXT("tideover::core::standards",
                  "As long as needed to preclude abuse: a judgement, not a figure. The model's "
                  "contribution_condition_share (%1 of "
                  "qualifying job losers meet it) measures its effect, not its length.");
constexpr std::string_view kQualifying168 = TIDEOVER_TEXT(
    "tideover::core::standards", "As long as needed to prevent abuse: a judgement, not a figure.");
constexpr std::string_view kEquilibrium102 =
    TIDEOVER_TEXT("tideover::core::standards",
                  "Periodic actuarial studies of financial equilibrium, and before any change of benefits or "
                  "contributions: a "
                  "projection like this one is such a study; the convention sets no figure.");

StandardFinding finding(std::string standard, std::string article, std::string_view topic,
                        StandardStatus status, std::vector<StandardPhrase> phrases)
{
    StandardFinding f{std::move(standard), std::move(article), std::string(topic), status, {},
                      std::move(phrases)};
    for (const StandardPhrase& p : f.phrases)
        f.explanation += (f.explanation.empty() ? "" : " ") + fillPlaceholders(p.text, p.args);
    return f;
}

StandardPhrase phrase(std::string_view text, std::vector<std::string> args = {})
{
    return {std::string(text), std::move(args)};
}

} // namespace

const std::vector<std::string_view>& standardTexts()
{
    static const std::vector<std::string_view> texts{
        kCoverage,         kBenefitLevel,  kFirstMonth,    kAverage,       kWaiting,          kDuration,
        kQualifying,       kEquilibrium,   kCoverage102,   kCoverage168,   kEffective,        kNoRates,
        kFirst102,         kFirst168,      kCaps,          kAverage102,    kAverage168,       kWait102One,
        kWait102,          kWait168One,    kWait168,       kDuration102,   kDuration102Range, kDuration168,
        kDuration168Range, kQualifying102, kQualifying168, kEquilibrium102};
    return texts;
}

std::vector<StandardFinding> checkStandards(const Scenario& s)
{
    std::vector<StandardFinding> out;
    const auto year = std::to_string(s.projection.start_year);

    // Coverage: the share of employees the law protects. The model's legal_coverage is the share
    // of wage employees the law covers; compliance and the conditions for benefit make effective
    // coverage (beneficiaries / unemployed) much lower, but the conventions count the protected.
    // The scheme as it stands in the start year: its series' first values and the start
    // year's benefit rule, dated changes applied (later reforms are not assessed here).
    const auto first = [&s](std::string_view key) { return seriesByYear(s, *findParameter(key), 1).front(); };
    const BenefitRule rule = benefitRules(s).front();
    const double legal = first("coverage.legal_coverage");
    out.push_back(finding("C102", "Art. 21", kCoverage, atLeast(legal, 0.5),
                          {phrase(kCoverage102, {percent(legal), year}), phrase(kEffective)}));
    out.push_back(finding("C168", "Art. 11", kCoverage, atLeast(legal, 0.85),
                          {phrase(kCoverage168, {percent(legal), year}), phrase(kEffective)}));

    // Benefit level: the replacement rate by month of benefit, the last repeating.
    const auto& rates = rule.replacement_rates;
    const auto& durations = rule.duration_months;
    const int longest = durations.empty() ? 0 : *std::max_element(durations.begin(), durations.end());
    if (rates.empty() || longest < 1) {
        out.push_back(
            finding("C102", "Art. 22", kBenefitLevel, StandardStatus::NotAssessed, {phrase(kNoRates)}));
        out.push_back(
            finding("C168", "Art. 15", kBenefitLevel, StandardStatus::NotAssessed, {phrase(kNoRates)}));
    } else {
        const double firstRate = rates.front();
        // Months 1..longest take the rates in turn, the last repeating; summed without a loop
        // over the months, so that any duration (even an invalid one) costs one pass of the list.
        const std::size_t given = std::min(rates.size(), static_cast<std::size_t>(longest));
        double sum = 0;
        for (std::size_t d = 0; d < given; ++d)
            sum += rates[d];
        sum += static_cast<double>(longest - static_cast<int>(given)) * rates.back();
        const double average = sum / longest;
        const bool capped = first("benefits.maximum") > 0 || first("contributions.wage_ceiling") > 0;
        auto firstMonth = [&](std::string_view text) {
            std::vector<StandardPhrase> p{phrase(text, {percent(firstRate)})};
            if (capped)
                p.push_back(phrase(kCaps));
            return p;
        };
        out.push_back(finding("C102", "Art. 22", kFirstMonth, atLeast(firstRate, 0.45), firstMonth(kFirst102)));
        out.push_back(finding("C168", "Art. 15", kFirstMonth, atLeast(firstRate, 0.5), firstMonth(kFirst168)));
        const std::vector<std::string> averageArgs{percent(average), std::to_string(longest)};
        out.push_back(
            finding("C102", "Art. 22", kAverage, atLeast(average, 0.45), {phrase(kAverage102, averageArgs)}));
        out.push_back(
            finding("C168", "Art. 15", kAverage, atLeast(average, 0.5), {phrase(kAverage168, averageArgs)}));
    }

    // Waiting period.
    const double waiting = first("benefits.waiting_days");
    const StandardStatus waitingStatus = waiting <= 7 ? StandardStatus::Pass : StandardStatus::Fail;
    out.push_back(finding("C102", "Art. 24(3)", kWaiting, waitingStatus,
                          {phrase(waiting == 1 ? kWait102One : kWait102, {formatNumber(waiting)})}));
    out.push_back(finding("C168", "Art. 18", kWaiting, waitingStatus,
                          {phrase(waiting == 1 ? kWait168One : kWait168, {formatNumber(waiting)})}));

    // Duration: the longest class, as the guide's design check reads it; the shortest class is
    // what claimants with the shortest records get.
    if (longest >= 1) {
        const int shortest = *std::min_element(durations.begin(), durations.end());
        const double weeks = longest * kWeeksPerMonth;
        std::vector<std::string> args{std::to_string(longest), number(weeks, "%.1f")};
        if (shortest != longest) {
            args.push_back(std::to_string(shortest));
            args.push_back(number(shortest * kWeeksPerMonth, "%.1f"));
        }
        const bool range = shortest != longest;
        out.push_back(finding("C102", "Art. 24(1)", kDuration, atLeast(weeks, 13),
                              {phrase(range ? kDuration102Range : kDuration102, args)}));
        out.push_back(finding("C168", "Art. 19", kDuration, atLeast(weeks, 26),
                              {phrase(range ? kDuration168Range : kDuration168, args)}));
    }

    // Qualifying period and finance: no figure to compare.
    out.push_back(finding("C102", "Art. 23", kQualifying, StandardStatus::NotAssessed,
                          {phrase(kQualifying102, {percent(first("eligibility.contribution_condition_share"))})}));
    out.push_back(
        finding("C168", "Art. 17", kQualifying, StandardStatus::NotAssessed, {phrase(kQualifying168)}));
    out.push_back(
        finding("C102", "Art. 71(3)", kEquilibrium, StandardStatus::NotAssessed, {phrase(kEquilibrium102)}));
    return out;
}

} // namespace tideover::core
