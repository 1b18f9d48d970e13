// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "stochasticrunner.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace tideover::ui {

struct StochasticRunner::Job {
    core::Scenario scenario;
    int threads = 0;
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0}; // written by the core's workers, read by the poll timer
    // Written by the thread before it ends, read after QThread::finished.
    std::optional<core::StochasticResult> result;
    bool wasCancelled = false;
    QString error;
    double seconds = 0;
};

StochasticRunner::StochasticRunner(QObject* parent) : QObject(parent)
{
    // A poll rather than a signal per block: the core reports after every 256 paths, from
    // several threads, far more often than a progress bar can show.
    m_poll.setInterval(40);
    connect(&m_poll, &QTimer::timeout, this, &StochasticRunner::pollProgress);
}

StochasticRunner::~StochasticRunner()
{
    if (m_job)
        m_job->cancel = true;
    for (QThread* thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void StochasticRunner::start(const core::Scenario& scenario, int threads)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->scenario = scenario;
    job->threads = threads;
    QThread* thread = QThread::create([job] {
        QElapsedTimer clock;
        clock.start();
        try {
            const core::StochasticProjection projection(job->scenario);
            core::StochasticOptions options;
            options.threads = job->threads;
            options.cancel = &job->cancel;
            options.progress = [job](double fraction) {
                job->permille.store(static_cast<int>(fraction * 1000), std::memory_order_relaxed);
            };
            job->result = projection.run(options);
        } catch (const core::StochasticCancelled&) {
            job->wasCancelled = true;
        } catch (const std::exception& e) {
            job->error = QString::fromStdString(e.what());
        }
        job->seconds = double(clock.nsecsElapsed()) * 1e-9;
    });
    m_threads.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread, job] {
        m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), thread), m_threads.end());
        thread->deleteLater();
        onThreadFinished(job);
    });
    m_job = job;
    m_progress = 0;
    thread->start();
    m_poll.start();
    emit started();
    emit progressChanged(0);
}

void StochasticRunner::adoptResult(const core::StochasticResult& result, const core::Scenario& scenario,
                                   double seconds)
{
    if (isRunning())
        return;
    m_result = result;
    m_resultScenario = scenario;
    m_seconds = seconds;
    m_progress = 1;
    emit finished();
}

void StochasticRunner::cancel()
{
    if (!m_job)
        return;
    // The thread stops at its next block and is forgotten: whatever it returns is dropped.
    m_job->cancel = true;
    m_job.reset();
    m_poll.stop();
    m_progress = 0;
    emit cancelled();
}

void StochasticRunner::pollProgress()
{
    if (!m_job)
        return;
    const double fraction = m_job->permille.load(std::memory_order_relaxed) / 1000.0;
    if (fraction != m_progress) {
        m_progress = fraction;
        emit progressChanged(fraction);
    }
}

void StochasticRunner::onThreadFinished(const std::shared_ptr<Job>& job)
{
    if (job != m_job)
        return; // a cancelled or superseded run
    m_job.reset();
    m_poll.stop();
    if (job->result) {
        m_result = std::move(job->result);
        m_resultScenario = job->scenario;
        m_seconds = job->seconds;
        m_progress = 1;
        emit progressChanged(1);
        emit finished();
    } else if (job->wasCancelled) {
        m_progress = 0;
        emit cancelled();
    } else {
        m_progress = 0;
        emit failed(job->error);
    }
}

} // namespace tideover::ui
