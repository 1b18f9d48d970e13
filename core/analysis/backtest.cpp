// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/analysis/backtest.h"

#include "core/engine/projection.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace tideover::core {

Scenario backtestScenario(const Scenario& scenario, std::optional<int> from)
{
    const History& history = scenario.history;
    if (history.empty())
        throw BacktestError("the scenario has no history to test against; import the published yearly figures "
                            "first (a CSV with a year column)");
    // The years that record a figure (a year with notes only compares nothing).
    int first = 0, last = 0;
    for (const auto& [year, row] : history.years)
        if (std::any_of(row.values.begin(), row.values.end(), [](const auto& v) { return v.has_value(); })) {
            first = first ? first : year;
            last = year;
        }
    if (!first)
        throw BacktestError("the scenario's history records no figure, only notes; add the yearly figures to "
                            "test against");
    const auto start = static_cast<int>(std::clamp<std::int64_t>(scenario.projection.start_year, -100000, 100000));
    int s = first;
    if (from)
        s = *from;
    else if (start >= first && start <= last)
        s = start;
    else
        for (const auto& [year, row] : history.years)
            if (row[HistoryColumn::reserve] && year < last) {
                s = year + 1;
                break;
            }
    if (s < kFirstHistoryYear || s > kLastHistoryYear)
        throw BacktestError("the back-test cannot start in " + std::to_string(s) + ": a start year lies in " +
                            std::to_string(kFirstHistoryYear) + ".." + std::to_string(kLastHistoryYear));
    if (last < s)
        throw BacktestError("the history ends in " + std::to_string(last) + ", before the back-test's start in " +
                            std::to_string(s) + "; there is nothing to compare");
    const int years = last - s + 1;
    if (years > 100)
        throw BacktestError("a back-test from " + std::to_string(s) + " to " + std::to_string(last) + " spans " +
                            std::to_string(years) + " years; a projection spans at most 100: start it later");

    Scenario b = scenario;
    b.projection.start_year = s;
    b.projection.years = years;
    if (const auto reserve = history.value(s - 1, HistoryColumn::reserve))
        b.reserve.initial = *reserve;
    else if (s != start)
        throw BacktestError("the history records no reserve at the end of " + std::to_string(s - 1) +
                            ", which a back-test from " + std::to_string(s) + " starts from; add it, or start the "
                            "back-test in the scenario's first year (" + std::to_string(start) + ")");
    const int shift = start - s;  // years the start moves back (negative: forward)
    if (const auto force = history.value(s, HistoryColumn::labour_force); force && *force >= 1)
        b.labour.force = *force;
    else if (shift != 0)
        b.labour.force = scenario.labour.force / std::pow(1 + scenario.labour.force_growth.at(0), shift);
    if (shift != 0)
        b.wages.average_monthly = scenario.wages.average_monthly / std::pow(1 + scenario.wages.growth.at(0), shift);
    return b;
}

double projectedHistoryValue(const ProjectionResult& result, int row, HistoryColumn column)
{
    using C = HistoryColumn;
    switch (column) {
    case C::labour_force: return result.at(row, Column::labour_force);
    case C::unemployment_rate: {
        const double lf = result.at(row, Column::labour_force);
        return lf > 0 ? result.at(row, Column::unemployed) / lf : std::numeric_limits<double>::quiet_NaN();
    }
    case C::insured: return result.at(row, Column::insured);
    case C::wage_bill: return result.at(row, Column::wage_bill);
    case C::contributions: return result.at(row, Column::contributions);
    case C::state_subsidy: return result.at(row, Column::state_subsidy);
    case C::new_claims: return result.at(row, Column::new_claims);
    case C::beneficiaries: return result.at(row, Column::beneficiaries);
    case C::benefits: return result.at(row, Column::benefits);
    case C::expenditure: return result.at(row, Column::expenditure);
    case C::investment_income: return result.at(row, Column::investment_income);
    case C::reserve: return result.at(row, Column::reserve);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

std::vector<BacktestColumn> compareWithHistory(const History& history, const ProjectionResult& result)
{
    std::vector<BacktestColumn> columns;
    for (const auto& info : historyColumns()) {
        BacktestColumn col;
        col.column = info.column;
        double sumAbs = 0, sum = 0;
        int n = 0;
        for (int row = 0; row < result.years; ++row) {
            const int year = result.startYear + row;
            const auto actual = history.value(year, info.column);
            if (!actual)
                continue;
            const double projected = projectedHistoryValue(result, row, info.column);
            if (!std::isfinite(projected))
                continue;
            BacktestPoint p{year, *actual, projected, projected - *actual, std::nullopt};
            if (*actual != 0) {
                p.relativeError = p.error / std::abs(*actual);
                sumAbs += std::abs(*p.relativeError);
                sum += *p.relativeError;
                ++n;
            }
            col.points.push_back(p);
        }
        if (col.points.empty())
            continue;
        if (n > 0) {
            col.mape = sumAbs / n;
            col.bias = sum / n;
        }
        columns.push_back(std::move(col));
    }
    return columns;
}

BacktestResult runBacktest(const Scenario& scenario, std::optional<int> from)
{
    BacktestResult r;
    r.scenario = backtestScenario(scenario, from);
    r.projection = project(r.scenario);
    r.columns = compareWithHistory(r.scenario.history, r.projection);
    return r;
}

}  // namespace tideover::core
