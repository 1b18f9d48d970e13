// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Scenario files are untrusted input (they travel by email). Every file under
// tests/data/hostile/ must be refused with a ScenarioFileError whose message names the file
// and says what is wrong; generated inputs of the largest allowed size must be read or
// refused quickly and within a few tens of megabytes; and randomly damaged files must never
// end in anything but a clean refusal or a scenario that saves and reads back identically.

#include "testsupport.h"
#include "core/model/validation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <fstream>
#include <map>

using namespace tideover::core;
using namespace tideover::test;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

const QString kHostileDir = QStringLiteral(TIDEOVER_TEST_DATA "/hostile");

// Loading a file of at most 4 MiB may take this long, even in a Debug or sanitizer build.

enum class Outcome { Loaded, Refused };

struct Attempt {
    Outcome outcome;
    QString message;  // the refusal's message
    Scenario scenario;
};

// Reads `text`; any exception other than ScenarioFileError fails the test.
Attempt attempt(const std::string& text, const char* origin = "hostile.tideover")
{
    try {
        return {Outcome::Loaded, {}, readScenario(text, origin)};
    } catch (const ScenarioFileError& e) {
        return {Outcome::Refused, QString::fromUtf8(e.what()), {}};
    }
}

bool hasControlCharacter(const QString& s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x20; });  // one line, no escapes
}

std::map<QString, QString> expectedMessages()
{
    std::map<QString, QString> expected;
    QFile f(kHostileDir + "/expected-messages.tsv");
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return expected;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto tab = line.indexOf('\t');
        expected[line.left(tab)] = tab < 0 ? QString() : line.mid(tab + 1);
    }
    return expected;
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto pos = text.find(from);
    if (pos == std::string::npos)
        throw std::runtime_error("test fixture lacks " + from);
    return text.replace(pos, from.size(), to);
}

// A file of the default scenario whose title is `title` (raw XML text).
std::string withTitle(const std::string& title)
{
    const std::string good = writeScenario(loadScenario("builtin:default"));
    const auto a = good.find("<title>") + 7;
    const auto b = good.find("</title>");
    return good.substr(0, a) + title + good.substr(b);
}

// Pads `text` (just before the root's closing tag) with `filler` up to `size` bytes.
std::string paddedTo(std::string text, std::size_t size, char filler = ' ')
{
    const auto close = text.rfind("</boost_serialization>");
    if (text.size() < size)
        text.insert(close, size - text.size(), filler);
    return text;
}

// `count` <parameter> elements with the given key and value, in a file of the right count.
std::string withEntries(std::size_t count, const std::string& key, const std::string& value)
{
    std::string entries;
    for (std::size_t i = 0; i < count; ++i)
        entries += "\t<parameter>\n\t\t<key>" + (key.empty() ? "k" + std::to_string(i) : key) + "</key>\n\t\t<value>" + value +
                   "</value>\n\t\t<source></source>\n\t</parameter>\n";
    std::string text = writeScenario(basicScenario());
    const auto first = text.find("\t<parameter>");
    const auto end = text.find("</scenario>");
    text = text.substr(0, first) + entries + text.substr(end);
    return replaced(text, "<count>54</count>", "<count>" + std::to_string(count) + "</count>");
}

}  // namespace

class HostileFilesTest : public QObject {
    Q_OBJECT

private slots:
    void hostileFile_isRefusedNamingTheFile_data();
    void hostileFile_isRefusedNamingTheFile();
    void everyHostileFile_isListedWithItsMessage();
    void largeInput_isReadOrRefusedQuickly_data();
    void largeInput_isReadOrRefusedQuickly();
    void largestFiles_stayWithinAFewTensOfMegabytes();
    void truncatedAtEveryByte_isRefused();
    void randomlyDamagedFiles_areRefusedOrRoundTrip();
    void outOfRangeFile_loadsAndIsReportedAtOnce_data();
    void outOfRangeFile_loadsAndIsReportedAtOnce();
    void hostileSetValue_isRefusedOrJudgedAtOnce_data();
    void hostileSetValue_isRefusedOrJudgedAtOnce();
    void controlCharactersInText_areSavedAsSpaces();
    void missingRequiredValue_isLeftOutWhenSaving();
};

void HostileFilesTest::hostileFile_isRefusedNamingTheFile_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(kHostileDir);
    const auto names = dir.entryList({"*.tideover"}, QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 80, "tests/data/hostile/ lost its files; run make-hostile.py");
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void HostileFilesTest::hostileFile_isRefusedNamingTheFile()
{
    QFETCH(QString, path);
    const auto expected = expectedMessages();
    QElapsedTimer timer;
    timer.start();
    QString message;
    try {
        const Scenario s = loadScenarioFile(path.toStdString());
        QFAIL(qPrintable("the hostile file loaded; title: " + QString::fromStdString(s.meta.title.substr(0, 80))));
    } catch (const ScenarioFileError& e) {
        message = QString::fromUtf8(e.what());
    }
    // Printed, not held to a figure: a hang ends in ctest's timeout, and a slow machine only slows.
    qInfo("%lld ms to refuse", static_cast<long long>(timer.elapsed()));
    QVERIFY2(message.startsWith(path), qPrintable(message));
    QVERIFY2(!hasControlCharacter(message), qPrintable(message.toUtf8().toPercentEncoding(" :,'<>/=")));
    QVERIFY2(message.size() < 400, qPrintable(message));
    const auto it = expected.find(QFileInfo(path).fileName());
    if (it != expected.end())
        QVERIFY2(message.contains(it->second), qPrintable("message: " + message + "\nexpected to contain: " + it->second));
}

void HostileFilesTest::everyHostileFile_isListedWithItsMessage()
{
    const auto expected = expectedMessages();
    const auto names = QDir(kHostileDir).entryList({"*.tideover"}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        QVERIFY2(expected.count(name) && !expected.at(name).isEmpty(),
                 qPrintable(name + " has no line in tests/data/hostile/expected-messages.tsv"));
    for (const auto& [name, fragment] : expected)
        QVERIFY2(names.contains(name), qPrintable("expected-messages.tsv lists a missing file " + name));
}

void HostileFilesTest::largeInput_isReadOrRefusedQuickly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<QString>("expected");
    const std::size_t limit = kMaxScenarioFileBytes;
    const std::string good = writeScenario(loadScenario("builtin:default"));
    auto row = [](const char* name, const std::string& text, bool loads, const char* expected) {
        QTest::newRow(name) << QByteArray::fromStdString(text) << loads << QString::fromUtf8(expected);
    };
    row("one byte over the limit", paddedTo(good, limit + 1), false, "is too large");
    row("padded to the limit with spaces", paddedTo(good, limit), true, "");
    row("title of 4 MiB", withTitle(std::string(limit - good.size(), 'x')), true, "");
    row("title of 4 MiB of escapes", withTitle([&] {
            std::string s;
            while (s.size() + 5 < limit - good.size())
                s += "&amp;";
            return s;
        }()), true, "");
    row("title of a million nested tags", withTitle([&] {
            std::string s;
            while (s.size() + 3 < limit - good.size())
                s += "<a>";
            return s;
        }()), false, "may hold only text");
    row("4 MiB of '<'", withTitle(std::string(limit - good.size(), '<')), false, "may hold only text");
    row("4 MiB of '&'", withTitle(std::string(limit - good.size(), '&')), false, "a bare '&'");
    row("tag name of 4 MiB", withTitle("<" + std::string(limit - good.size() - 10, 'a') + ">"), false, "may hold only text");
    row("attribute value of 4 MiB", replaced(good, "version=\"1\">", "version=\"" + std::string(limit - good.size() - 10, '1') + "\">"),
        false, "is not closed or is too long");
    row("4 MiB line without a line end", [&] {
            std::string s = good;
            std::replace(s.begin(), s.end(), '\n', ' ');
            return paddedTo(s, limit - 40, ' ');
        }(), true, "");
    row("1000 parameters of an unknown key", withEntries(1000, "", "1"), false, "unknown parameter 'k0'");
    row("1000 copies of one key", withEntries(1000, "labour.force", "1"), false, "labour.force is given twice");
    row("5915 parameters", withEntries(5915, "", "1"), false, "at most 5914 are allowed");
    row("5000 copies of one history figure", withEntries(5000, "history.benefits@2015", "1"), false,
        "history.benefits@2015 is given twice");
    row("a full history: 301 years of every column", [] {
            // Replaces the parameters (every key then takes its default, and labour.force and
            // wages.average_monthly are required: the file reads but does not validate).
            std::string text = withEntries(0, "", "");
            std::string entries;
            std::size_t count = 0;
            for (int year = 1900; year <= 2200; ++year)
                for (const auto& info : historyColumns()) {
                    entries += "\t<parameter>\n\t\t<key>history." + std::string(info.name) + "@" + std::to_string(year) +
                               "</key>\n\t\t<value>0.5</value>\n\t\t<source>" + std::string(200, 's') +
                               "</source>\n\t</parameter>\n";
                    ++count;
                }
            text.insert(text.find("</scenario>"), entries);
            return replaced(text, "<count>0</count>", "<count>" + std::to_string(count) + "</count>");
        }(), true, "");
    row("1000 parameters with long values", withEntries(1000, "", std::string(4000, '9')), false, "unknown parameter");
    row("list of 1200 long numbers", [&] {
            std::string list = "0." + std::string(3000, '3');
            std::string value = list;
            for (int i = 1; i < 1200; ++i)
                value += "," + list;
            return replaced(good, "benefits.replacement_rates</key>\n\t\t<value>0.6</value>",
                            "benefits.replacement_rates</key>\n\t\t<value>" + value + "</value>");
        }(), true, "");
    row("list of 4 million commas", replaced(good, "benefits.replacement_rates</key>\n\t\t<value>0.6</value>",
                                             "benefits.replacement_rates</key>\n\t\t<value>" + std::string(limit - good.size() - 100, ',') + "</value>"),
        false, "at most 1200 are allowed");
    row("number of 4 MiB digits", replaced(good, "<value>40000000</value>", "<value>" + std::string(limit - good.size() - 100, '7') + "</value>"),
        false, "is too large to be a number");
    row("count of 4 MiB digits", replaced(good, "<count>54</count>", "<count>" + std::string(limit - good.size() - 100, '9') + "</count>"),
        false, "at most 5914 are allowed");
}

void HostileFilesTest::largeInput_isReadOrRefusedQuickly()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, loads);
    QFETCH(QString, expected);
    QElapsedTimer timer;
    timer.start();
    const Attempt a = attempt(text.toStdString());
    qInfo("%lld ms", static_cast<long long>(timer.elapsed()));  // printed: the machine's speed decides no outcome
    QCOMPARE(a.outcome == Outcome::Loaded, loads);
    if (!loads) {
        QVERIFY2(a.message.startsWith("hostile.tideover"), qPrintable(a.message));
        QVERIFY2(a.message.contains(expected), qPrintable(a.message.left(300)));
        QVERIFY2(a.message.size() < 400, qPrintable(a.message.left(300)));
    }
}

void HostileFilesTest::largestFiles_stayWithinAFewTensOfMegabytes()
{
    QTemporaryDir dir;
    const std::size_t limit = kMaxScenarioFileBytes;
    const std::string good = writeScenario(loadScenario("builtin:default"));
    const std::vector<std::pair<QString, std::string>> files{
        {"small.tideover", good},
        {"title.tideover", withTitle(std::string(limit - good.size(), 'x'))},
        {"escapes.tideover", withTitle([&] {
             std::string s;
             while (s.size() + 5 < limit - good.size())
                 s += "&amp;";
             return s;
         }())},
        {"nested.tideover", withTitle([&] {
             std::string s;
             while (s.size() + 3 < limit - good.size())
                 s += "<a>";
             return s;
         }())},
        {"entries.tideover", withEntries(1000, "", std::string(4000, '9'))},
        {"commas.tideover", replaced(good, "benefits.replacement_rates</key>\n\t\t<value>0.6</value>",
                                     "benefits.replacement_rates</key>\n\t\t<value>" + std::string(limit - good.size() - 100, ',') + "</value>")},
    };
    // Each file in a fresh small process (tests/core/loadprobe.cpp), so that the peak
    // resident memory it reports is what reading the file costs, not this test's heap.
    for (const auto& [name, text] : files) {
        QVERIFY(text.size() <= limit);
        const QString path = dir.filePath(name);
        std::ofstream(path.toStdString(), std::ios::binary) << text;
        QProcess probe;
        probe.start(QStringLiteral(TIDEOVER_LOADPROBE), {path});
        QVERIFY(probe.waitForFinished(60000));
        QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        QCOMPARE(probe.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const double start = lines[0].section(' ', 1).toDouble() / 1024.0;
        const double peak = lines[1].section(' ', 1).toDouble() / 1024.0;
        qInfo("%s: %zu bytes, %s; peak resident memory %.1f MiB (%.1f MiB before reading)", qPrintable(name),
              text.size(), qPrintable(lines[1].section(' ', 0, 0)), peak, start);
        if (!kSanitized)
            QVERIFY2(peak < 48, qPrintable(name + ": " + QString::number(peak) + " MiB"));
    }
}

void HostileFilesTest::truncatedAtEveryByte_isRefused()
{
    const std::string good = writeScenario(basicScenario());
    const std::size_t complete = good.rfind("</boost_serialization>") + std::string_view("</boost_serialization>").size();
    for (std::size_t length = 0; length < complete; ++length) {
        const Attempt a = attempt(good.substr(0, length));
        QVERIFY2(a.outcome == Outcome::Refused, qPrintable(QStringLiteral("a file cut at %1 bytes loaded").arg(length)));
    }
    QVERIFY(attempt(good).outcome == Outcome::Loaded);
}

void HostileFilesTest::randomlyDamagedFiles_areRefusedOrRoundTrip()
{
    // A small in-suite fuzzer (tests/fuzz/ has the real one): flip, insert, delete and
    // duplicate bytes of a good file. Whatever loads must save and load back to the same text.
    const std::string good = writeScenario(loadScenario("builtin:default"));
    const std::string alphabet = "<>/&;#x\"= \n\t0123456789.,-e_abcdefghijklmnopqrstuvwxyz\x7f\xc3\xa9";
    QRandomGenerator random(20260301);
    int loaded = 0, refused = 0;
    const int mutants = kSanitized ? 1000 : 4000;
    for (int i = 0; i < mutants; ++i) {
        std::string text = good;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const auto pos = static_cast<std::size_t>(random.bounded(static_cast<int>(text.size())));
            const char c = alphabet[static_cast<std::size_t>(random.bounded(static_cast<int>(alphabet.size())))];
            switch (random.bounded(4)) {
            case 0: text[pos] = c; break;
            case 1: text.insert(pos, 1, c); break;
            case 2: text.erase(pos, 1 + static_cast<std::size_t>(random.bounded(8))); break;
            default: {
                const auto len = std::min<std::size_t>(text.size() - pos, 1 + static_cast<std::size_t>(random.bounded(64)));
                text.insert(static_cast<std::size_t>(random.bounded(static_cast<int>(text.size()))), text.substr(pos, len));
            }
            }
        }
        const Attempt a = attempt(text);
        if (a.outcome == Outcome::Refused) {
            ++refused;
            QVERIFY2(a.message.startsWith("hostile.tideover") && !hasControlCharacter(a.message), qPrintable(a.message));
            continue;
        }
        ++loaded;
        const std::string once = writeScenario(a.scenario);
        const Attempt back = attempt(once);
        QVERIFY2(back.outcome == Outcome::Loaded, qPrintable("a loaded mutant does not read back: " + back.message));
        QCOMPARE(writeScenario(back.scenario), once);
    }
    qInfo("%d damaged files: %d loaded and read back identically, %d refused", mutants, loaded, refused);
    QVERIFY(refused > mutants / 2);
}

void HostileFilesTest::outOfRangeFile_loadsAndIsReportedAtOnce_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(kHostileDir + "/loads");
    for (const QString& name : dir.entryList({"*.tideover"}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void HostileFilesTest::outOfRangeFile_loadsAndIsReportedAtOnce()
{
    // The syntax is right, so the file opens (to be corrected); validation must report the
    // values at once and nothing may be projected from it.
    QFETCH(QString, path);
    const Scenario s = loadScenarioFile(path.toStdString());
    // A hang here (a loop over a huge horizon or list) would end in ctest's timeout; the time
    // is printed, not held to a figure that depends on the machine.
    QElapsedTimer timer;
    timer.start();
    const auto problems = validate(s);
    qInfo("%lld ms to validate", static_cast<long long>(timer.elapsed()));
    QVERIFY(hasErrors(problems));
    QVERIFY_THROWS_EXCEPTION(InvalidScenario, project(s));
}

void HostileFilesTest::hostileSetValue_isRefusedOrJudgedAtOnce_data()
{
    QTest::addColumn<QString>("assignment");
    QFile f(kHostileDir + "/set-values.txt");
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            QTest::newRow(qPrintable(line.left(60))) << line;
    }
    // And every key at the ends of what the syntax reads.
    for (const auto& p : parameters())
        for (const char* text : {"-9223372036854775808", "9223372036854775807", "-2147483649", "-462946296296", "1e308",
                                 "-1e308", "4.9e-324", "0", "-0"})
            QTest::newRow(qPrintable(QString::fromUtf8(p.key.data(), static_cast<qsizetype>(p.key.size())) + "=" + text))
                << QString::fromUtf8(p.key.data(), static_cast<qsizetype>(p.key.size())) + "=" + text;
}

void HostileFilesTest::hostileSetValue_isRefusedOrJudgedAtOnce()
{
    QFETCH(QString, assignment);
    const std::string key = assignment.section('=', 0, 0).toStdString();
    // KEY or KEY@YEAR (a dated change); a refusal names the key as typed.
    Scenario s = loadScenario("builtin:default");
    if (const std::string error = setFromText(s, key, assignment.section('=', 1).toStdString()); !error.empty()) {
        QVERIFY2(QString::fromStdString(error).contains(QString::fromStdString(key.substr(0, key.find('@')))),
                 error.c_str());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const auto problems = validate(s);
    qInfo("%lld ms to validate", static_cast<long long>(timer.elapsed()));
    if (!hasErrors(problems))
        QCOMPARE(project(s).years, static_cast<int>(s.projection.years));  // completes; absurd magnitudes may overflow
    else
        QVERIFY_THROWS_EXCEPTION(InvalidScenario, project(s));
}

void HostileFilesTest::controlCharactersInText_areSavedAsSpaces()
{
    Scenario s = basicScenario();
    s.meta.title = std::string("page\fbreak\x01") + '\0' + "end";
    s.sources["labour.force"] = "tab\tand\vvertical tab";
    const Scenario back = readScenario(writeScenario(s));
    QCOMPARE(back.meta.title, std::string("page break  end"));
    QCOMPARE(back.sources.at("labour.force"), std::string("tab\tand vertical tab"));
}

void HostileFilesTest::missingRequiredValue_isLeftOutWhenSaving()
{
    // A file that omits labour.force opens (validation reports it); saving it again must give
    // a file that opens too, not one holding "nan".
    Scenario s = Scenario::withDefaults();
    s.wages.average_monthly = 5000;
    const std::string text = writeScenario(s);
    QVERIFY(text.find("<key>labour.force</key>") == std::string::npos);
    const Scenario back = readScenario(text);
    QVERIFY(std::isnan(back.labour.force));
    QCOMPARE(back.wages.average_monthly, 5000.0);
    QCOMPARE(writeScenario(back), text);
    s.reserve.initial = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeScenario(s));
}

QTEST_GUILESS_MAIN(HostileFilesTest)
#include "tst_hostilefiles.moc"
