// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/model/validation.h"

#include "core/model/datedchanges.h"
#include "core/model/groups.h"
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
constexpr std::string_view kNotDated = TIDEOVER_TEXT(
    "tideover::core::validation",
    "%1 takes no dated changes; only series keys and the benefit rule do");
constexpr std::string_view kChangeYear = TIDEOVER_TEXT(
    "tideover::core::validation", "the year %1 is not a calendar year in %2..%3");
constexpr std::string_view kChangeList = TIDEOVER_TEXT(
    "tideover::core::validation", "a dated change holds one value, not %1; give each year its own change");
constexpr std::string_view kChangeAfterHorizon = TIDEOVER_TEXT(
    "tideover::core::validation",
    "the change from %1 comes after the horizon (the last projected year is %2) and has no effect");
constexpr std::string_view kTooManyChanges = TIDEOVER_TEXT(
    "tideover::core::validation", "the scenario holds %1 dated changes; at most %2 are allowed");
constexpr std::string_view kRuleSharesCount = TIDEOVER_TEXT(
    "tideover::core::validation",
    "the benefit rule for claims from %1 has %2 duration shares for %3 duration classes; give one share "
    "per duration class");
constexpr std::string_view kRuleSharesSum = TIDEOVER_TEXT(
    "tideover::core::validation", "the duration shares of the benefit rule for claims from %1 sum to %2; they "
                                  "must sum to 1");
constexpr std::string_view kTooManyGroups = TIDEOVER_TEXT(
    "tideover::core::validation", "the scenario has %1 further groups; at most %2 are allowed");
constexpr std::string_view kGroupName = TIDEOVER_TEXT(
    "tideover::core::validation",
    "the group name %1 is not allowed; a name is 1 to 32 lower-case letters, digits and _, starting with a "
    "letter, and not main, total or all");
constexpr std::string_view kGroupTwice =
    TIDEOVER_TEXT("tideover::core::validation", "the group %1 is given twice");
constexpr std::string_view kGroupTitle = TIDEOVER_TEXT(
    "tideover::core::validation",
    "the title is %1 characters long or holds a control character; at most %2 characters, on one line");
constexpr std::string_view kGroupSizes = TIDEOVER_TEXT(
    "tideover::core::validation",
    "in %1 the groups together hold %2 of the employed (coverage.wage_employee_share plus every "
    "group's employed_share); at most 1");
constexpr std::string_view kGroupNoKey = TIDEOVER_TEXT(
    "tideover::core::validation", "%1 is not a key of a group");
constexpr std::string_view kListCount = TIDEOVER_TEXT(
    "tideover::core::validation", "%1 values are given for %2 entries of %3; give one per entry");
constexpr std::string_view kNotIncreasing = TIDEOVER_TEXT(
    "tideover::core::validation", "item %1 (%2) is not above item %3 (%4); the values must increase");
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

// The values of one group key (base and dated changes) against its range, named by their full
// keys ("group.own_account.take_up@2030").
void checkGroupValue(Collector& c, const ParameterInfo& info, const std::string& key, const ParamValue& value,
                     bool isSeries, std::int64_t startYear)
{
    ParameterInfo named = info;
    named.key = key;
    std::vector<double> values;
    if (const auto* x = std::get_if<Series>(&value))
        values = x->values;
    else if (const auto* x = std::get_if<std::vector<double>>(&value))
        values = *x;
    else if (const auto* x = std::get_if<std::vector<int>>(&value))
        values.assign(x->begin(), x->end());
    else if (const auto* x = std::get_if<double>(&value))
        values = {*x};
    else
        return;  // enums are parsed against their words
    checkElements(c, named, values, isSeries, startYear);
}

// model-spec v4 "Groups": names, titles, the count, each key's values, the benefit rule and
// bounds of each group (through its view), and the sizes adding up to at most the employed.
void validateGroups(Collector& c, const Scenario& s)
{
    if (s.mainGroupTitle.size() > kMaxGroupTitleLength ||
        std::any_of(s.mainGroupTitle.begin(), s.mainGroupTitle.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20; }))
        c.error(groupKey(kMainGroupName, "title"), kGroupTitle,
                {std::to_string(s.mainGroupTitle.size()), std::to_string(kMaxGroupTitleLength)});
    if (s.groups.empty())
        return;
    if (s.groups.size() > kMaxGroups)
        c.error("groups", kTooManyGroups, {std::to_string(s.groups.size()), std::to_string(kMaxGroups)});
    const std::int64_t start = s.projection.start_year;
    const std::int64_t years = s.projection.years;
    const int projected = static_cast<int>(std::clamp<std::int64_t>(years, 1, 100));
    std::vector<double> total = seriesByYear(s, *findParameter("coverage.wage_employee_share"), projected);
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < s.groups.size() && i < kMaxGroups; ++i) {
        const WorkerGroup& g = s.groups[i];
        const std::string prefix = std::string(kGroupPrefix) + g.name;
        if (!isValidGroupName(g.name)) {
            c.error(prefix, kGroupName, {"'" + g.name.substr(0, 40) + "'"});
            continue;
        }
        if (std::find(seen.begin(), seen.end(), g.name) != seen.end()) {
            c.error(prefix, kGroupTwice, {g.name});
            continue;
        }
        seen.push_back(g.name);
        if (g.title.size() > kMaxGroupTitleLength ||
            std::any_of(g.title.begin(), g.title.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20; }))
            c.error(groupKey(g.name, "title"), kGroupTitle,
                    {std::to_string(g.title.size()), std::to_string(kMaxGroupTitleLength)});
        bool keysKnown = true;
        for (const auto& [key, value] : g.values)
            if (!findGroupParameter(key)) {
                c.error(groupKey(g.name, key), kGroupNoKey, {groupKey(g.name, key)});
                keysKnown = false;
            }
        for (const auto& [key, changes] : g.dated)
            if (!findGroupParameter(key)) {
                c.error(groupKey(g.name, key), kGroupNoKey, {groupKey(g.name, key)});
                keysKnown = false;
            }
        if (!keysKnown)
            continue;
        for (const auto& key : groupParameters()) {
            const std::string full = groupKey(g.name, key.info.key);
            const auto base = g.values.find(std::string(key.info.key));
            if (base != g.values.end())
                checkGroupValue(c, key.info, full, base->second, key.info.kind == Kind::Series, start);
            else if (key.inherits.empty() && !key.info.defaultValue)
                c.error(full, isFraction(key.info) ? kRequiredFraction : kRequired, {key.info.range.describe(key.info.kind)});
            const auto changes = g.dated.find(std::string(key.info.key));
            if (changes == g.dated.end())
                continue;
            for (const auto& [year, value] : changes->second) {
                const std::string dated = datedKey(full, year);
                if (year < kFirstChangeYear || year > kLastChangeYear) {
                    c.error(dated, kChangeYear,
                            {std::to_string(year), std::to_string(kFirstChangeYear), std::to_string(kLastChangeYear)});
                    continue;
                }
                if (key.info.kind == Kind::Series && valueLength(value) > 1) {
                    c.error(dated, kChangeList, {std::to_string(valueLength(value))});
                    continue;
                }
                checkGroupValue(c, key.info, dated, value, false, start);
            }
        }
        // The group's benefit rule and bounds, checked as the scheme's and reported on the
        // group's keys.
        const Scenario view = groupView(s, g);
        for (const BenefitRule& rule : benefitRules(view)) {
            const auto& months = rule.duration_months;
            const auto& shares = rule.duration_shares;
            const std::string key = groupKey(g.name, "duration_shares");
            if (shares.size() != months.size() && !months.empty())
                c.error(key, kRuleSharesCount,
                        {std::to_string(rule.fromYear), std::to_string(shares.size()), std::to_string(months.size())});
            else if (!shares.empty() && std::abs(std::accumulate(shares.begin(), shares.end(), 0.0) - 1.0) > 1e-9)
                c.error(key, kRuleSharesSum,
                        {std::to_string(rule.fromYear), formatNumber(std::accumulate(shares.begin(), shares.end(), 0.0))});
        }
        const auto groupByYear = [&](std::string_view key) {
            return groupSeriesByYear(s, g, *findGroupParameter(key), projected);
        };
        const auto checkGroupBounds = [&](std::string_view lowKey, std::string_view highKey) {
            const std::vector<double> low = groupByYear(lowKey), high = groupByYear(highKey);
            for (int y = 0; y < projected; ++y) {
                const double lo = low[static_cast<std::size_t>(y)], hi = high[static_cast<std::size_t>(y)];
                if (lo > 0 && hi > 0 && hi < lo) {
                    c.error(groupKey(g.name, highKey), kBelowMinimum,
                            {formatNumber(hi), std::to_string(start + y), groupKey(g.name, lowKey), formatNumber(lo)});
                    return;
                }
            }
        };
        checkGroupBounds("benefit_minimum", "benefit_maximum");
        checkGroupBounds("wage_floor", "wage_ceiling");
        if (g.values.count("employed_share")) {
            const std::vector<double> size = groupByYear("employed_share");
            for (int y = 0; y < projected; ++y)
                total[static_cast<std::size_t>(y)] += size[static_cast<std::size_t>(y)];
        }
    }
    for (int y = 0; y < projected; ++y) {
        const double sum = total[static_cast<std::size_t>(y)];
        if (sum > 1.0 + 1e-12) {
            c.error("groups", kGroupSizes, {std::to_string(start + y), formatNumber(sum)});
            break;
        }
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
                                                     kNotDated,
                                                     kChangeYear,
                                                     kChangeList,
                                                     kChangeAfterHorizon,
                                                     kTooManyChanges,
                                                     kRuleSharesCount,
                                                     kRuleSharesSum,
                                                     kTooManyGroups,
                                                     kGroupName,
                                                     kGroupTwice,
                                                     kGroupTitle,
                                                     kGroupSizes,
                                                     kGroupNoKey,
                                                     kListCount,
                                                     kNotIncreasing,
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

    // Dated changes (model-spec v2): each names a key that takes them, a year in range, and
    // values in the key's range; a series key's change holds one value.
    const std::int64_t lastYear =
        std::clamp<std::int64_t>(start, -1000000, 1000000) + std::clamp<std::int64_t>(years, 1, 100) - 1;
    const std::size_t changeCount = datedChangeCount(s);
    if (changeCount > kMaxDatedChanges)
        c.error("dated changes", kTooManyChanges, {std::to_string(changeCount), std::to_string(kMaxDatedChanges)});
    for (const auto& [key, changes] : s.dated) {
        const ParameterInfo* p = findParameter(key);
        for (const auto& [year, value] : changes) {
            const std::string dated = datedKey(key, year);
            if (!p || !takesDatedChanges(*p)) {
                c.error(dated, kNotDated, {key});
                continue;
            }
            if (year < kFirstChangeYear || year > kLastChangeYear) {
                c.error(dated, kChangeYear,
                        {std::to_string(year), std::to_string(kFirstChangeYear), std::to_string(kLastChangeYear)});
                continue;
            }
            ParameterInfo info = *p;  // the change's own key in the messages
            info.key = dated;
            std::vector<double> values;
            if (const auto* x = std::get_if<Series>(&value))
                values = x->values;
            else if (const auto* x = std::get_if<std::vector<double>>(&value))
                values = *x;
            else if (const auto* x = std::get_if<std::vector<int>>(&value))
                values.assign(x->begin(), x->end());
            if (p->kind == Kind::Series && values.size() > 1) {
                c.error(dated, kChangeList, {std::to_string(values.size())});
                continue;
            }
            checkElements(c, info, values, false, start);
            if (years >= 1 && years <= 100 && year > lastYear)
                c.warning(dated, kChangeAfterHorizon, {std::to_string(year), std::to_string(lastYear)});
        }
    }

    // The history (model-spec v3): years in 1900..2200, finite values in each column's range.
    for (const auto& [year, row] : s.history.years) {
        if (year < kFirstHistoryYear || year > kLastHistoryYear) {
            c.error("history@" + std::to_string(year), kChangeYear,
                    {std::to_string(year), std::to_string(kFirstHistoryYear), std::to_string(kLastHistoryYear)});
            continue;
        }
        for (const auto& info : historyColumns()) {
            const std::optional<double> x = row[info.column];
            if (x && !historyValueAllowed(info.column, *x))
                c.error(historySourceKey(info.column, year), kOutOfRange,
                        {formatNumber(*x), std::string(historyRange(info.column))});
        }
    }

    // Rules between keys: every benefit rule in force (the base rule, and one per year with a
    // dated change of the rule) has one share per duration class, summing to 1.
    const auto& b = s.benefits;
    for (const BenefitRule& rule : benefitRules(s)) {
        const bool base = rule.fromYear == start;
        // A later rule's problem is reported on the change that made it.
        std::string key = "benefits.duration_shares";
        if (!base) {
            for (const auto* k : {"benefits.duration_shares", "benefits.duration_months", "benefits.replacement_rates"}) {
                const auto changes = s.dated.find(k);
                if (changes != s.dated.end() && changes->second.count(rule.fromYear)) {
                    key = datedKey(k, rule.fromYear);
                    break;
                }
            }
        }
        const auto& months = rule.duration_months;
        const auto& shares = rule.duration_shares;
        if (shares.size() != months.size() && !months.empty()) {
            if (base)
                c.error(key, kSharesCount, {std::to_string(shares.size()), std::to_string(months.size())});
            else
                c.error(key, kRuleSharesCount,
                        {std::to_string(rule.fromYear), std::to_string(shares.size()), std::to_string(months.size())});
        } else if (!shares.empty()) {
            const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
            if (std::abs(sum - 1.0) > 1e-9) {
                if (base)
                    c.error(key, kSharesSum, {formatNumber(sum)});
                else
                    c.error(key, kRuleSharesSum, {std::to_string(rule.fromYear), formatNumber(sum)});
            }
        }
    }
    if (!b.duration_months.empty() && !b.replacement_rates.empty()) {
        const int longest = *std::max_element(b.duration_months.begin(), b.duration_months.end());
        if (static_cast<std::size_t>(longest) < b.replacement_rates.size() && longest >= 1)
            c.warning("benefits.replacement_rates", kRatesTooLong,
                      {std::to_string(b.replacement_rates.size()), std::to_string(longest),
                       std::to_string(longest)});
    }

    // A pair of per-year bounds: where both are set (non-zero) in a projected year, low <= high
    // (a conflict in a value past the horizon is harmless).
    const int projected = static_cast<int>(std::clamp<std::int64_t>(years, 1, 100));
    const auto byYear = [&](std::string_view key) { return seriesByYear(s, *findParameter(key), projected); };
    auto checkBounds = [&](std::string_view lowKey, std::string_view highKey) {
        const std::vector<double> low = byYear(lowKey);
        const std::vector<double> high = byYear(highKey);
        for (int y = 0; y < projected; ++y) {
            const double lo = low[static_cast<std::size_t>(y)];
            const double hi = high[static_cast<std::size_t>(y)];
            if (lo > 0 && hi > 0 && hi < lo) {
                c.error(highKey, kBelowMinimum,
                        {formatNumber(hi), std::to_string(start + y), std::string(lowKey), formatNumber(lo)});
                return;
            }
        }
    };
    checkBounds("benefits.minimum", "benefits.maximum");
    checkBounds("contributions.wage_floor", "contributions.wage_ceiling");
    checkBounds("severance.minimum_months", "severance.maximum_months");

    // model-spec v5: the severance steps and the service bands are increasing lists of years,
    // each with its list of values of the same length; the bands' shares sum to 1.
    const auto checkIncreasing = [&](std::string_view key, const std::vector<double>& values) {
        for (std::size_t i = 1; i < values.size(); ++i)
            if (!(values[i] > values[i - 1])) {
                c.error(key, kNotIncreasing, {std::to_string(i + 1), formatNumber(values[i]), std::to_string(i),
                                              formatNumber(values[i - 1])});
                return;
            }
    };
    const auto checkPaired = [&](std::string_view key, const std::vector<double>& values, std::string_view ofKey,
                                 const std::vector<double>& of) {
        if (values.size() != of.size())
            c.error(key, kListCount, {std::to_string(values.size()), std::to_string(of.size()), std::string(ofKey)});
    };
    const auto& sev = s.severance;
    checkIncreasing("severance.step_tenure", sev.step_tenure);
    checkPaired("severance.step_months", sev.step_months, "severance.step_tenure", sev.step_tenure);
    checkIncreasing("severance.tenure_bands", sev.tenure_bands);
    checkPaired("severance.tenure_shares", sev.tenure_shares, "severance.tenure_bands", sev.tenure_bands);
    if (sev.tenure_shares.size() == sev.tenure_bands.size() && !sev.tenure_shares.empty()) {
        const double sum = std::accumulate(sev.tenure_shares.begin(), sev.tenure_shares.end(), 0.0);
        if (std::abs(sum - 1.0) > 1e-9)
            c.error("severance.tenure_shares", kSharesSum, {formatNumber(sum)});
    }
    if (sev.offset_since != 0 && (sev.offset_since < kFirstChangeYear || sev.offset_since > kLastChangeYear))
        c.error("severance.offset_since", kChangeYear, {std::to_string(sev.offset_since),
                                                        std::to_string(kFirstChangeYear),
                                                        std::to_string(kLastChangeYear)});

    const auto& f = s.financing;
    if (!(f.upper_ratio > f.lower_ratio))
        c.error("financing.upper_ratio", kUpperRatio,
                {formatNumber(f.upper_ratio), formatNumber(f.lower_ratio)});
    if (f.min_rate > f.max_rate)
        c.error("financing.max_rate", kMaxRate, {formatNumber(f.max_rate), formatNumber(f.min_rate)});
    // model-spec: s = f u / (1 - u) is the monthly separation rate of the insured; above 1
    // more people would lose their job each month than hold one.
    if (years >= 1 && years <= 100) {
        const std::vector<double> u = byYear("labour.unemployment_rate");
        const std::vector<double> finding = byYear("labour.job_finding_rate");
        for (int y = 0; y < projected; ++y) {
            const double uy = u[static_cast<std::size_t>(y)];
            const double fy = finding[static_cast<std::size_t>(y)];
            const double separation = fy * uy / (1 - uy);
            if (uy < 1 && separation > 1) {
                c.warning("labour.unemployment_rate", kSeparation,
                          {formatNumber(fy), formatNumber(uy), std::to_string(start + y), approx(separation)});
                break;
            }
        }
        const std::vector<double> almp = byYear("expenditure.almp_share");
        const std::vector<double> admin = byYear("expenditure.admin_share");
        for (int y = 0; y < projected; ++y) {
            const double fromContributions = almp[static_cast<std::size_t>(y)] + admin[static_cast<std::size_t>(y)];
            if (fromContributions >= 1.0) {
                c.warning("expenditure.admin_share", kAdminShare, {formatNumber(fromContributions)});
                break;
            }
        }
    }
    validateGroups(c, s);
    if (s.meta.currency.empty())
        c.warning("currency", kNoCurrency);
    return problems;
}

} // namespace tideover::core
