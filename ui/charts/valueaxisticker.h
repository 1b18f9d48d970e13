// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <qcustomplot.h>

#include <QLocale>

namespace tideover::ui {

// Tick labels for a value axis that people can read: values multiplied by a factor (100 for
// percentages, 1e-9 for billions, the unit then goes in the axis label), the locale's
// thousands separators, and just enough decimals for the tick step. QCustomPlot's default
// "gb" format prints large money as "1e+09", which a planner should never have to decode.
class ValueAxisTicker : public QCPAxisTicker {
public:
    ValueAxisTicker() = default;

    double factor() const { return m_factor; }
    void setFactor(double factor) { m_factor = factor; }
    // The locale of the labels; QCustomPlot passes its own C locale, which has no separators.
    void setLocale(const QLocale& locale) { m_locale = locale; }

protected:
    double getTickStep(const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    double m_factor = 1.0;
    int m_decimals = 0; // for the current tick step, set by getTickStep
    QLocale m_locale;
};

} // namespace tideover::ui
