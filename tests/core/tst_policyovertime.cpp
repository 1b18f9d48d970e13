// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// model-spec v2 "Policy over time", each mechanism against a hand calculation: dated changes
// of series keys, the benefit rule fixed at the claim, the state's share of benefits, the
// separation factor, the dynamic flow model, and the stress test's claims shock.

#include "core/analysis/stresstest.h"
#include "core/io/resultformat.h"
#include "core/model/datedchanges.h"
#include "core/model/validation.h"
#include "testsupport.h"

#include <sstream>

using namespace tideover::core;
using namespace tideover::test;

namespace {

// A stationary scheme (no growth, constant u, no thresholds): every month has the same new
// claims N, so beneficiaries and benefits follow from N and the survival 0.8 by hand.
Scenario stationary()
{
    return scenarioWith({
        {"projection.start_year", "2025"},
        {"projection.years", "8"},
        {"labour.force", "1000000"},
        {"labour.force_growth", "0"},
        {"labour.unemployment_rate", "0.05"},
        {"labour.job_finding_rate", "0.2"},
        {"coverage.wage_employee_share", "0.6"},
        {"coverage.legal_coverage", "0.9"},
        {"coverage.compliance", "0.7"},
        {"wages.average_monthly", "1000"},
        {"wages.growth", "0"},
        {"economy.inflation", "0"},
        {"eligibility.involuntary_share", "0.6"},
        {"eligibility.contribution_condition_share", "0.8"},
        {"eligibility.take_up", "0.8"},
        {"benefits.replacement_rates", "0.6"},
        {"benefits.duration_months", "6"},
        {"benefits.duration_shares", "1"},
        {"benefits.waiting_days", "7"},
        {"benefits.claimant_wage_ratio", "0.85"},
    });
}

constexpr double kStay = 0.8;  // 1 - f: the claimant exit factor is 1
const double kInsured = 950000.0 * 0.6 * 0.9 * 0.7;
const double kNewClaims = 0.2 * 0.05 / 0.95 * kInsured * 0.6 * 0.8 * 0.8 * std::pow(kStay, 7.0 / 30.0);

std::string csvOf(const Scenario& s)
{
    std::ostringstream out;
    writeAnnualCsv(out, project(s));
    return out.str();
}

bool hasProblem(const std::vector<Problem>& problems, const std::string& key, bool error)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.key == key && p.isError() == error; });
}

}  // namespace

class PolicyOverTimeTest : public QObject {
    Q_OBJECT

private slots:
    void reform_keepsEarlierClaimsOnTheirRule_data();
    void reform_keepsEarlierClaimsOnTheirRule();
    void datedChange_equalsTheSameYearlyList_data();
    void datedChange_equalsTheSameYearlyList();
    void stateShare_isThatShareOfBenefits();
    void separationFactor_scalesJobLossesOfItsYears();
    void dynamic_equalsSteadyStateWhenRateIsConstant();
    void dynamic_addsTheJobLossesOfARise();
    void exitRateChange_appliesFromItsYear();
    void claimsShock_multipliesJobLossesOverTheRecession();
    void validation_namesTheDatedKey_data();
    void validation_namesTheDatedKey();
};

void PolicyOverTimeTest::reform_keepsEarlierClaimsOnTheirRule_data()
{
    // Month m of the projection and the cohorts on benefit in it, d = 1..6 (the d-th month of
    // benefit of the claims of month m - d + 1), each with the rule of its first month: the
    // reform from 2028 (month 36) pays 80 % for 3 months; the rule before, 60 % for 6.
    QTest::addColumn<int>("month");
    QTest::addColumn<QList<double>>("rates");  // by d; 0: not paid in that month
    QTest::newRow("before the reform") << 35 << QList<double>{0.6, 0.6, 0.6, 0.6, 0.6, 0.6};
    QTest::newRow("its first month") << 36 << QList<double>{0.8, 0.6, 0.6, 0.6, 0.6, 0.6};
    QTest::newRow("third month") << 38 << QList<double>{0.8, 0.8, 0.8, 0.6, 0.6, 0.6};
    QTest::newRow("fourth month") << 39 << QList<double>{0.8, 0.8, 0.8, 0, 0.6, 0.6};
    QTest::newRow("last old claims") << 40 << QList<double>{0.8, 0.8, 0.8, 0, 0, 0.6};
    QTest::newRow("old rule run out") << 41 << QList<double>{0.8, 0.8, 0.8, 0, 0, 0};
    QTest::newRow("years later") << 80 << QList<double>{0.8, 0.8, 0.8, 0, 0, 0};
}

void PolicyOverTimeTest::reform_keepsEarlierClaimsOnTheirRule()
{
    QFETCH(int, month);
    QFETCH(QList<double>, rates);
    Scenario s = stationary();
    setValue(s, "benefits.replacement_rates@2028", "0.8");
    setValue(s, "benefits.duration_months@2028", "3");
    const ProjectionResult r = project(s);
    double persons = 0, money = 0;
    for (int d = 1; d <= 6; ++d) {
        const double rate = rates[d - 1];
        if (rate == 0)
            continue;
        const double b = kNewClaims * std::pow(kStay, d - 1);
        persons += b;
        money += b * rate * 0.85 * 1000;  // no thresholds: E[RR X] = RR 0.85 W
    }
    TIDEOVER_COMPARE_REL(r.at(month, MonthlyColumn::beneficiaries), persons, 1e-12, "beneficiaries");
    TIDEOVER_COMPARE_REL(r.at(month, MonthlyColumn::benefits), money, 1e-12, "benefits");
}

void PolicyOverTimeTest::datedChange_equalsTheSameYearlyList_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("dated");  // KEY@YEAR=VALUE on stationary() (start 2025)
    QTest::addColumn<QString>("list");   // the same as the base list
    QTest::newRow("take-up") << "eligibility.take_up" << "eligibility.take_up@2027=0.7" << "0.8,0.8,0.7";
    QTest::newRow("waiting days") << "benefits.waiting_days" << "benefits.waiting_days@2026=3" << "7,3";
    QTest::newRow("employer rate") << "contributions.employer_rate" << "contributions.employer_rate@2029=0.015"
                                   << "0.01,0.01,0.01,0.01,0.015";
    QTest::newRow("state's share") << "contributions.government_benefit_share"
                                   << "contributions.government_benefit_share@2026=0.25" << "0,0.25";
    QTest::newRow("at the start replaces the base") << "expenditure.admin_share"
                                                    << "expenditure.admin_share@2020=0.05" << "0.05";
}

void PolicyOverTimeTest::datedChange_equalsTheSameYearlyList()
{
    QFETCH(QString, key);
    QFETCH(QString, dated);
    QFETCH(QString, list);
    const Scenario base = stationary();
    Scenario a = base, b = base;
    setValue(a, dated.section('=', 0, 0).toStdString(), dated.section('=', 1).toStdString());
    setValue(b, key.toStdString(), list.toStdString());
    QVERIFY(csvOf(a) != csvOf(base));
    QCOMPARE(csvOf(a), csvOf(b));  // the same bits
}

void PolicyOverTimeTest::stateShare_isThatShareOfBenefits()
{
    Scenario s = stationary();
    setValue(s, "contributions.government_benefit_share@2027", "0.25");
    const ProjectionResult r = project(s);
    const ProjectionResult none = project(stationary());
    for (int y = 0; y < r.years; ++y) {
        const double share = y < 2 ? 0.0 : 0.25;
        TIDEOVER_COMPARE_REL(r.at(y, Column::state_subsidy), share * r.at(y, Column::benefits), 1e-14, "state_subsidy");
        // Income, not less spending: expenditure is the same as without the share.
        TIDEOVER_COMPARE_REL(r.at(y, Column::expenditure), none.at(y, Column::expenditure), 0, "expenditure");
        QCOMPARE(none.at(y, Column::state_subsidy), 0.0);
    }
    QVERIFY(r.at(r.years - 1, Column::reserve) > none.at(r.years - 1, Column::reserve));
}

void PolicyOverTimeTest::separationFactor_scalesJobLossesOfItsYears()
{
    Scenario s = stationary();
    setValue(s, "labour.separation_factor@2027", "1.5");
    setValue(s, "labour.separation_factor@2029", "1");
    const ProjectionResult r = project(s), base = project(stationary());
    for (int y = 0; y < r.years; ++y) {
        const double factor = y == 2 || y == 3 ? 1.5 : 1.0;
        TIDEOVER_COMPARE_REL(r.at(y, Column::separations), factor * base.at(y, Column::separations), 1e-14, "separations");
        TIDEOVER_COMPARE_REL(r.at(y, Column::new_claims), factor * base.at(y, Column::new_claims), 1e-14, "new_claims");
        TIDEOVER_COMPARE_REL(r.at(y, Column::unemployed), base.at(y, Column::unemployed), 0, "unemployed");
    }
}

void PolicyOverTimeTest::dynamic_equalsSteadyStateWhenRateIsConstant()
{
    Scenario s = loadScenario("builtin:default");
    setValue(s, "labour.unemployment_rate", "0.04");
    Scenario dynamic = s;
    setValue(dynamic, "labour.flow_model", "dynamic");
    QCOMPARE(csvOf(dynamic), csvOf(s));
}

void PolicyOverTimeTest::dynamic_addsTheJobLossesOfARise()
{
    // u rises 0.05 -> 0.07 in 2027 and falls to 0.01 in 2028 (faster than f u allows: the
    // floor at 0). Separations per year: 12 max(0, f u + du / 12) / (1 - u) INS.
    Scenario s = stationary();
    setValue(s, "labour.unemployment_rate", "0.05,0.05,0.07,0.01");
    setValue(s, "labour.flow_model", "dynamic");
    const ProjectionResult r = project(s);
    const double u[] = {0.05, 0.05, 0.07, 0.01, 0.01};
    for (int y = 0; y < 5; ++y) {
        const double insured = 1000000 * (1 - u[y]) * 0.6 * 0.9 * 0.7;
        const double change = y == 0 ? 0 : u[y] - u[y - 1];
        const double expected = 12 * std::max(0.0, 0.2 * u[y] + change / 12) / (1 - u[y]) * insured;
        TIDEOVER_COMPARE_REL(r.at(y, Column::separations), expected, 1e-13, "year " + std::to_string(y));
    }
    QVERIFY(0.2 * 0.01 + (0.01 - 0.07) / 12 < 0);  // 2028 is floored
    QCOMPARE(r.at(3, Column::separations), 0.0);
}

void PolicyOverTimeTest::exitRateChange_appliesFromItsYear()
{
    // From 2028 claimants leave at half the rate: stay 0.9 instead of 0.8 for every month of
    // 2028 on, whatever the claim's start. Month 36 (January 2028) holds the claims of months
    // 36 - d + 1, d = 1..6, each survived d - 1 months of which those in 2028 at 0.9.
    Scenario s = stationary();
    setValue(s, "labour.claimant_exit_factor@2028", "0.5");
    const ProjectionResult r = project(s);
    // The new claims of 2028 are fewer: the waiting days are survived at the new stay.
    const double claims2028 = kNewClaims / std::pow(kStay, 7.0 / 30.0) * std::pow(0.9, 7.0 / 30.0);
    for (const int month : {35, 36, 37, 41}) {
        double persons = 0;
        for (int d = 1; d <= 6; ++d) {
            const int start = month - d + 1;
            double b = start >= 36 ? claims2028 : kNewClaims;
            for (int m = start + 1; m <= month; ++m)
                b *= m >= 36 ? 0.9 : kStay;
            persons += b;
        }
        TIDEOVER_COMPARE_REL(r.at(month, MonthlyColumn::beneficiaries), persons, 1e-12, "month " + std::to_string(month));
    }
}

void PolicyOverTimeTest::claimsShock_multipliesJobLossesOverTheRecession()
{
    const Scenario s = loadScenario("builtin:default");
    const StressTest test(s);
    RecessionShock none{"none", 2028, 0.0, 6, 6, 1.0};
    const StressResult zero = test.run(none);
    for (int m = 0; m < zero.stressed.monthlyBenefits.size(); ++m)
        QCOMPARE(zero.stressed.monthlyBenefits[m], zero.baseline.monthlyBenefits[m]);  // exactly: no shock

    RecessionShock claims{"claims", 2028, 0.0, 6, 6, 1.5};
    const StressResult r = test.run(claims);
    // Beneficiaries are the same until the recession starts, more during it, and the peak
    // beneficiaries and benefit spending exceed the baseline's.
    const int start = 12 * (2028 - 2026);
    for (int m = 0; m < start; ++m)
        QCOMPARE(r.stressed.monthlyBeneficiaries[m], r.baseline.monthlyBeneficiaries[m]);
    // In the recession's first month the only new beneficiaries are that month's claims, 1.5 x.
    QVERIFY(r.stressed.monthlyBeneficiaries[start] > r.baseline.monthlyBeneficiaries[start]);
    // The peak: the month of the largest excess over the baseline, both figures of that month.
    const int peak = 12 * (r.beneficiaries.year - 2026) + r.beneficiaries.month - 1;
    QVERIFY(peak >= start);
    QCOMPARE(r.beneficiaries.stressed, r.stressed.monthlyBeneficiaries[peak]);
    QCOMPARE(r.beneficiaries.baseline, r.baseline.monthlyBeneficiaries[peak]);
    for (int m = start; m < r.stressed.monthlyBeneficiaries.size(); ++m)
        QVERIFY(r.stressed.monthlyBeneficiaries[m] - r.baseline.monthlyBeneficiaries[m] <=
                r.beneficiaries.stressed - r.beneficiaries.baseline);
    QVERIFY(r.benefits.stressed > r.benefits.baseline);
    QVERIFY(r.stressed.minimumReserveRatio.value() < r.baseline.minimumReserveRatio.value());
    // Out of range: named.
    RecessionShock bad = claims;
    bad.claimsFactor = 6;
    try {
        test.run(bad);
        QFAIL("a claims factor of 6 ran");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("claims factor 6"), e.what());
    }
}

void PolicyOverTimeTest::validation_namesTheDatedKey_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("error");
    QTest::newRow("durations and shares disagree")
        << QStringList{"benefits.duration_months@2030=3,6"} << "benefits.duration_months@2030" << true;
    QTest::newRow("shares do not sum to 1")
        << QStringList{"benefits.duration_months@2030=3,6", "benefits.duration_shares@2030=0.5,0.6"}
        << "benefits.duration_shares@2030" << true;
    QTest::newRow("value out of range") << QStringList{"eligibility.take_up@2030=1.5"} << "eligibility.take_up@2030" << true;
    QTest::newRow("after the horizon") << QStringList{"eligibility.take_up@2100=0.5"} << "eligibility.take_up@2100" << false;
    QTest::newRow("maximum below minimum in a dated year")
        << QStringList{"benefits.minimum=100", "benefits.maximum=1000", "benefits.maximum@2031=50"}
        << "benefits.maximum" << true;
}

void PolicyOverTimeTest::validation_namesTheDatedKey()
{
    QFETCH(QStringList, sets);
    QFETCH(QString, key);
    QFETCH(bool, error);
    Scenario s = loadScenario("builtin:default");
    for (const QString& set : sets)
        setValue(s, set.section('=', 0, 0).toStdString(), set.section('=', 1).toStdString());
    const auto problems = validate(s);
    QVERIFY2(hasProblem(problems, key.toStdString(), error), qPrintable(key));
    if (error)
        QVERIFY_THROWS_EXCEPTION(InvalidScenario, project(s));
    else
        QCOMPARE(csvOf(s), csvOf(loadScenario("builtin:default")));  // no effect
}

QTEST_GUILESS_MAIN(PolicyOverTimeTest)
#include "tst_policyovertime.moc"
