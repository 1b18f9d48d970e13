// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// What the command line does to the file it is told to write (docs/robustness.md, "The file
// system"): a read-only file is refused unless --force, a device, FIFO or standard output is
// written through and never replaced, a FIFO nobody reads is refused at once, and a link
// another user planted is refused. Each case failed before: /dev/null and /dev/stdout were
// replaced by regular files, a FIFO was replaced, a read-only file overwritten.

#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace clitest;

class CliFilesTest : public QObject {
    Q_OBJECT

private slots:
    void readOnlyTarget_isRefusedUnlessForce_data();
    void readOnlyTarget_isRefusedUnlessForce();
    void forceOnACommandThatWritesNoFile_isRefused();
    void devNull_staysADevice();
    void devStdout_isWrittenThroughToTheRedirectedFile();
    void fifoWithoutReader_isRefusedAtOnce();
};

void CliFilesTest::readOnlyTarget_isRefusedUnlessForce_data()
{
    QTest::addColumn<QStringList>("args");  // OUT stands for the target
    QTest::newRow("save") << QStringList{"save", "builtin:default", "OUT"};
    QTest::newRow("project") << QStringList{"project", "builtin:default", "--output", "OUT"};
    QTest::newRow("simulate") << QStringList{"simulate", "builtin:default", "--paths", "20", "--output", "OUT"};
    QTest::newRow("sensitivity") << QStringList{"sensitivity", "builtin:default", "--output", "OUT"};
}

void CliFilesTest::readOnlyTarget_isRefusedUnlessForce()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("kept.out"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
    }
    QCOMPARE(::chmod(QFile::encodeName(target).constData(), 0444), 0);
    args.replace(args.indexOf(QStringLiteral("OUT")), target);

    const Run refused = runCli(args);
    EXPECT_EXIT(refused, 2);
    VERIFY_RUN(refused.err.contains("is read-only (mode 0444)") && refused.err.contains("--force replaces it"), refused);
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("precious"));
    kept.close();

    const Run forced = runCli(args << QStringLiteral("--force"));
    EXPECT_EXIT(forced, 0);
    QVERIFY(QFileInfo(target).size() > 8);
    QCOMPARE(int(QFileInfo(target).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)), 0);
}

void CliFilesTest::forceOnACommandThatWritesNoFile_isRefused()
{
    const Run r = runCli({QStringLiteral("summary"), QStringLiteral("builtin:default"), QStringLiteral("--force")});
    EXPECT_EXIT(r, 2);
    VERIFY_RUN(r.err.contains("--force applies to tideover-cli"), r);
}

void CliFilesTest::devNull_staysADevice()
{
    const Run r = runCli({QStringLiteral("save"), QStringLiteral("builtin:default"), QStringLiteral("/dev/null")});
    EXPECT_EXIT(r, 0);
    struct stat st {};
    QCOMPARE(::stat("/dev/null", &st), 0);
    QVERIFY2(S_ISCHR(st.st_mode), "/dev/null was replaced by a regular file");
}

void CliFilesTest::devStdout_isWrittenThroughToTheRedirectedFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("stdout.csv"));
    const Run r = runCli({QStringLiteral("project"), QStringLiteral("builtin:default"), QStringLiteral("--output"),
                          QStringLiteral("/dev/stdout")},
                         out);
    EXPECT_EXIT(r, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(f.readAll().startsWith("year,labour_force"), "the projection did not reach the redirected stdout");
    QVERIFY(QFileInfo(QStringLiteral("/dev/stdout")).isSymLink());
}

void CliFilesTest::fifoWithoutReader_isRefusedAtOnce()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run r = runCli({QStringLiteral("save"), QStringLiteral("builtin:default"), fifo});
    EXPECT_EXIT(r, 2);  // before: the FIFO was replaced by a file
    VERIFY_RUN(r.err.contains("is a FIFO that no program is reading"), r);
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
}

QTEST_GUILESS_MAIN(CliFilesTest)
#include "tst_cli_files.moc"
