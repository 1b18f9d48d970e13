// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The history on the command line (model-spec v3): --history FILE.csv on the scenario
// commands, history, backtest, calibrate and monitor, their output formats, and bad input
// refused with exit status 2 and a message naming the problem.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class CliHistoryTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void help_listsHistoryCommands();
    void historyOption_roundTripsThroughSave();
    void backtest_formats_data();
    void backtest_formats();
    void calibrate_printsJsonAndSaves();
    void monitor_marksActualFigures();
    void badInput_exitsTwo_data();
    void badInput_exitsTwo();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(text);
        return f.fileName();
    }
};

namespace {
const QString kVietnamCsv = QStringLiteral(TIDEOVER_SOURCE_DIR "/scenarios/history/vietnam.csv");
}

void CliHistoryTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void CliHistoryTest::help_listsHistoryCommands()
{
    const Run r = runCli({"--help"});
    QVERIFY2(r.exitedWith(0), r.describe());
    for (const char* command : {"history", "backtest", "calibrate", "monitor"}) {
        QVERIFY2(r.out.contains(QByteArray("\n  ") + command), r.describe(command));
        const Run h = runCli({command, "--help"});
        QVERIFY2(h.exitedWith(0) && h.out.contains("--history FILE.csv"), h.describe());
    }
}

void CliHistoryTest::historyOption_roundTripsThroughSave()
{
    // The CSV into a scenario file, and back out exactly.
    const QString saved = m_dir.filePath("vn.tideover");
    QVERIFY2(runCli({"save", "builtin:default", saved, "--history", kVietnamCsv}).exitedWith(0), "save");
    const Run h = runCli({"history", saved});
    QVERIFY2(h.exitedWith(0), h.describe());
    QFile csv(kVietnamCsv);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const Run again = runCli({"history", "builtin:default", "--history", kVietnamCsv});
    QCOMPARE(h.out, again.out);
    QVERIFY(h.out.startsWith("year,labour_force,insured,wage_bill,contributions,"));
    QVERIFY(h.out.contains("\n2024,,,1283900000000000,25678000000000,"));
    // show lists the history after the parameters.
    const Run show = runCli({"show", saved});
    QVERIFY2(show.out.contains("history.reserve@2023\t59300000000000\tLCU\tvietnamnet.vn (2023)\n"), show.describe());
    // A scenario without one prints only the header.
    QCOMPARE(runCli({"history", "builtin:default"}).out, QByteArray("year\n"));
}

void CliHistoryTest::backtest_formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("table") << "table" << "Back-test 2015-2024 (money in millions of VND";
    QTest::newRow("csv") << "csv" << "column,year,actual,projected,error,relative_error\nlabour_force,2023,46526000,";
    QTest::newRow("json") << "json" << "\"start_year\": 2015";
}

void CliHistoryTest::backtest_formats()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const Run r = runCli({"backtest", "builtin:vietnam-2015", "--format", format});
    QVERIFY2(r.exitedWith(0), r.describe());
    QVERIFY2(r.out.contains(expected.toUtf8()), r.describe());
    if (format == "json") {
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["end_year"].toInt(), 2024);
        bool reserve = false;
        for (const auto& c : o["columns"].toArray())
            if (c.toObject()["column"] == "reserve") {
                reserve = true;
                QCOMPARE(c.toObject()["n"].toInt(), 6);
                QVERIFY(std::abs(c.toObject()["mape"].toDouble() - 0.38) < 0.005);
            }
        QVERIFY(reserve);
    }
    // --from moves the start; the reserve of the year before must be recorded.
    const Run from = runCli({"backtest", "builtin:vietnam-2015", "--from", "2018", "--format", "csv"});
    QVERIFY2(from.exitedWith(0) && from.out.contains("\nreserve,2020,"), from.describe());
    QVERIFY(!from.out.contains(",2017,"));
}

void CliHistoryTest::calibrate_printsJsonAndSaves()
{
    const QString out = m_dir.filePath("calibrated.tideover");
    const Run r = runCli({"calibrate", "builtin:vietnam-2015", "--fit", "eligibility.take_up,labour.claimant_exit_factor",
                          "--to", "new_claims,benefits", "--to", "expenditure,reserve", "--save", out});
    QVERIFY2(r.exitedWith(0), r.describe());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o["converged"].toBool());
    const QJsonArray fitted = o["fitted"].toArray();
    QCOMPARE(fitted.size(), 2);
    QCOMPARE(fitted[0].toObject()["key"].toString(), QStringLiteral("eligibility.take_up"));
    QVERIFY(std::abs(fitted[0].toObject()["value"].toDouble() - 0.65) < 0.005);
    QVERIFY(fitted[0].toObject()["standard_error"].toDouble() > 0);
    QVERIFY(o["sum_of_squares_after"].toDouble() < o["sum_of_squares_before"].toDouble());
    QVERIFY(o["backtest_after"].toObject()["reserve"].toObject()["mape"].toDouble() < 0.11);
    // The saved scenario holds the fitted values with their source, and its history.
    const Run show = runCli({"show", out});
    QVERIFY2(show.out.contains("eligibility.take_up\t0.649") && show.out.contains("calibrated by Tideover to the history 2015-2024"),
             show.describe());
    QVERIFY(show.out.contains("history.reserve@2024"));
    // A yearly fit writes dated changes.
    const Run yearly = runCli({"calibrate", "builtin:vietnam-2015", "--fit", "eligibility.take_up:yearly", "--to",
                               "new_claims,benefits,expenditure,reserve,insured,contributions"});
    QVERIFY2(yearly.exitedWith(0), yearly.describe());
    QCOMPARE(QJsonDocument::fromJson(yearly.out).object()["fitted"].toArray().size(), 10);
    // Parameters the figures cannot tell apart: a warning on stderr and in the JSON.
    const Run twins = runCli({"calibrate", "builtin:vietnam-2015", "--fit",
                              "eligibility.take_up,eligibility.contribution_condition_share", "--to", "new_claims"});
    QVERIFY2(twins.exitedWith(0) && twins.err.contains("warning: eligibility.take_up, "
                                                       "eligibility.contribution_condition_share cannot be told apart"),
             twins.describe());
}

void CliHistoryTest::monitor_marksActualFigures()
{
    const Run r = runCli({"monitor", "builtin:vietnam-2015"});
    QVERIFY2(r.exitedWith(0), r.describe());
    QVERIFY2(r.out.contains("\n2023") && r.out.contains("31.58%*"), r.describe());
    const Run csv = runCli({"monitor", "builtin:vietnam-2015", "--format", "csv"});
    QVERIFY(csv.out.startsWith("year,legal_coverage,legal_coverage_source,effective_coverage_lf,"));
    QVERIFY(csv.out.contains(",actual,"));
    const Run json = runCli({"monitor", "builtin:default", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 30);
}

void CliHistoryTest::badInput_exitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("csv");  // written to bad.csv and given as --history when not empty
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown column") << QStringList{"project", "builtin:default"} << QByteArray("year,payroll\n2020,1\n")
                                    << "--history: %1, line 1: unknown column 'payroll'";
    QTest::newRow("bad number") << QStringList{"summary", "builtin:default"} << QByteArray("year,benefits\n2020,1.2.3\n")
                                << "line 2: column 'benefits': '1.2.3' is not a number";
    QTest::newRow("duplicate year") << QStringList{"backtest", "builtin:default"}
                                    << QByteArray("year,reserve\n2020,1\n2020,2\n") << "the year 2020 is given twice";
    QTest::newRow("escape codes") << QStringList{"validate", "builtin:default"}
                                  << QByteArray("year,b\x1b]0;owned\x07\n") << "line 1: column 2's name holds control characters";
    QTest::newRow("missing file") << QStringList{"project", "builtin:default", "--history", "/nonexistent/h.csv"}
                                  << QByteArray() << "/nonexistent/h.csv: no such file";
    QTest::newRow("folder") << QStringList{"project", "builtin:default", "--history", "/tmp"} << QByteArray()
                            << "/tmp is a folder";
    QTest::newRow("no history") << QStringList{"backtest", "builtin:default"} << QByteArray()
                                << "cannot back-test builtin:default: the scenario has no history";
    QTest::newRow("bad format") << QStringList{"backtest", "builtin:vietnam-2015", "--format", "xml"} << QByteArray()
                                << "--format xml: expected table, csv or json";
    QTest::newRow("bad from") << QStringList{"backtest", "builtin:vietnam-2015", "--from", "1850"} << QByteArray()
                              << "--from";
    QTest::newRow("no reserve before") << QStringList{"backtest", "builtin:vietnam-2015", "--from", "2019"}
                                       << QByteArray() << "records no reserve at the end of 2018";
    QTest::newRow("fit missing") << QStringList{"calibrate", "builtin:vietnam-2015", "--to", "benefits"} << QByteArray()
                                 << "--fit KEY[,KEY] is needed";
    QTest::newRow("to missing") << QStringList{"calibrate", "builtin:vietnam-2015", "--fit", "eligibility.take_up"}
                                << QByteArray() << "--to COLUMN[,COLUMN] is needed";
    QTest::newRow("fit not fittable") << QStringList{"calibrate", "builtin:vietnam-2015", "--fit", "labour.force", "--to", "benefits"}
                                      << QByteArray() << "--fit: 'labour.force' cannot be fitted";
    QTest::newRow("empty item") << QStringList{"calibrate", "builtin:vietnam-2015", "--fit", "eligibility.take_up,,x", "--to", "benefits"}
                                << QByteArray() << "an empty item";
    QTest::newRow("column unknown") << QStringList{"calibrate", "builtin:vietnam-2015", "--fit", "eligibility.take_up", "--to", "payroll"}
                                    << QByteArray() << "--to: 'payroll' is not a history column";
    QTest::newRow("too few figures")
        << QStringList{"calibrate", "builtin:vietnam-2015", "--fit", "eligibility.take_up:yearly", "--to", "new_claims"}
        << QByteArray() << "gives 3 figures for 10 values";
    QTest::newRow("history on keys") << QStringList{"keys", "--history", "x.csv"} << QByteArray() << "takes no arguments";
}

void CliHistoryTest::badInput_exitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    if (!csv.isEmpty()) {
        const QString path = write("bad.csv", csv);
        args << "--history" << path;
        expected = expected.arg(path);
    }
    const Run r = runCli(args);
    QVERIFY2(r.exitedWith(2), r.describe());
    QVERIFY2(r.err.contains(expected.toUtf8()), r.describe());
    QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07'), r.describe("control characters reached the terminal"));
}

QTEST_GUILESS_MAIN(CliHistoryTest)
#include "tst_cli_history.moc"
