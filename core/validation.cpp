// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "validation.h"

#include "parameters.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace tideover::core {

namespace {

class Collector {
public:
    explicit Collector(std::vector<Problem>& out) : m_out(out) {}
    void error(std::string_view key, std::string message)
    {
        m_out.push_back({Problem::Severity::Error, std::string(key), std::string(key) + ": " + message});
    }
    void warning(std::string_view key, std::string message)
    {
        m_out.push_back({Problem::Severity::Warning, std::string(key), std::string(key) + ": " + message});
    }

private:
    std::vector<Problem>& m_out;
};

// A derived figure for a message, to four significant digits.
std::string approx(double x)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", x);
    return buf;
}

std::string allowedText(const ParameterInfo& p)
{
    std::string text = "allowed: " + p.range.describe(p.kind);
    if (p.display == Display::Fraction && p.range.max <= 1.5 && p.range.max > 0)
        text += " (a fraction: 0.6 means 60 %)";
    return text;
}

void checkElements(Collector& c, const ParameterInfo& p, const std::vector<double>& values,
                   bool isSeries, std::int64_t startYear)
{
    if (values.empty()) {
        c.error(p.key, "no value given; give at least one");
        return;
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = values[i];
        if (p.range.contains(x) && std::isfinite(x))
            continue;
        std::string where;
        if (values.size() > 1)
            where = isSeries ? " (year " + std::to_string(startYear + static_cast<std::int64_t>(i)) + ")"
                             : " (item " + std::to_string(i + 1) + ")";
        c.error(p.key, "value " + formatNumber(x) + where + " is out of range; " + allowedText(p));
    }
}

}  // namespace

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
                c.error(p.key, "required, but no value is given; " + allowedText(p));
            else if (!p.range.contains(x) || !std::isfinite(x))
                c.error(p.key, "value " + formatNumber(x) + " is out of range; " + allowedText(p));
            break;
        }
        case Kind::Integer: {
            const auto x = std::get<std::int64_t>(v);
            if (!p.range.contains(static_cast<double>(x)))
                c.error(p.key, "value " + std::to_string(x) + " is out of range; " + allowedText(p));
            break;
        }
        case Kind::Seed:
        case Kind::Enum:
            break;  // every value of the type is allowed
        case Kind::Series: {
            const auto& values = std::get<Series>(v).values;
            checkElements(c, p, values, true, start);
            if (years >= 1 && static_cast<std::int64_t>(values.size()) > years)
                c.warning(p.key, std::to_string(values.size()) + " yearly values are given but the horizon is " +
                                     std::to_string(years) + " years; values after " +
                                     std::to_string(start + years - 1) + " are not used");
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
        c.error("benefits.duration_shares",
                std::to_string(b.duration_shares.size()) + " shares are given for " +
                    std::to_string(b.duration_months.size()) +
                    " duration classes; give one share per entry of benefits.duration_months");
    } else if (!b.duration_shares.empty()) {
        const double sum = std::accumulate(b.duration_shares.begin(), b.duration_shares.end(), 0.0);
        if (std::abs(sum - 1.0) > 1e-9)
            c.error("benefits.duration_shares",
                    "the shares sum to " + formatNumber(sum) + "; they must sum to 1");
    }
    if (!b.duration_months.empty() && !b.replacement_rates.empty()) {
        const int longest = *std::max_element(b.duration_months.begin(), b.duration_months.end());
        if (static_cast<std::size_t>(longest) < b.replacement_rates.size() && longest >= 1)
            c.warning("benefits.replacement_rates",
                      std::to_string(b.replacement_rates.size()) +
                          " monthly rates are given but benefit lasts at most " + std::to_string(longest) +
                          " months; rates after month " + std::to_string(longest) + " are not used");
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
                c.error(highKey, "value " + formatNumber(hi) + " (year " + std::to_string(start + y) +
                                     ") is below " + std::string(lowKey) + " " + formatNumber(lo) +
                                     "; where both are set the maximum must be at least the minimum");
                return;
            }
        }
    };
    checkBounds("benefits.minimum", b.minimum, "benefits.maximum", b.maximum);
    checkBounds("contributions.wage_floor", s.contributions.wage_floor, "contributions.wage_ceiling",
                s.contributions.wage_ceiling);

    const auto& f = s.financing;
    if (!(f.upper_ratio > f.lower_ratio))
        c.error("financing.upper_ratio", "value " + formatNumber(f.upper_ratio) +
                                             " must be greater than financing.lower_ratio (" +
                                             formatNumber(f.lower_ratio) + ")");
    if (f.min_rate > f.max_rate)
        c.error("financing.max_rate", "value " + formatNumber(f.max_rate) +
                                          " is below financing.min_rate (" + formatNumber(f.min_rate) + ")");
    // model-spec: s = f u / (1 - u) is the monthly separation rate of the insured; above 1
    // more people would lose their job each month than hold one.
    const auto& lab = s.labour;
    // Clamped below too: an out-of-range horizon such as -462946296296 must not turn into a
    // loop of a billion years when cast to int (found by tests/fuzz/fuzz_setparser).
    const auto checkedYears = std::clamp<std::int64_t>(years, 0, static_cast<std::int64_t>(lab.unemployment_rate.values.size()));
    for (int y = 0; y < static_cast<int>(checkedYears); ++y) {
        const double u = lab.unemployment_rate.at(y);
        const double separation = lab.job_finding_rate * u / (1 - u);
        if (u < 1 && separation > 1) {
            c.warning("labour.unemployment_rate",
                      "with a job-finding rate of " + formatNumber(lab.job_finding_rate) + " an unemployment rate of " +
                          formatNumber(u) + " (year " + std::to_string(start + y) +
                          ") means a monthly separation rate of " + approx(separation) +
                          ", above 1: more insured lose their job each month than there are insured");
            break;
        }
    }

    const double fromContributions = s.expenditure.almp_share + s.expenditure.admin_share;
    if (fromContributions >= 1.0)
        c.warning("expenditure.admin_share",
                  "administration and active labour-market spending together take " +
                      formatNumber(fromContributions) +
                      " of contributions, so contributions cannot finance benefits");
    if (s.meta.currency.empty())
        c.warning("currency", "no currency code is given; amounts are shown in LCU");
    return problems;
}

}  // namespace tideover::core
