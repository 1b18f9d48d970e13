// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"
#include "core/model/scenario.h"

#include <QString>

#include <utility>
#include <vector>

namespace tideover::ui {

// The words the scenario editor shows for a parameter: its label, unit, allowed range and
// default in the unit the planner reads (percent for fractions, the scenario's currency for
// money), the human words of enum values, and a problem message as it reads at the field.
// Everything comes from the parameter table; nothing here lists parameters.
namespace parametertext {

QString label(const core::ParameterInfo& info);
QString key(const core::ParameterInfo& info);
// The unit next to an editor. Percentages show their "%" inside the box, so only the rest is
// returned ("a year", "of contributions"); other units as format::unitLabel gives them.
QString unit(const core::ParameterInfo& info, const QString& currency);
// "Existing scheme (steady state)" for "steady_state"; the raw word when there is no mapping.
QString enumWord(std::string_view key, std::string_view word);
// One number as the editor shows it, without the unit: "60 %", "9,000", "0.85".
QString number(const core::ParameterInfo& info, double value);
// "0 % to 100 %", "more than 0", "any value", in the displayed unit.
QString range(const core::ParameterInfo& info, const QString& currency);
// "25 %", "1 % every year", "none: the scenario must give it".
QString defaultValue(const core::ParameterInfo& info, const QString& currency);
// The rich-text tooltip of a parameter: label, help, allowed range, default and key.
QString toolTip(const core::ParameterInfo& info, const QString& currency);
// "4 % from 2026; 5 % from 2030" (or just "4 %" for a constant); a long schedule in brief:
// "50 % from 2026 … 60 % from 2036 (11 steps)".
QString seriesSummary(const core::ParameterInfo& info, const core::Series& series, int startYear);
// The base value, then the dated changes: "1 % → 1.5 % from 2028"; more than two changes in
// brief: "50 % → 80 % from 2030 (3 changes)". `changes` are (year, value), by year.
QString datedSummary(const core::ParameterInfo& info, const core::Series& base,
                     const std::vector<std::pair<int, double>>& changes, int startYear);
// Every step: "50 % from 2026; 51 % from 2027; ...".
QString seriesDetail(const core::ParameterInfo& info, const core::Series& series, int startYear);
// "1 error" / "3 errors": `one` as is, `many` with %1 for the count (no plural translation
// files are loaded, so tr("%n error(s)") would show the "(s)"). Both are translated in
// `context`, the caller's class (where lupdate files its QT_TR_NOOPs).
QString count(int n, const char* context, const char* one, const char* many);
// A validation message as it reads under the field: the leading "key: " is dropped (the field
// names the parameter) and the first letter capitalised.
QString problem(const QString& message, const QString& key);

} // namespace parametertext

} // namespace tideover::ui
