// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Runs the real tideover-cli (TIDEOVER_CLI) for the risk commands: simulate, stress,
// sensitivity, solve and diff. Checks their output against the deterministic commands (a
// stochastic run without volatility is the projection; a stress without rise is the summary;
// solve's break-even rate is the summary's), reproducibility across thread counts, and exit
// status 2 with a message naming the problem for every kind of bad input. Every failure prints
// the command line, its exit status and its full stdout and stderr.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "clirunner.h"

#include <cmath>

namespace {

using namespace clitest;

const QString kDefault = QStringLiteral("builtin:default");


// A CSV without quoted cells: header and rows.
struct Csv {
    QStringList header;
    QList<QStringList> rows;
    QString cell(int row, const QString& column) const { return rows.at(row).value(header.indexOf(column)); }
};

Csv parseCsv(const QByteArray& text)
{
    Csv csv;
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return csv;
    csv.header = QString::fromUtf8(lines.takeFirst()).split(',');
    for (const auto& line : lines)
        csv.rows.append(QString::fromUtf8(line).split(','));
    return csv;
}

QJsonObject json(const QByteArray& text) { return QJsonDocument::fromJson(text).object(); }

const QStringList kStochasticColumns = {
    "year",
    "reserve_p5", "reserve_p25", "reserve_p50", "reserve_p75", "reserve_p95",
    "reserve_ratio_p5", "reserve_ratio_p25", "reserve_ratio_p50", "reserve_ratio_p75", "reserve_ratio_p95",
    "cost_rate_p5", "cost_rate_p25", "cost_rate_p50", "cost_rate_p75", "cost_rate_p95",
    "depletion_probability",
};

}  // namespace

class CliRiskTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void help_exitsZeroWithText_data();
    void help_exitsZeroWithText();
    void mainHelp_listsRiskCommands();

    void simulate_header_isMeasuresThenDepletion();
    void simulate_zeroVolatility_equalsProjection();
    void simulate_sameSeed_sameBytesOnAnyThreadCount();
    void simulate_output_writesSameBytesAsStdout();
    void simulate_summary_isJson();

    void stress_zeroRise_equalsSummary();
    void stress_biggerRise_lowersTheRatio();

    void sensitivity_rows_oneKeyEach();
    void sensitivity_baseMeasure_isTheProjectionsRatio();

    void solve_contributionRate_breakEvenIsTheSummarys();
    void solve_replacementRate_financesTheTarget();

    void diff_listsChangedKeysAndBothFigures();
    void diff_sameScenario_nothingDiffers();

    void badInput_exitsTwoWithMessage_data();
    void badInput_exitsTwoWithMessage();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void CliRiskTest::initTestCase()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli + " is not an executable"));
    QVERIFY(m_dir.isValid());
}

void CliRiskTest::help_exitsZeroWithText_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("mention");
    QTest::newRow("simulate") << "simulate" << "--paths N";
    QTest::newRow("stress") << "stress" << "--recovery K";
    QTest::newRow("sensitivity") << "sensitivity" << "measure_low";
    QTest::newRow("solve") << "solve" << "max_replacement_rate";
    QTest::newRow("diff") << "diff" << "headline figures";
}

void CliRiskTest::help_exitsZeroWithText()
{
    QFETCH(QString, command);
    QFETCH(QString, mention);
    for (const auto& args : {QStringList{command, "--help"}, QStringList{command, "-h"}, QStringList{command, kDefault, "--help"}}) {
        const Run r = runCli(args);
        EXPECT_EXIT(r, 0);
        VERIFY_RUN(r.out.startsWith(("Usage: tideover-cli " + command).toUtf8()), r);
        VERIFY_RUN(QString::fromUtf8(r.out).contains(mention), r);
        VERIFY_RUN(r.err.isEmpty(), r);
    }
}

void CliRiskTest::mainHelp_listsRiskCommands()
{
    const Run r = runCli({"--help"});
    EXPECT_EXIT(r, 0);
    for (const char* command : {"simulate", "stress", "sensitivity", "solve", "diff"})
        VERIFY_RUN(QRegularExpression(QString("\\n  %1 ").arg(command)).match(QString::fromUtf8(r.out)).hasMatch(), r);
}

void CliRiskTest::simulate_header_isMeasuresThenDepletion()
{
    const Run r = runCli({"simulate", kDefault, "--paths", "300", "--set", "projection.years=12"});
    EXPECT_EXIT(r, 0);
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.header, kStochasticColumns);
    QCOMPARE(csv.rows.size(), 12);
    for (int y = 0; y < 12; ++y) {
        QCOMPARE(csv.cell(y, "year"), QString::number(2026 + y));
        QCOMPARE(csv.rows[y].size(), kStochasticColumns.size());
        double previous = -INFINITY;
        for (const char* level : {"p5", "p25", "p50", "p75", "p95"}) {
            const double x = csv.cell(y, QString("reserve_") + level).toDouble();
            VERIFY_RUN(x >= previous, r);
            previous = x;
        }
        const double p = csv.cell(y, "depletion_probability").toDouble();
        VERIFY_RUN(p >= 0 && p <= 1, r);
    }
}

void CliRiskTest::simulate_zeroVolatility_equalsProjection()
{
    const QStringList sets = {"--set", "stochastic.unemployment_volatility=0", "--set", "stochastic.return_volatility=0",
                              "--set", "reserve.initial=5e9", "--set", "contributions.employer_rate=0.003"};
    const Run s = runCli(QStringList{"simulate", kDefault, "--paths", "40"} + sets);
    const Run p = runCli(QStringList{"project", kDefault} + sets);
    EXPECT_EXIT(s, 0);
    EXPECT_EXIT(p, 0);
    const Csv sc = parseCsv(s.out), pc = parseCsv(p.out);
    QCOMPARE(sc.rows.size(), pc.rows.size());
    bool depleted = false;
    for (int y = 0; y < sc.rows.size(); ++y)
        for (const char* measure : {"reserve", "reserve_ratio", "cost_rate"})
            for (const char* level : {"p5", "p50", "p95"})
                QCOMPARE(sc.cell(y, QString(measure) + "_" + level), pc.cell(y, measure));
    for (int y = 0; y < sc.rows.size(); ++y) {
        depleted = depleted || pc.cell(y, "reserve").toDouble() < 0;
        if (depleted)
            QCOMPARE(sc.cell(y, "depletion_probability"), QStringLiteral("1"));
    }
    QVERIFY(depleted);
}

void CliRiskTest::simulate_sameSeed_sameBytesOnAnyThreadCount()
{
    const QStringList args = {"simulate", kDefault, "--paths", "2000", "--seed", "77", "--set",
                              "stochastic.return_volatility=0.05"};
    const Run one = runCli(args + QStringList{"--threads", "1"});
    const Run four = runCli(args + QStringList{"--threads", "4"});
    const Run all = runCli(args);
    EXPECT_EXIT(one, 0);
    EXPECT_EXIT(four, 0);
    QCOMPARE(four.out, one.out);
    QCOMPARE(all.out, one.out);
    const Run other = runCli({"simulate", kDefault, "--paths", "2000", "--seed", "78", "--set",
                              "stochastic.return_volatility=0.05"});
    QVERIFY(other.out != one.out);
}

void CliRiskTest::simulate_output_writesSameBytesAsStdout()
{
    const Run out = runCli({"simulate", kDefault, "--paths", "100"});
    const Run file = runCli({"simulate", kDefault, "--paths", "100", "--output", path("sim.csv")});
    EXPECT_EXIT(file, 0);
    VERIFY_RUN(file.out.isEmpty(), file);
    QFile f(path("sim.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), out.out);
}

void CliRiskTest::simulate_summary_isJson()
{
    const Run r = runCli({"simulate", kDefault, "--paths", "500", "--seed", "3", "--summary", "--set",
                          "contributions.employer_rate=0.001", "--set", "reserve.initial=1e10"});
    EXPECT_EXIT(r, 0);
    const QJsonObject o = json(r.out);
    QCOMPARE(o.keys(), (QStringList{"depletion_probability", "median_depletion_year", "paths", "seed"}));
    QCOMPARE(o["paths"].toInt(), 500);
    QCOMPARE(o["seed"].toInt(), 3);
    VERIFY_RUN(o["median_depletion_year"].toInt() > 2026, r);
    VERIFY_RUN(o["depletion_probability"].toDouble() > 0.5, r);
}

void CliRiskTest::stress_zeroRise_equalsSummary()
{
    const Run stress = runCli({"stress", kDefault, "--start", "2030", "--rise", "0"});
    const Run summary = runCli({"summary", kDefault});
    EXPECT_EXIT(stress, 0);
    const QJsonObject s = json(stress.out), m = json(summary.out);
    for (const char* key : {"minimum_reserve_ratio", "minimum_reserve_ratio_year", "depletion_year"}) {
        QCOMPARE(s[key], m[key]);
        QCOMPARE(s["baseline"].toObject()[key], m[key]);
    }
    QCOMPARE(s["shock"].toObject()["name"].toString(), QStringLiteral("recession"));
    QCOMPARE(s["shock"].toObject()["months_to_peak"].toInt(), 12);
    QCOMPARE(s["shock"].toObject()["months_to_recover"].toInt(), 24);
}

void CliRiskTest::stress_biggerRise_lowersTheRatio()
{
    double previous = INFINITY;
    for (const char* rise : {"0.01", "0.03", "0.06"}) {
        const Run r = runCli({"stress", kDefault, "--start", "2027", "--rise", rise, "--months", "6", "--recovery", "18",
                              "--name", "test shock", "--set", "reserve.initial=1e10"});
        EXPECT_EXIT(r, 0);
        const QJsonObject o = json(r.out);
        const double ratio = o["minimum_reserve_ratio"].toDouble();
        VERIFY_RUN(ratio < previous, r);
        previous = ratio;
        QCOMPARE(o["shock"].toObject()["rise"].toDouble(), QString(rise).toDouble());
        QCOMPARE(o["peak_year"].toInt(), 2027);
    }
}

void CliRiskTest::sensitivity_rows_oneKeyEach()
{
    const Run r = runCli({"sensitivity", kDefault, "--keys", "labour.unemployment_rate,wages.growth",
                          "--output-measure", "break_even_rate", "--relative", "0.2"});
    EXPECT_EXIT(r, 0);
    const QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("key,label,low_value,base_value,high_value,measure_low,measure_base,measure_high,note"));
    VERIFY_RUN(lines[1].startsWith("labour.unemployment_rate,Unemployment rate,0.032,0.04,0.048,"), r);
    VERIFY_RUN(lines[2].startsWith("wages.growth,Wage growth,\"0.048,"), r);
    const Run all = runCli({"sensitivity", kDefault, "--keys", "all", "--absolute", "0.001"});
    EXPECT_EXIT(all, 0);
    VERIFY_RUN(all.out.count('\n') > 35, all);
}

void CliRiskTest::sensitivity_baseMeasure_isTheProjectionsRatio()
{
    const Run s = runCli({"sensitivity", kDefault, "--year", "2030"});
    const Run p = runCli({"project", kDefault});
    EXPECT_EXIT(s, 0);
    const Csv csv = parseCsv(p.out);
    const QString ratio2030 = csv.cell(4, "reserve_ratio");
    int rows = 0;
    for (const auto& line : QString::fromUtf8(s.out).split('\n', Qt::SkipEmptyParts).mid(1)) {
        VERIFY_RUN(line.contains("," + ratio2030 + ","), s);
        ++rows;
    }
    VERIFY_RUN(rows >= 15, s);
}

void CliRiskTest::solve_contributionRate_breakEvenIsTheSummarys()
{
    const Run solve = runCli({"solve", kDefault, "--for", "contribution_rate", "--set", "reserve.initial=0"});
    const Run summary = runCli({"summary", kDefault, "--set", "reserve.initial=0"});
    EXPECT_EXIT(solve, 0);
    const QJsonObject o = json(solve.out);
    QCOMPARE(o["break_even_rate"], json(summary.out)["break_even_rate"]);
    VERIFY_RUN(o["rate_keeping_target_every_year"].toDouble() > o["break_even_rate"].toDouble(), solve);
    QCOMPARE(o["target_reserve_ratio"].toDouble(), 1.0);
    const Run none = runCli({"solve", kDefault, "--for", "contribution_rate", "--set", "reserve.initial=-1e13",
                             "--set", "projection.target_reserve_ratio=5"});
    EXPECT_EXIT(none, 0);
    VERIFY_RUN(json(none.out)["rate_keeping_target_every_year"].isNull(), none);
}

void CliRiskTest::solve_replacementRate_financesTheTarget()
{
    const Run solve = runCli({"solve", kDefault, "--for", "replacement_rate"});
    EXPECT_EXIT(solve, 0);
    const double rho = json(solve.out)["max_replacement_rate"].toDouble();
    VERIFY_RUN(rho > 0.6 && rho < 1.5, solve);
    const auto lastRatio = [](double r) {
        const Run p = runCli({"project", kDefault, "--set", "benefits.replacement_rates=" + QString::number(r, 'g', 17)});
        const Csv csv = parseCsv(p.out);
        return csv.cell(int(csv.rows.size()) - 1, "reserve_ratio").toDouble();
    };
    QVERIFY(std::abs(lastRatio(rho) - 1.0) < 1e-6);
    QVERIFY(lastRatio(rho + 0.01) < 1.0);
}

void CliRiskTest::diff_listsChangedKeysAndBothFigures()
{
    const Run save = runCli({"save", kDefault, path("b.tideover"), "--set", "labour.unemployment_rate=0.05,0.05",
                             "--set", "benefits.replacement_rates=0.7", "--set", "stochastic.seed=2"});
    EXPECT_EXIT(save, 0);
    const Run r = runCli({"diff", kDefault, path("b.tideover")});
    EXPECT_EXIT(r, 0);
    const QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("# 3 parameters differ"));
    QCOMPARE(lines.value(1), "key\t" + kDefault + "\t" + path("b.tideover"));
    QCOMPARE(lines.value(2), QStringLiteral("labour.unemployment_rate\t0.04\t0.05,0.05"));
    QCOMPARE(lines.value(3), QStringLiteral("benefits.replacement_rates\t0.6\t0.7"));
    QCOMPARE(lines.value(4), QStringLiteral("stochastic.seed\t1\t2"));
    QCOMPARE(lines.value(5), QStringLiteral("# headline figures"));
    const Run summary = runCli({"summary", kDefault});
    const QString breakEven = QString::number(json(summary.out)["break_even_rate"].toDouble(), 'g', 17);
    bool found = false;
    for (const auto& line : lines) {
        const QStringList f = line.split('\t');
        if (f.value(0) == "break_even_rate") {
            found = true;
            QCOMPARE(f.size(), 3);
            QCOMPARE(f[1].toDouble(), breakEven.toDouble());
            VERIFY_RUN(f[2].toDouble() > f[1].toDouble(), r);
        }
    }
    VERIFY_RUN(found, r);
    for (const char* figure : {"depletion_year\tnone\tnone", "final_year\t2055\t2055"})
        VERIFY_RUN(lines.contains(figure), r);
}

void CliRiskTest::diff_sameScenario_nothingDiffers()
{
    const Run r = runCli({"diff", kDefault, kDefault});
    EXPECT_EXIT(r, 0);
    VERIFY_RUN(r.out.startsWith("# 0 parameters differ\nkey\t"), r);
}

void CliRiskTest::badInput_exitsTwoWithMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    const QString d = kDefault;
    auto sim = [&](QStringList more) { return QStringList{"simulate", d} + more; };
    QTest::newRow("--paths abc") << sim({"--paths", "abc"}) << QStringList{"--paths", "abc", "whole number"};
    QTest::newRow("--paths 0") << sim({"--paths", "0"}) << QStringList{"--paths", "1..1000000"};
    QTest::newRow("--paths 2000000") << sim({"--paths", "2000000"}) << QStringList{"--paths", "2000000", "1..1000000"};
    QTest::newRow("--paths -5") << sim({"--paths", "-5"}) << QStringList{"--paths", "-5"};
    QTest::newRow("--paths 1.5") << sim({"--paths", "1.5"}) << QStringList{"--paths", "1.5"};
    QTest::newRow("--paths=") << sim({"--paths="}) << QStringList{"--paths"};
    QTest::newRow("--paths 99999999999999999999") << sim({"--paths", "99999999999999999999"}) << QStringList{"--paths"};
    QTest::newRow("--paths without value") << sim({"--paths"}) << QStringList{"--paths", "needs a value"};
    QTest::newRow("--seed -1") << sim({"--seed", "-1"}) << QStringList{"--seed", "-1"};
    QTest::newRow("--seed 2^64") << sim({"--seed", "18446744073709551616"}) << QStringList{"--seed", "out of range"};
    QTest::newRow("--threads 0") << sim({"--threads", "0"}) << QStringList{"--threads", "1..1024"};
    QTest::newRow("volatility out of range")
        << sim({"--set", "stochastic.unemployment_volatility=0.5"}) << QStringList{"stochastic.unemployment_volatility"};
    QTest::newRow("--paths on project") << QStringList{"project", d, "--paths", "10"} << QStringList{"--paths", "project"};
    QTest::newRow("--summary on summary") << QStringList{"summary", d, "--summary"} << QStringList{"--summary"};
    QTest::newRow("--output on solve") << QStringList{"solve", d, "--for", "contribution_rate", "--output", path("x")}
                                       << QStringList{"--output"};
    QTest::newRow("--monthly on simulate") << sim({"--monthly"}) << QStringList{"--monthly"};

    auto stress = [&](QStringList more) { return QStringList{"stress", d} + more; };
    QTest::newRow("stress without --start") << stress({"--rise", "0.02"}) << QStringList{"--start"};
    QTest::newRow("stress without --rise") << stress({"--start", "2030"}) << QStringList{"--rise"};
    QTest::newRow("stress --start before") << stress({"--start", "2025", "--rise", "0.02"}) << QStringList{"--start", "2026..2055"};
    QTest::newRow("stress --start after") << stress({"--start", "2056", "--rise", "0.02"}) << QStringList{"--start", "2056"};
    QTest::newRow("stress --rise 0.7") << stress({"--start", "2030", "--rise", "0.7"}) << QStringList{"--rise", "0..0.6"};
    QTest::newRow("stress --rise -0.01") << stress({"--start", "2030", "--rise", "-0.01"}) << QStringList{"--rise"};
    QTest::newRow("stress --rise nan") << stress({"--start", "2030", "--rise", "nan"}) << QStringList{"--rise", "not a number"};
    QTest::newRow("stress --months 0") << stress({"--start", "2030", "--rise", "0.02", "--months", "0"})
                                       << QStringList{"--months", "1..600"};
    QTest::newRow("stress --recovery -1") << stress({"--start", "2030", "--rise", "0.02", "--recovery", "-1"})
                                          << QStringList{"--recovery"};
    QTest::newRow("stress invalid scenario")
        << stress({"--start", "2030", "--rise", "0.02", "--set", "labour.unemployment_rate=0.9"})
        << QStringList{"labour.unemployment_rate"};

    auto sens = [&](QStringList more) { return QStringList{"sensitivity", d} + more; };
    QTest::newRow("sensitivity unknown measure") << sens({"--output-measure", "reserve"}) << QStringList{"reserve", "reserve_ratio"};
    QTest::newRow("sensitivity --relative 0") << sens({"--relative", "0"}) << QStringList{"--relative"};
    QTest::newRow("sensitivity --relative 2") << sens({"--relative", "2"}) << QStringList{"--relative", "0..1"};
    QTest::newRow("sensitivity --absolute -1") << sens({"--absolute", "-1"}) << QStringList{"--absolute"};
    QTest::newRow("sensitivity both changes") << sens({"--relative", "0.1", "--absolute", "1"})
                                              << QStringList{"--relative", "--absolute"};
    QTest::newRow("sensitivity unknown key") << sens({"--keys", "labour.forse"}) << QStringList{"labour.forse", "labour.force"};
    QTest::newRow("sensitivity enum key") << sens({"--keys", "financing.rule"}) << QStringList{"financing.rule"};
    QTest::newRow("sensitivity empty keys") << sens({"--keys", ""}) << QStringList{"--keys"};
    QTest::newRow("sensitivity --year outside") << sens({"--year", "2099"}) << QStringList{"--year", "2026..2055"};
    QTest::newRow("sensitivity --year with break-even")
        << sens({"--output-measure", "break_even_rate", "--year", "2030"}) << QStringList{"--year", "reserve_ratio"};

    QTest::newRow("solve without --for") << QStringList{"solve", d} << QStringList{"--for"};
    QTest::newRow("solve --for benefits") << QStringList{"solve", d, "--for", "benefits"}
                                          << QStringList{"benefits", "contribution_rate", "replacement_rate"};
    QTest::newRow("solve without SCENARIO") << QStringList{"solve", "--for", "replacement_rate"} << QStringList{"SCENARIO"};

    QTest::newRow("diff with one scenario") << QStringList{"diff", d} << QStringList{"A and B"};
    QTest::newRow("diff with three") << QStringList{"diff", d, d, d} << QStringList{"unexpected argument"};
    QTest::newRow("diff with --set") << QStringList{"diff", d, d, "--set", "labour.force=1"} << QStringList{"--set"};
    QTest::newRow("diff with a missing file") << QStringList{"diff", d, path("missing.tideover")}
                                              << QStringList{path("missing.tideover")};
}

void CliRiskTest::badInput_exitsTwoWithMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Run r = runCli(args);
    EXPECT_EXIT(r, 2);
    VERIFY_RUN(r.out.isEmpty(), r);
    for (const auto& m : mentions)
        VERIFY_RUN(QString::fromUtf8(r.err).contains(m), r);
}

QTEST_GUILESS_MAIN(CliRiskTest)
#include "tst_cli_risk.moc"
