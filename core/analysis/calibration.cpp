// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/analysis/calibration.h"

#include "core/engine/projection.h"
#include "core/model/datedchanges.h"
#include "core/model/parameters.h"
#include "core/model/text.h"
#include "core/model/validation.h"

#include <Eigen/Dense>
#include <unsupported/Eigen/NonLinearOptimization>
#include <unsupported/Eigen/NumericalDiff>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace tideover::core {

namespace {

constexpr std::string_view kAtBound = TIDEOVER_TEXT(
    "tideover::core::calibration",
    "%1 ended at its bound %2: the history asks for a value outside the parameter's range, or the "
    "fitted figures cannot pin it down");
constexpr std::string_view kNoEffect = TIDEOVER_TEXT(
    "tideover::core::calibration", "%1 does not change the fitted figures (%2); it cannot be fitted from them");
constexpr std::string_view kNotIdentified = TIDEOVER_TEXT(
    "tideover::core::calibration",
    "%1 cannot be told apart: they change the fitted figures in the same proportions; fit only one of them, "
    "or add figures that separate them");
constexpr std::string_view kNotConverged = TIDEOVER_TEXT(
    "tideover::core::calibration",
    "the fit stopped after %1 projections without converging; the values are the best found");
constexpr std::string_view kNoFreedom = TIDEOVER_TEXT(
    "tideover::core::calibration",
    "%1 figures for %2 fitted values leave no degree of freedom: the fit passes through every figure and "
    "gives no standard errors");

// Residual used where a trial value makes the scenario invalid or a figure undefined: far worse
// than any real fit, so the solver steps back.
constexpr double kPenalty = 10.0;

struct Bounds {
    double lo = 0;
    double hi = 0;
    double width() const { return hi - lo; }
};

Bounds boundsOf(const ParameterInfo& info)
{
    Bounds b{info.range.min, info.range.max};
    if (info.range.minOpen)
        b.lo += 1e-9;
    if (info.range.maxOpen)
        b.hi -= 1e-9;
    return b;
}

// The layout of the solver's vector: one entry per constant, one per year for a yearly fit.
struct Slot {
    std::size_t parameter = 0;
    std::optional<int> year;
};

class FitProblem {
public:
    FitProblem(const Scenario& scenario, const CalibrationRequest& request, int from, int to)
        : m_scenario(scenario), m_request(request), m_from(from), m_to(to)
    {
        for (std::size_t p = 0; p < request.parameters.size(); ++p) {
            const ParameterInfo* info = findParameter(request.parameters[p].key);
            m_bounds.push_back(boundsOf(*info));
            if (request.parameters[p].shape == FitShape::Constant)
                m_slots.push_back({p, std::nullopt});
            else
                for (int y = from; y <= to; ++y)
                    m_slots.push_back({p, y});
        }
    }

    const std::vector<Slot>& slots() const { return m_slots; }
    const Bounds& bounds(const Slot& s) const { return m_bounds[s.parameter]; }

    Scenario apply(const Eigen::VectorXd& x) const
    {
        Scenario s = m_scenario;
        std::size_t i = 0;
        for (std::size_t p = 0; p < m_request.parameters.size(); ++p) {
            std::vector<double> values;
            while (i < m_slots.size() && m_slots[i].parameter == p)
                values.push_back(x[static_cast<Eigen::Index>(i++)]);
            s = withFittedValues(s, m_request.parameters[p], m_from, m_to, values);
        }
        return s;
    }

    // The back-test projection of the scenario with values x; nullopt when it is invalid.
    std::optional<ProjectionResult> project(const Eigen::VectorXd& x) const
    {
        ++m_evaluations;
        try {
            const Scenario b = backtestScenario(apply(x), m_from);
            if (hasErrors(validate(b)))
                return std::nullopt;
            return Projection(b).run();
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }

    // The figures fitted: (column, year, actual, weight), fixed before the fit.
    struct Figure {
        HistoryColumn column;
        int year;
        double actual;
        double weight;
    };
    void chooseFigures(const History& history)
    {
        for (const FitTarget& t : m_request.targets)
            for (int y = m_from; y <= m_to; ++y)
                if (const auto a = history.value(y, t.column); a && *a != 0)
                    m_figures.push_back({t.column, y, *a, t.weight});
    }
    const std::vector<Figure>& figures() const { return m_figures; }

    Eigen::VectorXd residuals(const std::optional<ProjectionResult>& r) const
    {
        Eigen::VectorXd out(static_cast<Eigen::Index>(m_figures.size()));
        for (std::size_t i = 0; i < m_figures.size(); ++i) {
            const Figure& f = m_figures[i];
            double value = kPenalty;
            if (r) {
                const double p = projectedHistoryValue(*r, f.year - r->startYear, f.column);
                if (std::isfinite(p))
                    value = std::sqrt(f.weight) * (p - f.actual) / std::abs(f.actual);
            }
            out[static_cast<Eigen::Index>(i)] = value;
        }
        return out;
    }

    int evaluations() const { return m_evaluations; }

private:
    const Scenario& m_scenario;
    const CalibrationRequest& m_request;
    int m_from;
    int m_to;
    std::vector<Bounds> m_bounds;
    std::vector<Slot> m_slots;
    std::vector<Figure> m_figures;
    mutable int m_evaluations = 0;
};

// The solver's functor on theta, x = lo + (hi - lo) (1 + sin theta) / 2 (model-spec v3).
struct Functor {
    using Scalar = double;
    enum { InputsAtCompileTime = Eigen::Dynamic, ValuesAtCompileTime = Eigen::Dynamic };
    using InputType = Eigen::VectorXd;
    using ValueType = Eigen::VectorXd;
    using JacobianType = Eigen::MatrixXd;

    const FitProblem* problem = nullptr;

    int inputs() const { return static_cast<int>(problem->slots().size()); }
    int values() const { return static_cast<int>(problem->figures().size()); }

    Eigen::VectorXd toX(const Eigen::VectorXd& theta) const
    {
        Eigen::VectorXd x(theta.size());
        for (Eigen::Index i = 0; i < theta.size(); ++i) {
            const Bounds& b = problem->bounds(problem->slots()[static_cast<std::size_t>(i)]);
            x[i] = b.lo + b.width() * (1 + std::sin(theta[i])) / 2;
        }
        return x;
    }
    int operator()(const Eigen::VectorXd& theta, Eigen::VectorXd& fvec) const
    {
        fvec = problem->residuals(problem->project(toX(theta)));
        return 0;
    }
};

std::string slotName(const CalibrationRequest& request, const Slot& s)
{
    const std::string& key = request.parameters[s.parameter].key;
    return s.year ? datedKey(key, *s.year) : key;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace

const std::vector<std::string_view>& fittableKeys()
{
    static const std::vector<std::string_view> keys{
        "eligibility.take_up",         "eligibility.contribution_condition_share",
        "eligibility.involuntary_share", "labour.claimant_exit_factor",
        "benefits.claimant_wage_ratio", "expenditure.admin_share",
    };
    return keys;
}

std::string parseFitParameter(std::string_view text, FitParameter& out)
{
    text = trim(text);
    const std::size_t colon = text.find(':');
    const std::string_view key = trim(text.substr(0, colon));
    FitParameter p{std::string(key), FitShape::Constant};
    if (colon != std::string_view::npos) {
        const std::string_view shape = trim(text.substr(colon + 1));
        if (shape == "yearly")
            p.shape = FitShape::Yearly;
        else if (shape != "constant")
            return "'" + std::string(shape.substr(0, 40)) + "' after " + std::string(key.substr(0, 60)) +
                   ": is not a shape; write KEY (one value) or KEY:yearly (one value per year)";
    }
    const auto& keys = fittableKeys();
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        std::string list;
        for (auto k : keys)
            list += (list.empty() ? "" : ", ") + std::string(k);
        return "'" + std::string(key.substr(0, 60)) + "' cannot be fitted; the keys calibration fits are " + list;
    }
    out = p;
    return {};
}

std::string parseFitTarget(std::string_view text, FitTarget& out)
{
    text = trim(text);
    const std::size_t colon = text.find(':');
    const std::string_view name = trim(text.substr(0, colon));
    FitTarget t;
    const auto column = findHistoryColumn(name);
    if (!column) {
        std::string list;
        for (const auto& info : historyColumns())
            list += (list.empty() ? "" : ", ") + std::string(info.name);
        return "'" + std::string(name.substr(0, 60)) + "' is not a history column; the columns are " + list;
    }
    t.column = *column;
    if (colon != std::string_view::npos) {
        std::string error;
        if (!parseNumber(text.substr(colon + 1), t.weight, error))
            return "the weight of " + std::string(name) + ": " + error;
        if (!(t.weight > 0) || t.weight > 1e6)
            return "the weight of " + std::string(name) + " is " + formatNumber(t.weight) +
                   "; a weight lies in (0, 1e6]";
    }
    out = t;
    return {};
}

std::string CalibrationWarning::message() const { return fillPlaceholders(text, args); }

const std::vector<std::string_view>& calibrationTexts()
{
    static const std::vector<std::string_view> texts{kAtBound, kNoEffect, kNotIdentified, kNotConverged, kNoFreedom};
    return texts;
}

Scenario withFittedValues(const Scenario& scenario, const FitParameter& parameter, int fromYear, int toYear,
                          const std::vector<double>& values)
{
    Scenario s = scenario;
    const ParameterInfo* info = findParameter(parameter.key);
    if (!info || values.empty())
        return s;
    std::vector<int> remove;
    if (const auto changes = s.dated.find(parameter.key); changes != s.dated.end())
        for (const auto& [year, value] : changes->second)
            if (year <= toYear && (parameter.shape == FitShape::Constant || year >= fromYear))
                remove.push_back(year);
    for (int year : remove)
        removeDatedChange(s, parameter.key, year);
    if (parameter.shape == FitShape::Constant) {
        info->set(s, Series(values.front()));
        return s;
    }
    for (int y = fromYear; y <= toYear; ++y)
        setDatedChange(s, parameter.key, y, Series(values[std::min<std::size_t>(values.size() - 1, y - fromYear)]));
    return s;
}

CalibrationResult calibrate(const Scenario& scenario, const CalibrationRequest& request)
{
    if (request.parameters.empty())
        throw CalibrationError("nothing to fit: name at least one parameter (" +
                               std::string(fittableKeys().front()) + ", ...)");
    if (request.targets.empty())
        throw CalibrationError("nothing to fit to: name at least one history column (benefits, ...)");
    std::set<std::string> keys;
    for (const FitParameter& p : request.parameters) {
        FitParameter checked;
        if (const std::string error = parseFitParameter(p.key, checked); !error.empty())
            throw CalibrationError(error);
        if (!keys.insert(p.key).second)
            throw CalibrationError(p.key + " is named twice");
    }
    std::set<HistoryColumn> columns;
    for (const FitTarget& t : request.targets) {
        if (!(t.weight > 0) || !std::isfinite(t.weight))
            throw CalibrationError("the weight of " + std::string(historyColumn(t.column).name) + " must be above 0");
        if (!columns.insert(t.column).second)
            throw CalibrationError(std::string(historyColumn(t.column).name) + " is named twice");
    }

    CalibrationResult result;
    result.before = runBacktest(scenario, request.from);
    const int from = result.before.startYear();
    const int to = result.before.endYear();
    for (const FitTarget& t : request.targets) {
        bool recorded = false;
        for (int y = from; y <= to; ++y)
            recorded = recorded || scenario.history.value(y, t.column).value_or(0) != 0;
        if (!recorded)
            throw CalibrationError("the history records no " + std::string(historyColumn(t.column).name) +
                                   " (other than 0) in " + std::to_string(from) + ".." + std::to_string(to) +
                                   ", the back-test's years; fit to columns it records");
    }

    FitProblem problem(scenario, request, from, to);
    problem.chooseFigures(scenario.history);
    const auto& slots = problem.slots();
    const auto n = static_cast<Eigen::Index>(problem.figures().size());
    const auto k = static_cast<Eigen::Index>(slots.size());
    if (n < k)
        throw CalibrationError("the history gives " + std::to_string(n) + " figures for " + std::to_string(k) +
                               " values to fit; a fit needs at least as many figures as values (fit constants "
                               "rather than yearly values, or add columns)");

    // Start from the scenario's own values, just inside the bounds.
    Eigen::VectorXd x0(k), theta(k);
    {
        std::vector<std::vector<double>> byYear;
        for (const FitParameter& p : request.parameters)
            byYear.push_back(seriesByYear(result.before.scenario, *findParameter(p.key), to - from + 1));
        for (Eigen::Index i = 0; i < k; ++i) {
            const Slot& s = slots[static_cast<std::size_t>(i)];
            const Bounds& b = problem.bounds(s);
            const double v = byYear[s.parameter][static_cast<std::size_t>(s.year ? *s.year - from : 0)];
            x0[i] = std::clamp(v, b.lo + 1e-6 * b.width(), b.hi - 1e-6 * b.width());
            theta[i] = std::asin(std::clamp(2 * (x0[i] - b.lo) / b.width() - 1, -1.0, 1.0));
        }
    }
    const Eigen::VectorXd before = problem.residuals(result.before.projection);
    result.sumOfSquaresBefore = before.squaredNorm();

    Functor functor;
    functor.problem = &problem;
    Eigen::NumericalDiff<Functor> numeric(functor);
    Eigen::LevenbergMarquardt<Eigen::NumericalDiff<Functor>, double> lm(numeric);
    lm.parameters.xtol = 1e-12;
    lm.parameters.ftol = 1e-14;
    lm.parameters.maxfev = static_cast<Eigen::Index>(400 * (k + 1));
    const auto status = lm.minimize(theta);
    using S = Eigen::LevenbergMarquardtSpace::Status;
    result.converged = status != S::TooManyFunctionEvaluation && status != S::ImproperInputParameters &&
                       status != S::UserAsked;

    const Eigen::VectorXd x = functor.toX(theta);
    const std::optional<ProjectionResult> fitted = problem.project(x);
    const Eigen::VectorXd after = problem.residuals(fitted);
    result.sumOfSquaresAfter = after.squaredNorm();
    // A fit never ends worse than where it started.
    const bool keep = result.sumOfSquaresAfter <= result.sumOfSquaresBefore;
    const Eigen::VectorXd xs = keep ? x : x0;

    // Jacobian in the parameters themselves, by central differences (one-sided at a bound).
    Eigen::MatrixXd J(n, k);
    std::vector<bool> atBound(static_cast<std::size_t>(k), false);
    for (Eigen::Index j = 0; j < k; ++j) {
        const Bounds& b = problem.bounds(slots[static_cast<std::size_t>(j)]);
        atBound[static_cast<std::size_t>(j)] = xs[j] - b.lo <= 1e-6 * b.width() || b.hi - xs[j] <= 1e-6 * b.width();
        const double h = 1e-6 * b.width();
        Eigen::VectorXd up = xs, down = xs;
        up[j] = std::min(b.hi, xs[j] + h);
        down[j] = std::max(b.lo, xs[j] - h);
        J.col(j) = (problem.residuals(problem.project(up)) - problem.residuals(problem.project(down))) / (up[j] - down[j]);
    }

    // Identification (model-spec v3): a column of J that is zero, or a null direction of J
    // scaled by the ranges.
    std::vector<bool> unidentified(static_cast<std::size_t>(k), false);
    const double largest = J.colwise().norm().maxCoeff();
    std::vector<std::string> targetNames;
    for (const FitTarget& t : request.targets)
        targetNames.emplace_back(historyColumn(t.column).name);
    for (Eigen::Index j = 0; j < k; ++j)
        if (J.col(j).norm() <= 1e-12 * std::max(largest, 1e-300)) {
            unidentified[static_cast<std::size_t>(j)] = true;
            result.warnings.push_back({std::string(kNoEffect),
                                       {slotName(request, slots[static_cast<std::size_t>(j)]), joined(targetNames)}});
        }
    {
        Eigen::MatrixXd scaled = J;
        for (Eigen::Index j = 0; j < k; ++j)
            scaled.col(j) *= problem.bounds(slots[static_cast<std::size_t>(j)]).width();
        const Eigen::JacobiSVD<Eigen::MatrixXd> svd(scaled, Eigen::ComputeFullV);
        const Eigen::VectorXd& sigma = svd.singularValues();
        for (Eigen::Index i = sigma.size() - 1; i >= 1 && sigma[0] > 0; --i) {
            if (sigma[i] >= 1e-6 * sigma[0])
                break;
            std::vector<std::string> names;
            for (Eigen::Index j = 0; j < k; ++j)
                if (std::abs(svd.matrixV()(j, i)) > 0.3 && !unidentified[static_cast<std::size_t>(j)]) {
                    names.push_back(slotName(request, slots[static_cast<std::size_t>(j)]));
                    unidentified[static_cast<std::size_t>(j)] = true;
                }
            if (names.size() >= 2)
                result.warnings.push_back({std::string(kNotIdentified), {joined(names)}});
            else if (names.size() == 1)
                result.warnings.push_back({std::string(kNoEffect), {names.front(), joined(targetNames)}});
        }
    }

    // Standard errors over the free, identified values: s^2 (J'J)^-1.
    std::vector<Eigen::Index> free;
    for (Eigen::Index j = 0; j < k; ++j)
        if (!atBound[static_cast<std::size_t>(j)] && !unidentified[static_cast<std::size_t>(j)])
            free.push_back(j);
    std::vector<std::optional<double>> se(static_cast<std::size_t>(k));
    if (n > k && !free.empty()) {
        Eigen::MatrixXd Jf(n, static_cast<Eigen::Index>(free.size()));
        for (std::size_t f = 0; f < free.size(); ++f)
            Jf.col(static_cast<Eigen::Index>(f)) = J.col(free[f]);
        const Eigen::VectorXd rs = keep ? after : before;
        const double s2 = rs.squaredNorm() / static_cast<double>(n - k);
        const Eigen::MatrixXd cov = s2 * (Jf.transpose() * Jf).inverse();
        for (std::size_t f = 0; f < free.size(); ++f) {
            const double v = cov(static_cast<Eigen::Index>(f), static_cast<Eigen::Index>(f));
            if (std::isfinite(v) && v >= 0)
                se[static_cast<std::size_t>(free[f])] = std::sqrt(v);
        }
    } else if (n == k) {
        result.warnings.push_back({std::string(kNoFreedom), {std::to_string(n), std::to_string(k)}});
    }

    for (Eigen::Index j = 0; j < k; ++j) {
        const Slot& s = slots[static_cast<std::size_t>(j)];
        const bool bound = atBound[static_cast<std::size_t>(j)];
        result.values.push_back({request.parameters[s.parameter].key, s.year, x0[j], xs[j],
                                 se[static_cast<std::size_t>(j)], bound});
        if (bound) {
            const Bounds& b = problem.bounds(s);
            const double edge = xs[j] - b.lo <= b.hi - xs[j] ? b.lo : b.hi;
            result.warnings.insert(result.warnings.begin(),
                                   {std::string(kAtBound), {slotName(request, s), formatNumber(edge)}});
        }
    }
    result.evaluations = problem.evaluations();
    if (!result.converged)
        result.warnings.push_back({std::string(kNotConverged), {std::to_string(result.evaluations)}});

    // The calibrated scenario, each fitted value with a source note saying where it came from.
    result.calibrated = problem.apply(xs);
    const std::string note = "calibrated by Tideover to the history " + std::to_string(from) + "-" +
                             std::to_string(to) + " (" + joined(targetNames) + ")";
    for (const FitParameter& p : request.parameters) {
        if (p.shape == FitShape::Constant)
            result.calibrated.sources[p.key] = note;
        else
            for (int y = from; y <= to; ++y)
                result.calibrated.sources[datedKey(p.key, y)] = note;
    }
    result.after = runBacktest(result.calibrated, from);
    const Eigen::VectorXd afterKept = keep ? after : before;
    for (std::size_t i = 0; i < problem.figures().size(); ++i) {
        const auto& f = problem.figures()[i];
        const int row = f.year - from;
        result.residuals.push_back({f.column, f.year, f.actual,
                                    projectedHistoryValue(result.before.projection, row, f.column),
                                    projectedHistoryValue(result.after.projection, row, f.column),
                                    afterKept[static_cast<Eigen::Index>(i)]});
    }
    return result;
}

}  // namespace tideover::core
