// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "charts/chartview.h"
#include "core/analysis/stresstest.h"

namespace tideover::ui {

// A recession stress test drawn over the baseline: the reserve ratio with and without the
// recession (against the target), or the unemployment rate that causes it (annual averages
// of the monthly rates).
class StressChart : public ChartView {
    Q_OBJECT

public:
    enum class Measure { ReserveRatio, UnemploymentRate };

    StressChart(ScenarioDocument* document, Measure measure, QWidget* parent = nullptr);

    int baselineSeries() const { return m_baseline; }
    int stressedSeries() const { return m_stressed; }

    // `startYear` is the projection's first year; `stale` marks results of an earlier
    // scenario (it has errors now).
    void setResult(const core::StressResult& result, int startYear, double targetRatio, bool stale);
    void clearResult(const QString& note);

private:
    Measure m_measure;
    int m_baseline = -1;
    int m_stressed = -1;
    int m_target = -1;
};

} // namespace tideover::ui
