// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "charts/chartview.h"
#include "core/analysis/backtest.h"

namespace tideover::ui {

// One column of a back-test (model-spec v3): the projected figures as a line and the
// history's actual figures as markers, over the back-test's years.
class BacktestChart : public ChartView {
    Q_OBJECT

public:
    explicit BacktestChart(ScenarioDocument* document, QWidget* parent = nullptr);

    int projectedSeries() const { return m_projected; }
    int actualSeries() const { return m_actual; }

    // Shows `column` of `result`; `stale` fades it (a back-test of an earlier scenario).
    void setResult(const core::BacktestResult& result, core::HistoryColumn column, bool stale);
    void clearResult(const QString& note);

private:
    int m_projected = -1;
    int m_actual = -1;
};

}  // namespace tideover::ui
