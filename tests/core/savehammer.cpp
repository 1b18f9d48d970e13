// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// savehammer PATH atomic|naive|pause STEP — a process for tests/core/tst_atomicsave to kill:
//   atomic  saves the "new" and the "old" scenario of savehammer.h to PATH in turn, forever;
//   naive   writes the "new" scenario in place (truncate, then write) and stops halfway,
//           printing "at half": what a save that is not atomic leaves when killed, to show
//           that the test can see a torn file;
//   pause   saves the "new" scenario once and stops at STEP of the save (TemporaryCreated,
//           ContentWritten, Flushed, Renamed, Done; core::detail::SaveStep), printing
//           "at STEP" and waiting there to be killed.
// It prints "ready" once the scenarios are built, before it starts saving.

#include "savehammer.h"

#include "core/io/atomicfile.h"

#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

const char* const kStepNames[] = {"TemporaryCreated", "ContentWritten", "Flushed", "Renamed", "Done"};

}  // namespace

int main(int argc, char** argv)
{
    using tideover::core::detail::SaveStep;
    if (argc < 3)
        return 2;
    const std::string mode = argv[2];
    const tideover::core::Scenario scenarios[2] = {tideover::test::hammerScenario(true),
                                                   tideover::test::hammerScenario(false)};
    const std::string texts[2] = {tideover::core::writeScenario(scenarios[0]), tideover::core::writeScenario(scenarios[1])};
    if (mode == "pause") {
        if (argc < 4)
            return 2;
        const std::string stop = argv[3];
        tideover::core::detail::setSaveStepHook([stop](SaveStep step) {
            if (stop != kStepNames[static_cast<int>(step)])
                return;
            std::printf("at %s\n", stop.c_str());
            std::fflush(stdout);
            for (;;)
                ::pause();  // until killed
        });
    }
    std::puts("ready");
    std::fflush(stdout);
    if (mode == "pause") {
        tideover::core::saveScenarioFile(scenarios[0], argv[1]);
        return 3;  // the step was never reached
    }
    if (mode == "naive") {
        std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
        out.write(texts[0].data(), static_cast<std::streamsize>(texts[0].size() / 2));
        out.flush();
        std::puts("at half");
        std::fflush(stdout);
        for (;;)
            ::pause();
    }
    for (unsigned long i = 0;; ++i)
        tideover::core::saveScenarioFile(scenarios[i % 2], argv[1]);
}
