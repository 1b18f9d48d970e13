// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// model-spec v3 "History": the history in the scenario file (format version 3) and in its CSV
// form, round trips exactly, and every malformed or hostile CSV refused with a message that
// names the line and the column.

#include "testsupport.h"
#include "core/io/historycsv.h"
#include "core/model/validation.h"

#include <QTemporaryDir>

#include <fstream>

using namespace tideover::core;
using namespace tideover::test;

class HistoryTest : public QObject {
    Q_OBJECT

private slots:
    void columns_areTheProjectionCsvNames();
    void file_roundTripsExactly();
    void file_olderVersionWithHistory_isRefused();
    void file_badHistoryEntries_areRefused_data();
    void file_badHistoryEntries_areRefused();
    void csv_roundTripsExactly();
    void csv_readsQuotedFieldsAndBlankCells();
    void csv_badInput_isRefused_data();
    void csv_badInput_isRefused();
    void csv_millionRows_isRefusedQuickly();
    void csv_fileThatIsNotRegular_isRefused();
    void validation_flagsOutOfRangeValues();
    void setHistory_replacesHistoryAndItsSourcesOnly();
};

namespace {

// A history with gaps, negative investment income, notes and sources, two decades apart.
HistoryTable sampleTable()
{
    HistoryTable t;
    t.history.set(2009, HistoryColumn::insured, 5.9e6);
    t.history.set(2009, HistoryColumn::contributions, 3.5e12);
    t.history.set(2009, HistoryColumn::reserve, 3.7e12);
    t.history.setNotes(2009, "first year of contributions; benefits from 2010");
    t.history.set(2015, HistoryColumn::insured, 10.3e6);
    t.history.set(2015, HistoryColumn::benefits, 4.5e12);
    t.history.set(2015, HistoryColumn::beneficiaries, 545000.0 / 4);
    t.history.set(2015, HistoryColumn::unemployment_rate, 0.0233);
    t.history.set(2015, HistoryColumn::investment_income, -1.25e9);
    t.history.set(2024, HistoryColumn::wage_bill, 1284e12);
    t.history.set(2024, HistoryColumn::reserve, 63.4e12);
    t.history.set(2024, HistoryColumn::labour_force, 52.9e6);
    t.history.set(2024, HistoryColumn::new_claims, 1.0 / 3.0);  // every bit must survive
    t.sources[historySourceKey(HistoryColumn::insured, 2009)] = "ILO (Ngo Thi Loan 2013), \"slide 4\"";
    t.sources[historySourceKey(HistoryColumn::benefits, 2015)] = "tailieu.vn, management of the UI fund";
    t.sources[historySourceKey(HistoryColumn::reserve, 2024)] = "vietnamnet.vn,\nline two";
    return t;
}

void writeText(const QString& path, const std::string& text)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

}  // namespace

void HistoryTest::columns_areTheProjectionCsvNames()
{
    // Every history column except the unemployment rate is an output column of the same name.
    const auto& names = columnNames();
    for (const auto& info : historyColumns()) {
        if (info.column == HistoryColumn::unemployment_rate)
            continue;
        QVERIFY2(std::find(names.begin(), names.end(), info.name) != names.end(), info.name.data());
        QCOMPARE(findHistoryColumn(info.name), std::optional<HistoryColumn>(info.column));
    }
    QCOMPARE(int(historyColumns().size()), kHistoryColumnCount);
}

void HistoryTest::file_roundTripsExactly()
{
    Scenario s = loadScenario("builtin:default");
    setHistory(s, sampleTable());
    const std::string text = writeScenario(s);
    const std::string current = "<format_version>" + std::to_string(kScenarioFormatVersion) + "</format_version>";
    QVERIFY(text.find(current) != std::string::npos);
    QVERIFY(text.find("history.insured@2009") != std::string::npos);
    ScenarioFileInfo info;
    const Scenario back = readScenario(text, "test", &info);
    QCOMPARE(info.formatVersion, kScenarioFormatVersion);
    QVERIFY(back.history == s.history);
    QVERIFY(back.sources == s.sources);
    QVERIFY(back == s);
    QCOMPARE(writeScenario(back), text);
    // The history's own table reads back the same.
    QVERIFY(historyTable(back) == sampleTable());
}

void HistoryTest::file_olderVersionWithHistory_isRefused()
{
    Scenario s = loadScenario("builtin:default");
    setHistory(s, sampleTable());
    std::string text = writeScenario(s);
    const std::string current = "<format_version>" + std::to_string(kScenarioFormatVersion) + "</format_version>";
    const auto at = text.find(current);
    QVERIFY(at != std::string::npos);
    text.replace(at, current.size(), "<format_version>2</format_version>");
    try {
        readScenario(text, "old.tideover");
        QFAIL("a version 2 file with a history was read");
    } catch (const ScenarioFileError& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.contains("old.tideover, line") && message.contains("history.") &&
                     message.contains("format version 3"),
                 e.what());
    }
}

void HistoryTest::file_badHistoryEntries_areRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown column") << "history.payroll@2015" << "1" << "'payroll' is not a history column";
    QTest::newRow("no year") << "history.benefits" << "1" << "history.COLUMN@YEAR";
    QTest::newRow("year not a number") << "history.benefits@20x5" << "1" << "'20x5' is not a year";
    QTest::newRow("year out of range") << "history.benefits@1850" << "1" << "the year 1850 is not a calendar year";
    QTest::newRow("value not a number") << "history.benefits@2015" << "lots" << "'lots' is not a number";
    QTest::newRow("value infinite") << "history.benefits@2015" << "inf" << "is not a finite number";
    QTest::newRow("value too large") << "history.benefits@2015" << "1e999" << "too large";
}

void HistoryTest::file_badHistoryEntries_areRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const Scenario s = loadScenario("builtin:default");
    std::string text = writeScenario(s);
    // Add one entry by hand before </scenario>, and count it.
    const std::string entry = "<parameter><key>" + key.toStdString() + "</key><value>" + value.toStdString() +
                              "</value><source></source></parameter>\n";
    const auto end = text.rfind("</scenario>");
    QVERIFY(end != std::string::npos);
    text.insert(end, entry);
    const auto countAt = text.find("<count>");
    const auto countEnd = text.find("</count>", countAt);
    const int count = std::stoi(text.substr(countAt + 7, countEnd - countAt - 7));
    text.replace(countAt + 7, countEnd - countAt - 7, std::to_string(count + 1));
    try {
        readScenario(text, "bad.tideover");
        QFAIL("the file was read");
    } catch (const ScenarioFileError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
        QVERIFY2(QString::fromStdString(e.what()).startsWith("bad.tideover, line"), e.what());
    }
}

void HistoryTest::csv_roundTripsExactly()
{
    const HistoryTable t = sampleTable();
    const std::string csv = writeHistoryCsv(t.history, t.sources);
    QVERIFY(csv.starts_with("year,labour_force,unemployment_rate,insured,"));
    const HistoryTable back = readHistoryCsv(csv, "test.csv");
    QVERIFY(back == t);
    QCOMPARE(writeHistoryCsv(back.history, back.sources), csv);
    // An empty history is a header alone, and reads back empty.
    QCOMPARE(writeHistoryCsv({}, {}), std::string("year\n"));
    QVERIFY(readHistoryCsv("year\n").history.empty());
}

void HistoryTest::csv_readsQuotedFieldsAndBlankCells()
{
    const std::string csv = "\xEF\xBB\xBF" "year, benefits ,notes,benefits_source\r\n"
                            "2015,\"4500000000000\",\"a, b\"\"c\"\"\nd\",report 2016\r\n"
                            "\r\n"
                            "2016,,,\r\n"
                            "2017, 1e12 ,,\n";
    const HistoryTable t = readHistoryCsv(csv, "q.csv");
    QCOMPARE(t.history.value(2015, HistoryColumn::benefits), std::optional<double>(4.5e12));
    QCOMPARE(t.history.years.at(2015).notes, std::string("a, b\"c\"\nd"));
    QCOMPARE(t.sources.at("history.benefits@2015"), std::string("report 2016"));
    QVERIFY(!t.history.years.count(2016));  // nothing recorded
    QCOMPARE(t.history.value(2017, HistoryColumn::benefits), std::optional<double>(1e12));
}

void HistoryTest::csv_badInput_isRefused_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "" << "is empty";
    QTest::newRow("year not first") << "benefits,year\n1,2015\n" << "line 1: the first column must be 'year'";
    QTest::newRow("unknown column") << "year,payroll\n2015,1\n" << "line 1: unknown column 'payroll'";
    QTest::newRow("column twice") << "year,benefits,benefits\n" << "the column 'benefits' is given twice";
    QTest::newRow("source of nothing") << "year,payroll_source\n" << "unknown column 'payroll_source'";
    QTest::newRow("bad number") << "year,benefits\n2015,1\n2016,abc\n" << "line 3: column 'benefits': 'abc' is not a number";
    QTest::newRow("thousands separator") << "year,benefits\n2015,\"1,000\"\n" << "line 2: column 'benefits': '1,000' is not a number";
    QTest::newRow("nan") << "year,benefits\n2015,nan\n" << "is not a finite number";
    QTest::newRow("huge") << "year,benefits\n2015,1e400\n" << "too large";
    QTest::newRow("negative persons") << "year,insured\n2015,-5\n" << "column 'insured': the value -5 is out of range; allowed: >= 0";
    QTest::newRow("rate of 1") << "year,unemployment_rate\n2015,1\n" << "allowed: [0, 1)";
    QTest::newRow("duplicate year") << "year,benefits\n2015,1\n2016,2\n2015,3\n" << "line 4: the year 2015 is given twice";
    QTest::newRow("year out of range") << "year,benefits\n1850,1\n" << "the year 1850 is not a calendar year in 1900..2200";
    QTest::newRow("year not a number") << "year,benefits\n20x5,1\n" << "'20x5' is not a year";
    QTest::newRow("year missing") << "year,benefits\n,1\n" << "the year is missing";
    QTest::newRow("short row") << "year,benefits,reserve\n2015,1\n" << "line 2: the row has 2 fields; the header has 3";
    QTest::newRow("long row") << "year,benefits\n2015,1,2\n" << "the row has 3 fields";
    QTest::newRow("unclosed quote") << "year,notes\n2015,\"abc\n" << "not closed";
    QTest::newRow("quote inside") << "year,notes\n2015,ab\"c\n" << "a quote (\") inside an unquoted field";
    QTest::newRow("control characters") << "year,notes\n2015,\x1b]0;owned\x07\n" << "control characters";
    QTest::newRow("binary") << QString("year,benefits\n2015,1\n") + QChar(0) << "binary data";
    QTest::newRow("source without value") << "year,benefits,benefits_source\n2015,,report\n" << "gives a source for benefits but no value";
    QTest::newRow("too many rows") << [] {
        QString csv = "year,benefits\n";
        for (int y = 1900; y <= 2201; ++y)
            csv += QString::number(y) + ",1\n";
        return csv;
    }() << "more than 301 rows";
}

void HistoryTest::csv_badInput_isRefused()
{
    QFETCH(QString, csv);
    QFETCH(QString, expected);
    const QByteArray bytes = csv.toUtf8();
    try {
        readHistoryCsv(std::string_view(bytes.constData(), std::size_t(bytes.size())), "bad.csv");
        QFAIL("the CSV was read");
    } catch (const HistoryCsvError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
        QVERIFY2(QString::fromStdString(e.what()).startsWith("bad.csv"), e.what());
        // The message quotes no control character of the file.
        const std::string m = e.what();
        QVERIFY(std::none_of(m.begin(), m.end(), [](char c) { return c == '\x1b' || c == '\x07' || c == '\0'; }));
    }
}

void HistoryTest::csv_millionRows_isRefusedQuickly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("huge.csv");
    std::string text = "year,benefits\n";
    text.reserve(12'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        text += "2015,1\n";
    writeText(path, text);
    try {
        loadHistoryCsvFile(path.toStdString());
        QFAIL("a million rows were read");
    } catch (const HistoryCsvError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains("is too large"), e.what());
    }
    // Under the size limit, the row limit speaks first.
    try {
        readHistoryCsv(text.substr(0, 1'000'000), "many.csv");
        QFAIL("many rows were read");
    } catch (const HistoryCsvError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains("given twice"), e.what());
    }
}

void HistoryTest::csv_fileThatIsNotRegular_isRefused()
{
    QTemporaryDir dir;
    for (const QString& path : {dir.path(), dir.filePath("missing.csv"), QStringLiteral("/dev/zero")}) {
        try {
            loadHistoryCsvFile(path.toStdString());
            QFAIL(qPrintable("read " + path));
        } catch (const HistoryCsvError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(path), e.what());
        }
    }
}

void HistoryTest::validation_flagsOutOfRangeValues()
{
    Scenario s = loadScenario("builtin:default");
    QVERIFY(!hasErrors(validate(s)));
    s.history.set(2020, HistoryColumn::insured, -1);
    s.history.set(2021, HistoryColumn::unemployment_rate, 2);
    s.history.set(2022, HistoryColumn::reserve, -5e9);  // a deficit is allowed
    s.history.years[1800].notes = "too early";
    const auto problems = validate(s);
    QStringList keys;
    for (const auto& p : problems)
        if (p.isError())
            keys << QString::fromStdString(p.key);
    QCOMPARE(keys, QStringList({"history@1800", "history.insured@2020", "history.unemployment_rate@2021"}));
}

void HistoryTest::setHistory_replacesHistoryAndItsSourcesOnly()
{
    Scenario s = loadScenario("builtin:default");
    s.sources["history.benefits@1999"] = "stale";
    s.history.set(1999, HistoryColumn::benefits, 1);
    const auto parameterSources = s.sources.size() - 1;
    setHistory(s, sampleTable());
    QVERIFY(s.history == sampleTable().history);
    QVERIFY(!s.sources.count("history.benefits@1999"));
    QCOMPARE(s.sources.size(), parameterSources + sampleTable().sources.size());
}

QTEST_GUILESS_MAIN(HistoryTest)
#include "tst_history.moc"
