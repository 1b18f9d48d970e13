// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Worker groups (model-spec v4) in the scenario document, without any widget: adding a group
// from a template, renaming, removing, setting and clearing its keys and dated changes are each
// one undo step that undo and redo restore exactly; group keys read what the group uses
// (inherited until set); edits recompute the results; files with groups load.

#include "core/engine/projection.h"
#include "core/io/scenariofile.h"
#include "core/model/groups.h"
#include "document/scenariodocument.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tideover;
using namespace tideover::ui;

namespace {

core::Scenario kelora() { return core::loadScenario("builtin:kelora"); }

const core::GroupTemplate& templateNamed(std::string_view name)
{
    for (const core::GroupTemplate& t : core::groupTemplates())
        if (t.name == name)
            return t;
    qFatal("no template %s", std::string(name).c_str());
}

// A document on Kelora with an own-account group (voluntary), its undo stack cleared.
void withOwnAccount(ScenarioDocument& d)
{
    core::Scenario s = kelora();
    core::addGroupFromTemplate(s, templateNamed("own_account"), "Own-account workers");
    d.reset(s);
}

using Edit = std::function<bool(ScenarioDocument&)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class GroupsDocumentTest : public QObject {
    Q_OBJECT

private slots:
    void edit_isOneStep_undoRedoRestoreExactly_data();
    void edit_isOneStep_undoRedoRestoreExactly();
    void groupKey_readsInheritedValueUntilSet();
    void editsOfOneGroupKey_mergeIntoOneStep_andRecompute();
    void refusedEdits_pushNothing_data();
    void refusedEdits_pushNothing();
    void problemOfAGroupKey_isFoundByItsKey();
    void fileWithGroups_loadsAndProjectsByGroup();
};

void GroupsDocumentTest::edit_isOneStep_undoRedoRestoreExactly_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("changedKey");  // what scenarioChanged says after the edit
    QTest::newRow("add a group") << Edit([](ScenarioDocument& d) {
        return !d.addGroup(templateNamed("migrant_workers"), QStringLiteral("Migrants")).isEmpty();
    }) << "groups";
    QTest::newRow("remove a group") << Edit([](ScenarioDocument& d) { return d.removeGroup(QStringLiteral("own_account")); })
                                    << "groups";
    QTest::newRow("rename a group")
        << Edit([](ScenarioDocument& d) { return d.setGroupTitle(QStringLiteral("own_account"), QStringLiteral("Self-employed")); })
        << "groups";
    QTest::newRow("rename the main group")
        << Edit([](ScenarioDocument& d) { return d.setGroupTitle(QStringLiteral("main"), QStringLiteral("Employees")); })
        << "groups";
    QTest::newRow("set a key") << Edit([](ScenarioDocument& d) {
        return d.setValue(QStringLiteral("group.own_account.take_up"), core::ParamValue(core::Series(0.4)));
    }) << "group.own_account.take_up";
    QTest::newRow("clear a key") << Edit([](ScenarioDocument& d) {
        return d.clearGroupValue(QStringLiteral("own_account"), QStringLiteral("participation"));
    }) << "groups";
    QTest::newRow("add a dated change") << Edit([](ScenarioDocument& d) {
        return d.setDatedChange(QStringLiteral("group.own_account.participation"), 2032,
                                core::ParamValue(core::Series(0.25)), QStringLiteral("campaign"));
    }) << "groups";
    QTest::newRow("a source note") << Edit([](ScenarioDocument& d) {
        d.setSource(QStringLiteral("group.own_account.member_risk"), QStringLiteral("assumption: Korea 2012"));
        return d.source(QStringLiteral("group.own_account.member_risk")) == QLatin1String("assumption: Korea 2012");
    }) << "group.own_account.member_risk";
}

void GroupsDocumentTest::edit_isOneStep_undoRedoRestoreExactly()
{
    QFETCH(Edit, edit);
    QFETCH(QString, changedKey);
    ScenarioDocument d;
    withOwnAccount(d);
    const core::Scenario before = d.scenario();
    const double insuredBefore = d.result()->at(0, core::Column::insured);
    QStringList keys;
    connect(&d, &ScenarioDocument::scenarioChanged, this, [&keys](const QString& key) { keys << key; });
    QVERIFY(edit(d));
    QCOMPARE(d.undoStack()->count(), 1);
    QVERIFY(d.isModified());
    QCOMPARE(keys, QStringList{changedKey});
    const core::Scenario after = d.scenario();
    QVERIFY(!(after == before));
    QVERIFY(d.result());
    d.undoStack()->undo();
    QVERIFY(d.scenario() == before);
    QVERIFY(!d.isModified());
    QCOMPARE(d.result()->at(0, core::Column::insured), insuredBefore);
    d.undoStack()->redo();
    QVERIFY(d.scenario() == after);
    // The edited scenario is what a fresh projection of it gives.
    QCOMPARE(d.result()->at(0, core::Column::insured), core::project(after).at(0, core::Column::insured));
}

void GroupsDocumentTest::groupKey_readsInheritedValueUntilSet()
{
    ScenarioDocument d;
    withOwnAccount(d);
    const QString takeUp = QStringLiteral("group.own_account.take_up");
    QVERIFY(!d.groupSets(QStringLiteral("own_account"), QStringLiteral("take_up")));
    // Inherited: the scheme's eligibility.take_up.
    QCOMPARE(d.value(takeUp), d.value(QStringLiteral("eligibility.take_up")));
    QVERIFY(d.setValue(QStringLiteral("eligibility.take_up"), core::ParamValue(core::Series(0.77))));
    QCOMPARE(std::get<core::Series>(d.value(takeUp)).values, std::vector<double>{0.77});
    // Set: its own, whatever the scheme's.
    QVERIFY(d.setValue(takeUp, core::ParamValue(0.5)));  // a number is a constant series
    QVERIFY(d.groupSets(QStringLiteral("own_account"), QStringLiteral("take_up")));
    QVERIFY(d.setValue(QStringLiteral("eligibility.take_up"), core::ParamValue(core::Series(0.6))));
    QCOMPARE(std::get<core::Series>(d.value(takeUp)).values, std::vector<double>{0.5});
    // Cleared: inherited again, in one step.
    QVERIFY(d.clearGroupValue(QStringLiteral("own_account"), QStringLiteral("take_up")));
    QCOMPARE(std::get<core::Series>(d.value(takeUp)).values, std::vector<double>{0.6});
    QVERIFY(!d.clearGroupValue(QStringLiteral("own_account"), QStringLiteral("take_up")));
    QCOMPARE(d.groupTitle(QStringLiteral("own_account")), QStringLiteral("Own-account workers"));
    QCOMPARE(d.groupTitle(QStringLiteral("main")), QStringLiteral("Main group"));
}

void GroupsDocumentTest::editsOfOneGroupKey_mergeIntoOneStep_andRecompute()
{
    ScenarioDocument d;
    withOwnAccount(d);
    const QString key = QStringLiteral("group.own_account.participation");
    const double before = d.result()->groups.at(1).at(0, core::Column::insured);
    QVERIFY(d.setValue(key, core::ParamValue(core::Series(0.3))));
    QVERIFY(d.setValue(key, core::ParamValue(core::Series(0.35))));
    QCOMPARE(d.undoStack()->count(), 1);
    const double after = d.result()->groups.at(1).at(0, core::Column::insured);
    QVERIFY(after > before);
    d.endMerge();
    QVERIFY(d.setValue(key, core::ParamValue(core::Series(0.4))));
    QCOMPARE(d.undoStack()->count(), 2);
    // The group's insured move in proportion to its participation (INS_g = E share legal take).
    QVERIFY(qAbs(d.result()->groups.at(1).at(0, core::Column::insured) / after - 0.4 / 0.35) < 1e-12);
}

void GroupsDocumentTest::refusedEdits_pushNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("a group the scenario lacks") << Edit([](ScenarioDocument& d) {
        return d.setValue(QStringLiteral("group.nobody.take_up"), core::ParamValue(core::Series(0.4)));
    });
    QTest::newRow("an unknown group key") << Edit([](ScenarioDocument& d) {
        return d.setValue(QStringLiteral("group.own_account.colour"), core::ParamValue(core::Series(0.4)));
    });
    QTest::newRow("a word that is not one") << Edit([](ScenarioDocument& d) {
        return d.setValue(QStringLiteral("group.own_account.membership"), core::ParamValue(std::string("sometimes")));
    });
    QTest::newRow("a value of the wrong type") << Edit([](ScenarioDocument& d) {
        return d.setValue(QStringLiteral("group.own_account.membership"), core::ParamValue(0.5));
    });
    QTest::newRow("removing the main group")
        << Edit([](ScenarioDocument& d) { return d.removeGroup(QStringLiteral("main")); });
    QTest::newRow("text that is no number") << Edit([](ScenarioDocument& d) {
        QString error;
        const bool ok = d.setValueFromText(QStringLiteral("group.own_account.take_up"), QStringLiteral("lots"), &error);
        return ok || error.isEmpty();
    });
}

void GroupsDocumentTest::refusedEdits_pushNothing()
{
    QFETCH(Edit, edit);
    ScenarioDocument d;
    withOwnAccount(d);
    const core::Scenario before = d.scenario();
    QVERIFY(!edit(d));
    QCOMPARE(d.undoStack()->count(), 0);
    QVERIFY(d.scenario() == before);
}

void GroupsDocumentTest::problemOfAGroupKey_isFoundByItsKey()
{
    ScenarioDocument d;
    withOwnAccount(d);
    QVERIFY(d.problemFor(QStringLiteral("group.own_account.participation")).isEmpty());
    QVERIFY(d.setValue(QStringLiteral("group.own_account.participation"), core::ParamValue(core::Series(1.5))));
    QVERIFY(!d.problemFor(QStringLiteral("group.own_account.participation")).isEmpty());
    QVERIFY(d.isResultStale());
    d.undoStack()->undo();
    QVERIFY(!d.isResultStale());
}

void GroupsDocumentTest::fileWithGroups_loadsAndProjectsByGroup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("groups.tideover"));
    {
        ScenarioDocument d;
        withOwnAccount(d);
        QVERIFY(!d.addGroup(templateNamed("migrant_workers"), QStringLiteral("Registered migrants")).isEmpty());
        QVERIFY(d.setDatedChange(QStringLiteral("group.own_account.participation"), 2032,
                                 core::ParamValue(core::Series(0.25)), QStringLiteral("campaign")));
        QString error;
        QVERIFY2(d.save(path, &error), qPrintable(error));
    }
    ScenarioDocument loaded;
    QString error;
    QVERIFY2(loaded.load(path, &error), qPrintable(error));
    QCOMPARE(loaded.scenario().groups.size(), std::size_t(2));
    QCOMPARE(loaded.groupTitle(QStringLiteral("migrant_workers")), QStringLiteral("Registered migrants"));
    QCOMPARE(loaded.source(QStringLiteral("group.own_account.participation@2032")), QStringLiteral("campaign"));
    QVERIFY(loaded.result());
    QCOMPARE(loaded.result()->groups.size(), std::size_t(3));
    QVERIFY(!loaded.isModified());
}

QTEST_GUILESS_MAIN(GroupsDocumentTest)
#include "tst_groupsdocument.moc"
