// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/projectionresult.h"
#include "core/model/scenario.h"

#include <optional>
#include <ostream>
#include <string>

namespace tideover::core {

// Text forms of results shared by the command line, the GUI's exports and the tests. No
// writer prints inf or nan: a number that is not finite is an empty CSV cell, a JSON null,
// "-" in a readable table.

// A number with 17 significant digits (printf "%.17g"), enough to read back the same double;
// "" for NaN and infinities (the spec's empty cell).
std::string formatCell(double x);

// The separators of the command line's figures: fixed `decimals`, thousands separated by
// commas, "-" when not finite (formatThousands(1234567.891, 1) = "1,234,567.9"). The number
// of decimals comes from the number style (numberstyle.h: formatFigure).
std::string formatThousands(double x, int decimals);

// The summary as it may be reported: a measure that is not finite is absent, and so is the
// year of an absent lowest reserve ratio.
Summary reportableSummary(const Summary& summary);

// The annual table as CSV: the spec's header, one row per year.
void writeAnnualCsv(std::ostream& out, const ProjectionResult& result);
// The monthly table as CSV (monthlyColumnNames() as header).
void writeMonthlyCsv(std::ostream& out, const ProjectionResult& result);

// The summary measures as a JSON object (absent measures are null; reportableSummary).
std::string summaryJson(const Summary& summary);

// The annual projection as an aligned table of the main columns for people (money in
// millions of the scenario's currency), then the headline figures.
std::string readableTable(const ProjectionResult& result, const Scenario& scenario);

}  // namespace tideover::core
