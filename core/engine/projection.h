// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/monthlyengine.h"
#include "core/engine/projectionresult.h"
#include "core/model/scenario.h"

#include <Eigen/Core>

#include <optional>
#include <stdexcept>
#include <string>

namespace tideover::core {

// Thrown when a projection is asked of a scenario that does not validate; what() lists the
// errors, one per line.
class InvalidScenario : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// The deterministic monthly projection of model-spec.md ("Equations"): the monthly engine
// (monthlyengine.h) run for one path, the scenario's own, and turned into the spec's annual
// and monthly tables and summary measures. Construction validates the scenario, resolves it
// and computes what does not depend on the contribution rate (labour market, wages, claims,
// beneficiaries, benefits); run() and the solvers then walk the reserve only, which costs a
// few microseconds.
class Projection {
public:
    // Throws InvalidScenario when validate(scenario) reports errors.
    explicit Projection(const Scenario& scenario);

    // The full projection: annual and monthly tables and the summary measures.
    ProjectionResult run() const;

    // model-spec "break_even_rate": the flat total contribution rate (financing rule off) at
    // which the reserve at the horizon equals target_reserve_ratio x the last year's
    // expenditure; empty when no rate in [0, 1] reaches it.
    std::optional<double> breakEvenRate() const;

    // Reserve at the horizon minus target_reserve_ratio x last year's expenditure when the
    // total contribution rate is `rate` in every year (financing rule off). Affine in the rate
    // while the reserve stays positive; its slope, the horizon's accumulated net contributions
    // less the target's share of them, can be zero or negative when administration and ALMP
    // take most of each contribution, and then no break-even rate exists.
    double terminalGap(double rate) const;

    int years() const { return m_engine.years(); }
    int startYear() const { return m_engine.startYear(); }
    const Scenario& scenario() const { return m_engine.scenario(); }

    // The engine and the scenario's own flows (its u; Detail::Full), for the analyses that
    // run the model on other paths or rates.
    const MonthlyEngine& engine() const { return m_engine; }
    const MonthlyEngine::Flows& baselineFlows() const { return m_flows; }

private:
    double terminalGap(double rate, MonthlyEngine::Outputs& buffers) const;

    MonthlyEngine m_engine;
    MonthlyEngine::Flows m_flows;
};

// The spec's annual and monthly tables and summary measures of path `path` of a Full walk
// (`flows` from the same inputs). Every deterministic figure comes from here.
ProjectionResult tabulate(const MonthlyEngine& engine, const MonthlyEngine::Flows& flows,
                          const MonthlyEngine::Outputs& out, Eigen::Index path);

// Convenience: validate, project, and fill every summary measure.
ProjectionResult project(const Scenario& scenario);

}  // namespace tideover::core
