// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/backtest.h"
#include "core/model/scenario.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// model-spec v3 "Calibration": behavioural parameters fitted to the history by weighted least
// squares on relative errors, with Levenberg–Marquardt (Eigen's MINPACK port) on bounded
// parameters. docs/model.md ("Calibration") gives the method and its limits.

class CalibrationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The keys calibration may fit, in the spec's order.
const std::vector<std::string_view>& fittableKeys();

enum class FitShape { Constant, Yearly };
struct FitParameter {
    std::string key;
    FitShape shape = FitShape::Constant;
    bool operator==(const FitParameter&) const = default;
};
struct FitTarget {
    HistoryColumn column = HistoryColumn::benefits;
    double weight = 1;
    bool operator==(const FitTarget&) const = default;
};
struct CalibrationRequest {
    std::vector<FitParameter> parameters;
    std::vector<FitTarget> targets;
    std::optional<int> from;  // the back-test's start (backtestScenario)
};

// "KEY" or "KEY:yearly" (also "KEY:constant"); "COLUMN" or "COLUMN:WEIGHT". Return "" or what is
// wrong, for the user.
std::string parseFitParameter(std::string_view text, FitParameter& out);
std::string parseFitTarget(std::string_view text, FitTarget& out);

// One fitted number: a constant (no year) or the value from one year (a yearly fit).
struct FittedValue {
    std::string key;
    std::optional<int> year;
    double initial = 0;
    double value = 0;
    std::optional<double> standardError;  // none at a bound or when there are too few figures
    bool atBound = false;
};

// One residual of the fit: a target column's year.
struct FitResidual {
    HistoryColumn column = HistoryColumn::benefits;
    int year = 0;
    double actual = 0;
    double projectedBefore = 0;
    double projectedAfter = 0;
    double residual = 0;  // sqrt(weight) * (projectedAfter - actual) / |actual|
};

// A finding about the fit, as a fixed English text with %1.. placeholders and its arguments
// (keys and columns: never words), like Problem, so that the GUI can translate it.
struct CalibrationWarning {
    std::string text;
    std::vector<std::string> args;
    std::string message() const;
};
// Every text a CalibrationWarning can carry (marked with TIDEOVER_TEXT for translators).
const std::vector<std::string_view>& calibrationTexts();

struct CalibrationResult {
    std::vector<FittedValue> values;
    std::vector<FitResidual> residuals;
    std::vector<CalibrationWarning> warnings;
    double sumOfSquaresBefore = 0;
    double sumOfSquaresAfter = 0;
    int evaluations = 0;
    bool converged = false;
    Scenario calibrated;      // the input scenario with the fitted values
    BacktestResult before;    // the back-test with the scenario's own values
    BacktestResult after;     // and with the fitted ones
};

// Throws CalibrationError (no parameter or target, a key that cannot be fitted, a column the
// history does not record in the back-test's years, fewer figures than parameters),
// BacktestError or InvalidScenario.
CalibrationResult calibrate(const Scenario& scenario, const CalibrationRequest& request);

// The scenario with fitted values written as the spec says: a constant replaces the key's base
// value, a yearly fit gives a dated change per year; the key's dated changes in
// fromYear..toYear go first. `values` holds one value (constant) or one per year.
Scenario withFittedValues(const Scenario& scenario, const FitParameter& parameter, int fromYear, int toYear,
                          const std::vector<double>& values);

}  // namespace tideover::core
