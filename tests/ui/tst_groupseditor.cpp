// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Worker groups in the desktop application (model-spec v4): the editor's Groups section (the
// list, adding from a template, renaming, removing, the fields of a group with what they
// inherit), the chart of a flow stacked by group, the who-pays chart, the funnel's group
// selector and the Compare page with scenarios of different groups.

#include "analysis/comparisonchart.h"
#include "analysis/comparisonview.h"
#include "analysisdata/comparisonset.h"
#include "charts/funnelchart.h"
#include "charts/groupflowschart.h"
#include "charts/resultsview.h"
#include "charts/whopayschart.h"
#include "core/engine/projection.h"
#include "core/io/scenariofile.h"
#include "core/model/groups.h"
#include "core/training/funnel.h"
#include "document/scenariodocument.h"
#include "models/headlinecomparisonmodel.h"
#include "models/parameterdiffmodel.h"
#include "widgets/collapsiblesection.h"
#include "widgets/groupseditor.h"
#include "widgets/parameterfield.h"
#include "widgets/scenarioeditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>

#include <cmath>

using namespace tideover;
using namespace tideover::ui;

namespace {

int templateIndex(std::string_view name)
{
    const auto& templates = core::groupTemplates();
    for (std::size_t i = 0; i < templates.size(); ++i)
        if (templates[i].name == name)
            return int(i);
    return -1;
}

// Kelora with own-account and migrant workers: three groups with the main one.
core::Scenario keloraWithTwoGroups()
{
    core::Scenario s = core::loadScenario("builtin:kelora");
    for (const auto* name : {"own_account", "migrant_workers"}) {
        const auto& t = core::groupTemplates()[std::size_t(templateIndex(name))];
        if (core::addGroupFromTemplate(s, t, t.title).empty())
            qFatal("cannot add %s", name);
    }
    return s;
}

} // namespace

class GroupsEditorTest : public QObject {
    Q_OBJECT

private slots:
    void editor_addRenameRemove_followUndo();
    void groupFields_showWhatMatters_data();
    void groupFields_showWhatMatters();
    void ownBox_overridesAndInheritsAgain();
    void groupKeyProblem_showsAtTheField();
    void stackedChart_hasOneSeriesPerGroup_addingUpToTheTotal_data();
    void stackedChart_hasOneSeriesPerGroup_addingUpToTheTotal();
    void groupTabs_showOnlyWithGroups();
    void whoPays_partsAddUpToTheCrossSubsidy_data();
    void whoPays_partsAddUpToTheCrossSubsidy();
    void funnel_groupSelectorShowsEachGroup();
    void compare_differentGroups_listsGroupKeys();
};

void GroupsEditorTest::editor_addRenameRemove_followUndo()
{
    ScenarioDocument document;
    document.reset(core::loadScenario("builtin:kelora"));
    ScenarioEditor editor(&document);
    GroupsEditor* groups = editor.groupsEditor();
    QVERIFY(groups);
    QCOMPARE(groups->groupNames(), QStringList{QStringLiteral("main")});
    auto* list = groups->findChild<QListWidget*>(QStringLiteral("groups.list"));
    QCOMPARE(list->item(0)->text(), QStringLiteral("Main group"));
    QVERIFY(!groups->findChild<QWidget*>(QStringLiteral("groups.remove"))->isEnabled());

    const QString name = groups->addFromTemplate(templateIndex("own_account"));
    QCOMPARE(name, QStringLiteral("own_account"));
    QCOMPARE(groups->groupNames(), (QStringList{QStringLiteral("main"), name}));
    QCOMPARE(groups->selectedGroup(), name);
    QCOMPARE(list->item(1)->text(), QStringLiteral("Own-account workers (voluntary)"));
    QVERIFY(groups->field(QStringLiteral("take_up")));
    QCOMPARE(document.undoStack()->count(), 1);

    // Rename through the title field.
    auto* title = groups->findChild<QLineEdit*>(QStringLiteral("groups.title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Self-employed"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(document.groupTitle(name), QStringLiteral("Self-employed"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Self-employed"));
    QCOMPARE(document.undoStack()->count(), 2);

    // Remove, then undo everything: the list follows.
    groups->selectGroup(name);
    QTest::mouseClick(groups->findChild<QWidget*>(QStringLiteral("groups.remove")), Qt::LeftButton);
    QCOMPARE(groups->groupNames(), QStringList{QStringLiteral("main")});
    QCOMPARE(groups->selectedGroup(), QStringLiteral("main"));
    document.undoStack()->undo();
    QCOMPARE(groups->groupNames(), (QStringList{QStringLiteral("main"), name}));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Self-employed"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(groups->groupNames(), QStringList{QStringLiteral("main")});
    QVERIFY(document.scenario() == core::loadScenario("builtin:kelora"));
    QVERIFY(!document.isModified());
}

void GroupsEditorTest::groupFields_showWhatMatters_data()
{
    QTest::addColumn<QString>("membership");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    QTest::newRow("voluntary, wage") << "voluntary" << "wage" << QStringList{"participation", "member_risk"}
                                     << QStringList{"compliance", "declared_income", "flat_contribution"};
    QTest::newRow("mandatory, declared income")
        << "mandatory" << "declared_income" << QStringList{"compliance", "declared_income"}
        << QStringList{"participation", "flat_contribution"};
    QTest::newRow("voluntary, flat") << "voluntary" << "flat"
                                     << QStringList{"participation", "declared_income", "flat_contribution"}
                                     << QStringList{"compliance"};
}

void GroupsEditorTest::groupFields_showWhatMatters()
{
    QFETCH(QString, membership);
    QFETCH(QString, base);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    ScenarioDocument document;
    document.reset(keloraWithTwoGroups());
    GroupsEditor groups(&document);
    groups.selectGroup(QStringLiteral("own_account"));
    QVERIFY(document.setValue(QStringLiteral("group.own_account.membership"), core::ParamValue(membership.toStdString())));
    QVERIFY(document.setValue(QStringLiteral("group.own_account.contribution_base"), core::ParamValue(base.toStdString())));
    for (const QString& key : shown)
        QVERIFY2(groups.isKeyShown(key), qPrintable(key));
    for (const QString& key : hidden)
        QVERIFY2(!groups.isKeyShown(key), qPrintable(key));
    // The field edits the group's key.
    QCOMPARE(groups.field(QStringLiteral("take_up"))->key(), QStringLiteral("group.own_account.take_up"));
}

void GroupsEditorTest::ownBox_overridesAndInheritsAgain()
{
    ScenarioDocument document;
    document.reset(keloraWithTwoGroups());
    GroupsEditor groups(&document);
    groups.selectGroup(QStringLiteral("migrant_workers"));
    const QString key = QStringLiteral("group.migrant_workers.waiting_days");
    QVERIFY(!document.groupSets(QStringLiteral("migrant_workers"), QStringLiteral("waiting_days")));
    QCheckBox* own = groups.ownBox(QStringLiteral("waiting_days"));
    ParameterField* field = groups.field(QStringLiteral("waiting_days"));
    QVERIFY(own && field);
    QVERIFY(!own->isChecked());
    QVERIFY(!field->isEnabled());
    auto* note = groups.findChild<QLabel*>(key + QStringLiteral(".inherited"));
    QVERIFY(note->text().contains(QStringLiteral("benefits.waiting_days")));
    own->click();
    QVERIFY(document.groupSets(QStringLiteral("migrant_workers"), QStringLiteral("waiting_days")));
    QVERIFY(own->isChecked());
    QVERIFY(field->isEnabled());
    QVERIFY(note->text().isEmpty());
    // The value stays what it inherited until edited.
    QCOMPARE(document.value(key), document.value(QStringLiteral("benefits.waiting_days")));
    own->click();
    QVERIFY(!document.groupSets(QStringLiteral("migrant_workers"), QStringLiteral("waiting_days")));
    QVERIFY(!field->isEnabled());
    document.undoStack()->undo();
    QVERIFY(own->isChecked());
    QVERIFY(field->isEnabled());
}

void GroupsEditorTest::groupKeyProblem_showsAtTheField()
{
    ScenarioDocument document;
    document.reset(keloraWithTwoGroups());
    ScenarioEditor editor(&document);
    GroupsEditor* groups = editor.groupsEditor();
    groups->selectGroup(QStringLiteral("own_account"));
    QVERIFY(document.setValue(QStringLiteral("group.own_account.participation"), core::ParamValue(core::Series(1.5))));
    auto* problem = groups->findChild<QLabel*>(QStringLiteral("group.own_account.participation.error"));
    QVERIFY(problem);
    QVERIFY(!problem->isHidden());
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(groups->field(QStringLiteral("participation"))->hasError());
    QVERIFY(groups->errorCount() >= 1);
    // Going to the error selects the group and focuses the field.
    groups->selectGroup(QStringLiteral("main"));
    editor.focusParameter(QStringLiteral("group.own_account.participation"));
    QCOMPARE(groups->selectedGroup(), QStringLiteral("own_account"));
    QVERIFY(editor.groupsSection()->isExpanded());
}

void GroupsEditorTest::stackedChart_hasOneSeriesPerGroup_addingUpToTheTotal_data()
{
    QTest::addColumn<int>("measure");
    QTest::addColumn<int>("column");
    QTest::newRow("contributions") << int(GroupFlowsChart::Measure::Contributions) << int(core::Column::contributions);
    QTest::newRow("benefits") << int(GroupFlowsChart::Measure::Benefits) << int(core::Column::benefits);
    QTest::newRow("insured") << int(GroupFlowsChart::Measure::Insured) << int(core::Column::insured);
    QTest::newRow("beneficiaries") << int(GroupFlowsChart::Measure::Beneficiaries) << int(core::Column::beneficiaries);
}

void GroupsEditorTest::stackedChart_hasOneSeriesPerGroup_addingUpToTheTotal()
{
    QFETCH(int, measure);
    QFETCH(int, column);
    ScenarioDocument document;
    document.reset(core::loadScenario("builtin:kelora"));
    GroupFlowsChart chart(&document);
    chart.setMeasure(GroupFlowsChart::Measure(measure));
    QCOMPARE(chart.seriesCount(), 1);  // no groups: the total alone
    document.reset(keloraWithTwoGroups());
    QCOMPARE(chart.seriesCount(), 3);
    QCOMPARE(chart.seriesSpec(0).title, QStringLiteral("Main group"));
    QCOMPARE(chart.seriesSpec(1).title, QStringLiteral("Own-account workers (voluntary)"));
    const core::ProjectionResult& r = *document.result();
    for (int y = 0; y < r.years; y += 7) {
        double sum = 0;
        for (int i = 0; i < chart.seriesCount(); ++i) {
            QVERIFY(chart.seriesSpec(i).kind == ChartView::Kind::Bars);
            QCOMPARE(chart.seriesSpec(i).stack, 0);
            sum += chart.seriesValues(i)[y];
        }
        QVERIFY(std::abs(sum / r.annual(y, column) - 1) < 1e-12);
    }
    // Editing a group key recomputes: the group's series follows.
    const double before = chart.seriesValues(1)[0];
    QVERIFY(document.setValue(QStringLiteral("group.own_account.participation"), core::ParamValue(core::Series(0.6))));
    QVERIFY(chart.seriesValues(1)[0] != before);
    QCOMPARE(chart.seriesValues(1)[0], document.result()->groups[1].annual(0, column));
    // Removing a group removes its series.
    QVERIFY(document.removeGroup(QStringLiteral("migrant_workers")));
    QCOMPARE(chart.seriesCount(), 2);
}

void GroupsEditorTest::groupTabs_showOnlyWithGroups()
{
    ScenarioDocument document;
    document.reset(core::loadScenario("builtin:kelora"));
    ResultsView view(&document);
    QTabWidget* tabs = view.tabs();
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(view.groupsPage())));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(view.whoPaysChart())));
    QVERIFY(!document.addGroup(core::groupTemplates()[std::size_t(templateIndex("platform_workers"))],
                               QStringLiteral("Platform workers"))
                 .isEmpty());
    QVERIFY(tabs->isTabVisible(tabs->indexOf(view.groupsPage())));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(view.whoPaysChart())));
    QCOMPARE(view.groupFlowsChart()->seriesCount(), 2);
    // The measure selector drives the chart.
    QComboBox* measure = view.groupMeasureSelector();
    measure->setCurrentIndex(measure->findData(int(GroupFlowsChart::Measure::CrossSubsidy)));
    emit measure->activated(measure->currentIndex());
    QCOMPARE(view.groupFlowsChart()->measure(), GroupFlowsChart::Measure::CrossSubsidy);
    QVERIFY(view.groupFlowsChart()->seriesSpec(0).kind == ChartView::Kind::Line);
    document.undoStack()->undo();
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(view.groupsPage())));
}

void GroupsEditorTest::whoPays_partsAddUpToTheCrossSubsidy_data()
{
    QTest::addColumn<int>("year");  // 0: the whole projection
    QTest::newRow("every year") << 0;
    QTest::newRow("2030") << 2030;
}

void GroupsEditorTest::whoPays_partsAddUpToTheCrossSubsidy()
{
    QFETCH(int, year);
    ScenarioDocument document;
    document.reset(keloraWithTwoGroups());
    WhoPaysChart chart(&document);
    chart.setYear(year);
    QCOMPARE(chart.year(), year);
    QCOMPARE(chart.groupTitles().size(), 3);
    const core::ProjectionResult& r = *document.result();
    const int from = year == 0 ? 0 : year - r.startYear;
    const int to = year == 0 ? r.years : from + 1;
    double totalCross = 0;
    double totalWorkers = 0;
    for (int g = 0; g < 3; ++g) {
        using P = WhoPaysChart::Part;
        const double paid = chart.value(g, P::Workers) + chart.value(g, P::Employers) + chart.value(g, P::State);
        const double drawn = chart.value(g, P::Benefits) + chart.value(g, P::OtherSpending);
        const double scale = std::max(std::abs(paid), std::abs(drawn));
        QVERIFY2(std::abs(paid - drawn - chart.crossSubsidy(g)) <= 1e-9 * scale, qPrintable(chart.groupTitles()[g]));
        double expected = 0;
        for (int y = from; y < to; ++y)
            expected += r.groups[std::size_t(g)].at(y, core::GroupColumn::cross_subsidy);
        QCOMPARE(chart.crossSubsidy(g), expected);
        totalCross += chart.crossSubsidy(g);
        totalWorkers += chart.value(g, P::Workers);
        QVERIFY(!chart.crossSubsidyLabel(g).isEmpty());
    }
    // The groups together are the total.
    double expectedCross = 0;
    double expectedWorkers = 0;
    for (int y = from; y < to; ++y) {
        expectedCross += r.at(y, core::GroupColumn::cross_subsidy);
        expectedWorkers += r.at(y, core::GroupColumn::worker_contributions);
    }
    QVERIFY(std::abs(totalCross - expectedCross) <= 1e-9 * std::abs(expectedCross) + 1e-6);
    QVERIFY(std::abs(totalWorkers / expectedWorkers - 1) < 1e-12);
    QVERIFY(chart.csvText().startsWith(QStringLiteral("group,worker_contributions")));
    QCOMPARE(chart.csvText().count(QLatin1Char('\n')), 4);
}

void GroupsEditorTest::funnel_groupSelectorShowsEachGroup()
{
    ScenarioDocument document;
    document.reset(core::loadScenario("builtin:kelora"));
    FunnelChart chart(&document);
    QVERIFY(!chart.groupSelector()->isVisibleTo(&chart));
    document.reset(keloraWithTwoGroups());
    QComboBox* selector = chart.groupSelector();
    QVERIFY(selector->isVisibleTo(&chart));
    QCOMPARE(selector->count(), 4);
    QCOMPARE(selector->itemData(0).toString(), QStringLiteral("total"));
    QCOMPARE(selector->itemText(1), QStringLiteral("Main group"));
    const core::CoverageFunnels funnels = core::coverageFunnels(document.scenario());
    const int insured = int(core::FunnelStage::insured);
    QCOMPARE(chart.stageValue(insured), funnels.total.persons(0, insured));
    selector->setCurrentIndex(2);
    emit selector->activated(2);
    QCOMPARE(chart.group(), QStringLiteral("own_account"));
    QCOMPARE(chart.stageValue(insured), funnels.groups[1].funnel.persons(0, insured));
    QCOMPARE(chart.stageValue(insured), document.result()->groups[1].at(0, core::Column::insured));
    // The selection survives an edit, and falls back to the total when the group goes.
    QVERIFY(document.setValue(QStringLiteral("group.own_account.participation"), core::ParamValue(core::Series(0.5))));
    QCOMPARE(chart.group(), QStringLiteral("own_account"));
    QVERIFY(document.removeGroup(QStringLiteral("own_account")));
    QCOMPARE(chart.group(), QStringLiteral("total"));
    QCOMPARE(selector->count(), 3);
}

void GroupsEditorTest::compare_differentGroups_listsGroupKeys()
{
    ScenarioDocument document;
    document.reset(core::loadScenario("builtin:kelora"));
    ComparisonView view(&document);
    QAbstractItemModelTester diffTester(view.diffModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.findChild<QCheckBox*>(QStringLiteral("includeCurrent"))->setChecked(false);
    QVERIFY(view.pinCurrent());
    document.reset(keloraWithTwoGroups());
    QVERIFY(document.setValue(QStringLiteral("group.own_account.take_up"), core::ParamValue(core::Series(0.3))));
    QVERIFY(view.pinCurrent());
    core::Scenario third = keloraWithTwoGroups();
    core::setGroupFromText(third, "group.own_account.take_up", "0.4");
    QVERIFY(view.set()->pin(QStringLiteral("Another"), QString(), third));
    ParameterDiffModel* diff = view.diffModel();
    QCOMPARE(diff->columnCount(), 3);
    const QStringList keys = diff->keys();
    QVERIFY2(keys.contains(QStringLiteral("group.own_account")), qPrintable(keys.join(',')));
    QVERIFY(keys.contains(QStringLiteral("group.migrant_workers")));
    QVERIFY(keys.contains(QStringLiteral("group.own_account.take_up")));
    const int row = int(keys.indexOf(QStringLiteral("group.own_account.take_up")));
    QCOMPARE(diff->index(row, 0).data().toString(), QStringLiteral("no such group"));
    QCOMPARE(diff->index(row, 1).data().toString(), QStringLiteral("30 %"));
    QCOMPARE(diff->index(row, 2).data().toString(), QStringLiteral("40 %"));
    // The headline table and chart have a column and a line per scenario.
    QCOMPARE(view.headlineModel()->columnCount(), 3);
    QCOMPARE(view.chart()->seriesCount(), 3);
}

QTEST_MAIN(GroupsEditorTest)
#include "tst_groupseditor.moc"
