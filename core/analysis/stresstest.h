// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/projection.h"
#include "core/model/scenario.h"

#include <Eigen/Core>

#include <optional>
#include <string>

namespace tideover::core {

// A recession: a temporary rise of the unemployment rate on top of the scenario's path.
// Shape (months t = 0, 1, ... counted from 1 January of startYear), with R = rise,
// M = monthsToPeak and K = monthsToRecover:
//     shock[t] = R (t + 1) / M             0 <= t < M        (linear rise; month M-1 is the peak)
//     shock[t] = R (1 - (t - M + 1) / K)   M <= t < M + K    (linear recovery, 0 in month M+K-1)
//     shock[t] = 0                         otherwise
// so the shock adds R (M + K) / 2 rate-months (R (M + 1) / 2 when K = 0, an abrupt end).
struct RecessionShock {
    std::string name;          // for reports: "2009-style", "Severe"
    int startYear = 0;         // calendar year; must lie in the projection
    double rise = 0;           // peak rise of the unemployment rate, fraction (0.03 = 3 points), 0..0.6
    int monthsToPeak = 12;     // 1..600
    int monthsToRecover = 24;  // 0..1200
    // A claims shock that the unemployment rate does not show (model-spec v2
    // labour.separation_factor): job losses of the insured are multiplied by it in every month
    // of the recession, t = 0 .. M + K - 1; 0..5, 1 = none.
    double claimsFactor = 1.0;
    // model-spec v4: a group hit harder ("main" or a further group's name; "" for none): its
    // job losses over the recession months are also multiplied by groupClaimsFactor, 0..5.
    std::string group;
    double groupClaimsFactor = 1.0;

    // shock[t] above; 0 for t < 0.
    double at(int monthsSinceStart) const;
    // True for the months of the recession, 0 <= t < M + K (M when K = 0).
    bool inRecession(int monthsSinceStart) const;
};

// The outcome of a stress test, with the same figures for the unshocked scenario.
struct StressOutcome {
    // Per projection year (size years): reserve at the end of the year (LCU), reserve ratio
    // (years, NaN where expenditure is 0); per month (size 12*years): the unemployment rate
    // used and the reserve R[m+1] at the end of the month.
    Eigen::ArrayXd reserve, reserveRatio, monthlyUnemployment, monthlyReserve;
    std::optional<double> minimumReserveRatio;  // as the spec's summary measure
    std::optional<int> minimumReserveRatioYear;
    // Reserve at the start of the peak year (reserve.initial when it is the first year)
    // divided by the peak year's average monthly benefit spending (BX); NaN when the year
    // pays no benefit; negative when the fund is already in debt.
    double monthsOfBenefitsCovered = 0;
    std::optional<int> depletionYear;   // the spec's depletion_year
    std::optional<int> depletionMonth;  // 1..12: the first month-end with R < 0 in that year
    // Per month (size 12*years): benefit spending BX (LCU) and beneficiaries BEN (persons).
    Eigen::ArrayXd monthlyBenefits, monthlyBeneficiaries;
};

// The month in which the recession raises a monthly figure most above the baseline, from the
// shock's start on (the first such month on a tie), with both figures in that month.
struct StressPeak {
    int year = 0;   // calendar year
    int month = 0;  // 1..12
    double stressed = 0, baseline = 0;
};

struct StressResult {
    RecessionShock shock;
    int peakYear = 0;  // calendar year of the peak month (the last year if it lies beyond)
    StressOutcome stressed;
    StressOutcome baseline;
    StressPeak benefits;       // monthly benefit spending BX, LCU
    StressPeak beneficiaries;  // beneficiaries BEN, persons
};

// The recession stress test. The model's unemployment rate is annual; here it becomes
// monthly, u[m] = clamp(u[y] + shock[m], 0.001, 0.6), and the quantities of model-spec
// "Flows" (unemployed, insured, wage bill, separations, new claims) follow it month by month.
// With no shock every month of a year has the same u and the result is the deterministic
// projection exactly. The stock of claimants at the start keeps the unshocked year-0 rate (it
// predates the shock). Construct once per scenario and run several shocks.
class StressTest {
public:
    // Throws InvalidScenario when validate(scenario) reports errors.
    explicit StressTest(const Scenario& scenario);

    // Throws std::invalid_argument when a field of the shock is out of range; the message
    // names the field, its value and the allowed range.
    StressResult run(const RecessionShock& shock) const;

    const Projection& base() const { return m_base; }

private:
    Projection m_base;
};


}  // namespace tideover::core
