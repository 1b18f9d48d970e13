// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Crash safety of saving (docs/file-format.md, "Saving a file"): a process killed at any
// moment while saving leaves either the old file or the complete new one, never a torn one.
// Deterministic: the helper savehammer stops at each step of a save in turn (the saver
// announces its steps through a test-only hook) and we kill it there, so each step's outcome
// is asserted exactly, whatever the machine's speed; then random kills, their delays scaled by
// the measured time of a save, assert only that no kill tears the file.

#include "savehammer.h"
#include "testsupport.h"

#include "core/io/atomicfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

using namespace tideover::core;
using namespace tideover::test;

namespace {

enum class Found { Old, New, Torn };

Found whatIsAt(const QString& path, const Scenario& oldScenario, const Scenario& newScenario, QString* why = nullptr)
{
    try {
        const Scenario s = loadScenarioFile(path.toStdString());
        if (s == oldScenario)
            return Found::Old;
        if (s == newScenario)
            return Found::New;
        if (why)
            *why = QStringLiteral("a third scenario");
    } catch (const ScenarioFileError& e) {
        if (why)
            *why = QString::fromUtf8(e.what()).left(300);
    }
    return Found::Torn;
}

// Reads lines from `process` until one equals `line` (the process announces where it is).
// The wait has no bearing on the outcome: it ends when the line comes.
bool waitForLine(QProcess& process, const QByteArray& line)
{
    while (process.state() == QProcess::Running || process.bytesAvailable() > 0) {
        while (process.canReadLine())
            if (process.readLine().trimmed() == line)
                return true;
        if (!process.waitForReadyRead(60000) && !process.canReadLine())
            return false;
    }
    return false;
}

// Runs savehammer with `args` until it prints `line`, waits `delayMicroseconds`, and kills it with SIGKILL. False when it never said it.
bool hammerUntil(const QStringList& args, const QByteArray& line, unsigned long delayMicroseconds = 0)
{
    QProcess hammer;
    hammer.start(QStringLiteral(TIDEOVER_SAVEHAMMER), args);
    if (!hammer.waitForStarted() || !waitForLine(hammer, line))
        return false;
    if (delayMicroseconds > 0)
        QThread::usleep(delayMicroseconds);
    hammer.kill();
    return hammer.waitForFinished(60000);
}

// The temporary files a killed save left beside `path`; removed after counting.
int removeLeftovers(const QString& path)
{
    QDir dir = QFileInfo(path).dir();
    int count = 0;
    for (const QString& name : dir.entryList({QStringLiteral(".*.saving-*")}, QDir::Files | QDir::Hidden)) {
        ++count;
        dir.remove(name);
    }
    return count;
}

}  // namespace

class AtomicSaveTest : public QObject {
    Q_OBJECT

private slots:
    void killedAtEachStep_leavesThatStepsFile_data();
    void killedAtEachStep_leavesThatStepsFile();
    void killedAtRandomMoments_neverTearsTheFile();
    void killedWhileWritingInPlace_tearsTheFile();
    void abandonedTemporaries_areRemovedByTheNextSave();
};

void AtomicSaveTest::killedAtEachStep_leavesThatStepsFile_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("expectNew");
    QTest::addColumn<int>("leftovers");
    QTest::newRow("temporary file created") << "TemporaryCreated" << false << 1;
    QTest::newRow("content written") << "ContentWritten" << false << 1;
    QTest::newRow("flushed to disk") << "Flushed" << false << 1;
    QTest::newRow("renamed over the file") << "Renamed" << true << 0;
    QTest::newRow("done") << "Done" << true << 0;
}

void AtomicSaveTest::killedAtEachStep_leavesThatStepsFile()
{
    QFETCH(QString, step);
    QFETCH(bool, expectNew);
    QFETCH(int, leftovers);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hammered.tideover"));
    const Scenario oldScenario = hammerScenario(false);
    const Scenario newScenario = hammerScenario(true);
    saveScenarioFile(oldScenario, path.toStdString());

    QVERIFY2(hammerUntil({path, QStringLiteral("pause"), step}, "at " + step.toUtf8()),
             qPrintable("savehammer never reached " + step));

    QString why;
    const Found found = whatIsAt(path, oldScenario, newScenario, &why);
    QVERIFY2(found != Found::Torn, qPrintable("a kill at " + step + " left a torn file: " + why));
    QCOMPARE(found == Found::New, expectNew);
    QCOMPARE(removeLeftovers(path), leftovers);
}

void AtomicSaveTest::killedAtRandomMoments_neverTearsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hammered.tideover"));
    const Scenario oldScenario = hammerScenario(false);
    const Scenario newScenario = hammerScenario(true);
    // The delays are scaled by what a save takes on this machine now, so that the kills land
    // across saves on a fast or a slow machine; the assertion does not depend on where.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 4; ++i)
        saveScenarioFile(i % 2 ? oldScenario : newScenario, path.toStdString());
    const qint64 saveMicroseconds = std::max<qint64>(100, timer.nsecsElapsed() / 4000);
    saveScenarioFile(oldScenario, path.toStdString());

    QRandomGenerator random(20260301);
    int counts[3] = {0, 0, 0};
    int leftovers = 0;
    constexpr int kills = 60;
    for (int i = 0; i < kills; ++i) {
        QVERIFY(hammerUntil({path, QStringLiteral("atomic")}, "ready",
                            static_cast<unsigned long>(random.bounded(4 * saveMicroseconds))));
        QString why;
        const Found found = whatIsAt(path, oldScenario, newScenario, &why);
        QVERIFY2(found != Found::Torn, qPrintable(QStringLiteral("kill %1 left a torn file: %2").arg(i).arg(why)));
        ++counts[int(found)];
        leftovers += removeLeftovers(path);
    }
    qInfo("%d kills at random within 4 saves (a save takes %lld us here): %d left the old file, %d the new one, "
          "0 a torn one; %d left a temporary file",
          kills, saveMicroseconds, counts[0], counts[1], leftovers);
}

void AtomicSaveTest::killedWhileWritingInPlace_tearsTheFile()
{
    // The test has teeth: a writer that truncates and rewrites the file in place, killed
    // halfway, leaves a file that is neither scenario, and whatIsAt sees it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("naive.tideover"));
    const Scenario oldScenario = hammerScenario(false);
    const Scenario newScenario = hammerScenario(true);
    saveScenarioFile(oldScenario, path.toStdString());
    QVERIFY(hammerUntil({path, QStringLiteral("naive")}, "at half"));
    QCOMPARE(whatIsAt(path, oldScenario, newScenario), Found::Torn);
}

void AtomicSaveTest::abandonedTemporaries_areRemovedByTheNextSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.tideover"));
    saveScenarioFile(hammerScenario(false), path.toStdString());
    // A process id that is certainly gone: a child that has exited.
    QProcess child;
    child.start(QStringLiteral("true"), {});
    QVERIFY(child.waitForStarted());
    const qint64 gone = child.processId();
    QVERIFY(child.waitForFinished());
    const qint64 running = qint64(::getppid());
    auto touch = [&](const QString& name) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("partial");
    };
    const QString dead = QStringLiteral(".s.tideover.saving-%1-0").arg(gone);
    const QString alive = QStringLiteral(".s.tideover.saving-%1-3").arg(running);
    const QString otherFile = QStringLiteral(".t.tideover.saving-%1-0").arg(gone);
    const QString notOurs = QStringLiteral(".s.tideover.saving-notes");
    for (const QString& name : {dead, alive, otherFile, notOurs})
        touch(name);

    saveScenarioFile(hammerScenario(true), path.toStdString());
    QVERIFY2(!QFile::exists(dir.filePath(dead)), "a killed save's temporary file stays");
    QVERIFY2(QFile::exists(dir.filePath(alive)), "a running process's temporary file was removed");
    QVERIFY2(QFile::exists(dir.filePath(otherFile)), "another file's temporary file was removed");
    QVERIFY2(QFile::exists(dir.filePath(notOurs)), "a file not of our pattern was removed");
    QCOMPARE(loadScenarioFile(path.toStdString()), hammerScenario(true));
}

QTEST_GUILESS_MAIN(AtomicSaveTest)
#include "tst_atomicsave.moc"
