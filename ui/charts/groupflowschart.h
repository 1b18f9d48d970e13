// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartview.h"

namespace tideover::ui {

// A flow of the projection by worker group (model-spec v4): the year's contributions, benefits,
// insured or beneficiaries as bars stacked by group (the main group at the bottom, then the
// groups in the scenario's order), so the bar's top is the total the other charts draw; or
// each group's cross-subsidy (what it pays in minus what it draws out) as a line. One series per
// group, named by the group's title, rebuilt when the groups change. Without groups it shows
// the total alone.
class GroupFlowsChart : public ChartView {
    Q_OBJECT

public:
    enum class Measure { Contributions, Benefits, Insured, Beneficiaries, CrossSubsidy };
    explicit GroupFlowsChart(ScenarioDocument* document, QWidget* parent = nullptr);

    Measure measure() const { return m_measure; }
    void setMeasure(Measure measure);
    // The colour of the group at `index` (0: the main group), shared with the who-pays chart.
    static QColor groupColour(int index);
    // The title shown for a group table ("Main group" for an untitled main group).
    static QString groupTitle(const core::GroupTable& table);

private:
    void rebuild();

    Measure m_measure = Measure::Contributions;
};

} // namespace tideover::ui
