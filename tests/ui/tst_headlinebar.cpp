// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The headline figures follow the document and grey out while its results are stale.

#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "core/io/scenariofile.h"
#include "widgets/headlinebar.h"

#include <QLabel>
#include <QTest>

using namespace tideover;
using namespace tideover::ui;

class HeadlineBarTest : public QObject {
    Q_OBJECT

private slots:
    void figures_matchTheProjection();
    void depletedFund_showsItsYear();
    void invalidValue_greysFiguresAndSaysWhy();
};

void HeadlineBarTest::figures_matchTheProjection()
{
    ScenarioDocument d;
    d.reset(core::loadScenario("builtin:default"));
    HeadlineBar bar(&d);
    const auto* r = d.result();
    QCOMPARE(bar.figureText("horizonRatio"), format::years(r->at(r->years - 1, core::Column::reserve_ratio)));
    QCOMPARE(bar.figureText("depletion"), QStringLiteral("never"));
    QCOMPARE(bar.figureText("breakEven"), format::percent(*r->summary.breakEvenRate, 3));
    QVERIFY(bar.figureText("lowestRatio").contains(QString::number(*r->summary.minimumReserveRatioYear)));
    QVERIFY(bar.figureText("coverage").contains("%"));
}

void HeadlineBarTest::depletedFund_showsItsYear()
{
    ScenarioDocument d;
    d.reset(core::loadScenario("builtin:default"));
    HeadlineBar bar(&d);
    d.setValue("contributions.employer_rate", core::ParamValue(core::Series(0.0)));
    d.setValue("contributions.employee_rate", core::ParamValue(core::Series(0.001)));
    QVERIFY(d.result()->summary.depletionYear);
    QCOMPARE(bar.figureText("depletion"), QString::number(*d.result()->summary.depletionYear));
}

void HeadlineBarTest::invalidValue_greysFiguresAndSaysWhy()
{
    ScenarioDocument d;
    d.reset(core::loadScenario("builtin:default"));
    HeadlineBar bar(&d);
    const QString before = bar.figureText("horizonRatio");
    d.setValue("benefits.waiting_days", core::ParamValue(std::int64_t{400}));
    QCOMPARE(bar.figureText("horizonRatio"), before);  // the last valid figures stay
    QVERIFY(!bar.findChild<QLabel*>("horizonRatio")->isEnabled());
    QVERIFY(bar.findChild<QLabel*>("headlineStatus")->text().contains("1 value needs fixing"));
    d.undoStack()->undo();
    QVERIFY(bar.findChild<QLabel*>("horizonRatio")->isEnabled());
    QVERIFY(bar.findChild<QLabel*>("headlineStatus")->text().isEmpty());
}

QTEST_MAIN(HeadlineBarTest)
#include "tst_headlinebar.moc"
