// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "charts/chartstyle.h"
#include "core/engine/package.h"

#include <QWidget>

#include <array>

class QCustomPlot;
class QCPBars;
class QCPGraph;

namespace tideover::ui {

// A laid-off worker's income month by month (model-spec v5 "The worker's view"): bars stacked by
// source (severance, insurance, savings account, solidarity top-up, assistance) against the
// wage before the lay-off as a line.
class WorkerIncomeChart : public QWidget {
    Q_OBJECT

public:
    enum Source { Severance, Insurance, Savings, Solidarity, Assistance };
    static constexpr int kSources = 5;

    explicit WorkerIncomeChart(QWidget* parent = nullptr);

    // Shows `view` (money in `currency`); `stale` fades the bars (results of an earlier scenario).
    void setView(const core::WorkerView& view, const QString& currency, bool stale = false);
    void clear();
    // Which sources have a legend entry (the parts the scenario has; the insurance always).
    void setSourcesShown(const std::array<bool, kSources>& shown);
    QCustomPlot* plot() const { return m_plot; }
    QCPBars* bars(Source source) const { return m_bars[std::size_t(source)]; }
    QCPGraph* wageLine() const { return m_wage; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();

    QCustomPlot* m_plot = nullptr;
    std::array<QCPBars*, kSources> m_bars{};
    QCPGraph* m_wage = nullptr;
    ChartStyle m_style;
    bool m_stale = false;
};

} // namespace tideover::ui
