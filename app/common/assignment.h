// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::app {

// The scenario's text field for a metadata key of --set (title, description, author,
// country, currency), or null for any other key.
std::string* metadataField(core::Scenario& scenario, std::string_view key);

// `--set KEY=VALUE` and `--set KEY@YEAR=VALUE` (a dated change, model-spec v2), as every
// command-line tool of Tideover accepts them: finds the key in the parameter table, parses the
// value (setFromText) and sets it. The metadata keys title,
// description, author, country and currency take their text as it is (at most 500 bytes, a
// description 20,000, a currency code 10; no control characters but tab and line feed). Returns "" on
// success, or what is wrong, for the user ("labour.force: 'ten' is not a number", or an unknown key with the
// nearest known one suggested). Ranges are left to validate().
std::string applyAssignment(core::Scenario& scenario, std::string_view assignment);

// Every --set of a command line, in order; the first that fails throws OptionError
// ("--set KEY=VALUE: what is wrong").
void applyAssignments(core::Scenario& scenario, const std::vector<std::string>& assignments);

// `--history FILE.csv` (model-spec v3): replaces the scenario's history and its source notes by
// the CSV's; an unreadable or malformed CSV throws OptionError naming the file, line and column.
// Nothing happens without a path.
void applyHistoryFile(core::Scenario& scenario, const std::optional<std::string>& path);

// "unknown parameter key 'KEY'; did you mean 'NEAREST'? (tideover-cli keys lists them all)".
std::string unknownKeyMessage(std::string_view key);

} // namespace tideover::app
