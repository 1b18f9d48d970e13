// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QScrollArea;
class QTabWidget;
class QTableView;

namespace tideover::ui {

class BacktestView;
class MonitoringTableModel;
class ScenarioDocument;
class SparklineChart;
class SparklineGrid;

// The "Monitoring" page (model-spec v3): the monitoring indicators per year over the history
// and the projection, as small multiples (actual values as markers, projected ones as a line)
// and as a compact table (actual values bold on a shaded cell), the two high-cost multiples
// named apart; and, on its second tab, the back-test. With no history every figure is
// projected and a note says how to add one.
class MonitoringView : public QWidget {
    Q_OBJECT

public:
    explicit MonitoringView(ScenarioDocument* document, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    MonitoringTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SparklineGrid* sparklineGrid() const { return m_grid; }
    SparklineChart* sparkline(int indicator) const;
    BacktestView* backtestView() const { return m_backtest; }
    QString noteText() const;
    // Shows the back-test's tab.
    void showBacktest();

signals:
    void calibrateRequested();

private:
    void update();

    ScenarioDocument* m_document;
    MonitoringTableModel* m_model = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_note = nullptr;
    QTableView* m_table = nullptr;
    SparklineGrid* m_grid = nullptr;
    std::vector<SparklineChart*> m_sparklines;
    BacktestView* m_backtest = nullptr;
    QScrollArea* m_backtestArea = nullptr;  // holds m_backtest
};

}  // namespace tideover::ui
