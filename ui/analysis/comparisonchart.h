// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "charts/chartview.h"

namespace tideover::ui {

class ComparisonSet;

// One measure of every compared scenario on one chart: a line each, the scenario being edited
// in the text colour and the pinned ones in the chart palette, over the years any of them
// projects. Follows the comparison set.
class ComparisonChart : public ChartView {
    Q_OBJECT

public:
    enum class Measure { ReserveRatio, Reserve, CostRate, ContributionRate };

    ComparisonChart(ComparisonSet* set, QWidget* parent = nullptr);

    Measure measure() const { return m_measure; }
    void setMeasure(Measure measure);
    // The colour of the line of compared column `index` (as ComparisonSet::compared()).
    QColor lineColour(int index) const;

public slots:
    void rebuild();

private:
    ComparisonSet* m_set;
    Measure m_measure = Measure::ReserveRatio;
};

} // namespace tideover::ui
