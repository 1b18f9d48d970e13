// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
// The scenario editor against a real document: every parameter has an editor, edits go to the
// document and its results, problems show at the field, undo and loading refresh the fields.
#include "document/scenariodocument.h"
#include "core/io/scenariofile.h"
#include "widgets/collapsiblesection.h"
#include "widgets/durationclasseditor.h"
#include "widgets/listeditor.h"
#include "widgets/numberspinbox.h"
#include "widgets/parameterfield.h"
#include "widgets/scenarioeditor.h"
#include "widgets/serieseditor.h"
#include "widgets/typingpause.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace tideover;
using tideover::ui::ScenarioDocument;
using tideover::ui::ScenarioEditor;

namespace {

QString qkey(const core::ParameterInfo& p)
{
    return QString::fromUtf8(p.key.data(), qsizetype(p.key.size()));
}

double lastReserve(const ScenarioDocument& d)
{
    const core::ProjectionResult* r = d.result();
    return r ? r->at(r->years - 1, core::Column::reserve) : 0.0;
}

} // namespace

class TestScenarioEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyParameter_hasEditorSourceAndProblemLine();
    void groups_inTableOrder_schemeDesignFirst();
    void fraction_showsAsPercent();
    void money_showsThousandsAndCurrency();
    void editingSpinBox_changesDocumentAndResults();
    void typedValue_commitsOnEnter();
    void outOfRange_showsMessageAtField_andResultsGoStale();
    void undo_restoresDisplayedValue();
    void spinBoxDrag_isOneUndoStep();
    void refreshes_neverPushCommands();
    void enum_showsHumanWords_andSetsWord();
    void integer_editsThroughSpinBox();
    void constantSeries_editsInline();
    void seriesByYear_stepsBecomeSeries_andUndo();
    void replacementRates_listEditsAndUndoes();
    void durationClasses_editBothKeys_undoInOneStep();
    void durationShares_singleEdit_mergesAsOneKey();
    void reset_refreshesEveryField();
    void sourceNote_goesToDocument_andUndoes();
    void metadata_editsAndCurrencyShowsInUnits();
    void focusParameter_scrollsAndFocuses_currentKeyFollows();
    void filter_showsMatchingParametersOnly();
    void tooltip_givesHelpRangeInPercentAndKey();
    void keyboardUndo_inAField_commitsItThenUndoesTheDocument();
    void typing_recomputesAfterAPause_asOneUndoStep();
    void typing_unfinishedNumber_waitsForTheNextKey();
    void tabOrder_valuesFirst_thenButtons_thenHeader();
    void package_sectionsTogether_afterTheFinancingRule();
    void package_fieldsOff_greyedWithTheSwitchNamed_data();
    void package_fieldsOff_greyedWithTheSwitchNamed();
    void package_partsOff_foldedOnLoad();

private:
    template <class T> T* editor(const QString& key) const
    {
        T* w = m_editor->findChild<T*>(key);
        if (!w)
            qWarning() << "no editor" << key;
        return w;
    }
    QLabel* problemLabel(const QString& key) const
    {
        return m_editor->findChild<QLabel*>(key + QStringLiteral(".error"));
    }

    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<ScenarioEditor> m_editor;
};

void TestScenarioEditor::init()
{
    m_doc = std::make_unique<ScenarioDocument>();
    m_doc->reset(core::loadScenario("builtin:default"));
    m_editor = std::make_unique<ScenarioEditor>(m_doc.get());
    m_editor->resize(520, 1000);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestScenarioEditor::cleanup()
{
    m_editor.reset();
    m_doc.reset();
}

void TestScenarioEditor::everyParameter_hasEditorSourceAndProblemLine()
{
    for (const core::ParameterInfo& p : core::parameters()) {
        const QString key = qkey(p);
        QWidget* w = m_editor->findChild<QWidget*>(key);
        QVERIFY2(w, qPrintable(QStringLiteral("no editor named %1").arg(key)));
        QVERIFY2(m_editor->findChild<QLineEdit*>(key + QStringLiteral(".source")), qPrintable(key));
        QLabel* problem = problemLabel(key);
        QVERIFY2(problem, qPrintable(key));
        QVERIFY2(problem->isHidden(), qPrintable(key + QStringLiteral(": ") + problem->text()));
        QVERIFY2(m_editor->field(key), qPrintable(key));
        // The kind decides the editor.
        switch (p.kind) {
        case core::Kind::Real:
        case core::Kind::Series:
            QVERIFY2(qobject_cast<QDoubleSpinBox*>(w), qPrintable(key));
            break;
        case core::Kind::Integer:
            QVERIFY2(qobject_cast<QSpinBox*>(w), qPrintable(key));
            break;
        case core::Kind::Enum:
            QVERIFY2(qobject_cast<QComboBox*>(w), qPrintable(key));
            break;
        case core::Kind::Seed:
            QVERIFY2(qobject_cast<QLineEdit*>(w), qPrintable(key));
            break;
        default:
            break;
        }
    }
    // The builtin scenario notes a source for every parameter, and each shows.
    QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("labour.job_finding_rate.source"))->text(),
             m_doc->source(QStringLiteral("labour.job_finding_rate")));
}

void TestScenarioEditor::groups_inTableOrder_schemeDesignFirst()
{
    const QList<QWidget*> sections =
        m_editor->findChildren<QWidget*>(QRegularExpression(QStringLiteral("^section\\.")));
    QStringList order;
    for (QWidget* s : sections)
        order << s->objectName().mid(8);
    QCOMPARE(order.first(), QStringLiteral("Scenario"));
    QCOMPARE(order.mid(1, 5), (QStringList{QStringLiteral("Coverage"), QStringLiteral("Contributions"),
                                           QStringLiteral("Eligibility"), QStringLiteral("Benefits"),
                                           QStringLiteral("Other expenditure")}));
    QVERIFY(order.indexOf(QStringLiteral("Labour market")) < order.indexOf(QStringLiteral("Reserve fund")));
    QVERIFY(order.indexOf(QStringLiteral("Reserve fund")) < order.indexOf(QStringLiteral("Projection")));
    // Sections appear top to bottom in that order.
    int y = -1;
    for (QWidget* s : sections) {
        const int top = s->mapTo(m_editor.get(), QPoint(0, 0)).y();
        QVERIFY2(top > y, qPrintable(s->objectName()));
        y = top;
    }
}

void TestScenarioEditor::fraction_showsAsPercent()
{
    auto* rate = editor<QDoubleSpinBox>(QStringLiteral("labour.job_finding_rate"));
    QCOMPARE(rate->value(), 35.0);
    QCOMPARE(rate->text(), QStringLiteral("35 %"));
    // 0.6 in the replacement-rate list shows as 60 %.
    auto* list = editor<ui::ListEditor>(QStringLiteral("benefits.replacement_rates"));
    auto* first = list->findChild<QDoubleSpinBox*>(QStringLiteral("item0"));
    QCOMPARE(first->value(), 60.0);
    QCOMPARE(first->text(), QStringLiteral("60 %"));
    auto* step = editor<QDoubleSpinBox>(QStringLiteral("financing.step"));
    QCOMPARE(step->text(), QStringLiteral("0.2 %"));
    // Going back from 0.2 % gives the fraction as written, not 0.2/100 with a rounding error.
    step->setValue(0.3);
    QCOMPARE(std::get<double>(m_doc->value(QStringLiteral("financing.step"))), 0.003);
}

void TestScenarioEditor::money_showsThousandsAndCurrency()
{
    auto* wage = editor<QDoubleSpinBox>(QStringLiteral("wages.average_monthly"));
    QVERIFY(wage->isGroupSeparatorShown());
    QCOMPARE(wage->text(), QLocale().toString(9000.0, 'f', 0));
    auto* unit = m_editor->findChild<QLabel*>(QStringLiteral("wages.average_monthly.unit"));
    QVERIFY2(unit->text().contains(QStringLiteral("LCU")), qPrintable(unit->text()));
    auto* reserve = editor<QDoubleSpinBox>(QStringLiteral("reserve.initial"));
    QCOMPARE(reserve->value(), 45e9);
}

void TestScenarioEditor::editingSpinBox_changesDocumentAndResults()
{
    const double before = lastReserve(*m_doc);
    auto* rate = editor<QDoubleSpinBox>(QStringLiteral("labour.job_finding_rate"));
    rate->setValue(40.0);
    emit rate->editingFinished();
    QCOMPARE(std::get<core::Series>(m_doc->value(QStringLiteral("labour.job_finding_rate"))).at(0), 0.4);
    QVERIFY(!m_doc->isResultStale());
    QVERIFY(lastReserve(*m_doc) != before);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestScenarioEditor::typedValue_commitsOnEnter()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    auto* rate = editor<QDoubleSpinBox>(QStringLiteral("eligibility.take_up"));
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("70"));
    // A keystroke commits nothing (keyboard tracking is off): a pause in the typing will ...
    QCOMPARE(std::get<core::Series>(m_doc->value(QStringLiteral("eligibility.take_up"))).at(0), 0.85);
    QVERIFY(ui::TypingPause::of(rate)->isPending());
    QTest::keyClick(rate, Qt::Key_Return);
    // ... and Enter does at once, as one step.
    QVERIFY(!ui::TypingPause::of(rate)->isPending());
    QCOMPARE(std::get<core::Series>(m_doc->value(QStringLiteral("eligibility.take_up"))).at(0), 0.7);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestScenarioEditor::outOfRange_showsMessageAtField_andResultsGoStale()
{
    const QString key = QStringLiteral("labour.job_finding_rate");
    auto* rate = editor<QDoubleSpinBox>(key);
    QLabel* problem = problemLabel(key);
    QVERIFY(problem->isHidden());
    const double before = lastReserve(*m_doc);

    rate->setValue(300.0); // 300 %: the spin box accepts it, the document rejects it
    QCOMPARE(std::get<core::Series>(m_doc->value(key)).at(0), 3.0);
    QVERIFY(!m_doc->problemFor(key).isEmpty());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("300 %")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("100 %")), qPrintable(problem->text()));
    QCOMPARE(problem->toolTip().contains(m_doc->problemFor(key).toHtmlEscaped()), true);
    QCOMPARE(rate->property("problem").toString(), QStringLiteral("error"));
    QCOMPARE(m_editor->field(key)->property("problem").toString(), QStringLiteral("error"));
    // The last valid results stay, marked stale; the editor says so.
    QVERIFY(m_doc->isResultStale());
    QCOMPARE(lastReserve(*m_doc), before);
    auto* banner = m_editor->findChild<QWidget*>(QStringLiteral("scenarioEditor.banner"));
    QVERIFY(banner->isVisible());
    QVERIFY(m_editor->findChild<QWidget*>(QStringLiteral("section.Labour market"))
                ->findChild<QToolButton*>(QStringLiteral("sectionHeader"))
                ->text()
                .contains(QStringLiteral("1 error")));

    rate->setValue(30.0);
    QVERIFY(problem->isHidden());
    QCOMPARE(rate->property("problem").toString(), QString());
    QVERIFY(!m_doc->isResultStale());
    QVERIFY(banner->isHidden());
}

void TestScenarioEditor::undo_restoresDisplayedValue()
{
    auto* rate = editor<QDoubleSpinBox>(QStringLiteral("labour.job_finding_rate"));
    rate->setValue(20.0);
    QCOMPARE(std::get<core::Series>(m_doc->value(QStringLiteral("labour.job_finding_rate"))).at(0), 0.2);
    m_doc->undoStack()->undo();
    QCOMPARE(rate->value(), 35.0);
    m_doc->undoStack()->redo();
    QCOMPARE(rate->value(), 20.0);
    // Undo of an invalid value also clears its problem line. (Consecutive edits of one key
    // merge into one step, so the undo goes back to before the 20 %.)
    rate->setValue(500.0);
    QVERIFY(problemLabel(QStringLiteral("labour.job_finding_rate"))->isVisible());
    m_doc->undoStack()->undo();
    QCOMPARE(rate->value(), 35.0);
    QVERIFY(problemLabel(QStringLiteral("labour.job_finding_rate"))->isHidden());
}

void TestScenarioEditor::spinBoxDrag_isOneUndoStep()
{
    auto* rate = editor<QDoubleSpinBox>(QStringLiteral("labour.job_finding_rate"));
    for (double v : {36.0, 37.0, 38.0, 39.0, 40.0})
        rate->setValue(v);
    rate->stepBy(2);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(std::get<core::Series>(m_doc->value(QStringLiteral("labour.job_finding_rate"))).at(0), 0.42);
    m_doc->undoStack()->undo();
    QCOMPARE(std::get<core::Series>(m_doc->value(QStringLiteral("labour.job_finding_rate"))).at(0), 0.35);
    QCOMPARE(rate->value(), 35.0);
}

void TestScenarioEditor::refreshes_neverPushCommands()
{
    // Loading, undoing and redoing refresh the fields with signals blocked: no new commands.
    auto* rate = editor<QDoubleSpinBox>(QStringLiteral("labour.job_finding_rate"));
    rate->setValue(45.0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->redo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->index(), 0);
    m_doc->reset(core::loadScenario("builtin:default"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestScenarioEditor::enum_showsHumanWords_andSetsWord()
{
    auto* rule = editor<QComboBox>(QStringLiteral("financing.rule"));
    QCOMPARE(rule->count(), 2);
    QVERIFY(!rule->currentText().contains(QLatin1Char('_')));
    auto* claimants = editor<QComboBox>(QStringLiteral("projection.initial_claimants"));
    QCOMPARE(claimants->currentText(), QStringLiteral("Existing scheme (steady state)"));
    const int band = rule->findData(QStringLiteral("reserve_band"));
    QVERIFY(band >= 0);
    rule->setCurrentIndex(band);
    emit rule->activated(band);
    QCOMPARE(std::get<std::string>(m_doc->value(QStringLiteral("financing.rule"))),
             std::string("reserve_band"));
    m_doc->undoStack()->undo();
    QCOMPARE(rule->currentData().toString(), QStringLiteral("fixed"));
}

void TestScenarioEditor::integer_editsThroughSpinBox()
{
    // A series since model v2: a constant is edited in its number box.
    auto* days = editor<QDoubleSpinBox>(QStringLiteral("benefits.waiting_days"));
    QVERIFY(days);
    QCOMPARE(days->value(), 7.0);
    days->setValue(120); // out of range 0..90, accepted and shown as a problem
    QCOMPARE(std::get<core::Series>(m_doc->value(QStringLiteral("benefits.waiting_days"))).at(0), 120.0);
    QVERIFY(problemLabel(QStringLiteral("benefits.waiting_days"))->isVisible());
    QVERIFY(
        problemLabel(QStringLiteral("benefits.waiting_days"))->text().contains(QStringLiteral("120 days")));
    m_doc->undoStack()->undo();
    QCOMPARE(days->value(), 7.0);

    auto* seed = editor<QLineEdit>(QStringLiteral("stochastic.seed"));
    QCOMPARE(seed->text(), QStringLiteral("1"));
    seed->setText(QStringLiteral("18446744073709551615"));
    emit seed->editingFinished();
    QCOMPARE(std::get<std::uint64_t>(m_doc->value(QStringLiteral("stochastic.seed"))),
             18446744073709551615ULL);
}

void TestScenarioEditor::constantSeries_editsInline()
{
    const QString key = QStringLiteral("contributions.employee_rate");
    auto* rate = editor<ui::NumberSpinBox>(key);
    QVERIFY(rate->isVisible());
    QCOMPARE(rate->text(), QStringLiteral("1 %"));
    rate->setValue(1.5);
    QCOMPARE(std::get<core::Series>(m_doc->value(key)), core::Series(0.015));
    // A series that changes over time shows its steps instead of the inline box.
    auto* compliance = editor<ui::NumberSpinBox>(QStringLiteral("coverage.compliance"));
    QVERIFY(compliance->isHidden());
    auto* summary = m_editor->findChild<QLabel*>(QStringLiteral("coverage.compliance.summary"));
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->text().replace(QChar(0x00a0), QLatin1Char(' ')),
             QStringLiteral("75 % from 2026 … 80 % from 2031 (6 steps)"));
    QVERIFY2(summary->toolTip().contains(QStringLiteral("75 % from 2026; 76 % from 2027; 77 % from 2028")),
             qPrintable(summary->toolTip()));
    // Up to three steps are written out.
    auto* inflation = m_editor->findChild<QLabel*>(QStringLiteral("economy.inflation.summary"));
    QCOMPARE(inflation->text().replace(QChar(0x00a0), QLatin1Char(' ')),
             QStringLiteral("3.5 % from 2026; 3 % from 2031"));
}

void TestScenarioEditor::seriesByYear_stepsBecomeSeries_andUndo()
{
    const QString key = QStringLiteral("contributions.employer_rate");
    ui::ParameterField* field = m_editor->field(key);
    auto* byYear = m_editor->findChild<QToolButton*>(key + QStringLiteral(".byYear"));
    byYear->click();
    QVERIFY(field->isByYearVisible());
    ui::SeriesEditor* series = field->seriesEditor();
    QVERIFY(series);
    QCOMPARE(series->steps().size(), std::size_t(1));
    series->addStep(); // no change until the planner edits it
    QCOMPARE(m_doc->undoStack()->count(), 0);
    series->setStep(1, 2030, 0.015);
    QCOMPARE(std::get<core::Series>(m_doc->value(key)), (core::Series{0.01, 0.01, 0.01, 0.01, 0.015}));
    QVERIFY(editor<QWidget>(key)->isHidden());
    QVERIFY(m_editor->findChild<QLabel*>(key + QStringLiteral(".summary"))
                ->text()
                .replace(QChar(0x00a0), QLatin1Char(' '))
                .contains(QStringLiteral("1.5 % from 2030")));
    // The table's widgets edit the document too.
    auto* value = series->findChild<QDoubleSpinBox*>(QStringLiteral("stepValue1"));
    QVERIFY(value);
    value->setValue(2.0);
    QCOMPARE(std::get<core::Series>(m_doc->value(key)), (core::Series{0.01, 0.01, 0.01, 0.01, 0.02}));
    m_doc->undoStack()->undo();
    QCOMPARE(std::get<core::Series>(m_doc->value(key)), core::Series(0.01));
    QCOMPARE(series->steps().size(), std::size_t(1));
    QVERIFY(editor<QWidget>(key)->isVisible());
    // A value out of range in one year is marked in the table and at the field.
    series->addStep();
    series->setStep(1, 2028, 0.9);
    QVERIFY(problemLabel(key)->isVisible());
    QVERIFY2(problemLabel(key)->text().contains(QStringLiteral("90 % in 2028")),
             qPrintable(problemLabel(key)->text()));
    QCOMPARE(series->findChild<QDoubleSpinBox*>(QStringLiteral("stepValue1"))->property("problem").toString(),
             QStringLiteral("error"));
}

void TestScenarioEditor::replacementRates_listEditsAndUndoes()
{
    const QString key = QStringLiteral("benefits.replacement_rates");
    auto* list = editor<ui::ListEditor>(key);
    list->addRow();
    QCOMPARE(std::get<std::vector<double>>(m_doc->value(key)), (std::vector<double>{0.6, 0.6}));
    list->setRowValue(1, 0.5);
    QCOMPARE(std::get<std::vector<double>>(m_doc->value(key)), (std::vector<double>{0.6, 0.5}));
    auto* second = list->findChild<QDoubleSpinBox*>(QStringLiteral("item1"));
    second->setValue(45.0);
    QCOMPARE(std::get<std::vector<double>>(m_doc->value(key)), (std::vector<double>{0.6, 0.45}));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(std::get<std::vector<double>>(m_doc->value(key)), (std::vector<double>{0.6}));
    QCOMPARE(list->values(), (std::vector<double>{0.6}));
}

void TestScenarioEditor::durationClasses_editBothKeys_undoInOneStep()
{
    auto* classes = editor<ui::DurationClassEditor>(QStringLiteral("benefits.duration_months"));
    QVERIFY(m_editor->findChild<QWidget*>(QStringLiteral("benefits.duration_shares")));
    QCOMPARE(classes->rowCount(), 4);
    classes->addClass();
    QCOMPARE(std::get<std::vector<int>>(m_doc->value(QStringLiteral("benefits.duration_months"))),
             (std::vector<int>{3, 6, 9, 12, 15}));
    QCOMPARE(std::get<std::vector<double>>(m_doc->value(QStringLiteral("benefits.duration_shares"))),
             (std::vector<double>{0.4, 0.3, 0.2, 0.1, 0.0}));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    classes->removeClass(0);
    QCOMPARE(std::get<std::vector<int>>(m_doc->value(QStringLiteral("benefits.duration_months"))),
             (std::vector<int>{6, 9, 12, 15}));
    // The shares no longer add up: an error at the shares, results stale.
    QVERIFY(problemLabel(QStringLiteral("benefits.duration_shares"))->isVisible());
    QVERIFY(m_doc->isResultStale());
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(classes->rowCount(), 5);
    m_doc->undoStack()->undo();
    QCOMPARE(std::get<std::vector<int>>(m_doc->value(QStringLiteral("benefits.duration_months"))),
             (std::vector<int>{3, 6, 9, 12}));
    QCOMPARE(std::get<std::vector<double>>(m_doc->value(QStringLiteral("benefits.duration_shares"))),
             (std::vector<double>{0.4, 0.3, 0.2, 0.1}));
    QCOMPARE(classes->rowCount(), 4);
    QVERIFY(problemLabel(QStringLiteral("benefits.duration_shares"))->isHidden());
}

void TestScenarioEditor::durationShares_singleEdit_mergesAsOneKey()
{
    auto* classes = editor<ui::DurationClassEditor>(QStringLiteral("benefits.duration_months"));
    auto* share = qobject_cast<QDoubleSpinBox*>(classes->shareEditor(0));
    share->setValue(41.0);
    share->setValue(42.0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(std::get<std::vector<double>>(m_doc->value(QStringLiteral("benefits.duration_shares"))),
             (std::vector<double>{0.42, 0.3, 0.2, 0.1}));
    auto* total = classes->findChild<QLabel*>(QStringLiteral("total"));
    QVERIFY2(total->text().contains(QStringLiteral("102 %")), qPrintable(total->text()));
    auto* months = qobject_cast<QSpinBox*>(classes->monthsEditor(3));
    months->setValue(18);
    QCOMPARE(std::get<std::vector<int>>(m_doc->value(QStringLiteral("benefits.duration_months"))),
             (std::vector<int>{3, 6, 9, 18}));
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestScenarioEditor::reset_refreshesEveryField()
{
    core::Scenario other = core::Scenario::withDefaults();
    other.labour.force = 1234567;
    other.wages.average_monthly = 4321;
    other.meta.currency = "THB";
    other.sources["labour.force"] = "census 2020";
    m_doc->reset(other);
    for (const core::ParameterInfo& p : core::parameters()) {
        const QString key = qkey(p);
        const core::ParamValue v = m_doc->value(key);
        QWidget* w = m_editor->findChild<QWidget*>(key);
        switch (p.kind) {
        case core::Kind::Real:
            QVERIFY2(static_cast<ui::NumberSpinBox*>(w)->shows(std::get<double>(v)), qPrintable(key));
            break;
        case core::Kind::Series:
            QVERIFY2(static_cast<ui::NumberSpinBox*>(w)->shows(std::get<core::Series>(v).values.front()),
                     qPrintable(key));
            break;
        case core::Kind::Integer:
            QCOMPARE(static_cast<QSpinBox*>(w)->value(), std::get<std::int64_t>(v));
            break;
        case core::Kind::Enum:
            QCOMPARE(static_cast<QComboBox*>(w)->currentData().toString(),
                     QString::fromStdString(std::get<std::string>(v)));
            break;
        case core::Kind::RealList:
            if (p.key == "benefits.duration_shares") // edited with the durations
                QCOMPARE(
                    m_editor->findChild<ui::DurationClassEditor*>(QStringLiteral("benefits.duration_months"))
                        ->shares(),
                    std::get<std::vector<double>>(v));
            else
                QCOMPARE(static_cast<ui::ListEditor*>(w)->values(), std::get<std::vector<double>>(v));
            break;
        case core::Kind::IntegerList:
            QCOMPARE(static_cast<ui::DurationClassEditor*>(w)->months(), std::get<std::vector<int>>(v));
            break;
        case core::Kind::Seed:
            QCOMPARE(static_cast<QLineEdit*>(w)->text(), QString::number(std::get<std::uint64_t>(v)));
            break;
        }
        QCOMPARE(m_editor->findChild<QLineEdit*>(key + QStringLiteral(".source"))->text(),
                 m_doc->source(key));
    }
    QCOMPARE(editor<QDoubleSpinBox>(QStringLiteral("labour.force"))->value(), 1234567.0);
    QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("wages.average_monthly.unit"))
                ->text()
                .contains(QStringLiteral("THB")));
    QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("scenario.currency"))->text(),
             QStringLiteral("THB"));
    // Series that were stepped are constants again.
    QVERIFY(editor<QWidget>(QStringLiteral("coverage.compliance"))->isVisible());
    QVERIFY(m_editor->findChild<QWidget*>(QStringLiteral("coverage.compliance.summary"))->isHidden());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestScenarioEditor::sourceNote_goesToDocument_andUndoes()
{
    const QString key = QStringLiteral("labour.job_finding_rate");
    auto* source = m_editor->findChild<QLineEdit*>(key + QStringLiteral(".source"));
    const QString before = source->text();
    source->setText(QStringLiteral("Labour force survey 2024, table 7"));
    emit source->editingFinished();
    QCOMPARE(m_doc->source(key), QStringLiteral("Labour force survey 2024, table 7"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->source(key), before);
    QCOMPARE(source->text(), before);
    // The duration classes have a note for each of their two keys.
    auto* shares = m_editor->findChild<QLineEdit*>(QStringLiteral("benefits.duration_shares.source"));
    shares->setText(QStringLiteral("claims register 2023"));
    emit shares->editingFinished();
    QCOMPARE(m_doc->source(QStringLiteral("benefits.duration_shares")),
             QStringLiteral("claims register 2023"));
}

void TestScenarioEditor::metadata_editsAndCurrencyShowsInUnits()
{
    auto* currency = m_editor->findChild<QLineEdit*>(QStringLiteral("scenario.currency"));
    QCOMPARE(currency->text(), QStringLiteral("LCU"));
    currency->setText(QStringLiteral("VND"));
    emit currency->editingFinished();
    QCOMPARE(m_doc->currency(), QStringLiteral("VND"));
    auto* unit = m_editor->findChild<QLabel*>(QStringLiteral("benefits.maximum.unit"));
    QVERIFY2(unit->text().contains(QStringLiteral("VND")), qPrintable(unit->text()));
    QVERIFY(m_editor->findChild<QWidget*>(QStringLiteral("benefits.maximum"))
                ->toolTip()
                .contains(QStringLiteral("VND")));
    m_doc->undoStack()->undo();
    QVERIFY(unit->text().contains(QStringLiteral("LCU")));
    QCOMPARE(currency->text(), QStringLiteral("LCU"));

    // An empty code is a warning at the currency field.
    currency->setText(QString());
    emit currency->editingFinished();
    QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("scenario.currency.error"))->isVisible());

    auto* title = m_editor->findChild<QLineEdit*>(QStringLiteral("scenario.title"));
    title->setText(QStringLiteral("Reform 2027"));
    emit title->editingFinished();
    QCOMPARE(m_doc->metadata(ScenarioDocument::MetadataField::Title), QStringLiteral("Reform 2027"));
}

void TestScenarioEditor::focusParameter_scrollsAndFocuses_currentKeyFollows()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    QSignalSpy current(m_editor.get(), &ScenarioEditor::currentParameterChanged);
    auto* scroll = m_editor->findChild<QScrollArea*>(QStringLiteral("scenarioEditor.scroll"));
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
    // A folded section opens.
    ui::CollapsibleSection* section = m_editor->section(core::Group::Stochastic);
    section->setExpanded(false);
    m_editor->focusParameter(QStringLiteral("stochastic.return_volatility"));
    QVERIFY(section->isExpanded());
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
    QWidget* editorWidget = editor<QWidget>(QStringLiteral("stochastic.return_volatility"));
    QCOMPARE(QApplication::focusWidget(), editorWidget);
    QCOMPARE(m_editor->currentParameterKey(), QStringLiteral("stochastic.return_volatility"));
    QCOMPARE(current.last().at(0).toString(), QStringLiteral("stochastic.return_volatility"));
    const QRect visible(QPoint(0, 0), scroll->viewport()->size());
    const QPoint at = editorWidget->mapTo(scroll->viewport(), QPoint(0, 0));
    QVERIFY(visible.contains(at));

    // A series that changes over time opens its table at the first year out of range.
    QVector<double> values{0.5, 0.51, 7.0};
    m_doc->setValue(QStringLiteral("coverage.wage_employee_share"),
                    core::Series(std::vector<double>(values.begin(), values.end())));
    m_editor->focusParameter(QStringLiteral("coverage.wage_employee_share"));
    QVERIFY(m_editor->field(QStringLiteral("coverage.wage_employee_share"))->isByYearVisible());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("stepValue2"));
    QCOMPARE(m_editor->currentParameterKey(), QStringLiteral("coverage.wage_employee_share"));

    m_editor->focusParameter(QStringLiteral("benefits.duration_shares"));
    QCOMPARE(m_editor->currentParameterKey(), QStringLiteral("benefits.duration_shares"));
    m_editor->focusParameter(QStringLiteral("benefits.duration_months"));
    QCOMPARE(m_editor->currentParameterKey(), QStringLiteral("benefits.duration_months"));
    m_editor->focusParameter(QStringLiteral("currency"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("scenario.currency"));

    // "Go to error" in the banner visits the errors.
    auto* next = m_editor->findChild<QPushButton*>(QStringLiteral("scenarioEditor.nextError"));
    QVERIFY(next->isVisible());
    next->click();
    QCOMPARE(m_editor->currentParameterKey(), QStringLiteral("coverage.wage_employee_share"));
}

void TestScenarioEditor::filter_showsMatchingParametersOnly()
{
    m_editor->setFilterText(QStringLiteral("wage"));
    QVERIFY(m_editor->field(QStringLiteral("wages.average_monthly"))->isVisible());
    QVERIFY(m_editor->field(QStringLiteral("contributions.wage_ceiling"))->isVisible());
    QVERIFY(m_editor->field(QStringLiteral("labour.job_finding_rate"))->isHidden());
    QVERIFY(m_editor->section(core::Group::Stochastic)->isHidden());
    // By key too.
    m_editor->setFilterText(QStringLiteral("stochastic.seed"));
    QVERIFY(m_editor->field(QStringLiteral("stochastic.seed"))->isVisible());
    QVERIFY(m_editor->field(QStringLiteral("stochastic.paths"))->isHidden());
    m_editor->setFilterText(QStringLiteral("zzzz"));
    QVERIFY(m_editor->findChild<QWidget*>(QStringLiteral("scenarioEditor.noMatch"))->isVisible());
    m_editor->setFilterText(QString());
    // Every field is back, shown unless its section is folded (the package's parts that are
    // off are folded on load, model-spec v5).
    for (const core::ParameterInfo& p : core::parameters())
        QVERIFY2(m_editor->field(qkey(p))->isVisible() ||
                     (!m_editor->field(qkey(p))->isHidden() && !m_editor->section(p.group)->isExpanded()),
                 p.key.data());
}

void TestScenarioEditor::tooltip_givesHelpRangeInPercentAndKey()
{
    const QString tip = editor<QWidget>(QStringLiteral("labour.job_finding_rate"))->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("Monthly probability")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("more than 0 %, up to 100 %")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("25 %")), qPrintable(tip)); // the default
    QVERIFY2(tip.contains(QStringLiteral("labour.job_finding_rate")), qPrintable(tip));
    const QString label =
        m_editor->findChild<QLabel*>(QStringLiteral("labour.job_finding_rate.label"))->toolTip();
    QCOMPARE(label, tip);
    const QString money = editor<QWidget>(QStringLiteral("wages.average_monthly"))->toolTip();
    QVERIFY2(money.contains(QStringLiteral("more than 0 LCU")), qPrintable(money));
}

QTEST_MAIN(TestScenarioEditor)
namespace {

double takeUp(const ScenarioDocument& d)
{
    return std::get<core::Series>(d.value(QStringLiteral("eligibility.take_up"))).at(0);
}

} // namespace

// Ctrl+Z in the field just edited undoes the document's last step, after committing what the
// field holds (QLineEdit would otherwise undo its own text and leave the document alone);
// Ctrl+Shift+Z redoes.
void TestScenarioEditor::keyboardUndo_inAField_commitsItThenUndoesTheDocument()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    auto* rate = editor<QDoubleSpinBox>(QStringLiteral("eligibility.take_up"));
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("70"));
    QTest::keyClick(rate, Qt::Key_Return);
    QCOMPARE(takeUp(*m_doc), 0.7);
    QCOMPARE(m_doc->undoStack()->count(), 1);

    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("60"));
    QTest::keyClick(rate, Qt::Key_Z, Qt::ControlModifier);
    // The 60 % was committed as a step of its own and undone: the field and the document are
    // back at 70 %, and the 60 % can be redone.
    QCOMPARE(takeUp(*m_doc), 0.7);
    QCOMPARE(rate->value(), 70.0);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->undoStack()->index(), 1);
    QCOMPARE(QApplication::focusWidget(), rate);

    QTest::keyClick(rate, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(takeUp(*m_doc), 0.85);
    QCOMPARE(rate->value(), 85.0);
    QVERIFY(!m_doc->isModified());

    QTest::keyClick(rate, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(takeUp(*m_doc), 0.7);
    QCOMPARE(rate->value(), 70.0);

    // A source note is committed the same way before the undo.
    auto* note = m_editor->findChild<QLineEdit*>(QStringLiteral("eligibility.take_up.source"));
    const QString before = m_doc->source(QStringLiteral("eligibility.take_up"));
    note->setFocus();
    note->selectAll();
    QTest::keyClicks(note, QStringLiteral("Survey 2024"));
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->source(QStringLiteral("eligibility.take_up")), before);
    QCOMPARE(note->text(), before);
    QVERIFY(m_doc->undoStack()->redoText().contains(QStringLiteral("source")));
    QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_doc->source(QStringLiteral("eligibility.take_up")), QStringLiteral("Survey 2024"));
}

// Typing recomputes after a short pause, not on every key and not only on Enter; a run of
// typing in one field is one undo step. The pause is a real timer: the test waits until it has
// fired (QTRY_), it does not measure how long that took.
void TestScenarioEditor::typing_recomputesAfterAPause_asOneUndoStep()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    auto* rate = editor<ui::NumberSpinBox>(QStringLiteral("eligibility.take_up"));
    ui::TypingPause* pause = ui::TypingPause::of(rate);
    QVERIFY(pause);
    QCOMPARE(pause->timer()->interval(), ui::TypingPause::kPauseMs);
    QVERIFY(pause->timer()->isSingleShot());
    rate->setFocus();
    rate->selectAll();
    QSignalSpy changed(m_doc.get(), &ScenarioDocument::scenarioChanged);
    QSignalSpy results(m_doc.get(), &ScenarioDocument::resultsChanged);

    QTest::keyClicks(rate, QStringLiteral("7"));
    QVERIFY(pause->isPending());
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 1);  // the pause ended: 7 % is in the document
    QCOMPARE(takeUp(*m_doc), 0.07);
    QVERIFY(results.count() >= 1);
    QCOMPARE(rate->text(), QStringLiteral("7 %"));

    // The cursor stayed after the digits, so typing on makes 75 %.
    QTest::keyClicks(rate, QStringLiteral("5"));
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(takeUp(*m_doc), 0.75);
    QCOMPARE(rate->text(), QStringLiteral("75 %"));
    QCOMPARE(m_doc->undoStack()->count(), 1);  // one run of typing: one step

    // Leaving the field ends the run: the next typing is a step of its own.
    QTest::keyClick(rate, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != rate);
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("80"));
    QTRY_COMPARE(changed.count(), 3);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(takeUp(*m_doc), 0.75);
    m_doc->undoStack()->undo();
    QCOMPARE(takeUp(*m_doc), 0.85);
    QVERIFY(!m_doc->isModified());
}

// An unfinished number ("0.", "" or "-") is not committed at the pause: shown back as the box
// would show it ("0 %") it would move the cursor under the planner's fingers.
void TestScenarioEditor::typing_unfinishedNumber_waitsForTheNextKey()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    auto* rate = editor<ui::NumberSpinBox>(QStringLiteral("eligibility.take_up"));
    ui::TypingPause* pause = ui::TypingPause::of(rate);
    rate->setFocus();
    rate->selectAll();
    QSignalSpy changed(m_doc.get(), &ScenarioDocument::scenarioChanged);
    QTest::keyClicks(rate, QStringLiteral("0."));
    QVERIFY(pause->isPending());
    QTRY_VERIFY(!pause->isPending());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(takeUp(*m_doc), 0.85);
    QTest::keyClicks(rate, QStringLiteral("5"));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(takeUp(*m_doc), 0.005);
    QCOMPARE(rate->text(), QStringLiteral("0.5 %"));
}

// Tab visits the value fields of a section first (in reading order: a value, its source note,
// the next value), then the section's buttons ("By year…", "Add a month", "Remove"), then its
// header, which shows its focus.
void TestScenarioEditor::tabOrder_valuesFirst_thenButtons_thenHeader()
{
    const QList<QWidget*> order = m_editor->tabOrder();
    QCOMPARE(order.at(0), m_editor->findChild<QWidget*>(QStringLiteral("scenarioEditor.filter")));
    QStringList scenarioStops;
    for (int i = 1; i <= 5; ++i)
        scenarioStops << order.at(i)->objectName();
    QCOMPARE(scenarioStops, (QStringList{QStringLiteral("scenario.title"), QStringLiteral("scenario.description"),
                                         QStringLiteral("scenario.author"), QStringLiteral("scenario.country"),
                                         QStringLiteral("scenario.currency")}));

    for (const core::Group group : {core::Group::Coverage, core::Group::Benefits, core::Group::Labour}) {
        ui::CollapsibleSection* section = m_editor->section(group);
        QList<QWidget*> stops;
        for (QWidget* w : order)
            if (section->isAncestorOf(w))
                stops << w;
        QVERIFY(stops.size() > 2);
        QCOMPARE(stops.last(), section->header());
        const qsizetype firstButton = std::find_if(stops.begin(), stops.end(), [](QWidget* w) {
                                          return qobject_cast<QAbstractButton*>(w) != nullptr;
                                      }) - stops.begin();
        for (qsizetype i = 0; i < stops.size(); ++i)
            QVERIFY2((qobject_cast<QAbstractButton*>(stops[i]) != nullptr) == (i >= firstButton),
                     qPrintable(section->title() + QStringLiteral(": stop %1 is %2").arg(i).arg(stops[i]->objectName())));
    }
    // The first replacement rate comes before "Add a month", a value before its source note.
    ui::ParameterField* rates = m_editor->field(QStringLiteral("benefits.replacement_rates"));
    QWidget* firstRate = rates->findChild<QWidget*>(QStringLiteral("item0"));
    QWidget* addMonth = rates->findChild<QWidget*>(QStringLiteral("addRow"));
    QVERIFY(firstRate && addMonth);
    QVERIFY(order.indexOf(firstRate) >= 0 && order.indexOf(firstRate) < order.indexOf(addMonth));
    QWidget* coverage = editor<QWidget>(QStringLiteral("coverage.legal_coverage"));
    QWidget* coverageNote = m_editor->findChild<QWidget*>(QStringLiteral("coverage.legal_coverage.source"));
    QCOMPARE(order.indexOf(coverageNote), order.indexOf(coverage) + 1);

    // The keyboard walks that order, both ways, and on from a section's last value.
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    order.at(0)->setFocus();
    for (int i = 1; i <= 7; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), order.at(i));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), order.at(6));
    const qsizetype beforeHeader = order.indexOf(m_editor->section(core::Group::Coverage)->header()) - 1;
    order.at(beforeHeader)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QToolButton* header = m_editor->section(core::Group::Coverage)->header();
    QCOMPARE(QApplication::focusWidget(), header);
    QVERIFY(!header->autoRaise());  // raised, so its focus shows
    QTest::keyClick(header, Qt::Key_Tab);
    QVERIFY(header->autoRaise());
}

// model-spec v5: the package's three sections under their heading, after the scheme's design
// (the financing rule) and before the labour market.
void TestScenarioEditor::package_sectionsTogether_afterTheFinancingRule()
{
    QStringList order;
    for (QWidget* s : m_editor->findChildren<QWidget*>(QRegularExpression(QStringLiteral("^section\\."))))
        order << s->objectName().mid(8);
    const qsizetype financing = order.indexOf(QStringLiteral("Financing rule"));
    QVERIFY(financing > 0);
    QCOMPARE(order.mid(financing, 5), (QStringList{QStringLiteral("Financing rule"), QStringLiteral("Severance pay"),
                                                   QStringLiteral("Savings accounts"),
                                                   QStringLiteral("Unemployment assistance"),
                                                   QStringLiteral("Labour market")}));
    QWidget* heading = m_editor->packageHeading();
    QVERIFY(heading && heading->isVisible());
    const auto top = [this](QWidget* w) { return w->mapTo(m_editor.get(), QPoint(0, 0)).y(); };
    QVERIFY(top(m_editor->section(core::Group::Financing)) < top(heading));
    QVERIFY(top(heading) < top(m_editor->section(core::Group::Severance)));
    // The Tab order walks the sections as they stand.
    const QList<QWidget*> tabs = m_editor->tabOrder();
    QVERIFY(tabs.indexOf(m_editor->section(core::Group::Financing)->header()) <
            tabs.indexOf(m_editor->section(core::Group::Severance)->header()));
    QVERIFY(tabs.indexOf(m_editor->section(core::Group::Assistance)->header()) <
            tabs.indexOf(m_editor->section(core::Group::Labour)->header()));
    // A filter that matches none of the package hides the heading with its sections.
    m_editor->setFilterText(QStringLiteral("job-finding"));
    QVERIFY(heading->isHidden());
    m_editor->setFilterText(QStringLiteral("severance"));
    QVERIFY(!heading->isHidden());
    m_editor->setFilterText(QString());
}

// A field that does not apply (its part is off, or the formula chosen does not use it) is
// greyed, still shown, and its tooltip names the switch; the switch itself stays enabled.
void TestScenarioEditor::package_fieldsOff_greyedWithTheSwitchNamed_data()
{
    QTest::addColumn<QStringList>("sets");  // KEY=WORD, applied in order
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QStringList>("disabled");
    QTest::addColumn<QString>("switchLabel");  // the label named by the first disabled field
    QTest::newRow("every part off")
        << QStringList{}
        << QStringList{"severance.formula", "savings.accounts", "assistance.benefit"}
        << QStringList{"severance.months_per_year", "savings.employee_rate", "assistance.amount"} << "Severance formula";
    QTest::newRow("per_year")
        << QStringList{"severance.formula=per_year"}
        << QStringList{"severance.months_per_year", "severance.maximum_months", "severance.tenure_mean",
                       "severance.coverage"}
        << QStringList{"severance.step_tenure", "severance.step_months", "severance.tenure_bands",
                       "severance.tenure_shares", "severance.offset_since"}
        << "Severance formula";
    QTest::newRow("steps, table of service")
        << QStringList{"severance.formula=steps", "severance.tenure_distribution=table"}
        << QStringList{"severance.step_tenure", "severance.tenure_bands", "severance.tenure_shares"}
        << QStringList{"severance.months_per_year", "severance.minimum_months", "severance.tenure_mean"}
        << "Severance formula";
    QTest::newRow("offset on")
        << QStringList{"severance.formula=per_year", "severance.offset=insured_years"}
        << QStringList{"severance.offset_since"} << QStringList{"severance.step_tenure"} << "Severance formula";
    QTest::newRow("flat assistance")
        << QStringList{"assistance.benefit=flat"}
        << QStringList{"assistance.amount", "assistance.take_up"}
        << QStringList{"assistance.poverty_line", "assistance.poverty_line_share"} << "Assistance benefit";
    QTest::newRow("poverty-line assistance")
        << QStringList{"assistance.benefit=poverty_line_share"}
        << QStringList{"assistance.poverty_line", "assistance.poverty_line_share"}
        << QStringList{"assistance.amount"} << "Assistance benefit";
    QTest::newRow("savings accounts")
        << QStringList{"savings.accounts=individual"}
        << QStringList{"savings.employee_rate", "savings.replacement_rates", "savings.solidarity_initial"}
        << QStringList{"severance.months_per_year"} << "Severance formula";
}

void TestScenarioEditor::package_fieldsOff_greyedWithTheSwitchNamed()
{
    QFETCH(QStringList, sets);
    QFETCH(QStringList, enabled);
    QFETCH(QStringList, disabled);
    QFETCH(QString, switchLabel);
    for (const QString& set : sets)
        QVERIFY(m_doc->setValue(set.section(QLatin1Char('='), 0, 0),
                                core::ParamValue(set.section(QLatin1Char('='), 1).toStdString())));
    for (const QString& key : enabled) {
        ui::ParameterField* f = m_editor->field(key);
        QVERIFY2(f && f->isEnabled() && f->inactiveReason().isEmpty(), qPrintable(key));
    }
    for (const QString& key : disabled) {
        ui::ParameterField* f = m_editor->field(key);
        QVERIFY2(f && !f->isEnabled(), qPrintable(key));
        QVERIFY2(!f->isHidden(), qPrintable(key));
        // The reason is on the field and at the top of its label's tooltip.
        QVERIFY2(!f->inactiveReason().isEmpty() && f->toolTip().contains(f->inactiveReason().toHtmlEscaped()),
                 qPrintable(key));
        auto* label = f->findChildren<QLabel*>().value(0);
        QVERIFY2(label && label->toolTip().startsWith(f->toolTip()), qPrintable(key));
    }
    const QString reason = m_editor->field(disabled.first())->inactiveReason();
    QVERIFY2(reason.contains(switchLabel, Qt::CaseInsensitive), qPrintable(reason));
    // Switched back off, every field of the part is greyed again; undo brings the rule back.
    if (!sets.isEmpty()) {
        const QString key = sets.first().section(QLatin1Char('='), 0, 0);
        m_doc->endMerge();  // a separate undo step from the edits above
        QVERIFY(m_doc->setValue(key, core::ParamValue(std::string("none"))));
        QVERIFY(!m_editor->field(enabled.first())->isEnabled());
        m_doc->undoStack()->undo();
        QVERIFY(m_editor->field(enabled.first())->isEnabled());
    }
}

// On load, a part that is off is folded and a part that is on is open.
void TestScenarioEditor::package_partsOff_foldedOnLoad()
{
    QVERIFY(!m_editor->section(core::Group::Severance)->isExpanded());
    QVERIFY(!m_editor->section(core::Group::Savings)->isExpanded());
    QVERIFY(!m_editor->section(core::Group::Assistance)->isExpanded());
    core::Scenario s = core::loadScenario("builtin:default");
    s.severance.formula = core::SeveranceFormula::PerYear;
    m_doc->reset(s);
    QVERIFY(m_editor->section(core::Group::Severance)->isExpanded());
    QVERIFY(!m_editor->section(core::Group::Savings)->isExpanded());
    QVERIFY(m_editor->field(QStringLiteral("severance.months_per_year"))->isEnabled());
    // Turning a part on in the editor leaves the sections as the planner has them.
    QVERIFY(m_doc->setValue(QStringLiteral("savings.accounts"), core::ParamValue(std::string("individual"))));
    QVERIFY(!m_editor->section(core::Group::Savings)->isExpanded());
    QVERIFY(m_editor->field(QStringLiteral("savings.employee_rate"))->isEnabled());
}

#include "tst_scenarioeditor.moc"

