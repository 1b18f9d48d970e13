// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/training/funnel.h"

#include "core/engine/projection.h"
#include "core/io/csvwriter.h"
#include "core/io/resultformat.h"
#include "core/model/groups.h"
#include "core/model/text.h"

#include <algorithm>
#include <cmath>

namespace tideover::core {

const std::array<FunnelStageInfo, kFunnelStageCount>& funnelStages()
{
    static const std::array<FunnelStageInfo, kFunnelStageCount> stages{{
        {"labour_force", TIDEOVER_TEXT("tideover::core::parameters", "Labour force"), false},
        {"employed", TIDEOVER_TEXT("tideover::core::parameters", "Employed"), false},
        {"wage_employees", TIDEOVER_TEXT("tideover::core::parameters", "Wage employees"), false},
        {"legally_covered", TIDEOVER_TEXT("tideover::core::parameters", "Legally covered"), false},
        {"insured", TIDEOVER_TEXT("tideover::core::parameters", "Insured (contributing)"), false},
        {"separations", TIDEOVER_TEXT("tideover::core::parameters", "Job losers among the insured"), true},
        {"qualifying_reason", TIDEOVER_TEXT("tideover::core::parameters", "Qualifying reason"), true},
        {"contribution_condition", TIDEOVER_TEXT("tideover::core::parameters", "Contribution condition met"),
         true},
        {"claims", TIDEOVER_TEXT("tideover::core::parameters", "Claim benefit"), true},
        {"new_beneficiaries",
         TIDEOVER_TEXT("tideover::core::parameters", "Still unemployed after the waiting days"), true},
    }};
    return stages;
}

namespace {

// The per-year factors of one group's funnel (each a share in [0, 1]) and the figures its
// projection gives; see GroupFunnel.
struct FunnelTerms {
    std::vector<double> workersShare, legalCoverage, involuntary, condition, claiming, afterWaiting;
};

CoverageFunnel funnelOf(const ProjectionResult& r, const Eigen::ArrayXXd& table, const FunnelTerms& t)
{
    const int Y = r.years;
    const auto at = [&](int y, Column c) { return table(y, static_cast<int>(c)); };
    CoverageFunnel f;
    f.startYear = r.startYear;
    f.persons.resize(Y, kFunnelStageCount);
    f.unemployed.resize(Y);
    f.beneficiaries.resize(Y);
    for (int y = 0; y < Y; ++y) {
        const std::size_t i = static_cast<std::size_t>(y);
        const double labourForce = r.at(y, Column::labour_force);
        const double employed = labourForce - r.at(y, Column::unemployed);
        const double workers = employed * t.workersShare[i];
        const double legallyCovered = workers * t.legalCoverage[i];
        const double separations = at(y, Column::separations);
        const double qualifying = separations * t.involuntary[i];
        const double condition = qualifying * t.condition[i];
        const double claims = condition * t.claiming[i];
        const std::array<double, kFunnelStageCount> row{
            labourForce, employed, workers, legallyCovered, at(y, Column::insured),
            separations, qualifying, condition, claims, claims * t.afterWaiting[i]};
        for (int c = 0; c < kFunnelStageCount; ++c)
            f.persons(y, c) = row[static_cast<std::size_t>(c)];
        f.unemployed[y] = at(y, Column::unemployed);
        f.beneficiaries[y] = at(y, Column::beneficiaries);
    }
    return f;
}

// The main group's factors: the scheme's keys, dated changes applied (`s` is the projection's
// scenario).
FunnelTerms schemeTerms(const Scenario& s, int years)
{
    FunnelTerms t;
    for (int y = 0; y < years; ++y) {
        const double fb = std::min(1.0, s.labour.job_finding_rate.at(y) * s.labour.claimant_exit_factor.at(y));
        t.workersShare.push_back(s.coverage.wage_employee_share.at(y));
        t.legalCoverage.push_back(s.coverage.legal_coverage.at(y));
        t.involuntary.push_back(s.eligibility.involuntary_share.at(y));
        t.condition.push_back(s.eligibility.contribution_condition_share.at(y));
        t.claiming.push_back(s.eligibility.take_up.at(y));
        t.afterWaiting.push_back(std::pow(1.0 - fb, s.benefits.waiting_days.at(y) / 30.0));
    }
    return t;
}

// A further group's factors (model-spec v4 "Equations per group").
FunnelTerms groupFunnelTerms(const Scenario& s, const WorkerGroup& g, int years)
{
    const auto byYear = [&](std::string_view key) { return groupSeriesByYear(s, g, *findGroupParameter(key), years); };
    FunnelTerms t;
    t.workersShare = byYear("employed_share");
    t.legalCoverage = byYear("legal_coverage");
    t.involuntary = byYear("involuntary_share");
    t.condition = byYear("contribution_condition_share");
    t.claiming = byYear("take_up");
    const std::vector<double> returning = byYear("return_share");
    const std::vector<double> finding = byYear("job_finding_rate");
    const std::vector<double> exitFactor = byYear("claimant_exit_factor");
    const std::vector<double> departure = byYear("departure_rate");
    const std::vector<double> waiting = byYear("waiting_days");
    for (std::size_t y = 0; y < static_cast<std::size_t>(years); ++y) {
        t.claiming[y] *= 1.0 - returning[y];
        const double stay = (1.0 - std::min(1.0, finding[y] * exitFactor[y])) * (1.0 - departure[y]);
        t.afterWaiting.push_back(std::pow(stay, waiting[y] / 30.0));
    }
    return t;
}

}  // namespace

CoverageFunnels coverageFunnels(const Scenario& scenario)
{
    // The projection supplies the labour force, the insured and the separations exactly as its
    // equations have them; the funnel spells out the factors between.
    const Projection projection(scenario);
    const ProjectionResult r = projection.run();
    const Scenario& s = projection.scenario();  // its dated changes applied
    const int Y = r.years;
    CoverageFunnels out;
    if (!r.hasGroups()) {
        out.total = funnelOf(r, r.annual, schemeTerms(s, Y));
        return out;
    }
    for (std::size_t i = 0; i < r.groups.size(); ++i) {
        const GroupTable& table = r.groups[i];
        const WorkerGroup* g = i == 0 ? nullptr : findGroup(scenario, table.name);
        const FunnelTerms terms = g ? groupFunnelTerms(scenario, *g, Y) : schemeTerms(s, Y);
        out.groups.push_back({table.name, table.title, funnelOf(r, table.annual, terms)});
    }
    // The total: the scheme's labour force and employed, the sum of the groups' after them.
    CoverageFunnel& total = out.total;
    total = out.groups.front().funnel;
    for (std::size_t i = 1; i < out.groups.size(); ++i) {
        const CoverageFunnel& f = out.groups[i].funnel;
        total.persons.rightCols(kFunnelStageCount - 2) += f.persons.rightCols(kFunnelStageCount - 2);
        total.beneficiaries += f.beneficiaries;
    }
    total.unemployed = r.column(Column::unemployed);
    return out;
}

CoverageFunnel coverageFunnel(const Scenario& scenario)
{
    return coverageFunnels(scenario).total;
}

void writeFunnelCsv(std::ostream& out, const CoverageFunnel& f, std::optional<int> year)
{
    std::vector<std::string> cells = {"year"};
    for (const auto& stage : funnelStages())
        cells.emplace_back(stage.key);
    cells.insert(cells.end(), {"unemployed", "beneficiaries"});
    writeCsvRow(out, cells);
    const int years = static_cast<int>(f.persons.rows());
    const int from = year ? *year - f.startYear : 0;
    const int to = year ? from + 1 : years;
    for (int y = std::max(from, 0); y < std::min(to, years); ++y) {
        cells = {std::to_string(f.startYear + y)};
        for (int c = 0; c < kFunnelStageCount; ++c)
            cells.push_back(formatCell(f.persons(y, c)));
        cells.push_back(formatCell(f.unemployed[y]));
        cells.push_back(formatCell(f.beneficiaries[y]));
        writeCsvRow(out, cells);
    }
}

}  // namespace tideover::core
