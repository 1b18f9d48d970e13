// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"

#include <QLocale>
#include <QString>

namespace tideover::ui {

// How numbers look in the GUI: thousands separators from the locale, rates as percentages,
// money with the scenario's currency code. One place, so the editor, the headline figures,
// the charts and the tables agree.
namespace format {

// 1,234,567 (the locale's separators), `decimals` after the point.
QString number(double x, int decimals = 0, const QLocale& locale = QLocale());
// A fraction as a percentage: 0.0125 -> "1.25 %" (trailing zeros trimmed to `minDecimals`).
QString percent(double fraction, int maxDecimals = 2, const QLocale& locale = QLocale());
// Money with its currency: "12,345 VND"; large sums in millions/billions when `compact`.
QString money(double amount, const QString& currency, bool compact = false, const QLocale& locale = QLocale());
// Years of expenditure: "2.75 years".
QString years(double value, const QLocale& locale = QLocale());
// "—" for NaN and other undefined values.
QString undefinedMark();

// The unit shown next to a parameter's editor: "%", "VND/month", "persons", "years", ...
QString unitLabel(const core::ParameterInfo& p, const QString& currency);
// Whether the GUI shows this parameter (or its elements) as a percentage.
bool showsPercent(const core::ParameterInfo& p);
// A parameter's value for display (percentages, separators, lists joined with ", ").
QString displayValue(const core::ParameterInfo& p, const core::ParamValue& value, const QString& currency,
                     const QLocale& locale = QLocale());

}  // namespace format

}  // namespace tideover::ui
