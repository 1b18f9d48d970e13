// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "common/commandline.h"

namespace tideover::app {

// The command line of the PDF report, declared once for both programs that read it:
// tideover-report carries it out (with `run`), and tideover-cli lists it, shows its help and
// passes `tideover-cli report ...` on to tideover-report unchanged. Its one command is
// "report"; messages name the program "tideover-cli report".
Program reportProgram(std::function<int(const Arguments&)> run);

} // namespace tideover::app
