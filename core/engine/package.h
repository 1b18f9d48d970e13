// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/projection.h"
#include "core/engine/projectionresult.h"
#include "core/model/scenario.h"

#include <Eigen/Core>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace tideover::core {

// model-spec v5 "Package results": the columns of the `package` CSV, in the spec's order.
enum class PackageColumn {
    year,
    wage_bill,
    unemployed,
    gdp,
    insurance_employers,
    insurance_workers,
    insurance_state,
    insurance_cost,
    severance_recipients,
    severance_due,
    severance_paid,
    severance_fund_contributions,
    severance_fund_payments,
    severance_fund,
    severance_cost,
    savings_contributions,
    savings_withdrawals,
    solidarity_topups,
    savings_balance,
    solidarity_fund,
    savings_drawers,
    savings_cost,
    assistance_recipients,
    assistance_benefits,
    assistance_admin,
    assistance_cost,
    employers_cost,
    workers_cost,
    state_cost,
    package_cost,
    package_cost_to_wages,
    package_cost_to_gdp,
    package_cost_to_government,
    insurance_coverage,
    savings_coverage,
    assistance_coverage,
    any_coverage,
    severance_coverage,
};
inline constexpr int kPackageColumnCount = 38;
const std::array<std::string_view, kPackageColumnCount>& packageColumnNames();

// Which parts of the package a scenario switches on (model-spec v5: each is off by default).
bool hasSeverance(const Scenario& s);
bool hasSavings(const Scenario& s);
bool hasAssistance(const Scenario& s);
bool hasPackage(const Scenario& s);  // any of the three

// The package's yearly results (model-spec v5 "Package results"); NaN marks an empty ratio.
struct PackageResult {
    int startYear = 0;
    int years = 0;
    Eigen::ArrayXXd annual;  // years x kPackageColumnCount
    double at(int year, PackageColumn c) const { return annual(year, static_cast<int>(c)); }
    Eigen::ArrayXd column(PackageColumn c) const { return annual.col(static_cast<int>(c)); }
};

// The package results of a projection (`result` = projection.run()). Computed whether or not a
// part is on: a part that is off contributes zeros, so the insurance alone is a package too.
PackageResult projectPackage(const Projection& projection, const ProjectionResult& result);
// Convenience: validate, project, then the package.
PackageResult projectPackage(const Scenario& scenario);

// model-spec v5 "Severance pay", for the resolved scenario `s` (its series' dated changes
// applied, as MonthlyEngine::scenario()) in projection year y, with `offsetYears` of service
// not counted: g(T, a), the months of wage due at service T; and G(a) = E_T[g(T, a)] with the
// probability that anything is due.
double severanceMonths(const Scenario& s, int y, double tenure, double offsetYears);
struct SeveranceExpectation {
    double months = 0;       // G(a)
    double paidShare = 0;    // Pr[g(T, a) > 0]
};
SeveranceExpectation expectedSeverance(const Scenario& s, int y, double offsetYears);

// model-spec v5 "The worker's view".
struct WorkerCase {
    double wage = 0;       // w, LCU per month in the year of separation's money
    double tenure = 0;     // T, years of service
    int year = 0;          // calendar year of separation; 0: the first projected year
    int months = 24;       // M, months of unemployment shown (1..120)
    bool insured = true;   // covered and meeting the insurance's conditions
    int durationClass = -1;  // the insurance's duration class (index); -1: the longest
    std::optional<double> balance;  // the savings account's balance; none: from the service
    bool solidarity = false;  // topped up by the solidarity fund
    bool expected = false;    // severance times paid_share (what is paid on average)
};
struct WorkerMonth {
    int month = 0;  // 1..M
    double severance = 0, insurance = 0, savings = 0, solidarity = 0, assistance = 0;
    double total() const { return severance + insurance + savings + solidarity + assistance; }
};
struct WorkerView {
    int year = 0;  // calendar year of separation
    double wage = 0;
    double severanceMonths = 0;  // g(T, a) (times paid_share when expected)
    double offsetYears = 0;      // a
    double savingsBalance = 0;   // at separation
    std::vector<WorkerMonth> months;
    // Income of months 1..n over n times the wage (n <= months.size()), NaN when the wage is 0.
    double replacement(int n) const;
};
// Throws std::invalid_argument naming the problem for a case outside the model (a year outside
// the horizon, a negative wage or service, a class the rule does not have, months outside
// 1..120). `scenario` must validate.
WorkerView workerView(const Scenario& scenario, const WorkerCase& c);

}  // namespace tideover::core
