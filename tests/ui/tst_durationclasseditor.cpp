// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
// The small list editors of the benefit: duration classes (months and shares together) and
// the replacement rate by month of benefit.
#include "widgets/durationclasseditor.h"
#include "widgets/listeditor.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using tideover::ui::DurationClassEditor;
using tideover::ui::ListEditor;

namespace {

const tideover::core::ParameterInfo& info(const char* key)
{
    return *tideover::core::findParameter(key);
}

} // namespace

class TestDurationClassEditor : public QObject {
    Q_OBJECT

private slots:
    void classes_showAsRows_withTotal();
    void editShare_emitsBothLists();
    void addClass_isLongerWithNoShare();
    void removeClass_keepsAtLeastOne();
    void unevenLists_areShownAndMadeEven();
    void outOfRange_marksTheCell();
    void replacementRates_rowsReadAsMonths();
    void replacementRates_addRemoveEdit();
};

void TestDurationClassEditor::classes_showAsRows_withTotal()
{
    DurationClassEditor editor(info("benefits.duration_months"), info("benefits.duration_shares"));
    editor.setClasses({3, 6, 9, 12}, {0.4, 0.3, 0.2, 0.1});
    QCOMPARE(editor.rowCount(), 4);
    QCOMPARE(qobject_cast<QSpinBox*>(editor.monthsEditor(2))->value(), 9);
    QCOMPARE(qobject_cast<QDoubleSpinBox*>(editor.shareEditor(0))->text(), QStringLiteral("40 %"));
    auto* total = editor.findChild<QLabel*>(QStringLiteral("total"));
    QCOMPARE(total->text(), QStringLiteral("Total 100 %"));
    editor.setClasses({3, 6}, {0.5, 0.4});
    QVERIFY2(total->text().contains(QStringLiteral("must add up to 100 %")), qPrintable(total->text()));
}

void TestDurationClassEditor::editShare_emitsBothLists()
{
    DurationClassEditor editor(info("benefits.duration_months"), info("benefits.duration_shares"));
    editor.setClasses({3, 6}, {0.5, 0.5});
    QSignalSpy edited(&editor, &DurationClassEditor::classesEdited);
    qobject_cast<QDoubleSpinBox*>(editor.shareEditor(1))->setValue(30.0);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().at(0).value<std::vector<int>>(), (std::vector<int>{3, 6}));
    QCOMPARE(edited.last().at(1).value<std::vector<double>>(), (std::vector<double>{0.5, 0.3}));
    qobject_cast<QSpinBox*>(editor.monthsEditor(0))->setValue(4);
    QCOMPARE(edited.last().at(0).value<std::vector<int>>(), (std::vector<int>{4, 6}));
}

void TestDurationClassEditor::addClass_isLongerWithNoShare()
{
    DurationClassEditor editor(info("benefits.duration_months"), info("benefits.duration_shares"));
    editor.setClasses({6}, {1.0});
    QSignalSpy edited(&editor, &DurationClassEditor::classesEdited);
    editor.findChild<QPushButton*>(QStringLiteral("addClass"))->click();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(editor.months(), (std::vector<int>{6, 9}));
    QCOMPARE(editor.shares(), (std::vector<double>{1.0, 0.0}));
}

void TestDurationClassEditor::removeClass_keepsAtLeastOne()
{
    DurationClassEditor editor(info("benefits.duration_months"), info("benefits.duration_shares"));
    editor.setClasses({3, 6}, {0.5, 0.5});
    editor.findChild<QToolButton*>(QStringLiteral("removeClass0"))->click();
    QCOMPARE(editor.months(), (std::vector<int>{6}));
    QCOMPARE(editor.shares(), (std::vector<double>{0.5}));
    QVERIFY(!editor.findChild<QToolButton*>(QStringLiteral("removeClass0"))->isEnabled());
    editor.removeClass(0);
    QCOMPARE(editor.rowCount(), 1);
}

void TestDurationClassEditor::unevenLists_areShownAndMadeEven()
{
    // A file may give three durations and two shares: that is an error in the document, shown
    // here as a row with 0 %; the next edit writes both lists at the same length.
    DurationClassEditor editor(info("benefits.duration_months"), info("benefits.duration_shares"));
    editor.setClasses({3, 6, 9}, {0.5, 0.5});
    QCOMPARE(editor.rowCount(), 3);
    QCOMPARE(editor.shareEditor(2)->property("problem").toString(), QStringLiteral("error"));
    QSignalSpy edited(&editor, &DurationClassEditor::classesEdited);
    editor.setClass(2, 9, 0.0);
    QCOMPARE(edited.last().at(1).value<std::vector<double>>(), (std::vector<double>{0.5, 0.5, 0.0}));
}

void TestDurationClassEditor::outOfRange_marksTheCell()
{
    DurationClassEditor editor(info("benefits.duration_months"), info("benefits.duration_shares"));
    editor.setClasses({3, 90}, {0.5, 0.5});
    QCOMPARE(editor.monthsEditor(1)->property("problem").toString(), QStringLiteral("error"));
    QCOMPARE(editor.monthsEditor(0)->property("problem").toString(), QString());
}

void TestDurationClassEditor::replacementRates_rowsReadAsMonths()
{
    ListEditor editor(info("benefits.replacement_rates"));
    editor.setValues({0.6});
    const auto labels1 = editor.findChildren<QLabel*>();
    QVERIFY(std::any_of(labels1.begin(), labels1.end(),
                        [](QLabel* l) { return l->text() == QStringLiteral("Every month"); }));
    editor.setValues({0.7, 0.6, 0.5});
    QStringList labels;
    for (QLabel* l : editor.findChildren<QLabel*>())
        if (l->text().startsWith(QStringLiteral("Month")))
            labels << l->text();
    QCOMPARE(labels, (QStringList{QStringLiteral("Month 1"), QStringLiteral("Month 2"),
                                  QStringLiteral("Month 3 onward")}));
}

void TestDurationClassEditor::replacementRates_addRemoveEdit()
{
    ListEditor editor(info("benefits.replacement_rates"));
    editor.setValues({0.6});
    QSignalSpy edited(&editor, &ListEditor::valuesEdited);
    editor.findChild<QPushButton*>(QStringLiteral("addRow"))->click();
    QCOMPARE(edited.last().at(0).value<std::vector<double>>(), (std::vector<double>{0.6, 0.6}));
    editor.findChild<QDoubleSpinBox*>(QStringLiteral("item1"))->setValue(50.0);
    QCOMPARE(edited.last().at(0).value<std::vector<double>>(), (std::vector<double>{0.6, 0.5}));
    editor.findChild<QToolButton*>(QStringLiteral("removeItem0"))->click();
    QCOMPARE(edited.last().at(0).value<std::vector<double>>(), (std::vector<double>{0.5}));
    QVERIFY(!editor.findChild<QToolButton*>(QStringLiteral("removeItem0"))->isEnabled());
    editor.setValues({0.6, 2.0}); // 200 % is above the 150 % allowed
    QCOMPARE(editor.findChild<QWidget*>(QStringLiteral("item1"))->property("problem").toString(),
             QStringLiteral("error"));
}

QTEST_MAIN(TestDurationClassEditor)
#include "tst_durationclasseditor.moc"
