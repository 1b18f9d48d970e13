// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/projectionresult.h"

#include <optional>
#include <ostream>
#include <string>

namespace tideover::core {

// Text forms of results shared by the command line, the GUI's exports and the tests.

// A number with 17 significant digits (printf "%.17g"), enough to read back the same double;
// "" for NaN (the spec's empty cell).
std::string formatCell(double x);

// The annual table as CSV: the spec's header, one row per year.
void writeAnnualCsv(std::ostream& out, const ProjectionResult& result);
// The monthly table as CSV (monthlyColumnNames() as header).
void writeMonthlyCsv(std::ostream& out, const ProjectionResult& result);

// The summary measures as a JSON object (absent measures are null).
std::string summaryJson(const Summary& summary);

}  // namespace tideover::core
