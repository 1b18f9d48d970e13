// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// libFuzzer target: the value syntax of the command line's --set KEY=VALUE (and of the
// scenario file's <value>), core::parseValue, over every parameter kind. The input is
// "KEY=VALUE" for a known key; otherwise its first byte picks the parameter and the rest is
// the value. Besides the sanitizers, it checks that:
//  - a refusal always says why;
//  - whatever parses prints (formatValue) to a text that parses back to the same value;
//  - the value set on a valid scenario either validates and projects, or is reported.

#include "core/model/datedchanges.h"
#include "core/model/parameters.h"
#include "core/engine/projection.h"
#include "core/model/validation.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

using namespace tideover::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto& table = parameters();
    const ParameterInfo* p = nullptr;
    std::optional<int> year;  // KEY@YEAR: a dated change (model-spec v2)
    std::string_view value;
    if (const auto eq = input.find('='); eq != std::string_view::npos) {
        const KeyReference ref = parseKeyReference(input.substr(0, eq));
        if (!ref.info && ref.error.empty())
            std::abort();  // every refusal says why
        p = ref.info;
        year = ref.year;
        value = input.substr(eq + 1);
    }
    if (!p) {
        p = &table[data[0] % table.size()];
        year.reset();
        value = input.substr(1);
    }
    const auto parse = [&](std::string_view text) { return year ? parseDatedValue(*p, text) : parseValue(*p, text); };

    const ParseResult parsed = parse(value);
    if (!parsed.value) {
        if (parsed.error.empty())
            std::abort();
        return 0;
    }
    const std::string printed = formatValue(*parsed.value);
    const ParseResult back = parse(printed);
    if (!back.value || !(*back.value == *parsed.value)) {
        std::fprintf(stderr, "%s: '%s' does not read back (%s)\n", std::string(p->key).c_str(), printed.c_str(),
                     back.error.c_str());
        std::abort();
    }

    Scenario s = Scenario::withDefaults();
    s.labour.force = 1e6;
    s.wages.average_monthly = 1000;
    s.projection.years = 10;
    if (year)
        setDatedChange(s, p->key, *year, *parsed.value);
    else
        p->set(s, *parsed.value);
    const auto problems = validate(s);
    if (!hasErrors(problems)) {
        const ProjectionResult result = project(s);
        if (result.years != s.projection.years)
            std::abort();
    }
    return 0;
}
