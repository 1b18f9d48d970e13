// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "charts/chartview.h"
#include "core/analysis/stochastic.h"

namespace tideover::ui {

// The probability that the reserve has been depleted (fallen below zero at the end of some
// month) by the end of each year, over the paths of a stochastic projection: how likely it is
// that the fund runs dry, and by when.
class DepletionChart : public ChartView {
    Q_OBJECT

public:
    explicit DepletionChart(ScenarioDocument* document, QWidget* parent = nullptr);

    void setResult(const core::StochasticResult& result, bool stale);
    void clearResult(const QString& note);

private:
    int m_probability = -1;
};

} // namespace tideover::ui
