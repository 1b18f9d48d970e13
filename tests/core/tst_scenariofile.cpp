// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The .tideover file: round trips, the frozen version-1 sample, refusal of newer, foreign,
// garbage and hostile files with clear messages, atomic saves, the built-in scenarios.

#include "core/io/resultformat.h"
#include "testsupport.h"
#include "core/model/validation.h"
#include "core/io/version.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sstream>
#include <sys/stat.h>

using namespace tideover::core;
using namespace tideover::test;

namespace {

std::string readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll().toStdString();
}

std::string csvOf(const Scenario& s)
{
    std::ostringstream out;
    writeAnnualCsv(out, project(s));
    return out.str();
}

// The message of the ScenarioFileError that reading `text` throws, or "" when it loads.
QString loadError(const std::string& text)
{
    try {
        readScenario(text, "test.tideover");
    } catch (const ScenarioFileError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto pos = text.find(from);
    if (pos == std::string::npos)
        throw std::runtime_error("test fixture lacks " + from);
    return text.replace(pos, from.size(), to);
}

const QString kSample = QStringLiteral(TIDEOVER_TEST_DATA "/format-v1/sample.tideover");

}  // namespace

class ScenarioFileTest : public QObject {
    Q_OBJECT

private slots:
    void saveThenLoad_givesIdenticalScenarioAndProjection_data();
    void saveThenLoad_givesIdenticalScenarioAndProjection();
    void saveThenLoad_keepsAwkwardText();
    void writeThenRead_isAFixedPoint();
    void formatVersion1Sample_loadsAndProjectsAsFrozen();
    void omittedKeys_takeSpecDefaults();
    void newerVersion_isRefusedNamingBothVersions();
    void badFiles_areRefusedWithAClearMessage_data();
    void badFiles_areRefusedWithAClearMessage();
    void truncatedFile_isRefusedAtEveryLength();
    void hugeCount_isRefusedBeforeAllocating();
    void loadFile_reportsMissingFolderAndOversizedFiles();
    void save_isAtomicAndKeepsPermissions();
    void save_throughSymlink_replacesTheTarget();
    void save_intoMissingFolder_failsAndLeavesNothing();
    void builtinDefault_matchesItsFileAndValidatesCleanly();
    void loadScenario_resolvesBuiltinAndPaths();
    void translations_differOnlyInTheirTexts_data();
    void translations_differOnlyInTheirTexts();
};

void ScenarioFileTest::saveThenLoad_givesIdenticalScenarioAndProjection_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("default") << "builtin:default";
    QTest::newRow("frozen sample") << kSample;
    const QDir golden(QStringLiteral(TIDEOVER_TEST_DATA "/golden"));
    for (const QString& name : golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QTest::newRow(qPrintable("golden " + name)) << golden.filePath(name) + "/scenario.json";
}

void ScenarioFileTest::saveThenLoad_givesIdenticalScenarioAndProjection()
{
    QFETCH(QString, source);
    Scenario s = source.endsWith(".json") ? scenarioFromJson(source) : loadScenario(source.toStdString());
    // Doubles that have no short decimal form must come back bit for bit.
    s.reserve.initial = 0.1 + 0.2;
    s.wages.average_monthly *= 1.0 + 1.0 / 3.0;
    s.labour.unemployment_rate.values.push_back(1.0 / 30.0);
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.filePath("round trip.tideover").toStdString());
    saveScenarioFile(s, path);
    ScenarioFileInfo info;
    const Scenario back = loadScenarioFile(path, &info);
    QCOMPARE(info.formatVersion, kScenarioFormatVersion);
    QCOMPARE(info.appVersion, std::string(appVersion()));
    QVERIFY(back == s);
    QCOMPARE(csvOf(back), csvOf(s));
}

void ScenarioFileTest::saveThenLoad_keepsAwkwardText()
{
    Scenario s = basicScenario();
    s.meta.title = "Bảo hiểm thất nghiệp <2026> & \"draft\" 'B'";
    s.meta.description = "Line one\nLine two\twith a tab\n\n  indented ]]> </description> <!-- not a comment -->";
    s.meta.author = "Ministry of Labour, Invalids & Social Affairs";
    s.meta.country = "Việt Nam";
    s.meta.currency = "VND";
    s.sources["labour.force"] = "GSO Labour Force Survey 2024, Q4 <table 3> & annex";
    s.sources["benefits.replacement_rates"] = "Law No. 74/2025/QH15, Art. 39 \xe2\x80\x94 60 %";
    const Scenario back = readScenario(writeScenario(s));
    QCOMPARE(back.meta, s.meta);
    QVERIFY(back.sources == s.sources);
}

void ScenarioFileTest::writeThenRead_isAFixedPoint()
{
    const std::string once = writeScenario(loadScenario(kSample.toStdString()));
    QCOMPARE(writeScenario(readScenario(once)), once);
}

void ScenarioFileTest::formatVersion1Sample_loadsAndProjectsAsFrozen()
{
    ScenarioFileInfo info;
    const Scenario s = loadScenarioFile(kSample.toStdString(), &info);
    QCOMPARE(info.formatVersion, 1);
    QCOMPARE(s.meta.currency, std::string("VND"));
    QVERIFY(QString::fromStdString(s.meta.title).contains(QStringLiteral("Việt Nam-like & <fictional> \"scheme\"")));
    QCOMPARE(s.stochastic.seed, std::numeric_limits<std::uint64_t>::max());
    QCOMPARE(s.financing.rule, FinancingRule::ReserveBand);
    QCOMPARE(s.benefits.duration_months, (std::vector<int>{3, 6}));
    QVERIFY(!s.sources.at("labour.force").empty());
    QVERIFY(validate(s).empty());
    // The projection frozen with the sample: identical text, 17 significant digits.
    const std::string frozen = readAll(QStringLiteral(TIDEOVER_TEST_DATA "/format-v1/sample.expected.csv"));
    QCOMPARE(asFrozen(csvOf(s), frozen), frozen);
}

void ScenarioFileTest::omittedKeys_takeSpecDefaults()
{
    std::string text = writeScenario(basicScenario());
    // Keep only the two required keys: cut every other <parameter> element.
    std::string kept;
    std::size_t pos = 0;
    int count = 0;
    while (true) {
        const auto start = text.find("<parameter>", pos);
        if (start == std::string::npos) {
            kept += text.substr(pos);
            break;
        }
        const auto end = text.find("</parameter>", start) + std::string("</parameter>").size();
        kept += text.substr(pos, start - pos);
        const std::string element = text.substr(start, end - start);
        if (element.find("labour.force</key>") != std::string::npos || element.find("wages.average_monthly") != std::string::npos) {
            kept += element;
            ++count;
        }
        pos = end;
    }
    QCOMPARE(count, 2);
    kept = replaced(kept, "<count>54</count>", "<count>2</count>");
    const Scenario s = readScenario(kept);
    Scenario expected = Scenario::withDefaults();
    expected.labour.force = 1e7;
    expected.wages.average_monthly = 2000;
    expected.meta = s.meta;
    QVERIFY(s == expected);
}

void ScenarioFileTest::newerVersion_isRefusedNamingBothVersions()
{
    std::string text = writeScenario(basicScenario());
    text = replaced(text, "<format_version>" + std::to_string(kScenarioFormatVersion) + "</format_version>",
                    "<format_version>7</format_version>");
    text = replaced(text, "<app_version>" + std::string(appVersion()) + "</app_version>", "<app_version>4.2.0</app_version>");
    const QString message = loadError(text);
    QVERIFY2(message.contains("format version 7") && message.contains(QStringLiteral("up to %1").arg(kScenarioFormatVersion)) && message.contains("4.2.0") && message.contains("newer Tideover"), qPrintable(message));
}

void ScenarioFileTest::badFiles_areRefusedWithAClearMessage_data()
{
    const std::string good = writeScenario(basicScenario());
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "not a Tideover scenario file";
    QTest::newRow("plain text") << QByteArray("hello, world\n") << "not a Tideover scenario file";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "binary data";
    QTest::newRow("csv") << QByteArray("year,reserve\n2025,1\n") << "not a Tideover scenario file";
    QTest::newRow("foreign xml") << QByteArray("<?xml version=\"1.0\"?><map><format>tmx</format></map>") << "it is a 'tmx' file";
    QTest::newRow("exercise file") << QByteArray::fromStdString(replaced(good, "<format>tideover-scenario</format>", "<format>tideover-exercise</format>"))
                                   << "it is a 'tideover-exercise' file";
    QTest::newRow("version zero") << QByteArray::fromStdString(replaced(good, "<format_version>" + std::to_string(kScenarioFormatVersion) + "</format_version>", "<format_version>0</format_version>"))
                                  << "no valid scenario format version";
    QTest::newRow("version not a number") << QByteArray::fromStdString(replaced(good, "<format_version>" + std::to_string(kScenarioFormatVersion) + "</format_version>", "<format_version>one</format_version>"))
                                          << "no valid scenario format version";
    QTest::newRow("unknown key") << QByteArray::fromStdString(replaced(good, "<key>labour.force</key>", "<key>labour.farce</key>"))
                                 << "unknown parameter 'labour.farce'";
    QTest::newRow("repeated key") << QByteArray::fromStdString(replaced(good, "<key>projection.years</key>", "<key>labour.force</key>"))
                                  << "labour.force is given twice";
    QTest::newRow("not a number") << QByteArray::fromStdString(replaced(good, "<value>10000000</value>", "<value>ten million</value>"))
                                  << "labour.force: 'ten million' is not a number";
    QTest::newRow("nan") << QByteArray::fromStdString(replaced(good, "<value>10000000</value>", "<value>nan</value>"))
                         << "not a finite number";
    QTest::newRow("infinity in a list") << QByteArray::fromStdString(replaced(good, "benefits.replacement_rates</key>\n\t\t<value>0.6</value>", "benefits.replacement_rates</key>\n\t\t<value>0.6,inf</value>"))
                                        << "value 2: 'inf' is not a finite number";
    QTest::newRow("bad enum") << QByteArray::fromStdString(replaced(good, "<value>steady_state</value>", "<value>full</value>"))
                              << "'full' is not one of: steady_state, empty";
    QTest::newRow("missing element") << QByteArray::fromStdString(replaced(good, "<source></source>", ""))
                                     << "malformed";
    QTest::newRow("tag mismatch") << QByteArray::fromStdString(replaced(good, "</title>", "</titel>"))
                                  << "malformed";
    QTest::newRow("count larger than entries") << QByteArray::fromStdString(replaced(good, "<count>54</count>", "<count>55</count>"))
                                               << "malformed";
    QTest::newRow("negative count") << QByteArray::fromStdString(replaced(good, "<count>54</count>", "<count>-1</count>"))
                                    << "test.tideover";
}

void ScenarioFileTest::badFiles_areRefusedWithAClearMessage()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const QString message = loadError(text.toStdString());
    QVERIFY2(!message.isEmpty(), "the file was accepted");
    QVERIFY2(message.startsWith("test.tideover"), qPrintable(message));  // names the file
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void ScenarioFileTest::truncatedFile_isRefusedAtEveryLength()
{
    const std::string good = writeScenario(loadScenario("builtin:default"));
    int refused = 0;
    for (std::size_t length = 0; length < good.size(); length += 37) {
        const QString message = loadError(good.substr(0, length));
        QVERIFY2(!message.isEmpty(), qPrintable(QStringLiteral("a file cut at %1 bytes loaded").arg(length)));
        ++refused;
    }
    QVERIFY(refused > 100);
}

void ScenarioFileTest::hugeCount_isRefusedBeforeAllocating()
{
    const std::string good = writeScenario(basicScenario());
    const QString message = loadError(replaced(good, "<count>54</count>", "<count>18446744073709551615</count>"));
    QVERIFY2(message.contains("at most 5914 are allowed"), qPrintable(message));
    const std::string longList = "<value>" + std::string(5000, ',') + "</value>";
    const QString listMessage = loadError(replaced(good, "benefits.replacement_rates</key>\n\t\t<value>0.6</value>", "benefits.replacement_rates</key>\n\t\t" + longList));
    QVERIFY2(listMessage.contains("at most 1200"), qPrintable(listMessage));
}

void ScenarioFileTest::loadFile_reportsMissingFolderAndOversizedFiles()
{
    QTemporaryDir dir;
    auto messageOf = [](const QString& path) {
        try {
            loadScenarioFile(path.toStdString());
        } catch (const ScenarioFileError& e) {
            return QString::fromUtf8(e.what());
        }
        return QString();
    };
    QVERIFY(messageOf(dir.filePath("missing.tideover")).contains("no such file"));
    QVERIFY(messageOf(dir.path()).contains("is a folder"));
    QFile big(dir.filePath("big.tideover"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(static_cast<qint64>(kMaxScenarioFileBytes) + 1));
    big.close();
    QVERIFY(messageOf(big.fileName()).contains("too large"));
}

void ScenarioFileTest::save_isAtomicAndKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scheme.tideover");
    saveScenarioFile(basicScenario(), path.toStdString());
    QVERIFY(::chmod(path.toLocal8Bit().constData(), 0640) == 0);
    Scenario changed = basicScenario();
    changed.labour.force = 123456;
    saveScenarioFile(changed, path.toStdString());
    QCOMPARE(loadScenarioFile(path.toStdString()).labour.force, 123456.0);
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    // Nothing but the file itself is left in the folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{"scheme.tideover"});
}

void ScenarioFileTest::save_throughSymlink_replacesTheTarget()
{
    QTemporaryDir dir;
    const QString target = dir.filePath("real.tideover");
    const QString link = dir.filePath("link.tideover");
    saveScenarioFile(basicScenario(), target.toStdString());
    QVERIFY(QFile::link(target, link));
    Scenario changed = basicScenario();
    changed.labour.force = 777;
    saveScenarioFile(changed, link.toStdString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(loadScenarioFile(target.toStdString()).labour.force, 777.0);
}

void ScenarioFileTest::save_intoMissingFolder_failsAndLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("no/such/folder/x.tideover");
    try {
        saveScenarioFile(basicScenario(), path.toStdString());
        QFAIL("saving into a missing folder succeeded");
    } catch (const std::runtime_error& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("cannot save"), e.what());
    }
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void ScenarioFileTest::builtinDefault_matchesItsFileAndValidatesCleanly()
{
    const auto names = builtinScenarioNames();
    QVERIFY(std::find(names.begin(), names.end(), "default") != names.end());
    for (const auto& name : names) {
        const QString path = QStringLiteral(TIDEOVER_SOURCE_DIR "/scenarios/") + QString::fromStdString(name) + ".tideover";
        QCOMPARE(std::string(builtinScenarioText(name)), readAll(path));
        const Scenario s = loadScenario("builtin:" + name);
        QVERIFY2(validate(s).empty(), name.c_str());
        QVERIFY(!s.meta.title.empty() && !s.meta.description.empty() && !s.meta.currency.empty());
        // Every parameter says where its value comes from (a package key at its default is
        // not written, model-spec v5, and needs none).
        for (const auto& p : parameters())
            QVERIFY2(s.sources.count(std::string(p.key)) || (isPackageKey(p) && p.get(s) == *p.defaultValue), qPrintable(QString::fromStdString(name) + ": no source for " + QString::fromUtf8(p.key.data())));
    }
    QVERIFY(builtinScenarioText("nonexistent").empty());
}

void ScenarioFileTest::loadScenario_resolvesBuiltinAndPaths()
{
    QCOMPARE(loadScenario("builtin:default"), loadScenarioFile(TIDEOVER_SOURCE_DIR "/scenarios/default.tideover"));
    try {
        loadScenario("builtin:atlantis");
        QFAIL("an unknown built-in loaded");
    } catch (const ScenarioFileError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("no built-in scenario 'atlantis'") && QString::fromUtf8(e.what()).contains("default"), e.what());
    }
}

void ScenarioFileTest::translations_differOnlyInTheirTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    // Every translation on disk (scenarios/LANGUAGE/NAME.tideover), each of a bundled scenario.
    const QDir root(TIDEOVER_SOURCE_DIR "/scenarios");
    int rows = 0;
    for (const QString& language : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString& file : QDir(root.filePath(language)).entryList({QStringLiteral("*.tideover")})) {
            const QString name = QFileInfo(file).completeBaseName();
            QTest::newRow(qPrintable(language + QLatin1Char('/') + name)) << language << name;
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("none") << QString() << QString();
}

void ScenarioFileTest::translations_differOnlyInTheirTexts()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    if (name.isEmpty())
        QSKIP("no scenario translations");
    const std::string lang = language.toStdString();
    const std::string spec = "builtin:" + name.toStdString();
    QVERIFY2(!builtinScenarioText(name.toStdString()).empty(), "a translation of a scenario that is not bundled");
    // Embedded as on disk.
    const QString path = QStringLiteral(TIDEOVER_SOURCE_DIR "/scenarios/%1/%2.tideover").arg(language, name);
    QCOMPARE(std::string(builtinScenarioText(name.toStdString(), lang)), readAll(path));
    const Scenario english = loadScenario(spec);
    const Scenario translated = loadScenario(spec, lang);

    // The same scheme: every parameter, the currency and the author...
    for (const ParameterInfo& p : parameters())
        QVERIFY2(p.get(translated) == p.get(english), p.key.data());
    QCOMPARE(translated.meta.currency, english.meta.currency);
    QCOMPARE(translated.meta.author, english.meta.author);
    // ... every worker group, value by value (a group's title is text: it may be translated)...
    QCOMPARE(translated.groups.size(), english.groups.size());
    for (std::size_t i = 0; i < english.groups.size(); ++i) {
        WorkerGroup group = translated.groups[i];
        group.title = english.groups[i].title;
        QVERIFY2(group == english.groups[i], english.groups[i].name.c_str());
    }
    QVERIFY(!hasErrors(validate(translated)));
    QCOMPARE(project(translated).summary.breakEvenRate, project(english).summary.breakEvenRate);
    // ... told in the language: the title, the description and the source notes.
    QVERIFY(translated.meta.title != english.meta.title);
    QVERIFY(translated.meta.description != english.meta.description);
    QCOMPARE(translated.sources.size(), english.sources.size());
    // The same history, figure by figure (its notes and sources are citations, which may stay).
    QCOMPARE(translated.history.years.size(), english.history.years.size());
    for (const auto& [year, row] : english.history.years)
        QVERIFY2(translated.history.years.count(year) && translated.history.years.at(year).values == row.values,
                 qPrintable(QString::number(year)));
    int same = 0;
    int parameterNotes = 0;
    for (const auto& [key, note] : english.sources) {
        QVERIFY2(translated.sources.count(key) == 1, key.c_str());
        if (key.starts_with(kHistoryPrefix))
            continue;
        ++parameterNotes;
        same += translated.sources.at(key) == note ? 1 : 0;
    }
    // (A note that is only a citation may stay as it is.)
    QVERIFY2(same * 10 <= parameterNotes, qPrintable(QStringLiteral("%1 source notes untranslated").arg(same)));
    // A language without a translation falls back to English.
    QCOMPARE(builtinScenarioText(name.toStdString(), "xx"), builtinScenarioText(name.toStdString()));
}

QTEST_GUILESS_MAIN(ScenarioFileTest)
#include "tst_scenariofile.moc"
