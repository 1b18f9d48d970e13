// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Promises the repository makes to a new user: CI runs exactly the README's test command,
// and the README's two set-up commands are there.

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The single command line in the ```sh block after `marker` in the README.
QString readmeCommand(const QString& marker)
{
    const QString readme = readText(QStringLiteral(TIDEOVER_SOURCE_DIR "/README.md"));
    const QRegularExpression block(QRegularExpression::escape(marker) + QStringLiteral(R"(\s*```sh\n([^\n]+)\n```)"));
    const auto m = block.match(readme);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

}  // namespace

class RepositoryTest : public QObject {
    Q_OBJECT

private slots:
    void readme_hasRunAndTestCommands();
    void ciRun_runsExactlyTheReadmeTestCommand();
};

void RepositoryTest::readme_hasRunAndTestCommands()
{
    const QString run = readmeCommand(QStringLiteral("<!-- run-command -->"));
    const QString test = readmeCommand(QStringLiteral("<!-- test-command -->"));
    QVERIFY2(run.startsWith("apt-get update && apt-get install"), qPrintable(run));
    QVERIFY2(test.startsWith("apt-get update && apt-get install"), qPrintable(test));
    QVERIFY2(run.endsWith("./build/release/app/tideover"), qPrintable(run));  // opens builtin:default
    QVERIFY2(test.contains("--preset ci"), qPrintable(test));
}

void RepositoryTest::ciRun_runsExactlyTheReadmeTestCommand()
{
    const QString script = readText(QStringLiteral(TIDEOVER_SOURCE_DIR "/.ci/run"));
    QStringList commands;
    for (const QString& line : script.split('\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith('#') && !t.startsWith("set ") && !t.startsWith("cd "))
            commands << t;
    }
    QCOMPARE(commands, QStringList{readmeCommand(QStringLiteral("<!-- test-command -->"))});
}

QTEST_GUILESS_MAIN(RepositoryTest)
#include "tst_repository.moc"
