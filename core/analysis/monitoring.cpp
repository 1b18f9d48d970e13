// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/analysis/monitoring.h"

#include "core/model/datedchanges.h"
#include "core/model/parameters.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace tideover::core {

namespace {

using H = HistoryColumn;

std::optional<double> ratio(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b || *b == 0 || !std::isfinite(*a) || !std::isfinite(*b))
        return std::nullopt;
    return *a / *b;
}

}  // namespace

const std::array<std::string_view, kIndicatorCount>& indicatorNames()
{
    static const std::array<std::string_view, kIndicatorCount> names{
        "legal_coverage", "effective_coverage_lf", "coverage_of_unemployed",
        "recipiency",     "average_replacement_covered", "cost_rate",
        "benefit_cost_rate", "reserve_ratio", "average_high_cost_multiple",
    };
    return names;
}

std::vector<MonitoringRow> monitoringIndicators(const Scenario& scenario, const ProjectionResult& result)
{
    const History& history = scenario.history;
    const int start = result.startYear;
    const int end = result.startYear + result.years - 1;
    const int first = history.empty() ? start : std::min(start, history.firstYear());
    const int last = history.empty() ? end : std::max(end, history.lastYear());

    const int years = std::max(result.years, 1);
    const std::vector<double> employeeShare =
        seriesByYear(scenario, *findParameter("coverage.wage_employee_share"), years);
    const std::vector<double> legal = seriesByYear(scenario, *findParameter("coverage.legal_coverage"), years);

    // A year's figure from the history (actual) or the projection.
    const auto actual = [&](int year, H c) { return history.value(year, c); };
    const auto projected = [&](int year, Column c) -> std::optional<double> {
        if (year < start || year > end)
            return std::nullopt;
        const double v = result.at(year - start, c);
        return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    };
    const auto unemployedActual = [&](int year) -> std::optional<double> {
        const auto lf = actual(year, H::labour_force);
        const auto u = actual(year, H::unemployment_rate);
        return lf && u ? std::optional<double>(*lf * *u) : std::nullopt;
    };

    // Each indicator from actual figures, else from projected ones.
    const auto pick = [](std::optional<double> fromHistory, std::optional<double> fromProjection)
        -> std::optional<IndicatorValue> {
        if (fromHistory && std::isfinite(*fromHistory))
            return IndicatorValue{*fromHistory, true};
        if (fromProjection && std::isfinite(*fromProjection))
            return IndicatorValue{*fromProjection, false};
        return std::nullopt;
    };

    // Benefit cost rates by year, actual where recorded, for the average high-cost multiple.
    const auto benefitCostRate = [&](int year) -> std::optional<double> {
        if (const auto a = ratio(actual(year, H::benefits), actual(year, H::wage_bill)))
            return a;
        return ratio(projected(year, Column::benefits), projected(year, Column::wage_bill));
    };

    std::vector<MonitoringRow> rows;
    for (int year = first; year <= last; ++year) {
        MonitoringRow row;
        row.year = year;
        auto& v = row.values;
        const auto set = [&](Indicator i, std::optional<IndicatorValue> value) {
            v[static_cast<std::size_t>(i)] = value;
        };
        if (year >= start && year <= end) {
            const int y = year - start;
            const double lf = result.at(y, Column::labour_force);
            const double u = lf > 0 ? result.at(y, Column::unemployed) / lf : 0;
            set(Indicator::legal_coverage,
                IndicatorValue{(1 - u) * employeeShare[static_cast<std::size_t>(y)] * legal[static_cast<std::size_t>(y)],
                               false});
        }
        set(Indicator::effective_coverage_lf,
            pick(ratio(actual(year, H::insured), actual(year, H::labour_force)),
                 ratio(projected(year, Column::insured), projected(year, Column::labour_force))));
        set(Indicator::coverage_of_unemployed,
            pick(ratio(actual(year, H::beneficiaries), unemployedActual(year)),
                 ratio(projected(year, Column::beneficiaries), projected(year, Column::unemployed))));
        set(Indicator::recipiency,
            pick(std::nullopt, ratio(projected(year, Column::new_claims), projected(year, Column::separations))));
        const auto replacement = [&](std::optional<double> benefits, std::optional<double> beneficiaries,
                                     std::optional<double> wages, std::optional<double> insured) {
            return ratio(ratio(benefits, beneficiaries), ratio(wages, insured));  // the twelves cancel
        };
        set(Indicator::average_replacement_covered,
            pick(replacement(actual(year, H::benefits), actual(year, H::beneficiaries), actual(year, H::wage_bill),
                             actual(year, H::insured)),
                 replacement(projected(year, Column::benefits), projected(year, Column::beneficiaries),
                             projected(year, Column::wage_bill), projected(year, Column::insured))));
        set(Indicator::cost_rate, pick(ratio(actual(year, H::expenditure), actual(year, H::wage_bill)),
                                       ratio(projected(year, Column::expenditure), projected(year, Column::wage_bill))));
        set(Indicator::benefit_cost_rate,
            pick(ratio(actual(year, H::benefits), actual(year, H::wage_bill)),
                 ratio(projected(year, Column::benefits), projected(year, Column::wage_bill))));
        set(Indicator::reserve_ratio, pick(ratio(actual(year, H::reserve), actual(year, H::expenditure)),
                                           ratio(projected(year, Column::reserve), projected(year, Column::expenditure))));

        // Average high-cost multiple (US DOL): reserve over wages of the year, over the mean of
        // the three highest benefit cost rates of the twenty years to it.
        std::vector<double> rates;
        for (int y = year - 19; y <= year; ++y)
            if (const auto r = benefitCostRate(y))
                rates.push_back(*r);
        std::sort(rates.begin(), rates.end(), std::greater<>());
        if (rates.size() > 3)
            rates.resize(3);
        double mean = 0;
        for (double r : rates)
            mean += r;
        if (!rates.empty() && mean > 0) {
            mean /= static_cast<double>(rates.size());
            const auto fromHistory = ratio(actual(year, H::reserve), actual(year, H::wage_bill));
            const auto fromProjection = ratio(projected(year, Column::reserve), projected(year, Column::wage_bill));
            if (fromHistory)
                set(Indicator::average_high_cost_multiple, IndicatorValue{*fromHistory / mean, true});
            else if (fromProjection)
                set(Indicator::average_high_cost_multiple, IndicatorValue{*fromProjection / mean, false});
        }
        rows.push_back(row);
    }
    return rows;
}

}  // namespace tideover::core
