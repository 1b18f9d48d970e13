// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Crash safety of saving (docs/file-format.md, "Saving a file"): a process killed at any
// moment while saving leaves either the old file or the complete new one, never a torn one.
// The helper savehammer saves two scenarios in turn, forever; we kill it with SIGKILL after a
// random delay, many times, and read what it left.

#include "savehammer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

using namespace tideover::core;
using namespace tideover::test;

namespace {

struct Tally {
    int oldFile = 0;
    int newFile = 0;
    int torn = 0;
    int leftovers = 0;  // temporary files a killed save left behind
    QString firstTorn;
};

// Starts savehammer on `path`, kills it after a random delay of up to `maxMicroseconds`, and
// classifies what `path` then holds.
void hammerOnce(const QString& path, const char* mode, int maxMicroseconds, QRandomGenerator& random, Tally& tally,
                const Scenario& oldScenario, const Scenario& newScenario)
{
    QProcess hammer;
    hammer.start(QStringLiteral(TIDEOVER_SAVEHAMMER), {path, QString::fromLatin1(mode)});
    QVERIFY(hammer.waitForStarted());
    QVERIFY(hammer.waitForReadyRead(30000));  // "ready": the scenarios are built, saving begins
    QThread::usleep(static_cast<unsigned long>(random.bounded(maxMicroseconds)));
    hammer.kill();  // SIGKILL
    QVERIFY(hammer.waitForFinished(30000));
    try {
        const Scenario s = loadScenarioFile(path.toStdString());
        if (s == oldScenario)
            ++tally.oldFile;
        else if (s == newScenario)
            ++tally.newFile;
        else
            throw ScenarioFileError("a third scenario");
    } catch (const ScenarioFileError& e) {
        ++tally.torn;
        if (tally.firstTorn.isEmpty())
            tally.firstTorn = QString::fromUtf8(e.what()).left(300);
    }
    QDir dir = QFileInfo(path).dir();
    for (const QString& name : dir.entryList({".*.saving-*"}, QDir::Files | QDir::Hidden)) {
        ++tally.leftovers;
        QVERIFY(dir.remove(name));
    }
}

}  // namespace

class AtomicSaveTest : public QObject {
    Q_OBJECT

private slots:
    void killedWhileSaving_leavesOldOrNewFile();
    void killedWhileWritingInPlace_tearsTheFile();
    void abandonedTemporaries_areRemovedByTheNextSave();
};

void AtomicSaveTest::killedWhileSaving_leavesOldOrNewFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("hammered.tideover");
    const Scenario oldScenario = hammerScenario(false);
    const Scenario newScenario = hammerScenario(true);
    saveScenarioFile(oldScenario, path.toStdString());
    QRandomGenerator random(20260301);
    Tally tally;
    constexpr int kills = 100;
    for (int i = 0; i < kills; ++i) {
        hammerOnce(path, "atomic", 40000, random, tally, oldScenario, newScenario);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(tally.torn == 0, qPrintable(QStringLiteral("kill %1 left a torn file: %2").arg(i).arg(tally.firstTorn)));
    }
    qInfo("%d kills while saving: %d left the old file, %d the new one, 0 a torn one; %d left a temporary file",
          kills, tally.oldFile, tally.newFile, tally.leftovers);
    // The kills must have landed on both sides of a rename to mean anything.
    QVERIFY(tally.oldFile > 0 && tally.newFile > 0);
    // The next save clears what the killed ones left.
    saveScenarioFile(newScenario, path.toStdString());
    const QStringList left = QDir(dir.path()).entryList({QStringLiteral(".hammered.tideover.saving-*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void AtomicSaveTest::abandonedTemporaries_areRemovedByTheNextSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.tideover"));
    saveScenarioFile(hammerScenario(false), path.toStdString());
    // A process id that is certainly gone: a child that has exited.
    QProcess child;
    child.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
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

void AtomicSaveTest::killedWhileWritingInPlace_tearsTheFile()
{
    // The test has teeth: the same kills against a writer that truncates and rewrites the file
    // in place soon find it torn.
    QTemporaryDir dir;
    const QString path = dir.filePath("naive.tideover");
    const Scenario oldScenario = hammerScenario(false);
    const Scenario newScenario = hammerScenario(true);
    saveScenarioFile(oldScenario, path.toStdString());
    QRandomGenerator random(7);
    Tally tally;
    int kills = 0;
    while (tally.torn == 0 && kills < 300) {
        hammerOnce(path, "naive", 20000, random, tally, oldScenario, newScenario);
        if (QTest::currentTestFailed())
            return;
        ++kills;
    }
    qInfo("writing in place: the first torn file after %d kills (%s)", kills, qPrintable(tally.firstTorn.left(120)));
    QVERIFY(tally.torn > 0);
}

QTEST_GUILESS_MAIN(AtomicSaveTest)
#include "tst_atomicsave.moc"
