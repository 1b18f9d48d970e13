// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "charts/chartview.h"
#include "core/analysis/stochastic.h"

namespace tideover::ui {

// A fan chart of one measure of a stochastic projection (reserve, reserve ratio or cost rate):
// the band holding the middle 90 % of the paths (5th to 95th percentile), the middle 50 %
// (25th to 75th) and the median, year by year, with the deterministic projection for
// comparison and, for the reserve ratio, the target.
class FanChart : public ChartView {
    Q_OBJECT

public:
    FanChart(ScenarioDocument* document, core::StochasticMeasure measure, QWidget* parent = nullptr);

    core::StochasticMeasure measure() const { return m_measure; }
    // The percentile series, in the order of core::kPercentileLevels (p5 .. p95).
    int percentileSeries(int level) const { return m_percentiles[std::size_t(level)]; }
    int deterministicSeries() const { return m_deterministic; }

    // Shows a run; `deterministic` is the projection of the same scenario (may be null).
    // `stale` fades it and says that the scenario changed since.
    void setResult(const core::StochasticResult& result, const core::ProjectionResult* deterministic,
                   double targetRatio, bool stale);
    // No run yet: an empty chart with `note` ("Press Run…").
    void clearResult(const QString& note);

private:
    core::StochasticMeasure m_measure;
    std::array<int, core::kPercentileCount> m_percentiles{};
    int m_deterministic = -1;
    int m_target = -1;
};

} // namespace tideover::ui
