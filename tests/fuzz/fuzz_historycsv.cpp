// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// libFuzzer target: the history CSV reader (model-spec v3) on arbitrary bytes. Besides crashes,
// leaks and undefined behaviour (the sanitizers), it checks that:
//  - reading refuses only with HistoryCsvError, naming the file;
//  - whatever reads writes to a CSV that reads back to the same table and the same text, and
//    stores in a scenario file that reads back to the same history;
//  - the monitoring indicators and the back-test's scenario take any history that reads
//    (refusing a back-test only with BacktestError).

#include "core/analysis/backtest.h"
#include "core/analysis/monitoring.h"
#include "core/engine/projection.h"
#include "core/io/historycsv.h"
#include "core/io/scenariofile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace tideover::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const Scenario base = loadScenario("builtin:default");
    static const ProjectionResult projection = project(base);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    HistoryTable table;
    try {
        table = readHistoryCsv(text, "fuzz.csv");
    } catch (const HistoryCsvError& e) {
        if (std::string_view(e.what()).substr(0, 8) != "fuzz.csv") {
            std::fprintf(stderr, "message does not name the file: %s\n", e.what());
            std::abort();
        }
        return 0;
    }

    const std::string once = writeHistoryCsv(table.history, table.sources);
    HistoryTable back;
    try {
        back = readHistoryCsv(once, "written.csv");
    } catch (const HistoryCsvError& e) {
        std::fprintf(stderr, "a history that reads does not read back after writing: %s\n", e.what());
        std::abort();
    }
    if (!(back == table) || writeHistoryCsv(back.history, back.sources) != once) {
        std::fprintf(stderr, "writing, reading and writing again changed the history\n");
        std::abort();
    }

    Scenario s = base;
    setHistory(s, table);
    try {
        if (!(readScenario(writeScenario(s), "saved.tideover").history == s.history)) {
            std::fprintf(stderr, "the history changed through the scenario file\n");
            std::abort();
        }
    } catch (const ScenarioFileError& e) {
        std::fprintf(stderr, "a scenario with a history that reads does not read back: %s\n", e.what());
        std::abort();
    }
    (void)monitoringIndicators(s, projection);
    try {
        (void)backtestScenario(s);
    } catch (const BacktestError&) {
    }
    return 0;
}
