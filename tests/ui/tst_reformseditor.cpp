// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
// Policy over time in the GUI (model-spec v2): the dated changes of a series field's per-year
// table and the benefit rule's reforms, each edit one undo step; the charts' marks of the
// reform years and the state's share of benefits as income.
#include "charts/incomeexpenditurechart.h"
#include "charts/reservechart.h"
#include "core/model/datedchanges.h"
#include "document/scenariodocument.h"
#include "format/language.h"
#include "widgets/durationclasseditor.h"
#include "widgets/listeditor.h"
#include "widgets/parameterfield.h"
#include "widgets/reformseditor.h"
#include "widgets/scenarioeditor.h"
#include "widgets/serieseditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace tideover;
using ui::ReformsEditor;
using ui::ScenarioDocument;

namespace {

std::unique_ptr<ScenarioDocument> keloraReform()
{
    auto d = std::make_unique<ScenarioDocument>();
    d->reset(ui::loadBuiltinScenario(QStringLiteral("kelora-reform")));
    return d;
}

double totalBenefits(const ScenarioDocument& d)
{
    return d.result()->column(core::Column::benefits).sum();
}

QString datedYears(const core::Scenario& s, const std::string& key)
{
    QStringList years;
    if (const auto it = s.dated.find(key); it != s.dated.end())
        for (const auto& [year, value] : it->second)
            years << QString::number(year);
    return years.join(QLatin1Char(','));
}

} // namespace

class TestReformsEditor : public QObject {
    Q_OBJECT

private slots:
    void timeline_addEditRemove_eachOneUndoStep_data();
    void timeline_addEditRemove_eachOneUndoStep();
    void timeline_showsChangesAndSummary();
    void timeline_afterHorizon_isGreyedWithNote();
    void reform_add_isOneUndoStepAndChangesResults();
    void reform_edit_isOneUndoStep();
    void reform_moveAndRemove_areOneUndoStepEach();
    void reform_problem_showsAtItsRow();
    void chart_marksReformYears();
    void incomeChart_stateShare_onlyWhenNonZero();
};

void TestReformsEditor::timeline_addEditRemove_eachOneUndoStep_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::newRow("take-up") << QStringLiteral("eligibility.take_up") << 0.9;
    QTest::newRow("employer rate") << QStringLiteral("contributions.employer_rate") << 0.015;
    QTest::newRow("waiting days") << QStringLiteral("benefits.waiting_days") << 5.0;
    QTest::newRow("state's share (new key)") << QStringLiteral("contributions.government_benefit_share") << 0.25;
}

void TestReformsEditor::timeline_addEditRemove_eachOneUndoStep()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    ScenarioDocument d;
    d.reset(ui::loadBuiltinScenario(QStringLiteral("kelora")));
    ui::ScenarioEditor scenarioEditor(&d);
    ui::ParameterField& field = *scenarioEditor.field(key);
    field.setByYearVisible(true);
    ui::SeriesEditor* editor = field.seriesEditor();
    QVERIFY(editor);
    const int start = int(d.scenario().projection.start_year);
    const std::string k = key.toStdString();

    editor->addDatedChange(); // start + 1, the value in force then
    QCOMPARE(d.undoStack()->count(), 1);
    QVERIFY(core::findDatedChange(d.scenario(), k, start + 1));

    editor->setDatedChange(0, start + 3, value, QStringLiteral("Law 12/2029, art. 4"));
    QCOMPARE(d.undoStack()->count(), 2);
    QCOMPARE(datedYears(d.scenario(), k), QString::number(start + 3));
    const core::ParamValue* stored = core::findDatedChange(d.scenario(), k, start + 3);
    QVERIFY(stored);
    QCOMPARE(std::get<core::Series>(*stored).values.front(), value);
    QCOMPARE(d.source(QString::fromStdString(core::datedKey(k, start + 3))), QStringLiteral("Law 12/2029, art. 4"));

    // The note alone, typed in its row: one more step, under KEY@YEAR.
    auto* note = editor->findChild<QLineEdit*>(QStringLiteral("datedNote0"));
    QVERIFY(note);
    note->setText(QStringLiteral("Decree 7/2030"));
    emit note->editingFinished();
    QCOMPARE(d.undoStack()->count(), 3);
    QCOMPARE(d.source(QString::fromStdString(core::datedKey(k, start + 3))), QStringLiteral("Decree 7/2030"));

    editor->findChild<QToolButton*>(QStringLiteral("removeDated0"))->click();
    QCOMPARE(d.undoStack()->count(), 4);
    QCOMPARE(datedYears(d.scenario(), k), QString());
    QVERIFY(d.source(QString::fromStdString(core::datedKey(k, start + 3))).isEmpty());

    d.undoStack()->undo();
    QCOMPARE(datedYears(d.scenario(), k), QString::number(start + 3));
    QCOMPARE(editor->datedChanges().size(), std::size_t(1)); // the table follows undo
    d.undoStack()->undo();
    QCOMPARE(d.source(QString::fromStdString(core::datedKey(k, start + 3))), QStringLiteral("Law 12/2029, art. 4"));
}

void TestReformsEditor::timeline_showsChangesAndSummary()
{
    auto d = keloraReform();
    ui::ParameterField field(d.get(), *core::findParameter("eligibility.take_up"));
    auto* summary = field.findChild<QLabel*>(QStringLiteral("eligibility.take_up.summary"));
    QVERIFY(summary);
    QVERIFY(!summary->isHidden());
    const QString text = summary->text();
    QVERIFY2(text.contains(QStringLiteral("50")) && text.contains(QStringLiteral("80")) &&
                 text.contains(QStringLiteral("2030")),
             qPrintable(text));
    field.setByYearVisible(true);
    const std::vector<ui::DatedStep> steps = field.seriesEditor()->datedChanges();
    QCOMPARE(steps.size(), std::size_t(3));
    QCOMPARE(steps[0].year, 2028);
    QCOMPARE(steps[2].value, 0.8);
    QVERIFY(steps[0].note.startsWith(QStringLiteral("training scenario")));
}

void TestReformsEditor::timeline_afterHorizon_isGreyedWithNote()
{
    auto d = keloraReform();
    QVERIFY(d->setDatedChange(QStringLiteral("eligibility.take_up"), 2100, core::Series(0.9), QString()));
    ui::ParameterField field(d.get(), *core::findParameter("eligibility.take_up"));
    field.setByYearVisible(true);
    auto* status = field.seriesEditor()->findChild<QLabel*>(QStringLiteral("datedStatus3"));
    QVERIFY(status);
    QVERIFY2(!status->isHidden() && !status->text().isEmpty(), qPrintable(status->text()));
    QCOMPARE(field.seriesEditor()->findChild<QSpinBox*>(QStringLiteral("datedYear3"))->property("problem").toString(),
             QStringLiteral("warning"));
}

void TestReformsEditor::reform_add_isOneUndoStepAndChangesResults()
{
    ScenarioDocument d;
    d.reset(ui::loadBuiltinScenario(QStringLiteral("kelora")));
    ReformsEditor reforms(&d);
    QVERIFY(reforms.reforms().empty());
    const int start = int(d.scenario().projection.start_year);
    reforms.addReform();
    QCOMPARE(d.undoStack()->count(), 1);
    QCOMPARE(reforms.reforms().size(), std::size_t(1));
    QCOMPARE(reforms.reforms().front().year, start + 2);
    for (const char* key : {"benefits.replacement_rates", "benefits.duration_months", "benefits.duration_shares"})
        QVERIFY2(core::findDatedChange(d.scenario(), key, start + 2), key);
    QVERIFY(reforms.reformWidget(start + 2));
    // Copied from the rule in force: the results are the same until it is edited.
    const double before = totalBenefits(d);
    auto* rates = reforms.reformWidget(start + 2)->findChild<ui::ListEditor*>(QStringLiteral("reformRates"));
    QVERIFY(rates);
    rates->setRowValue(0, 0.8);
    QCOMPARE(d.undoStack()->count(), 2);
    QVERIFY2(totalBenefits(d) > before, qPrintable(QStringLiteral("%1 vs %2").arg(totalBenefits(d)).arg(before)));
    d.undoStack()->undo();
    QCOMPARE(totalBenefits(d), before);
}

void TestReformsEditor::reform_edit_isOneUndoStep()
{
    auto d = keloraReform();
    ReformsEditor reforms(d.get());
    QCOMPARE(reforms.reforms().size(), std::size_t(1));
    ReformsEditor::Reform r = reforms.reforms().front();
    QCOMPARE(r.year, 2030);
    QVERIFY(r.note.contains(QStringLiteral("2030 reform")));
    // The durations: months and shares, one step, both written at 2030.
    auto* classes = reforms.reformWidget(2030)->findChild<ui::DurationClassEditor*>(QStringLiteral("reformClasses"));
    QVERIFY(classes);
    const double before = totalBenefits(*d);
    classes->setClass(0, 4, 0.5);
    QCOMPARE(d->undoStack()->count(), 1);
    QVERIFY(core::findDatedChange(d->scenario(), "benefits.duration_months", 2030));
    QVERIFY(core::findDatedChange(d->scenario(), "benefits.duration_shares", 2030));
    QVERIFY(totalBenefits(*d) > before);
    // The note, one step, kept with the replacement rates' change.
    auto* note = reforms.reformWidget(2030)->findChild<QLineEdit*>(QStringLiteral("reformNote"));
    note->setText(QStringLiteral("Law 3/2029"));
    emit note->editingFinished();
    QCOMPARE(d->undoStack()->count(), 2);
    QCOMPARE(d->source(QStringLiteral("benefits.replacement_rates@2030")), QStringLiteral("Law 3/2029"));
}

void TestReformsEditor::reform_moveAndRemove_areOneUndoStepEach()
{
    auto d = keloraReform();
    ReformsEditor reforms(d.get());
    auto* year = reforms.reformWidget(2030)->findChild<QSpinBox*>(QStringLiteral("reformYear"));
    year->setValue(2032);
    QCOMPARE(d->undoStack()->count(), 1);
    QCOMPARE(datedYears(d->scenario(), "benefits.replacement_rates"), QStringLiteral("2032"));
    QVERIFY(d->source(QStringLiteral("benefits.replacement_rates@2032")).contains(QStringLiteral("2030 reform")));
    QVERIFY(reforms.reformWidget(2032));
    reforms.reformWidget(2032)->findChild<QToolButton*>(QStringLiteral("reformRemove"))->click();
    QCOMPARE(d->undoStack()->count(), 2);
    QVERIFY(reforms.reforms().empty());
    QVERIFY(d->source(QStringLiteral("benefits.replacement_rates@2032")).isEmpty());
    d->undoStack()->undo();
    QCOMPARE(reforms.reforms().size(), std::size_t(1));
}

void TestReformsEditor::reform_problem_showsAtItsRow()
{
    auto d = keloraReform();
    ui::ScenarioEditor editor(d.get());
    ReformsEditor* reforms = editor.reformsEditor();
    QVERIFY(reforms);
    // Shares that do not sum to 100 % from 2030 on.
    QVERIFY(d->setDatedChange(QStringLiteral("benefits.duration_shares"), 2030, std::vector<double>{0.5, 0.3, 0.1},
                              QString()));
    QVERIFY(!d->problemFor(QStringLiteral("benefits.duration_shares@2030")).isEmpty());
    auto* problem = reforms->reformWidget(2030)->findChild<QLabel*>(QStringLiteral("reformProblem"));
    QVERIFY(problem);
    QVERIFY2(!problem->isHidden() && !problem->text().isEmpty(), qPrintable(problem->text()));
    QCOMPARE(reforms->reformWidget(2030)->property("problem").toString(), QStringLiteral("error"));
    d->undoStack()->undo();
    problem = reforms->reformWidget(2030)->findChild<QLabel*>(QStringLiteral("reformProblem"));
    QVERIFY(problem->isHidden());
}

void TestReformsEditor::chart_marksReformYears()
{
    auto d = keloraReform();
    ui::ReserveChart chart(d.get());
    // The 2030 reform of the rule and the employer rate's change share one mark.
    QCOMPARE(chart.markers().size(), std::size_t(1));
    QCOMPARE(chart.markers().front().year, 2030);
    QVERIFY2(chart.markers().front().label.size() <= 26, qPrintable(chart.markers().front().label));
    QVERIFY(chart.markers().front().label.startsWith(QStringLiteral("the 2030 reform")));
    ReformsEditor reforms(d.get());
    reforms.addReform(); // 2031
    QCOMPARE(chart.markers().size(), std::size_t(2));
    QCOMPARE(chart.markers().back().year, 2031);
    QCOMPARE(chart.markers().back().label, QStringLiteral("2031")); // no note yet
}

void TestReformsEditor::incomeChart_stateShare_onlyWhenNonZero()
{
    auto d = keloraReform();
    ui::IncomeExpenditureChart chart(d.get());
    const int state = chart.seriesIndex(QStringLiteral("state_subsidy"));
    QVERIFY(state >= 0);
    QVERIFY(!chart.isSeriesShown(state));
    QVERIFY(d->setDatedChange(QStringLiteral("contributions.government_benefit_share"), 2035, core::Series(0.25),
                              QStringLiteral("Law on the state's share")));
    QVERIFY(chart.isSeriesShown(state));
    QCOMPARE(chart.seriesSpec(state).title, QStringLiteral("State's share of benefits"));
    const QVector<double> values = chart.seriesValues(state);
    QCOMPARE(values.at(2034 - 2027), 0.0);
    QVERIFY(values.at(2035 - 2027) > 0);
    d->undoStack()->undo();
    QVERIFY(!chart.isSeriesShown(state));
}

QTEST_MAIN(TestReformsEditor)
#include "tst_reformseditor.moc"
