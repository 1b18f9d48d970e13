// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Terminal escape codes from files never reach the terminal raw (issue 17, item 5). Hostile
// files are written into a temporary folder: a scenario and an exercise whose <format> or
// <app_version> hold "ESC]0;title BEL ESC[2J", a file whose NAME holds an escape sequence, and
// a scenario whose title and source note hold C1 controls (the 8-bit CSI as UTF-8), DEL and
// stray bytes that are not UTF-8. Every run's stdout and stderr must hold no byte below 0x20
// but line feed and tab, no DEL, no C1 control and nothing that is not UTF-8; the printable
// text around them (Vietnamese, French) must pass unchanged.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "clirunner.h"

namespace {

using namespace clitest;

const QByteArray kTitleAndClear = "\x1b]0;pwned\x07\x1b[2J";
// C1 CSI (U+009B) as UTF-8, DEL, a lone 0x9B, a lone 0xFF: a scenario file may hold them (it
// refuses C0 controls), and show printed them as they were.
const QByteArray kLoadable = "\xc2\x9b" "2J\x7f" "del\x9b" "31m\xff" "end";
// The same with a C0 escape and a carriage return, for what is quoted before it is checked.
const QByteArray kControls = kLoadable + "\x1b[0m\r";
const QByteArray kPrintable = "Vi\xe1\xbb\x87t Nam, d\xc3\xa9penses"; // Việt Nam, dépenses

// What a terminal would act on: a C0 control but line feed and tab, DEL, a C1 control, or a
// byte that is not part of valid UTF-8. Empty when the text is safe, else where it is.
QString firstUnsafe(const QByteArray& text)
{
    const auto at = [&](qsizetype i) { return static_cast<unsigned char>(text[i]); };
    for (qsizetype i = 0; i < text.size();) {
        const unsigned char c = at(i);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                return QString("byte 0x%1 at %2").arg(c, 2, 16, QChar('0')).arg(i);
            ++i;
            continue;
        }
        const int length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return QString("invalid UTF-8 0x%1 at %2").arg(c, 2, 16, QChar('0')).arg(i);
        for (int k = 1; k < length; ++k)
            if ((at(i + k) & 0xc0) != 0x80)
                return QString("invalid UTF-8 0x%1 at %2").arg(c, 2, 16, QChar('0')).arg(i);
        if (c == 0xc2 && at(i + 1) < 0xa0)
            return QString("C1 control U+00%1 at %2").arg(at(i + 1), 2, 16, QChar('0')).arg(i);
        i += length;
    }
    return {};
}

#define EXPECT_TERMINAL_SAFE(run)                                                                              \
    do {                                                                                                       \
        const QString outProblem = firstUnsafe((run).out), errProblem = firstUnsafe((run).err);                \
        QVERIFY2(outProblem.isEmpty(), (run).describe("stdout: " + outProblem).constData());                    \
        QVERIFY2(errProblem.isEmpty(), (run).describe("stderr: " + errProblem).constData());                    \
    } while (false)

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// The text of the first element <name> replaced.
QByteArray withElement(QByteArray xml, const QByteArray& name, const QByteArray& text)
{
    const QByteArray open = "<" + name + ">", close = "</" + name + ">";
    const auto from = xml.indexOf(open) + open.size();
    return xml.replace(from, xml.indexOf(close, from) - from, text);
}

} // namespace

class CliTerminalTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scenario = readFile(QStringLiteral(TIDEOVER_SOURCE_DIR "/scenarios/default.tideover"));
        m_exercise = readFile(QStringLiteral(TIDEOVER_SOURCE_DIR "/exercises/kelora-1-diagnosis.tideover-exercise"));
        QVERIFY(!m_scenario.isEmpty() && !m_exercise.isEmpty());
        QVERIFY(firstUnsafe(kTitleAndClear + kControls).startsWith("byte 0x1b"));
    }

    void hostileFile_messagesAreEscaped_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("args"); // FILE stands for the file
        const QStringList validate = {"validate", "FILE"};
        QTest::newRow("scenario <format>") << "format.tideover"
                                           << withElement(m_scenario, "format", "x" + kTitleAndClear + kControls)
                                           << validate;
        QTest::newRow("scenario <app_version> of a newer format")
            << "version.tideover"
            << withElement(withElement(m_scenario, "format_version", "99"), "app_version", kTitleAndClear + kControls)
            << validate;
        QTest::newRow("scenario <format> for show") << "show.tideover"
                                                    << withElement(m_scenario, "format", kTitleAndClear)
                                                    << QStringList{"show", "FILE"};
        QTest::newRow("exercise <format>") << "format.tideover-exercise"
                                           << withElement(m_exercise, "format", "x" + kTitleAndClear + kControls)
                                           << QStringList{"exercise", "show", "FILE"};
        QTest::newRow("exercise <app_version> of a newer format")
            << "version.tideover-exercise"
            << withElement(withElement(m_exercise, "format_version", "99"), "app_version", kTitleAndClear)
            << QStringList{"exercise", "check", "FILE", "--reveal"};
        // tideover-cli report passes the file to tideover-report, whose messages are escaped alike.
        QTest::newRow("scenario <format>, report")
            << "report.tideover" << withElement(m_scenario, "format", "x" + kTitleAndClear + kControls)
            << QStringList{"report", "FILE", "--output", m_dir.filePath("report.pdf")};
        QTest::newRow("file name, valid scenario") << QString::fromUtf8("name" + kTitleAndClear + ".tideover")
                                                   << m_scenario << validate;
        QTest::newRow("file name, not a scenario") << QString::fromUtf8("bad" + kTitleAndClear + ".tideover")
                                                   << QByteArray("not xml") << QStringList{"summary", "FILE"};
        QTest::newRow("file name, diff") << QString::fromUtf8("diff" + kTitleAndClear + ".tideover") << m_scenario
                                         << QStringList{"diff", "FILE", "builtin:default"};
        QTest::newRow("controls in title and source note, show")
            << "notes.tideover"
            << withElement(withElement(m_scenario, "title", kPrintable + kLoadable), "source", kPrintable + kLoadable)
            << QStringList{"show", "FILE"};
        QTest::newRow("controls in title, readable table")
            << "title.tideover" << withElement(m_scenario, "title", kPrintable + kLoadable)
            << QStringList{"project", "FILE", "--format", "table"};
    }

    void hostileFile_messagesAreEscaped()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, args);
        const QString path = m_dir.filePath(fileName);
        QVERIFY2(writeFile(path, content), qPrintable(path));
        args.replaceInStrings(QRegularExpression("^FILE$"), path);
        const Run r = runCli(args);
        QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit, r.describe("did not finish").constData());
        QVERIFY2(!r.out.isEmpty() || !r.err.isEmpty(), r.describe("nothing printed").constData());
        EXPECT_TERMINAL_SAFE(r);
    }

    // The printable text around the controls passes unchanged, and each control is shown.
    void show_printableTextPasses_controlsShown()
    {
        const QString path = m_dir.filePath("printable.tideover");
        QVERIFY(writeFile(path, withElement(m_scenario, "source", kPrintable + kLoadable)));
        const Run r = runCli({"show", path});
        EXPECT_EXIT(r, 0);
        EXPECT_TERMINAL_SAFE(r);
        VERIFY_RUN(r.out.contains(kPrintable), r);
        VERIFY_RUN(r.out.contains("\\u{9b}2J\\u{7f}del\\x9B31m\\xFFend"), r);
    }

    void commandLine_controlsInArguments_escaped_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString evil = QString::fromUtf8(kTitleAndClear);
        QTest::newRow("unknown command") << QStringList{"frob" + evil};
        QTest::newRow("unknown option") << QStringList{"project", "builtin:default", "--frob" + evil};
        QTest::newRow("bad --set value") << QStringList{"summary", "builtin:default", "--set", "labour.force=" + evil};
        QTest::newRow("C1 in a --set title") << QStringList{"project", "builtin:default", "--format", "table", "--set",
                                                            QString::fromUtf8("title=" + kPrintable + "\xc2\x9b" "2J")};
        QTest::newRow("missing scenario") << QStringList{"validate", m_dir.filePath("none" + evil + ".tideover")};
    }

    void commandLine_controlsInArguments_escaped()
    {
        QFETCH(QStringList, args);
        const Run r = runCli(args);
        QVERIFY2(r.finished, r.describe("did not finish").constData());
        EXPECT_TERMINAL_SAFE(r);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_scenario;
    QByteArray m_exercise;
};

QTEST_GUILESS_MAIN(CliTerminalTest)
#include "tst_cli_terminal.moc"
