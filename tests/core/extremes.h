// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

// Scenarios at the edges of what a file can carry: the bundled default with one key at an
// extreme (its range's ends, the number types' limits, the longest lists), every key at its
// range's lower or upper end at once, and the files of tests/data/hostile/loads (which parse
// but hold out-of-range values). Shared by tst_extremes (every core function on each) and
// the GUI's tst_untrustedfiles (the window opens each and stays up).

#include "core/io/scenariofile.h"
#include "core/model/parameters.h"
#include "core/model/scenario.h"

#include <QDir>
#include <QString>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace tideover::test {

struct ExtremeScenario {
    std::string name;  // "labour.force=1e308", "every key at its maximum", "hostile/loads/..."
    core::Scenario scenario;
};

namespace detail {

inline std::vector<std::string> extremeTexts(const core::ParameterInfo& p)
{
    std::vector<std::string> scalars;
    const auto add = [&](double x) {
        if (std::isfinite(x))
            scalars.push_back(core::formatNumber(x));
    };
    switch (p.kind) {
    case core::Kind::Enum:
        return {p.words.begin(), p.words.end()};
    case core::Kind::Seed:
        return {"0", "18446744073709551615"};
    case core::Kind::Integer:
    case core::Kind::IntegerList:
        scalars = {"0", "-1", "2147483647", "-2147483648"};
        if (p.kind == core::Kind::Integer)
            scalars.insert(scalars.end(), {"9223372036854775807", "-9223372036854775808"});
        break;
    default:
        scalars = {"0", "-1", "5e-324", "1e308", "-1e308"};
        break;
    }
    add(p.range.min);
    add(p.range.max);
    std::vector<std::string> texts = scalars;
    if (p.kind == core::Kind::Series || p.kind == core::Kind::RealList || p.kind == core::Kind::IntegerList) {
        // The longest list a file may hold, of the largest and of the smallest values.
        for (const std::string& x : {scalars[2], scalars[3], scalars.back()}) {
            std::string list = x;
            for (std::size_t i = 1; i < core::kMaxListLength; ++i)
                list += "," + x;
            texts.push_back(list);
        }
    }
    return texts;
}

inline bool setText(core::Scenario& s, const core::ParameterInfo& p, const std::string& text)
{
    const auto parsed = core::parseValue(p, text);
    if (!parsed.value)
        return false;
    p.set(s, *parsed.value);
    return true;
}

}  // namespace detail

// Every extreme scenario; `hostileFolder` is tests/data/hostile/loads.
inline std::vector<ExtremeScenario> extremeScenarios(const QString& hostileFolder)
{
    std::vector<ExtremeScenario> out;
    const core::Scenario base = core::loadScenario("builtin:default");
    core::Scenario lowest = base;
    core::Scenario highest = base;
    for (const core::ParameterInfo& p : core::parameters()) {
        for (const std::string& text : detail::extremeTexts(p)) {
            core::Scenario s = base;
            if (detail::setText(s, p, text))
                out.push_back({std::string(p.key) + "=" + (text.size() > 40 ? text.substr(0, 20) + ",… (" +
                                                              std::to_string(core::kMaxListLength) + " entries)"
                                                                            : text),
                               std::move(s)});
        }
        if (std::isfinite(p.range.min))
            detail::setText(lowest, p, core::formatNumber(p.range.min));
        if (std::isfinite(p.range.max))
            detail::setText(highest, p, core::formatNumber(p.range.max));
    }
    out.push_back({"every key at its minimum", lowest});
    out.push_back({"every key at its maximum", highest});
    const QDir dir(hostileFolder);
    for (const QString& file : dir.entryList({QStringLiteral("*.tideover")}, QDir::Files, QDir::Name))
        out.push_back({"hostile/loads/" + file.toStdString(),
                       core::loadScenarioFile(dir.filePath(file).toStdString())});
    return out;
}

}  // namespace tideover::test
