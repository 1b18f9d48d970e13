// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/model/history.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace tideover::core {

const std::array<HistoryColumnInfo, kHistoryColumnCount>& historyColumns()
{
    using C = HistoryColumn;
    static const std::array<HistoryColumnInfo, kHistoryColumnCount> table{{
        {C::labour_force, "labour_force", "persons", false, false, false},
        {C::unemployment_rate, "unemployment_rate", "fraction", false, false, true},
        {C::insured, "insured", "persons", false, false, false},
        {C::wage_bill, "wage_bill", "LCU/yr", true, false, false},
        {C::contributions, "contributions", "LCU/yr", true, false, false},
        {C::state_subsidy, "state_subsidy", "LCU/yr", true, false, false},
        {C::new_claims, "new_claims", "persons/yr", false, false, false},
        {C::beneficiaries, "beneficiaries", "persons", false, false, false},
        {C::benefits, "benefits", "LCU/yr", true, false, false},
        {C::expenditure, "expenditure", "LCU/yr", true, false, false},
        {C::investment_income, "investment_income", "LCU/yr", true, true, false},
        {C::reserve, "reserve", "LCU", true, true, false},
    }};
    return table;
}

const HistoryColumnInfo& historyColumn(HistoryColumn c)
{
    return historyColumns()[static_cast<std::size_t>(c)];
}

std::optional<HistoryColumn> findHistoryColumn(std::string_view name)
{
    for (const auto& info : historyColumns())
        if (info.name == name)
            return info.column;
    return std::nullopt;
}

std::string_view historyRange(HistoryColumn c)
{
    const auto& info = historyColumn(c);
    if (info.fraction)
        return "[0, 1)";
    return info.mayBeNegative ? "any" : ">= 0";
}

bool historyValueAllowed(HistoryColumn c, double value)
{
    const auto& info = historyColumn(c);
    if (!std::isfinite(value))
        return false;
    if (info.fraction)
        return value >= 0 && value < 1;
    return info.mayBeNegative || value >= 0;
}

bool HistoryYear::empty() const
{
    return notes.empty() && std::none_of(values.begin(), values.end(), [](const auto& v) { return v.has_value(); });
}

std::optional<double> History::value(int year, HistoryColumn c) const
{
    const auto it = years.find(year);
    return it == years.end() ? std::nullopt : it->second[c];
}

void History::set(int year, HistoryColumn c, std::optional<double> value)
{
    HistoryYear& row = years[year];
    row[c] = value;
    if (row.empty())
        years.erase(year);
}

void History::setNotes(int year, std::string notes)
{
    HistoryYear& row = years[year];
    row.notes = std::move(notes);
    if (row.empty())
        years.erase(year);
}

bool History::has(HistoryColumn c) const
{
    return std::any_of(years.begin(), years.end(), [c](const auto& y) { return y.second[c].has_value(); });
}

std::string historySourceKey(HistoryColumn c, int year)
{
    return std::string(kHistoryPrefix) + std::string(historyColumn(c).name) + "@" + std::to_string(year);
}

std::string historyNotesKey(int year)
{
    return std::string(kHistoryPrefix) + "notes@" + std::to_string(year);
}

std::vector<std::string> differingHistoryKeys(const History& a, const History& b)
{
    std::set<int> years;
    for (const auto& [year, row] : a.years)
        years.insert(year);
    for (const auto& [year, row] : b.years)
        years.insert(year);
    std::vector<std::string> keys;
    const HistoryYear none;
    for (int year : years) {
        const auto ia = a.years.find(year), ib = b.years.find(year);
        const HistoryYear& ra = ia == a.years.end() ? none : ia->second;
        const HistoryYear& rb = ib == b.years.end() ? none : ib->second;
        for (const auto& info : historyColumns())
            if (ra[info.column] != rb[info.column])
                keys.push_back(historySourceKey(info.column, year));
        if (ra.notes != rb.notes)
            keys.push_back(historyNotesKey(year));
    }
    return keys;
}

std::optional<HistoryKey> parseHistoryKey(std::string_view key, std::string* error)
{
    const auto fail = [error](std::string message) -> std::optional<HistoryKey> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    if (!key.starts_with(kHistoryPrefix))
        return fail("a history entry's key starts with 'history.'");
    key.remove_prefix(kHistoryPrefix.size());
    const std::size_t at = key.find('@');
    if (at == std::string_view::npos)
        return fail("a history entry's key is history.COLUMN@YEAR");
    const std::string_view name = key.substr(0, at);
    const std::string_view yearText = key.substr(at + 1);
    HistoryKey result;
    if (name != "notes") {
        result.column = findHistoryColumn(name);
        if (!result.column)
            return fail("'" + std::string(name.substr(0, 40)) + "' is not a history column");
    }
    int year = 0;
    const auto [end, ec] = std::from_chars(yearText.data(), yearText.data() + yearText.size(), year);
    if (ec != std::errc() || end != yearText.data() + yearText.size() || yearText.empty())
        return fail("'" + std::string(yearText.substr(0, 20)) + "' is not a year");
    if (year < kFirstHistoryYear || year > kLastHistoryYear)
        return fail("the year " + std::to_string(year) + " is not a calendar year in " +
                    std::to_string(kFirstHistoryYear) + ".." + std::to_string(kLastHistoryYear));
    result.year = year;
    return result;
}

}  // namespace tideover::core
