// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/history.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace tideover::ui {

// How the GUI names, shows and reads the figures of a scenario's history (model-spec v3
// "History"), in the GUI's language: one place for the history editor, the charts' markers and
// the comparison table.
namespace historytext {

// "Contributions", "Unemployment rate": the column's title, as the results table names the
// projection's column of the same name.
QString title(core::HistoryColumn column);
// The spec's meaning: "contributions received (all payers)".
QString definition(core::HistoryColumn column);
// "VND", "persons", "persons a year", "%": the unit a header names.
QString unit(core::HistoryColumn column, const QString& currency);
// The CSV name, "contributions".
QString name(core::HistoryColumn column);

// A value as a table shows it: "1,234,567.5 VND", "12,345", "5.2 %" (every significant digit
// kept: these are the planner's own figures, not results).
QString formatValue(core::HistoryColumn column, double value, const QString& currency,
                    const QLocale& locale = QLocale());
// The value as an editor starts from: no group separators or unit, a rate in percent ("5.2").
QString editText(core::HistoryColumn column, double value, const QLocale& locale = QLocale());
// Reads what the planner typed: the locale's number (group separators allowed; a unit or "%"
// after it ignored), a rate in percent. An empty text is nullopt with no error; a text that is
// no number, or a value the column does not allow, is nullopt with `error` saying why.
std::optional<double> parseValue(core::HistoryColumn column, const QString& text, QString* error,
                                 const QLocale& locale = QLocale());

} // namespace historytext

} // namespace tideover::ui
