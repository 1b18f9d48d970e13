// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"
#include "core/analysis/stochastic.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace tideover::ui {

// Runs a stochastic projection (core::StochasticProjection) on a background thread, so the
// window never waits for it: start() returns at once, progressChanged() reports the share of
// paths done a few times a second, cancel() stops the run within one block of paths, and
// finished() hands over the result. The core spreads the paths over every core and its
// results depend on the seed only, never on the threads. Qt Core only.
class StochasticRunner : public QObject {
    Q_OBJECT

public:
    explicit StochasticRunner(QObject* parent = nullptr);
    // Cancels a run in progress and waits for it (a block of paths: milliseconds).
    ~StochasticRunner() override;

    // Starts a run of `scenario` with its stochastic.* parameters (paths, seed, volatilities),
    // cancelling any run in progress; `threads` 0 uses every core.
    void start(const core::Scenario& scenario, int threads = 0);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    double progress() const { return m_progress; } // 0..1 of the run in progress

    // The last finished run: its result, the scenario it ran and how long it took.
    bool hasResult() const { return m_result.has_value(); }
    const core::StochasticResult& result() const { return *m_result; }
    const core::Scenario& resultScenario() const { return m_resultScenario; }
    double seconds() const { return m_seconds; }
    // Takes a finished run made elsewhere (a rebuilt window keeps its page's run) as if it had
    // just finished here: emits finished(). Does nothing while a run is in progress.
    void adoptResult(const core::StochasticResult& result, const core::Scenario& scenario, double seconds);

signals:
    void started();
    void progressChanged(double fraction);
    void finished(); // result() holds the new run
    void cancelled();
    void failed(const QString& message);

private:
    struct Job; // one run's inputs, flags and outputs, shared with its thread
    void pollProgress();
    void onThreadFinished(const std::shared_ptr<Job>& job);

    std::shared_ptr<Job> m_job;      // the run in progress, or nullptr
    std::vector<QThread*> m_threads; // threads still running (a cancelled run may linger briefly)
    QTimer m_poll;
    double m_progress = 0;
    std::optional<core::StochasticResult> m_result;
    core::Scenario m_resultScenario;
    double m_seconds = 0;
};

} // namespace tideover::ui
