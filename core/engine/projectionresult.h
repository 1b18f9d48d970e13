// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <Eigen/Core>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// The annual output columns of model-spec.md, in the spec's order.
enum class Column {
    year,
    labour_force,
    unemployed,
    insured,
    separations,
    wage_bill,
    contribution_rate,
    contributions,
    new_claims,
    beneficiaries,
    benefits,
    other_expenditure,
    admin,
    expenditure,
    investment_income,
    transfers,
    balance,
    reserve,
    reserve_ratio,
    reserve_to_wages,
    cost_rate,
    effective_coverage,
    average_benefit,
    average_replacement,
    high_cost_multiple,
    // model-spec v2 columns, after the v1 ones
    state_subsidy,
};
inline constexpr int kColumnCount = 26;
// Column names exactly as the spec writes them (the CSV header).
const std::array<std::string_view, kColumnCount>& columnNames();

// The monthly results (the GUI charts them); flows are the month's, stocks at its end.
enum class MonthlyColumn {
    year,               // calendar year
    month,              // 1..12
    contribution_rate,  // c[y]
    separations,        // I[m]
    new_claims,         // N[m]
    beneficiaries,      // BEN[m]
    contributions,      // CI[m]
    benefits,           // BX[m]
    other_expenditure,  // OX[m]
    admin,              // AX[m]
    expenditure,        // TX[m]
    investment_income,  // II[m]
    transfers,          // T[m]
    reserve,            // R[m+1], the reserve at the end of the month
    state_subsidy,      // GS[m] (model-spec v2)
};
inline constexpr int kMonthlyColumnCount = 15;
const std::array<std::string_view, kMonthlyColumnCount>& monthlyColumnNames();

// model-spec v4 "Output with groups": the columns a scenario with further groups adds after
// state_subsidy, in every row.
enum class GroupColumn {
    worker_contributions,
    employer_contributions,
    state_contributions,
    benefit_contribution_ratio,
    cross_subsidy,
};
inline constexpr int kGroupColumnCount = 5;
const std::array<std::string_view, kGroupColumnCount>& groupColumnNames();

// One group's rows (model-spec v4): the annual columns (the fund's empty) and the group columns.
struct GroupTable {
    std::string name;   // "main" or the group's name
    std::string title;  // as the scenario gives it ("" for an untitled main group)
    Eigen::ArrayXXd annual;  // years x kColumnCount
    Eigen::ArrayXXd extra;   // years x kGroupColumnCount
    double at(int year, Column c) const { return annual(year, static_cast<int>(c)); }
    double at(int year, GroupColumn c) const { return extra(year, static_cast<int>(c)); }
};

// The spec's summary measures; an empty optional is "none" or "absent".
struct Summary {
    std::optional<int> depletionYear;
    std::optional<double> minimumReserveRatio;
    std::optional<int> minimumReserveRatioYear;
    std::optional<double> breakEvenRate;
};

// The outputs of a deterministic projection. Layout: rows are projection years (annual) or
// months m = 0 .. 12*years-1 (monthly); columns are the enums above. Money in nominal LCU,
// rates as fractions, ratios in years; NaN marks a value the spec leaves undefined.
struct ProjectionResult {
    int startYear = 0;
    int years = 0;
    Eigen::ArrayXXd annual;   // years x kColumnCount
    Eigen::ArrayXXd monthly;  // 12*years x kMonthlyColumnCount
    Summary summary;
    // model-spec v4, a scenario with further groups: each group's rows (main first) and the
    // total's group columns (years x kGroupColumnCount); `annual` is then the total. Empty
    // without groups.
    std::vector<GroupTable> groups;
    Eigen::ArrayXXd totalExtra;

    bool hasGroups() const { return !groups.empty(); }
    double at(int year, Column c) const { return annual(year, static_cast<int>(c)); }
    double at(int year, GroupColumn c) const { return totalExtra(year, static_cast<int>(c)); }
    double at(int month, MonthlyColumn c) const { return monthly(month, static_cast<int>(c)); }
    Eigen::ArrayXd column(Column c) const { return annual.col(static_cast<int>(c)); }
};

}  // namespace tideover::core
