// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/io/numberstyle.h"
#include "core/model/parameters.h"

#include <QLocale>
#include <QString>

namespace tideover::ui {

// How numbers look in the GUI. Figures (results people read: the headline figures, tables,
// chart labels, the report) follow the one number style of core/io/numberstyle.h
// (docs/number-style.md) with the locale's separators, and a non-breaking space between a
// number and its unit. Values as entered (a parameter's value) are shown as typed.
namespace format {

// 1,234,567 (the locale's separators), `decimals` after the point.
QString number(double x, int decimals = 0, const QLocale& locale = QLocale());
// A value as entered, a fraction as a percentage: 0.0125 -> "1.25 %" (up to `maxDecimals`,
// trailing zeros dropped: the value the user typed). Not for results: use rate().
QString percent(double fraction, int maxDecimals = 2, const QLocale& locale = QLocale());

// A figure of `kind` by the number style, without a unit: "3,350,000", "1.25" (a rate in
// percent), "0.87".
QString figure(core::Figure kind, double value, const QLocale& locale = QLocale());
// The same with the decimals shared by figures shown together (core::sharedDecimals).
QString figure(core::Figure kind, double value, int decimals, const QLocale& locale = QLocale());
// A rate (a fraction) as a percentage: 0.0125 -> "1.25 %", 0.43 -> "43.0 %".
QString rate(double fraction, const QLocale& locale = QLocale());
QString rate(double fraction, int decimals, const QLocale& locale = QLocale());
// A number of people: "4,826,304".
QString persons(double count, const QLocale& locale = QLocale());
// Money with its currency: "3,350,000 VND", "512.30 VND", "0 VND"; when `compact`, large
// sums in millions, billions or trillions: "3.35 m VND".
QString money(double amount, const QString& currency, bool compact = false, const QLocale& locale = QLocale());
// Money with the decimals shared by a column (core::sharedDecimals).
QString moneyWithDecimals(double amount, const QString& currency, int decimals, const QLocale& locale = QLocale());
// Years of expenditure (a ratio): "2.75 years".
QString years(double value, const QLocale& locale = QLocale());
// "—" for NaN and other undefined values.
QString undefinedMark();
// The spaces of a figure made non-breaking, so that a number never parts from its unit.
QString nonBreaking(QString text);

// The unit shown next to a parameter's editor: "%", "VND/month", "persons", "years", ...
QString unitLabel(const core::ParameterInfo& p, const QString& currency);
// Whether the GUI shows this parameter (or its elements) as a percentage.
bool showsPercent(const core::ParameterInfo& p);
// A parameter's value for display (percentages, separators, lists joined with ", ").
QString displayValue(const core::ParameterInfo& p, const core::ParamValue& value, const QString& currency,
                     const QLocale& locale = QLocale());

}  // namespace format

}  // namespace tideover::ui
