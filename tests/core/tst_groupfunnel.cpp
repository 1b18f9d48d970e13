// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The coverage funnel per worker group (model-spec v4): each group's stages are its own factors
// applied to the scheme's employed, its stocks end at its insured and its flows at its new claims
// as the projection has them, and the total adds the groups up.

#include "core/engine/projection.h"
#include "core/model/groups.h"
#include "core/training/funnel.h"
#include "testsupport.h"

using namespace tideover::core;
using namespace tideover::test;

class GroupFunnelTest : public QObject {
    Q_OBJECT

private slots:
    void noGroups_hasNoGroupFunnels_andTheSameTotal();
    void voluntaryGroup_stagesAreItsFactors_data();
    void voluntaryGroup_stagesAreItsFactors();
    void total_isTheSumOfTheGroups();
};

namespace {

// A hand-checkable group: a fifth of the employed, half of them legally covered, 30 % of those
// joining; 40 % of job losers leave involuntarily, 90 % meet the contribution condition, half of
// them claim, and a tenth of job losers return home at once.
Scenario withOwnAccount(const std::string& membership)
{
    Scenario s = basicScenario();
    s.coverage.wage_employee_share = 0.6;
    for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
             {"group.own.title", "Own-account workers"},
             {"group.own.membership", membership},
             {"group.own.employed_share", "0.2"},
             {"group.own.legal_coverage", "0.5"},
             {"group.own.participation", "0.3"},
             {"group.own.compliance", "0.8"},
             {"group.own.involuntary_share", "0.4"},
             {"group.own.contribution_condition_share", "0.9"},
             {"group.own.take_up", "0.5"},
             {"group.own.return_share", "0.1"},
             {"group.own.departure_rate", "0.05"},
         }) {
        const std::string error = setGroupFromText(s, key, value);
        if (!error.empty())
            qFatal("%s", error.c_str());
    }
    return s;
}

}  // namespace

void GroupFunnelTest::noGroups_hasNoGroupFunnels_andTheSameTotal()
{
    const Scenario s = loadScenario("builtin:kelora");
    const CoverageFunnels all = coverageFunnels(s);
    QVERIFY(all.groups.empty());
    const CoverageFunnel one = coverageFunnel(s);
    QVERIFY((all.total.persons == one.persons).all());
    QVERIFY((all.total.unemployed == one.unemployed).all());
    QVERIFY((all.total.beneficiaries == one.beneficiaries).all());
}

void GroupFunnelTest::voluntaryGroup_stagesAreItsFactors_data()
{
    QTest::addColumn<QString>("membership");
    QTest::addColumn<double>("take");  // participation (voluntary) or compliance (mandatory)
    QTest::newRow("voluntary: participation") << "voluntary" << 0.3;
    QTest::newRow("mandatory: compliance") << "mandatory" << 0.8;
}

void GroupFunnelTest::voluntaryGroup_stagesAreItsFactors()
{
    QFETCH(QString, membership);
    QFETCH(double, take);
    const Scenario s = withOwnAccount(membership.toStdString());
    const ProjectionResult r = Projection(s).run();
    const CoverageFunnels all = coverageFunnels(s);
    QCOMPARE(all.groups.size(), std::size_t(2));
    QCOMPARE(all.groups[0].name, std::string("main"));
    QCOMPARE(all.groups[1].name, std::string("own"));
    QCOMPARE(all.groups[1].title, std::string("Own-account workers"));
    const CoverageFunnel& f = all.groups[1].funnel;
    const GroupTable& table = r.groups[1];
    for (int y = 0; y < r.years; ++y) {
        const std::string at = "year " + std::to_string(r.startYear + y);
        const double employed = r.at(y, Column::labour_force) - r.at(y, Column::unemployed);
        QCOMPARE(f.at(y, FunnelStage::labour_force), r.at(y, Column::labour_force));
        QCOMPARE(f.at(y, FunnelStage::employed), employed);
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::wage_employees), 0.2 * employed, 1e-14, at);
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::legally_covered), 0.1 * employed, 1e-14, at);
        // The engine's INS_g = E * employed_share * legal_coverage * take.
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::insured), 0.1 * take * employed, 1e-12, at + " insured");
        QCOMPARE(f.at(y, FunnelStage::insured), table.at(y, Column::insured));
        const double separations = table.at(y, Column::separations);
        QCOMPARE(f.at(y, FunnelStage::separations), separations);
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::qualifying_reason), 0.4 * separations, 1e-14, at);
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::contribution_condition), 0.36 * separations, 1e-14, at);
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::claims), 0.36 * 0.5 * 0.9 * separations, 1e-14, at);
        // The last stage, spelled out from the factors, is the engine's new claims of the group.
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::new_beneficiaries), table.at(y, Column::new_claims), 1e-12,
                             at + " new claims");
        QVERIFY(f.at(y, FunnelStage::new_beneficiaries) < f.at(y, FunnelStage::claims));
        QCOMPARE(f.unemployed[y], table.at(y, Column::unemployed));
        QCOMPARE(f.beneficiaries[y], table.at(y, Column::beneficiaries));
    }
    // The main group: the scheme's factors, its own rows.
    const CoverageFunnel& main = all.groups[0].funnel;
    const double employed0 = r.at(0, Column::labour_force) - r.at(0, Column::unemployed);
    TIDEOVER_COMPARE_REL(main.at(0, FunnelStage::wage_employees), 0.6 * employed0, 1e-14, "main");
    QCOMPARE(main.at(0, FunnelStage::insured), r.groups[0].at(0, Column::insured));
    TIDEOVER_COMPARE_REL(main.at(0, FunnelStage::new_beneficiaries), r.groups[0].at(0, Column::new_claims), 1e-12,
                         "main new claims");
}

void GroupFunnelTest::total_isTheSumOfTheGroups()
{
    const Scenario s = withOwnAccount("voluntary");
    const ProjectionResult r = Projection(s).run();
    const CoverageFunnels all = coverageFunnels(s);
    const CoverageFunnel& total = all.total;
    const CoverageFunnel& main = all.groups[0].funnel;
    const CoverageFunnel& own = all.groups[1].funnel;
    QVERIFY((coverageFunnel(s).persons == total.persons).all());
    for (int y = 0; y < r.years; ++y) {
        QCOMPARE(total.at(y, FunnelStage::labour_force), r.at(y, Column::labour_force));
        QCOMPARE(total.at(y, FunnelStage::employed), main.at(y, FunnelStage::employed));
        for (int c = static_cast<int>(FunnelStage::wage_employees); c < kFunnelStageCount; ++c)
            QCOMPARE(total.persons(y, c), main.persons(y, c) + own.persons(y, c));
        TIDEOVER_COMPARE_REL(total.at(y, FunnelStage::insured), r.at(y, Column::insured), 1e-14, "total insured");
        TIDEOVER_COMPARE_REL(total.at(y, FunnelStage::new_beneficiaries), r.at(y, Column::new_claims), 1e-12,
                             "total new claims");
        QCOMPARE(total.unemployed[y], r.at(y, Column::unemployed));
        TIDEOVER_COMPARE_REL(total.beneficiaries[y], r.at(y, Column::beneficiaries), 1e-14, "total beneficiaries");
        // Within the stocks and within the flows each stage is at most the one before.
        for (int c = 1; c < kFunnelStageCount; ++c)
            if (c != static_cast<int>(FunnelStage::separations))
                QVERIFY(total.persons(y, c) <= total.persons(y, c - 1) * (1 + 1e-15));
    }
}

QTEST_GUILESS_MAIN(GroupFunnelTest)
#include "tst_groupfunnel.moc"
