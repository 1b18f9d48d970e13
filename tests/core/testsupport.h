// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

// Helpers shared by the core tests: building scenarios from key/value text, the bundled
// default, and relative comparisons that print what they compared.

#include "core/model/datedchanges.h"
#include "core/model/parameters.h"
#include "core/engine/projection.h"
#include "core/model/scenario.h"
#include "core/io/scenariofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace tideover::test {

using namespace tideover::core;

// Sets `key` from its --set text; fails the test (by exception) when the key or text is bad.
inline void setValue(Scenario& s, const std::string& key, const std::string& text)
{
    if (const std::string error = setFromText(s, key, text); !error.empty())
        throw std::runtime_error("test sets " + key + "=" + text + ": " + error);
}

// The spec's defaults plus the given assignments.
inline Scenario scenarioWith(const std::vector<std::pair<std::string, std::string>>& assignments)
{
    Scenario s = Scenario::withDefaults();
    for (const auto& [key, text] : assignments)
        setValue(s, key, text);
    return s;
}

// The bundled default scenario with --set style changes ("key=value").
inline Scenario defaultWith(const QStringList& assignments)
{
    Scenario s = loadScenario("builtin:default");
    for (const QString& assignment : assignments) {
        const auto eq = assignment.indexOf('=');
        setValue(s, assignment.left(eq).toStdString(), assignment.mid(eq + 1).toStdString());
    }
    return s;
}

// A history made by the model itself: the figures of `columns` in every year of `result`
// (projectedHistoryValue), as a back-test or a calibration should reproduce them.
inline History historyOf(const ProjectionResult& result, const std::vector<HistoryColumn>& columns)
{
    History h;
    for (int row = 0; row < result.years; ++row)
        for (HistoryColumn c : columns) {
            double value = 0;
            switch (c) {
            case HistoryColumn::unemployment_rate:
                value = result.at(row, Column::unemployed) / result.at(row, Column::labour_force);
                break;
            default: {
                const auto& names = columnNames();
                const auto at = std::find(names.begin(), names.end(), historyColumn(c).name);
                value = result.annual(row, static_cast<Eigen::Index>(at - names.begin()));
            }
            }
            h.set(result.startYear + row, c, value);
        }
    return h;
}

// A small valid scenario (the golden "basic" case) to vary in tests.
inline Scenario basicScenario()
{
    return scenarioWith({{"labour.force", "10000000"}, {"wages.average_monthly", "2000"}, {"projection.years", "20"}});
}

// A golden case's scenario.json: keys the case sets, every other key at the spec's default.
inline Scenario scenarioFromJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Scenario s = Scenario::withDefaults();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString text;
        if (it.value().isArray()) {
            QStringList parts;
            for (const auto& v : it.value().toArray())
                parts << QString::number(v.toDouble(), 'g', 17);
            text = parts.join(',');
        } else if (it.value().isString()) {
            text = it.value().toString();
        } else {
            text = QString::number(it.value().toDouble(), 'g', 17);
        }
        setValue(s, it.key().toStdString(), text.toStdString());
    }
    return s;
}

// A projection CSV as a frozen table of an earlier version shows it: when `expected`'s header
// ends before the v2 columns (model-spec v2, appended after high_cost_multiple), the columns it
// lacks are cut from `actual` provided every cut cell is 0 (a v1 scenario has no state's
// share); otherwise `actual` is returned whole, so that the comparison fails.
inline std::string asFrozen(const std::string& actual, const std::string& expected)
{
    const auto firstLine = [](const std::string& text) { return text.substr(0, text.find('\n')); };
    const auto fields = [](const std::string& line) { return QString::fromStdString(line).split(','); };
    const qsizetype keep = fields(firstLine(expected)).size();
    if (keep >= fields(firstLine(actual)).size())
        return actual;
    std::string out;
    bool header = true;
    for (const QString& line : QString::fromStdString(actual).split('\n', Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(',');
        for (qsizetype i = keep; i < cells.size() && !header; ++i)
            if (cells[i].toDouble() != 0.0)
                return actual;
        header = false;
        out += cells.mid(0, keep).join(',').toStdString() + "\n";
    }
    return out;
}

inline bool relativelyClose(double actual, double expected, double tolerance)
{
    if (actual == expected)
        return true;
    return std::abs(actual - expected) <= tolerance * std::max(std::abs(actual), std::abs(expected));
}

// QCOMPARE for doubles with a relative tolerance, printing both values in full.
#define TIDEOVER_COMPARE_REL(actual, expected, tolerance, what)                                          \
    do {                                                                                                 \
        const double a_ = (actual);                                                                      \
        const double e_ = (expected);                                                                    \
        if (!tideover::test::relativelyClose(a_, e_, (tolerance)))                                      \
            QFAIL(qPrintable(QStringLiteral("%1: actual %2, expected %3 (relative difference %4, "     \
                                            "tolerance %5)")                                             \
                                 .arg(QString::fromStdString(std::string(what)))                         \
                                 .arg(a_, 0, 'g', 17)                                                    \
                                 .arg(e_, 0, 'g', 17)                                                    \
                                 .arg(std::abs(a_ - e_) / std::max(std::abs(a_), std::abs(e_)), 0, 'g', 3) \
                                 .arg(tolerance)));                                                      \
    } while (false)

}  // namespace tideover::test
