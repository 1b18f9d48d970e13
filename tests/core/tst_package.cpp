// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// model-spec v5 "Combined protection packages": every part off is the v4 model; each part
// against its closed form (severance by service, savings accounts, assistance with the
// insurance's exhaustions); payers add up; the worker's view month by month; validation and
// files.

#include "testsupport.h"
#include "core/engine/package.h"
#include "core/io/scenariofile.h"
#include "core/model/validation.h"

#include <cmath>

using namespace tideover::core;
using namespace tideover::test;

class PackageTest : public QObject {
    Q_OBJECT

private slots:
    void everyPartOff_isTheInsuranceAlone_data();
    void everyPartOff_isTheInsuranceAlone();
    void severanceExpectation_closedForms_data();
    void severanceExpectation_closedForms();
    void severance_inTheProjection();
    void severance_offsetOfInsuredYears();
    void severance_fundPaysWhatItCan();
    void savings_balanceCompounds();
    void savings_withdrawalsAndTopUps();
    void assistance_withoutInsurance();
    void assistance_receivesTheExhausted();
    void assistance_countsEveryGroupsExhaustions();
    void payers_addUp();
    void ratios_toGdpAndGovernment();
    void workerView_monthByMonth();
    void workerView_refusesCasesOutsideTheModel_data();
    void workerView_refusesCasesOutsideTheModel();
    void refused_data();
    void refused();
    void file_roundTripsExactly();
    void file_olderVersionRefusesPackageKeys();
};

namespace {

// A scenario whose years are all alike (no growth, no inflation), so that every month after the
// first months of a cohort-based part is its steady state.
Scenario steadyScenario(std::vector<std::pair<std::string, std::string>> more = {})
{
    std::vector<std::pair<std::string, std::string>> a{
        {"labour.force", "1000000"}, {"wages.average_monthly", "1000"}, {"projection.years", "5"},
        {"labour.force_growth", "0"}, {"wages.growth", "0"}, {"economy.inflation", "0"},
        {"labour.unemployment_rate", "0.05"}, {"labour.job_finding_rate", "0.2"}, {"wages.dispersion", "0"}};
    a.insert(a.end(), more.begin(), more.end());
    return scenarioWith(a);
}

double sep(const Scenario& s) // f u / (1 - u): the scheme's monthly separation rate in year 0
{
    const double u = s.labour.unemployment_rate.at(0), f = s.labour.job_finding_rate.at(0);
    return f * u / (1 - u);
}

}  // namespace

void PackageTest::everyPartOff_isTheInsuranceAlone_data()
{
    QTest::addColumn<QString>("name");
    for (const std::string& name : builtinScenarioNames()) {
        const Scenario s = loadScenario("builtin:" + name);
        if (!hasPackage(s))
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
}

void PackageTest::everyPartOff_isTheInsuranceAlone()
{
    QFETCH(QString, name);
    const Scenario s = loadScenario("builtin:" + name.toStdString());
    const Projection projection(s);
    const ProjectionResult r = projection.run();
    const PackageResult p = projectPackage(projection, r);
    QCOMPARE(p.years, r.years);
    for (int y = 0; y < r.years; ++y) {
        const double insurance = r.at(y, Column::contributions) + r.at(y, Column::state_subsidy) + r.at(y, Column::transfers);
        QVERIFY(relativelyClose(p.at(y, PackageColumn::insurance_cost), insurance, 1e-12));
        QCOMPARE(p.at(y, PackageColumn::package_cost), p.at(y, PackageColumn::insurance_cost));
        for (PackageColumn c : {PackageColumn::severance_paid, PackageColumn::severance_cost, PackageColumn::savings_cost,
                                PackageColumn::savings_withdrawals, PackageColumn::assistance_cost,
                                PackageColumn::assistance_recipients})
            QCOMPARE(p.at(y, c), 0.0);
        QVERIFY(relativelyClose(p.at(y, PackageColumn::insurance_coverage), r.at(y, Column::effective_coverage), 1e-12));
        QCOMPARE(p.at(y, PackageColumn::any_coverage), std::min(1.0, p.at(y, PackageColumn::insurance_coverage)));
    }
}

void PackageTest::severanceExpectation_closedForms_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<double>("offset");
    QTest::addColumn<double>("months");
    QTest::addColumn<double>("paidShare");
    const QString uniform10 = QStringLiteral("severance.tenure_distribution=table");
    // The example: half a month per year, service uniform on 0-10 years: 2.5 months.
    QTest::newRow("half a month, uniform 0-10") << QStringList{"severance.formula=per_year", uniform10} << 0.0 << 2.5 << 1.0;
    QTest::newRow("half a month, exponential mean 5")
        << QStringList{"severance.formula=per_year", "severance.tenure_mean=5"} << 0.0 << 2.5 << 1.0;
    {
        const double mu = 4, l = 1 / mu;
        QTest::newRow("one month, at least two, exponential mean 4")
            << QStringList{"severance.formula=per_year", "severance.months_per_year=1", "severance.minimum_months=2",
                           "severance.tenure_mean=4"}
            << 0.0 << 2 * (1 - std::exp(-2 * l)) + (2 + mu) * std::exp(-2 * l) << 1.0;
    }
    // 0.5 T up to 6 years, then the cap of 3: (9 + 12) / 10.
    QTest::newRow("capped at three months") << QStringList{"severance.formula=per_year", uniform10,
                                                           "severance.maximum_months=3"}
                                            << 0.0 << 2.1 << 1.0;
    // Nothing below one year: (0.25 (100 - 1)) / 10, paid to 90 %.
    QTest::newRow("a year's service to qualify") << QStringList{"severance.formula=per_year", uniform10,
                                                                "severance.minimum_tenure=1"}
                                                 << 0.0 << 2.475 << 0.9;
    // Four insured years not counted: 0.5 (T - 4) above 4: (0.25 36) / 10, paid to 60 %.
    QTest::newRow("four years offset") << QStringList{"severance.formula=per_year", uniform10} << 4.0 << 0.9 << 0.6;
    // Viet Nam's job-loss allowance: one month a year, at least two, offset of 4 years: those
    // with 4..6 years get 2, above 6 get T - 4: (2 * 2 + integral_6^10 (t - 4) dt) / 10 = (4 + 16) / 10.
    QTest::newRow("at least two months, offset") << QStringList{"severance.formula=per_year", uniform10,
                                                                "severance.months_per_year=1", "severance.minimum_months=2"}
                                                 << 4.0 << 2.0 << 0.6;
    // Thailand's Section 118 steps (in months: 30, 90, 180, 240, 300, 400 days) over bands.
    QTest::newRow("Thailand's steps over bands")
        << QStringList{"severance.formula=steps", "severance.step_tenure=0.3288,1,3,6,10,20",
                       "severance.step_months=1,3,6,8,10,13.3333", "severance.tenure_distribution=table",
                       "severance.tenure_bands=1,3,6,10,20,40", "severance.tenure_shares=0.2,0.2,0.2,0.2,0.1,0.1"}
        << 0.0 << 0.2 * 0.6712 + 0.6 + 1.2 + 1.6 + 1.0 + 1.33333 << 0.2 * 0.6712 + 0.8;
    {
        const double l = 1 / 5.0;
        const auto e = [&](double t) { return std::exp(-l * t); };
        QTest::newRow("steps, exponential")
            << QStringList{"severance.formula=steps", "severance.step_tenure=1,3", "severance.step_months=2,5"}
            << 0.0 << 2 * (e(1) - e(3)) + 5 * e(3) << e(1);
        QTest::newRow("steps, exponential, offset 2")
            << QStringList{"severance.formula=steps", "severance.step_tenure=1,3", "severance.step_months=2,5"}
            << 2.0 << 2 * (e(3) - e(5)) + 5 * e(5) << e(3);
    }
    QTest::newRow("no formula") << QStringList{uniform10} << 0.0 << 0.0 << 0.0;
}

void PackageTest::severanceExpectation_closedForms()
{
    QFETCH(QStringList, keys);
    QFETCH(double, offset);
    QFETCH(double, months);
    QFETCH(double, paidShare);
    const Scenario s = defaultWith(keys);
    QVERIFY(validate(s).empty() || !hasErrors(validate(s)));
    const SeveranceExpectation e = expectedSeverance(s, 0, offset);
    QVERIFY2(relativelyClose(e.months, months, 1e-12) || std::abs(e.months - months) < 1e-12,
             qPrintable(QString::number(e.months, 'g', 17) + " vs " + QString::number(months, 'g', 17)));
    QVERIFY(std::abs(e.paidShare - paidShare) < 1e-12);
    // g(T, a) at a few points agrees with the expectation's pieces.
    if (keys.contains("severance.formula=per_year") && keys.size() == 2 && offset == 0) {
        QCOMPARE(severanceMonths(s, 0, 3.0, 0), 1.5);
        QCOMPARE(severanceMonths(s, 0, 0.0, 0), 0.0);
    }
}

void PackageTest::severance_inTheProjection()
{
    const Scenario s = steadyScenario({{"severance.formula", "per_year"}, {"severance.tenure_distribution", "table"},
                                       {"severance.coverage", "0.8"}, {"severance.qualifying_share", "0.5"},
                                       {"severance.paid_share", "0.4"}, {"benefits.claimant_wage_ratio", "0.9"},
                                       {"coverage.wage_employee_share", "0.6"}});
    const PackageResult p = projectPackage(s);
    const double E = 1e6 * (1 - 0.05);
    const double separations = sep(s) * E * 0.6 * 0.8 * 0.5;  // a month
    const double due = 12 * separations * 2.5 * 0.9 * 1000;
    for (int y = 0; y < p.years; ++y) {
        QVERIFY(relativelyClose(p.at(y, PackageColumn::severance_due), due, 1e-12));
        QVERIFY(relativelyClose(p.at(y, PackageColumn::severance_paid), 0.4 * due, 1e-12));
        QVERIFY(relativelyClose(p.at(y, PackageColumn::severance_recipients), 0.4 * 12 * separations, 1e-12));
        QVERIFY(relativelyClose(p.at(y, PackageColumn::severance_cost), 0.4 * due, 1e-12));
        // Those paid severance among all who lost a job: 0.6 0.8 0.5 0.4.
        QVERIFY(relativelyClose(p.at(y, PackageColumn::severance_coverage), 0.6 * 0.8 * 0.5 * 0.4, 1e-12));
    }
}

void PackageTest::severance_offsetOfInsuredYears()
{
    // Four years insured by 2025 (offset_since 2021): the insured share h of the covered
    // counts 0.9 months, the others 2.5; a year later five years (0.5 (T - 5) above 5: 0.625).
    const Scenario s = steadyScenario({{"severance.formula", "per_year"}, {"severance.tenure_distribution", "table"},
                                       {"severance.offset", "insured_years"}, {"severance.offset_since", "2021"},
                                       {"projection.start_year", "2025"}, {"coverage.compliance", "0.5"}});
    const Projection projection(s);
    const ProjectionResult r = projection.run();
    const PackageResult p = projectPackage(projection, r);
    const double covered = 1e6 * 0.95 * s.coverage.wage_employee_share.at(0);
    const double h = r.at(0, Column::insured) / covered;
    QVERIFY(relativelyClose(h, 0.5, 1e-12));
    const double perSeparation = 12 * sep(s) * covered * 0.6 * 0.85 * 1000;  // qualifying share, claimant wage
    QVERIFY(relativelyClose(p.at(0, PackageColumn::severance_due), perSeparation * (0.5 * 2.5 + 0.5 * 0.9), 1e-12));
    QVERIFY(relativelyClose(p.at(1, PackageColumn::severance_due), perSeparation * (0.5 * 2.5 + 0.5 * 0.625), 1e-12));
    // The service counted falls as insurance matures: in 2029 eight years are offset, and only
    // the insured with more than eight years of service are owed anything: 0.25 (10 - 8)^2 / 10.
    QVERIFY(relativelyClose(p.at(4, PackageColumn::severance_due), perSeparation * (0.5 * 2.5 + 0.5 * 0.1), 1e-12));
}

void PackageTest::severance_fundPaysWhatItCan()
{
    // A fund rate far above the cost pays everything from the fund; without contributions the
    // initial fund pays until it is empty, then employers pay the rest directly.
    Scenario s = steadyScenario({{"severance.formula", "per_year"}, {"severance.fund_rate", "0.2"},
                                 {"reserve.return", "0"}});
    PackageResult p = projectPackage(s);
    for (int y = 0; y < p.years; ++y) {
        QVERIFY(relativelyClose(p.at(y, PackageColumn::severance_fund_payments), p.at(y, PackageColumn::severance_paid), 1e-12));
        QVERIFY(relativelyClose(p.at(y, PackageColumn::severance_cost), p.at(y, PackageColumn::severance_fund_contributions), 1e-12));
    }
    const double contributions = p.at(0, PackageColumn::severance_fund_contributions);
    QVERIFY(relativelyClose(p.at(0, PackageColumn::severance_fund),
                            contributions - p.at(0, PackageColumn::severance_paid), 1e-12));

    setValue(s, "severance.fund_rate", "0");
    const double yearly = projectPackage(s).at(0, PackageColumn::severance_paid);
    setValue(s, "severance.fund_initial", QByteArray::number(1.5 * yearly, 'g', 17).toStdString());
    p = projectPackage(s);
    QVERIFY(relativelyClose(p.at(0, PackageColumn::severance_fund_payments), yearly, 1e-12));
    QVERIFY(relativelyClose(p.at(1, PackageColumn::severance_fund_payments), 0.5 * yearly, 1e-9));
    QCOMPARE(p.at(2, PackageColumn::severance_fund_payments), 0.0);
    QVERIFY(relativelyClose(p.at(1, PackageColumn::severance_cost), 0.5 * yearly, 1e-9));
    QCOMPARE(p.at(1, PackageColumn::severance_fund), 0.0);
}

void PackageTest::savings_balanceCompounds()
{
    // No withdrawals, nobody retiring: the accounts hold the contributions with interest,
    // (1 + j)^12 - 1 over j of a month's contributions each year.
    const Scenario s = steadyScenario({{"savings.accounts", "individual"}, {"savings.qualifying_share", "0"},
                                       {"savings.retirement_rate", "0"}, {"savings.return", "0.05"},
                                       {"savings.solidarity_rate", "0.008"}, {"savings.solidarity_state", "120000"}});
    const Projection projection(s);
    const ProjectionResult r = projection.run();
    const PackageResult p = projectPackage(projection, r);
    const double monthly = (0.006 + 0.016) * r.at(0, Column::wage_bill) / 12;
    const double j = std::pow(1.05, 1.0 / 12) - 1;
    double expected = 0;
    for (int m = 0; m < 24; ++m)
        expected = expected * (1 + j) + monthly;
    QVERIFY(relativelyClose(p.at(1, PackageColumn::savings_balance), expected, 1e-12));
    QVERIFY(relativelyClose(p.at(0, PackageColumn::savings_contributions), 12 * monthly, 1e-12));
    QVERIFY(relativelyClose(p.at(0, PackageColumn::savings_cost),
                            12 * monthly + 0.008 * r.at(0, Column::wage_bill) + 120000, 1e-12));
    QCOMPARE(p.at(0, PackageColumn::savings_withdrawals), 0.0);
}

void PackageTest::savings_withdrawalsAndTopUps()
{
    // With a balance far above any spell's needs the account pays the whole schedule: in a
    // steady year a month's withdrawals are ND sum_d stay^(d-1) RR_d WC.
    Scenario s = steadyScenario({{"savings.accounts", "individual"}, {"savings.initial_balance", "1e15"},
                                 {"savings.retirement_rate", "0"}, {"labour.claimant_exit_factor", "0.5"},
                                 {"savings.solidarity_share", "1"}});
    const Projection projection(s);
    ProjectionResult r = projection.run();
    PackageResult p = projectPackage(projection, r);
    const double stay = 1 - 0.2 * 0.5;
    const double drawers = r.at(0, Column::separations) / 12;  // qualifying share 1
    const double wage = 0.85 * 1000;
    const std::vector<double> rates{0.7, 0.55, 0.45, 0.4, 0.35};
    double perMonth = 0, persons = 0;
    for (int d = 1; d <= 5; ++d) {
        perMonth += drawers * std::pow(stay, d - 1) * rates[d - 1] * wage;
        persons += drawers * std::pow(stay, d - 1);
    }
    QVERIFY(relativelyClose(p.at(1, PackageColumn::savings_withdrawals), 12 * perMonth, 1e-12));
    QVERIFY(relativelyClose(p.at(1, PackageColumn::savings_drawers), persons, 1e-12));
    QCOMPARE(p.at(1, PackageColumn::solidarity_topups), 0.0);

    // Empty accounts: the solidarity fund pays everything for those it tops up.
    setValue(s, "savings.initial_balance", "0");
    setValue(s, "savings.employee_rate", "0");
    setValue(s, "savings.employer_rate", "0");
    const Projection empty(s);
    r = empty.run();
    p = projectPackage(empty, r);
    QCOMPARE(p.at(1, PackageColumn::savings_withdrawals), 0.0);
    QVERIFY(relativelyClose(p.at(1, PackageColumn::solidarity_topups), 12 * perMonth, 1e-12));
    QVERIFY(relativelyClose(p.at(1, PackageColumn::solidarity_fund), -p.at(0, PackageColumn::solidarity_topups) - 12 * perMonth, 1e-12));
}

void PackageTest::assistance_withoutInsurance()
{
    // Nobody insured: every newly unemployed person may qualify; recipients in a steady year
    // are EA sum_{d=1..D} (1 - f)^(d-1).
    const Scenario s = steadyScenario({{"coverage.legal_coverage", "0"}, {"assistance.benefit", "flat"},
                                       {"assistance.amount", "300"}, {"assistance.duration_months", "4"}});
    const PackageResult p = projectPackage(s);
    const double entrants = sep(s) * 1e6 * 0.95 * 0.6 * 0.5 * 0.7;
    double recipients = 0;
    for (int d = 1; d <= 4; ++d)
        recipients += entrants * std::pow(0.8, d - 1);
    QVERIFY(relativelyClose(p.at(1, PackageColumn::assistance_recipients), recipients, 1e-12));
    QVERIFY(relativelyClose(p.at(1, PackageColumn::assistance_benefits), 12 * recipients * 300, 1e-12));
    QVERIFY(relativelyClose(p.at(1, PackageColumn::assistance_cost), 1.05 * 12 * recipients * 300, 1e-12));
    QVERIFY(relativelyClose(p.at(1, PackageColumn::assistance_coverage), recipients / (1e6 * 0.05), 1e-12));
    // The first months count only the cohorts that have started.
    QVERIFY(p.at(0, PackageColumn::assistance_recipients) < recipients);
}

void PackageTest::assistance_receivesTheExhausted()
{
    // A six-month insurance with the claimants' exit at the job-finding rate: in the steady
    // state N stay^6 beneficiaries leave it each month still unemployed, and all of them may
    // claim assistance; the newly unemployed without insurance pass the eligible share.
    const Scenario s = steadyScenario({{"assistance.benefit", "poverty_line_share"}, {"assistance.poverty_line", "500"},
                                       {"assistance.duration_months", "3"}, {"assistance.eligible_share", "0.4"}});
    const Projection projection(s);
    const ProjectionResult r = projection.run();
    const PackageResult p = projectPackage(projection, r);
    const double N = r.at(0, Column::new_claims) / 12;
    const double newlyUnemployed = sep(s) * 1e6 * 0.95;
    const double entrants = (0.4 * (newlyUnemployed - N) + N * std::pow(0.8, 6)) * 0.5 * 0.7;
    const double recipients = entrants * (1 + 0.8 + 0.64);
    QVERIFY(relativelyClose(p.at(1, PackageColumn::assistance_recipients), recipients, 1e-12));
    QVERIFY(relativelyClose(p.at(1, PackageColumn::assistance_benefits), 12 * recipients * 250, 1e-12));
    // Everyone counted once: insurance, then assistance.
    QVERIFY(relativelyClose(p.at(1, PackageColumn::any_coverage),
                            (r.at(1, Column::beneficiaries) + recipients) / r.at(1, Column::unemployed), 1e-12));
}

void PackageTest::assistance_countsEveryGroupsExhaustions()
{
    // A further group identical to half the main group exhausts as that half would: the package
    // of the split scenario equals the whole one's.
    Scenario whole = steadyScenario({{"assistance.benefit", "flat"}, {"assistance.amount", "100"}});
    Scenario split = whole;
    setValue(split, "coverage.wage_employee_share", "0.25");
    setValue(split, "group.copy.employed_share", "0.25");
    const PackageResult a = projectPackage(whole), b = projectPackage(split);
    for (int y = 0; y < a.years; ++y)
        QVERIFY(relativelyClose(b.at(y, PackageColumn::assistance_recipients), a.at(y, PackageColumn::assistance_recipients), 1e-12));
}

void PackageTest::payers_addUp()
{
    const Scenario s = loadScenario("builtin:kelora");
    Scenario on = s;
    for (const auto& [k, v] : std::vector<std::pair<std::string, std::string>>{
             {"severance.formula", "per_year"}, {"severance.fund_rate", "0.005"}, {"savings.accounts", "individual"},
             {"savings.solidarity_rate", "0.008"}, {"savings.solidarity_state", "1e9"}, {"savings.solidarity_share", "0.5"},
             {"assistance.benefit", "flat"}, {"assistance.amount", "100"}, {"contributions.government_rate", "0.002"}})
        setValue(on, k, v);
    const Projection projection(on);
    const ProjectionResult r = projection.run();
    const PackageResult p = projectPackage(projection, r);
    for (int y = 0; y < p.years; ++y) {
        const auto at = [&](PackageColumn c) { return p.at(y, c); };
        const double parts = at(PackageColumn::insurance_cost) + at(PackageColumn::severance_cost) +
                             at(PackageColumn::savings_cost) + at(PackageColumn::assistance_cost);
        const double payers = at(PackageColumn::employers_cost) + at(PackageColumn::workers_cost) + at(PackageColumn::state_cost);
        QVERIFY(relativelyClose(at(PackageColumn::package_cost), parts, 1e-12));
        QVERIFY(relativelyClose(payers, parts, 1e-12));
        // The insurance's payers in the proportions of the legislated rates.
        const double rate = on.contributions.employee_rate.at(y) + on.contributions.employer_rate.at(y) + 0.002;
        QVERIFY(relativelyClose(at(PackageColumn::insurance_workers),
                                r.at(y, Column::contributions) * on.contributions.employee_rate.at(y) / rate, 1e-12));
        QVERIFY(relativelyClose(at(PackageColumn::workers_cost),
                                at(PackageColumn::insurance_workers) + 0.006 * r.at(y, Column::wage_bill), 1e-12));
        QVERIFY(relativelyClose(at(PackageColumn::package_cost_to_wages), at(PackageColumn::package_cost) / r.at(y, Column::wage_bill), 1e-12));
    }
}

void PackageTest::ratios_toGdpAndGovernment()
{
    Scenario s = steadyScenario({{"assistance.benefit", "flat"}, {"assistance.amount", "100"}});
    PackageResult p = projectPackage(s);
    QVERIFY(std::isnan(p.at(0, PackageColumn::gdp)));
    QVERIFY(std::isnan(p.at(0, PackageColumn::package_cost_to_gdp)));
    QVERIFY(std::isnan(p.at(0, PackageColumn::package_cost_to_government)));
    setValue(s, "economy.gdp", "1e10");
    setValue(s, "economy.gdp_growth", "0.1");
    setValue(s, "economy.government_expenditure", "0.2");
    p = projectPackage(s);
    QVERIFY(relativelyClose(p.at(2, PackageColumn::gdp), 1e10 * 1.1 * 1.1, 1e-12));
    QVERIFY(relativelyClose(p.at(2, PackageColumn::package_cost_to_gdp), p.at(2, PackageColumn::package_cost) / (1.21e10), 1e-12));
    QVERIFY(relativelyClose(p.at(2, PackageColumn::package_cost_to_government),
                            p.at(2, PackageColumn::package_cost) / (0.2 * 1.21e10), 1e-12));
}

void PackageTest::workerView_monthByMonth()
{
    // Half a month per year of service with six insured years offset; a 15-day wait (one
    // month) then six months at 60 %; three months of assistance after; an account of 2 months.
    const Scenario s = steadyScenario({{"severance.formula", "per_year"}, {"severance.offset", "insured_years"},
                                       {"severance.offset_since", "2019"}, {"projection.start_year", "2025"},
                                       {"benefits.waiting_days", "15"}, {"benefits.replacement_rates", "0.6"},
                                       {"benefits.duration_months", "6"}, {"assistance.benefit", "flat"},
                                       {"assistance.amount", "100"}, {"assistance.duration_months", "3"},
                                       {"savings.accounts", "individual"}});
    WorkerCase c;
    c.wage = 1000;
    c.tenure = 10;
    c.balance = 2000;
    c.solidarity = true;
    const WorkerView v = workerView(s, c);
    QCOMPARE(v.year, 2025);
    QCOMPARE(v.offsetYears, 6.0);
    QCOMPARE(v.severanceMonths, 2.0);
    QCOMPARE(v.months.size(), std::size_t{24});
    QCOMPARE(v.months[0].severance, 2000.0);
    QCOMPARE(v.months[0].insurance, 0.0);
    for (int k = 2; k <= 7; ++k)
        QCOMPARE(v.months[k - 1].insurance, 600.0);
    QCOMPARE(v.months[7].insurance, 0.0);
    for (int k = 8; k <= 10; ++k)
        QCOMPARE(v.months[k - 1].assistance, 100.0);
    QCOMPARE(v.months[10].assistance, 0.0);
    // The account: 700, 550, 450, then 300 of the 400 due, topped up by 100; then 350 topped up.
    QCOMPARE(v.months[0].savings, 700.0);
    QCOMPARE(v.months[3].savings, 300.0);
    QCOMPARE(v.months[3].solidarity, 100.0);
    QCOMPARE(v.months[4].solidarity, 350.0);
    QCOMPARE(v.months[5].savings + v.months[5].solidarity, 0.0);
    double six = 0;
    for (int k = 0; k < 6; ++k)
        six += v.months[k].total();
    QCOMPARE(v.replacement(6), six / 6000);
    QVERIFY(std::isnan(v.replacement(25)));

    // Not insured: no offset, the whole service counts; assistance from the first month.
    c.insured = false;
    const WorkerView u = workerView(s, c);
    QCOMPARE(u.severanceMonths, 5.0);
    QCOMPARE(u.months[0].assistance, 100.0);
    QCOMPARE(u.months[3].assistance, 0.0);
    QCOMPARE(u.months[1].insurance, 0.0);
    QCOMPARE(u.months[0].savings, 0.0);
}

void PackageTest::workerView_refusesCasesOutsideTheModel_data()
{
    QTest::addColumn<double>("wage");
    QTest::addColumn<double>("tenure");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("durationClass");
    QTest::addColumn<QString>("message");
    QTest::newRow("year before") << 1000.0 << 1.0 << 2000 << 24 << -1 << "outside the projection";
    QTest::newRow("year after") << 1000.0 << 1.0 << 2100 << 24 << -1 << "outside the projection";
    QTest::newRow("negative wage") << -1.0 << 1.0 << 0 << 24 << -1 << "wage";
    QTest::newRow("nan wage") << std::nan("") << 1.0 << 0 << 24 << -1 << "wage";
    QTest::newRow("service") << 1000.0 << 61.0 << 0 << 24 << -1 << "service";
    QTest::newRow("months") << 1000.0 << 1.0 << 0 << 0 << -1 << "months";
    QTest::newRow("class") << 1000.0 << 1.0 << 0 << 24 << 3 << "duration classes";
}

void PackageTest::workerView_refusesCasesOutsideTheModel()
{
    QFETCH(double, wage);
    QFETCH(double, tenure);
    QFETCH(int, year);
    QFETCH(int, months);
    QFETCH(int, durationClass);
    QFETCH(QString, message);
    WorkerCase c;
    c.wage = wage;
    c.tenure = tenure;
    c.year = year;
    c.months = months;
    c.durationClass = durationClass;
    try {
        workerView(basicScenario(), c);
        QFAIL("accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
    }
}

void PackageTest::refused_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("steps not increasing") << QStringList{"severance.step_tenure=1,3,2", "severance.step_months=1,2,3"}
                                          << "severance.step_tenure" << "must increase";
    QTest::newRow("steps and months") << QStringList{"severance.step_tenure=1,3", "severance.step_months=1,2,3"}
                                      << "severance.step_months" << "3 values are given for 2 entries";
    QTest::newRow("bands and shares") << QStringList{"severance.tenure_bands=5,10", "severance.tenure_shares=1"}
                                      << "severance.tenure_shares" << "1 values are given for 2 entries";
    QTest::newRow("shares sum") << QStringList{"severance.tenure_bands=5,10", "severance.tenure_shares=0.5,0.6"}
                                << "severance.tenure_shares" << "sum to 1.1";
    QTest::newRow("bands not increasing") << QStringList{"severance.tenure_bands=5,5", "severance.tenure_shares=0.5,0.5"}
                                          << "severance.tenure_bands" << "must increase";
    QTest::newRow("most below least") << QStringList{"severance.minimum_months=3", "severance.maximum_months=2"}
                                      << "severance.maximum_months" << "below severance.minimum_months";
    QTest::newRow("offset year") << QStringList{"severance.offset_since=1800"} << "severance.offset_since" << "1800";
    QTest::newRow("withdrawal months") << QStringList{"savings.duration_months=25"} << "savings.duration_months" << "1..24";
    QTest::newRow("assistance months") << QStringList{"assistance.duration_months=0"} << "assistance.duration_months" << "1..120";
    QTest::newRow("mean service") << QStringList{"severance.tenure_mean=0"} << "severance.tenure_mean" << "(0, 40]";
    QTest::newRow("government") << QStringList{"economy.government_expenditure=1.5"} << "economy.government_expenditure" << "0..1";
}

void PackageTest::refused()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, key);
    QFETCH(QString, message);
    const auto problems = validate(defaultWith(keys));
    bool found = false;
    for (const Problem& p : problems)
        if (p.isError() && p.key == key.toStdString() && QString::fromStdString(p.message).contains(message))
            found = true;
    QVERIFY2(found, qPrintable(key + " / " + message));
}

void PackageTest::file_roundTripsExactly()
{
    Scenario s = loadScenario("builtin:kelora");
    for (const auto& [k, v] : std::vector<std::pair<std::string, std::string>>{
             {"severance.formula", "steps"}, {"severance.step_tenure", "0.3288,1,3"}, {"severance.step_months", "1,3,6"},
             {"severance.tenure_distribution", "table"}, {"severance.tenure_bands", "2,40"},
             {"severance.tenure_shares", "0.3333333333333333,0.6666666666666667"}, {"severance.offset", "insured_years"},
             {"severance.offset_since", "2009"}, {"severance.paid_share@2030", "0.7"}, {"savings.accounts", "individual"},
             {"savings.replacement_rates", "0.7,0.55"}, {"assistance.benefit", "poverty_line_share"},
             {"assistance.poverty_line", "1234.5"}, {"economy.gdp", "9.87654321e12"}})
        setValue(s, k, v);
    s.sources["severance.formula"] = "Labour Protection Act B.E. 2541, Section 118";
    const std::string text = writeScenario(s);
    QVERIFY(text.find("severance.step_months") != std::string::npos);
    const Scenario back = readScenario(text, "round trip");
    QVERIFY(back == s);
}

void PackageTest::file_olderVersionRefusesPackageKeys()
{
    Scenario s = loadScenario("builtin:kelora");
    setValue(s, "severance.formula", "per_year");
    std::string text = writeScenario(s);
    const auto at = text.find("<format_version>5</format_version>");
    QVERIFY(at != std::string::npos);
    text.replace(at, 34, "<format_version>4</format_version>");
    try {
        readScenario(text, "old.tideover");
        QFAIL("a version-4 file with package keys was read");
    } catch (const ScenarioFileError& e) {
        const QString what = QString::fromUtf8(e.what());
        // The package key is named, with its line (keys at their defaults are not written).
        QVERIFY2(what.contains("severance.formula") && what.contains("line") && what.contains("need format version 5"), e.what());
    }
}

QTEST_APPLESS_MAIN(PackageTest)
#include "tst_package.moc"
