// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/model/validation.h"

#include "core/model/parameters.h"
#include "core/model/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace tideover::core {

namespace {

// The texts of the problems; each is used below by its name.
constexpr std::string_view kNoValue =
    TIDEOVER_TEXT("tideover::core::validation", "no value given; give at least one");
constexpr std::string_view kOutOfRange =
    TIDEOVER_TEXT("tideover::core::validation", "value %1 is out of range; allowed: %2");
constexpr std::string_view kOutOfRangeFraction = TIDEOVER_TEXT(
    "tideover::core::validation", "value %1 is out of range; allowed: %2 (a fraction: 0.6 means 60 %)");
constexpr std::string_view kYearOutOfRange =
    TIDEOVER_TEXT("tideover::core::validation", "value %1 (year %2) is out of range; allowed: %3");
constexpr std::string_view kYearOutOfRangeFraction =
    TIDEOVER_TEXT("tideover::core::validation",
                  "value %1 (year %2) is out of range; allowed: %3 (a fraction: 0.6 means 60 %)");
constexpr std::string_view kItemOutOfRange =
    TIDEOVER_TEXT("tideover::core::validation", "value %1 (item %2) is out of range; allowed: %3");
constexpr std::string_view kItemOutOfRangeFraction =
    TIDEOVER_TEXT("tideover::core::validation",
                  "value %1 (item %2) is out of range; allowed: %3 (a fraction: 0.6 means 60 %)");
constexpr std::string_view kRequired =
    TIDEOVER_TEXT("tideover::core::validation", "required, but no value is given; allowed: %1");
constexpr std::string_view kRequiredFraction =
    TIDEOVER_TEXT("tideover::core::validation",
                  "required, but no value is given; allowed: %1 (a fraction: 0.6 means 60 %)");
constexpr std::string_view kSeriesTooLong =
    TIDEOVER_TEXT("tideover::core::validation",
                  "%1 yearly values are given but the horizon is %2 years; values after %3 are not used");
constexpr std::string_view kSharesCount = TIDEOVER_TEXT(
    "tideover::core::validation",
    "%1 shares are given for %2 duration classes; give one share per entry of benefits.duration_months");
constexpr std::string_view kSharesSum =
    TIDEOVER_TEXT("tideover::core::validation", "the shares sum to %1; they must sum to 1");
constexpr std::string_view kRatesTooLong = TIDEOVER_TEXT(
    "tideover::core::validation",
    "%1 monthly rates are given but benefit lasts at most %2 months; rates after month %3 are not used");
constexpr std::string_view kBelowMinimum = TIDEOVER_TEXT(
    "tideover::core::validation",
    "value %1 (year %2) is below %3 %4; where both are set the maximum must be at least the minimum");
constexpr std::string_view kUpperRatio =
    TIDEOVER_TEXT("tideover::core::validation", "value %1 must be greater than financing.lower_ratio (%2)");
constexpr std::string_view kMaxRate =
    TIDEOVER_TEXT("tideover::core::validation", "value %1 is below financing.min_rate (%2)");
constexpr std::string_view kSeparation = TIDEOVER_TEXT(
    "tideover::core::validation", "with a job-finding rate of %1 an unemployment rate of %2 (year %3) "
                                  "means a monthly separation rate of %4, above 1: "
                                  "more insured lose their job each month than there are insured");
constexpr std::string_view kAdminShare = TIDEOVER_TEXT(
    "tideover::core::validation", "administration and active labour-market spending together take %1 "
                                  "of contributions, so contributions cannot "
                                  "finance benefits");
constexpr std::string_view kNoCurrency =
    TIDEOVER_TEXT("tideover::core::validation", "no currency code is given; amounts are shown in LCU");

class Collector {
public:
    explicit Collector(std::vector<Problem>& out) : m_out(out) {}
    void error(std::string_view key, std::string_view text, std::vector<std::string> args = {})
    {
        add(Problem::Severity::Error, key, text, std::move(args));
    }
    void warning(std::string_view key, std::string_view text, std::vector<std::string> args = {})
    {
        add(Problem::Severity::Warning, key, text, std::move(args));
    }

private:
    void add(Problem::Severity severity, std::string_view key, std::string_view text,
             std::vector<std::string> args)
    {
        std::string message = std::string(key) + ": " + fillPlaceholders(text, args);
        m_out.push_back({severity, std::string(key), std::move(message), std::string(text), std::move(args)});
    }
    std::vector<Problem>& m_out;
};

// A derived figure for a message, to four significant digits.
std::string approx(double x)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", x);
    return buf;
}

// Fractions get a reminder of how they are written.
bool isFraction(const ParameterInfo& p)
{
    return p.display == Display::Fraction && p.range.max <= 1.5 && p.range.max > 0;
}

void checkElements(Collector& c, const ParameterInfo& p, const std::vector<double>& values, bool isSeries,
                   std::int64_t startYear)
{
    if (values.empty()) {
        c.error(p.key, kNoValue);
        return;
    }
    const std::string allowed = p.range.describe(p.kind);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = values[i];
        if (p.range.contains(x) && std::isfinite(x))
            continue;
        if (values.size() == 1)
            c.error(p.key, isFraction(p) ? kOutOfRangeFraction : kOutOfRange, {formatNumber(x), allowed});
        else if (isSeries)
            c.error(p.key, isFraction(p) ? kYearOutOfRangeFraction : kYearOutOfRange,
                    {formatNumber(x), std::to_string(startYear + static_cast<std::int64_t>(i)), allowed});
        else
            c.error(p.key, isFraction(p) ? kItemOutOfRangeFraction : kItemOutOfRange,
                    {formatNumber(x), std::to_string(i + 1), allowed});
    }
}

} // namespace

std::string fillPlaceholders(std::string_view text, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(text[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

const std::vector<std::string_view>& problemTexts()
{
    static const std::vector<std::string_view> texts{kNoValue,
                                                     kOutOfRange,
                                                     kOutOfRangeFraction,
                                                     kYearOutOfRange,
                                                     kYearOutOfRangeFraction,
                                                     kItemOutOfRange,
                                                     kItemOutOfRangeFraction,
                                                     kRequired,
                                                     kRequiredFraction,
                                                     kSeriesTooLong,
                                                     kSharesCount,
                                                     kSharesSum,
                                                     kRatesTooLong,
                                                     kBelowMinimum,
                                                     kUpperRatio,
                                                     kMaxRate,
                                                     kSeparation,
                                                     kAdminShare,
                                                     kNoCurrency};
    return texts;
}

bool hasErrors(const std::vector<Problem>& problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.isError(); });
}

std::vector<Problem> validate(const Scenario& s)
{
    std::vector<Problem> problems;
    Collector c(problems);
    const std::int64_t start = s.projection.start_year;
    const std::int64_t years = s.projection.years;

    for (const auto& p : parameters()) {
        const ParamValue v = p.get(s);
        switch (p.kind) {
        case Kind::Real: {
            const double x = std::get<double>(v);
            if (std::isnan(x) && p.isRequired())
                c.error(p.key, isFraction(p) ? kRequiredFraction : kRequired, {p.range.describe(p.kind)});
            else if (!p.range.contains(x) || !std::isfinite(x))
                c.error(p.key, isFraction(p) ? kOutOfRangeFraction : kOutOfRange,
                        {formatNumber(x), p.range.describe(p.kind)});
            break;
        }
        case Kind::Integer: {
            const auto x = std::get<std::int64_t>(v);
            if (!p.range.contains(static_cast<double>(x)))
                c.error(p.key, isFraction(p) ? kOutOfRangeFraction : kOutOfRange,
                        {std::to_string(x), p.range.describe(p.kind)});
            break;
        }
        case Kind::Seed:
        case Kind::Enum:
            break; // every value of the type is allowed
        case Kind::Series: {
            const auto& values = std::get<Series>(v).values;
            checkElements(c, p, values, true, start);
            if (years >= 1 && static_cast<std::int64_t>(values.size()) > years)
                c.warning(p.key, kSeriesTooLong,
                          {std::to_string(values.size()), std::to_string(years),
                           std::to_string(start + years - 1)});
            break;
        }
        case Kind::RealList:
            checkElements(c, p, std::get<std::vector<double>>(v), false, start);
            break;
        case Kind::IntegerList: {
            const auto& ints = std::get<std::vector<int>>(v);
            checkElements(c, p, std::vector<double>(ints.begin(), ints.end()), false, start);
            break;
        }
        }
    }

    // Rules between keys.
    const auto& b = s.benefits;
    if (b.duration_shares.size() != b.duration_months.size() && !b.duration_months.empty()) {
        c.error("benefits.duration_shares", kSharesCount,
                {std::to_string(b.duration_shares.size()), std::to_string(b.duration_months.size())});
    } else if (!b.duration_shares.empty()) {
        const double sum = std::accumulate(b.duration_shares.begin(), b.duration_shares.end(), 0.0);
        if (std::abs(sum - 1.0) > 1e-9)
            c.error("benefits.duration_shares", kSharesSum, {formatNumber(sum)});
    }
    if (!b.duration_months.empty() && !b.replacement_rates.empty()) {
        const int longest = *std::max_element(b.duration_months.begin(), b.duration_months.end());
        if (static_cast<std::size_t>(longest) < b.replacement_rates.size() && longest >= 1)
            c.warning("benefits.replacement_rates", kRatesTooLong,
                      {std::to_string(b.replacement_rates.size()), std::to_string(longest),
                       std::to_string(longest)});
    }

    // A pair of per-year bounds: where both are set (non-zero) in a year, low <= high.
    auto checkBounds = [&](std::string_view lowKey, const Series& low, std::string_view highKey,
                           const Series& high) {
        // Only the projected years matter: a conflict in a value past the horizon is harmless.
        const auto given = static_cast<std::int64_t>(std::max(low.values.size(), high.values.size()));
        const auto n = static_cast<int>(std::clamp<std::int64_t>(years, 1, std::max<std::int64_t>(given, 1)));
        for (int y = 0; y < n && !low.values.empty() && !high.values.empty(); ++y) {
            const double lo = low.at(y);
            const double hi = high.at(y);
            if (lo > 0 && hi > 0 && hi < lo) {
                c.error(highKey, kBelowMinimum,
                        {formatNumber(hi), std::to_string(start + y), std::string(lowKey), formatNumber(lo)});
                return;
            }
        }
    };
    checkBounds("benefits.minimum", b.minimum, "benefits.maximum", b.maximum);
    checkBounds("contributions.wage_floor", s.contributions.wage_floor, "contributions.wage_ceiling",
                s.contributions.wage_ceiling);

    const auto& f = s.financing;
    if (!(f.upper_ratio > f.lower_ratio))
        c.error("financing.upper_ratio", kUpperRatio,
                {formatNumber(f.upper_ratio), formatNumber(f.lower_ratio)});
    if (f.min_rate > f.max_rate)
        c.error("financing.max_rate", kMaxRate, {formatNumber(f.max_rate), formatNumber(f.min_rate)});
    // model-spec: s = f u / (1 - u) is the monthly separation rate of the insured; above 1
    // more people would lose their job each month than hold one.
    const auto& lab = s.labour;
    // Clamped below too: an out-of-range horizon such as -462946296296 must not turn into a
    // loop of a billion years when cast to int (found by tests/fuzz/fuzz_setparser).
    const auto checkedYears =
        std::clamp<std::int64_t>(years, 0, static_cast<std::int64_t>(lab.unemployment_rate.values.size()));
    for (int y = 0; y < static_cast<int>(checkedYears); ++y) {
        const double u = lab.unemployment_rate.at(y);
        const double separation = lab.job_finding_rate * u / (1 - u);
        if (u < 1 && separation > 1) {
            c.warning("labour.unemployment_rate", kSeparation,
                      {formatNumber(lab.job_finding_rate), formatNumber(u), std::to_string(start + y),
                       approx(separation)});
            break;
        }
    }

    const double fromContributions = s.expenditure.almp_share + s.expenditure.admin_share;
    if (fromContributions >= 1.0)
        c.warning("expenditure.admin_share", kAdminShare, {formatNumber(fromContributions)});
    if (s.meta.currency.empty())
        c.warning("currency", kNoCurrency);
    return problems;
}

} // namespace tideover::core
