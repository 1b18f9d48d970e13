// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace tideover::ui {

class DepletionChart;
class FanChart;
class ScenarioDocument;
class StochasticRunner;

// The "Risk" page: a stochastic (Monte Carlo) projection of the scenario, run in the
// background on demand with a progress bar and a Cancel button, shown as fan charts of the
// reserve ratio, reserve and cost rate and a chart of the probability of depletion, with a
// summary in words. Paths and seed are run settings, not scheme design (core::isRunSetting):
// the page sets them in the scenario without an undo step or a modification, and a change of
// them leaves the charts current. A change of the scheme after a run marks the charts out of
// date rather than starting a new run on every keystroke.
class RiskView : public QWidget {
    Q_OBJECT

public:
    explicit RiskView(ScenarioDocument* document, QWidget* parent = nullptr);

    StochasticRunner* runner() const { return m_runner; }
    FanChart* ratioChart() const { return m_ratio; }
    FanChart* reserveChart() const { return m_reserve; }
    FanChart* costRateChart() const { return m_costRate; }
    DepletionChart* depletionChart() const { return m_depletion; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* runButton() const { return m_runButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QProgressBar* progressBar() const { return m_progress; }
    QString statusText() const;
    QString summaryText() const;
    // True when the charts show a run of an earlier state of the scenario.
    bool isStale() const { return m_stale; }

public slots:
    // Runs the scenario as it is now (does nothing while it has errors).
    void run();
    void cancel();

signals:
    // The user asked to edit a stochastic parameter the page does not edit itself.
    void editParameterRequested(const QString& key);
    // The user chose another number of paths or seed on the page (for the preferences).
    void runSettingsChosen();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onScenarioChanged();
    void onFinished();
    void updateControls();
    void updateCharts();
    void updateSummary();

    ScenarioDocument* m_document;
    StochasticRunner* m_runner = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QSpinBox* m_paths = nullptr;
    QLineEdit* m_seed = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_shocks = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    FanChart* m_ratio = nullptr;
    FanChart* m_reserve = nullptr;
    FanChart* m_costRate = nullptr;
    DepletionChart* m_depletion = nullptr;
    bool m_stale = false;
    bool m_shown = false;
    QString m_lastMessage; // "Cancelled", an error
};

} // namespace tideover::ui
