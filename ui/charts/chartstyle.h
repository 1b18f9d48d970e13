// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace tideover::ui {

// The colours of a chart. Text, grid and background follow the widget's palette so charts read
// in light and dark themes; series use the fixed Okabe-Ito palette (Okabe & Ito 2008), which
// stays distinguishable for the common forms of colour blindness.
struct ChartStyle {
    enum class Series { Orange, SkyBlue, BluishGreen, Yellow, Blue, Vermillion, ReddishPurple };
    // Who pays for a scheme or a package.
    enum class Payer { Workers, Employers, State };

    QColor background;
    QColor text;
    QColor mutedText; // axis lines and ticks: quieter than labels
    QColor grid;
    QColor subGrid;
    QColor noteBackground; // the "out of date" note: a warning tint that suits the theme
    QColor noteText;
    bool dark = false;

    static ChartStyle fromPalette(const QPalette& palette);
    // A light or dark palette for charts whose theme the user forces (Preferences::chartTheme),
    // whatever the desktop's theme.
    static QPalette themePalette(bool dark);
    static QColor series(Series colour);
    // The colour of worker group `index` (0: the main group, then the groups in the scenario's
    // order), the same on every chart that splits a figure by group.
    static QColor group(int index);
    // The colour of a payer, the same on every chart that splits money by who pays (the
    // Package tab, the Compare page's packages, who pays for each group, the report).
    static QColor payer(Payer who);
    // `type` `factor` times larger (or smaller), whether it is sized in points or pixels.
    static QFont scaledFont(QFont type, double factor);
    // `a` over `b` with opacity `t` (0..1), as an opaque colour.
    static QColor blend(const QColor& a, const QColor& b, double t);
};

} // namespace tideover::ui
