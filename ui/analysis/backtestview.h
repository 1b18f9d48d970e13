// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/backtest.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tideover::ui {

class BacktestChart;
class ScenarioDocument;

// The back-test (model-spec v3, core::runBacktest): the scenario projected over its history's
// years from a chosen start, and per history column the mean absolute percentage error and the
// bias of the projection against the actual figures, with a chart of one column's projected
// and actual figures. Run starts it; once run it follows the scenario. When it cannot run (no
// history, no reserve to start from, an invalid back-test scenario) a plain sentence says why.
class BacktestView : public QWidget {
    Q_OBJECT

public:
    explicit BacktestView(ScenarioDocument* document, QWidget* parent = nullptr);

    // Runs the back-test from fromYear(); false (with messageText()) when it cannot run.
    bool run();
    int fromYear() const;
    void setFromYear(int year);
    // Charts this column of the back-test (when it compares it).
    void showColumn(core::HistoryColumn column);
    std::optional<core::HistoryColumn> shownColumn() const;

    const std::optional<core::BacktestResult>& result() const { return m_result; }
    bool isStale() const { return m_stale; }
    QString messageText() const;
    QSpinBox* fromBox() const { return m_from; }
    QPushButton* runButton() const { return m_run; }
    QComboBox* columnBox() const { return m_column; }
    // Rows: the compared columns; columns: name, years compared, MAPE, bias (Qt::UserRole
    // holds the raw fraction).
    QTableWidget* summaryTable() const { return m_summary; }
    BacktestChart* chart() const { return m_chart; }
    QPushButton* calibrateButton() const { return m_calibrate; }

signals:
    // The user asks for the calibration dialog (Analysis > Calibrate to History).
    void calibrateRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onScenarioChanged();
    void showResult();
    void showChart();
    void setMessage(const QString& text, bool error);

    ScenarioDocument* m_document;
    QSpinBox* m_from = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_calibrate = nullptr;
    QComboBox* m_column = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_summary = nullptr;
    BacktestChart* m_chart = nullptr;
    std::optional<core::BacktestResult> m_result;
    bool m_hasRun = false;  // the user ran one: it follows the scenario from now on
    bool m_stale = false;
    bool m_dirty = false;   // the scenario changed while the page was hidden
    int m_historyFirst = 0;
    int m_historyLast = 0;
};

}  // namespace tideover::ui
