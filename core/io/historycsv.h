// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tideover::core {

// The CSV form of a history (model-spec v3, "History"): a header row with `year` first, then any
// history columns, `COLUMN_source` columns and `notes`; one row per year.
inline constexpr std::uintmax_t kMaxHistoryCsvBytes = 1u << 20;  // 1 MiB

class HistoryCsvError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A history with its source notes (keyed "history.COLUMN@YEAR", as in Scenario::sources).
struct HistoryTable {
    History history;
    std::map<std::string, std::string> sources;
    bool operator==(const HistoryTable&) const = default;
};

// Reads the CSV text; `origin` names the file in messages ("FILE, line 4, column 'benefits':
// 'abc' is not a number"). Refuses unknown or repeated columns, values that are not numbers or
// out of the column's range, years outside 1900..2200 or given twice, rows of the wrong
// length, and more rows than there are years. Throws HistoryCsvError.
HistoryTable readHistoryCsv(std::string_view text, std::string_view origin = "history");
HistoryTable loadHistoryCsvFile(const std::filesystem::path& path);
// The CSV text: `year`, the columns any year records, their `_source` columns when a note is
// given, and `notes` when a year has notes. Numbers in the shortest form that reads back.
std::string writeHistoryCsv(const History& history, const std::map<std::string, std::string>& sources);

// The scenario's history and its source notes as a table, and the reverse (which replaces
// the scenario's whole history and every "history.*" source note).
HistoryTable historyTable(const Scenario& scenario);
void setHistory(Scenario& scenario, const HistoryTable& table);

}  // namespace tideover::core
