// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The stochastic projection (model-spec "Stochastic projection"): zero volatility reproduces
// the deterministic projection bit for bit; each path is the deterministic projection of its
// own shocks; results depend on the seed only (not on threads, blocks or memory windows);
// the percentile estimator against hand-computed values; the random streams against the
// reference generators and the AR(1) process's moments.

#include "core/io/analysisformat.h"
#include "core/analysis/randomstream.h"
#include "core/analysis/stochastic.h"
#include "testsupport.h"

#include <QDir>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

using namespace tideover::core;
using namespace tideover::test;

namespace {

// True when f() throws an E (QVERIFY_THROWS_EXCEPTION needs Qt 6.3; we support 6.2).
template <class E, class F> bool throws(F&& f)
{
    try {
        f();
    } catch (const E&) {
        return true;
    }
    return false;
}

bool sameNumber(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

// Exact equality of doubles (NaN equals NaN), printing both in full and what was compared.
#define COMPARE_EXACT(actual, expected, what)                                                               \
    do {                                                                                                    \
        const double a_ = (actual);                                                                         \
        const double e_ = (expected);                                                                       \
        if (!sameNumber(a_, e_))                                                                            \
            QFAIL(qPrintable(QStringLiteral("%1: actual %2, expected %3 (exact comparison)")                \
                                 .arg(QString::fromStdString(std::string(what)))                            \
                                 .arg(a_, 0, 'g', 17)                                                       \
                                 .arg(e_, 0, 'g', 17)));                                                    \
    } while (false)

// builtin:default with --set style changes.
// Scenarios that exercise every branch of the reserve walk: the golden cases, a scheme that
// borrows, the reserve_band rule with and without depletion, transfers, a new scheme.
void addVariedScenarios()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QString>("golden");
    const QDir root(QStringLiteral(TIDEOVER_TEST_DATA "/golden"));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable("golden " + name)) << QStringList{} << root.filePath(name) + "/scenario.json";
    QTest::newRow("default") << QStringList{} << QString();
    QTest::newRow("borrows from year 3")
        << QStringList{"contributions.employee_rate=0.002", "contributions.employer_rate=0.002",
                       "reserve.initial=2e9"}
        << QString();
    QTest::newRow("band rule, starts in debt")
        << QStringList{"financing.rule=reserve_band", "reserve.initial=-5e9", "financing.step=0.001"} << QString();
    QTest::newRow("band rule, rich fund")
        << QStringList{"financing.rule=reserve_band", "reserve.initial=4e11", "financing.min_rate=0.005"}
        << QString();
    QTest::newRow("new scheme, classes, transfers")
        << QStringList{"projection.initial_claimants=empty", "benefits.duration_months=3,9,24",
                       "benefits.duration_shares=0.5,0.3,0.2", "reserve.transfers=1e9,-2e9,0",
                       "expenditure.benefit_related_rate=0.045"}
        << QString();
}

Scenario scenarioOfRow(const QStringList& sets, const QString& golden)
{
    return golden.isEmpty() ? defaultWith(sets) : scenarioFromJson(golden);
}

// The deterministic value a path reports for a measure in year y.
double deterministic(const ProjectionResult& r, StochasticMeasure m, int y)
{
    switch (m) {
    case StochasticMeasure::reserve: return r.at(y, Column::reserve);
    case StochasticMeasure::reserve_ratio: return r.at(y, Column::reserve_ratio);
    case StochasticMeasure::cost_rate: return r.at(y, Column::cost_rate);
    }
    return 0;
}

constexpr StochasticMeasure kMeasures[] = {StochasticMeasure::reserve, StochasticMeasure::reserve_ratio,
                                           StochasticMeasure::cost_rate};

std::string measureName(StochasticMeasure m)
{
    return std::string(stochasticMeasureNames()[static_cast<std::size_t>(m)]);
}

void compareResults(const StochasticResult& a, const StochasticResult& b)
{
    QCOMPARE(a.years, b.years);
    QCOMPARE(a.paths, b.paths);
    for (const auto m : kMeasures)
        for (int y = 0; y < a.years; ++y)
            for (int k = 0; k < kPercentileCount; ++k)
                COMPARE_EXACT(a.percentile(m, y, k), b.percentile(m, y, k),
                              measureName(m) + " year " + std::to_string(y) + " level " + std::to_string(k));
    for (int y = 0; y < a.years; ++y)
        COMPARE_EXACT(a.depletionProbability[y], b.depletionProbability[y], "depletion year " + std::to_string(y));
    QCOMPARE(a.medianDepletionYear, b.medianDepletionYear);
}

// A scenario whose paths deplete in some futures and not in others.
Scenario volatileScenario()
{
    return defaultWith({"stochastic.unemployment_volatility=0.02", "stochastic.unemployment_persistence=0.8",
                        "stochastic.return_volatility=0.06", "reserve.initial=6e9",
                        "contributions.employer_rate=0.0065", "projection.years=25"});
}

// Type 7 by the textbook route: sort, then interpolate.
double sortedType7(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double h = static_cast<double>(v.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= v.size())
        return v.back();
    return v[lo] + (h - static_cast<double>(lo)) * (v[lo + 1] - v[lo]);
}

}  // namespace

class StochasticTest : public QObject {
    Q_OBJECT

private slots:
    void zeroVolatility_everyPathEqualsDeterministic_data() { addVariedScenarios(); }
    void zeroVolatility_everyPathEqualsDeterministic();
    void path_equalsDeterministicProjectionOfItsShocks_data() { addVariedScenarios(); }
    void path_equalsDeterministicProjectionOfItsShocks();
    void path_doesNotDependOnItsBlock();
    void threadCount_doesNotChangeResults_data();
    void threadCount_doesNotChangeResults();
    void memoryWindows_doNotChangeResults_data();
    void memoryWindows_doNotChangeResults();
    void seed_changesResultsReproducibly();
    void percentiles_areType7OfThePaths();
    void depletion_isShareOfPathsDepletedByEachYear();
    void reserveBand_onlyRaisingRule_neverLeavesAPathPoorer();
    void shocks_followTheAr1Process();
    void shocks_areClampedToTheParameterRanges();
    void returnVolatility_leavesUnemploymentPathsUnchanged();
    void samplePercentiles_matchHandComputed_data();
    void samplePercentiles_matchHandComputed();
    void samplePercentiles_agreeWithSorting();
    void splitMix64_matchesReferenceVector();
    void xoshiro256StarStar_matchesReferenceVector();
    void normal_hasStandardMoments();
    void paths_outsideRangeAreRefused_data();
    void paths_outsideRangeAreRefused();
    void cancel_stopsTheRun();
    void csv_hasSpecColumns();
};

void StochasticTest::zeroVolatility_everyPathEqualsDeterministic()
{
    QFETCH(QStringList, sets);
    QFETCH(QString, golden);
    Scenario s = scenarioOfRow(sets, golden);
    s.stochastic.unemployment_volatility = 0;
    s.stochastic.return_volatility = 0;
    const ProjectionResult expected = project(s);
    const StochasticProjection sp(s);
    StochasticOptions options;
    options.paths = 300;  // two blocks
    options.threads = 2;
    const StochasticResult r = sp.run(options);
    QCOMPARE(r.years, expected.years);
    QCOMPARE(r.startYear, expected.startYear);
    for (const auto m : kMeasures)
        for (int y = 0; y < r.years; ++y)
            for (int k = 0; k < kPercentileCount; ++k)
                COMPARE_EXACT(r.percentile(m, y, k), deterministic(expected, m, y),
                              measureName(m) + " p" + std::to_string(k) + " year " + std::to_string(y));
    const auto depletion = expected.summary.depletionYear;
    for (int y = 0; y < r.years; ++y)
        COMPARE_EXACT(r.depletionProbability[y], depletion && *depletion <= r.startYear + y ? 1.0 : 0.0,
                      "depletion probability year " + std::to_string(y));
    QCOMPARE(r.medianDepletionYear, depletion);
}

void StochasticTest::path_equalsDeterministicProjectionOfItsShocks()
{
    QFETCH(QStringList, sets);
    QFETCH(QString, golden);
    Scenario s = scenarioOfRow(sets, golden);
    s.stochastic.unemployment_volatility = 0.015;
    s.stochastic.unemployment_persistence = 0.6;
    s.stochastic.return_volatility = 0.05;
    const StochasticProjection sp(s);
    const std::uint64_t seed = 20260101;
    for (const std::int64_t index : {0, 1, 255, 256, 9999}) {
        const PathShocks shocks = sp.pathShocks(seed, index);
        Scenario own = s;
        own.labour.unemployment_rate = Series(std::vector<double>(shocks.unemployment.begin(), shocks.unemployment.end()));
        own.reserve.return_rate = Series(std::vector<double>(shocks.returnRate.begin(), shocks.returnRate.end()));
        const ProjectionResult expected = project(own);
        const auto paths = sp.samplePaths(seed, index, 1);
        for (const auto m : kMeasures)
            for (int y = 0; y < expected.years; ++y)
                COMPARE_EXACT(paths[static_cast<std::size_t>(m)](0, y), deterministic(expected, m, y),
                              "path " + std::to_string(index) + " " + measureName(m) + " year " + std::to_string(y));
    }
}

void StochasticTest::path_doesNotDependOnItsBlock()
{
    const StochasticProjection sp(volatileScenario());
    const auto together = sp.samplePaths(7, 250, 12);  // straddles two blocks of 256
    for (int i = 0; i < 12; ++i) {
        const auto alone = sp.samplePaths(7, 250 + i, 1);
        for (int m = 0; m < kStochasticMeasureCount; ++m)
            for (int y = 0; y < sp.base().years(); ++y)
                COMPARE_EXACT(together[static_cast<std::size_t>(m)](i, y), alone[static_cast<std::size_t>(m)](0, y),
                              "path " + std::to_string(250 + i) + " measure " + std::to_string(m));
    }
}

void StochasticTest::threadCount_doesNotChangeResults_data()
{
    QTest::addColumn<int>("paths");
    QTest::addColumn<int>("threads");
    QTest::newRow("1000 paths, 4 threads") << 1000 << 4;
    QTest::newRow("1000 paths, 3 threads") << 1000 << 3;
    QTest::newRow("257 paths, 2 threads") << 257 << 2;
    QTest::newRow("5000 paths, 4 threads") << 5000 << 4;
    QTest::newRow("1 path, 4 threads") << 1 << 4;
}

void StochasticTest::threadCount_doesNotChangeResults()
{
    QFETCH(int, paths);
    QFETCH(int, threads);
    Scenario s = volatileScenario();
    s.financing.rule = FinancingRule::ReserveBand;
    const StochasticProjection sp(s);
    StochasticOptions one;
    one.paths = paths;
    one.seed = 99;
    one.threads = 1;
    StochasticOptions many = one;
    many.threads = threads;
    compareResults(sp.run(many), sp.run(one));
}

void StochasticTest::memoryWindows_doNotChangeResults_data()
{
    QTest::addColumn<qulonglong>("budget");
    QTest::newRow("one year per window") << qulonglong{1};
    QTest::newRow("seven years per window") << qulonglong{7 * 700 * 3 * 8};
    QTest::newRow("all years at once") << (qulonglong{1} << 40);
}

void StochasticTest::memoryWindows_doNotChangeResults()
{
    QFETCH(qulonglong, budget);
    const StochasticProjection sp(volatileScenario());
    StochasticOptions whole;
    whole.paths = 700;
    whole.threads = 2;
    StochasticOptions windows = whole;
    windows.memoryBudgetBytes = budget;
    compareResults(sp.run(windows), sp.run(whole));
}

void StochasticTest::seed_changesResultsReproducibly()
{
    Scenario s = volatileScenario();
    s.stochastic.paths = 400;
    s.stochastic.seed = 5;
    const StochasticProjection sp(s);
    const StochasticResult a = sp.run();
    compareResults(StochasticProjection(s).run(), a);  // a new engine, the same numbers
    StochasticOptions other;
    other.seed = 6;
    const StochasticResult b = sp.run(other);
    QCOMPARE(b.seed, std::uint64_t{6});
    QVERIFY2(a.percentile(StochasticMeasure::reserve, 10, 2) != b.percentile(StochasticMeasure::reserve, 10, 2),
             "another seed gave the same median reserve");
}

void StochasticTest::percentiles_areType7OfThePaths()
{
    const StochasticProjection sp(volatileScenario());
    const int paths = 501;
    StochasticOptions options;
    options.paths = paths;
    options.seed = 3;
    const StochasticResult r = sp.run(options);
    const auto all = sp.samplePaths(3, 0, paths);
    for (const auto m : kMeasures) {
        const auto& table = all[static_cast<std::size_t>(m)];
        for (int y = 0; y < r.years; ++y) {
            std::vector<double> values;
            for (int i = 0; i < paths; ++i)
                if (!std::isnan(table(i, y)))
                    values.push_back(table(i, y));
            for (int k = 0; k < kPercentileCount; ++k)
                COMPARE_EXACT(r.percentile(m, y, k), sortedType7(values, kPercentileLevels[static_cast<std::size_t>(k)]),
                              measureName(m) + " year " + std::to_string(y) + " level " + std::to_string(k));
            // Percentiles are ordered.
            for (int k = 1; k < kPercentileCount; ++k)
                QVERIFY(r.percentile(m, y, k - 1) <= r.percentile(m, y, k));
        }
    }
}

void StochasticTest::depletion_isShareOfPathsDepletedByEachYear()
{
    const Scenario s = volatileScenario();
    const StochasticProjection sp(s);
    const int paths = 120;
    StochasticOptions options;
    options.paths = paths;
    options.seed = 11;
    const StochasticResult r = sp.run(options);
    std::vector<int> depletedBy(static_cast<std::size_t>(r.years), 0);
    for (int i = 0; i < paths; ++i) {
        const PathShocks shocks = sp.pathShocks(11, i);
        Scenario own = s;
        own.labour.unemployment_rate = Series(std::vector<double>(shocks.unemployment.begin(), shocks.unemployment.end()));
        own.reserve.return_rate = Series(std::vector<double>(shocks.returnRate.begin(), shocks.returnRate.end()));
        const auto year = project(own).summary.depletionYear;
        if (year)
            for (int y = *year - r.startYear; y < r.years; ++y)
                ++depletedBy[static_cast<std::size_t>(y)];
    }
    QVERIFY2(depletedBy.back() > 0 && depletedBy.back() < paths, "the scenario should deplete in some paths only");
    std::optional<int> median;
    for (int y = 0; y < r.years; ++y) {
        COMPARE_EXACT(r.depletionProbability[y], depletedBy[static_cast<std::size_t>(y)] / double(paths),
                      "year " + std::to_string(y));
        if (!median && 2 * depletedBy[static_cast<std::size_t>(y)] >= paths)
            median = r.startYear + y;
    }
    QCOMPARE(r.medianDepletionYear, median);
}

void StochasticTest::reserveBand_onlyRaisingRule_neverLeavesAPathPoorer()
{
    // The rule applies per path. With min_rate at the legislated total it can only raise a
    // path's rate, and a higher rate in any year leaves that path's reserve higher in every
    // later month, so each path's reserve is at least its fixed-rule twin's (same shocks), and
    // so is every percentile; paths with high unemployment raise their rate and end richer.
    // (path_equalsDeterministicProjectionOfItsShocks checks each band path's walk exactly.)
    Scenario fixed = volatileScenario();
    Scenario band = fixed;
    band.financing.rule = FinancingRule::ReserveBand;
    band.financing.lower_ratio = 1.0;
    band.financing.upper_ratio = 1.5;
    band.financing.step = 0.003;
    band.financing.min_rate = 0.0165;  // 1 % employee + 0.65 % employer
    const StochasticProjection pb(band), pf(fixed);
    const int paths = 600;
    const auto rb = pb.samplePaths(4, 0, paths)[0], rf = pf.samplePaths(4, 0, paths)[0];
    int richer = 0;
    const int last = pb.base().years() - 1;
    for (int i = 0; i < paths; ++i) {
        for (int y = 0; y <= last; ++y)
            QVERIFY2(rb(i, y) >= rf(i, y), qPrintable(QStringLiteral("path %1 year %2: band %3 < fixed %4")
                                                          .arg(i).arg(y).arg(rb(i, y), 0, 'g', 17).arg(rf(i, y), 0, 'g', 17)));
        richer += rb(i, last) > rf(i, last);
    }
    QVERIFY2(richer > paths / 10, qPrintable(QString::number(richer)));
    StochasticOptions options;
    options.paths = paths;
    options.seed = 4;
    const StochasticResult sb = pb.run(options), sf = pf.run(options);
    for (int y = 0; y <= last; ++y) {
        QVERIFY(sb.depletionProbability[y] <= sf.depletionProbability[y]);
        for (int k = 0; k < kPercentileCount; ++k)
            QVERIFY(sb.percentile(StochasticMeasure::reserve, y, k) >= sf.percentile(StochasticMeasure::reserve, y, k));
    }
    QVERIFY(sb.depletionProbability[last] < sf.depletionProbability[last]);
}

void StochasticTest::shocks_followTheAr1Process()
{
    Scenario s = defaultWith({"labour.unemployment_rate=0.2", "stochastic.unemployment_volatility=0.01",
                              "stochastic.unemployment_persistence=0.7", "stochastic.return_volatility=0.03",
                              "projection.years=3"});
    const StochasticProjection sp(s);
    const int n = 40000;
    double sx0 = 0, sxx0 = 0, sx1 = 0, sxx1 = 0, sx01 = 0, sr = 0, srr = 0;
    for (int i = 0; i < n; ++i) {
        const PathShocks p = sp.pathShocks(42, i);
        const double x0 = p.unemployment[0] - 0.2, x1 = p.unemployment[1] - 0.2;
        const double h = p.returnRate[2] - s.reserve.return_rate.at(2);
        sx0 += x0, sxx0 += x0 * x0, sx1 += x1, sxx1 += x1 * x1, sx01 += x0 * x1, sr += h, srr += h * h;
    }
    // x[0] ~ N(0, s^2); x[1] = phi x[0] + s e[1] ~ N(0, s^2 (1 + phi^2)); cov = phi s^2.
    // Tolerances: about 4 standard errors at n = 40000.
    const double sd0 = std::sqrt(sxx0 / n), sd1 = std::sqrt(sxx1 / n);
    QVERIFY2(std::abs(sx0 / n) < 4 * 0.01 / std::sqrt(n), qPrintable(QString::number(sx0 / n)));
    QVERIFY2(std::abs(sd0 - 0.01) < 0.01 * 4 / std::sqrt(2.0 * n), qPrintable(QString::number(sd0)));
    QVERIFY2(std::abs(sd1 - 0.01 * std::sqrt(1.49)) < 0.0122 * 4 / std::sqrt(2.0 * n), qPrintable(QString::number(sd1)));
    QVERIFY2(std::abs(sx01 / n / 1e-4 - 0.7) < 0.03, qPrintable(QString::number(sx01 / n / 1e-4)));
    QVERIFY2(std::abs(sx1 / n) < 4 * 0.0122 / std::sqrt(n), qPrintable(QString::number(sx1 / n)));
    QVERIFY2(std::abs(sr / n) < 4 * 0.03 / std::sqrt(n), qPrintable(QString::number(sr / n)));
    QVERIFY2(std::abs(std::sqrt(srr / n) - 0.03) < 0.03 * 4 / std::sqrt(2.0 * n), qPrintable(QString::number(std::sqrt(srr / n))));
}

void StochasticTest::shocks_areClampedToTheParameterRanges()
{
    const Scenario s = defaultWith({"labour.unemployment_rate=0.002", "stochastic.unemployment_volatility=0.2",
                                    "stochastic.return_volatility=0.5", "reserve.return=0.9"});
    const StochasticProjection sp(s);
    int low = 0, high = 0, rHigh = 0;
    for (int i = 0; i < 200; ++i) {
        const PathShocks p = sp.pathShocks(1, i);
        for (int y = 0; y < sp.base().years(); ++y) {
            QVERIFY(p.unemployment[y] >= 0.001 && p.unemployment[y] <= 0.6);
            QVERIFY(p.returnRate[y] >= -0.5 && p.returnRate[y] <= 1.0);
            low += p.unemployment[y] == 0.001;
            high += p.unemployment[y] == 0.6;
            rHigh += p.returnRate[y] == 1.0;
        }
    }
    QVERIFY(low > 0 && high > 0 && rHigh > 0);
    StochasticOptions options;
    options.paths = 200;
    const StochasticResult r = sp.run(options);  // every path is a valid scenario: finite results
    for (int y = 0; y < r.years; ++y)
        QVERIFY(std::isfinite(r.percentile(StochasticMeasure::reserve, y, 2)));
}

void StochasticTest::returnVolatility_leavesUnemploymentPathsUnchanged()
{
    const Scenario a = defaultWith({"stochastic.unemployment_volatility=0.02"});
    Scenario b = a;
    b.stochastic.return_volatility = 0.1;
    const StochasticProjection pa(a), pb(b);
    for (int i : {0, 5, 77}) {
        const PathShocks sa = pa.pathShocks(9, i), sb = pb.pathShocks(9, i);
        QVERIFY((sa.unemployment == sb.unemployment).all());
        QVERIFY((sa.returnRate != sb.returnRate).any());
    }
}

void StochasticTest::samplePercentiles_matchHandComputed_data()
{
    // Hand computation: h = (n - 1) p, value = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])
    // with x sorted; also R's quantile(x, type = 7).
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("expected");  // p5, p25, p50, p75, p95
    QTest::newRow("1..10 shuffled") << QList<double>{7, 3, 10, 1, 5, 9, 2, 8, 4, 6}
                                    << QList<double>{1.45, 3.25, 5.5, 7.75, 9.55};
    QTest::newRow("two values") << QList<double>{10, 0} << QList<double>{0.5, 2.5, 5, 7.5, 9.5};
    QTest::newRow("one value") << QList<double>{-3} << QList<double>{-3, -3, -3, -3, -3};
    QTest::newRow("ties") << QList<double>{1, 5, 1, 1} << QList<double>{1, 1, 1, 2, 4.4};
    QTest::newRow("five values, exact positions")
        << QList<double>{50, 10, 40, 20, 30} << QList<double>{12, 20, 30, 40, 48};
    QTest::newRow("negative and positive") << QList<double>{-2, 4, 0} << QList<double>{-1.8, -1, 0, 2, 3.6};
}

void StochasticTest::samplePercentiles_matchHandComputed()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, expected);
    std::vector<double> v(values.begin(), values.end());
    std::array<double, kPercentileCount> out{};
    samplePercentiles(v, kPercentileLevels, out);
    for (int k = 0; k < kPercentileCount; ++k)
        TIDEOVER_COMPARE_REL(out[static_cast<std::size_t>(k)], expected[k], 1e-14, "level " + std::to_string(k));
    std::vector<double> none;
    samplePercentiles(none, kPercentileLevels, out);
    QVERIFY(std::isnan(out[0]) && std::isnan(out[4]));
}

void StochasticTest::samplePercentiles_agreeWithSorting()
{
    // Random data with many ties, heavy tails, constant, sorted and reversed runs: the
    // selection's pivots must cope with each.
    RandomStream rng(1, 2, 3);
    const auto cases = {std::pair{"ties", 0}, {"heavy tail", 1}, {"constant", 2}, {"sorted", 3}, {"reversed", 4},
                        {"two values", 5}, {"one outlier", 6}};
    for (const auto& [name, kind] : cases)
    for (const int n : {2, 3, 19, 20, 21, 49, 100, 1001, 4096, 100000}) {
        std::vector<double> v(static_cast<std::size_t>(n));
        for (std::size_t i = 0; i < v.size(); ++i) {
            const double z = rng.normal();
            switch (kind) {
            case 0: v[i] = std::floor(z * 5); break;
            case 1: v[i] = z / (0.01 + std::abs(rng.normal())); break;
            case 2: v[i] = 7.5; break;
            case 3: v[i] = static_cast<double>(i); break;
            case 4: v[i] = -static_cast<double>(i); break;
            case 5: v[i] = z < 0 ? 1 : 2; break;
            default: v[i] = i == 17 ? 1e300 : z; break;
            }
        }
        std::vector<double> work = v;
        std::array<double, kPercentileCount> out{};
        samplePercentiles(work, kPercentileLevels, out);
        for (int k = 0; k < kPercentileCount; ++k)
            COMPARE_EXACT(out[static_cast<std::size_t>(k)], sortedType7(v, kPercentileLevels[static_cast<std::size_t>(k)]),
                          std::string(name) + " n = " + std::to_string(n) + " level " + std::to_string(k));
    }
}

void StochasticTest::splitMix64_matchesReferenceVector()
{
    // The reference splitmix64.c (Vigna) seeded with 1234567.
    std::uint64_t state = 1234567;
    QCOMPARE(splitMix64(state), std::uint64_t{6457827717110365317ULL});
    QCOMPARE(splitMix64(state), std::uint64_t{3203168211198807973ULL});
    QCOMPARE(splitMix64(state), std::uint64_t{9817491932198370423ULL});
}

void StochasticTest::xoshiro256StarStar_matchesReferenceVector()
{
    // The reference xoshiro256starstar.c from the state {1, 2, 3, 4}.
    RandomStream r = RandomStream::fromState({1, 2, 3, 4});
    const std::uint64_t expected[] = {11520ULL, 0ULL, 1509978240ULL, 1215971899390074240ULL,
                                      1216172134540287360ULL, 607988272756665600ULL};
    for (const auto e : expected)
        QCOMPARE(r.next(), e);
}

void StochasticTest::normal_hasStandardMoments()
{
    RandomStream r(2026, 0, 0);
    const int n = 1000000;
    double s1 = 0, s2 = 0, s4 = 0;
    int beyond = 0;
    for (int i = 0; i < n; ++i) {
        const double z = r.normal();
        s1 += z, s2 += z * z, s4 += z * z * z * z;
        beyond += std::abs(z) > 1.959963984540054;
    }
    QVERIFY2(std::abs(s1 / n) < 0.005, qPrintable(QString::number(s1 / n)));
    QVERIFY2(std::abs(s2 / n - 1) < 0.006, qPrintable(QString::number(s2 / n)));
    QVERIFY2(std::abs(s4 / n - 3) < 0.03, qPrintable(QString::number(s4 / n)));
    QVERIFY2(std::abs(beyond / double(n) - 0.05) < 0.001, qPrintable(QString::number(beyond / double(n))));
    for (int i = 0; i < 1000; ++i) {
        const double u = r.uniform();
        QVERIFY(u >= 0 && u < 1);
    }
}

void StochasticTest::paths_outsideRangeAreRefused_data()
{
    QTest::addColumn<qint64>("paths");
    QTest::newRow("0") << qint64{0};
    QTest::newRow("-1") << qint64{-1};
    QTest::newRow("1,000,001") << qint64{1000001};
}

void StochasticTest::paths_outsideRangeAreRefused()
{
    QFETCH(qint64, paths);
    const StochasticProjection sp(loadScenario("builtin:default"));
    StochasticOptions options;
    options.paths = paths;
    QVERIFY(throws<std::invalid_argument>([&] { sp.run(options); }));
}

void StochasticTest::cancel_stopsTheRun()
{
    const StochasticProjection sp(volatileScenario());
    std::atomic<bool> cancel{false};
    StochasticOptions options;
    options.paths = 5000;
    options.cancel = &cancel;
    int calls = 0;
    double lastFraction = 0;
    options.progress = [&](double fraction) {
        ++calls;
        lastFraction = fraction;
        if (calls == 3)
            cancel = true;
    };
    QVERIFY(throws<StochasticCancelled>([&] { sp.run(options); }));
    QVERIFY(calls >= 3 && lastFraction < 1);
    cancel = false;
    options.progress = [&](double fraction) { lastFraction = fraction; };
    sp.run(options);
    QCOMPARE(lastFraction, 1.0);
}

void StochasticTest::csv_hasSpecColumns()
{
    StochasticOptions options;
    options.paths = 10;
    const StochasticResult r = StochasticProjection(defaultWith({"projection.years=3"})).run(options);
    std::ostringstream out;
    writeStochasticCsv(out, r);
    const QStringList lines = QString::fromStdString(out.str()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("year,reserve_p5,reserve_p25,reserve_p50,reserve_p75,reserve_p95,"
                                      "reserve_ratio_p5,reserve_ratio_p25,reserve_ratio_p50,reserve_ratio_p75,"
                                      "reserve_ratio_p95,cost_rate_p5,cost_rate_p25,cost_rate_p50,cost_rate_p75,"
                                      "cost_rate_p95,depletion_probability"));
    QVERIFY(lines[1].startsWith("2026,"));
    QCOMPARE(lines[3].split(',').size(), 17);
}

QTEST_GUILESS_MAIN(StochasticTest)
#include "tst_stochastic.moc"
