// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Format compatibility (docs/file-format.md, "Compatibility rules"): every released format
// version has frozen sample files under tests/data/format-vN/, each beside the projection it
// gave when frozen (NAME.expected.csv). Every sample of every version must load, say its
// version, and project to exactly that table, also after a save in the current version; the
// current version must have its folder (a new format version cannot ship without one); and a
// file of a version newer than this build is refused, naming both versions.

#include "core/io/resultformat.h"
#include "testsupport.h"
#include "core/io/historycsv.h"
#include "core/io/packageformat.h"
#include "core/io/version.h"

#include <QDir>
#include <QRegularExpression>

#include <sstream>

using namespace tideover::core;
using namespace tideover::test;

namespace {

std::string csvOf(const Scenario& s)
{
    std::ostringstream out;
    writeAnnualCsv(out, project(s));
    return out.str();
}

std::string readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll().toStdString();
}

// The versions that have a tests/data/format-vN folder.
QList<int> frozenVersions()
{
    QList<int> versions;
    const QRegularExpression pattern(QStringLiteral("^format-v([0-9]+)$"));
    for (const QString& name : QDir(QStringLiteral(TIDEOVER_TEST_DATA)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (const auto m = pattern.match(name); m.hasMatch())
            versions << m.captured(1).toInt();
    std::sort(versions.begin(), versions.end());
    return versions;
}

}  // namespace

class FormatVersionsTest : public QObject {
    Q_OBJECT

private slots:
    void everyReleasedVersion_hasFrozenSamples();
    void frozenSample_loadsAndProjectsAsFrozen_data();
    void frozenSample_loadsAndProjectsAsFrozen();
    void newerVersion_isRefusedNamingBothVersions();
};

void FormatVersionsTest::everyReleasedVersion_hasFrozenSamples()
{
    const QList<int> versions = frozenVersions();
    for (int v = 1; v <= kScenarioFormatVersion; ++v)
        QVERIFY2(versions.contains(v), qPrintable(QStringLiteral("tests/data/format-v%1/ is missing: freeze a sample "
                                                                 "of every format version").arg(v)));
    QVERIFY2(versions.isEmpty() || versions.back() <= kScenarioFormatVersion, "a sample of a version this build cannot read");
}

void FormatVersionsTest::frozenSample_loadsAndProjectsAsFrozen_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("path");
    for (const int v : frozenVersions()) {
        const QDir dir(QStringLiteral(TIDEOVER_TEST_DATA "/format-v%1").arg(v));
        const auto samples = dir.entryList({"*.tideover"}, QDir::Files, QDir::Name);
        QVERIFY2(!samples.isEmpty(), qPrintable(dir.path() + " holds no sample"));
        for (const QString& name : samples)
            QTest::newRow(qPrintable(QStringLiteral("v%1 %2").arg(v).arg(name))) << v << dir.filePath(name);
    }
}

void FormatVersionsTest::frozenSample_loadsAndProjectsAsFrozen()
{
    QFETCH(int, version);
    QFETCH(QString, path);
    const QString expectedPath = path.chopped(QStringLiteral(".tideover").size()) + ".expected.csv";
    QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath + " is missing: freeze the sample's projection beside it"));
    ScenarioFileInfo info;
    const Scenario s = loadScenarioFile(path.toStdString(), &info);
    QCOMPARE(info.formatVersion, version);
    const std::string expected = readAll(expectedPath);
    QCOMPARE(asFrozen(csvOf(s), expected), expected);
    // Saved in the current version and read again: the same scenario, the same projection.
    ScenarioFileInfo again;
    const Scenario upgraded = readScenario(writeScenario(s), "upgraded", &again);
    QCOMPARE(again.formatVersion, kScenarioFormatVersion);
    QVERIFY(upgraded == s);
    QCOMPARE(asFrozen(csvOf(upgraded), expected), expected);
    // A sample with a history (format version 3) has its history's CSV frozen beside it.
    const QString historyPath = path.chopped(QStringLiteral(".tideover").size()) + ".history.csv";
    if (!s.history.empty() || QFile::exists(historyPath)) {
        QVERIFY2(QFile::exists(historyPath), qPrintable(historyPath + " is missing: freeze the sample's history beside it"));
        const HistoryTable table = historyTable(s);
        QCOMPARE(writeHistoryCsv(table.history, table.sources), readAll(historyPath));
    }
    // A sample with a protection package (format version 5) has its package results frozen
    // beside it.
    const QString packagePath = path.chopped(QStringLiteral(".tideover").size()) + ".package.csv";
    if (hasPackage(s) || QFile::exists(packagePath)) {
        QVERIFY2(QFile::exists(packagePath), qPrintable(packagePath + " is missing: freeze the sample's package beside it"));
        std::ostringstream out;
        writePackageCsv(out, projectPackage(s));
        const std::string frozen = readAll(packagePath);
        QCOMPARE(asFrozen(out.str(), frozen), frozen);
    }
}

void FormatVersionsTest::newerVersion_isRefusedNamingBothVersions()
{
    std::string text = writeScenario(basicScenario());
    const int newer = kScenarioFormatVersion + 1;
    const std::string current = "<format_version>" + std::to_string(kScenarioFormatVersion) + "</format_version>";
    text.replace(text.find(current), current.size(), "<format_version>" + std::to_string(newer) + "</format_version>");
    try {
        readScenario(text, "newer.tideover");
        QFAIL("a file of a newer format version loaded");
    } catch (const ScenarioFileError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith("newer.tideover") &&
                     message.contains(QStringLiteral("format version %1").arg(newer)) &&
                     message.contains(QStringLiteral("up to %1").arg(kScenarioFormatVersion)) &&
                     message.contains(QString::fromUtf8(appVersion().data(), static_cast<qsizetype>(appVersion().size()))),
                 qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(FormatVersionsTest)
#include "tst_formatversions.moc"
