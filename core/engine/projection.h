// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

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

// The deterministic monthly projection of model-spec.md ("Equations"). Construction resolves
// the scenario into per-year and per-month arrays that do not depend on the contribution
// rate (labour market, wages, claims, beneficiaries, benefits); run() then walks the reserve
// month by month. Because only the reserve walk depends on the rate, solvers re-run just that
// walk (financeGap), which costs a few microseconds.
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

    int years() const { return m_years; }
    int startYear() const { return m_startYear; }

    // The resolved inputs, read-only, for engines that re-run the monthly model on other
    // unemployment or return paths (pathprojection.h). None depends on the unemployment rate
    // or the reserve return. Shapes and units as in the members below.
    const Scenario& scenario() const { return m_scenario; }
    const Eigen::ArrayXd& labourForce() const { return m_labourForce; }
    const Eigen::ArrayXd& contributoryWage() const { return m_contributoryWage; }
    const Eigen::ArrayXd& legislatedRate() const { return m_legislatedRate; }
    const Eigen::ArrayXd& monthlyReturn() const { return m_monthlyReturn; }
    const Eigen::ArrayXd& monthlyBorrow() const { return m_monthlyBorrow; }
    const Eigen::ArrayXd& monthlyTransfer() const { return m_monthlyTransfer; }
    const Eigen::ArrayXXd& benefitTable() const { return m_benefitTable; }
    const Eigen::ArrayXd& survivorsKernel() const { return m_kernel; }
    double claimFraction() const { return m_claimFraction; }

private:
    struct Walk;  // one pass of the reserve recursion; see projection.cpp
    void walkReserve(std::optional<double> flatRate, Walk& walk) const;

    const Scenario m_scenario;
    int m_years = 0;
    int m_startYear = 0;

    // Per projection year y (size years). Units: persons, LCU per month, fractions.
    Eigen::ArrayXd m_wage;           // W[y], mean insured wage
    Eigen::ArrayXd m_labourForce;    // LF[y]
    Eigen::ArrayXd m_unemployed;     // U[y]
    Eigen::ArrayXd m_insured;        // INS[y]
    Eigen::ArrayXd m_wageBill;       // WB[y], monthly contributory wage bill
    Eigen::ArrayXd m_legislatedRate; // cb[y]
    Eigen::ArrayXd m_separations;    // I[m] for the months of year y
    Eigen::ArrayXd m_newClaims;      // N[m] for the months of year y
    Eigen::ArrayXd m_monthlyReturn;  // (1 + reserve.return[y])^(1/12) - 1
    Eigen::ArrayXd m_monthlyBorrow;  // (1 + reserve.borrowing_rate[y])^(1/12) - 1
    Eigen::ArrayXd m_monthlyTransfer;// T[m] = reserve.transfers[y] / 12
    Eigen::ArrayXd m_contributoryWage; // CW[y], LCU per insured per month

    // Per year and rate index j (years x min(len(replacement_rates), max D_c)): b[y, d] for
    // the months of benefit d using rate j, LCU per beneficiary-month.
    Eigen::ArrayXXd m_benefitTable;
    // Survivors kernel k[d-1], d = 1 .. max D_c: share of a month's new claims still paid in
    // their d-th month of benefit.
    Eigen::ArrayXd m_kernel;
    double m_claimFraction = 0;  // N[m] / I[m]

    // Per month m (size 12*years).
    Eigen::ArrayXd m_beneficiaries;  // BEN[m], persons
    Eigen::ArrayXd m_benefits;       // BX[m], LCU
};

// Convenience: validate, project, and fill every summary measure.
ProjectionResult project(const Scenario& scenario);

}  // namespace tideover::core
