// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// savehammer PATH [atomic|naive]: saves the "new" and the "old" scenario of savehammer.h to
// PATH in turn, forever, until killed. tests/core/tst_atomicsave kills it with SIGKILL at
// random moments and checks that PATH always holds one complete scenario. "naive" writes the
// file in place instead (truncate, then write), to show that the test can see a torn file.

#include "savehammer.h"

#include <cstdio>
#include <cstring>
#include <fstream>

int main(int argc, char** argv)
{
    if (argc < 2)
        return 2;
    const bool naive = argc > 2 && std::strcmp(argv[2], "naive") == 0;
    const tideover::core::Scenario scenarios[2] = {tideover::test::hammerScenario(true),
                                                   tideover::test::hammerScenario(false)};
    const std::string texts[2] = {tideover::core::writeScenario(scenarios[0]), tideover::core::writeScenario(scenarios[1])};
    std::puts("ready");
    std::fflush(stdout);
    for (unsigned long i = 0;; ++i) {
        const std::string& text = texts[i % 2];
        if (naive) {
            std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
            out.write(text.data(), static_cast<std::streamsize>(text.size()));
        } else {
            tideover::core::saveScenarioFile(scenarios[i % 2], argv[1]);
        }
    }
}
