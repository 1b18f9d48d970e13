// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/analysis/solvers.h"

#include "core/engine/projection.h"
#include "core/engine/rootsolver.h"

#include <cmath>
#include <functional>
#include <limits>

namespace tideover::core {

namespace {

constexpr double kMaxReplacementRate = 1.5;  // the top of benefits.replacement_rates' range

// The highest x in [lo, hi] with f(x) >= 0 for a decreasing f (lowest for an increasing one:
// pass `increasing`), or empty when f < 0 on the whole interval. The bracket is narrowed by
// the engine's root solver and the end that satisfies f >= 0 is returned, so the answer
// always meets the condition it solves.
std::optional<double> boundary(const std::function<double(double)>& f, double lo, double hi, bool increasing)
{
    const double fLo = f(lo), fHi = f(hi);
    // "Best" is the end where f is largest; the answer lies towards the other, "worst" end.
    const double fBest = increasing ? fHi : fLo, fWorst = increasing ? fLo : fHi;
    if (!(fBest >= 0))
        return std::nullopt;
    if (fWorst >= 0)
        return increasing ? lo : hi;
    const auto [a, b] = narrowBracket(f, lo, hi, fLo, fHi);
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
    MonthlyEngine::Inputs in;
    MonthlyEngine::Outputs out;
    const double target = scenario.projection.target_reserve_ratio;
    // min over years of R[y] - T E[y], the years with expenditure only; the flows do not
    // depend on the rate, so only the reserve is walked again.
    const auto margin = [&](double rate) {
        in.flatRate = rate;
        base.engine().walk(in, base.baselineFlows(), out);
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
    // One flat rate for every claim: the rule's dated replacement schedules give way to it
    // (their durations stay).
    trial.dated.erase("benefits.replacement_rates");
    for (WorkerGroup& group : trial.groups) {  // model-spec v4: every group's claims too
        group.values.erase("replacement_rates");
        group.dated.erase("replacement_rates");
    }
    const double target = scenario.projection.target_reserve_ratio;
    // R[Y-1] - T E[Y-1] at replacement rate rho, the legislated contribution rates.
    const auto gap = [&](double rho) {
        trial.benefits.replacement_rates = {rho};
        const MonthlyEngine engine(trial);
        MonthlyEngine::Flows flows;
        MonthlyEngine::Outputs out;
        engine.run(engine.baselineInputs(1), flows, out);
        return horizonGap(out, 0, target);
    };
    return boundary(gap, 0.0, kMaxReplacementRate, false);
}

}  // namespace tideover::core
