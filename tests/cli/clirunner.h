// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

// Runs a command-line program of Tideover (tideover-cli by default, TIDEOVER_CLI) with
// QProcess for the CLI tests: its exit status and its whole stdout and stderr, and a
// description of the run for failure messages. One helper for every test in tests/cli.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace clitest {

// The program under test; TIDEOVER_CLI_UNDER_TEST in the environment runs the tests against
// another build (an older one, to see a regression test fail).
inline const QString kCli = qEnvironmentVariable("TIDEOVER_CLI_UNDER_TEST", QStringLiteral(TIDEOVER_CLI));
constexpr int kTimeoutMs = 120000;

// One finished (or not) run of a program.
struct Run {
    QString program = kCli;
    QStringList args;
    bool started = false;
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString problem; // could not start, timed out

    bool exitedWith(int code) const
    {
        return started && finished && exitStatus == QProcess::NormalExit && exitCode == code;
    }

    // Everything about the run, for a failure message.
    QByteArray describe(const QString& what = {}) const
    {
        QString text;
        if (!what.isEmpty())
            text += what + "\n";
        text += "command: " + (program == kCli ? QStringLiteral("tideover-cli") : program);
        for (const auto& a : args)
            text += ' ' + (a.contains(' ') || a.isEmpty() ? '\'' + a + '\'' : a);
        text += '\n';
        if (!problem.isEmpty())
            text += "problem: " + problem + '\n';
        else if (exitStatus == QProcess::CrashExit)
            text += "crashed (signal or abort)\n";
        else
            text += QString("exit status: %1\n").arg(exitCode);
        text += QString("--- stdout (%1 bytes) ---\n").arg(out.size()) + QString::fromUtf8(out.left(100000));
        text += QString("\n--- stderr (%1 bytes) ---\n").arg(err.size()) + QString::fromUtf8(err);
        text += "\n--- end ---";
        return text.toUtf8();
    }
};

// Runs `program` with `args`, standard input from /dev/null; stdout into `stdoutFile` when
// given; `environment` when given, else the test's own.
inline Run runProgram(const QString& program, const QStringList& args, const QString& stdoutFile = {},
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    Run r;
    r.program = program;
    r.args = args;
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(environment);
    p.setStandardInputFile(QProcess::nullDevice());
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start();
    r.started = p.waitForStarted(kTimeoutMs);
    if (!r.started) {
        r.problem = "could not start " + program + ": " + p.errorString();
        return r;
    }
    p.waitForFinished(kTimeoutMs);
    r.finished = p.state() == QProcess::NotRunning;
    if (!r.finished) {
        r.problem = QString("timed out after %1 ms").arg(kTimeoutMs);
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitStatus = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline Run runCli(const QStringList& args, const QString& stdoutFile = {})
{
    return runProgram(kCli, args, stdoutFile);
}

} // namespace clitest

#define EXPECT_EXIT(run, code)                                                                               \
    QVERIFY2((run).exitedWith(code), (run).describe("expected exit status " #code).constData())
#define VERIFY_RUN(cond, run) QVERIFY2((cond), (run).describe("failed: " #cond).constData())
