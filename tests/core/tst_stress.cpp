// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The recession stress test: the shock's shape, a zero shock reproducing the deterministic
// projection exactly, bigger shocks giving lower reserve ratios, and a closed form on a
// stationary scheme.

#include "core/io/analysisformat.h"
#include "core/analysis/stresstest.h"
#include "testsupport.h"

#include <QDir>

#include <cmath>

using namespace tideover::core;
using namespace tideover::test;

namespace {

bool sameNumber(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

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

// A stationary scheme whose monthly flows are linear in the month's unemployment rate: one
// month of benefit (so BX[m] = N[m] b), no interest, no overheads, no thresholds.
//   N[m]  = f u/(1-u) INS cf = f u LF cov cf,    CI[m] = c LF (1-u) cov W
Scenario stationary()
{
    return scenarioWith({
        {"projection.start_year", "2025"},
        {"projection.years", "10"},
        {"labour.force", "1000000"},
        {"labour.force_growth", "0"},
        {"labour.unemployment_rate", "0.05"},
        {"labour.job_finding_rate", "0.2"},
        {"labour.claimant_exit_factor", "1"},
        {"coverage.wage_employee_share", "0.6"},
        {"coverage.legal_coverage", "0.9"},
        {"coverage.compliance", "0.7"},
        {"wages.average_monthly", "1000"},
        {"wages.growth", "0"},
        {"economy.inflation", "0"},
        {"contributions.employee_rate", "0.01"},
        {"contributions.employer_rate", "0.01"},
        {"contributions.government_rate", "0.005"},
        {"benefits.replacement_rates", "0.6"},
        {"benefits.duration_months", "1"},
        {"benefits.duration_shares", "1"},
        {"benefits.waiting_days", "7"},
        {"benefits.claimant_wage_ratio", "0.85"},
        {"expenditure.admin_share", "0"},
        {"reserve.initial", "10000000"},
        {"reserve.return", "0"},
        {"reserve.borrowing_rate", "0"},
    });
}

struct StationaryHand {
    double lf = 1e6, u = 0.05, f = 0.2, cov = 0.6 * 0.9 * 0.7, w = 1000, c = 0.025;
    double cf = 0.6 * 0.8 * 0.8 * std::pow(0.8, 7.0 / 30.0);
    double b = 0.6 * 0.85 * 1000;
    double contributions = c * lf * (1 - u) * cov * w;  // per month
    double benefits = f * u * lf * cov * cf * b;          // per month
    // Change of (CI - BX) per month per unit of extra unemployment rate.
    double perRateMonth = -lf * cov * (c * w + f * cf * b);
};

}  // namespace

class StressTestTest : public QObject {
    Q_OBJECT

private slots:
    void shockShape_matchesDefinition_data();
    void shockShape_matchesDefinition();
    void zeroShock_equalsDeterministicProjection_data();
    void zeroShock_equalsDeterministicProjection();
    void biggerShock_lowersMinimumReserveRatio_data();
    void biggerShock_lowersMinimumReserveRatio();
    void stationary_matchesClosedForm_data();
    void stationary_matchesClosedForm();
    void depletion_isFirstNegativeMonth();
    void peakBeyondHorizon_usesLastYear();
    void unemployment_isClampedToItsRange();
    void invalidShock_isRefusedNamingTheField_data();
    void invalidShock_isRefusedNamingTheField();
    void json_hasEveryFigure();
};

void StressTestTest::shockShape_matchesDefinition_data()
{
    QTest::addColumn<double>("rise");
    QTest::addColumn<int>("toPeak");
    QTest::addColumn<int>("toRecover");
    QTest::addColumn<QList<double>>("expected");  // shock[t] for t = -1, 0, 1, ...
    QTest::newRow("3 up, 2 down") << 0.03 << 3 << 2 << QList<double>{0, 0.01, 0.02, 0.03, 0.015, 0, 0};
    QTest::newRow("jump, 4 down") << 0.04 << 1 << 4 << QList<double>{0, 0.04, 0.03, 0.02, 0.01, 0, 0};
    QTest::newRow("2 up, abrupt end") << 0.02 << 2 << 0 << QList<double>{0, 0.01, 0.02, 0, 0};
    QTest::newRow("zero rise") << 0.0 << 5 << 5 << QList<double>{0, 0, 0, 0, 0, 0, 0};
}

void StressTestTest::shockShape_matchesDefinition()
{
    QFETCH(double, rise);
    QFETCH(int, toPeak);
    QFETCH(int, toRecover);
    QFETCH(QList<double>, expected);
    const RecessionShock shock{"test", 2030, rise, toPeak, toRecover};
    for (int i = 0; i < expected.size(); ++i)
        TIDEOVER_COMPARE_REL(shock.at(i - 1), expected[i], 1e-15, "month " + std::to_string(i - 1));
    // The area: R (M + K) / 2 rate-months (R (M + 1) / 2 when K = 0).
    double area = 0;
    for (int t = 0; t < 2000; ++t)
        area += shock.at(t);
    TIDEOVER_COMPARE_REL(area, rise * (toPeak + std::max(toRecover, 1)) / 2.0, 1e-12, "area");
}

void StressTestTest::zeroShock_equalsDeterministicProjection_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QString>("golden");
    const QDir root(QStringLiteral(TIDEOVER_TEST_DATA "/golden"));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable("golden " + name)) << QStringList{} << root.filePath(name) + "/scenario.json";
    QTest::newRow("default") << QStringList{} << QString();
    QTest::newRow("borrows") << QStringList{"contributions.employee_rate=0.002", "contributions.employer_rate=0.002",
                                            "reserve.initial=2e9"}
                             << QString();
    QTest::newRow("band rule, in debt")
        << QStringList{"financing.rule=reserve_band", "reserve.initial=-5e9", "labour.unemployment_rate=0.04,0.07,0.05"}
        << QString();
    QTest::newRow("new scheme, long classes")
        << QStringList{"projection.initial_claimants=empty", "benefits.duration_months=3,9,24",
                       "benefits.duration_shares=0.5,0.3,0.2"}
        << QString();
}

void StressTestTest::zeroShock_equalsDeterministicProjection()
{
    QFETCH(QStringList, sets);
    QFETCH(QString, golden);
    const Scenario s = golden.isEmpty() ? defaultWith(sets) : scenarioFromJson(golden);
    const ProjectionResult expected = project(s);
    const StressTest test(s);
    const StressResult r = test.run({"none", expected.startYear + 1, 0.0, 6, 6});
    for (const StressOutcome* o : {&r.stressed, &r.baseline}) {
        for (int y = 0; y < expected.years; ++y) {
            COMPARE_EXACT(o->reserve[y], expected.at(y, Column::reserve), "reserve year " + std::to_string(y));
            COMPARE_EXACT(o->reserveRatio[y], expected.at(y, Column::reserve_ratio), "ratio year " + std::to_string(y));
        }
        for (int m = 0; m < 12 * expected.years; ++m)
            COMPARE_EXACT(o->monthlyReserve[m], expected.at(m, MonthlyColumn::reserve), "month " + std::to_string(m));
        QCOMPARE(o->minimumReserveRatio, expected.summary.minimumReserveRatio);
        QCOMPARE(o->minimumReserveRatioYear, expected.summary.minimumReserveRatioYear);
        QCOMPARE(o->depletionYear, expected.summary.depletionYear);
    }
}

void StressTestTest::biggerShock_lowersMinimumReserveRatio_data()
{
    // Fixed rates and a reserve that stays positive: then a bigger shock means a lower
    // reserve R and a higher expenditure E in every later year, so R/E falls. (Not so in
    // debt, where more expenditure shrinks a negative ratio, nor under reserve_band, whose
    // rate reacts to the shock.)
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<int>("toPeak");
    QTest::addColumn<int>("toRecover");
    QTest::newRow("default, 12 up 24 down") << QStringList{} << 12 << 24;
    QTest::newRow("default, sudden 6 month spike") << QStringList{} << 1 << 6;
    QTest::newRow("thinner fund, long classes")
        << QStringList{"reserve.initial=4e10", "benefits.duration_months=6,12", "benefits.duration_shares=0.5,0.5"}
        << 18 << 36;
}

void StressTestTest::biggerShock_lowersMinimumReserveRatio()
{
    QFETCH(QStringList, sets);
    QFETCH(int, toPeak);
    QFETCH(int, toRecover);
    const StressTest test(defaultWith(sets));
    const int start = test.base().startYear() + 2;
    std::optional<StressResult> previous;
    for (const double rise : {0.0, 0.005, 0.01, 0.02, 0.03, 0.05}) {
        const StressResult r = test.run({"", start, rise, toPeak, toRecover});
        const auto& q = r.stressed;
        QVERIFY2(q.reserve.minCoeff() > 0, "the rows must keep a positive reserve");
        if (previous) {
            const auto& p = previous->stressed;
            // The spec's minimum runs over all years, also those before the shock.
            QVERIFY2(*q.minimumReserveRatio <= *p.minimumReserveRatio,
                     qPrintable(QStringLiteral("rise %1: lowest ratio %2, smaller rise %3").arg(rise).arg(*q.minimumReserveRatio).arg(*p.minimumReserveRatio)));
            const int peak = r.peakYear - test.base().startYear();
            QVERIFY2(q.reserveRatio[peak] < p.reserveRatio[peak],
                     qPrintable(QStringLiteral("rise %1: peak-year ratio %2, smaller rise %3").arg(rise).arg(q.reserveRatio[peak]).arg(p.reserveRatio[peak])));
            QVERIFY(q.monthsOfBenefitsCovered < p.monthsOfBenefitsCovered);
            for (int y = 0; y < test.base().years(); ++y) {
                QVERIFY(q.reserve[y] <= p.reserve[y]);
                QVERIFY(q.reserveRatio[y] <= p.reserveRatio[y]);
            }
        }
        previous = r;
    }
    QVERIFY(*previous->stressed.minimumReserveRatio < *previous->baseline.minimumReserveRatio);
}

void StressTestTest::stationary_matchesClosedForm_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<double>("rise");
    QTest::addColumn<int>("toPeak");
    QTest::addColumn<int>("toRecover");
    QTest::addColumn<bool>("withinOneYear");  // the whole shock in the start year
    QTest::newRow("6 up 6 down in 2027") << 2027 << 0.02 << 6 << 6 << true;
    QTest::newRow("jump, 11 down in 2025") << 2025 << 0.05 << 1 << 11 << true;
    QTest::newRow("12 up, abrupt end in 2030") << 2030 << 0.1 << 12 << 0 << true;
    QTest::newRow("12 up 24 down from 2026") << 2026 << 0.03 << 12 << 24 << false;
    QTest::newRow("running past the horizon") << 2033 << 0.04 << 24 << 24 << false;
}

void StressTestTest::stationary_matchesClosedForm()
{
    QFETCH(int, start);
    QFETCH(double, rise);
    QFETCH(int, toPeak);
    QFETCH(int, toRecover);
    QFETCH(bool, withinOneYear);
    const StationaryHand h;
    const RecessionShock shock{"closed form", start, rise, toPeak, toRecover};
    const StressResult r = StressTest(stationary()).run(shock);
    const int years = 10;
    // Shock within the horizon, in rate-months.
    double inside = 0;
    for (int m = 12 * (start - 2025); m < 12 * years; ++m)
        inside += shock.at(m - 12 * (start - 2025));
    const double baseEnd = 1e7 + 12 * years * (h.contributions - h.benefits);
    TIDEOVER_COMPARE_REL(r.baseline.reserve[years - 1], baseEnd, 1e-11, "baseline reserve at the horizon");
    TIDEOVER_COMPARE_REL(r.stressed.reserve[years - 1], baseEnd + inside * h.perRateMonth, 1e-11,
                         "stressed reserve at the horizon");
    if (withinOneYear) {
        const int y = start - 2025;
        QCOMPARE(r.peakYear, start);
        const double reserveAtStart = 1e7 + 12 * y * (h.contributions - h.benefits);
        const double peakBenefits = 12 * h.benefits + inside * h.lf * h.cov * h.f * h.cf * h.b;
        TIDEOVER_COMPARE_REL(r.stressed.monthsOfBenefitsCovered, reserveAtStart / (peakBenefits / 12), 1e-11,
                             "months of benefits covered");
        TIDEOVER_COMPARE_REL(r.baseline.monthsOfBenefitsCovered, reserveAtStart / h.benefits, 1e-11,
                             "baseline months covered");
    }
    QVERIFY(!r.stressed.depletionYear);
}

void StressTestTest::depletion_isFirstNegativeMonth()
{
    const StressTest test(defaultWith({"reserve.initial=3e9"}));
    const StressResult r = test.run({"severe", 2027, 0.06, 6, 36});
    QVERIFY(!r.baseline.depletionYear);
    QVERIFY(r.stressed.depletionYear && r.stressed.depletionMonth);
    const int m = 12 * (*r.stressed.depletionYear - test.base().startYear()) + *r.stressed.depletionMonth - 1;
    QVERIFY(r.stressed.monthlyReserve[m] < 0);
    for (int earlier = 0; earlier < m; ++earlier)
        QVERIFY(r.stressed.monthlyReserve[earlier] >= 0);
    QVERIFY(*r.stressed.minimumReserveRatio < 0);
}

void StressTestTest::peakBeyondHorizon_usesLastYear()
{
    const StressTest test(defaultWith({"projection.years=5"}));
    const StressResult r = test.run({"", 2030, 0.02, 24, 12});
    QCOMPARE(r.peakYear, 2030);
    QVERIFY(std::isfinite(r.stressed.monthsOfBenefitsCovered));
}

void StressTestTest::unemployment_isClampedToItsRange()
{
    const StressTest test(defaultWith({"labour.unemployment_rate=0.3"}));
    const StressResult r = test.run({"", 2026, 0.6, 3, 3});
    QCOMPARE(r.stressed.monthlyUnemployment.maxCoeff(), 0.6);
    QCOMPARE(r.baseline.monthlyUnemployment.maxCoeff(), 0.3);
}

void StressTestTest::invalidShock_isRefusedNamingTheField_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<double>("rise");
    QTest::addColumn<int>("toPeak");
    QTest::addColumn<int>("toRecover");
    QTest::addColumn<QString>("mention");
    QTest::newRow("before the start") << 2025 << 0.01 << 6 << 6 << "start year 2025";
    QTest::newRow("after the horizon") << 2056 << 0.01 << 6 << 6 << "2026..2055";
    QTest::newRow("negative rise") << 2030 << -0.01 << 6 << 6 << "rise -0.01";
    QTest::newRow("rise above 0.6") << 2030 << 0.7 << 6 << 6 << "rise 0.7";
    QTest::newRow("no months to peak") << 2030 << 0.01 << 0 << 6 << "months to peak 0";
    QTest::newRow("negative recovery") << 2030 << 0.01 << 6 << -1 << "months to recover -1";
}

void StressTestTest::invalidShock_isRefusedNamingTheField()
{
    QFETCH(int, start);
    QFETCH(double, rise);
    QFETCH(int, toPeak);
    QFETCH(int, toRecover);
    QFETCH(QString, mention);
    const StressTest test(loadScenario("builtin:default"));
    try {
        test.run({"", start, rise, toPeak, toRecover});
        QFAIL("the shock was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(mention), e.what());
    }
}

void StressTestTest::json_hasEveryFigure()
{
    const StressResult r = StressTest(loadScenario("builtin:default")).run({"2009 \"great\" recession", 2027, 0.03, 12, 24});
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(stressJson(r)));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    for (const char* key : {"shock", "peak_year", "minimum_reserve_ratio", "minimum_reserve_ratio_year",
                            "months_of_benefits_covered", "depleted", "depletion_year", "depletion_month", "baseline"})
        QVERIFY2(o.contains(key), key);
    QCOMPARE(o["shock"].toObject()["name"].toString(), QStringLiteral("2009 \"great\" recession"));
    QCOMPARE(o["peak_year"].toInt(), 2027);
    QVERIFY(o["depletion_year"].isNull());
    QCOMPARE(o["depleted"].toBool(), false);
    QVERIFY(o["baseline"].toObject()["minimum_reserve_ratio"].toDouble() > o["minimum_reserve_ratio"].toDouble());
}

QTEST_GUILESS_MAIN(StressTestTest)
#include "tst_stress.moc"
