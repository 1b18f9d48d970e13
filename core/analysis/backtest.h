// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/projectionresult.h"
#include "core/model/scenario.h"

#include <optional>
#include <stdexcept>
#include <vector>

namespace tideover::core {

// Why a back-test cannot run (no history, no reserve to start from, ...): a sentence for the
// user.
class BacktestError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// model-spec v3 "Back-test": the scenario moved to start in `from` (by default the scenario's
// start year when the history covers it, else the year after the first recorded reserve) and
// run to the history's last year, its initial reserve and labour force taken from the history
// where it records them. Throws BacktestError.
Scenario backtestScenario(const Scenario& scenario, std::optional<int> from = std::nullopt);

// The projected figure that a history column records, in row `row` (a projection year) of
// `result`: the output column of the same name, or unemployed / labour_force for the
// unemployment rate. NaN where the projection leaves it undefined.
double projectedHistoryValue(const ProjectionResult& result, int row, HistoryColumn column);

// One year of one column: actual against projected.
struct BacktestPoint {
    int year = 0;
    double actual = 0;
    double projected = 0;
    double error = 0;                      // projected - actual
    std::optional<double> relativeError;   // error / |actual|; none when actual is 0
};

// A column's points and its summary (model-spec v3): mape and bias over the years with
// actual != 0, as fractions; none when there is no such year.
struct BacktestColumn {
    HistoryColumn column = HistoryColumn::insured;
    std::vector<BacktestPoint> points;
    std::optional<double> mape;
    std::optional<double> bias;
};

// Every history column that has at least one year within the projection, in the history's
// column order, against `result`. Works for any projection of the scenario whose history it is
// (the back-test's, or the forward projection where the history overlaps it).
std::vector<BacktestColumn> compareWithHistory(const History& history, const ProjectionResult& result);

struct BacktestResult {
    Scenario scenario;           // the back-test scenario
    ProjectionResult projection; // its projection
    std::vector<BacktestColumn> columns;
    int startYear() const { return projection.startYear; }
    int endYear() const { return projection.startYear + projection.years - 1; }
};

// Validates, projects and compares. Throws BacktestError (a history that cannot start a
// back-test) or InvalidScenario (core/engine/projection.h; the back-test scenario's errors).
BacktestResult runBacktest(const Scenario& scenario, std::optional<int> from = std::nullopt);

}  // namespace tideover::core
