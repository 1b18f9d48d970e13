// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
// The per-year table of a series parameter: steps ("from year X onward the value is V") to
// the model's Series and back, and the table widget's edits.
#include "widgets/numberspinbox.h"
#include "widgets/serieseditor.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using tideover::core::Series;
using tideover::ui::SeriesEditor;
using tideover::ui::SeriesStep;

Q_DECLARE_METATYPE(std::vector<SeriesStep>)
Q_DECLARE_METATYPE(Series)

namespace {

const tideover::core::ParameterInfo& info(const char* key)
{
    return *tideover::core::findParameter(key);
}

QString show(const Series& s)
{
    QStringList parts;
    for (double v : s.values)
        parts << QString::number(v, 'g', 17);
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestSeriesEditor : public QObject {
    Q_OBJECT

private slots:
    void stepsToSeries_data();
    void stepsToSeries();
    void seriesToSteps_roundTrip_data();
    void seriesToSteps_roundTrip();
    void widget_showsStepsOfSeries();
    void widget_editsEmitSeries();
    void widget_addStep_changesNothingUntilEdited();
    void widget_removeStep_emitsShorterSeries();
    void widget_sameSeries_keepsRowsAndFocus();
    void widget_startYearMoves_yearsFollow();
    void widget_marksOutOfRangeAndPastHorizon();
    void widget_sortsRowsWhenYearEditFinishes();
};

void TestSeriesEditor::stepsToSeries_data()
{
    QTest::addColumn<std::vector<SeriesStep>>("steps");
    QTest::addColumn<Series>("expected");
    QTest::newRow("4 % from 2026, 5 % from 2030")
        << std::vector<SeriesStep>{{2026, 0.04}, {2030, 0.05}} << Series{0.04, 0.04, 0.04, 0.04, 0.05};
    QTest::newRow("a constant is one value") << std::vector<SeriesStep>{{2026, 0.04}} << Series(0.04);
    QTest::newRow("a step to the same value is dropped")
        << std::vector<SeriesStep>{{2026, 0.04}, {2030, 0.04}} << Series(0.04);
    QTest::newRow("a return to the first value is kept")
        << std::vector<SeriesStep>{{2026, 0.0}, {2027, 1e9}, {2028, 0.0}} << Series{0.0, 1e9, 0.0};
    QTest::newRow("order of rows does not matter")
        << std::vector<SeriesStep>{{2026, 1.0}, {2029, 3.0}, {2027, 2.0}} << Series{1.0, 2.0, 2.0, 3.0};
    QTest::newRow("two steps in one year: the later row wins")
        << std::vector<SeriesStep>{{2026, 1.0}, {2028, 2.0}, {2028, 5.0}} << Series{1.0, 1.0, 5.0};
    QTest::newRow("a year before the start counts as the start")
        << std::vector<SeriesStep>{{2020, 1.0}, {2027, 2.0}} << Series{1.0, 2.0};
    QTest::newRow("no step for the start year: the first value reaches back")
        << std::vector<SeriesStep>{{2028, 1.0}, {2029, 2.0}} << Series{1.0, 1.0, 1.0, 2.0};
    QTest::newRow("no steps: an empty series") << std::vector<SeriesStep>{} << Series(std::vector<double>{});
}

void TestSeriesEditor::stepsToSeries()
{
    QFETCH(std::vector<SeriesStep>, steps);
    QFETCH(Series, expected);
    const Series actual = SeriesEditor::seriesFromSteps(steps, 2026);
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("expected %1, got %2").arg(show(expected), show(actual))));
}

void TestSeriesEditor::seriesToSteps_roundTrip_data()
{
    QTest::addColumn<Series>("series");
    QTest::addColumn<int>("stepCount");
    QTest::newRow("constant") << Series(0.03) << 1;
    QTest::newRow("one change") << Series{0.035, 0.035, 0.035, 0.035, 0.035, 0.03} << 2;
    QTest::newRow("yearly") << Series{0.5, 0.51, 0.52, 0.53} << 4;
    QTest::newRow("up and down") << Series{1.0, 2.0, 1.0} << 3;
}

void TestSeriesEditor::seriesToSteps_roundTrip()
{
    QFETCH(Series, series);
    QFETCH(int, stepCount);
    const std::vector<SeriesStep> steps = SeriesEditor::stepsFromSeries(series, 2026);
    QCOMPARE(int(steps.size()), stepCount);
    QCOMPARE(steps.front().year, 2026);
    QVERIFY(SeriesEditor::seriesFromSteps(steps, 2026) == series);
}

void TestSeriesEditor::widget_showsStepsOfSeries()
{
    SeriesEditor editor(info("economy.inflation"));
    editor.setSeries(Series{0.035, 0.035, 0.035, 0.035, 0.035, 0.03}, 2026, 30);
    QCOMPARE(editor.steps(), (std::vector<SeriesStep>{{2026, 0.035}, {2031, 0.03}}));
    auto* first = editor.findChild<QDoubleSpinBox*>(QStringLiteral("stepValue0"));
    QCOMPARE(first->text(), QStringLiteral("3.5 %"));
    auto* year = editor.findChild<QSpinBox*>(QStringLiteral("stepYear1"));
    QCOMPARE(year->value(), 2031);
    QVERIFY(!editor.findChild<QSpinBox*>(QStringLiteral("stepYear0"))); // the start year is fixed
    QVERIFY(!editor.findChild<QToolButton*>(QStringLiteral("removeStep0")));
}

void TestSeriesEditor::widget_editsEmitSeries()
{
    SeriesEditor editor(info("labour.unemployment_rate"));
    editor.setSeries(Series(0.04), 2026, 30);
    QSignalSpy edited(&editor, &SeriesEditor::seriesEdited);
    editor.addStep();
    editor.findChild<QSpinBox*>(QStringLiteral("stepYear1"))->setValue(2030);
    editor.findChild<QDoubleSpinBox*>(QStringLiteral("stepValue1"))->setValue(5.0);
    QVERIFY(!edited.isEmpty());
    QVERIFY(edited.last().at(0).value<Series>() == (Series{0.04, 0.04, 0.04, 0.04, 0.05}));
    QVERIFY(editor.series() == (Series{0.04, 0.04, 0.04, 0.04, 0.05}));
}

void TestSeriesEditor::widget_addStep_changesNothingUntilEdited()
{
    SeriesEditor editor(info("labour.unemployment_rate"));
    editor.setSeries(Series(0.04), 2026, 30);
    editor.addStep();
    QCOMPARE(editor.steps(), (std::vector<SeriesStep>{{2026, 0.04}, {2027, 0.04}}));
    QVERIFY(editor.series() == Series(0.04));
    // The document answers with the same series: the new row stays for the planner to fill in.
    editor.setSeries(Series(0.04), 2026, 30);
    QCOMPARE(editor.steps().size(), std::size_t(2));
}

void TestSeriesEditor::widget_removeStep_emitsShorterSeries()
{
    SeriesEditor editor(info("labour.unemployment_rate"));
    editor.setSeries(Series{0.04, 0.05, 0.06}, 2026, 30);
    QSignalSpy edited(&editor, &SeriesEditor::seriesEdited);
    editor.findChild<QToolButton*>(QStringLiteral("removeStep2"))->click();
    QCOMPARE(edited.count(), 1);
    QVERIFY(edited.last().at(0).value<Series>() == (Series{0.04, 0.05}));
    editor.removeStep(0); // the first step cannot go
    QCOMPARE(edited.count(), 1);
}

void TestSeriesEditor::widget_sameSeries_keepsRowsAndFocus()
{
    SeriesEditor editor(info("labour.unemployment_rate"));
    editor.setSeries(Series{0.04, 0.05}, 2026, 30);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* value = editor.findChild<QDoubleSpinBox*>(QStringLiteral("stepValue1"));
    // A new value with the same number of steps updates the rows in place.
    editor.setSeries(Series{0.04, 0.07}, 2026, 30);
    QCOMPARE(editor.findChild<QDoubleSpinBox*>(QStringLiteral("stepValue1")), value);
    QCOMPARE(value->value(), 7.0);
}

void TestSeriesEditor::widget_startYearMoves_yearsFollow()
{
    SeriesEditor editor(info("labour.unemployment_rate"));
    editor.setSeries(Series{0.04, 0.05}, 2026, 30);
    editor.setSeries(Series{0.04, 0.05}, 2030, 30);
    QCOMPARE(editor.steps(), (std::vector<SeriesStep>{{2030, 0.04}, {2031, 0.05}}));
    QCOMPARE(editor.findChild<QSpinBox*>(QStringLiteral("stepYear1"))->value(), 2031);
}

void TestSeriesEditor::widget_marksOutOfRangeAndPastHorizon()
{
    SeriesEditor editor(info("labour.unemployment_rate"));
    editor.setSeries(Series{0.04, 0.9}, 2026, 30);
    QCOMPARE(editor.findChild<QWidget*>(QStringLiteral("stepValue1"))->property("problem").toString(),
             QStringLiteral("error"));
    QCOMPARE(editor.findChild<QWidget*>(QStringLiteral("stepValue0"))->property("problem").toString(),
             QString());
    editor.setStep(1, 2060, 0.05); // after the horizon 2026..2055
    QCOMPARE(editor.findChild<QWidget*>(QStringLiteral("stepYear1"))->property("problem").toString(),
             QStringLiteral("warning"));
}

void TestSeriesEditor::widget_sortsRowsWhenYearEditFinishes()
{
    SeriesEditor editor(info("labour.unemployment_rate"));
    editor.setSeries(Series{0.04, 0.04, 0.05, 0.06}, 2026, 30); // 2026, 2028, 2029
    auto* year = editor.findChild<QSpinBox*>(QStringLiteral("stepYear1"));
    year->setValue(2035);
    emit year->editingFinished();
    QCOMPARE(editor.steps(), (std::vector<SeriesStep>{{2026, 0.04}, {2029, 0.06}, {2035, 0.05}}));
    QVERIFY(editor.series() ==
            Series(std::vector<double>{0.04, 0.04, 0.04, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06, 0.05}));
}

QTEST_MAIN(TestSeriesEditor)
#include "tst_serieseditor.moc"
