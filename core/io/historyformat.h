// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/backtest.h"
#include "core/analysis/calibration.h"
#include "core/analysis/monitoring.h"

#include <ostream>
#include <string>

namespace tideover::core {

// Text forms of the back-test, the calibration and the monitoring indicators (model-spec v3),
// for the command line and the GUI's exports. Numbers in CSV and JSON as formatCell writes
// them (17 digits, empty or null when absent); readable tables scale money to millions of the
// scenario's currency and fractions to percent.

// CSV: column,year,actual,projected,error,relative_error (one row per compared figure).
void writeBacktestCsv(std::ostream& out, const BacktestResult& result);
// {"start_year", "end_year", "columns": [{"column", "n", "mape", "bias", "points": [{"year",
// "actual", "projected", "error", "relative_error"}]}]}
std::string backtestJson(const BacktestResult& result);
// Each column's years, then a summary table (years compared, mean absolute percentage error,
// bias).
std::string backtestTable(const BacktestResult& result);

// {"start_year", "end_year", "converged", "evaluations", "sum_of_squares_before",
// "sum_of_squares_after", "fitted": [{"key", "year" (yearly fits), "initial", "value",
// "standard_error", "at_bound"}], "warnings": [...], "residuals": [{"column", "year", "actual",
// "projected_before", "projected_after", "residual"}], "backtest_before" and
// "backtest_after": {COLUMN: {"n", "mape", "bias"}}}
std::string calibrationJson(const CalibrationResult& result);

// CSV: year, then per indicator its value and "<name>_source" (actual or projected).
void writeMonitoringCsv(std::ostream& out, const std::vector<MonitoringRow>& rows);
std::string monitoringJson(const std::vector<MonitoringRow>& rows);
// Percentages and ratios, an asterisk on actual values.
std::string monitoringTable(const std::vector<MonitoringRow>& rows);

}  // namespace tideover::core
