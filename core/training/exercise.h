// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/package.h"
#include "core/engine/projectionresult.h"
#include "core/model/scenario.h"
#include "core/analysis/stresstest.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// A workshop exercise: a starting scenario, instructions, questions whose answers the model
// computes, ordered hints and a debrief. It follows one step of the feasibility study of the
// ILO's good-practices guide on unemployment protection in ASEAN (ILO 2017). The file format
// is in exercisefile.h and docs/exercises.md.

// The six steps of a feasibility study, in order.
enum class FeasibilityStep { Diagnosis, Design, Costing, Stress, Financing, Coverage };
inline constexpr int kFeasibilityStepCount = 6;
// "diagnosis", "design", "costing", "stress", "financing", "coverage": the word in the file.
std::string_view stepName(FeasibilityStep step);
// "Diagnose the labour market", ...: for people.
std::string_view stepTitle(FeasibilityStep step);
std::optional<FeasibilityStep> stepFromName(std::string_view name);

enum class ToleranceKind { Absolute, Relative };

struct Question {
    std::string id;           // "q1": letters, digits, '_' and '-', at most 32
    std::string text;         // what the trainee is asked
    std::string measure;      // what the model computes (see parseMeasure)
    std::string changes;      // "KEY=VALUE; KEY=VALUE" applied after the exercise's own; may be empty
    std::string unit;         // fraction, year, years, months, persons, money, number
    double tolerance = 0;     // an answer within it of the computed value is correct
    ToleranceKind toleranceKind = ToleranceKind::Absolute;
    std::string reference;    // the author's own answer (a number or "none"); may be empty
    bool operator==(const Question&) const = default;
};

struct Exercise {
    std::string title;
    FeasibilityStep step = FeasibilityStep::Diagnosis;
    std::string scenario;      // "builtin:NAME", or a .tideover file beside the exercise file
    std::string changes;       // "KEY=VALUE; ..." applied to the scenario first; may be empty
    std::string instructions;
    std::vector<Question> questions;
    std::vector<std::string> hints;  // in the order they are given
    std::string debrief;
    bool operator==(const Exercise&) const = default;
};

// What a question asks the model for. Written as NAME, NAME@YEAR or NAME(ARG=VALUE, ...):
//   depletion_year, minimum_reserve_ratio, minimum_reserve_ratio_year   model-spec summary
//   break_even_rate, rate_keeping_target_every_year, max_replacement_rate   solvers.h
//   rate_keeping_target_through@YEAR   the lowest flat rate keeping the reserve ratio at or
//                                     above projection.target_reserve_ratio to the end of YEAR
//   COLUMN@YEAR                       any annual output column in YEAR (reserve_ratio@2045,
//                                     effective_coverage@2030, cost_rate@2027, ...)
//   group.NAME.COLUMN@YEAR            a group's annual column or group column (model-spec v4:
//                                     group.own_account.cost_rate@2035,
//                                     group.main.cross_subsidy@2040)
//   package.COLUMN@YEAR               a column of the package results (model-spec v5:
//                                     package.employers_cost@2035, package.any_coverage@2030)
//   stress_minimum_reserve_ratio(start=YEAR, rise=R[, months=M][, recovery=K])
//   stress_months_covered(...), stress_depletion_year(...)   stresstest.h; months 12 and
//                                     recovery 24 by default
struct Measure {
    enum class Kind {
        DepletionYear,
        MinimumReserveRatio,
        MinimumReserveRatioYear,
        BreakEvenRate,
        RateKeepingTargetEveryYear,
        RateKeepingTargetThrough,
        MaxReplacementRate,
        AnnualColumn,
        StressMinimumReserveRatio,
        StressMonthsCovered,
        StressDepletionYear,
        PackageColumn,
    };
    Kind kind = Kind::BreakEvenRate;
    std::optional<int> year;  // @YEAR
    Column column = Column::reserve_ratio;
    // AnnualColumn of a group (model-spec v4): its name ("main" or a further group's) and, for
    // the group columns, which; empty group: the total.
    std::string group;
    std::optional<GroupColumn> groupColumn;
    core::PackageColumn packageColumn = core::PackageColumn::package_cost;  // PackageColumn
    RecessionShock shock;     // stress measures
};

struct MeasureParse {
    std::optional<Measure> measure;
    std::string error;  // when measure is empty: what is wrong
};
MeasureParse parseMeasure(std::string_view text);
// Every measure name, for messages and help: "depletion_year, ..., COLUMN@YEAR".
std::string measureNames();

// Applies "KEY=VALUE; KEY=VALUE" (white space around each ignored, empty pieces skipped).
// Throws std::invalid_argument naming the assignment and what is wrong.
void applyChanges(Scenario& scenario, std::string_view changes);

// The measure for the scenario; empty when the model says "none" (never depleted, no rate in
// the solver's range, an undefined ratio). Throws InvalidScenario when the scenario does not
// validate, std::invalid_argument when a year or shock lies outside the projection.
std::optional<double> computeMeasure(const Scenario& scenario, const Measure& measure);

// The scenario an exercise starts from: its `scenario` (builtin:NAME, or a file name resolved
// against `folder`, the exercise file's folder) with its `changes`. Throws ScenarioFileError
// for a missing or unreadable scenario and std::invalid_argument for a bad change.
// A built-in scenario is read in `language` (its texts only; the figures are the same).
Scenario exerciseScenario(const Exercise& exercise, const std::filesystem::path& folder = {},
                          std::string_view language = {});

// The model's answer to one question: the exercise's scenario with the question's changes,
// then the measure. Throws as computeMeasure and applyChanges.
std::optional<double> expectedAnswer(const Scenario& start, const Question& question);

// An answer as typed: a number ("0.012", "1.2%" for a fraction, "2031") or "none"/"never".
struct Answer {
    bool none = false;
    double value = 0;
};
struct AnswerParse {
    std::optional<Answer> answer;
    std::string error;
};
AnswerParse parseAnswer(std::string_view text, std::string_view unit);

// Whether `answer` is within the question's tolerance of `expected` (both none counts).
bool isCorrect(const Question& question, const std::optional<double>& expected, const Answer& answer);

// The value as the exercise's unit shows it: "1.234 %" for a fraction, "2031", "none".
std::string formatAnswer(const std::optional<double>& value, std::string_view unit);

}  // namespace tideover::core
