// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/training/exercise.h"

#include "core/model/groups.h"

#include "core/model/parameters.h"
#include "core/model/text.h"
#include "core/engine/projection.h"
#include "core/io/scenariofile.h"
#include "core/analysis/solvers.h"
#include "core/model/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace tideover::core {

namespace {

constexpr FeasibilityStep kSteps[kFeasibilityStepCount] = {
    FeasibilityStep::Diagnosis, FeasibilityStep::Design,    FeasibilityStep::Costing,
    FeasibilityStep::Stress,    FeasibilityStep::Financing, FeasibilityStep::Coverage,
};

struct MeasureName {
    std::string_view name;
    Measure::Kind kind;
    bool takesYear;   // NAME@YEAR
    bool takesShock;  // NAME(start=..., rise=...)
};

constexpr MeasureName kMeasures[] = {
    {"depletion_year", Measure::Kind::DepletionYear, false, false},
    {"minimum_reserve_ratio", Measure::Kind::MinimumReserveRatio, false, false},
    {"minimum_reserve_ratio_year", Measure::Kind::MinimumReserveRatioYear, false, false},
    {"break_even_rate", Measure::Kind::BreakEvenRate, false, false},
    {"rate_keeping_target_every_year", Measure::Kind::RateKeepingTargetEveryYear, false, false},
    {"rate_keeping_target_through", Measure::Kind::RateKeepingTargetThrough, true, false},
    {"max_replacement_rate", Measure::Kind::MaxReplacementRate, false, false},
    {"stress_minimum_reserve_ratio", Measure::Kind::StressMinimumReserveRatio, false, true},
    {"stress_months_covered", Measure::Kind::StressMonthsCovered, false, true},
    {"stress_depletion_year", Measure::Kind::StressDepletionYear, false, true},
};

std::string shown(std::string_view s, std::size_t limit = 60)
{
    return "'" + std::string(s.substr(0, limit)) + (s.size() > limit ? "...'" : "'");
}

bool parseDouble(std::string_view s, double& out)
{
    s = trim(s);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(out);
}

bool parseYear(std::string_view s, int& out)
{
    s = trim(s);
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && ec == std::errc() && ptr == s.data() + s.size() && out >= 1900 && out <= 2200;
}

std::optional<double> fromOptionalInt(const std::optional<int>& x)
{
    return x ? std::optional<double>(*x) : std::nullopt;
}

std::optional<double> finiteOrNone(double x) { return std::isfinite(x) ? std::optional<double>(x) : std::nullopt; }

}  // namespace

std::string_view stepName(FeasibilityStep step)
{
    switch (step) {
    case FeasibilityStep::Diagnosis: return "diagnosis";
    case FeasibilityStep::Design: return "design";
    case FeasibilityStep::Costing: return "costing";
    case FeasibilityStep::Stress: return "stress";
    case FeasibilityStep::Financing: return "financing";
    case FeasibilityStep::Coverage: return "coverage";
    }
    return "";
}

std::string_view stepTitle(FeasibilityStep step)
{
    switch (step) {
    case FeasibilityStep::Diagnosis:
        return TIDEOVER_TEXT("tideover::core::parameters", "1. Diagnose the labour market");
    case FeasibilityStep::Design:
        return TIDEOVER_TEXT("tideover::core::parameters", "2. Choose the parameters");
    case FeasibilityStep::Costing:
        return TIDEOVER_TEXT("tideover::core::parameters", "3. Cost them");
    case FeasibilityStep::Stress:
        return TIDEOVER_TEXT("tideover::core::parameters", "4. Stress them");
    case FeasibilityStep::Financing:
        return TIDEOVER_TEXT("tideover::core::parameters", "5. Finance them");
    case FeasibilityStep::Coverage:
        return TIDEOVER_TEXT("tideover::core::parameters", "6. Extend coverage");
    }
    return "";
}

std::optional<FeasibilityStep> stepFromName(std::string_view name)
{
    for (const auto step : kSteps)
        if (stepName(step) == name)
            return step;
    return std::nullopt;
}

std::string measureNames()
{
    std::string out;
    for (const auto& m : kMeasures)
        out += std::string(out.empty() ? "" : ", ") + std::string(m.name) + (m.takesYear ? "@YEAR" : "") +
               (m.takesShock ? "(start=YEAR, rise=R, months=M, recovery=K)" : "");
    return out + ", COLUMN@YEAR (an annual output column), group.NAME.COLUMN@YEAR, package.COLUMN@YEAR";
}

MeasureParse parseMeasure(std::string_view text)
{
    MeasureParse r;
    text = trim(text);
    if (text.empty()) {
        r.error = "no measure is given";
        return r;
    }
    if (text.size() > 200) {
        r.error = "the measure is longer than 200 characters";
        return r;
    }
    std::string_view args;
    bool hasArgs = false;
    if (const auto paren = text.find('('); paren != std::string_view::npos) {
        if (text.back() != ')') {
            r.error = "the measure " + shown(text) + " opens '(' but does not end with ')'";
            return r;
        }
        args = text.substr(paren + 1, text.size() - paren - 2);
        text = trim(text.substr(0, paren));
        hasArgs = true;
    }
    std::optional<int> year;
    if (const auto at = text.find('@'); at != std::string_view::npos) {
        int y = 0;
        if (!parseYear(text.substr(at + 1), y)) {
            r.error = "the year in " + shown(text) + " is not a calendar year (1900..2200)";
            return r;
        }
        year = y;
        text = text.substr(0, at);
    }
    Measure m;
    m.year = year;
    // group.NAME.COLUMN@YEAR (model-spec v4).
    if (text.starts_with(kGroupPrefix)) {
        const std::string_view rest = text.substr(kGroupPrefix.size());
        const auto dot = rest.find('.');
        const std::string_view name = rest.substr(0, dot), column = dot == std::string_view::npos ? "" : rest.substr(dot + 1);
        if (dot == std::string_view::npos || (name != kMainGroupName && !isValidGroupName(name))) {
            r.error = "the measure " + shown(text) + " is not group.NAME.COLUMN@YEAR";
            return r;
        }
        const auto& names = columnNames();
        const auto& extra = groupColumnNames();
        if (const auto c = std::find(names.begin(), names.end(), column); c != names.end() && column != "year")
            m.column = static_cast<Column>(c - names.begin());
        else if (const auto g = std::find(extra.begin(), extra.end(), column); g != extra.end())
            m.groupColumn = static_cast<GroupColumn>(g - extra.begin());
        else {
            r.error = "unknown group column " + shown(column) + " in " + shown(text);
            return r;
        }
        if (!year || hasArgs) {
            r.error = "the measure " + shown(text) + " needs a year and no arguments: group.NAME.COLUMN@YEAR";
            return r;
        }
        m.kind = Measure::Kind::AnnualColumn;
        m.group = std::string(name);
        r.measure = m;
        return r;
    }
    // package.COLUMN@YEAR (model-spec v5).
    if (text.starts_with("package.")) {
        const std::string_view column = text.substr(8);
        const auto& names = packageColumnNames();
        const auto c = std::find(names.begin(), names.end(), column);
        if (c == names.end() || column == "year") {
            r.error = "unknown package column " + shown(column) + " in " + shown(text);
            return r;
        }
        if (!year || hasArgs) {
            r.error = "the measure " + shown(text) + " needs a year and no arguments: package.COLUMN@YEAR";
            return r;
        }
        m.kind = Measure::Kind::PackageColumn;
        m.packageColumn = static_cast<PackageColumn>(c - names.begin());
        r.measure = m;
        return r;
    }
    const auto known = std::find_if(std::begin(kMeasures), std::end(kMeasures),
                                    [&](const MeasureName& n) { return n.name == text; });
    bool takesYear = false, takesShock = false;
    if (known != std::end(kMeasures)) {
        m.kind = known->kind;
        takesYear = known->takesYear;
        takesShock = known->takesShock;
    } else {
        const auto& names = columnNames();
        const auto column = std::find(names.begin(), names.end(), text);
        if (column == names.end() || text == "year") {
            r.error = "unknown measure " + shown(text) + "; known: " + measureNames();
            return r;
        }
        m.kind = Measure::Kind::AnnualColumn;
        m.column = static_cast<Column>(column - names.begin());
        takesYear = true;
    }
    if (takesYear && !year) {
        r.error = "the measure " + shown(text) + " needs a year: " + std::string(text) + "@YEAR";
        return r;
    }
    if (!takesYear && year) {
        r.error = "the measure " + shown(text) + " takes no year";
        return r;
    }
    if (takesShock != hasArgs) {
        r.error = takesShock ? "the measure " + shown(text) + " needs a recession: " + std::string(text) +
                                   "(start=YEAR, rise=R, months=M, recovery=K)"
                             : "the measure " + shown(text) + " takes no arguments";
        return r;
    }
    if (takesShock) {
        m.shock.name = "exercise";
        bool haveStart = false, haveRise = false;
        std::size_t from = 0;
        while (from <= args.size()) {
            const auto comma = args.find(',', from);
            const std::string_view piece = trim(args.substr(from, comma == std::string_view::npos ? args.npos : comma - from));
            from = comma == std::string_view::npos ? args.size() + 1 : comma + 1;
            if (piece.empty())
                continue;
            const auto eq = piece.find('=');
            const std::string_view key = trim(piece.substr(0, eq));
            double value = 0;
            if (eq == std::string_view::npos || !parseDouble(piece.substr(eq + 1), value)) {
                r.error = "the recession argument " + shown(piece) + " is not NAME=NUMBER";
                return r;
            }
            const bool whole = value == std::floor(value) && std::abs(value) < 1e6;
            if (key == "start" && whole) {
                m.shock.startYear = static_cast<int>(value);
                haveStart = true;
            } else if (key == "rise") {
                m.shock.rise = value;
                haveRise = true;
            } else if (key == "months" && whole) {
                m.shock.monthsToPeak = static_cast<int>(value);
            } else if (key == "recovery" && whole) {
                m.shock.monthsToRecover = static_cast<int>(value);
            } else {
                r.error = "the recession argument " + shown(piece) +
                          " is not one of start=YEAR, rise=R, months=M, recovery=K (whole numbers but rise)";
                return r;
            }
        }
        if (!haveStart || !haveRise) {
            r.error = "the recession in " + shown(text) + " needs start=YEAR and rise=R";
            return r;
        }
    }
    r.measure = m;
    return r;
}

void applyChanges(Scenario& scenario, std::string_view changes)
{
    std::size_t from = 0;
    while (from <= changes.size()) {
        const auto semicolon = changes.find(';', from);
        const std::string_view piece =
            trim(changes.substr(from, semicolon == std::string_view::npos ? changes.npos : semicolon - from));
        from = semicolon == std::string_view::npos ? changes.size() + 1 : semicolon + 1;
        if (piece.empty())
            continue;
        const auto eq = piece.find('=');
        if (eq == std::string_view::npos || eq == 0)
            throw std::invalid_argument("the change " + shown(piece) + " is not KEY=VALUE");
        const std::string key(trim(piece.substr(0, eq)));
        if (isGroupKey(key)) {  // model-spec v4
            if (const std::string error = setGroupFromText(scenario, key, trim(piece.substr(eq + 1))); !error.empty())
                throw std::invalid_argument("the change " + shown(piece) + ": " + error);
            continue;
        }
        const ParameterInfo* p = findParameter(key);
        if (!p)
            throw std::invalid_argument("the change " + shown(piece) + " names an unknown parameter '" +
                                        std::string(key.substr(0, 60)) + "'");
        const ParseResult parsed = parseValue(*p, piece.substr(eq + 1));
        if (!parsed.value)
            throw std::invalid_argument("the change " + shown(piece) + ": " + key + ": " + parsed.error);
        p->set(scenario, *parsed.value);
    }
}

std::optional<double> computeMeasure(const Scenario& scenario, const Measure& measure)
{
    const int first = static_cast<int>(scenario.projection.start_year);
    const int last = first + static_cast<int>(scenario.projection.years) - 1;
    if (measure.year && (*measure.year < first || *measure.year > last))
        throw std::invalid_argument("the year " + std::to_string(*measure.year) + " lies outside the projection (" +
                                    std::to_string(first) + "-" + std::to_string(last) + ")");
    switch (measure.kind) {
    case Measure::Kind::DepletionYear: return fromOptionalInt(project(scenario).summary.depletionYear);
    case Measure::Kind::MinimumReserveRatio: return project(scenario).summary.minimumReserveRatio;
    case Measure::Kind::MinimumReserveRatioYear: return fromOptionalInt(project(scenario).summary.minimumReserveRatioYear);
    case Measure::Kind::BreakEvenRate: return breakEvenRate(scenario);
    case Measure::Kind::RateKeepingTargetEveryYear: return rateKeepingTargetEveryYear(scenario);
    case Measure::Kind::RateKeepingTargetThrough: {
        // The model is causal (a year's figures depend only on the years before it), so ending
        // the projection in YEAR and asking for every year is asking "through YEAR".
        Scenario through = scenario;
        through.projection.years = *measure.year - first + 1;
        return rateKeepingTargetEveryYear(through);
    }
    case Measure::Kind::MaxReplacementRate: return maximumReplacementRate(scenario);
    case Measure::Kind::AnnualColumn: {
        const ProjectionResult r = project(scenario);
        if (measure.group.empty())
            return finiteOrNone(r.at(*measure.year - first, measure.column));
        const auto g = std::find_if(r.groups.begin(), r.groups.end(), [&](const GroupTable& t) { return t.name == measure.group; });
        if (g == r.groups.end())
            throw std::invalid_argument("the scenario has no group '" + measure.group + "'");
        return finiteOrNone(measure.groupColumn ? g->at(*measure.year - first, *measure.groupColumn)
                                                : g->at(*measure.year - first, measure.column));
    }
    case Measure::Kind::PackageColumn:
        return finiteOrNone(projectPackage(scenario).at(*measure.year - first, measure.packageColumn));
    case Measure::Kind::StressMinimumReserveRatio:
    case Measure::Kind::StressMonthsCovered:
    case Measure::Kind::StressDepletionYear: {
        if (measure.shock.startYear < first || measure.shock.startYear > last)
            throw std::invalid_argument("the recession starts in " + std::to_string(measure.shock.startYear) +
                                        ", outside the projection (" + std::to_string(first) + "-" +
                                        std::to_string(last) + ")");
        const StressResult r = StressTest(scenario).run(measure.shock);
        if (measure.kind == Measure::Kind::StressMinimumReserveRatio)
            return r.stressed.minimumReserveRatio;
        if (measure.kind == Measure::Kind::StressMonthsCovered)
            return finiteOrNone(r.stressed.monthsOfBenefitsCovered);
        return fromOptionalInt(r.stressed.depletionYear);
    }
    }
    return std::nullopt;
}

Scenario exerciseScenario(const Exercise& exercise, const std::filesystem::path& folder, std::string_view language)
{
    const std::string_view spec = exercise.scenario;
    Scenario s;
    if (spec.substr(0, kBuiltinPrefix.size()) == kBuiltinPrefix || folder.empty())
        s = loadScenario(spec, language);
    else
        s = loadScenarioFile(folder / std::filesystem::path(std::string(spec)));
    applyChanges(s, exercise.changes);
    return s;
}

std::optional<double> expectedAnswer(const Scenario& start, const Question& question)
{
    const MeasureParse parsed = parseMeasure(question.measure);
    if (!parsed.measure)
        throw std::invalid_argument("question " + question.id + ": " + parsed.error);
    Scenario s = start;
    applyChanges(s, question.changes);
    return computeMeasure(s, *parsed.measure);
}

AnswerParse parseAnswer(std::string_view text, std::string_view unit)
{
    AnswerParse r;
    text = trim(text);
    if (text == "none" || text == "never") {
        r.answer = Answer{true, 0};
        return r;
    }
    bool percent = false;
    if (!text.empty() && text.back() == '%') {
        if (unit != "fraction") {
            r.error = shown(text) + ": a percentage is an answer only where the unit is a fraction";
            return r;
        }
        percent = true;
        text = trim(text.substr(0, text.size() - 1));
    }
    double x = 0;
    if (!parseDouble(text, x)) {
        r.error = shown(text) + " is not a number (or none)";
        return r;
    }
    r.answer = Answer{false, percent ? x / 100.0 : x};
    return r;
}

bool isCorrect(const Question& question, const std::optional<double>& expected, const Answer& answer)
{
    if (!expected || answer.none)
        return !expected && answer.none;
    const double allowed = question.toleranceKind == ToleranceKind::Relative ? question.tolerance * std::abs(*expected)
                                                                             : question.tolerance;
    // A hair of slack so that an answer typed exactly at the edge counts.
    return std::abs(answer.value - *expected) <= allowed * (1 + 1e-12) + 1e-15 * std::abs(*expected);
}

std::string formatAnswer(const std::optional<double>& value, std::string_view unit)
{
    if (!value)
        return "none";
    char buf[64];
    if (unit == "fraction")
        std::snprintf(buf, sizeof buf, "%.4g (%.4g %%)", *value, *value * 100);
    else if (unit == "year" || unit == "persons" || unit == "money")
        std::snprintf(buf, sizeof buf, "%.0f", *value);
    else
        std::snprintf(buf, sizeof buf, "%.4g", *value);
    return buf;
}

}  // namespace tideover::core
