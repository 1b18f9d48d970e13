// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/model/scenariodiff.h"

#include "core/model/groups.h"
#include "core/model/parameters.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace tideover::core {

namespace {

// A series without the trailing repeats of its last value.
std::vector<double> essential(std::vector<double> values)
{
    while (values.size() > 1 && values[values.size() - 1] == values[values.size() - 2])
        values.pop_back();
    return values;
}

bool sameValue(const ParamValue& a, const ParamValue& b)
{
    if (std::holds_alternative<Series>(a) && std::holds_alternative<Series>(b))
        return essential(std::get<Series>(a).values) == essential(std::get<Series>(b).values);
    if (std::holds_alternative<double>(a) && std::holds_alternative<double>(b)) {
        const double x = std::get<double>(a), y = std::get<double>(b);
        return x == y || (std::isnan(x) && std::isnan(y));
    }
    return a == b;
}

// The dated changes of one key (a group's, by year) that only one side has or that differ.
void appendDatedDifferences(const std::map<int, ParamValue>* a, const std::map<int, ParamValue>* b,
                            const std::string& key, std::vector<std::string>& keys)
{
    std::set<int> years;
    for (const auto* side : {a, b})
        if (side)
            for (const auto& [year, value] : *side)
                years.insert(year);
    for (const int year : years) {
        const ParamValue* x = nullptr;
        const ParamValue* y = nullptr;
        if (a)
            if (const auto it = a->find(year); it != a->end())
                x = &it->second;
        if (b)
            if (const auto it = b->find(year); it != b->end())
                y = &it->second;
        if (!x || !y || !sameValue(*x, *y))
            keys.push_back(key + "@" + std::to_string(year));
    }
}

const std::map<int, ParamValue>* datedOf(const WorkerGroup& g, std::string_view key)
{
    const auto it = g.dated.find(std::string(key));
    return it == g.dated.end() ? nullptr : &it->second;
}

// model-spec v4 groups, after the scheme's keys: the main group's title, then each group of
// `a` in order and each group only `b` has. A group that only one scenario has is "group.NAME";
// a group both have lists its title and each key it sets differently ("group.NAME.KEY", then
// its dated changes "group.NAME.KEY@YEAR"), in the group key table's order. What a group
// inherits is compared where the scheme's keys are.
void appendGroupDifferences(const Scenario& a, const Scenario& b, std::vector<std::string>& keys)
{
    if (a.mainGroupTitle != b.mainGroupTitle)
        keys.push_back(groupKey(kMainGroupName, "title"));
    std::vector<std::string> names;
    for (const auto* s : {&a, &b})
        for (const WorkerGroup& g : s->groups)
            if (std::find(names.begin(), names.end(), g.name) == names.end())
                names.push_back(g.name);
    for (const std::string& name : names) {
        const WorkerGroup* x = findGroup(a, name);
        const WorkerGroup* y = findGroup(b, name);
        if (!x || !y) {
            keys.push_back(std::string(kGroupPrefix) + name);
            continue;
        }
        if (x->title != y->title)
            keys.push_back(groupKey(name, "title"));
        for (const auto& key : groupParameters()) {
            const std::string shortKey(key.info.key);
            const auto vx = x->values.find(shortKey);
            const auto vy = y->values.find(shortKey);
            const bool hasX = vx != x->values.end(), hasY = vy != y->values.end();
            if (hasX != hasY || (hasX && !sameValue(vx->second, vy->second)))
                keys.push_back(groupKey(name, shortKey));
            appendDatedDifferences(datedOf(*x, shortKey), datedOf(*y, shortKey), groupKey(name, shortKey), keys);
        }
    }
}

}  // namespace

bool isRunSetting(std::string_view key)
{
    return key == "stochastic.paths" || key == "stochastic.seed";
}

std::vector<std::string> differingKeys(const Scenario& a, const Scenario& b, RunSettings runSettings)
{
    std::vector<std::string> keys;
    for (const auto& p : parameters())
    {
        if (runSettings == RunSettings::Ignored && isRunSetting(p.key))
            continue;
        if (!sameValue(p.get(a), p.get(b)))
            keys.emplace_back(p.key);
        // Its dated changes, by year: one that only one scenario has, or that differs.
        const auto changesA = a.dated.find(std::string(p.key));
        const auto changesB = b.dated.find(std::string(p.key));
        std::set<int> years;
        if (changesA != a.dated.end())
            for (const auto& [year, value] : changesA->second)
                years.insert(year);
        if (changesB != b.dated.end())
            for (const auto& [year, value] : changesB->second)
                years.insert(year);
        for (const int year : years) {
            const ParamValue* x = nullptr;
            const ParamValue* y = nullptr;
            if (changesA != a.dated.end())
                if (const auto it = changesA->second.find(year); it != changesA->second.end())
                    x = &it->second;
            if (changesB != b.dated.end())
                if (const auto it = changesB->second.find(year); it != changesB->second.end())
                    y = &it->second;
            if (!x || !y || !sameValue(*x, *y))
                keys.push_back(std::string(p.key) + "@" + std::to_string(year));
        }
    }
    appendGroupDifferences(a, b, keys);
    return keys;
}

}  // namespace tideover::core
