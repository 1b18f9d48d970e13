// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Autosave: a copy exists exactly while there are unsaved changes, and a copy left by a
// process that is gone is found and loads.

#include "document/autosave.h"
#include "document/scenariodocument.h"
#include "core/io/scenariofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tideover;
using namespace tideover::ui;

class AutosaveTest : public QObject {
    Q_OBJECT

private slots:
    void cleanDocument_leavesNoCopy();
    void unsavedChanges_areCopiedAndRemovedOnSave();
    void ownCopy_isNotOfferedForRecovery();
    void copyOfAGoneProcess_isFoundAndLoads();
    void unreadableCopy_reportsWhy();
};

void AutosaveTest::cleanDocument_leavesNoCopy()
{
    QTemporaryDir dir;
    ScenarioDocument d;
    d.reset(core::loadScenario("builtin:default"));
    Autosave a(&d, dir.path());
    QVERIFY(a.saveNow());
    QVERIFY(!QFile::exists(a.autosavePath()));
}

void AutosaveTest::unsavedChanges_areCopiedAndRemovedOnSave()
{
    QTemporaryDir dir;
    ScenarioDocument d;
    d.reset(core::loadScenario("builtin:default"));
    Autosave a(&d, dir.path() + "/nested/autosave");
    d.setValue("labour.job_finding_rate", core::ParamValue(0.41));
    QString error;
    QVERIFY2(a.saveNow(&error), qPrintable(error));
    QVERIFY(QFile::exists(a.autosavePath()));
    QCOMPARE(core::loadScenarioFile(a.autosavePath().toStdString()).labour.job_finding_rate, 0.41);
    QVERIFY(d.save(dir.filePath("saved.tideover"), &error));
    QVERIFY(!QFile::exists(a.autosavePath()));  // saved work needs no copy
}

void AutosaveTest::ownCopy_isNotOfferedForRecovery()
{
    QTemporaryDir dir;
    ScenarioDocument d;
    d.reset(core::loadScenario("builtin:default"));
    Autosave a(&d, dir.path());
    d.setValue("labour.job_finding_rate", core::ParamValue(0.41));
    QVERIFY(a.saveNow());
    QVERIFY(Autosave::findRecoverable(dir.path()).isEmpty());
}

void AutosaveTest::copyOfAGoneProcess_isFoundAndLoads()
{
    QTemporaryDir dir;
    core::Scenario s = core::loadScenario("builtin:default");
    s.labour.job_finding_rate = 0.37;
    const QString copy = dir.filePath("autosave-999999999.tideover");
    core::saveScenarioFile(s, copy.toStdString());
    QJsonObject note{{"originalPath", "/home/planner/scheme.tideover"}, {"title", "scheme.tideover"},
                     {"savedAt", "2026-11-20T10:00:00Z"}, {"pid", 999999999}};
    QFile f(dir.filePath("autosave-999999999.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(note).toJson());
    f.close();

    const auto found = Autosave::findRecoverable(dir.path());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].originalPath, QStringLiteral("/home/planner/scheme.tideover"));
    QCOMPARE(found[0].title, QStringLiteral("scheme.tideover"));
    QString error;
    const auto loaded = Autosave::load(found[0], &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->labour.job_finding_rate, 0.37);
    Autosave::remove(found[0]);
    QVERIFY(Autosave::findRecoverable(dir.path()).isEmpty());
}

void AutosaveTest::unreadableCopy_reportsWhy()
{
    QTemporaryDir dir;
    QFile f(dir.filePath("autosave-999999998.tideover"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("garbage");
    f.close();
    const auto found = Autosave::findRecoverable(dir.path());
    QCOMPARE(found.size(), 1);
    QString error;
    QVERIFY(!Autosave::load(found[0], &error));
    QVERIFY2(error.contains("not a Tideover scenario file"), qPrintable(error));
}

QTEST_GUILESS_MAIN(AutosaveTest)
#include "tst_autosave.moc"
