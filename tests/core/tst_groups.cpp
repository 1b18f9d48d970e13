// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// model-spec v4 "Worker groups": one group is the v3 model; two identical halves are one
// group; the total adds up the groups; each group term against its closed form; the keys'
// inheritance, validation, files and the analyses with groups.

#include "testsupport.h"
#include "core/analysis/sensitivity.h"
#include "core/analysis/solvers.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"
#include "core/io/resultformat.h"
#include "core/io/scenariofile.h"
#include "core/model/groups.h"
#include "core/model/validation.h"

#include <sstream>
#include <tuple>

using namespace tideover::core;
using namespace tideover::test;

class GroupsTest : public QObject {
    Q_OBJECT

private slots:
    void identicalHalves_giveOneGroup_data();
    void identicalHalves_giveOneGroup();
    void total_isTheSumOfTheGroups();
    void noGroups_csvHasNoGroupColumn();
    void closedForms_data();
    void closedForms();
    void payers_splitAndSubsidy();
    void subsidyLimit_lognormal();
    void inheritance_followsTheSchemeUntilSet();
    void reserveBand_movesEveryWageGroup();
    void breakEven_keepsFlatGroups();
    void stochastic_withZeroVolatility_isTheProjection();
    void sensitivity_variesEachGroupsBehaviour();
    void maximumReplacement_appliesToEveryGroup();
    void refused_data();
    void refused();
    void file_roundTripsExactly();
    void file_olderVersionRefusesGroups();
    void templates_fitTheEmployedLeft();
    void extremeGroups_projectWithoutFailing();
};

namespace {

// The scenario with coverage.wage_employee_share halved (base and dated changes) and a group
// "copy" of the same size that sets nothing else.
Scenario splitInHalves(Scenario s)
{
    for (double& x : s.coverage.wage_employee_share.values)
        x *= 0.5;
    WorkerGroup copy{"copy", "Copy", {}, {}};
    copy.values["employed_share"] = s.coverage.wage_employee_share;
    const auto changes = s.dated.find("coverage.wage_employee_share");
    if (changes != s.dated.end()) {
        for (auto& [year, value] : changes->second)
            std::get<Series>(value).values.front() *= 0.5;
        copy.dated["employed_share"] = changes->second;
    }
    s.groups.push_back(copy);
    return s;
}

const std::vector<Column> kFlowColumns{Column::insured,      Column::separations,       Column::wage_bill,
                                       Column::contributions, Column::new_claims,       Column::beneficiaries,
                                       Column::benefits,      Column::other_expenditure, Column::admin,
                                       Column::expenditure,   Column::state_subsidy};

double value(const GroupTable& t, int y, Column c) { return t.at(y, c); }

}  // namespace

void GroupsTest::identicalHalves_giveOneGroup_data()
{
    QTest::addColumn<QString>("name");
    for (const auto& name : builtinScenarioNames())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
}

void GroupsTest::identicalHalves_giveOneGroup()
{
    QFETCH(QString, name);
    const Scenario one = loadScenario("builtin:" + name.toStdString());
    const ProjectionResult a = project(one);
    const ProjectionResult b = project(splitInHalves(one));
    QCOMPARE(a.hasGroups(), !one.groups.empty());
    QCOMPARE(b.groups.size(), one.groups.size() + 2);
    for (int y = 0; y < a.years; ++y)
        for (int c = 0; c < kColumnCount; ++c) {
            const double x = a.annual(y, c), z = b.annual(y, c);
            // With nobody insured (kelora-severance-only) the total's contribution rate,
            // contributions / wage_bill (model-spec v4), is undefined; one group's is its rate.
            if (c == static_cast<int>(Column::contribution_rate) && b.annual(y, static_cast<int>(Column::wage_bill)) == 0)
                continue;
            if (std::isnan(x) || std::isnan(z)) {
                QCOMPARE(std::isnan(x), std::isnan(z));
                continue;
            }
            QVERIFY2(std::abs(x - z) <= 1e-12 * std::max(1.0, std::abs(x)),
                     qPrintable(QString("%1 %2: %3 against %4").arg(a.startYear + y).arg(columnNames()[c].data())
                                    .arg(z, 0, 'g', 17).arg(x, 0, 'g', 17)));
        }
    // The halves are the same, to the bit in every flow.
    for (int y = 0; y < a.years; ++y)
        for (const Column c : kFlowColumns)
            QCOMPARE(value(b.groups.front(), y, c), value(b.groups.back(), y, c));
    const auto sa = a.summary, sb = b.summary;
    QCOMPARE(sa.depletionYear, sb.depletionYear);
    if (sa.breakEvenRate)
        QVERIFY(std::abs(*sa.breakEvenRate - *sb.breakEvenRate) <= 1e-9);
}

void GroupsTest::total_isTheSumOfTheGroups()
{
    Scenario s = loadScenario("builtin:kelora-reform");
    for (const auto& t : groupTemplates())
        QVERIFY(!addGroupFromTemplate(s, t, {}).empty());
    const ProjectionResult r = project(s);
    QCOMPARE(int(r.groups.size()), 1 + int(groupTemplates().size()));
    for (int y = 0; y < r.years; ++y) {
        for (const Column c : kFlowColumns) {
            double sum = r.groups[0].at(y, c);
            for (std::size_t g = 1; g < r.groups.size(); ++g)
                sum = sum + r.groups[g].at(y, c);
            QCOMPARE(r.at(y, c), sum);
        }
        QCOMPARE(r.at(y, GroupColumn::benefit_contribution_ratio), r.at(y, Column::benefits) / r.at(y, Column::contributions));
        for (int c = 0; c < kGroupColumnCount; ++c) {
            if (c == int(GroupColumn::benefit_contribution_ratio))
                continue;  // a ratio: the total's own, checked above
            double sum = r.groups[0].extra(y, c);
            for (std::size_t g = 1; g < r.groups.size(); ++g)
                sum += r.groups[g].extra(y, c);
            QCOMPARE(r.totalExtra(y, c), sum);
        }
        // Payers add up to the contributions, in every group.
        for (const auto& t : r.groups) {
            const double payers = t.at(y, GroupColumn::worker_contributions) + t.at(y, GroupColumn::employer_contributions) +
                                  t.at(y, GroupColumn::state_contributions);
            QVERIFY(std::abs(payers - t.at(y, Column::contributions)) <= 1e-9 * std::max(1.0, t.at(y, Column::contributions)));
            QCOMPARE(t.at(y, Column::balance), t.at(y, GroupColumn::cross_subsidy));
            QVERIFY(std::isnan(t.at(y, Column::reserve)));
        }
    }
    // The fund walk sees the same money: the reserve moves by the total's balance.
    for (int y = 1; y < r.years; ++y) {
        const double change = r.at(y, Column::reserve) - r.at(y - 1, Column::reserve);
        QVERIFY2(std::abs(change - r.at(y, Column::balance)) <= 1e-6 * std::abs(r.at(y, Column::reserve)),
                 qPrintable(QString::number(change - r.at(y, Column::balance))));
    }
}

void GroupsTest::noGroups_csvHasNoGroupColumn()
{
    const ProjectionResult r = project(loadScenario("builtin:kelora"));
    std::ostringstream csv;
    writeAnnualCsv(csv, r);
    QVERIFY(csv.str().starts_with("year,labour_force,"));
    Scenario s = loadScenario("builtin:kelora");
    setValue(s, "group.own.employed_share", "0.1");
    std::ostringstream grouped;
    writeAnnualCsv(grouped, project(s));
    const std::string text = grouped.str();
    QVERIFY(text.starts_with("group,year,labour_force,"));
    QVERIFY(text.find("state_subsidy,worker_contributions,employer_contributions,state_contributions,"
                      "benefit_contribution_ratio,cross_subsidy\n") != std::string::npos);
    const int years = r.years;
    QCOMPARE(int(std::count(text.begin(), text.end(), '\n')), 1 + 3 * years);
    QVERIFY(text.find("\nmain,") != std::string::npos && text.find("\nown,") != std::string::npos &&
            text.find("\ntotal,") != std::string::npos);
}

// Each row: a group's keys, the figure checked in the group's first year, and its closed form
// from the scenario (constant series, steady state, no dispersion where the form needs it).
void GroupsTest::closedForms_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("what");
    const QStringList base{"group.g.employed_share=0.2"};
    QTest::newRow("voluntary: insured = E share legal participation")
        << (base + QStringList{"group.g.membership=voluntary", "group.g.participation=0.07", "group.g.legal_coverage=0.9"})
        << "insured";
    QTest::newRow("mandatory: insured = E share legal compliance")
        << (base + QStringList{"group.g.compliance=0.6", "group.g.legal_coverage=0.5"}) << "insured";
    QTest::newRow("relative unemployment: separations = f u_g/(1-u_g) INS")
        << (base + QStringList{"group.g.relative_unemployment=2"}) << "separations";
    QTest::newRow("relative unemployment capped at 0.6")
        << (base + QStringList{"group.g.relative_unemployment=5", "labour.unemployment_rate=0.2"}) << "separations";
    QTest::newRow("member risk multiplies separations")
        << (base + QStringList{"group.g.member_risk=1.7"}) << "separations";
    QTest::newRow("return share: claims = sep x shares x (1-r) x stay^(w/30)")
        << (base + QStringList{"group.g.return_share=0.3", "group.g.departure_rate=0.1"}) << "new_claims";
    QTest::newRow("departure: beneficiaries = N (1 + stay) for two months")
        << (base + QStringList{"group.g.departure_rate=0.2", "group.g.duration_months=2", "group.g.duration_shares=1",
                               "group.g.waiting_days=0"})
        << "beneficiaries";
    QTest::newRow("flat contribution: 12 x amount x insured")
        << (base + QStringList{"group.g.contribution_base=flat", "group.g.flat_contribution=150",
                               "contributions.threshold_indexation=none"})
        << "contributions";
    QTest::newRow("declared income, no dispersion: rate x 12 x income x insured")
        << (base + QStringList{"group.g.contribution_base=declared_income", "group.g.declared_income=2000",
                               "group.g.wage_dispersion=0", "contributions.threshold_indexation=none",
                               "group.g.wage_floor=0", "group.g.wage_ceiling=0"})
        << "contributions";
    QTest::newRow("wage ratio, no dispersion: rate x 12 x ratio W x insured")
        << (base + QStringList{"group.g.wage_ratio=0.5", "group.g.wage_dispersion=0", "group.g.wage_floor=0",
                               "group.g.wage_ceiling=0"})
        << "contributions";
    QTest::newRow("own employer rate of 0")
        << (base + QStringList{"group.g.employer_rate=0", "group.g.wage_dispersion=0", "group.g.wage_floor=0",
                               "group.g.wage_ceiling=0"})
        << "contributions";
}

void GroupsTest::closedForms()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, what);
    Scenario s = scenarioWith({{"labour.force", "1000000"}, {"wages.average_monthly", "1000"},
                               {"projection.years", "5"}, {"labour.unemployment_rate", "0.05"}});
    for (const QString& a : assignments) {
        const auto eq = a.indexOf('=');
        setValue(s, a.left(eq).toStdString(), a.mid(eq + 1).toStdString());
    }
    const auto problems = validate(s);
    QVERIFY2(!hasErrors(problems), problems.empty() ? "" : problems.front().message.c_str());
    const ProjectionResult r = project(s);
    const GroupTable& g = r.groups.at(1);
    const WorkerGroup& group = s.groups.front();
    const auto v = [&](std::string_view key) {
        return groupSeriesByYear(s, group, *findGroupParameter(key), 1).front();
    };
    const double u = s.labour.unemployment_rate.at(0);
    const double E = s.labour.force * (1 - u);
    const double take = membershipOf(group) == Membership::Voluntary ? v("participation") : v("compliance");
    const double insured = E * v("employed_share") * v("legal_coverage") * take;
    const double ug = std::min(0.6, u * v("relative_unemployment"));
    const double f = v("job_finding_rate");
    const double separations = 12 * f * ug / (1 - ug) * insured * v("member_risk");
    const double fb = std::min(1.0, f * v("claimant_exit_factor"));
    const double stay = (1 - fb) * (1 - v("departure_rate"));
    const double claims = separations * v("involuntary_share") * v("contribution_condition_share") * v("take_up") *
                          (1 - v("return_share")) * std::pow(stay, v("waiting_days") / 30);
    const double rate = v("employee_rate") + v("employer_rate") + v("government_rate");
    double expected = 0, actual = 0;
    if (what == "insured") {
        expected = insured;
        actual = g.at(0, Column::insured);
    } else if (what == "separations") {
        expected = separations;
        actual = g.at(0, Column::separations);
    } else if (what == "new_claims") {
        expected = claims;
        actual = g.at(0, Column::new_claims);
    } else if (what == "beneficiaries") {
        expected = claims / 12 * (1 + stay);
        actual = g.at(0, Column::beneficiaries);
    } else if (what == "contributions") {
        const ContributionBase b = contributionBaseOf(group);
        if (b == ContributionBase::Flat)
            expected = 12 * v("flat_contribution") * insured;
        else if (b == ContributionBase::DeclaredIncome)
            expected = 12 * rate * v("declared_income") * insured;
        else
            expected = 12 * rate * v("wage_ratio") * s.wages.average_monthly * insured;
        actual = g.at(0, Column::contributions);
    }
    QVERIFY2(expected > 0, "the case must have something to compare");
    QVERIFY2(std::abs(actual - expected) <= 1e-12 * expected,
             qPrintable(QString("%1: %2 against %3").arg(what).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void GroupsTest::payers_splitAndSubsidy()
{
    Scenario s = scenarioWith({{"labour.force", "1000000"},
                               {"wages.average_monthly", "1000"},
                               {"contributions.employee_rate", "0.01"},
                               {"contributions.employer_rate", "0.02"},
                               {"contributions.government_rate", "0.005"},
                               {"group.own.employed_share", "0.2"},
                               {"group.own.employer_rate", "0"},
                               {"group.own.subsidy_rate", "0.4"},
                               {"group.flat.employed_share", "0.1"},
                               {"group.flat.contribution_base", "flat"},
                               {"group.flat.flat_contribution", "20"},
                               {"group.flat.subsidy_rate", "0.5"}});
    const ProjectionResult r = project(s);
    const auto share = [&](int g, GroupColumn c) { return r.groups[g].at(0, c) / r.groups[g].at(0, Column::contributions); };
    // main: 1 : 2 : 0.5 of 3.5 %.
    QVERIFY(std::abs(share(0, GroupColumn::worker_contributions) - 0.01 / 0.035) < 1e-14);
    QVERIFY(std::abs(share(0, GroupColumn::employer_contributions) - 0.02 / 0.035) < 1e-14);
    QVERIFY(std::abs(share(0, GroupColumn::state_contributions) - 0.005 / 0.035) < 1e-14);
    // own: no employer; 40 % of the member's 1 % moves to the state (no limit: every member).
    QVERIFY(std::abs(share(1, GroupColumn::worker_contributions) - 0.6 * 0.01 / 0.015) < 1e-14);
    QCOMPARE(share(1, GroupColumn::employer_contributions), 0.0);
    QVERIFY(std::abs(share(1, GroupColumn::state_contributions) - (0.005 + 0.4 * 0.01) / 0.015) < 1e-14);
    // flat: the member's, half of it paid by the state.
    QVERIFY(std::abs(share(2, GroupColumn::worker_contributions) - 0.5) < 1e-14);
    QVERIFY(std::abs(share(2, GroupColumn::state_contributions) - 0.5) < 1e-14);
}

void GroupsTest::subsidyLimit_lognormal()
{
    // A limit at the median wage of a lognormal (sigma 0.6, no bounds): members below it
    // earn E[X; X < median] / E[X] = Phi((ln(median/mean) - sigma^2/2) / sigma) = Phi(-sigma)
    // of the group's wages.
    Scenario s = scenarioWith({{"labour.force", "1000000"}, {"wages.average_monthly", "1000"},
                               {"wages.dispersion", "0.6"}, {"contributions.employer_rate", "0"},
                               {"contributions.wage_floor", "0"}, {"contributions.wage_ceiling", "0"},
                               {"group.g.employed_share", "0.2"}, {"group.g.subsidy_rate", "1"},
                               {"contributions.threshold_indexation", "none"}});
    const double median = 1000 * std::exp(-0.5 * 0.36);
    setValue(s, "group.g.subsidy_income_limit", formatNumber(median));
    const ProjectionResult r = project(s);
    const double expected = 0.5 * std::erfc(0.6 / std::sqrt(2.0));  // Phi(-0.6)
    const double moved = r.groups[1].at(0, GroupColumn::state_contributions) / r.groups[1].at(0, Column::contributions);
    QVERIFY2(std::abs(moved - expected) < 1e-12, qPrintable(QString::number(moved, 'g', 17)));
    // A flat group below the same limit: P(X < median) = 1/2 of its members.
    setValue(s, "group.g.contribution_base", "flat");
    setValue(s, "group.g.flat_contribution", "10");
    const ProjectionResult flat = project(s);
    const double half = flat.groups[1].at(0, GroupColumn::state_contributions) / flat.groups[1].at(0, Column::contributions);
    QVERIFY2(std::abs(half - 0.5) < 1e-12, qPrintable(QString::number(half, 'g', 17)));
}

void GroupsTest::inheritance_followsTheSchemeUntilSet()
{
    Scenario s = loadScenario("builtin:kelora-reform");  // take-up and the employer rate change over time
    setValue(s, "group.g.employed_share", "0.1");
    const WorkerGroup* g = findGroup(s, "g");
    const int years = 10;
    const auto byYear = [&](std::string_view key) { return groupSeriesByYear(s, *findGroup(s, "g"), *findGroupParameter(key), years); };
    QCOMPARE(byYear("take_up"), seriesByYear(s, *findParameter("eligibility.take_up"), years));
    QCOMPARE(byYear("employer_rate"), seriesByYear(s, *findParameter("contributions.employer_rate"), years));
    QVERIFY(!groupSets(*g, "employer_rate"));
    // A base value detaches the key from the scheme's dated changes.
    setValue(s, "group.g.employer_rate", "0.004");
    QCOMPARE(byYear("employer_rate"), std::vector<double>(years, 0.004));
    // A dated change alone starts from the scheme's base value.
    setValue(s, "group.g.take_up@2031", "0.9");
    const std::vector<double> takeUp = byYear("take_up");
    QCOMPARE(takeUp.front(), s.eligibility.take_up.at(0));
    QCOMPARE(takeUp[static_cast<std::size_t>(2031 - s.projection.start_year)], 0.9);
    QCOMPARE(takeUp[static_cast<std::size_t>(2031 - s.projection.start_year - 1)], s.eligibility.take_up.at(0));
    // The group's benefit rule is the scheme's, with its dated changes, until it sets its own.
    const Scenario view = groupView(s, *findGroup(s, "g"));
    QCOMPARE(benefitRules(view), benefitRules(s));
    setValue(s, "group.g.replacement_rates", "0.5");
    const auto rules = benefitRules(groupView(s, *findGroup(s, "g")));
    QCOMPARE(rules.size(), std::size_t{1});
    QCOMPARE(rules.front().replacement_rates, std::vector<double>{0.5});
}

void GroupsTest::reserveBand_movesEveryWageGroup()
{
    const QStringList groups{"group.own.employed_share=0.1", "group.own.employee_rate=0.02", "group.own.employer_rate=0",
                             "group.flat.employed_share=0.05", "group.flat.contribution_base=flat",
                             "group.flat.flat_contribution=30"};
    const Scenario fixed = defaultWith(groups);
    Scenario s = defaultWith(groups + QStringList{"financing.rule=reserve_band", "financing.lower_ratio=5",
                                                  "financing.upper_ratio=9", "financing.step=0.003"});
    const ProjectionResult r = project(s);
    const ProjectionResult f = project(fixed);
    const Scenario resolved = withSeriesChangesApplied(s);
    for (int y = 1; y < r.years; ++y) {
        const double c = r.groups[0].at(y, Column::contribution_rate);
        const double cb = resolved.contributions.employee_rate.at(y) + resolved.contributions.employer_rate.at(y) +
                          resolved.contributions.government_rate.at(y);
        const double expected = std::clamp(0.02 + resolved.contributions.government_rate.at(y) + (c - cb),
                                           s.financing.min_rate, s.financing.max_rate);
        QCOMPARE(r.groups[1].at(y, Column::contribution_rate), expected);
        // The flat group pays its amount whatever the rule does.
        QCOMPARE(r.groups[2].at(y, Column::contributions), f.groups[2].at(y, Column::contributions));
    }
    // The rule did move the rates (up, then down as the reserve passes the band).
    QVERIFY(r.groups[1].at(5, Column::contribution_rate) > r.groups[1].at(0, Column::contribution_rate));
    QVERIFY(r.groups[1].at(r.years - 5, Column::contribution_rate) < r.groups[1].at(5, Column::contribution_rate));
}

void GroupsTest::breakEven_keepsFlatGroups()
{
    Scenario s = defaultWith({"group.flat.employed_share=0.1", "group.flat.contribution_base=flat",
                              "group.flat.flat_contribution=40", "group.own.employed_share=0.1"});
    const std::optional<double> rate = breakEvenRate(s);
    QVERIFY(rate);
    // At that rate, for the main group and every wage group, the reserve meets the target.
    Scenario at = s;
    at.contributions.employee_rate = Series{*rate};
    at.contributions.employer_rate = Series{0.0};
    at.contributions.government_rate = Series{0.0};
    at.dated.erase("contributions.employee_rate");
    at.dated.erase("contributions.employer_rate");
    at.dated.erase("contributions.government_rate");
    at.financing.rule = FinancingRule::Fixed;
    const ProjectionResult r = project(at);
    const double gap = r.at(r.years - 1, Column::reserve) -
                       s.projection.target_reserve_ratio * r.at(r.years - 1, Column::expenditure);
    QVERIFY2(std::abs(gap) <= 1e-6 * r.at(r.years - 1, Column::expenditure), qPrintable(QString::number(gap)));
}

void GroupsTest::stochastic_withZeroVolatility_isTheProjection()
{
    Scenario s = defaultWith({"stochastic.unemployment_volatility=0", "stochastic.return_volatility=0",
                              "group.own.employed_share=0.1", "group.own.relative_unemployment=1.5",
                              "group.mig.employed_share=0.05", "group.mig.departure_rate=0.1"});
    const ProjectionResult r = project(s);
    StochasticOptions options;
    options.paths = 7;
    options.threads = 2;
    const StochasticResult st = StochasticProjection(s).run(options);
    for (int y = 0; y < r.years; ++y)
        QCOMPARE(st.percentile(StochasticMeasure::reserve, y, 2), r.at(y, Column::reserve));
    // A stress test runs on every group, and can hit one harder.
    RecessionShock shock;
    shock.startYear = int(s.projection.start_year) + 3;
    shock.rise = 0.04;
    const StressTest test(s);
    const StressResult all = test.run(shock);
    QVERIFY(*all.stressed.minimumReserveRatio < *r.summary.minimumReserveRatio);
    QCOMPARE(all.baseline.reserve[r.years - 1], r.at(r.years - 1, Column::reserve));
    const StressResult own = test.run(shock, GroupShock{"own", 2.0});
    QVERIFY(own.beneficiaries.stressed > all.beneficiaries.stressed);
    QCOMPARE(own.baseline.reserve[r.years - 1], r.at(r.years - 1, Column::reserve));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, test.run(shock, GroupShock{"nobody", 2.0}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, test.run(shock, GroupShock{"own", 6.0}));
}

void GroupsTest::sensitivity_variesEachGroupsBehaviour()
{
    Scenario s = loadScenario("builtin:kelora-reform");
    setValue(s, "group.own.employed_share", "0.2");
    setValue(s, "group.own.membership", "voluntary");
    setValue(s, "group.own.participation", "0.2");
    setValue(s, "group.own.member_risk", "1.5");
    setValue(s, "group.mig.employed_share", "0.05");
    setValue(s, "group.mig.return_share", "0.3");
    const std::vector<std::string> keys = assumptionKeys(s);
    for (const char* key : {"group.own.relative_unemployment", "group.own.member_risk", "group.own.participation",
                            "group.own.take_up", "group.mig.compliance", "group.mig.return_share"})
        QVERIFY2(std::find(keys.begin(), keys.end(), key) != keys.end(), key);
    QVERIFY(std::find(keys.begin(), keys.end(), "group.own.compliance") == keys.end());
    SensitivityOptions o;
    o.keys = {"group.own.member_risk", "group.own.take_up"};
    const SensitivityResult r = analyseSensitivity(s, o);
    QCOMPARE(int(r.rows.size()), 2);
    // More risk among the members, less reserve; the inherited take-up (which changes over
    // time in the scheme) is varied with its dated changes.
    QVERIFY(r.rows[0].measureHigh < r.measureBase && r.rows[0].measureLow > r.measureBase);
    QCOMPARE(std::get<Series>(r.rows[0].high).values.front(), 1.65);
    QVERIFY(r.rows[1].measureHigh < r.measureBase);
    QVERIFY(r.rows[1].note.empty());
    o.keys = {"group.nobody.take_up"};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, analyseSensitivity(s, o));
}

void GroupsTest::maximumReplacement_appliesToEveryGroup()
{
    Scenario s = loadScenario("builtin:kelora");
    setValue(s, "group.own.employed_share", "0.1");
    setValue(s, "group.own.replacement_rates", "1.2");
    const std::optional<double> rho = maximumReplacementRate(s);
    QVERIFY(rho);
    Scenario at = s;
    at.benefits.replacement_rates = {*rho};
    at.groups.front().values.erase("replacement_rates");
    at.dated.erase("benefits.replacement_rates");
    const ProjectionResult r = project(at);
    const double gap = r.at(r.years - 1, Column::reserve) - s.projection.target_reserve_ratio * r.at(r.years - 1, Column::expenditure);
    QVERIFY2(gap >= -1e-6 * r.at(r.years - 1, Column::expenditure), qPrintable(QString::number(gap)));
}

void GroupsTest::refused_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("key");
    QTest::newRow("no size") << QStringList{"group.g.take_up=0.5"} << "group.g.employed_share";
    QTest::newRow("shares above one") << QStringList{"group.g.employed_share=0.6"} << "groups";
    QTest::newRow("share out of range") << QStringList{"group.g.employed_share=1.5"} << "group.g.employed_share";
    QTest::newRow("dated value out of range") << QStringList{"group.g.employed_share=0.1", "group.g.take_up@2030=2"}
                                              << "group.g.take_up@2030";
    QTest::newRow("group rule shares") << QStringList{"group.g.employed_share=0.1", "group.g.duration_months=3,6"}
                                       << "group.g.duration_shares";
    QTest::newRow("group maximum below minimum")
        << QStringList{"group.g.employed_share=0.1", "group.g.benefit_minimum=500", "group.g.benefit_maximum=100"}
        << "group.g.benefit_maximum";
}

void GroupsTest::refused()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, key);
    Scenario s = loadScenario("builtin:default");
    for (const QString& a : assignments) {
        const auto eq = a.indexOf('=');
        setValue(s, a.left(eq).toStdString(), a.mid(eq + 1).toStdString());
    }
    const auto problems = validate(s);
    const auto found = std::find_if(problems.begin(), problems.end(),
                                    [&](const Problem& p) { return p.isError() && p.key == key.toStdString(); });
    QVERIFY2(found != problems.end(), problems.empty() ? "no problem" : problems.front().message.c_str());
    QVERIFY_THROWS_EXCEPTION(InvalidScenario, project(s));
    // And keys that cannot be set say why.
    Scenario t = loadScenario("builtin:default");
    QVERIFY(setFromText(t, "group.main.take_up", "0.5").find("scheme's own keys") != std::string::npos);
    QVERIFY(setFromText(t, "group.Bad.take_up", "0.5").find("not allowed") != std::string::npos);
    QVERIFY(setFromText(t, "group..take_up", "0.5").find("not allowed") != std::string::npos);
    QVERIFY(setFromText(t, "group.total.take_up", "0.5").find("not allowed") != std::string::npos);
    QVERIFY(setFromText(t, "group.g.nothing", "0.5").find("unknown group key") != std::string::npos);
    QVERIFY(setFromText(t, "group.g.membership@2030", "voluntary").find("no dated changes") != std::string::npos);
    QVERIFY(setFromText(t, "group.g.title", "a\x1b]0;x\x07").find("control character") != std::string::npos);
    QVERIFY(setFromText(t, "group.g.title", std::string(201, 'x')).find("at most 200") != std::string::npos);
    QVERIFY(setFromText(t, "group.g.employed_share@2030", "0.1,0.2").find("one value") != std::string::npos);
    for (int i = 0; i < int(kMaxGroups); ++i)
        QCOMPARE(setFromText(t, "group.g" + std::to_string(i) + ".employed_share", "0.01"), std::string());
    QVERIFY(setFromText(t, "group.one_more.employed_share", "0.01").find("at most 20") != std::string::npos);
    QCOMPARE(t.groups.size(), kMaxGroups);
}

void GroupsTest::file_roundTripsExactly()
{
    Scenario s = loadScenario("builtin:kelora");
    for (const auto& t : groupTemplates())
        addGroupFromTemplate(s, t, {});
    setValue(s, "group.own_account.legal_coverage", "0");
    setValue(s, "group.own_account.legal_coverage@2029", "1");
    setValue(s, "group.own_account.replacement_rates@2031", "0.5,0.4");
    setValue(s, "group.main.title", "Employees <b>& co</b>");
    s.sources["group.own_account.legal_coverage@2029"] = "training: the extension law";
    const std::string text = writeScenario(s);
    QVERIFY(text.find("<format_version>" + std::to_string(kScenarioFormatVersion) + "</format_version>") != std::string::npos);
    const Scenario back = readScenario(text);
    QVERIFY(back == s);
    QCOMPARE(writeScenario(back), text);
    QCOMPARE(back.groups.size(), groupTemplates().size());
    QCOMPARE(back.groups.front().name, std::string("formal_employees"));
}

void GroupsTest::file_olderVersionRefusesGroups()
{
    Scenario s = loadScenario("builtin:default");
    setValue(s, "group.own.employed_share", "0.1");
    std::string text = writeScenario(s);
    const std::string current = "<format_version>" + std::to_string(kScenarioFormatVersion) + "</format_version>";
    text.replace(text.find(current), current.size(), "<format_version>3</format_version>");
    try {
        readScenario(text, "old.tideover");
        QFAIL("a group in a version-3 file was read");
    } catch (const ScenarioFileError& e) {
        const QString m = e.what();
        QVERIFY2(m.contains("group.own") && m.contains("format version 4") && m.contains("line"), qPrintable(m));
    }
}

void GroupsTest::templates_fitTheEmployedLeft()
{
    Scenario s = loadScenario("builtin:default");
    const double room = unassignedEmployedShare(s);
    QVERIFY(room > 0 && room < 1);
    int added = 0;
    while (!addGroupFromTemplate(s, groupTemplates()[1], {}).empty())
        ++added;
    QVERIFY(added >= 1);
    QVERIFY(unassignedEmployedShare(s) <= 1e-12);
    QVERIFY(!hasErrors(validate(s)));
    QCOMPARE(s.groups.back().name.substr(0, 16), std::string("public_employees"));
}

// Twenty groups with every key of their own at an end of its range: the projection runs,
// its figures are finite or empty (never a crash, a hang or a trap), and saving and reading
// keeps them.
void GroupsTest::extremeGroups_projectWithoutFailing()
{
    Scenario s = loadScenario("builtin:default");
    setValue(s, "projection.years", "100");
    for (int i = 0; i < int(kMaxGroups); ++i) {
        const std::string g = "group.g" + std::to_string(i) + ".";
        const bool high = i % 2 == 0;
        for (const auto& [key, low, top] : std::vector<std::tuple<std::string, std::string, std::string>>{
                 {"employed_share", "0", "0.025"}, {"relative_unemployment", "0", "5"}, {"member_risk", "0", "5"},
                 {"participation", "0", "1"}, {"wage_ratio", "1e-300", "10"}, {"departure_rate", "0", "0.999999"},
                 {"return_share", "0", "1"}, {"subsidy_rate", "0", "1"}, {"subsidy_income_limit", "0", "1e300"},
                 {"flat_contribution", "0", "1e300"}, {"declared_income", "0", "1e300"}, {"waiting_days", "0", "90"},
                 {"duration_months", "1", "60"}, {"duration_shares", "1", "1"}, {"replacement_rates", "0", "1.5"},
                 {"wage_dispersion", "0", "2"}})
            setValue(s, g + key, high ? top : low);
        setValue(s, g + "membership", high ? "voluntary" : "mandatory");
        setValue(s, g + "contribution_base", i % 3 == 0 ? "flat" : i % 3 == 1 ? "declared_income" : "wage");
    }
    const auto problems = validate(s);
    QVERIFY2(!hasErrors(problems), problems.empty() ? "" : problems.front().message.c_str());
    const ProjectionResult r = project(s);
    QCOMPARE(int(r.groups.size()), 1 + int(kMaxGroups));
    for (int y = 0; y < r.years; ++y)
        QVERIFY(!std::isnan(r.at(y, Column::insured)) && !std::isnan(r.at(y, Column::beneficiaries)));
    std::ostringstream csv;
    writeAnnualCsv(csv, r);
    QVERIFY(csv.str().size() > 1000);
    QVERIFY(readScenario(writeScenario(s)) == s);
    StochasticOptions options;
    options.paths = 50;
    QCOMPARE(StochasticProjection(s).run(options).years, 100);
}

QTEST_GUILESS_MAIN(GroupsTest)
#include "tst_groups.moc"
