// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/model/datedchanges.h"

#include "core/model/groups.h"
#include "core/model/text.h"

#include <algorithm>
#include <charconv>
#include <set>

namespace tideover::core {

namespace {

// Text typed by a user, shortened for a message.
std::string shown(std::string_view s)
{
    constexpr std::size_t kShown = 40;
    return s.size() > kShown ? std::string(s.substr(0, kShown)) + "..." : std::string(s);
}

// The base value of a benefit-rule key, or the latest dated change at or before `year`.
template <class T>
const T& ruleValueAt(const Scenario& s, std::string_view key, const T& base, int year)
{
    const auto changes = s.dated.find(std::string(key));
    if (changes == s.dated.end())
        return base;
    const T* value = &base;
    for (const auto& [from, v] : changes->second) {
        if (from > year)
            break;
        if (const T* x = std::get_if<T>(&v))
            value = x;
    }
    return *value;
}

// The start year as a number that stays safe in sums with a horizon, even when the scenario
// does not validate (these functions serve validate() too).
std::int64_t safeStart(const Scenario& s) { return std::clamp<std::int64_t>(s.projection.start_year, -1000000, 1000000); }

}  // namespace

bool isBenefitRuleKey(std::string_view key)
{
    return key == "benefits.replacement_rates" || key == "benefits.duration_months" ||
           key == "benefits.duration_shares";
}

bool takesDatedChanges(const ParameterInfo& info) { return info.kind == Kind::Series || isBenefitRuleKey(info.key); }

std::string datedKey(std::string_view key, int year) { return std::string(key) + "@" + std::to_string(year); }

KeyReference parseKeyReference(std::string_view text)
{
    KeyReference r;
    const auto at = text.find('@');
    const std::string_view key = text.substr(0, at);
    r.info = findParameter(key);
    if (!r.info) {
        r.error = "unknown parameter '" + shown(key) + "'";
        return r;
    }
    if (at == std::string_view::npos)
        return r;
    const std::string typed = shown(text);
    const std::string_view yearText = trim(text.substr(at + 1));
    const auto fail = [&](std::string message) {
        r.info = nullptr;
        r.error = std::move(message);
        return r;
    };
    if (!takesDatedChanges(*r.info))
        return fail(typed + ": " + std::string(key) +
                    " takes no dated changes; only series keys and the benefit rule (benefits.replacement_rates, "
                    "benefits.duration_months, benefits.duration_shares) do");
    if (yearText.empty())
        return fail(typed + ": the year is missing after '@'; write " + std::string(key) + "@YEAR, e.g. " +
                    std::string(key) + "@2028");
    int year = 0;
    if (!parseChangeYear(yearText, year))
        return fail(typed + ": the year '" + shown(yearText) + "' is not a calendar year in " +
                    std::to_string(kFirstChangeYear) + ".." + std::to_string(kLastChangeYear));
    r.year = year;
    return r;
}

ParseResult parseDatedValue(const ParameterInfo& info, std::string_view text)
{
    ParseResult r = parseValue(info, text);
    if (r.value && info.kind == Kind::Series && valueLength(*r.value) != 1) {
        r.value.reset();
        r.error = "a dated change holds one value, not a list; give each year its own KEY@YEAR";
    }
    return r;
}

std::string setFromText(Scenario& scenario, std::string_view key, std::string_view value)
{
    if (isGroupKey(key))
        return setGroupFromText(scenario, key, value);  // model-spec v4
    const KeyReference ref = parseKeyReference(key);
    if (!ref.info)
        return ref.error;
    const ParseResult parsed = ref.year ? parseDatedValue(*ref.info, value) : parseValue(*ref.info, value);
    if (!parsed.value)
        return shown(key) + ": " + parsed.error;
    if (ref.year)
        setDatedChange(scenario, ref.info->key, *ref.year, *parsed.value);
    else
        ref.info->set(scenario, *parsed.value);
    return {};
}

void setDatedChange(Scenario& scenario, std::string_view key, int year, ParamValue value)
{
    scenario.dated[std::string(key)][year] = std::move(value);
}

const ParamValue* findDatedChange(const Scenario& scenario, std::string_view key, int year)
{
    const auto changes = scenario.dated.find(std::string(key));
    if (changes == scenario.dated.end())
        return nullptr;
    const auto it = changes->second.find(year);
    return it == changes->second.end() ? nullptr : &it->second;
}

bool removeDatedChange(Scenario& scenario, std::string_view key, int year)
{
    const auto changes = scenario.dated.find(std::string(key));
    if (changes == scenario.dated.end() || changes->second.erase(year) == 0)
        return false;
    if (changes->second.empty())
        scenario.dated.erase(changes);
    scenario.sources.erase(datedKey(key, year));
    return true;
}

std::size_t datedChangeCount(const Scenario& scenario)
{
    std::size_t n = 0;
    for (const auto& [key, changes] : scenario.dated)
        n += changes.size();
    for (const auto& group : scenario.groups)  // model-spec v4
        for (const auto& [key, changes] : group.dated)
            n += changes.size();
    return n;
}

bool parseChangeYear(std::string_view text, int& year)
{
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    return ec == std::errc() && ptr == text.data() + text.size() && year >= kFirstChangeYear && year <= kLastChangeYear;
}

std::vector<double> seriesWithChanges(const Scenario& scenario, const ParamValue& base,
                                      const std::map<int, ParamValue>* changes, int years)
{
    years = std::clamp(years, 1, 100);
    const Series* series = std::get_if<Series>(&base);
    std::vector<double> out(static_cast<std::size_t>(years));
    for (int y = 0; y < years; ++y)
        out[static_cast<std::size_t>(y)] = series ? series->at(y) : 0.0;
    if (!changes)
        return out;
    const std::int64_t start = safeStart(scenario);
    for (const auto& [year, value] : *changes) {  // in year order: a later change overrides
        const Series* change = std::get_if<Series>(&value);
        if (!change || change->values.empty())
            continue;
        for (int y = 0; y < years; ++y)
            if (start + y >= year)
                out[static_cast<std::size_t>(y)] = change->values.front();
    }
    return out;
}

std::vector<double> seriesByYear(const Scenario& scenario, const ParameterInfo& info, int years)
{
    const auto changes = scenario.dated.find(std::string(info.key));
    return seriesWithChanges(scenario, info.get(scenario),
                             changes == scenario.dated.end() ? nullptr : &changes->second, years);
}

Scenario withSeriesChangesApplied(const Scenario& scenario)
{
    Scenario s = scenario;
    const int years = static_cast<int>(std::clamp<std::int64_t>(scenario.projection.years, 1, 100));
    for (const auto& p : parameters()) {
        if (p.kind != Kind::Series || !scenario.dated.count(std::string(p.key)))
            continue;
        p.set(s, Series(seriesByYear(scenario, p, years)));
        s.dated.erase(std::string(p.key));
    }
    return s;
}

std::vector<BenefitRule> benefitRules(const Scenario& s)
{
    const int start = static_cast<int>(safeStart(s));
    const int last = static_cast<int>(start + std::clamp<std::int64_t>(s.projection.years, 1, 100) - 1);
    std::set<int> years{start};
    for (const auto* key : {"benefits.replacement_rates", "benefits.duration_months", "benefits.duration_shares"}) {
        const auto changes = s.dated.find(key);
        if (changes == s.dated.end())
            continue;
        for (const auto& [year, value] : changes->second)
            if (year > start && year <= last)
                years.insert(year);
    }
    std::vector<BenefitRule> rules;
    for (const int year : years) {
        BenefitRule r;
        r.fromYear = year;
        r.replacement_rates = ruleValueAt(s, "benefits.replacement_rates", s.benefits.replacement_rates, year);
        r.duration_months = ruleValueAt(s, "benefits.duration_months", s.benefits.duration_months, year);
        r.duration_shares = ruleValueAt(s, "benefits.duration_shares", s.benefits.duration_shares, year);
        rules.push_back(std::move(r));
    }
    return rules;
}

std::vector<int> ruleOfYear(const std::vector<BenefitRule>& rules, int startYear, int years)
{
    std::vector<int> out(static_cast<std::size_t>(std::max(years, 0)), 0);
    for (int y = 0; y < years; ++y) {
        int r = 0;
        while (r + 1 < static_cast<int>(rules.size()) && rules[static_cast<std::size_t>(r + 1)].fromYear <= startYear + y)
            ++r;
        out[static_cast<std::size_t>(y)] = r;
    }
    return out;
}

}  // namespace tideover::core
