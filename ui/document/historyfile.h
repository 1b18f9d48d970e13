// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/io/historycsv.h"

#include <QString>

#include <optional>

namespace tideover::ui {

class ScenarioDocument;

// File ▸ Import History and Export History without their dialogs (model-spec v3, "CSV form").

// Reads a history CSV file with the core's reader. On failure returns nullopt with the core's
// message in `error`: the file, the line and the column ("FILE, line 4: column 'benefits':
// 'abc' is not a number").
std::optional<core::HistoryTable> readHistoryFile(const QString& path, QString* error);

// Replaces the document's history and its source notes with the file's, as one undoable step
// ("Import history from FILE"). On failure the document is left exactly as it was and `error`
// says why.
bool importHistoryFile(ScenarioDocument& document, const QString& path, QString* error);
// The same step for a table already read from `path` (the dialog reads it before asking).
void importHistory(ScenarioDocument& document, const core::HistoryTable& table, const QString& path);

// Writes the document's history with its source notes as CSV (core::writeHistoryCsv), by the
// rules of writeFileSafely. False with `error` when it cannot, or when there is no history.
bool exportHistoryFile(const ScenarioDocument& document, const QString& path, QString* error);

} // namespace tideover::ui
