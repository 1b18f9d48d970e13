// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// One finding of validate(): the key it concerns and a sentence naming the value and what is
// allowed. Errors forbid a projection; warnings do not.
struct Problem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string key; // a parameter key, or "" for the scenario as a whole
    std::string
        message; // "labour.unemployment_rate: value 3 (year 2027) is out of range; allowed: 0.001..0.6"
    // The message without its key, as a fixed English text with placeholders %1, %2, ... and
    // the values that fill them (numbers, years, keys, ranges: never words), so a GUI can show
    // it in another language: message == key + ": " + fillPlaceholders(text, args).
    std::string text;
    std::vector<std::string> args;

    bool isError() const { return severity == Severity::Error; }
};

// `text` with %1..%9 replaced by args[0..8] (a placeholder without an argument stays). The
// translatable texts of the core (problems here, the standards check's phrases) use it.
std::string fillPlaceholders(std::string_view text, const std::vector<std::string>& args);

// Every text a Problem can carry, for translators (each is marked with TIDEOVER_TEXT for lupdate
// and tst_coretext checks that each is translated).
const std::vector<std::string_view>& problemTexts();

// Every problem of the scenario, in the parameter table's order; empty when it is valid.
std::vector<Problem> validate(const Scenario& scenario);
bool hasErrors(const std::vector<Problem>& problems);

} // namespace tideover::core
