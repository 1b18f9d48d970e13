// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The command-line machinery of app/common in-process: the table's parser with the rules of
// both programs (tideover-cli: messages quote what was typed, the last value counts;
// tideover-report: options by name, "given twice"), the check of a command's options, the
// generated help, and escapeForTerminal on each kind of byte.

#include "common/commandline.h"
#include "common/optionvalues.h"
#include "common/reportcommand.h"
#include "common/terminaltext.h"

#include <QtTest>

#include <iostream>
#include <sstream>

using namespace tideover::app;

namespace {

Program testProgram()
{
    Program p;
    p.name = "prog";
    p.helpTopic = "prog --help";
    p.options = {{.name = "--set", .value = "KEY=VALUE", .repeatable = true, .changesArguments = true},
                 {.name = "--output", .shortName = "-o", .value = "FILE",
                  .misplaced = "--output applies to prog {commands} only"},
                 {.name = "--paths", .value = "N"},
                 {.name = "--summary"}};
    p.commands = {{.name = "run", .group = "Commands", .synopsis = "SCENARIO", .summary = "runs",
                   .description = "Runs.\n", .options = {{"--set", "a change"}, {"--output", "where"}, {"--paths", "paths"}}},
                  {.name = "list", .group = "Commands", .summary = "lists", .description = "Lists.\n",
                   .options = {{"--output", "where"}}, .takesArguments = false},
                  {.name = "plain", .group = "Commands", .synopsis = "A", .summary = "plain", .description = "Plain.\n"}};
    return p;
}

// Parses `words` (without the program's name); the OptionError's text, or "" on success.
QString parseError(const Program& p, QStringList words, Arguments* parsed = nullptr)
{
    words.prepend("prog");
    std::vector<QByteArray> bytes;
    for (const auto& w : words)
        bytes.push_back(w.toUtf8());
    std::vector<char*> argv;
    for (auto& b : bytes)
        argv.push_back(b.data());
    try {
        const Arguments a = parseArguments(p, static_cast<int>(argv.size()), argv.data());
        if (parsed)
            *parsed = a;
        if (const Command* c = findCommand(p, a.command))
            checkOptions(p, *c, a);
        return {};
    } catch (const OptionError& e) {
        return QString::fromStdString(e.what());
    }
}

} // namespace

class CommandLineTest : public QObject {
    Q_OBJECT

private slots:
    void parse_valuesAndSwitches()
    {
        Arguments a;
        QCOMPARE(parseError(testProgram(), {"run", "x", "--set", "a=1", "--set=b=2", "-o", "f", "--paths=3", "--paths", "4"}, &a),
                 QString());
        QCOMPARE(a.command, std::string("run"));
        QCOMPARE(a.positional, std::vector<std::string>{"x"});
        QCOMPARE(a.values("--set"), (std::vector<std::string>{"a=1", "b=2"}));
        QCOMPARE(a.value("--output"), std::optional<std::string>("f"));
        QCOMPARE(a.value("--paths"), std::optional<std::string>("4")); // tideover-cli: the last counts
        QCOMPARE(parseError(testProgram(), {"run", "x", "--set="}, &a), QString());
        QCOMPARE(a.values("--set"), std::vector<std::string>{""});
        QCOMPARE(parseError(testProgram(), {"run", "x", "--paths", "-1"}, &a), QString());
        QCOMPARE(a.value("--paths"), std::optional<std::string>("-1"));
    }

    void parse_badInput_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{"run", "--frob=1"} << "unknown option '--frob=1'; see prog --help";
        QTest::newRow("no prefix guessing") << QStringList{"run", "--pa", "1"} << "unknown option '--pa'; see prog --help";
        QTest::newRow("stuck short value") << QStringList{"run", "-ofile"} << "unknown option '-ofile'; see prog --help";
        QTest::newRow("switch with value") << QStringList{"run", "--summary=1"} << "unknown option '--summary=1'; see prog --help";
        QTest::newRow("double dash") << QStringList{"run", "--", "x"} << "unknown option '--'; see prog --help";
        QTest::newRow("missing value as typed") << QStringList{"run", "-o"} << "-o needs a value";
        QTest::newRow("misplaced") << QStringList{"plain", "a", "--paths", "1"}
                                   << "--paths does not apply to prog plain; see prog plain --help";
        QTest::newRow("misplaced, listed takers") << QStringList{"plain", "a", "-o", "f"}
                                                  << "--output applies to prog run and list only";
        QTest::newRow("no arguments") << QStringList{"list", "x"} << "prog list takes no arguments";
        QTest::newRow("no --set") << QStringList{"list", "--set", "a=1"} << "prog list takes no arguments";
    }
    void parse_badInput()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, message);
        QCOMPARE(parseError(testProgram(), words), message);
    }

    void report_rules()
    {
        const Program report = reportProgram(nullptr);
        Arguments a;
        QCOMPARE(parseError(report, {"builtin:default", "-o", "x.pdf", "--compare", "a", "--compare", "b"}, &a), QString());
        QCOMPARE(a.positional, std::vector<std::string>{"builtin:default"});
        QCOMPARE(a.values("--compare"), (std::vector<std::string>{"a", "b"}));
        QCOMPARE(parseError(report, {"--date", "2020-01-01", "--date=2020-01-02"}), QString("--date is given twice"));
        QCOMPARE(parseError(report, {"--simulate=1"}), QString("--simulate takes no value"));
        QCOMPARE(parseError(report, {"-o"}), QString("--output needs a value"));
        QCOMPARE(parseError(report, {"--frob=3"}), QString("unknown option '--frob'; see tideover-cli report --help"));
    }

    void help_comesFromTheTable()
    {
        const Program p = testProgram();
        const std::string main = mainHelp(p);
        QVERIFY2(main.find("Commands:\n  run      SCENARIO\n           runs\n  list     lists\n") != std::string::npos,
                 main.c_str());
        const std::string run = commandHelp(p, p.commands.front());
        QCOMPARE(run, std::string("Usage: prog run SCENARIO\n\nRuns.\n\nOptions:\n  --set KEY=VALUE    a change\n"
                                  "  -o, --output FILE  where\n  --paths N          paths\n"));
    }

    void escapeForTerminal_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("plain, newline, tab") << QByteArray("a\tb\nc") << QByteArray("a\tb\nc");
        QTest::newRow("Vietnamese and French") << QByteArray("Vi\xe1\xbb\x87t Nam, d\xc3\xa9penses")
                                               << QByteArray("Vi\xe1\xbb\x87t Nam, d\xc3\xa9penses");
        QTest::newRow("four-byte emoji") << QByteArray("\xf0\x9f\x8c\x8a") << QByteArray("\xf0\x9f\x8c\x8a");
        QTest::newRow("OSC title and clear") << QByteArray("\x1b]0;t\x07\x1b[2J") << QByteArray("\\u{1b}]0;t\\u{07}\\u{1b}[2J");
        QTest::newRow("carriage return, DEL") << QByteArray("a\rb\x7f") << QByteArray("a\\u{0d}b\\u{7f}");
        QTest::newRow("C1 CSI and NEL") << QByteArray("\xc2\x9b" "2J\xc2\x85") << QByteArray("\\u{9b}2J\\u{85}");
        QTest::newRow("U+00A0 is printable") << QByteArray("\xc2\xa0") << QByteArray("\xc2\xa0");
        QTest::newRow("stray bytes") << QByteArray("\x9b\xff\xc0\xaf") << QByteArray("\\x9B\\xFF\\xC0\\xAF");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\\xED\\xA0\\x80");
        QTest::newRow("cut sequence") << QByteArray("a\xe1\xbb") << QByteArray("a\\xE1\\xBB");
        QTest::newRow("backslash stays") << QByteArray("C:\\x1b") << QByteArray("C:\\x1b");
    }
    void escapeForTerminal()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, shown);
        QCOMPARE(QByteArray::fromStdString(tideover::app::escapeForTerminal(text.toStdString())), shown);
    }

    // Through std::cout: a character split between two writes stays whole.
    void terminalOutput_keepsSplitCharacters()
    {
        std::ostringstream captured;
        std::streambuf* original = std::cout.rdbuf(captured.rdbuf());
        {
            const TerminalOutput terminal;
            std::cout << "Vi\xe1" << std::flush;
            std::cout << "\xbb\x87t \x1b[2J";
        }
        std::cout.rdbuf(original);
        QCOMPARE(QByteArray::fromStdString(captured.str()), QByteArray("Vi\xe1\xbb\x87t \\u{1b}[2J"));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
