// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "common/assignment.h"

#include "common/optionvalues.h"

#include "core/io/historycsv.h"
#include "core/model/datedchanges.h"
#include "core/model/groups.h"
#include "core/model/parameters.h"

#include <algorithm>
#include <vector>

namespace tideover::app {

using namespace tideover::core;

namespace {

// Levenshtein distance, for suggesting the key the user probably meant.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

} // namespace

std::string unknownKeyMessage(std::string_view key)
{
    std::string best;
    std::size_t bestDistance = 6;
    for (const auto& p : parameters()) {
        const auto dot = p.key.find('.');
        const auto d = std::min(editDistance(key, p.key), editDistance(key, p.key.substr(dot + 1)));
        if (d < bestDistance) {
            bestDistance = d;
            best = p.key;
        }
    }
    for (const char* field : {"title", "description", "author", "country", "currency"})
        if (const auto d = editDistance(key, field); d < bestDistance && d <= 2) {
            bestDistance = d;
            best = field;
        }
    std::string message = "unknown parameter key '" + std::string(key) + "'";
    if (!best.empty())
        message += "; did you mean '" + best + "'?";
    return message + " (tideover-cli keys lists them all)";
}

std::string* metadataField(Scenario& scenario, std::string_view key)
{
    auto& m = scenario.meta;
    if (key == "title")
        return &m.title;
    if (key == "description")
        return &m.description;
    if (key == "author")
        return &m.author;
    if (key == "country")
        return &m.country;
    if (key == "currency")
        return &m.currency;
    return nullptr;
}

std::string applyAssignment(Scenario& scenario, std::string_view assignment)
{
    const auto eq = assignment.find('=');
    if (eq == std::string_view::npos || eq == 0)
        return "expected KEY=VALUE";
    const std::string_view key = assignment.substr(0, eq);
    if (std::string* field = metadataField(scenario, key)) {
        const std::string_view text = assignment.substr(eq + 1);
        const std::size_t limit = key == "currency" ? 10 : key == "description" ? 20000 : 500;
        if (text.size() > limit)
            return std::string(key) + ": " + std::to_string(text.size()) + " bytes; at most " +
                   std::to_string(limit);
        if (std::any_of(text.begin(), text.end(), [](char c) {
                return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n';
            }))
            return std::string(key) + ": contains a control character";
        *field = std::string(text);
        return {};
    }
    // group.NAME.KEY, group.NAME.KEY@YEAR or group.NAME.title (model-spec v4): the group is
    // added when the scenario has none of that name.
    if (isGroupKey(key))
        return setGroupFromText(scenario, key, assignment.substr(eq + 1));
    // KEY, or KEY@YEAR for a dated change (model-spec v2).
    const std::string_view base = key.substr(0, key.find('@'));
    if (!findParameter(base))
        return unknownKeyMessage(base);
    return setFromText(scenario, key, assignment.substr(eq + 1));
}

void applyAssignments(Scenario& scenario, const std::vector<std::string>& assignments)
{
    for (const auto& assignment : assignments)
        if (const std::string error = applyAssignment(scenario, assignment); !error.empty())
            throw OptionError("--set " + assignment + ": " + error);
}

void applyHistoryFile(core::Scenario& scenario, const std::optional<std::string>& path)
{
    if (!path)
        return;
    try {
        core::setHistory(scenario, core::loadHistoryCsvFile(*path));
    } catch (const core::HistoryCsvError& e) {
        throw OptionError(std::string("--history: ") + e.what());
    }
}

} // namespace tideover::app
