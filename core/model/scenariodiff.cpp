// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/model/scenariodiff.h"

#include "core/model/parameters.h"

#include <cmath>
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
    return keys;
}

}  // namespace tideover::core
