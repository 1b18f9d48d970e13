// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Properties and closed-form cases of the deterministic projection (model-spec "Equations").

#include "testsupport.h"

#include <QDir>

#include <cmath>

using namespace tideover::core;
using namespace tideover::test;

namespace {

// A stationary scheme: no growth of anything, constant unemployment, no thresholds.
Scenario stationary()
{
    return scenarioWith({
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
        {"wages.dispersion", "0.6"},
        {"economy.inflation", "0"},
        {"contributions.employee_rate", "0.01"},
        {"contributions.employer_rate", "0.01"},
        {"contributions.government_rate", "0.005"},
        {"eligibility.involuntary_share", "0.6"},
        {"eligibility.contribution_condition_share", "0.8"},
        {"eligibility.take_up", "0.8"},
        {"benefits.replacement_rates", "0.6"},
        {"benefits.duration_months", "6"},
        {"benefits.duration_shares", "1"},
        {"benefits.waiting_days", "7"},
        {"benefits.claimant_wage_ratio", "0.85"},
        {"expenditure.benefit_related_rate", "0.05"},
        {"expenditure.almp_share", "0.1"},
        {"expenditure.admin_share", "0.03"},
        {"projection.years", "10"},
    });
}

// Hand-computed monthly new claims of stationary(): s = f u / (1 - u), I = s INS,
// N = I * involuntary * condition * take-up * (1 - f)^(waiting / 30).
struct StationaryHand {
    double insured = 950000.0 * 0.6 * 0.9 * 0.7;
    double stay = 0.8;
    double newClaims = 0.2 * 0.05 / 0.95 * insured * 0.6 * 0.8 * 0.8 * std::pow(0.8, 7.0 / 30.0);
};

QList<Scenario> variedScenarios()
{
    QList<Scenario> list;
    const QDir root(QStringLiteral(TIDEOVER_TEST_DATA "/golden"));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        list << scenarioFromJson(root.filePath(name) + "/scenario.json");
    list << loadScenario("builtin:default");
    list << stationary();
    return list;
}

double col(const ProjectionResult& r, int y, Column c) { return r.at(y, c); }

}  // namespace

class ProjectionTest : public QObject {
    Q_OBJECT

private slots:
    void steadyState_matchesClosedForm();
    void replacementSchedule_matchesClosedForm();
    void durationClasses_areShareWeightedSums();
    void reserveRecursion_holdsEveryMonth_data();
    void reserveRecursion_holdsEveryMonth();
    void annualColumns_areSumsOfMonths_data() { reserveRecursion_holdsEveryMonth_data(); }
    void annualColumns_areSumsOfMonths();
    void flows_scaleWithLabourForce_ratiosDoNot();
    void zeroContributions_drainByExpenditureMinusInterest();
    void emptyStart_convergesToSteadyState();
    void negativeReserve_borrowsAtTheBorrowingRate();
    void transfers_spreadOverTheYear();
    void breakEvenRate_landsOnTarget_data() { reserveRecursion_holdsEveryMonth_data(); }
    void breakEvenRate_landsOnTarget();
    void breakEvenRate_absentWhenUnreachable();
    void reserveBand_movesRateOneStepAYear();
    void thresholdIndexation_keepsContributoryShareWhenWages();
    void depletionYear_isFirstNegativeMonth_data() { reserveRecursion_holdsEveryMonth_data(); }
    void depletionYear_isFirstNegativeMonth();
    void invalidScenario_isRefusedWithItsErrors();
};

void ProjectionTest::steadyState_matchesClosedForm()
{
    const Scenario s = stationary();
    const ProjectionResult r = project(s);
    const StationaryHand h;
    const double beneficiaries = h.newClaims * (1 - std::pow(h.stay, 6)) / (1 - h.stay);
    const double benefits = 12 * beneficiaries * 0.6 * 0.85 * 1000;  // no thresholds: E[RR X] = RR E[X]
    const double contributions = 12 * 0.025 * h.insured * 1000;
    const double other = 0.05 * benefits + 0.1 * contributions;
    const double admin = 0.03 * contributions;
    for (int y = 0; y < r.years; ++y) {
        const std::string year = "year " + std::to_string(y) + " ";
        TIDEOVER_COMPARE_REL(col(r, y, Column::insured), h.insured, 1e-12, year + "insured");
        TIDEOVER_COMPARE_REL(col(r, y, Column::new_claims), 12 * h.newClaims, 1e-12, year + "new_claims");
        TIDEOVER_COMPARE_REL(col(r, y, Column::beneficiaries), beneficiaries, 1e-12, year + "beneficiaries");
        TIDEOVER_COMPARE_REL(col(r, y, Column::benefits), benefits, 1e-12, year + "benefits");
        TIDEOVER_COMPARE_REL(col(r, y, Column::contributions), contributions, 1e-12, year + "contributions");
        TIDEOVER_COMPARE_REL(col(r, y, Column::other_expenditure), other, 1e-12, year + "other_expenditure");
        TIDEOVER_COMPARE_REL(col(r, y, Column::admin), admin, 1e-12, year + "admin");
        TIDEOVER_COMPARE_REL(col(r, y, Column::expenditure), benefits + other + admin, 1e-12, year + "expenditure");
        TIDEOVER_COMPARE_REL(col(r, y, Column::average_replacement), 0.6 * 0.85, 1e-12, year + "average_replacement");
        TIDEOVER_COMPARE_REL(col(r, y, Column::effective_coverage), beneficiaries / 50000.0, 1e-12, year + "effective_coverage");
    }
}

void ProjectionTest::replacementSchedule_matchesClosedForm()
{
    Scenario s = stationary();
    setValue(s, "benefits.replacement_rates", "0.8,0.5");
    setValue(s, "wages.dispersion", "0");
    const ProjectionResult r = project(s);
    const StationaryHand h;
    double later = 0;  // months 2..6 at 50 %
    for (int d = 2; d <= 6; ++d)
        later += std::pow(h.stay, d - 1);
    const double monthly = h.newClaims * 850.0 * (0.8 + 0.5 * later);
    TIDEOVER_COMPARE_REL(col(r, 3, Column::benefits), 12 * monthly, 1e-12, "benefits with a 80/50 schedule");
}

void ProjectionTest::durationClasses_areShareWeightedSums()
{
    Scenario mixed = stationary();
    setValue(mixed, "benefits.duration_months", "3,9");
    setValue(mixed, "benefits.duration_shares", "0.3,0.7");
    setValue(mixed, "benefits.replacement_rates", "0.7,0.6,0.5");
    setValue(mixed, "projection.initial_claimants", "empty");
    setValue(mixed, "labour.unemployment_rate", "0.05,0.07,0.04");
    Scenario shortOnly = mixed;
    setValue(shortOnly, "benefits.duration_months", "3");
    setValue(shortOnly, "benefits.duration_shares", "1");
    Scenario longOnly = mixed;
    setValue(longOnly, "benefits.duration_months", "9");
    setValue(longOnly, "benefits.duration_shares", "1");
    const auto rm = project(mixed), rs = project(shortOnly), rl = project(longOnly);
    for (int m = 0; m < 12 * rm.years; ++m) {
        for (const auto c : {MonthlyColumn::beneficiaries, MonthlyColumn::benefits}) {
            const double expected = 0.3 * rs.at(m, c) + 0.7 * rl.at(m, c);
            TIDEOVER_COMPARE_REL(rm.at(m, c), expected, 1e-12, "month " + std::to_string(m));
        }
    }
    // A claimant of the 3-month class is never paid in month 4.
    QVERIFY(rs.at(3, MonthlyColumn::beneficiaries) < rl.at(3, MonthlyColumn::beneficiaries));
}

void ProjectionTest::reserveRecursion_holdsEveryMonth_data()
{
    QTest::addColumn<int>("index");
    const auto list = variedScenarios();
    for (int i = 0; i < list.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("scenario %1").arg(i))) << i;
}

void ProjectionTest::reserveRecursion_holdsEveryMonth()
{
    QFETCH(int, index);
    const Scenario s = variedScenarios().at(index);
    const ProjectionResult r = project(s);
    double previous = s.reserve.initial;
    for (int m = 0; m < 12 * r.years; ++m) {
        const int y = m / 12;
        const double annualRate = previous >= 0 ? s.reserve.return_rate.at(y) : s.reserve.borrowing_rate.at(y);
        const double interest = previous * (std::pow(1 + annualRate, 1.0 / 12) - 1);
        const double ci = r.at(m, MonthlyColumn::contributions);
        const double tx = r.at(m, MonthlyColumn::expenditure);
        const double t = r.at(m, MonthlyColumn::transfers);
        const double scale = std::max({std::abs(previous), std::abs(ci), std::abs(tx), std::abs(t), 1.0});
        const double gs = r.at(m, MonthlyColumn::state_subsidy);  // model-spec v2
        const double expected = previous + interest + ci + gs - tx + t;
        const double actual = r.at(m, MonthlyColumn::reserve);
        if (std::abs(actual - expected) > 1e-12 * scale || std::abs(r.at(m, MonthlyColumn::investment_income) - interest) > 1e-12 * scale)
            QFAIL(qPrintable(QStringLiteral("month %1: R = %2, recursion gives %3").arg(m).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        const double tx2 = r.at(m, MonthlyColumn::benefits) + r.at(m, MonthlyColumn::other_expenditure) + r.at(m, MonthlyColumn::admin);
        QVERIFY(std::abs(tx - tx2) <= 1e-12 * scale);
        previous = actual;
    }
}

void ProjectionTest::annualColumns_areSumsOfMonths()
{
    QFETCH(int, index);
    const ProjectionResult r = project(variedScenarios().at(index));
    const std::pair<Column, MonthlyColumn> sums[] = {
        {Column::contributions, MonthlyColumn::contributions}, {Column::benefits, MonthlyColumn::benefits},
        {Column::other_expenditure, MonthlyColumn::other_expenditure}, {Column::admin, MonthlyColumn::admin},
        {Column::expenditure, MonthlyColumn::expenditure}, {Column::investment_income, MonthlyColumn::investment_income},
        {Column::transfers, MonthlyColumn::transfers}, {Column::new_claims, MonthlyColumn::new_claims},
        {Column::separations, MonthlyColumn::separations}, {Column::state_subsidy, MonthlyColumn::state_subsidy}};
    for (int y = 0; y < r.years; ++y) {
        const auto months = Eigen::seqN(12 * y, 12);
        for (const auto& [annual, monthly] : sums) {
            const double sum = r.monthly(months, static_cast<int>(monthly)).sum();
            QVERIFY2(std::abs(col(r, y, annual) - sum) <= 1e-12 * std::max(1.0, std::abs(sum)),
                     qPrintable(QString::fromUtf8(columnNames()[static_cast<int>(annual)].data()) + " year " + QString::number(y)));
        }
        const double ben = r.monthly(months, static_cast<int>(MonthlyColumn::beneficiaries)).mean();
        TIDEOVER_COMPARE_REL(col(r, y, Column::beneficiaries), ben, 1e-13, "beneficiaries mean");
        TIDEOVER_COMPARE_REL(col(r, y, Column::reserve), r.at(12 * y + 11, MonthlyColumn::reserve), 0, "reserve at year end");
        const double balance = col(r, y, Column::contributions) + col(r, y, Column::investment_income) +
                               col(r, y, Column::transfers) + col(r, y, Column::state_subsidy) -
                               col(r, y, Column::expenditure);
        TIDEOVER_COMPARE_REL(col(r, y, Column::balance), balance, 1e-12, "balance");
    }
}

void ProjectionTest::flows_scaleWithLabourForce_ratiosDoNot()
{
    const QDir root(QStringLiteral(TIDEOVER_TEST_DATA "/golden"));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const Scenario base = scenarioFromJson(root.filePath(name) + "/scenario.json");
        Scenario big = base;
        const double k = 7.0;
        big.labour.force *= k;
        big.reserve.initial *= k;
        for (double& t : big.reserve.transfers.values)
            t *= k;
        const auto a = project(base), b = project(big);
        const Column flows[] = {Column::labour_force, Column::unemployed, Column::insured, Column::separations,
                                Column::wage_bill, Column::contributions, Column::new_claims, Column::beneficiaries,
                                Column::benefits, Column::other_expenditure, Column::admin, Column::expenditure,
                                Column::investment_income, Column::transfers, Column::reserve};
        const Column ratios[] = {Column::contribution_rate, Column::reserve_ratio, Column::reserve_to_wages,
                                 Column::cost_rate, Column::effective_coverage, Column::average_benefit,
                                 Column::average_replacement, Column::high_cost_multiple};
        for (int y = 0; y < a.years; ++y) {
            for (const auto c : flows)
                TIDEOVER_COMPARE_REL(col(b, y, c), k * col(a, y, c), 1e-11, name.toStdString() + " " + std::string(columnNames()[static_cast<int>(c)]));
            for (const auto c : ratios)
                TIDEOVER_COMPARE_REL(col(b, y, c), col(a, y, c), 1e-10, name.toStdString() + " " + std::string(columnNames()[static_cast<int>(c)]));
        }
        QCOMPARE(b.summary.depletionYear, a.summary.depletionYear);
        TIDEOVER_COMPARE_REL(*b.summary.breakEvenRate, *a.summary.breakEvenRate, 1e-9, "break-even");
    }
}

void ProjectionTest::zeroContributions_drainByExpenditureMinusInterest()
{
    Scenario s = loadScenario("builtin:default");
    for (const char* key : {"contributions.employee_rate", "contributions.employer_rate", "contributions.government_rate"})
        setValue(s, key, "0");
    const ProjectionResult r = project(s);
    double previous = s.reserve.initial;
    for (int y = 0; y < r.years; ++y) {
        QCOMPARE(col(r, y, Column::contributions), 0.0);
        QCOMPARE(col(r, y, Column::admin), 0.0);  // admin is a share of contributions
        const double drained = previous - col(r, y, Column::reserve);
        const double expected = col(r, y, Column::expenditure) - col(r, y, Column::investment_income);
        TIDEOVER_COMPARE_REL(drained, expected, 1e-9, "year " + std::to_string(y));
        previous = col(r, y, Column::reserve);
    }
    QVERIFY(col(r, r.years - 1, Column::reserve) < s.reserve.initial);

    // With no return at all, the reserve falls by exactly the expenditure.
    setValue(s, "reserve.return", "0");
    setValue(s, "reserve.borrowing_rate", "0");
    const ProjectionResult flat = project(s);
    double spent = 0;
    for (int y = 0; y < flat.years; ++y)
        spent += col(flat, y, Column::expenditure);
    TIDEOVER_COMPARE_REL(col(flat, flat.years - 1, Column::reserve), s.reserve.initial - spent, 1e-9, "reserve at horizon");
}

void ProjectionTest::emptyStart_convergesToSteadyState()
{
    Scenario steady = stationary();
    setValue(steady, "benefits.duration_months", "4,12");
    setValue(steady, "benefits.duration_shares", "0.5,0.5");
    Scenario fresh = steady;
    setValue(fresh, "projection.initial_claimants", "empty");
    const auto a = project(steady), b = project(fresh);
    const StationaryHand h;
    // A new scheme pays only this month's claimants in its first month.
    TIDEOVER_COMPARE_REL(b.at(0, MonthlyColumn::beneficiaries), h.newClaims, 1e-12, "month 0 beneficiaries");
    for (int m = 0; m < 11; ++m)
        QVERIFY(b.at(m, MonthlyColumn::beneficiaries) < a.at(m, MonthlyColumn::beneficiaries));
    for (int m = 11; m < 12 * a.years; ++m)  // the longest class has run its course
        TIDEOVER_COMPARE_REL(b.at(m, MonthlyColumn::beneficiaries), a.at(m, MonthlyColumn::beneficiaries), 1e-12, "month " + std::to_string(m));
    // The steady state is flat from the first month.
    TIDEOVER_COMPARE_REL(a.at(0, MonthlyColumn::beneficiaries), a.at(50, MonthlyColumn::beneficiaries), 1e-12, "steady stock");
}

void ProjectionTest::negativeReserve_borrowsAtTheBorrowingRate()
{
    Scenario s = stationary();
    setValue(s, "reserve.initial", "-1e9");
    setValue(s, "reserve.return", "0.04");
    setValue(s, "reserve.borrowing_rate", "0.08");
    const ProjectionResult r = project(s);
    TIDEOVER_COMPARE_REL(r.at(0, MonthlyColumn::investment_income), -1e9 * (std::pow(1.08, 1.0 / 12) - 1), 1e-12, "interest paid");
    QCOMPARE(r.summary.depletionYear, std::optional<int>(2025));
    // Once positive, the reserve earns the return instead.
    Scenario positive = s;
    setValue(positive, "reserve.initial", "1e9");
    TIDEOVER_COMPARE_REL(project(positive).at(0, MonthlyColumn::investment_income), 1e9 * (std::pow(1.04, 1.0 / 12) - 1), 1e-12, "interest earned");
}

void ProjectionTest::transfers_spreadOverTheYear()
{
    Scenario s = stationary();
    setValue(s, "reserve.transfers", "0,1.2e9,0,-6e8,0");
    const ProjectionResult r = project(s);
    QCOMPARE(col(r, 0, Column::transfers), 0.0);
    QCOMPARE(col(r, 1, Column::transfers), 1.2e9);
    QCOMPARE(col(r, 3, Column::transfers), -6e8);
    QCOMPARE(col(r, 9, Column::transfers), 0.0);  // a one-off ends with its trailing 0
    for (int m = 12; m < 24; ++m)
        QCOMPARE(r.at(m, MonthlyColumn::transfers), 1e8);
}

void ProjectionTest::breakEvenRate_landsOnTarget()
{
    QFETCH(int, index);
    Scenario s = variedScenarios().at(index);
    const auto rate = Projection(s).breakEvenRate();
    QVERIFY(rate.has_value());
    QVERIFY(*rate >= 0 && *rate <= 1);
    setValue(s, "financing.rule", "fixed");
    s.contributions.employee_rate = Series(*rate);
    s.contributions.employer_rate = Series(0.0);
    s.contributions.government_rate = Series(0.0);
    for (const char* key : {"contributions.employee_rate", "contributions.employer_rate", "contributions.government_rate"})
        s.dated.erase(key);  // the break-even rate replaces c[y] in every year
    const ProjectionResult r = project(s);
    const int last = r.years - 1;
    const double target = s.projection.target_reserve_ratio * col(r, last, Column::expenditure);
    // 1e-9 in the rate moves the reserve by about 1e-9 x the horizon's wage bills.
    double wages = 0;
    for (int y = 0; y < r.years; ++y)
        wages += col(r, y, Column::wage_bill);
    QVERIFY2(std::abs(col(r, last, Column::reserve) - target) <= 1e-9 * wages,
             qPrintable(QStringLiteral("reserve %1, target %2").arg(col(r, last, Column::reserve), 0, 'g', 17).arg(target, 0, 'g', 17)));
    TIDEOVER_COMPARE_REL(*r.summary.breakEvenRate, *rate, 1e-9, "break-even of the break-even scheme");
}

void ProjectionTest::breakEvenRate_absentWhenUnreachable()
{
    Scenario rich = stationary();
    setValue(rich, "reserve.initial", "1e13");  // already above target with no contributions
    QVERIFY(!Projection(rich).breakEvenRate().has_value());
    Scenario hopeless = stationary();
    setValue(hopeless, "expenditure.admin_share", "0.5");
    setValue(hopeless, "expenditure.almp_share", "0.5");  // every contribution is spent at once
    QVERIFY(!Projection(hopeless).breakEvenRate().has_value());
    QVERIFY(!project(hopeless).summary.breakEvenRate.has_value());
}

void ProjectionTest::reserveBand_movesRateOneStepAYear()
{
    Scenario s = stationary();
    setValue(s, "projection.years", "40");
    setValue(s, "financing.rule", "reserve_band");
    setValue(s, "financing.step", "0.001");
    setValue(s, "financing.lower_ratio", "1");
    setValue(s, "financing.upper_ratio", "2");
    setValue(s, "financing.max_rate", "0.03");
    setValue(s, "contributions.employee_rate", "0.002");
    setValue(s, "contributions.employer_rate", "0.002");
    setValue(s, "contributions.government_rate", "0");
    const ProjectionResult r = project(s);
    QCOMPARE(col(r, 0, Column::contribution_rate), 0.004);
    int rises = 0, falls = 0;
    for (int y = 1; y < r.years; ++y) {
        const double previousRatio = col(r, y - 1, Column::reserve_ratio);
        const double previous = col(r, y - 1, Column::contribution_rate);
        double expected = previous;
        if (previousRatio < 1)
            expected += 0.001, ++rises;
        else if (previousRatio > 2)
            expected -= 0.001, ++falls;
        expected = std::clamp(expected, 0.0, 0.03);
        TIDEOVER_COMPARE_REL(col(r, y, Column::contribution_rate), expected, 1e-12, "rate in year " + std::to_string(y));
    }
    // The reserve starts at 0, below the band: the rate climbs, overshoots (the adjustment
    // accumulates, as the spec's rule says) and falls back to the 0 floor.
    QVERIFY(rises > 0);
    QVERIFY(falls > 0);
    QCOMPARE(col(r, r.years - 1, Column::contribution_rate), 0.0);
    // The legislated rate is untouched under the fixed rule.
    setValue(s, "financing.rule", "fixed");
    QCOMPARE(col(project(s), 20, Column::contribution_rate), 0.004);
}

void ProjectionTest::thresholdIndexation_keepsContributoryShareWhenWages()
{
    Scenario s = stationary();
    setValue(s, "wages.growth", "0.05");
    setValue(s, "economy.inflation", "0.02");
    setValue(s, "contributions.wage_ceiling", "1500");
    setValue(s, "contributions.wage_floor", "400");
    setValue(s, "contributions.threshold_indexation", "wages");
    auto share = [](const ProjectionResult& r, int y) {
        return col(r, y, Column::wage_bill) / (12 * col(r, y, Column::insured) * 1000 * std::pow(1.05, y));
    };
    const ProjectionResult indexed = project(s);
    QVERIFY(share(indexed, 0) < 1.0);  // the ceiling binds
    TIDEOVER_COMPARE_REL(share(indexed, 9), share(indexed, 0), 1e-12, "contributory share, wage-indexed");
    setValue(s, "contributions.threshold_indexation", "none");
    const ProjectionResult frozen = project(s);
    QVERIFY(share(frozen, 9) < share(frozen, 0));  // a frozen ceiling bites more each year
    setValue(s, "contributions.threshold_indexation", "prices");
    const ProjectionResult prices = project(s);
    QVERIFY(share(prices, 9) < share(indexed, 9) && share(prices, 9) > share(frozen, 9));
}

void ProjectionTest::depletionYear_isFirstNegativeMonth()
{
    QFETCH(int, index);
    Scenario s = variedScenarios().at(index);
    setValue(s, "contributions.employee_rate", "0.001");
    setValue(s, "contributions.employer_rate", "0");
    setValue(s, "contributions.government_rate", "0");
    const ProjectionResult r = project(s);
    std::optional<int> first;
    for (int m = 0; m < 12 * r.years && !first; ++m)
        if (r.at(m, MonthlyColumn::reserve) < 0)
            first = static_cast<int>(r.at(m, MonthlyColumn::year));
    QCOMPARE(r.summary.depletionYear, first);
}

void ProjectionTest::invalidScenario_isRefusedWithItsErrors()
{
    Scenario s = stationary();
    setValue(s, "labour.unemployment_rate", "0.9");
    s.labour.force = std::nan("");
    try {
        Projection p(s);
        QFAIL("an invalid scenario was projected");
    } catch (const InvalidScenario& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains("labour.unemployment_rate") && message.contains("0.9") && message.contains("labour.force"), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(ProjectionTest)
#include "tst_projection.moc"
