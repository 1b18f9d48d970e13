// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/model/scenariodiff.h"

#include "core/model/parameters.h"

#include <cmath>

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

std::vector<std::string> differingKeys(const Scenario& a, const Scenario& b)
{
    std::vector<std::string> keys;
    for (const auto& p : parameters())
        if (!sameValue(p.get(a), p.get(b)))
            keys.emplace_back(p.key);
    return keys;
}

}  // namespace tideover::core
