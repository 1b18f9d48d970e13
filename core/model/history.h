// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// model-spec v3 "History": the published annual figures of a scheme, by calendar year. Each
// column is optional in each year. The names are the projection CSV's.
enum class HistoryColumn {
    labour_force,
    unemployment_rate,
    insured,
    wage_bill,
    contributions,
    state_subsidy,
    new_claims,
    beneficiaries,
    benefits,
    expenditure,
    investment_income,
    reserve,
};
inline constexpr int kHistoryColumnCount = 12;

// What the spec's table says of a column.
struct HistoryColumnInfo {
    HistoryColumn column;
    std::string_view name;    // "benefits", as in the projection CSV
    std::string_view unit;    // "LCU/yr", "persons", "fraction"
    bool money;               // in the scenario's currency
    bool mayBeNegative;       // investment_income, reserve
    bool fraction;            // unemployment_rate: [0, 1)
};
const std::array<HistoryColumnInfo, kHistoryColumnCount>& historyColumns();
const HistoryColumnInfo& historyColumn(HistoryColumn c);
std::optional<HistoryColumn> findHistoryColumn(std::string_view name);
// "allowed" part of an out-of-range message: ">= 0", "any", "[0, 1)".
std::string_view historyRange(HistoryColumn c);
bool historyValueAllowed(HistoryColumn c, double value);

// Calendar years a history may hold (the dated changes' years).
inline constexpr int kFirstHistoryYear = 1900;
inline constexpr int kLastHistoryYear = 2200;
inline constexpr std::size_t kMaxHistoryYears = kLastHistoryYear - kFirstHistoryYear + 1;
// The longest note of a year, in bytes.
inline constexpr std::size_t kMaxHistoryNotes = 4000;

struct HistoryYear {
    std::array<std::optional<double>, kHistoryColumnCount> values;
    std::string notes;

    std::optional<double> operator[](HistoryColumn c) const { return values[static_cast<std::size_t>(c)]; }
    std::optional<double>& operator[](HistoryColumn c) { return values[static_cast<std::size_t>(c)]; }
    bool empty() const;
    bool operator==(const HistoryYear&) const = default;
};

// The history of a scenario: calendar year -> its figures (years with nothing recorded are
// not kept). Source notes live in Scenario::sources under historySourceKey().
struct History {
    std::map<int, HistoryYear> years;

    bool empty() const { return years.empty(); }
    int firstYear() const { return years.empty() ? 0 : years.begin()->first; }
    int lastYear() const { return years.empty() ? 0 : years.rbegin()->first; }
    std::optional<double> value(int year, HistoryColumn c) const;
    // Sets or clears (nullopt) one value; a year left with nothing is removed.
    void set(int year, HistoryColumn c, std::optional<double> value);
    void setNotes(int year, std::string notes);
    // Whether any year records the column.
    bool has(HistoryColumn c) const;
    bool operator==(const History&) const = default;
};

// "history.benefits@2015": the key of a value's source note (and of its problems).
std::string historySourceKey(HistoryColumn c, int year);
// "history.notes@2015": the key of a year's notes in files.
std::string historyNotesKey(int year);
inline constexpr std::string_view kHistoryPrefix = "history.";

// The figures and notes in which two histories differ, as "history.COLUMN@YEAR" (one has the
// figure and the other not, or the values differ) and "history.notes@YEAR", by year, then in
// the columns' order.
std::vector<std::string> differingHistoryKeys(const History& a, const History& b);

// A parsed "history.COLUMN@YEAR" or "history.notes@YEAR".
struct HistoryKey {
    std::optional<HistoryColumn> column;  // none: the notes
    int year = 0;
};
// The key's parts, or an error sentence (without the key) when it is not one.
std::optional<HistoryKey> parseHistoryKey(std::string_view key, std::string* error = nullptr);

}  // namespace tideover::core
