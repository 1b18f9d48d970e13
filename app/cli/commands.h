// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "common/commandline.h"

// The handlers of tideover-cli's commands (declared in app/cli/main.cpp). Each gets the
// parsed command line, already checked against the command's options, writes its output and
// returns the exit status; bad input throws OptionError.
namespace tideover::cli {

using app::Arguments;

int runProject(const Arguments& a);
int runSummary(const Arguments& a);
int runValidate(const Arguments& a);
int runSave(const Arguments& a);
int runShow(const Arguments& a);
int runKeys(const Arguments& a);
int runScenarios(const Arguments& a);
int runSimulate(const Arguments& a);
int runStress(const Arguments& a);
int runSensitivity(const Arguments& a);
int runSolve(const Arguments& a);
int runDiff(const Arguments& a);
int runExercise(const Arguments& a);
int runStandards(const Arguments& a);
int runFunnel(const Arguments& a);
int runPackage(const Arguments& a);
int runWorker(const Arguments& a);
int runBacktest(const Arguments& a);
int runCalibrate(const Arguments& a);
int runMonitor(const Arguments& a);
int runHistory(const Arguments& a);

// `tideover-cli report ARGS...`: prints `report`'s help for -h or --help anywhere, otherwise
// runs tideover-report from tideover-cli's own directory with ARGS as given and "tideover-cli
// report" as its name (the report draws Qt charts; tideover-cli loads no Qt library).
int runReport(int argc, char** argv, const app::Program& report);

} // namespace tideover::cli
