// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/training/funnel.h"

#include "core/engine/projection.h"
#include "core/io/csvwriter.h"
#include "core/io/resultformat.h"
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

CoverageFunnel coverageFunnel(const Scenario& scenario)
{
    // The projection supplies the labour force, the insured and the separations exactly as its
    // equations have them; the funnel spells out the factors between.
    const Projection projection(scenario);
    const ProjectionResult r = projection.run();
    const Scenario& s = projection.scenario();  // its dated changes applied
    const int Y = r.years;
    CoverageFunnel f;
    f.startYear = r.startYear;
    f.persons.resize(Y, kFunnelStageCount);
    f.unemployed.resize(Y);
    f.beneficiaries.resize(Y);
    for (int y = 0; y < Y; ++y) {
        const double fb = std::min(1.0, s.labour.job_finding_rate.at(y) * s.labour.claimant_exit_factor.at(y));
        const double afterWaiting = std::pow(1.0 - fb, s.benefits.waiting_days.at(y) / 30.0);
        const double labourForce = r.at(y, Column::labour_force);
        const double employed = labourForce - r.at(y, Column::unemployed);
        const double wageEmployees = employed * s.coverage.wage_employee_share.at(y);
        const double legallyCovered = wageEmployees * s.coverage.legal_coverage.at(y);
        const double separations = r.at(y, Column::separations);
        const double qualifying = separations * s.eligibility.involuntary_share.at(y);
        const double condition = qualifying * s.eligibility.contribution_condition_share.at(y);
        const double claims = condition * s.eligibility.take_up.at(y);
        const std::array<double, kFunnelStageCount> row{
            labourForce, employed, wageEmployees, legallyCovered, r.at(y, Column::insured),
            separations, qualifying, condition, claims, claims * afterWaiting};
        for (int c = 0; c < kFunnelStageCount; ++c)
            f.persons(y, c) = row[static_cast<std::size_t>(c)];
        f.unemployed[y] = r.at(y, Column::unemployed);
        f.beneficiaries[y] = r.at(y, Column::beneficiaries);
    }
    return f;
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
