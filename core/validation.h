// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "scenario.h"

#include <string>
#include <vector>

namespace tideover::core {

// One finding of validate(): the key it concerns and a sentence naming the value and what is
// allowed. Errors forbid a projection; warnings do not.
struct Problem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string key;      // a parameter key, or "" for the scenario as a whole
    std::string message;  // "labour.unemployment_rate: value 3 (year 2027) is out of range 0.001..0.6"

    bool isError() const { return severity == Severity::Error; }
};

// Every problem of the scenario, in the parameter table's order; empty when it is valid.
std::vector<Problem> validate(const Scenario& scenario);
bool hasErrors(const std::vector<Problem>& problems);

}  // namespace tideover::core
