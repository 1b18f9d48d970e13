// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/projection.h"

#include <Eigen/Core>

#include <optional>

namespace tideover::core {

// The deterministic monthly model of model-spec.md ("Equations") run for a block of paths at
// once, each path with its own unemployment rate and reserve return: the engine under the
// stochastic projection, the stress test and the solvers.
//
// Layout: every array is paths x time, column-major, so a column holds one year (or month)
// for all paths and each month's reserve update is one vector operation across paths. Only
// what depends on the unemployment rate u (unemployed, insured, wage bill, separations, new
// claims), on the return r and on the reserve is recomputed; everything else (labour force,
// wages, thresholds, the survivors kernel, benefits per beneficiary b[y,d]) comes resolved
// from a Projection. The arithmetic is Projection's, operation for operation, so a path
// whose u and r equal the scenario's reproduces Projection::run() to the last bit.
class PathProjection {
public:
    // `base` must outlive this object.
    explicit PathProjection(const Projection& base) : m_base(base) {}

    // The inputs of a block of P paths.
    struct Inputs {
        // Unemployment rate u (fraction), P x years, or P x 12*years when `monthly`: then every
        // month has its own u and the quantities of model-spec "Flows" follow it month by month
        // (with u constant within each year this is the annual model exactly).
        Eigen::ArrayXXd unemployment;
        bool monthly = false;
        // The u that sets the new claims N0 of the steady-state stock (model-spec "Initial
        // stock": N computed with year-0 values), size P; empty: the first column of
        // `unemployment`.
        Eigen::ArrayXd priorUnemployment;
        // Annual reserve return r (fraction/yr), P x years; empty: the scenario's
        // reserve.return. The borrowing rate is always the scenario's.
        Eigen::ArrayXXd returnRate;
        // A total contribution rate used in every year with the financing rule off (the
        // solvers); empty: the scenario's rates and financing rule.
        std::optional<double> flatRate;
        // Walk only the first `years` years (the stochastic projection's memory windows);
        // -1: the whole horizon.
        int years = -1;
        // Keep R[m+1] for every month (the stress test); costs P x 12*years doubles.
        bool recordMonthlyReserve = false;
    };

    // Per path and projection year (P x years walked); money in nominal LCU.
    struct Outputs {
        Eigen::ArrayXXd reserve;           // R at the end of the year
        Eigen::ArrayXXd expenditure;       // sum of TX over the year
        Eigen::ArrayXXd wageBill;          // annual contributory wage bill: 12 WB[y] (sum of the months when monthly)
        Eigen::ArrayXXd benefits;          // sum of BX over the year
        Eigen::ArrayXXd contributionRate;  // c[y]
        Eigen::ArrayXXd lowestReserve;     // lowest month-end reserve R[m+1] within the year
        Eigen::ArrayXXd monthlyReserve;    // P x 12*years, R[m+1]; recordMonthlyReserve only
    };

    // Runs the block; `out` is resized. Thread-safe: it only reads the base projection.
    void run(const Inputs& in, Outputs& out) const;

    // Inputs that reproduce the scenario itself (its own u and r) for `paths` paths.
    Inputs baselineInputs(int paths = 1) const;

    const Projection& base() const { return m_base; }

private:
    const Projection& m_base;
};

}  // namespace tideover::core
