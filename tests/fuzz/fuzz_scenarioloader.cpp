// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// libFuzzer target: the scenario file reader on arbitrary bytes. Besides crashes, leaks and
// undefined behaviour (the sanitizers), it checks three properties:
//  - reading refuses only with ScenarioFileError (any other exception ends the run);
//  - whatever reads, saves to a text that reads back to the same scenario text;
//  - a scenario that validates projects without fault.

#include "core/engine/projection.h"
#include "core/io/scenariofile.h"
#include "core/model/validation.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace tideover::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Scenario scenario;
    try {
        scenario = readScenario(text, "fuzz.tideover");
    } catch (const ScenarioFileError& e) {
        if (std::string_view(e.what()).substr(0, 13) != "fuzz.tideover") {
            std::fprintf(stderr, "message does not name the file: %s\n", e.what());
            std::abort();
        }
        return 0;
    }

    const std::string once = writeScenario(scenario);
    std::string twice;
    try {
        twice = writeScenario(readScenario(once, "saved.tideover"));
    } catch (const ScenarioFileError& e) {
        std::fprintf(stderr, "a loaded scenario does not read back after saving: %s\n", e.what());
        std::abort();
    }
    if (once != twice) {
        std::fprintf(stderr, "saving, reading and saving again changed the text\n");
        std::abort();
    }

    if (!hasErrors(validate(scenario))) {
        const ProjectionResult result = project(scenario);
        if (result.years != scenario.projection.years)
            std::abort();
    }
    return 0;
}
