// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/analysis/solvers.h"

#include "core/engine/pathprojection.h"
#include "core/engine/projection.h"

#include <boost/math/tools/toms748_solve.hpp>

#include <cmath>
#include <functional>
#include <limits>

namespace tideover::core {

namespace {

constexpr double kMaxReplacementRate = 1.5;  // the top of benefits.replacement_rates' range

// The highest x in [lo, hi] with f(x) >= 0 for a decreasing f (lowest for an increasing one:
// pass `increasing`), or empty when f < 0 on the whole interval. TOMS 748 narrows the bracket
// to 1e-12 and the end that satisfies f >= 0 is returned, so the answer always meets the
// condition it solves.
std::optional<double> boundary(const std::function<double(double)>& f, double lo, double hi, bool increasing)
{
    const double fLo = f(lo), fHi = f(hi);
    // "Best" is the end where f is largest; the answer lies towards the other, "worst" end.
    const double fBest = increasing ? fHi : fLo, fWorst = increasing ? fLo : fHi;
    if (!(fBest >= 0))
        return std::nullopt;
    if (fWorst >= 0)
        return increasing ? lo : hi;
    std::uintmax_t iterations = 200;
    const auto tolerance = [](double a, double b) { return std::abs(b - a) <= 1e-12; };
    const auto [a, b] = boost::math::tools::toms748_solve(f, lo, hi, fLo, fHi, tolerance, iterations);
    // Of the final bracket, the end on the f >= 0 side.
    if (increasing)
        return f(a) >= 0 ? a : b;
    return f(b) >= 0 ? b : a;
}

}  // namespace

std::optional<double> breakEvenRate(const Scenario& scenario) { return Projection(scenario).breakEvenRate(); }

std::optional<double> rateKeepingTargetEveryYear(const Scenario& scenario)
{
    const Projection base(scenario);
    const PathProjection paths(base);
    PathProjection::Inputs in = paths.baselineInputs(1);
    PathProjection::Outputs out;
    const double target = scenario.projection.target_reserve_ratio;
    // min over years of R[y] - T E[y], the years with expenditure only.
    const auto margin = [&](double rate) {
        in.flatRate = rate;
        paths.run(in, out);
        double lowest = std::numeric_limits<double>::infinity();
        for (Eigen::Index y = 0; y < out.reserve.cols(); ++y)
            if (out.expenditure(0, y) > 0)
                lowest = std::min(lowest, out.reserve(0, y) - target * out.expenditure(0, y));
        return lowest;
    };
    return boundary(margin, 0.0, 1.0, true);
}

std::optional<double> maximumReplacementRate(const Scenario& scenario)
{
    static_cast<void>(Projection(scenario));  // refuse an invalid scenario before trying variants
    Scenario trial = scenario;
    trial.financing.rule = FinancingRule::Fixed;
    const double target = scenario.projection.target_reserve_ratio;
    // R[Y-1] - T E[Y-1] at replacement rate rho, the legislated contribution rates.
    const auto gap = [&](double rho) {
        trial.benefits.replacement_rates = {rho};
        const Projection p(trial);
        const PathProjection paths(p);
        PathProjection::Outputs out;
        paths.run(paths.baselineInputs(1), out);
        const auto last = out.reserve.cols() - 1;
        return out.reserve(0, last) - target * out.expenditure(0, last);
    };
    return boundary(gap, 0.0, kMaxReplacementRate, false);
}




}  // namespace tideover::core
