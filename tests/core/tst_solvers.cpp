// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The financing solvers: closed forms on a stationary scheme whose flows are linear in the
// rates, and on varied scenarios the defining property of each answer (it meets its condition,
// and a slightly worse value does not).

#include "core/io/analysisformat.h"
#include "core/analysis/solvers.h"
#include "testsupport.h"

#include <QDir>

#include <cmath>

using namespace tideover::core;
using namespace tideover::test;

namespace {

// One month of benefit, no interest, no overheads, no thresholds, nothing grows: per month the
// wage bill is WB = LF (1-u) cov W and benefits are BX = rho K with K = f u LF cov cf cwr W.
Scenario stationary(double initialReserve, double target, double employeeRate, double employerRate)
{
    Scenario s = scenarioWith({
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
        {"contributions.government_rate", "0"},
        {"benefits.replacement_rates", "0.6"},
        {"benefits.duration_months", "1"},
        {"benefits.duration_shares", "1"},
        {"benefits.waiting_days", "7"},
        {"benefits.claimant_wage_ratio", "0.85"},
        {"expenditure.admin_share", "0"},
        {"reserve.return", "0"},
        {"reserve.borrowing_rate", "0"},
    });
    s.reserve.initial = initialReserve;
    s.projection.target_reserve_ratio = target;
    s.contributions.employee_rate = employeeRate;
    s.contributions.employer_rate = employerRate;
    return s;
}

struct Hand {
    double wageBill = 1e6 * 0.95 * (0.6 * 0.9 * 0.7) * 1000;  // per month
    double perRate = 0.2 * 0.05 * 1e6 * (0.6 * 0.9 * 0.7) * (0.6 * 0.8 * 0.8 * std::pow(0.8, 7.0 / 30.0)) * 0.85 * 1000;
};

// The scenario with a flat total rate c (financing rule off), as three equal parts.
Scenario withFlatRate(Scenario s, double c)
{
    s.contributions.employee_rate = c / 3;
    s.contributions.employer_rate = c / 3;
    s.contributions.government_rate = c / 3;
    for (const char* key : {"contributions.employee_rate", "contributions.employer_rate", "contributions.government_rate"})
        s.dated.erase(key);  // one rate in every year
    s.financing.rule = FinancingRule::Fixed;
    return s;
}

// Lowest R[y] - T E[y] over the years with expenditure, relative to the scale of the reserve.
double lowestMargin(const Scenario& s)
{
    const ProjectionResult r = project(s);
    double lowest = INFINITY;
    for (int y = 0; y < r.years; ++y)
        if (r.at(y, Column::expenditure) > 0)
            lowest = std::min(lowest, r.at(y, Column::reserve) - s.projection.target_reserve_ratio * r.at(y, Column::expenditure));
    return lowest;
}

double terminalGap(const Scenario& s)
{
    const ProjectionResult r = project(s);
    const int last = r.years - 1;
    return r.at(last, Column::reserve) - s.projection.target_reserve_ratio * r.at(last, Column::expenditure);
}

void addVariedScenarios()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QString>("golden");
    const QDir root(QStringLiteral(TIDEOVER_TEST_DATA "/golden"));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable("golden " + name)) << QStringList{} << root.filePath(name) + "/scenario.json";
    QTest::newRow("default") << QStringList{} << QString();
    QTest::newRow("thin fund, band rule, target 2")
        << QStringList{"reserve.initial=1e10", "financing.rule=reserve_band", "projection.target_reserve_ratio=2"}
        << QString();
    QTest::newRow("ceiling, minimum and maximum benefit")
        << QStringList{"contributions.wage_ceiling=20000", "benefits.minimum=2500", "benefits.maximum=9000",
                       "expenditure.almp_share=0.1"}
        << QString();
}

Scenario scenarioOfRow(const QStringList& sets, const QString& golden)
{
    return golden.isEmpty() ? defaultWith(sets) : scenarioFromJson(golden);
}

}  // namespace

class SolversTest : public QObject {
    Q_OBJECT

private slots:
    void rateKeepingTarget_matchesClosedForm_data();
    void rateKeepingTarget_matchesClosedForm();
    void maxReplacementRate_matchesClosedForm_data();
    void maxReplacementRate_matchesClosedForm();
    void rateKeepingTarget_meetsTargetEveryYear_data() { addVariedScenarios(); }
    void rateKeepingTarget_meetsTargetEveryYear();
    void maxReplacementRate_financesTheHorizonExactly_data() { addVariedScenarios(); }
    void maxReplacementRate_financesTheHorizonExactly();
    void breakEvenRate_isTheProjections();
    void unreachableTargets_areAbsent();
    void json_reportsNullWhenAbsent();
    void invalidScenario_isRefused();
};

void SolversTest::rateKeepingTarget_matchesClosedForm_data()
{
    // R[y] = R0 + 12 (y+1) (c WB - BX), E[y] = 12 BX, so R[y] >= T E[y] for all y means
    // c >= max over y of ((T + y + 1) 12 BX - R0) / (12 (y+1) WB), at least 0.
    QTest::addColumn<double>("initialReserve");
    QTest::addColumn<double>("target");
    QTest::newRow("empty fund: the first year binds") << 0.0 << 1.0;
    QTest::newRow("some reserve: the horizon binds") << 3e7 << 1.0;
    QTest::newRow("rich fund: rate 0") << 5e8 << 1.0;
    QTest::newRow("target 3") << 1e7 << 3.0;
    QTest::newRow("target 0") << 1e7 << 0.0;
}

void SolversTest::rateKeepingTarget_matchesClosedForm()
{
    QFETCH(double, initialReserve);
    QFETCH(double, target);
    const Hand h;
    const double bx = 0.6 * h.perRate;
    double expected = 0;
    for (int y = 0; y < 10; ++y)
        expected = std::max(expected, ((target + y + 1) * 12 * bx - initialReserve) / (12 * (y + 1) * h.wageBill));
    const auto c = rateKeepingTargetEveryYear(stationary(initialReserve, target, 0.01, 0.01));
    QVERIFY(c.has_value());
    if (expected == 0)
        QCOMPARE(*c, 0.0);
    else
        TIDEOVER_COMPARE_REL(*c, expected, 1e-9, "rate keeping the target every year");
}

void SolversTest::maxReplacementRate_matchesClosedForm_data()
{
    // R[Y-1] = R0 + 12 Y (c WB - rho K) >= T 12 rho K  <=>  rho <= (R0 + 12 Y c WB) / (12 (Y + T) K).
    QTest::addColumn<double>("initialReserve");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("employeeRate");
    QTest::newRow("inside the range") << 1e7 << 1.0 << 0.002;
    QTest::newRow("target 0") << 1e7 << 0.0 << 0.002;
    QTest::newRow("target 4") << 1e7 << 4.0 << 0.003;
    QTest::newRow("rich fund: the top of the range") << 1e10 << 1.0 << 0.002;
    QTest::newRow("in debt: none") << -1e9 << 1.0 << 0.002;
}

void SolversTest::maxReplacementRate_matchesClosedForm()
{
    QFETCH(double, initialReserve);
    QFETCH(double, target);
    QFETCH(double, employeeRate);
    const Hand h;
    const double c = employeeRate + 0.001;
    const double rho = (initialReserve + 120 * c * h.wageBill) / (12 * (10 + target) * h.perRate);
    const auto answer = maximumReplacementRate(stationary(initialReserve, target, employeeRate, 0.001));
    if (rho < 0) {
        QVERIFY2(!answer, "a scheme in debt was given a replacement rate");
    } else {
        QVERIFY(answer.has_value());
        if (rho >= 1.5)
            QCOMPARE(*answer, 1.5);
        else
            TIDEOVER_COMPARE_REL(*answer, rho, 1e-9, "maximum replacement rate");
    }
}

void SolversTest::rateKeepingTarget_meetsTargetEveryYear()
{
    QFETCH(QStringList, sets);
    QFETCH(QString, golden);
    const Scenario s = scenarioOfRow(sets, golden);
    const auto c = rateKeepingTargetEveryYear(s);
    QVERIFY(c.has_value());
    const double scale = std::abs(project(withFlatRate(s, *c)).at(0, Column::expenditure));
    QVERIFY2(lowestMargin(withFlatRate(s, *c)) >= -1e-9 * scale, qPrintable(QString::number(*c, 'g', 17)));
    if (*c > 0)
        QVERIFY(lowestMargin(withFlatRate(s, *c - 1e-6)) < 0);
    // Every year includes the last, so the rate is at least the break-even rate.
    const auto breakEven = breakEvenRate(s);
    QVERIFY(breakEven.has_value());
    QVERIFY(*c >= *breakEven - 1e-12);
}

void SolversTest::maxReplacementRate_financesTheHorizonExactly()
{
    QFETCH(QStringList, sets);
    QFETCH(QString, golden);
    Scenario s = scenarioOfRow(sets, golden);
    const auto rho = maximumReplacementRate(s);
    QVERIFY(rho.has_value());
    s.financing.rule = FinancingRule::Fixed;
    s.benefits.replacement_rates = {*rho};
    const double scale = project(s).at(s.projection.years - 1, Column::expenditure);
    QVERIFY2(terminalGap(s) >= -1e-9 * scale, qPrintable(QString::number(*rho, 'g', 17)));
    if (*rho < 1.5) {
        s.benefits.replacement_rates = {*rho + 1e-6};
        QVERIFY(terminalGap(s) < 0);
    }
}

void SolversTest::breakEvenRate_isTheProjections()
{
    const Scenario s = loadScenario("builtin:default");
    QCOMPARE(breakEvenRate(s), project(s).summary.breakEvenRate);
}

void SolversTest::unreachableTargets_areAbsent()
{
    // A first year that no rate can fund: a large debt and a high target.
    QVERIFY(!rateKeepingTargetEveryYear(defaultWith({"reserve.initial=-1e13", "projection.target_reserve_ratio=5"})));
    // Overheads that swallow every contribution: no replacement rate is financed.
    QVERIFY(!maximumReplacementRate(defaultWith({"expenditure.admin_share=0.6", "expenditure.almp_share=0.5",
                                                  "reserve.initial=0"})));
}

void SolversTest::json_reportsNullWhenAbsent()
{
    const Scenario s = defaultWith({"reserve.initial=-1e13", "projection.target_reserve_ratio=5"});
    const QJsonObject c = QJsonDocument::fromJson(QByteArray::fromStdString(contributionRateJson(s))).object();
    QCOMPARE(c.keys(), (QStringList{"break_even_rate", "rate_keeping_target_every_year", "target_reserve_ratio"}));
    QVERIFY(c["rate_keeping_target_every_year"].isNull());
    QCOMPARE(c["target_reserve_ratio"].toDouble(), 5.0);
    const QJsonObject r =
        QJsonDocument::fromJson(QByteArray::fromStdString(replacementRateJson(loadScenario("builtin:default")))).object();
    QVERIFY(r["max_replacement_rate"].toDouble() > 0.6);
}

void SolversTest::invalidScenario_isRefused()
{
    const Scenario s = defaultWith({"labour.job_finding_rate=0"});
    for (const auto& solve : {std::function([&] { rateKeepingTargetEveryYear(s); }),
                              std::function([&] { maximumReplacementRate(s); })}) {
        try {
            solve();
            QFAIL("an invalid scenario was solved");
        } catch (const InvalidScenario& e) {
            QVERIFY(QString(e.what()).contains("labour.job_finding_rate"));
        }
    }
}

QTEST_GUILESS_MAIN(SolversTest)
#include "tst_solvers.moc"
