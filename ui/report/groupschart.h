// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

class QCustomPlot;

namespace tideover::ui {

// What one worker group paid in and drew out over the projection (model-spec v4 "Output with
// groups"), summed over its years, in the currency's unit.
struct GroupFlow {
    QString title;
    double workers = 0;        // worker_contributions
    double employers = 0;      // employer_contributions
    double state = 0;          // state_contributions + state_subsidy (its share of benefits)
    double benefits = 0;       // benefits
    double otherSpending = 0;  // expenditure - benefits: other spending and administration
};

// The report's "who pays, who draws" chart: for each group a bar of what it pays in, stacked
// by payer (workers, employers, the state), beside a bar of what it draws out (benefits, then
// the other spending). Values are divided by `divisor` and drawn against an axis titled
// `axisTitle`; a value that is not finite, negative or too large to draw
// (ChartView::plottableValue) is drawn as nothing, so that a hostile scenario cannot push
// coordinates out of the painter's range.
class GroupsChart {
    Q_DECLARE_TR_FUNCTIONS(tideover::ui::GroupsChart)

public:
    static void build(QCustomPlot& plot, const std::vector<GroupFlow>& flows, double divisor,
                      const QString& axisTitle);
    // The value a bar is drawn at (0 for none), in the axis's unit.
    static double barValue(double value, double divisor);
};

}  // namespace tideover::ui
