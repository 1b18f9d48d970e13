// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The scenario document without any widget: edits are undo commands, "modified" is "the
// stack is not clean", results follow every change and go stale on an invalid value, files
// load and save without losing anything.

#include "document/scenariodocument.h"
#include "core/io/scenariofile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tideover;
using namespace tideover::ui;

namespace {

core::Scenario defaultScenario() { return core::loadScenario("builtin:default"); }

double finalReserve(const ScenarioDocument& d)
{
    const auto* r = d.result();
    return r ? r->at(r->years - 1, core::Column::reserve) : std::nan("");
}

}  // namespace

class ScenarioDocumentTest : public QObject {
    Q_OBJECT

private slots:
    void reset_isCleanAndProjected();
    void setValue_changesScenarioAndResults();
    void undoRedo_restoreValuesAndCleanState();
    void consecutiveEditsOfOneKey_mergeIntoOneStep();
    void editBackToOriginal_isClean();
    void invalidValue_keepsLastResultsMarkedStale();
    void wrongTypeOrUnknownKey_isRefusedWithoutACommand();
    void setValueFromText_reportsSyntaxErrors();
    void sourceAndMetadata_areUndoable();
    void replaceScenario_isOneStep();
    void saveThenLoad_givesTheSameScenario();
    void corruptFile_failsAndKeepsTheDocument_data();
    void corruptFile_failsAndKeepsTheDocument();
    void revert_discardsChanges();
    void recoveredDocument_isModified();
    void saveOverAnOlderFormat_keepsABackup();
    void runSettings_noUndoStep_notModified_butSaved();
};

void ScenarioDocumentTest::reset_isCleanAndProjected()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    QVERIFY(!d.isModified());
    QVERIFY(d.result());
    QCOMPARE(d.result()->years, 30);
    QVERIFY(!d.isResultStale());
    QVERIFY(d.problems().empty());
    QCOMPARE(d.currency(), QStringLiteral("LCU"));
    QCOMPARE(d.displayName(), QString::fromStdString(defaultScenario().meta.title));
}

void ScenarioDocumentTest::setValue_changesScenarioAndResults()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    const double before = finalReserve(d);
    QSignalSpy changed(&d, &ScenarioDocument::scenarioChanged);
    QSignalSpy results(&d, &ScenarioDocument::resultsChanged);
    QSignalSpy modified(&d, &ScenarioDocument::modifiedChanged);
    QVERIFY(d.setValue("benefits.replacement_rates", core::ParamValue(std::vector<double>{0.7})));
    QCOMPARE(d.scenario().benefits.replacement_rates, std::vector<double>{0.7});
    QVERIFY(finalReserve(d) < before);  // more generous benefits cost reserve
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("benefits.replacement_rates"));
    QCOMPARE(results.count(), 1);
    QCOMPARE(modified.count(), 1);
    QVERIFY(d.isModified());
}

void ScenarioDocumentTest::undoRedo_restoreValuesAndCleanState()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    const double before = finalReserve(d);
    d.setValue("benefits.replacement_rates", core::ParamValue(std::vector<double>{0.7}));
    d.setValue("labour.job_finding_rate", core::ParamValue(0.3));
    QCOMPARE(d.undoStack()->count(), 2);
    d.undoStack()->undo();
    QCOMPARE(d.scenario().labour.job_finding_rate, defaultScenario().labour.job_finding_rate);
    d.undoStack()->undo();
    QCOMPARE(d.scenario(), defaultScenario());
    QVERIFY(!d.isModified());
    QCOMPARE(finalReserve(d), before);  // results are recomputed, never undone
    d.undoStack()->redo();
    QCOMPARE(d.scenario().benefits.replacement_rates, std::vector<double>{0.7});
    QVERIFY(d.isModified());
}

void ScenarioDocumentTest::consecutiveEditsOfOneKey_mergeIntoOneStep()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    for (double x = 0.30; x < 0.40; x += 0.01)  // a spin-box drag
        d.setValue("labour.job_finding_rate", core::ParamValue(x));
    QCOMPARE(d.undoStack()->count(), 1);
    d.setValue("labour.claimant_exit_factor", core::ParamValue(0.9));
    d.setValue("labour.job_finding_rate", core::ParamValue(0.5));
    QCOMPARE(d.undoStack()->count(), 3);  // another key in between starts a new step
    d.endMerge();  // the user left the field: the next edit of it is a new step
    d.setValue("labour.job_finding_rate", core::ParamValue(0.6));
    QCOMPARE(d.undoStack()->count(), 4);
    d.undoStack()->undo();
    d.undoStack()->undo();
    d.undoStack()->undo();
    d.undoStack()->undo();
    QCOMPARE(d.scenario().labour.job_finding_rate, defaultScenario().labour.job_finding_rate);
}

void ScenarioDocumentTest::editBackToOriginal_isClean()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    const double original = d.scenario().labour.job_finding_rate.at(0);
    d.setValue("labour.job_finding_rate", core::ParamValue(core::Series(original + 0.1)));
    QVERIFY(d.isModified());
    d.setValue("labour.job_finding_rate", core::ParamValue(core::Series(original)));
    QVERIFY(!d.isModified());
    QCOMPARE(d.undoStack()->count(), 0);
}

void ScenarioDocumentTest::invalidValue_keepsLastResultsMarkedStale()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    const double valid = finalReserve(d);
    QVERIFY(d.setValue("labour.unemployment_rate", core::ParamValue(core::Series(0.9))));
    QVERIFY(d.isResultStale());
    QCOMPARE(finalReserve(d), valid);  // the last valid results stay
    const QString message = d.problemFor("labour.unemployment_rate");
    QVERIFY2(message.contains("0.9") && message.contains("0.001..0.6"), qPrintable(message));
    QVERIFY(d.problemFor("labour.force").isEmpty());
    d.undoStack()->undo();
    QVERIFY(!d.isResultStale());
    QVERIFY(d.problemFor("labour.unemployment_rate").isEmpty());
}

void ScenarioDocumentTest::wrongTypeOrUnknownKey_isRefusedWithoutACommand()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    QVERIFY(!d.setValue("labour.force", core::ParamValue(std::int64_t{5})));  // a real, not an integer
    QVERIFY(!d.setValue("no.such_key", core::ParamValue(1.0)));
    QVERIFY(!d.setValue("financing.rule", core::ParamValue(std::string("magic"))));
    QCOMPARE(d.undoStack()->count(), 0);
    QVERIFY(!d.isModified());
}

void ScenarioDocumentTest::setValueFromText_reportsSyntaxErrors()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    QString error;
    QVERIFY(!d.setValueFromText("benefits.replacement_rates", "0.6,abc", &error));
    QVERIFY2(error.contains("'abc' is not a number"), qPrintable(error));
    QVERIFY(d.setValueFromText("benefits.replacement_rates", "0.8, 0.5", &error));
    QCOMPARE(d.scenario().benefits.replacement_rates, (std::vector<double>{0.8, 0.5}));
}

void ScenarioDocumentTest::sourceAndMetadata_areUndoable()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    const QString oldSource = d.source("labour.force");
    d.setSource("labour.force", "Labour Force Survey 2025");
    QCOMPARE(d.source("labour.force"), QStringLiteral("Labour Force Survey 2025"));
    d.setMetadata(ScenarioDocument::MetadataField::Currency, "THB");
    QCOMPARE(d.currency(), QStringLiteral("THB"));
    QCOMPARE(d.undoStack()->count(), 2);
    d.undoStack()->undo();
    d.undoStack()->undo();
    QCOMPARE(d.source("labour.force"), oldSource);
    QCOMPARE(d.currency(), QStringLiteral("LCU"));
    QVERIFY(!d.isModified());
}

void ScenarioDocumentTest::replaceScenario_isOneStep()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    core::Scenario s = d.scenario();
    s.benefits.duration_months = {6, 12};
    s.benefits.duration_shares = {0.5, 0.5};
    d.replaceScenario(s, "Change duration classes");
    QCOMPARE(d.undoStack()->count(), 1);
    QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Change duration classes"));
    QVERIFY(!d.isResultStale());
    d.undoStack()->undo();
    QCOMPARE(d.scenario(), defaultScenario());
}

void ScenarioDocumentTest::saveThenLoad_givesTheSameScenario()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("variant.tideover");
    ScenarioDocument d;
    d.reset(defaultScenario());
    d.setValue("benefits.replacement_rates", core::ParamValue(std::vector<double>{0.8, 0.5}));
    d.setSource("benefits.replacement_rates", "Draft decree, art. 5");
    QSignalSpy pathChanged(&d, &ScenarioDocument::filePathChanged);
    QString error;
    QVERIFY2(d.save(path, &error), qPrintable(error));
    QVERIFY(!d.isModified());
    QCOMPARE(d.filePath(), path);
    QCOMPARE(pathChanged.count(), 1);
    QCOMPARE(d.displayName(), QStringLiteral("variant.tideover"));

    ScenarioDocument other;
    QVERIFY2(other.load(path, &error), qPrintable(error));
    QCOMPARE(other.scenario(), d.scenario());
    QVERIFY(!other.isModified());
    QCOMPARE(finalReserve(other), finalReserve(d));
}

void ScenarioDocumentTest::corruptFile_failsAndKeepsTheDocument_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("garbage") << QByteArray("not a scenario at all") << "not a Tideover scenario file";
    QTest::newRow("empty") << QByteArray() << "not a Tideover scenario file";
    const std::string good = core::writeScenario(defaultScenario());
    QTest::newRow("truncated") << QByteArray::fromStdString(good.substr(0, good.size() / 2)) << "malformed";
    std::string newer = good;
    const std::string current = "<format_version>" + std::to_string(core::kScenarioFormatVersion) + "<";
    newer.replace(newer.find(current), current.size(), "<format_version>9<");
    QTest::newRow("newer version") << QByteArray::fromStdString(newer) << "format version 9";
}

void ScenarioDocumentTest::corruptFile_failsAndKeepsTheDocument()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.tideover");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();

    ScenarioDocument d;
    d.reset(defaultScenario());
    d.setValue("labour.job_finding_rate", core::ParamValue(0.4));  // unsaved work
    const core::Scenario before = d.scenario();
    const int steps = d.undoStack()->count();
    QString error;
    QVERIFY(!d.load(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(d.scenario(), before);
    QCOMPARE(d.undoStack()->count(), steps);
    QVERIFY(d.isModified());
    QVERIFY(d.filePath().isEmpty());
}

void ScenarioDocumentTest::revert_discardsChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("s.tideover");
    ScenarioDocument d;
    d.reset(defaultScenario());
    QString error;
    QVERIFY(!d.revert(&error));  // never saved
    QVERIFY(d.save(path, &error));
    d.setValue("labour.job_finding_rate", core::ParamValue(0.4));
    QVERIFY(d.revert(&error));
    QCOMPARE(d.scenario(), defaultScenario());
    QVERIFY(!d.isModified());
    QCOMPARE(d.undoStack()->count(), 0);
}

void ScenarioDocumentTest::recoveredDocument_isModified()
{
    ScenarioDocument d;
    core::Scenario s = defaultScenario();
    s.labour.job_finding_rate = 0.31;
    d.reset(s, "/somewhere/scheme.tideover", true);
    QVERIFY(d.isModified());
    QCOMPARE(d.undoStack()->count(), 0);
    QCOMPARE(d.filePath(), QStringLiteral("/somewhere/scheme.tideover"));
}

void ScenarioDocumentTest::saveOverAnOlderFormat_keepsABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.tideover");
    // A file frozen in format version 1 (tests/data/format-v1), made writable.
    QVERIFY(QFile::copy(QStringLiteral(TIDEOVER_TEST_DATA "/format-v1/sample.tideover"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray original = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QString backup, error;
    // A file of the current version needs no copy.
    QVERIFY(ScenarioDocument::backupBeforeUpgrade(path, 1, 1, &backup, &error));
    QVERIFY(backup.isEmpty());
    // A version-1 file about to be saved by a version-2 Tideover keeps a copy, once.
    QVERIFY(ScenarioDocument::backupBeforeUpgrade(path, 1, 2, &backup, &error));
    QCOMPARE(backup, path + ".format-v1.bak");
    QFile copy(backup);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original);
    QString again;
    QVERIFY(ScenarioDocument::backupBeforeUpgrade(path, 1, 2, &again, &error));
    QVERIFY(again.isEmpty());
    // Loading records the version; saving brings it to the current one.
    ScenarioDocument d;
    QVERIFY(d.load(path, &error));
    QCOMPARE(d.loadedFormatVersion(), 1);
    QVERIFY(d.save(QString(), &error));
    QCOMPARE(d.loadedFormatVersion(), core::kScenarioFormatVersion);
    QCOMPARE(core::kScenarioFormatVersion, 5);
    // The saved file reads back in the current version with the same scenario.
    core::ScenarioFileInfo info;
    QVERIFY(core::loadScenarioFile(path.toStdString(), &info) == d.scenario());
    QCOMPARE(info.formatVersion, core::kScenarioFormatVersion);
}

QTEST_GUILESS_MAIN(ScenarioDocumentTest)
// Paths and seed are run settings: set without an undo step or a modification, kept by undo
// and redo of design edits and by a replaced scenario's step, and saved with the scenario so
// that its runs can be repeated.
void ScenarioDocumentTest::runSettings_noUndoStep_notModified_butSaved()
{
    ScenarioDocument d;
    d.reset(defaultScenario());
    QSignalSpy runSettings(&d, &ScenarioDocument::runSettingsChanged);
    QSignalSpy modified(&d, &ScenarioDocument::modifiedChanged);
    QVERIFY(d.setValue("stochastic.paths", core::ParamValue(std::int64_t(2500))));
    QVERIFY(d.setValueFromText("stochastic.seed", "77"));
    QCOMPARE(d.scenario().stochastic.paths, std::int64_t(2500));
    QCOMPARE(d.scenario().stochastic.seed, std::uint64_t(77));
    QCOMPARE(runSettings.count(), 2);
    QCOMPARE(d.undoStack()->count(), 0);
    QVERIFY(!d.isModified());
    QCOMPARE(modified.count(), 0);

    // Design edits are undone around them.
    QVERIFY(d.setValue("benefits.waiting_days", core::ParamValue(std::int64_t(14))));
    QVERIFY(d.setValue("stochastic.paths", core::ParamValue(std::int64_t(4000))));
    d.undoStack()->undo();
    QVERIFY(!d.isModified());
    QCOMPARE(d.scenario().benefits.waiting_days, defaultScenario().benefits.waiting_days);
    QCOMPARE(d.scenario().stochastic.paths, std::int64_t(4000));
    d.undoStack()->redo();
    QCOMPARE(d.scenario().stochastic.paths, std::int64_t(4000));

    // A replaced scenario brings its run settings without making them part of its step.
    core::Scenario s = d.scenario();
    s.stochastic.seed = 5;
    d.replaceScenario(s, "Paste");
    QCOMPARE(d.undoStack()->count(), 1);  // the waiting days only
    QCOMPARE(d.scenario().stochastic.seed, std::uint64_t(5));
    s.benefits.claimant_wage_ratio = core::Series(0.9);
    d.replaceScenario(s, "Paste");
    QCOMPARE(d.undoStack()->count(), 2);
    d.undoStack()->undo();
    QCOMPARE(d.scenario().stochastic.seed, std::uint64_t(5));

    // Saved with the scenario, so the run can be repeated from the file.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(d.save(dir.filePath("run.tideover"), &error), qPrintable(error));
    ScenarioDocument other;
    QVERIFY2(other.load(dir.filePath("run.tideover"), &error), qPrintable(error));
    QCOMPARE(other.scenario().stochastic.paths, std::int64_t(4000));
    QCOMPARE(other.scenario().stochastic.seed, std::uint64_t(5));
}

#include "tst_scenariodocument.moc"
