// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

class QCustomPlot;

namespace tideover::ui {

// One bar of a package chart (model-spec v5 "Package results"): the cost of the package that
// each payer bears, in the axis's unit (already divided by the chart's scale).
struct PackageBar {
    QString title;  // the tick label: a scenario's name or a year
    double employers = 0;
    double workers = 0;
    double state = 0;
    QString label;  // drawn above the bar (its total, formatted); "" for none
};

// Cost of a protection package by payer as stacked bars, employers at the bottom, then the
// workers, then the state: one bar per scenario on the Compare page, one per year in the
// report. A value that is not finite, negative or too large to draw counts as nothing, so a
// hostile scenario cannot push coordinates out of the painter's range.
class PackageChart {
    Q_DECLARE_TR_FUNCTIONS(tideover::ui::PackageChart)

public:
    // `labelEvery`: a tick label on every n-th bar (1: all; years use more).
    static void build(QCustomPlot& plot, const std::vector<PackageBar>& bars, const QString& axisTitle,
                      const QString& title, int labelEvery = 1);
    // The value a bar part is drawn at (0 for none).
    static double barValue(double value);
};

}  // namespace tideover::ui
