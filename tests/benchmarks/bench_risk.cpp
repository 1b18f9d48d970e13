// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Figures, not assertions: the cost of the risk analyses. Targets on the 2-core reference
// machine: 10,000 paths x 50 years of the stochastic projection under 0.1 s (a vectorised
// NumPy version takes about 2 s), the sensitivity of every assumption under 0.2 s, a solve
// under 20 ms. The breakdown rows show where a stochastic run spends its time (the path walk,
// the percentile selection). Run: ./bench_risk (add -iterations N for steadier figures).

#include "core/model/parameters.h"
#include "core/engine/projection.h"
#include "core/analysis/randomstream.h"
#include "core/io/scenariofile.h"
#include "core/model/datedchanges.h"
#include "core/analysis/sensitivity.h"
#include "core/analysis/solvers.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"

#include "core/model/groups.h"

#include <QTest>

#include <thread>

using namespace tideover::core;

namespace {

Scenario withYears(int years)
{
    Scenario s = loadScenario("builtin:default");
    s.projection.years = years;
    return s;
}

// Every costly path of the engine: 24-month classes, the band rule per path, return shocks.
Scenario heavy(int years)
{
    Scenario s = withYears(years);
    s.benefits.replacement_rates = {0.8, 0.7, 0.6, 0.6, 0.5, 0.5, 0.45};
    s.benefits.duration_months = {3, 6, 12, 24};
    s.benefits.duration_shares = {0.4, 0.3, 0.2, 0.1};
    s.financing.rule = FinancingRule::ReserveBand;
    s.stochastic.return_volatility = 0.05;
    return s;
}

}  // namespace

class RiskBenchmark : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void stochastic_data();
    void stochastic();
    void stochasticWithReforms();
    void stochasticWithGroups_data();
    void stochasticWithGroups();
    void breakdown_pathWalk();
    void breakdown_percentiles();
    void sensitivity_data();
    void sensitivity();
    void solve_data();
    void solve();
    void stress();
};

void RiskBenchmark::initTestCase()
{
    qInfo("hardware threads: %u", std::thread::hardware_concurrency());
    // Issue 11 ("one engine", "speed"): figures before and after, for comparison with the
    // rows below. Before: commit 02f139f (PathProjection); after: the MonthlyEngine. Both
    // built with the ci preset and run alternately on the shared 2-core machine, minimum of
    // 4 to 5 runs each, 2026-12-04; the machine's load average is given with each.
    qInfo("issue 11, before -> after (ms):");
    qInfo("  10,000 paths x 50 years, all cores: 31 (quiet, lead's figure); A/B at load 1.5: 22.7 -> 15.3;"
          " at load 3.5: 47.3 -> 28.1");
    qInfo("  10,000 paths x 50 years, 1 thread: 73 (quiet, lead's figure); A/B at load 1.5: 41.7 -> 25.9");
    qInfo("  10,000 paths x 50 years, 24-month classes + band rule + return shocks, all cores: load 3.5: 84.7 -> 53.6");
    qInfo("  whole process 'tideover-cli simulate builtin:default --paths 10000 --set projection.years=50',"
          " hyperfine mean of 40 at load 1.4: 71.3 -> 32.2");
    qInfo("  solve, rate keeping the target every year, 50 years: load 3.5: 1.27 -> 0.135");
    qInfo("  solve, maximum replacement rate, 50 years: load 3.5: 0.607 -> 0.291");
    qInfo("  solve, break-even rate, 50 years: load 3.5: 0.0455 -> 0.0461 (unchanged)");
    qInfo("  stress: load 3.5: 0.0437 -> 0.0411; sensitivity, reserve ratio: load 3: 1.62 -> 1.69,"
          " break-even: 1.46 -> 1.46");
}

void RiskBenchmark::stochastic_data()
{
    QTest::addColumn<int>("paths");
    QTest::addColumn<int>("years");
    QTest::addColumn<bool>("heavyCase");
    QTest::addColumn<int>("threads");
    QTest::newRow("10,000 paths x 50 years, default, all cores") << 10000 << 50 << false << 0;
    QTest::newRow("10,000 paths x 50 years, default, 1 thread") << 10000 << 50 << false << 1;
    QTest::newRow("10,000 paths x 50 years, 24-month classes + band rule + return shocks, all cores")
        << 10000 << 50 << true << 0;
    QTest::newRow("100,000 paths x 30 years, default, all cores") << 100000 << 30 << false << 0;
}

// Issue 12: the same run on a scenario with three dated reforms of the benefit rule and a
// dated exit rate (the engine's cohort form), all cores.
void RiskBenchmark::stochasticWithReforms()
{
    Scenario s = withYears(50);
    for (const auto& [key, value] : std::vector<std::pair<const char*, const char*>>{
             {"benefits.replacement_rates@2028", "0.7,0.6"}, {"benefits.duration_months@2028", "4,8"},
             {"benefits.duration_shares@2028", "0.5,0.5"}, {"benefits.replacement_rates@2035", "0.65"},
             {"benefits.duration_months@2045", "12"}, {"benefits.duration_shares@2045", "1"},
             {"eligibility.take_up@2029", "0.7"}, {"labour.claimant_exit_factor@2040", "0.9"}})
        if (const std::string error = setFromText(s, key, value); !error.empty())
            qFatal("%s", error.c_str());
    const StochasticProjection sp(s);
    StochasticOptions options;
    options.paths = 10000;
    StochasticResult r;
    QBENCHMARK {
        r = sp.run(options);
    }
    QCOMPARE(r.years, 50);
}

// Issue 14: 10,000 paths with three worker groups (the main group, own-account workers and
// migrant workers), all cores.
void RiskBenchmark::stochasticWithGroups_data()
{
    QTest::addColumn<int>("years");
    QTest::newRow("10,000 paths x 30 years, three groups, all cores") << 30;
    QTest::newRow("10,000 paths x 50 years, three groups, all cores") << 50;
}

void RiskBenchmark::stochasticWithGroups()
{
    QFETCH(int, years);
    Scenario s = withYears(years);
    for (const char* name : {"own_account", "migrant_workers"})
        for (const auto& t : groupTemplates())
            if (t.name == name && addGroupFromTemplate(s, t, {}).empty())
                qFatal("no room for the group templates");
    const StochasticProjection sp(s);
    StochasticOptions options;
    options.paths = 10000;
    StochasticResult r;
    QBENCHMARK {
        r = sp.run(options);
    }
    QCOMPARE(r.years, years);
}

// The whole run: shocks, walks, percentiles, depletion; the engine constructed once (the
// GUI re-runs it when only the stochastic settings change).
void RiskBenchmark::stochastic()
{
    QFETCH(int, paths);
    QFETCH(int, years);
    QFETCH(bool, heavyCase);
    QFETCH(int, threads);
    const StochasticProjection sp(heavyCase ? heavy(years) : withYears(years));
    StochasticOptions options;
    options.paths = paths;
    options.threads = threads;
    StochasticResult r;
    QBENCHMARK {
        r = sp.run(options);
    }
    QCOMPARE(r.years, years);
}

// One thread drawing and walking 10,000 paths x 50 years in blocks of 256 paths, as the
// engine does (no percentiles).
void RiskBenchmark::breakdown_pathWalk()
{
    const StochasticProjection sp(withYears(50));
    std::array<Eigen::ArrayXXd, kStochasticMeasureCount> paths;
    QBENCHMARK {
        for (int first = 0; first < 10000; first += 256)
            paths = sp.samplePaths(1, first, std::min(256, 10000 - first));
    }
    QCOMPARE(paths[0].cols(), Eigen::Index{50});
}

// The percentile selection of one run of 10,000 paths x 50 years: 150 columns, one thread.
void RiskBenchmark::breakdown_percentiles()
{
    RandomStream rng(1, 0, 0);
    std::vector<double> column(10000);
    for (auto& x : column)
        x = rng.normal() * 1e9;
    std::array<double, kPercentileCount> out{};
    std::vector<double> work;
    QBENCHMARK {
        for (int c = 0; c < 150; ++c) {
            work = column;
            samplePercentiles(work, kPercentileLevels, out);
        }
    }
    QVERIFY(out[0] < out[4]);
}

void RiskBenchmark::sensitivity_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<bool>("allKeys");
    QTest::newRow("every assumption, reserve ratio at the horizon") << "reserve_ratio" << false;
    QTest::newRow("every assumption, break-even rate") << "break_even_rate" << false;
    QTest::newRow("every assumption and policy key, depletion year") << "depletion_year" << true;
}

// The default 30-year scenario, each key down and up: two projections per key.
void RiskBenchmark::sensitivity()
{
    QFETCH(QString, measure);
    QFETCH(bool, allKeys);
    const Scenario s = loadScenario("builtin:default");
    SensitivityOptions options;
    options.measure = *sensitivityMeasureFromName(measure.toStdString());
    if (allKeys) {
        options.keys = assumptionKeys();
        const auto policy = policyKeys();
        options.keys.insert(options.keys.end(), policy.begin(), policy.end());
    }
    SensitivityResult r;
    QBENCHMARK {
        r = analyseSensitivity(s, options);
    }
    QVERIFY(r.rows.size() > 15);
}

void RiskBenchmark::solve_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("break-even rate, 50 years") << "break_even";
    QTest::newRow("rate keeping the target every year, 50 years") << "every_year";
    QTest::newRow("maximum replacement rate, 50 years") << "replacement";
}

void RiskBenchmark::solve()
{
    QFETCH(QString, what);
    const Scenario s = withYears(50);
    std::optional<double> answer;
    QBENCHMARK {
        if (what == "break_even")
            answer = breakEvenRate(s);
        else if (what == "every_year")
            answer = rateKeepingTargetEveryYear(s);
        else
            answer = maximumReplacementRate(s);
    }
    QVERIFY(answer.has_value());
}

void RiskBenchmark::stress()
{
    const StressTest test(withYears(50));
    StressResult r;
    QBENCHMARK {
        r = test.run({"", 2028, 0.03, 12, 24});
    }
    QVERIFY(r.stressed.minimumReserveRatio.has_value());
}

QTEST_GUILESS_MAIN(RiskBenchmark)
#include "bench_risk.moc"
