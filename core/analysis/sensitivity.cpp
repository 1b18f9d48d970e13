// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/analysis/sensitivity.h"

#include "core/model/groups.h"

#include "core/engine/projection.h"
#include "core/model/validation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace tideover::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool isVariable(Kind kind)
{
    return kind == Kind::Real || kind == Kind::Integer || kind == Kind::Series || kind == Kind::RealList ||
           kind == Kind::IntegerList;
}

bool isWhole(Kind kind) { return kind == Kind::Integer || kind == Kind::IntegerList; }

std::vector<std::string> keysOfGroups(std::initializer_list<Group> groups)
{
    std::vector<std::string> keys;
    for (const auto& p : parameters())
        // The package's keys (model-spec v5) move none of the fund's measures the analysis reads.
        if (isVariable(p.kind) && !isPackageKey(p) && std::find(groups.begin(), groups.end(), p.group) != groups.end())
            keys.emplace_back(p.key);
    return keys;
}

// x moved by the option's change in direction `sign` (-1 or +1), then kept inside the key's
// range; whole numbers are rounded.
double moved(const ParameterInfo& p, double x, double sign, const SensitivityOptions& o)
{
    double y = o.relative ? x + sign * o.change * std::abs(x) : x + sign * o.change;
    double lo = p.range.min, hi = p.range.max;
    if (p.range.minOpen)
        lo = std::nextafter(lo, kInf);
    if (p.range.maxOpen)
        hi = std::nextafter(hi, -kInf);
    if (isWhole(p.kind)) {
        lo = std::ceil(lo);
        hi = std::floor(hi);
        y = std::round(y);
    } else if (std::isfinite(y)) {
        // 12 significant digits, so that 0.04 - 10 % reads 0.036 and not 0.036000000000000004
        // (and the printed values reproduce the run); rounded before the clamp, which the
        // rounding must not undo.
        char text[32];
        std::snprintf(text, sizeof text, "%.12g", y);
        y = std::strtod(text, nullptr);
    }
    return std::clamp(y, lo, hi);
}

ParamValue varied(const ParameterInfo& p, const ParamValue& value, double sign, const SensitivityOptions& o)
{
    switch (p.kind) {
    case Kind::Real: return moved(p, std::get<double>(value), sign, o);
    case Kind::Integer:
        return static_cast<std::int64_t>(moved(p, static_cast<double>(std::get<std::int64_t>(value)), sign, o));
    case Kind::Series: {
        Series s = std::get<Series>(value);
        for (auto& x : s.values)
            x = moved(p, x, sign, o);
        return s;
    }
    case Kind::RealList: {
        auto v = std::get<std::vector<double>>(value);
        for (auto& x : v)
            x = moved(p, x, sign, o);
        return v;
    }
    case Kind::IntegerList: {
        auto v = std::get<std::vector<int>>(value);
        for (auto& x : v)
            x = static_cast<int>(moved(p, x, sign, o));
        return v;
    }
    case Kind::Seed:
    case Kind::Enum: break;
    }
    throw std::invalid_argument(std::string(p.key) + " is not a number, list or series and cannot be varied");
}

// The measure for a scenario; NaN when absent. `note` gets the reason when the scenario is
// invalid.
double measureOf(const Scenario& s, const SensitivityOptions& o, int year, std::string* note)
{
    const auto problems = validate(s);
    if (hasErrors(problems)) {
        for (const auto& p : problems)
            if (p.isError()) {
                *note = "invalid: " + p.message;
                break;
            }
        return kNaN;
    }
    const Projection projection(s);
    if (o.measure == SensitivityMeasure::break_even_rate)
        return projection.breakEvenRate().value_or(kNaN);
    const ProjectionResult r = projection.run();
    switch (o.measure) {
    case SensitivityMeasure::reserve_ratio: {
        const int y = year - r.startYear;
        return y >= 0 && y < r.years ? r.at(y, Column::reserve_ratio) : kNaN;
    }
    case SensitivityMeasure::depletion_year:
        return r.summary.depletionYear ? static_cast<double>(*r.summary.depletionYear) : kNaN;
    case SensitivityMeasure::minimum_reserve_ratio: return r.summary.minimumReserveRatio.value_or(kNaN);
    case SensitivityMeasure::break_even_rate: break;
    }
    return kNaN;
}


}  // namespace

std::string_view sensitivityMeasureName(SensitivityMeasure measure)
{
    switch (measure) {
    case SensitivityMeasure::reserve_ratio: return "reserve_ratio";
    case SensitivityMeasure::break_even_rate: return "break_even_rate";
    case SensitivityMeasure::depletion_year: return "depletion_year";
    case SensitivityMeasure::minimum_reserve_ratio: return "minimum_reserve_ratio";
    }
    return "";
}

std::optional<SensitivityMeasure> sensitivityMeasureFromName(std::string_view name)
{
    for (const auto m : {SensitivityMeasure::reserve_ratio, SensitivityMeasure::break_even_rate,
                         SensitivityMeasure::depletion_year, SensitivityMeasure::minimum_reserve_ratio})
        if (sensitivityMeasureName(m) == name)
            return m;
    return std::nullopt;
}

std::vector<std::string> assumptionKeys()
{
    return keysOfGroups({Group::Labour, Group::Coverage, Group::Wages, Group::Economy, Group::Eligibility,
                         Group::Reserve});
}

std::vector<std::string> assumptionKeys(const Scenario& scenario)
{
    std::vector<std::string> keys = assumptionKeys();
    // model-spec v4: each further group's behaviour: its unemployment, its members' risk, its
    // take-up and participation (or compliance), and what it sets of migration.
    for (const WorkerGroup& g : scenario.groups) {
        std::vector<std::string_view> own{"relative_unemployment", "member_risk",
                                          membershipOf(g) == Membership::Voluntary ? "participation" : "compliance",
                                          "take_up"};
        for (const std::string_view key : {"departure_rate", "return_share"})
            if (groupSets(g, key))
                own.push_back(key);
        for (const std::string_view key : own)
            keys.push_back(groupKey(g.name, key));
    }
    return keys;
}

std::vector<std::string> policyKeys()
{
    return keysOfGroups({Group::Contributions, Group::Benefits, Group::Expenditure, Group::Financing});
}

SensitivityResult analyseSensitivity(const Scenario& scenario, const SensitivityOptions& options)
{
    static_cast<void>(Projection(scenario));  // refuse an invalid scenario
    if (!(options.change > 0) || !std::isfinite(options.change))
        throw std::invalid_argument("the change must be a positive number, not " + formatNumber(options.change));
    const int first = static_cast<int>(scenario.projection.start_year);
    const int last = first + static_cast<int>(scenario.projection.years) - 1;
    const int year = options.year.value_or(last);
    if (options.measure == SensitivityMeasure::reserve_ratio && (year < first || year > last))
        throw std::invalid_argument("year " + std::to_string(year) + " is outside the projection; allowed: " +
                                    std::to_string(first) + ".." + std::to_string(last));
    const std::vector<std::string> keys = options.keys.empty() ? assumptionKeys(scenario) : options.keys;
    // A key varied: a scheme key, or a group's key (model-spec v4, group.NAME.KEY).
    struct Target {
        std::string key;
        const ParameterInfo* info = nullptr;
        std::string group;
        const GroupParameterInfo* groupKey = nullptr;
    };
    std::vector<Target> targets;
    for (const auto& key : keys) {
        Target t{key, findParameter(key), {}, nullptr};
        if (isGroupKey(key)) {
            const GroupKeyReference ref = parseGroupKey(key);
            if (!ref.error.empty() || ref.year || ref.isTitle())
                throw std::invalid_argument(ref.error.empty() ? key + " cannot be varied" : ref.error);
            if (!findGroup(scenario, ref.group))
                throw std::invalid_argument("the scenario has no group '" + ref.group + "' (" + key + ")");
            t.group = ref.group;
            t.groupKey = ref.info;
            t.info = &ref.info->info;
        }
        if (!t.info)
            throw std::invalid_argument("unknown parameter key '" + key + "'");
        if (!isVariable(t.info->kind))
            throw std::invalid_argument(key + " is not a number, list or series and cannot be varied");
        targets.push_back(std::move(t));
    }

    SensitivityResult result;
    result.measure = options.measure;
    if (options.measure == SensitivityMeasure::reserve_ratio)
        result.year = year;
    std::string ignored;
    result.measureBase = measureOf(scenario, options, year, &ignored);
    for (const Target& t : targets) {
        const ParameterInfo* p = t.info;
        SensitivityRow row;
        row.key = t.key;
        row.label = p->label;
        const WorkerGroup* group = t.groupKey ? findGroup(scenario, t.group) : nullptr;
        row.base = group ? *groupValue(scenario, *group, *t.groupKey) : p->get(scenario);
        row.low = varied(*p, row.base, -1, options);
        row.high = varied(*p, row.base, +1, options);
        std::string noteLow, noteHigh;
        // The key's dated changes (model-spec v2) move with its base value: the assumption is
        // varied in every year. A group key it inherits takes the scheme key's changes with it.
        const auto variantWith = [&](const ParamValue& value, double sign) {
            Scenario variant = scenario;
            std::map<int, ParamValue>* changes = nullptr;
            if (group) {
                WorkerGroup& g = *findGroup(variant, t.group);
                const std::string shortKey(t.groupKey->info.key);
                if (!groupSets(g, shortKey) && !t.groupKey->inherits.empty())
                    if (const auto inherited = variant.dated.find(std::string(t.groupKey->inherits));
                        inherited != variant.dated.end())
                        g.dated[shortKey] = inherited->second;
                g.values[shortKey] = value;
                if (const auto own = g.dated.find(shortKey); own != g.dated.end())
                    changes = &own->second;
            } else {
                p->set(variant, value);
                if (const auto own = variant.dated.find(std::string(p->key)); own != variant.dated.end())
                    changes = &own->second;
            }
            if (changes)
                for (auto& [changeYear, change] : *changes)
                    change = varied(*p, change, sign, options);
            return variant;
        };
        row.measureLow = measureOf(variantWith(row.low, -1), options, year, &noteLow);
        row.measureHigh = measureOf(variantWith(row.high, +1), options, year, &noteHigh);
        if (!noteLow.empty())
            row.note = "low " + noteLow;
        if (!noteHigh.empty())
            row.note += (row.note.empty() ? "high " : "; high ") + noteHigh;
        result.rows.push_back(std::move(row));
    }
    return result;
}


}  // namespace tideover::core
