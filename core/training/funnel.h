// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <Eigen/Core>

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// The coverage funnel of the ILO good-practices guide (ILO 2017; docs/model.md section 1): per
// projection year, from the labour force down to the insured (stocks, persons), then from the
// insured's job losses down to new beneficiaries (flows, persons a year), each stage the
// previous one times one factor of the model's equations (model-spec "Economy" and "Flows").
enum class FunnelStage {
    labour_force,            // LF[y]
    employed,                // LF[y] - U[y]
    wage_employees,          // x coverage.wage_employee_share
    legally_covered,         // x coverage.legal_coverage
    insured,                 // x coverage.compliance = INS[y]
    separations,             // 12 s[y] INS[y], job losers among the insured in the year
    qualifying_reason,       // x eligibility.involuntary_share
    contribution_condition,  // x eligibility.contribution_condition_share
    claims,                  // x eligibility.take_up
    new_beneficiaries,       // x (1 - fb)^(waiting_days / 30) = new_claims
};
inline constexpr int kFunnelStageCount = 10;

struct FunnelStageInfo {
    std::string_view key;    // "legally_covered"
    std::string_view label;  // "Legally covered"
    bool flow;               // false: a stock (persons); true: a flow (persons a year)
};
const std::array<FunnelStageInfo, kFunnelStageCount>& funnelStages();

// Layout: rows are projection years, columns the stages in FunnelStage order; persons (stocks)
// or persons a year (flows). Within the stocks and within the flows each stage is at most the
// one before, since every factor is a share in [0, 1]. `unemployed` and `beneficiaries` (the
// year's mean stock on benefit) are the reference figures of effective coverage.
struct CoverageFunnel {
    int startYear = 0;
    Eigen::ArrayXXd persons;     // years x kFunnelStageCount
    Eigen::ArrayXd unemployed;   // U[y]
    Eigen::ArrayXd beneficiaries;  // mean of BEN[m] over the year
    double at(int year, FunnelStage stage) const { return persons(year, static_cast<int>(stage)); }
};

// Throws InvalidScenario when the scenario does not validate. For a scenario with further
// worker groups (model-spec v4) this is the total: the labour force and the employed are the
// scheme's, every later stage the sum of the groups' (coverageFunnels).
CoverageFunnel coverageFunnel(const Scenario& scenario);

// model-spec v4: one group's funnel. Its first two stages are the scheme's labour force and
// employed (shared by every group); `wage_employees` is the group's workers (the main group:
// coverage.wage_employee_share of the employed; a further group: its employed_share), then
// legal coverage, compliance (participation for a voluntary group) down to INS_g; the flows
// start from the group's separations and apply its involuntary share, contribution condition,
// take-up times (1 - return_share), and (1 - fb_g)(1 - departure_rate) over the waiting days,
// ending at the group's new claims. `unemployed` and `beneficiaries` are the group's.
struct GroupFunnel {
    std::string name;   // "main" or the group's name
    std::string title;  // as the scenario gives it ("" for an untitled main group)
    CoverageFunnel funnel;
};
struct CoverageFunnels {
    CoverageFunnel total;             // coverageFunnel(scenario)
    std::vector<GroupFunnel> groups;  // main first, then the groups; empty without groups
};
// One projection for all of them. Throws InvalidScenario when the scenario does not validate.
CoverageFunnels coverageFunnels(const Scenario& scenario);

// The funnel as CSV (the one CSV writer, core/io/csvwriter.h): year, the stages' keys,
// unemployed, beneficiaries; one row per year, or only the row of `year` (a calendar year of
// the funnel) when given; numbers as formatCell writes them.
void writeFunnelCsv(std::ostream& out, const CoverageFunnel& funnel, std::optional<int> year = std::nullopt);

}  // namespace tideover::core
