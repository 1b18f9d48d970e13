// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/io/atomicfile.h"
#include "core/model/scenario.h"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// The `.tideover` scenario file: a Boost.Serialization XML archive holding our envelope
// (format name, format version, app version), the scenario's metadata, and one entry per
// parameter (key, value in --set syntax, source note). See docs/file-format.md.
inline constexpr std::string_view kScenarioFormatName = "tideover-scenario";
// Version 2 (model-spec v2) adds dated changes, `KEY@YEAR` entries; version 3 (model-spec v3)
// the history, `history.COLUMN@YEAR` entries; version 4 (model-spec v4) worker groups,
// `group.NAME.KEY` entries; version 5 (model-spec v5) the package keys (severance.*, savings.*,
// assistance.*, economy.gdp*, economy.government_expenditure). Older files read unchanged.
inline constexpr int kScenarioFormatVersion = 5;
inline constexpr std::uintmax_t kMaxScenarioFileBytes = 4u << 20;  // 4 MiB
inline constexpr std::string_view kScenarioExtension = ".tideover";

// Why a file could not be read: the message names the file and the problem, for the user.
class ScenarioFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What a loaded file said about itself.
struct ScenarioFileInfo {
    int formatVersion = 0;
    std::string appVersion;  // the Tideover that wrote it
};

// Reads a scenario from the text of a file. Keys the file omits take the spec's defaults.
// Syntax is checked here (unknown or repeated keys, values that are not numbers, NaN and
// infinity, oversized lists); ranges are checked by validate(). `origin` names the file in
// messages. Throws ScenarioFileError.
Scenario readScenario(std::string_view text, std::string_view origin = "scenario",
                      ScenarioFileInfo* info = nullptr);
// The file's text for a scenario (current format version).
std::string writeScenario(const Scenario& scenario);

// File versions; throw ScenarioFileError (load) or SaveError (save; see writeFileAtomically).
Scenario loadScenarioFile(const std::filesystem::path& path, ScenarioFileInfo* info = nullptr);
void saveScenarioFile(const Scenario& scenario, const std::filesystem::path& path, const SaveOptions& options = {});

// The scenarios built into the binaries (from scenarios/*.tideover).
std::vector<std::string> builtinScenarioNames();
// The text of a built-in scenario file, or "" when there is none of that name. With a
// `language` ("vi", from scenarios/LANGUAGE/NAME.tideover) the translation when there is one,
// else the English original. A translation differs only in its texts (title, description,
// country, source notes): tests/core/tst_scenariofile checks it.
std::string_view builtinScenarioText(std::string_view name, std::string_view language = {});

// "builtin:NAME" (in `language`, as builtinScenarioText) or a file path, as the command line
// and the GUI accept them.
Scenario loadScenario(std::string_view spec, std::string_view language = {});
inline constexpr std::string_view kBuiltinPrefix = "builtin:";

}  // namespace tideover::core
