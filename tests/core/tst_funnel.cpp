// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The coverage funnel agrees with the projection's equations: its stocks end at the insured,
// its flows start at the separations and end at the new claims, and every stage is at most the
// one before within the stocks and within the flows.

#include "core/training/funnel.h"
#include "testsupport.h"

using namespace tideover::core;
using namespace tideover::test;

class FunnelTest : public QObject {
    Q_OBJECT

private slots:
    void stages_areNamedStocksThenFlows();
    void everyBuiltin_agreesWithProjection_data();
    void everyBuiltin_agreesWithProjection();
    void waitingDays_onlyLastStageMoves();
};

void FunnelTest::stages_areNamedStocksThenFlows()
{
    const auto& stages = funnelStages();
    QCOMPARE(stages.front().key, std::string_view("labour_force"));
    QCOMPARE(stages.back().key, std::string_view("new_beneficiaries"));
    for (int i = 0; i < kFunnelStageCount; ++i)
        QCOMPARE(stages[static_cast<std::size_t>(i)].flow, i >= static_cast<int>(FunnelStage::separations));
}

void FunnelTest::everyBuiltin_agreesWithProjection_data()
{
    QTest::addColumn<QString>("name");
    for (const auto& name : builtinScenarioNames())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
    QTest::newRow("basic") << QString();
}

void FunnelTest::everyBuiltin_agreesWithProjection()
{
    QFETCH(QString, name);
    const Scenario s = name.isEmpty() ? basicScenario() : loadScenario("builtin:" + name.toStdString());
    const CoverageFunnel f = coverageFunnel(s);
    const ProjectionResult r = project(s);
    QCOMPARE(f.startYear, r.startYear);
    QCOMPARE(static_cast<int>(f.persons.rows()), r.years);
    QCOMPARE(static_cast<int>(f.persons.cols()), kFunnelStageCount);
    for (int y = 0; y < r.years; ++y) {
        const std::string at = name.toStdString() + " year " + std::to_string(r.startYear + y);
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::labour_force), r.at(y, Column::labour_force), 1e-14, at);
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::insured), r.at(y, Column::insured), 1e-14, at);
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::separations), r.at(y, Column::separations), 1e-14, at);
        // The last stage's flow is the projection's new claims.
        TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::new_beneficiaries), r.at(y, Column::new_claims), 1e-12, at + " new claims");
        // The product of the wage-employee, legal-coverage and compliance stages is the insured
        // (with worker groups the total sums the groups' own factors: tst_groupfunnel).
        if (s.groups.empty())
            TIDEOVER_COMPARE_REL(f.at(y, FunnelStage::legally_covered) * s.coverage.compliance.at(y), f.at(y, FunnelStage::insured),
                             1e-12, at + " insured");
        for (int c = 1; c < kFunnelStageCount; ++c) {
            if (c == static_cast<int>(FunnelStage::separations))
                continue;  // from a stock (persons) to a flow (persons a year): not comparable
            QVERIFY2(f.persons(y, c) <= f.persons(y, c - 1) * (1 + 1e-15),
                     qPrintable(QString::fromStdString(at) + ": stage " + QString::number(c) + " exceeds the one before"));
            QVERIFY(f.persons(y, c) >= 0);
        }
        QCOMPARE(f.unemployed[y], r.at(y, Column::unemployed));
        QCOMPARE(f.beneficiaries[y], r.at(y, Column::beneficiaries));
    }
}

void FunnelTest::waitingDays_onlyLastStageMoves()
{
    Scenario s = loadScenario("builtin:kelora");
    const CoverageFunnel a = coverageFunnel(s);
    s.benefits.waiting_days = 30;
    const CoverageFunnel b = coverageFunnel(s);
    const int last = kFunnelStageCount - 1;
    QVERIFY((a.persons.leftCols(last) == b.persons.leftCols(last)).all());
    QVERIFY(b.persons(0, last) < a.persons(0, last));
    QVERIFY_THROWS_EXCEPTION(InvalidScenario, coverageFunnel(Scenario::withDefaults()));
}

QTEST_GUILESS_MAIN(FunnelTest)
#include "tst_funnel.moc"
