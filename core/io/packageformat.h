// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/package.h"
#include "core/model/scenario.h"

#include <ostream>
#include <string>

namespace tideover::core {

// model-spec v5: text forms of the package results and of the worker's view, for the command
// line, the GUI's exports and the tests (the conventions of resultformat.h: no inf or nan; an
// empty CSV cell, a JSON null, "-" in a readable table).

// The package results as CSV: packageColumnNames() as header, one row per year.
void writePackageCsv(std::ostream& out, const PackageResult& package);
// For people: per year the cost of each part and by payer (millions of the currency), the
// package's cost as % of wages and of GDP, and the share of the unemployed protected.
std::string packageTable(const PackageResult& package, const Scenario& scenario);
// One JSON object: {"columns": [...], "rows": [[...], ...]}.
std::string packageJson(const PackageResult& package);

// The worker's view as CSV: month, severance, insurance, savings, solidarity, assistance,
// total, replacement (the month's total over the wage); then the replacement over 6, 12 and 24
// months as a second table of its own (a blank line, a header "months,replacement").
void writeWorkerCsv(std::ostream& out, const WorkerView& view);
// For people: the case, month by month, then the replacement over 6, 12 and 24 months.
std::string workerTable(const WorkerView& view, const Scenario& scenario);

}  // namespace tideover::core
