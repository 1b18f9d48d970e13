// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// loadprobe FILE...: reads each scenario file and prints one line per file,
// "loaded|refused PEAK_KIB", where PEAK_KIB is this process's peak resident memory so far
// (VmHWM). A fresh process, so the figure is what reading the file costs on top of a small
// program; tests/core/tst_hostilefiles runs it on the largest hostile files.

#include "core/io/scenariofile.h"

#include <fstream>
#include <iostream>
#include <string>

namespace {

long peakKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

}  // namespace

int main(int argc, char** argv)
{
    std::cout << "start " << peakKiB() << '\n';
    for (int i = 1; i < argc; ++i) {
        bool loaded = false;
        try {
            tideover::core::loadScenarioFile(argv[i]);
            loaded = true;
        } catch (const tideover::core::ScenarioFileError&) {
        }
        std::cout << (loaded ? "loaded " : "refused ") << peakKiB() << '\n';
    }
    return 0;
}
