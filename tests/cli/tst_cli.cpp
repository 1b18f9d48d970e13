// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Runs the real tideover-cli (TIDEOVER_CLI) with QProcess and checks its contract: the
// commands' output (CSV header and rows, summary JSON, show and keys lines), --set, files
// saved and read back, and exit status 2 with a message naming the problem for bad input.
// Every failure prints the command line, its exit status and its full stdout and stderr.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include "clirunner.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace {

using namespace clitest;

const QString kSourceDir = QStringLiteral(TIDEOVER_SOURCE_DIR);
constexpr int kParameterCount = 97;  // model-spec v1-v2 54, v5 43
// The entries of a written scenario without a package: the v5 keys at their defaults are left
// out (docs/file-format.md, version 5), and the v1 table's keys are the spec's first table.
constexpr int kFileEntries = 54;

// The contract: the spec's annual output columns, in the spec's order.
const QStringList kAnnualColumns = {
    "year",
    "labour_force",
    "unemployed",
    "insured",
    "separations",
    "wage_bill",
    "contribution_rate",
    "contributions",
    "new_claims",
    "beneficiaries",
    "benefits",
    "other_expenditure",
    "admin",
    "expenditure",
    "investment_income",
    "transfers",
    "balance",
    "reserve",
    "reserve_ratio",
    "reserve_to_wages",
    "cost_rate",
    "effective_coverage",
    "average_benefit",
    "average_replacement",
    "high_cost_multiple",
    "state_subsidy",  // model-spec v2
};

const QStringList kMonthlyColumns = {
    "year",          "month",    "contribution_rate", "separations", "new_claims",  "beneficiaries",
    "contributions", "benefits", "other_expenditure", "admin",       "expenditure", "investment_income",
    "transfers",     "reserve",  "state_subsidy",
};

const QStringList kSummaryKeys = {"depletion_year", "minimum_reserve_ratio", "minimum_reserve_ratio_year",
                                  "break_even_rate"};


QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

// Strict number syntax of the CSV (printf %.17g): no spaces, no nan or inf.
std::optional<double> number(const QString& cell)
{
    static const QRegularExpression re(R"(^-?[0-9]+(\.[0-9]+)?(e[+-][0-9]{2,3})?$)");
    if (!re.match(cell).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double x = cell.toDouble(&ok);
    if (!ok || !std::isfinite(x))
        return std::nullopt;
    return x;
}

QString printf17(double x)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", x);
    return QString::fromLatin1(buf);
}

int significantDigits(const QString& cell)
{
    QString mantissa = cell.section('e', 0, 0);
    mantissa.remove('-').remove('.');
    while (mantissa.startsWith('0'))
        mantissa.remove(0, 1);
    return static_cast<int>(mantissa.size());
}

bool near(double a, double b, double relative, double absolute = 0)
{
    return std::abs(a - b) <= std::max(absolute, relative * std::max(std::abs(a), std::abs(b)));
}

// A CSV as the CLI writes it: header, rows of the same width, '\n' endings, no quoting.
struct Csv {
    QStringList header;
    QList<QStringList> rows;
    QString problem; // empty when well-formed

    int col(const QString& name) const { return static_cast<int>(header.indexOf(name)); }
    QString cell(int row, const QString& name) const { return rows.at(row).at(col(name)); }
    double value(int row, const QString& name) const { return number(cell(row, name)).value_or(NAN); }
    QList<double> column(const QString& name) const
    {
        QList<double> v;
        for (int r = 0; r < rows.size(); ++r)
            v.append(value(r, name));
        return v;
    }
};

Csv parseCsv(const QByteArray& text)
{
    Csv csv;
    if (text.isEmpty()) {
        csv.problem = "no output";
        return csv;
    }
    if (!text.endsWith('\n'))
        csv.problem = "the last line has no newline";
    if (text.contains('\r'))
        csv.problem = "carriage returns in the output";
    if (text.contains('"'))
        csv.problem = "quotes in the output";
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast(); // after the final newline
    if (lines.isEmpty()) {
        csv.problem = "no header";
        return csv;
    }
    csv.header = QString::fromUtf8(lines.takeFirst()).split(',');
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList cells = QString::fromUtf8(lines[i]).split(',');
        if (cells.size() != csv.header.size() && csv.problem.isEmpty())
            csv.problem = QString("row %1 has %2 cells, the header %3")
                              .arg(i + 1)
                              .arg(cells.size())
                              .arg(csv.header.size());
        csv.rows.append(cells);
    }
    return csv;
}

// Tab-separated lines (show, keys), each split into its fields (empty fields kept).
QList<QStringList> parseLines(const QByteArray& text)
{
    QList<QStringList> lines;
    for (const auto& line : QString::fromUtf8(text).split('\n', Qt::SkipEmptyParts))
        lines.append(line.split('\t'));
    return lines;
}

QMap<QString, QStringList> byKey(const QList<QStringList>& lines)
{
    QMap<QString, QStringList> map;
    for (const auto& l : lines)
        map.insert(l.value(0), l);
    return map;
}

// The model spec, parsed from docs/model-spec.md.
struct SpecParameter {
    QString key, unit, range, defaultValue;
};

QString specSection(const QString& heading, const QString& nextHeading)
{
    const QString text = QString::fromUtf8(readFile(kSourceDir + "/docs/model-spec.md"));
    const auto a = text.indexOf(heading);
    const auto b = text.indexOf(nextHeading, a + 1);
    return a < 0 || b < 0 ? QString() : text.mid(a, b - a);
}

QList<QStringList> specTableRows(const QString& section)
{
    QList<QStringList> rows;
    for (const auto& line : section.split('\n')) {
        if (!line.startsWith("| `"))
            continue;
        QStringList cells = line.split('|');
        cells.removeFirst();
        cells.removeLast();
        for (auto& c : cells)
            c = c.trimmed();
        rows.append(cells);
    }
    return rows;
}

QStringList backticked(const QString& cell)
{
    QStringList names;
    static const QRegularExpression re("`([^`]+)`");
    for (auto it = re.globalMatch(cell); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

QList<SpecParameter> specParameters()
{
    QList<SpecParameter> params;
    for (const auto& cells : specTableRows(specSection("## Parameters", "## Equations")))
        params.append({backticked(cells.value(0)).value(0), cells.value(1), cells.value(2), cells.value(3)});
    // The v2 section's new keys.
    for (const auto& cells : specTableRows(specSection("## New keys", "## Equations that change")))
        params.append({backticked(cells.value(0)).value(0), cells.value(1), cells.value(2), cells.value(3)});
    return params;
}

QStringList specColumns()
{
    QStringList columns;
    for (const auto& cells : specTableRows(specSection("## Output", "## Summary")))
        columns += backticked(cells.value(0));
    // The v2 columns, appended after the v1 ones.
    for (const auto& cells : specTableRows(specSection("## Output: v2 columns", "and `balance`")))
        columns += backticked(cells.value(0));
    return columns;
}

// `(<key>KEY</key> <value>...</value>)` of a scenario file's text, with a new value.
QByteArray withValue(QByteArray text, const QString& key, const QString& value)
{
    QString s = QString::fromUtf8(text);
    const QRegularExpression re("(<key>" + QRegularExpression::escape(key) +
                                R"(</key>\s*<value>)[^<]*(</value>))");
    s.replace(re, "\\1" + value + "\\2");
    return s.toUtf8();
}

QByteArray withSource(QByteArray text, const QString& key, const QString& source)
{
    QString s = QString::fromUtf8(text);
    const QRegularExpression re("(<key>" + QRegularExpression::escape(key) +
                                R"(</key>\s*<value>[^<]*</value>\s*<source>)[^<]*(</source>))");
    s.replace(re, "\\1" + source + "\\2");
    return s.toUtf8();
}

// Removes a key's <parameter> element and lowers <count> to match.
QByteArray withoutKey(QByteArray text, const QString& key)
{
    QString s = QString::fromUtf8(text);
    const QRegularExpression re(R"(\s*<parameter>\s*<key>)" + QRegularExpression::escape(key) +
                                R"(</key>[\s\S]*?</parameter>)");
    s.replace(re, QString());
    s.replace(QString("<count>%1</count>").arg(kFileEntries),
              QString("<count>%1</count>").arg(kFileEntries - 1));
    return s.toUtf8();
}

QStringList withSets(QStringList args, const QStringList& assignments)
{
    for (const auto& a : assignments)
        args << "--set" << a;
    return args;
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_defaultText; // scenarios/default.tideover
    QByteArray m_defaultCsv;  // project builtin:default
    QByteArray m_defaultShow; // show builtin:default
    QMap<QString, QString> m_files;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString fixture(const QString& name) const { return m_files.value(name); }
    void addFixture(const QString& name, const QString& fileName, const QByteArray& text)
    {
        const QString p = path(fileName);
        QVERIFY2(writeFile(p, text), qPrintable("cannot write " + p));
        m_files.insert(name, p);
    }
    // `tideover-cli project ARGS` that must succeed; its parsed CSV.
    Csv project(const QStringList& args, QByteArray* raw = nullptr)
    {
        const Run r = runCli(QStringList{"project"} + args);
        if (raw)
            *raw = r.out;
        Csv csv = parseCsv(r.out);
        if (!r.exitedWith(0))
            csv.problem = QString::fromUtf8(r.describe("project failed"));
        return csv;
    }
    QJsonObject summary(const QStringList& args, QString* problem)
    {
        const Run r = runCli(QStringList{"summary"} + args);
        QJsonParseError error{};
        const auto doc = QJsonDocument::fromJson(r.out, &error);
        if (!r.exitedWith(0))
            *problem = QString::fromUtf8(r.describe("summary failed"));
        else if (error.error != QJsonParseError::NoError || !doc.isObject())
            *problem = QString::fromUtf8(r.describe("summary is not a JSON object: " + error.errorString()));
        return doc.object();
    }

private slots:
    void initTestCase();

    void help_exitsZeroWithText_data();
    void help_exitsZeroWithText();
    void noArguments_exitsTwoWithUsageOnStderr();

    void project_header_isSpecColumnsInOrder();
    void project_default_oneRowPerYearFromStartYear();
    void project_numbers_have17SignificantDigits();
    void project_accounts_addUp();
    void project_undefinedValues_areEmptyCells();
    void project_output_writesSameBytesAsStdout_data();
    void project_output_writesSameBytesAsStdout();
    void project_output_replacesExistingFile();
    void project_monthly_hasTwelveRowsPerYear_data();
    void project_monthly_hasTwelveRowsPerYear();
    void project_formatTable_isReadable();

    void summary_isJsonWithFourKeys_data();
    void summary_isJsonWithFourKeys();
    void summary_agreesWithProjection_data();
    void summary_agreesWithProjection();
    void summary_breakEvenRate_reachesTargetReserve_data();
    void summary_breakEvenRate_reachesTargetReserve();

    void set_horizon_changesRowCount_data();
    void set_horizon_changesRowCount();
    void set_startYear_shiftsCalendarOnly();
    void set_list_showsInShowAndChangesBenefits();
    void set_zeroContributions_reserveFalls();
    void set_enumWord_reserveBandMovesRate();
    void set_syntaxForms_data();
    void set_syntaxForms();
    void set_rangeBoundaries_data();
    void set_rangeBoundaries();
    void set_overridesFileValue();
    void set_metadata_savedAndNotAParameter();

    void badInput_exitsTwoWithMessage_data();
    void badInput_exitsTwoWithMessage();
    void truncatedFile_neverCrashes();
    void invalidScenario_leavesOutputFileUntouched_data();
    void invalidScenario_leavesOutputFileUntouched();
    void writeFailure_exitsOne();

    void validate_validScenario_saysValid_data();
    void validate_validScenario_saysValid();
    void validate_invalidScenario_listsEveryError_data();
    void validate_invalidScenario_listsEveryError();

    void save_thenProject_isIdentical_data();
    void save_thenProject_isIdentical();

    void keys_listEveryParameterAsInSpec();
    void show_listsEveryParameterWithSource();
    void datedChanges_setShowDiffAndProject();
    void show_sourceNote_emptyWhenNone();
    void show_values_areSetSyntax();
    void scenarios_listsDefault();
};

void CliTest::initTestCase()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli + " is not an executable"));
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_defaultText = readFile(kSourceDir + "/scenarios/default.tideover");
    QVERIFY2(m_defaultText.size() > 1000, "scenarios/default.tideover is missing");
    QVERIFY(m_defaultText.contains("<count>54</count>"));

    const Run p = runCli({"project", "builtin:default"});
    EXPECT_EXIT(p, 0);
    m_defaultCsv = p.out;
    const Run s = runCli({"show", "builtin:default"});
    EXPECT_EXIT(s, 0);
    m_defaultShow = s.out;

    addFixture("copy", "default.tideover", m_defaultText);
    addFixture("empty", "empty.tideover", {});
    QByteArray binary(4096, '\0');
    QRandomGenerator random(42);
    for (auto& b : binary)
        b = static_cast<char>(random.bounded(256));
    addFixture("binary", "binary.tideover", binary);
    addFixture("text", "text.tideover", "this is not a scenario\njust some words\n");
    addFixture("foreign", "drawing.xml",
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n"
               "  <rect width=\"10\" height=\"10\"/>\n</svg>\n");
    QByteArray otherFormat = m_defaultText;
    otherFormat.replace("<format>tideover-scenario</format>", "<format>other-format</format>");
    addFixture("otherFormat", "other.tideover", otherFormat);
    QByteArray v99 = m_defaultText;
    v99 = QString::fromUtf8(v99).replace(QRegularExpression("<format_version>\\d+</format_version>"),
                                          "<format_version>99</format_version>").toUtf8();
    QVERIFY(v99 != m_defaultText);
    addFixture("v99", "v99.tideover", v99);
    QByteArray vBad = m_defaultText;
    vBad = QString::fromUtf8(vBad).replace(QRegularExpression("<format_version>\\d+</format_version>"),
                                            "<format_version>one</format_version>").toUtf8();
    addFixture("vBad", "vbad.tideover", vBad);

    const auto n = m_defaultText.size();
    addFixture("truncQuarter", "trunc-quarter.tideover", m_defaultText.left(n / 4));
    addFixture("truncHalf", "trunc-half.tideover", m_defaultText.left(n / 2));
    addFixture("truncThreeQuarters", "trunc-3q.tideover", m_defaultText.left(3 * n / 4));
    const auto closing = m_defaultText.lastIndexOf("</boost_serialization>");
    QVERIFY(closing > 0);
    addFixture("truncClosing", "trunc-closing.tideover", m_defaultText.left(closing));
    addFixture("truncInClosing", "trunc-in-closing.tideover", m_defaultText.left(closing + 10));

    const QByteArray outOfRange = withValue(m_defaultText, "labour.unemployment_rate", "0.9");
    QVERIFY(outOfRange != m_defaultText);
    addFixture("outOfRange", "out-of-range.tideover", outOfRange);
    const QByteArray notNumber = withValue(m_defaultText, "labour.force", "lots");
    QVERIFY(notNumber != m_defaultText);
    addFixture("notNumber", "not-number.tideover", notNumber);
    QByteArray unknownKey = m_defaultText;
    unknownKey.replace("<key>labour.job_finding_rate</key>", "<key>labour.job_finder</key>");
    addFixture("unknownKey", "unknown-key.tideover", unknownKey);
    QByteArray duplicate = m_defaultText;
    duplicate.replace("<key>labour.job_finding_rate</key>", "<key>labour.force</key>");
    addFixture("duplicate", "duplicate.tideover", duplicate);
    const QByteArray missingRequired = withoutKey(m_defaultText, "labour.force");
    QVERIFY(!missingRequired.contains("<key>labour.force</key>"));
    addFixture("missingRequired", "missing-required.tideover", missingRequired);
    const QByteArray omitsKey = withoutKey(m_defaultText, "labour.job_finding_rate");
    QVERIFY(!omitsKey.contains("<key>labour.job_finding_rate</key>"));
    addFixture("omitsKey", "omits-key.tideover", omitsKey);
    const QByteArray noSource = withSource(m_defaultText, "labour.force", "");
    QVERIFY(noSource != m_defaultText);
    addFixture("noSource", "no-source.tideover", noSource);

    QVERIFY(QDir(m_dir.path()).mkdir("folder.tideover"));
    m_files.insert("directory", path("folder.tideover"));
    m_files.insert("nonexistent", path("does-not-exist.tideover"));
}

// --- help ---------------------------------------------------------------------------------

void CliTest::help_exitsZeroWithText_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{"--help"} << "Usage: tideover-cli COMMAND";
    QTest::newRow("-h") << QStringList{"-h"} << "Usage: tideover-cli COMMAND";
    QTest::newRow("help") << QStringList{"help"} << "Usage: tideover-cli COMMAND";
    QTest::newRow("--version") << QStringList{"--version"} << "tideover-cli ";
    for (const char* command : {"project", "summary", "validate", "save", "show", "keys", "scenarios"}) {
        const QString c = command;
        QTest::newRow(qPrintable(c + " --help")) << QStringList{c, "--help"} << "Usage: tideover-cli " + c;
        QTest::newRow(qPrintable(c + " -h")) << QStringList{c, "-h"} << "Usage: tideover-cli " + c;
    }
    QTest::newRow("project SCENARIO --help")
        << QStringList{"project", "builtin:default", "--help"} << "Usage: tideover-cli project";
}

void CliTest::help_exitsZeroWithText()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = runCli(args);
    EXPECT_EXIT(r, 0);
    VERIFY_RUN(QString::fromUtf8(r.out).contains(expected), r);
    VERIFY_RUN(r.err.isEmpty(), r);
    if (args == QStringList{"--version"})
        VERIFY_RUN(QRegularExpression(R"(^tideover-cli \d+\.\d+\.\d+\S*\n$)")
                       .match(QString::fromUtf8(r.out))
                       .hasMatch(),
                   r);
    else
        VERIFY_RUN(r.out.count('\n') >= 3, r); // a real help text, not a single word
}

void CliTest::noArguments_exitsTwoWithUsageOnStderr()
{
    const Run r = runCli({});
    EXPECT_EXIT(r, 2);
    VERIFY_RUN(r.out.isEmpty(), r);
    VERIFY_RUN(r.err.contains("Usage: tideover-cli"), r);
    for (const char* command : {"project", "summary", "validate", "save", "show", "keys"})
        VERIFY_RUN(r.err.contains(command), r);
}

// --- project ------------------------------------------------------------------------------

void CliTest::project_header_isSpecColumnsInOrder()
{
    QCOMPARE(kAnnualColumns.size(), 26);
    // The hard-coded list is the contract; it must also be what the spec document says.
    QCOMPARE(specColumns(), kAnnualColumns);
    const Csv csv = parseCsv(m_defaultCsv);
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    QCOMPARE(csv.header, kAnnualColumns);
    QVERIFY(m_defaultCsv.startsWith(kAnnualColumns.join(',').toUtf8() + '\n'));
}

void CliTest::project_default_oneRowPerYearFromStartYear()
{
    const auto show = byKey(parseLines(m_defaultShow));
    bool ok = false;
    const int startYear = show.value("projection.start_year").value(1).toInt(&ok);
    QVERIFY(ok);
    QCOMPARE(startYear, 2026);
    QCOMPARE(show.value("projection.years").value(1), QString("30"));

    const Csv csv = parseCsv(m_defaultCsv);
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    QCOMPARE(csv.rows.size(), 30);
    for (int y = 0; y < csv.rows.size(); ++y) {
        QCOMPARE(csv.cell(y, "year"), QString::number(startYear + y));
        for (int c = 0; c < csv.header.size(); ++c) {
            // In the reference scenario every value is defined (expenditure, wage bill and
            // beneficiaries are never 0), so every cell is a finite number.
            const QString& cell = csv.rows[y][c];
            QVERIFY2(number(cell).has_value(),
                     qPrintable(QString("row %1, %2: '%3' is not a number").arg(y).arg(csv.header[c], cell)));
        }
    }
    // Values an actuary can sanity-check.
    QCOMPARE(csv.value(0, "labour_force"), 4e7);
    QCOMPARE(csv.value(0, "unemployed"), 4e7 * 0.04);
    QCOMPARE(csv.value(0, "contribution_rate"), 0.02);
    QCOMPARE(csv.value(0, "transfers"), 0.0);
    for (int y = 0; y < csv.rows.size(); ++y) {
        const double ratio = csv.value(y, "reserve_ratio");
        QVERIFY2(ratio > 0 && ratio < 100, qPrintable(csv.cell(y, "reserve_ratio")));
        const double coverage = csv.value(y, "effective_coverage");
        QVERIFY2(coverage > 0 && coverage < 1, qPrintable(csv.cell(y, "effective_coverage")));
        const double replacement = csv.value(y, "average_replacement");
        QVERIFY2(replacement > 0.2 && replacement <= 0.6, qPrintable(csv.cell(y, "average_replacement")));
        QVERIFY(csv.value(y, "insured") < csv.value(y, "labour_force") - csv.value(y, "unemployed"));
        if (y > 0)
            QVERIFY(csv.value(y, "labour_force") > csv.value(y - 1, "labour_force")); // growth > 0
    }
}

void CliTest::project_numbers_have17SignificantDigits()
{
    const Csv csv = parseCsv(m_defaultCsv);
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    int withSeventeen = 0;
    int cells = 0;
    for (const auto& row : csv.rows) {
        for (const auto& cell : row) {
            const auto x = number(cell);
            QVERIFY2(x.has_value(), qPrintable(cell));
            // Exactly printf's %.17g of the value: 17 significant digits, trailing zeros dropped.
            QCOMPARE(cell, printf17(*x));
            QVERIFY2(significantDigits(cell) <= 17, qPrintable(cell));
            withSeventeen += significantDigits(cell) == 17;
            ++cells;
        }
    }
    QCOMPARE(cells, 30 * 26);
    QVERIFY2(withSeventeen > cells / 2,
             qPrintable(QString("only %1 of %2 cells have 17 digits").arg(withSeventeen).arg(cells)));
}

void CliTest::project_accounts_addUp()
{
    const Csv csv = parseCsv(m_defaultCsv);
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    const double initial = byKey(parseLines(m_defaultShow)).value("reserve.initial").value(1).toDouble();
    QCOMPARE(initial, 4.5e10);
    double previous = initial;
    for (int y = 0; y < csv.rows.size(); ++y) {
        auto v = [&](const char* name) { return csv.value(y, name); };
        const QByteArray where = QString("year %1").arg(csv.cell(y, "year")).toUtf8();
        const double scale = v("contributions") + v("expenditure");
        QVERIFY2(near(v("balance"),
                      v("contributions") + v("investment_income") + v("transfers") - v("expenditure"), 0,
                      1e-9 * scale),
                 where);
        QVERIFY2(near(v("expenditure"), v("benefits") + v("other_expenditure") + v("admin"), 1e-12), where);
        QVERIFY2(near(v("reserve"), previous + v("balance"), 1e-12), where);
        QVERIFY2(near(v("reserve_ratio"), v("reserve") / v("expenditure"), 1e-14), where);
        QVERIFY2(near(v("reserve_to_wages"), v("reserve") / v("wage_bill"), 1e-14), where);
        QVERIFY2(near(v("cost_rate"), v("expenditure") / v("wage_bill"), 1e-14), where);
        QVERIFY2(near(v("effective_coverage"), v("beneficiaries") / v("unemployed"), 1e-14), where);
        QVERIFY2(near(v("average_benefit"), v("benefits") / (12 * v("beneficiaries")), 1e-14), where);
        QVERIFY2(near(v("contributions"), v("contribution_rate") * v("wage_bill"), 1e-12), where);
        QVERIFY2(near(v("admin"), 0.04 * v("contributions"), 1e-12), where); // admin_share 0.04
        previous = v("reserve");
    }
}

void CliTest::project_undefinedValues_areEmptyCells()
{
    // No claims, no stock, no contributions: expenditure and beneficiaries are 0, so the
    // ratios over them are undefined; the wage bill is not, so the others stay numbers.
    const QStringList sets = {"eligibility.take_up=0", "projection.initial_claimants=empty",
                              "contributions.employee_rate=0", "contributions.employer_rate=0"};
    const Csv csv = project(withSets({"builtin:default"}, sets));
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    QCOMPARE(csv.header, kAnnualColumns);
    QCOMPARE(csv.rows.size(), 30);
    const QStringList undefined = {"reserve_ratio", "average_benefit", "average_replacement",
                                   "high_cost_multiple"};
    for (int y = 0; y < csv.rows.size(); ++y) {
        for (const auto& name : kAnnualColumns) {
            const QString cell = csv.cell(y, name);
            const QByteArray where = QString("year %1, %2: '%3'").arg(y).arg(name, cell).toUtf8();
            if (undefined.contains(name))
                QVERIFY2(cell.isEmpty(), where);
            else
                QVERIFY2(number(cell).has_value(), where);
        }
        QCOMPARE(csv.value(y, "expenditure"), 0.0);
        QCOMPARE(csv.value(y, "beneficiaries"), 0.0);
        QVERIFY(csv.value(y, "reserve") > 4.5e10); // only interest comes in
    }
}

void CliTest::project_output_writesSameBytesAsStdout_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("form");
    QTest::newRow("csv --output FILE") << QStringList{} << "separate";
    QTest::newRow("csv -o FILE") << QStringList{} << "short";
    QTest::newRow("csv --output=FILE") << QStringList{} << "equals";
    QTest::newRow("csv --output -") << QStringList{} << "stdout";
    QTest::newRow("monthly --output FILE") << QStringList{"--monthly"} << "separate";
    QTest::newRow("table --output FILE") << QStringList{"--format", "table"} << "separate";
    QTest::newRow("set --output FILE") << QStringList{"--set", "projection.years=7"} << "separate";
}

void CliTest::project_output_writesSameBytesAsStdout()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, form);
    const Run reference = runCli(QStringList{"project", "builtin:default"} + extra);
    EXPECT_EXIT(reference, 0);
    VERIFY_RUN(reference.out.size() > 1000, reference);

    const QString file = path("out-" + form + ".csv");
    QFile::remove(file);
    QStringList args = QStringList{"project", "builtin:default"} + extra;
    if (form == "separate")
        args << "--output" << file;
    else if (form == "short")
        args << "-o" << file;
    else if (form == "equals")
        args << "--output=" + file;
    else
        args << "--output"
             << "-";
    const Run r = runCli(args);
    EXPECT_EXIT(r, 0);
    if (form == "stdout") {
        VERIFY_RUN(r.out == reference.out, r);
        return;
    }
    VERIFY_RUN(r.out.isEmpty(), r);
    VERIFY_RUN(QFileInfo::exists(file), r);
    QCOMPARE(readFile(file), reference.out);
}

void CliTest::project_output_replacesExistingFile()
{
    const QString file = path("existing.csv");
    QVERIFY(writeFile(file, QByteArray(100000, 'x'))); // longer than the CSV
    const Run r = runCli({"project", "builtin:default", "--output", file});
    EXPECT_EXIT(r, 0);
    QCOMPARE(readFile(file), m_defaultCsv);
}

void CliTest::project_monthly_hasTwelveRowsPerYear_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<int>("years");
    QTest::newRow("default 30 years") << QStringList{} << 30;
    QTest::newRow("10 years") << QStringList{"projection.years=10"} << 10;
    QTest::newRow("1 year") << QStringList{"projection.years=1"} << 1;
    QTest::newRow("reserve band, transfers")
        << QStringList{"financing.rule=reserve_band", "reserve.transfers=1e9,0"} << 30;
}

void CliTest::project_monthly_hasTwelveRowsPerYear()
{
    QFETCH(QStringList, sets);
    QFETCH(int, years);
    const Csv monthly = project(withSets({"builtin:default", "--monthly"}, sets));
    QVERIFY2(monthly.problem.isEmpty(), qPrintable(monthly.problem));
    const Csv annual = project(withSets({"builtin:default"}, sets));
    QVERIFY2(annual.problem.isEmpty(), qPrintable(annual.problem));
    QCOMPARE(monthly.header, kMonthlyColumns);
    QCOMPARE(monthly.rows.size(), 12 * years);
    QCOMPARE(annual.rows.size(), years);
    for (int m = 0; m < monthly.rows.size(); ++m) {
        for (const auto& cell : monthly.rows[m])
            QVERIFY2(number(cell).has_value(), qPrintable(QString("month %1: '%2'").arg(m).arg(cell)));
        QCOMPARE(monthly.value(m, "year"), 2026.0 + m / 12);
        QCOMPARE(monthly.value(m, "month"), 1.0 + m % 12);
    }
    // The annual table aggregates the monthly one.
    for (int y = 0; y < years; ++y) {
        const QByteArray where = QString("year %1").arg(2026 + y).toUtf8();
        for (const char* flow : {"contributions", "benefits", "expenditure", "investment_income", "transfers",
                                 "new_claims", "separations"}) {
            double sum = 0;
            for (int m = 12 * y; m < 12 * y + 12; ++m)
                sum += monthly.value(m, flow);
            QVERIFY2(near(sum, annual.value(y, flow), 1e-12, 1e-6), where + " " + flow);
        }
        double beneficiaries = 0;
        for (int m = 12 * y; m < 12 * y + 12; ++m)
            beneficiaries += monthly.value(m, "beneficiaries");
        QVERIFY2(near(beneficiaries / 12, annual.value(y, "beneficiaries"), 1e-12), where);
        QVERIFY2(near(monthly.value(12 * y + 11, "reserve"), annual.value(y, "reserve"), 1e-14), where);
        QCOMPARE(monthly.value(12 * y, "contribution_rate"), annual.value(y, "contribution_rate"));
    }
}

void CliTest::project_formatTable_isReadable()
{
    const Run r = runCli({"project", "builtin:default", "--format", "table"});
    EXPECT_EXIT(r, 0);
    const QStringList lines = QString::fromUtf8(r.out).split('\n');
    VERIFY_RUN(lines.value(0).contains("Reference scheme, middle-income country"), r);
    VERIFY_RUN(!r.out.contains(kAnnualColumns.join(',').toUtf8()), r); // not the CSV
    int headerLine = -1;
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith("year") && lines[i].contains("reserve") && lines[i].contains("insured"))
            headerLine = i;
    VERIFY_RUN(headerLine >= 0, r);
    const auto width = lines[headerLine].size();
    for (int y = 0; y < 30; ++y) {
        const QString& line = lines.value(headerLine + 1 + y);
        VERIFY_RUN(line.startsWith(QString::number(2026 + y) + ' '), r);
        VERIFY_RUN(line.size() == width, r); // aligned columns
        VERIFY_RUN(line.split(' ', Qt::SkipEmptyParts).size() >= 8, r);
    }
    VERIFY_RUN(r.out.contains("Depletion year"), r);
    VERIFY_RUN(r.out.contains("never"), r); // the reference scheme is never depleted
    VERIFY_RUN(r.out.contains("Break-even"), r);
    VERIFY_RUN(r.out.contains("1.30 %"), r); // the break-even rate, 1.297 %, in the number style
}

// --- summary ------------------------------------------------------------------------------

void CliTest::summary_isJsonWithFourKeys_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<bool>("depletes");
    QTest::addColumn<bool>("allNull");
    QTest::addColumn<bool>("breakEven");
    QTest::newRow("default") << QStringList{} << false << false << true;
    QTest::newRow("no contributions")
        << QStringList{"contributions.employee_rate=0", "contributions.employer_rate=0"} << true << false
        << true;
    // Nothing is spent, so no rate brings the reserve down to the target: all four are null.
    QTest::newRow("no expenditure") << QStringList{"eligibility.take_up=0",
                                                   "projection.initial_claimants=empty",
                                                   "contributions.employee_rate=0",
                                                   "contributions.employer_rate=0"}
                                    << false << true << false;
    QTest::newRow("reserve band") << QStringList{"financing.rule=reserve_band"} << false << false << true;
    // The initial reserve (4.5e10) already exceeds one year's spending at a rate of 0.
    QTest::newRow("one year, reserve above target")
        << QStringList{"projection.years=1"} << false << false << false;
    QTest::newRow("one year, empty reserve")
        << QStringList{"projection.years=1", "reserve.initial=0"} << false << false << true;
}

void CliTest::summary_isJsonWithFourKeys()
{
    QFETCH(QStringList, sets);
    QFETCH(bool, depletes);
    QFETCH(bool, allNull);
    QFETCH(bool, breakEven);
    const Run r = runCli(withSets({"summary", "builtin:default"}, sets));
    EXPECT_EXIT(r, 0);
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(r.out, &error);
    VERIFY_RUN(error.error == QJsonParseError::NoError, r);
    VERIFY_RUN(doc.isObject(), r);
    const QJsonObject o = doc.object();
    QStringList keys = o.keys();
    keys.sort();
    QStringList expected = kSummaryKeys;
    expected.sort();
    QCOMPARE(keys, expected);
    for (const auto& key : kSummaryKeys)
        VERIFY_RUN(o.value(key).isDouble() || o.value(key).isNull(), r);
    for (const char* yearKey : {"depletion_year", "minimum_reserve_ratio_year"}) {
        if (o.value(yearKey).isNull())
            continue;
        const double year = o.value(yearKey).toDouble();
        VERIFY_RUN(year == std::floor(year) && year >= 2026 && year <= 2055, r);
    }
    VERIFY_RUN(o.value("minimum_reserve_ratio").isNull() == o.value("minimum_reserve_ratio_year").isNull(),
               r);
    if (allNull) {
        for (const auto& key : kSummaryKeys)
            VERIFY_RUN(o.value(key).isNull(), r);
        return;
    }
    VERIFY_RUN(o.value("depletion_year").isNull() == !depletes, r);
    VERIFY_RUN(o.value("minimum_reserve_ratio").isDouble(), r);
    if (breakEven) {
        const double rate = o.value("break_even_rate").toDouble(-1);
        VERIFY_RUN(rate > 0 && rate < 0.1, r);
    } else {
        VERIFY_RUN(o.value("break_even_rate").isNull(), r);
    }
}

void CliTest::summary_agreesWithProjection_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::newRow("default") << QStringList{};
    QTest::newRow("no contributions")
        << QStringList{"contributions.employee_rate=0", "contributions.employer_rate=0"};
    QTest::newRow("low contributions")
        << QStringList{"contributions.employee_rate=0.004", "contributions.employer_rate=0.004"};
    QTest::newRow("reserve band from nothing")
        << QStringList{"financing.rule=reserve_band", "reserve.initial=0"};
}

void CliTest::summary_agreesWithProjection()
{
    QFETCH(QStringList, sets);
    QString problem;
    const QJsonObject o = summary(withSets({"builtin:default"}, sets), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Csv annual = project(withSets({"builtin:default"}, sets));
    QVERIFY2(annual.problem.isEmpty(), qPrintable(annual.problem));
    const Csv monthly = project(withSets({"builtin:default", "--monthly"}, sets));
    QVERIFY2(monthly.problem.isEmpty(), qPrintable(monthly.problem));

    // Lowest reserve ratio, the first year on a tie.
    int minYear = -1;
    double minRatio = INFINITY;
    for (int y = 0; y < annual.rows.size(); ++y) {
        const auto ratio = number(annual.cell(y, "reserve_ratio"));
        if (ratio && *ratio < minRatio) {
            minRatio = *ratio;
            minYear = 2026 + y;
        }
    }
    QVERIFY(minYear > 0);
    QCOMPARE(o.value("minimum_reserve_ratio").toDouble(), minRatio);
    QCOMPARE(o.value("minimum_reserve_ratio_year").toInt(), minYear);

    // Depletion: the first year with a month-end reserve below 0.
    int depletion = -1;
    for (int m = 0; m < monthly.rows.size() && depletion < 0; ++m)
        if (monthly.value(m, "reserve") < 0)
            depletion = static_cast<int>(monthly.value(m, "year"));
    if (depletion < 0)
        QVERIFY2(o.value("depletion_year").isNull(), qPrintable(QJsonDocument(o).toJson()));
    else
        QCOMPARE(o.value("depletion_year").toInt(-1), depletion);
}

void CliTest::summary_breakEvenRate_reachesTargetReserve_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("target 1 year") << "1";
    QTest::newRow("target 2 years") << "2";
    QTest::newRow("target 0.5 years") << "0.5";
}

void CliTest::summary_breakEvenRate_reachesTargetReserve()
{
    QFETCH(QString, target);
    const QStringList base = {"builtin:default", "--set", "projection.target_reserve_ratio=" + target};
    QString problem;
    const QJsonObject o = summary(base, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const double rate = o.value("break_even_rate").toDouble(-1);
    QVERIFY2(rate > 0 && rate < 1, qPrintable(QJsonDocument(o).toJson()));

    // The constant total rate that leaves target * last expenditure in the reserve.
    auto endGap = [&](double total, QString* why) -> double {
        const Csv csv = project(base + QStringList{"--set", "contributions.employee_rate=" + printf17(total),
                                                   "--set", "contributions.employer_rate=0"});
        *why = csv.problem;
        if (!csv.problem.isEmpty())
            return NAN;
        const int last = static_cast<int>(csv.rows.size()) - 1;
        return (csv.value(last, "reserve") - target.toDouble() * csv.value(last, "expenditure")) /
               csv.value(last, "expenditure");
    };
    QString why;
    const double atRate = endGap(rate, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(std::abs(atRate) < 1e-6,
             qPrintable(QString("relative gap %1 at rate %2").arg(atRate).arg(rate)));
    const double below = endGap(rate - 0.001, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(below < -1e-3, qPrintable(QString::number(below)));
    const double above = endGap(rate + 0.001, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(above > 1e-3, qPrintable(QString::number(above)));
}

// --- --set --------------------------------------------------------------------------------

void CliTest::set_horizon_changesRowCount_data()
{
    QTest::addColumn<int>("years");
    QTest::newRow("1") << 1;
    QTest::newRow("10") << 10;
    QTest::newRow("31") << 31;
    QTest::newRow("100") << 100;
}

void CliTest::set_horizon_changesRowCount()
{
    QFETCH(int, years);
    QByteArray raw;
    const Csv csv = project({"builtin:default", "--set", QString("projection.years=%1").arg(years)}, &raw);
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    QCOMPARE(csv.header, kAnnualColumns);
    QCOMPARE(csv.rows.size(), years);
    QCOMPARE(csv.cell(years - 1, "year"), QString::number(2026 + years - 1));
    // The model is causal: the shared years equal the default horizon's byte for byte.
    const QList<QByteArray> mine = raw.split('\n');
    const QList<QByteArray> reference = m_defaultCsv.split('\n');
    for (int i = 0; i <= std::min(years, 30); ++i)
        QCOMPARE(mine.at(i), reference.at(i));
}

void CliTest::set_startYear_shiftsCalendarOnly()
{
    const Csv csv = project({"builtin:default", "--set", "projection.start_year=1990"});
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    const Csv reference = parseCsv(m_defaultCsv);
    QCOMPARE(csv.rows.size(), 30);
    for (int y = 0; y < 30; ++y) {
        QCOMPARE(csv.cell(y, "year"), QString::number(1990 + y));
        QCOMPARE(csv.rows[y].mid(1), reference.rows[y].mid(1));
    }
}

void CliTest::set_list_showsInShowAndChangesBenefits()
{
    const QStringList set = {"--set", "benefits.replacement_rates=0.8,0.5"};
    const Run show = runCli(QStringList{"show", "builtin:default"} + set);
    EXPECT_EXIT(show, 0);
    const auto lines = byKey(parseLines(show.out));
    QCOMPARE(lines.value("benefits.replacement_rates").value(1), QString("0.8,0.5"));
    // Nothing else changed.
    const auto reference = byKey(parseLines(m_defaultShow));
    QCOMPARE(reference.value("benefits.replacement_rates").value(1), QString("0.6"));
    for (auto it = reference.begin(); it != reference.end(); ++it)
        if (it.key() != "benefits.replacement_rates")
            QCOMPARE(lines.value(it.key()), it.value());

    const Csv csv = project(QStringList{"builtin:default"} + set);
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    const Csv base = parseCsv(m_defaultCsv);
    for (int y = 0; y < 30; ++y) {
        QCOMPARE(csv.cell(y, "contributions"), base.cell(y, "contributions"));
        QCOMPARE(csv.cell(y, "beneficiaries"), base.cell(y, "beneficiaries"));
        QVERIFY2(csv.value(y, "benefits") != base.value(y, "benefits"), qPrintable(csv.cell(y, "year")));
    }
}

void CliTest::set_zeroContributions_reserveFalls()
{
    const QStringList args = {"builtin:default", "--set", "contributions.employee_rate=0", "--set",
                              "contributions.employer_rate=0"};
    const Csv csv = project(args);
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    QCOMPARE(csv.rows.size(), 30);
    double previous = 4.5e10;
    for (int y = 0; y < 30; ++y) {
        QCOMPARE(csv.value(y, "contribution_rate"), 0.0);
        QCOMPARE(csv.value(y, "contributions"), 0.0);
        QVERIFY(csv.value(y, "benefits") > 0);
        QVERIFY2(csv.value(y, "reserve") < previous, qPrintable(csv.cell(y, "year")));
        QVERIFY(csv.value(y, "balance") < 0);
        previous = csv.value(y, "reserve");
    }
    QVERIFY(csv.value(29, "reserve") < 0);
    QString problem;
    const QJsonObject o = summary(args, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(o.value("depletion_year").isDouble());
}

void CliTest::set_enumWord_reserveBandMovesRate()
{
    const QStringList set = {"--set", "financing.rule=reserve_band"};
    const Run show = runCli(QStringList{"show", "builtin:default"} + set);
    EXPECT_EXIT(show, 0);
    QCOMPARE(byKey(parseLines(show.out)).value("financing.rule").value(1), QString("reserve_band"));
    QCOMPARE(byKey(parseLines(m_defaultShow)).value("financing.rule").value(1), QString("fixed"));

    const Csv csv = project(QStringList{"builtin:default"} + set);
    QVERIFY2(csv.problem.isEmpty(), qPrintable(csv.problem));
    QCOMPARE(csv.value(0, "contribution_rate"), 0.02); // year 0 keeps the legislated rate
    int changes = 0;
    for (int y = 1; y < csv.rows.size(); ++y) {
        const double rate = csv.value(y, "contribution_rate");
        const double step = rate - csv.value(y - 1, "contribution_rate");
        QVERIFY2(rate >= 0 && rate <= 0.1, qPrintable(csv.cell(y, "contribution_rate")));
        QVERIFY2(std::abs(step) <= 0.002 + 1e-12, qPrintable(csv.cell(y, "contribution_rate")));
        changes += step != 0;
        // The reserve ratio was above the band's upper bound (3 years): the rate goes down.
        if (csv.value(y - 1, "reserve_ratio") > 3 && csv.value(y - 1, "contribution_rate") > 0.002)
            QVERIFY2(step < 0, qPrintable(csv.cell(y, "year")));
    }
    QVERIFY(changes > 0);
    // Under the fixed rule the rate never moves.
    for (const double rate : parseCsv(m_defaultCsv).column("contribution_rate"))
        QCOMPARE(rate, 0.02);
}

void CliTest::set_syntaxForms_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("rows");
    QTest::newRow("--set KEY=VALUE") << QStringList{"--set", "projection.years=4"} << 4;
    QTest::newRow("--set=KEY=VALUE") << QStringList{"--set=projection.years=4"} << 4;
    QTest::newRow("last assignment wins")
        << QStringList{"--set", "projection.years=5", "--set", "projection.years=7"} << 7;
    QTest::newRow("set before SCENARIO") << QStringList{"--set", "projection.years=3", "__SCENARIO__"} << 3;
    QTest::newRow("spaces around value") << QStringList{"--set", "projection.years= 6 "} << 6;
}

void CliTest::set_syntaxForms()
{
    QFETCH(QStringList, args);
    QFETCH(int, rows);
    QStringList full = {"project"};
    if (args.contains("__SCENARIO__"))
        full += QStringList(args).replaceInStrings("__SCENARIO__", "builtin:default");
    else
        full += QStringList{"builtin:default"} + args;
    const Run r = runCli(full);
    EXPECT_EXIT(r, 0);
    const Csv csv = parseCsv(r.out);
    VERIFY_RUN(csv.problem.isEmpty(), r);
    VERIFY_RUN(csv.rows.size() == rows, r);
}

void CliTest::set_rangeBoundaries_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<bool>("valid");
    QTest::newRow("u at min") << "labour.unemployment_rate=0.001" << true;
    QTest::newRow("u below min") << "labour.unemployment_rate=0.0009" << false;
    QTest::newRow("u at max") << "labour.unemployment_rate=0.6" << true;
    QTest::newRow("u above max") << "labour.unemployment_rate=0.61" << false;
    QTest::newRow("u series one bad year") << "labour.unemployment_rate=0.04,0.05,0.7,0.04" << false;
    QTest::newRow("job finding at open min") << "labour.job_finding_rate=0" << false;
    QTest::newRow("job finding at max") << "labour.job_finding_rate=1" << true;
    QTest::newRow("persistence at min") << "stochastic.unemployment_persistence=0" << true;
    QTest::newRow("persistence at open max") << "stochastic.unemployment_persistence=1" << false;
    QTest::newRow("years at max") << "projection.years=100" << true;
    QTest::newRow("years above max") << "projection.years=101" << false;
    QTest::newRow("years zero") << "projection.years=0" << false;
    QTest::newRow("waiting days at max") << "benefits.waiting_days=90" << true;
    QTest::newRow("waiting days above max") << "benefits.waiting_days=91" << false;
    QTest::newRow("force zero") << "labour.force=0" << false;
    QTest::newRow("force below one person") << "labour.force=1e-300" << false;  // made the reserve ratio inf
    QTest::newRow("force one person") << "labour.force=1" << true;
    QTest::newRow("replacement at max") << "benefits.replacement_rates=1.5" << true;
    QTest::newRow("replacement above max") << "benefits.replacement_rates=0.6,1.6" << false;
    QTest::newRow("duration above max") << "benefits.duration_months=3,6,9,61" << false;
    QTest::newRow("reserve any negative") << "reserve.initial=-1e12" << true;
    QTest::newRow("transfers any") << "reserve.transfers=-5e9,1e10,0" << true;
    QTest::newRow("seed max uint64") << "stochastic.seed=18446744073709551615" << true;
    QTest::newRow("start year below min") << "projection.start_year=1899" << false;
    QTest::newRow("paths at max") << "stochastic.paths=1000000" << true;
    QTest::newRow("paths above max") << "stochastic.paths=1000001" << false;
}

void CliTest::set_rangeBoundaries()
{
    QFETCH(QString, assignment);
    QFETCH(bool, valid);
    const QString key = assignment.section('=', 0, 0);
    const Run r = runCli({"validate", "builtin:default", "--set", assignment});
    EXPECT_EXIT(r, valid ? 0 : 2);
    if (valid) {
        VERIFY_RUN(!r.out.contains("error:"), r);
        // And it projects.
        const Run p = runCli({"project", "builtin:default", "--set", assignment});
        EXPECT_EXIT(p, 0);
        VERIFY_RUN(parseCsv(p.out).problem.isEmpty(), p);
    } else {
        VERIFY_RUN((r.out + r.err).contains("error: " + key.toUtf8()), r);
        const Run p = runCli({"project", "builtin:default", "--set", assignment});
        EXPECT_EXIT(p, 2);
        VERIFY_RUN(p.out.isEmpty(), p);
        VERIFY_RUN(p.err.contains(key.toUtf8()), p);
    }
}

void CliTest::set_overridesFileValue()
{
    // The file holds an out-of-range unemployment rate; --set repairs it.
    const Run bad = runCli({"project", fixture("outOfRange")});
    EXPECT_EXIT(bad, 2);
    VERIFY_RUN(bad.err.contains("labour.unemployment_rate"), bad);
    const Run fixed = runCli({"project", fixture("outOfRange"), "--set", "labour.unemployment_rate=0.04"});
    EXPECT_EXIT(fixed, 0);
    VERIFY_RUN(fixed.out == m_defaultCsv, fixed);
}

void CliTest::set_metadata_savedAndNotAParameter()
{
    // The scenario's texts, for a report's title page or a saved variant; the projection is unchanged.
    const QString file = path("titled.tideover");
    const Run saved = runCli({"save", "builtin:default", file, "--set", "title=Option B: 80 % for 6 months", "--set",
                              "author=Ministry of Labour", "--set", "country=Kelora", "--set", "currency=KLR", "--set",
                              "description=Two lines\nof text"});
    EXPECT_EXIT(saved, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const char* expected : {"<title>Option B: 80 % for 6 months</title>", "<author>Ministry of Labour</author>",
                                 "<country>Kelora</country>", "<currency>KLR</currency>", "<description>Two lines\nof text</description>"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    const Run projected = runCli({"project", file});
    EXPECT_EXIT(projected, 0);
    VERIFY_RUN(projected.out == m_defaultCsv, projected);
    // Too long, a control character, or a near miss.
    const Run longTitle = runCli({"summary", "builtin:default", "--set", "title=" + QString(501, QLatin1Char('x'))});
    EXPECT_EXIT(longTitle, 2);
    VERIFY_RUN(longTitle.err.contains("title: 501 bytes; at most 500"), longTitle);
    const Run control = runCli({"summary", "builtin:default", "--set", QStringLiteral("author=a") + QChar(7) + QStringLiteral("b")});
    EXPECT_EXIT(control, 2);
    VERIFY_RUN(control.err.contains("author: contains a control character"), control);
    const Run typo = runCli({"summary", "builtin:default", "--set", "autor=x"});
    EXPECT_EXIT(typo, 2);
    VERIFY_RUN(typo.err.contains("did you mean 'author'"), typo);
}

// --- bad input ----------------------------------------------------------------------------

void CliTest::badInput_exitsTwoWithMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("needles"); // each must appear in stderr
    const QString d = "builtin:default";
    auto set = [&](const QString& assignment) { return QStringList{"project", d, "--set", assignment}; };
    const QString neverWritten = path("never-written.tideover");

    // --set
    QTest::newRow("unknown key") << set("labour.unemploymnet_rate=0.1")
                                 << QStringList{"labour.unemploymnet_rate", "unknown",
                                                "labour.unemployment_rate"};
    QTest::newRow("unknown group") << set("nonsense=1") << QStringList{"nonsense", "unknown"};
    // Dated changes KEY@YEAR (model-spec v2): each refusal names the key and the year.
    QTest::newRow("dated: no year") << set("contributions.employer_rate@=0.015")
                                    << QStringList{"contributions.employer_rate@", "year is missing"};
    QTest::newRow("dated: year 10^30") << set("contributions.employer_rate@1e30=0.015")
                                       << QStringList{"contributions.employer_rate@1e30", "1e30", "1900..2200"};
    QTest::newRow("dated: year 2201") << set("contributions.employer_rate@2201=0.015")
                                      << QStringList{"contributions.employer_rate@2201", "2201", "1900..2200"};
    QTest::newRow("dated: key takes none") << set("projection.years@2030=10")
                                           << QStringList{"projection.years@2030", "takes no dated changes"};
    QTest::newRow("dated: unknown key") << set("contributions.employer_rat@2030=0.01")
                                        << QStringList{"contributions.employer_rat", "unknown", "contributions.employer_rate"};
    QTest::newRow("dated: a list for a series") << set("contributions.employer_rate@2030=0.01,0.02")
                                                << QStringList{"contributions.employer_rate@2030", "one value"};
    QTest::newRow("dated: out of range") << set("eligibility.take_up@2030=1.5")
                                         << QStringList{"eligibility.take_up@2030", "1.5", "0..1"};
    QTest::newRow("dated: reform whose durations and shares disagree")
        << set("benefits.duration_months@2030=3,6")
        << QStringList{"benefits.duration_months@2030", "2030", "duration shares for 2 duration classes"};
    QTest::newRow("out of range") << set("labour.unemployment_rate=0.9")
                                  << QStringList{"labour.unemployment_rate", "0.9", "0.001..0.6"};
    QTest::newRow("out of range series year")
        << set("labour.unemployment_rate=0.04,0.7")
        << QStringList{"labour.unemployment_rate", "0.7", "2027", "0.001..0.6"};
    QTest::newRow("out of range integer")
        << set("projection.years=101") << QStringList{"projection.years", "101", "1..100"};
    QTest::newRow("out of range open bound")
        << set("labour.job_finding_rate=0") << QStringList{"labour.job_finding_rate", "(0, 1]"};
    QTest::newRow("out of range list item") << set("benefits.replacement_rates=0.6,2")
                                            << QStringList{"benefits.replacement_rates", "2", "0..1.5"};
    QTest::newRow("negative required") << set("labour.force=-5") << QStringList{"labour.force", "-5", ">= 1"};
    QTest::newRow("not a number") << set("labour.force=abc")
                                  << QStringList{"labour.force", "'abc'", "not a number"};
    QTest::newRow("trailing garbage") << set("labour.force=5x") << QStringList{"labour.force", "'5x'"};
    QTest::newRow("comma decimal") << set("labour.unemployment_rate=0,5")
                                   << QStringList{"labour.unemployment_rate"};
    QTest::newRow("nan") << set("labour.force=nan") << QStringList{"labour.force", "nan"};
    QTest::newRow("inf") << set("labour.force=inf") << QStringList{"labour.force", "inf"};
    QTest::newRow("too large") << set("labour.force=1e400") << QStringList{"labour.force", "1e400"};
    QTest::newRow("not whole") << set("projection.years=1.5") << QStringList{"projection.years", "1.5"};
    QTest::newRow("empty value") << set("labour.force=") << QStringList{"labour.force", "missing"};
    QTest::newRow("empty list") << set("benefits.replacement_rates=")
                                << QStringList{"benefits.replacement_rates", "empty"};
    QTest::newRow("bad list element")
        << set("benefits.duration_months=3,x") << QStringList{"benefits.duration_months", "'x'"};
    QTest::newRow("negative seed") << set("stochastic.seed=-1") << QStringList{"stochastic.seed", "-1"};
    QTest::newRow("wrong enum word") << set("financing.rule=band")
                                     << QStringList{"financing.rule", "band", "fixed", "reserve_band"};
    QTest::newRow("enum word case") << set("financing.rule=Fixed")
                                    << QStringList{"financing.rule", "Fixed", "fixed", "reserve_band"};
    QTest::newRow("missing =") << set("labour.force") << QStringList{"labour.force", "KEY=VALUE"};
    QTest::newRow("missing key") << set("=5") << QStringList{"=5", "KEY=VALUE"};
    QTest::newRow("--set without value") << QStringList{"project", d, "--set"} << QStringList{"--set"};
    QTest::newRow("duration shares sum") << set("benefits.duration_shares=0.5,0.3,0.1,0.05")
                                         << QStringList{"benefits.duration_shares", "0.95", "sum"};
    QTest::newRow("duration shares count")
        << set("benefits.duration_shares=0.5,0.5")
        << QStringList{"benefits.duration_shares", "benefits.duration_months"};
    QTest::newRow("band upper below lower")
        << set("financing.upper_ratio=0.5") << QStringList{"financing.upper_ratio", "financing.lower_ratio"};
    QTest::newRow("benefit max below min")
        << set("benefits.maximum=1000") << QStringList{"benefits.maximum", "1000", "benefits.minimum"};

    // Every command that takes --set checks it.
    for (const char* command : {"summary", "validate", "show"}) {
        QTest::newRow(qPrintable(QString(command) + " unknown key"))
            << QStringList{command, d, "--set", "labour.forse=1"} << QStringList{"labour.forse"};
    }
    QTest::newRow("save unknown key")
        << QStringList{"save", d, neverWritten, "--set", "labour.forse=1"} << QStringList{"labour.forse"};
    QTest::newRow("summary out of range")
        << QStringList{"summary", d, "--set", "labour.unemployment_rate=0.9"}
        << QStringList{"labour.unemployment_rate", "0.9"};
    QTest::newRow("show out of range") << QStringList{"show", d, "--set", "labour.unemployment_rate=0.9"}
                                       << QStringList{"labour.unemployment_rate", "0.9"};
    QTest::newRow("save out of range")
        << QStringList{"save", d, neverWritten, "--set", "labour.unemployment_rate=0.9"}
        << QStringList{"labour.unemployment_rate", "0.9"};

    // Commands, options, arguments.
    QTest::newRow("unknown command") << QStringList{"frobnicate", d} << QStringList{"frobnicate"};
    QTest::newRow("unknown command --help")
        << QStringList{"frobnicate", "--help"} << QStringList{"frobnicate"};
    QTest::newRow("unknown option") << QStringList{"project", d, "--frob"} << QStringList{"--frob"};
    QTest::newRow("unknown option alone") << QStringList{"--frob"} << QStringList{"--frob"};
    for (const char* command : {"project", "summary", "validate", "show", "save"})
        QTest::newRow(qPrintable(QString(command) + " without SCENARIO"))
            << QStringList{command} << QStringList{"SCENARIO"};
    QTest::newRow("save without OUT") << QStringList{"save", d} << QStringList{"OUT"};
    QTest::newRow("extra argument") << QStringList{"project", d, "extra.tideover"}
                                    << QStringList{"extra.tideover"};
    QTest::newRow("keys with argument") << QStringList{"keys", "extra"} << QStringList{"keys"};
    QTest::newRow("--output without value")
        << QStringList{"project", d, "--output"} << QStringList{"--output"};
    QTest::newRow("--output on summary")
        << QStringList{"summary", d, "--output", path("s.json")} << QStringList{"--output"};
    QTest::newRow("unknown format") << QStringList{"project", d, "--format", "xml"} << QStringList{"xml"};
    QTest::newRow("table with monthly")
        << QStringList{"project", d, "--format", "table", "--monthly"} << QStringList{"--monthly"};
    QTest::newRow("output into missing folder")
        << QStringList{"project", d, "--output", path("no-such-folder/out.csv")}
        << QStringList{path("no-such-folder")};
    QTest::newRow("output is a folder")
        << QStringList{"project", d, "--output", fixture("directory")} << QStringList{fixture("directory")};
    QTest::newRow("save into missing folder")
        << QStringList{"save", d, path("no-such-folder/x.tideover")} << QStringList{path("no-such-folder")};

    // Scenarios that cannot be read.
    auto file = [&](const QString& name) { return QStringList{"project", fixture(name)}; };
    QTest::newRow("nonexistent file")
        << file("nonexistent") << QStringList{fixture("nonexistent"), "no such file"};
    QTest::newRow("directory") << file("directory") << QStringList{fixture("directory"), "folder"};
    QTest::newRow("empty file") << file("empty")
                                << QStringList{fixture("empty"), "not a Tideover scenario file"};
    QTest::newRow("binary garbage") << file("binary")
                                    << QStringList{fixture("binary"), "not a Tideover scenario file"};
    QTest::newRow("text garbage") << file("text")
                                  << QStringList{fixture("text"), "not a Tideover scenario file"};
    QTest::newRow("truncated at 1/4")
        << file("truncQuarter") << QStringList{fixture("truncQuarter"), "malformed"};
    QTest::newRow("truncated at 1/2") << file("truncHalf") << QStringList{fixture("truncHalf"), "malformed"};
    QTest::newRow("truncated at 3/4")
        << file("truncThreeQuarters") << QStringList{fixture("truncThreeQuarters"), "malformed"};
    QTest::newRow("truncated before closing tag")
        << file("truncClosing") << QStringList{fixture("truncClosing")};
    QTest::newRow("truncated in closing tag")
        << file("truncInClosing") << QStringList{fixture("truncInClosing")};
    QTest::newRow("format version 99") << file("v99") << QStringList{fixture("v99"), "version 99", "up to 5"};
    QTest::newRow("format version not a number") << file("vBad") << QStringList{fixture("vBad"), "version"};
    QTest::newRow("foreign XML") << file("foreign")
                                 << QStringList{fixture("foreign"), "not a Tideover scenario file"};
    QTest::newRow("other format name")
        << file("otherFormat") << QStringList{fixture("otherFormat"), "other-format"};
    QTest::newRow("file value out of range")
        << file("outOfRange") << QStringList{"labour.unemployment_rate", "0.9"};
    QTest::newRow("file value not a number")
        << file("notNumber") << QStringList{fixture("notNumber"), "labour.force", "lots"};
    QTest::newRow("file unknown key")
        << file("unknownKey") << QStringList{fixture("unknownKey"), "labour.job_finder"};
    QTest::newRow("file key twice") << file("duplicate")
                                    << QStringList{fixture("duplicate"), "labour.force", "twice"};
    QTest::newRow("file misses required key")
        << file("missingRequired") << QStringList{"labour.force", "required"};
    QTest::newRow("builtin:nonexistent")
        << QStringList{"project", "builtin:nonexistent"} << QStringList{"nonexistent", "default"};
    QTest::newRow("builtin: empty name") << QStringList{"project", "builtin:"} << QStringList{"default"};
}

void CliTest::badInput_exitsTwoWithMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, needles);
    const Run r = runCli(args);
    EXPECT_EXIT(r, 2);
    VERIFY_RUN(r.out.isEmpty(), r); // no partial output
    const QString err = QString::fromUtf8(r.err);
    for (const auto& needle : needles)
        QVERIFY2(err.contains(needle), r.describe("stderr does not contain '" + needle + "'").constData());
    VERIFY_RUN(!err.contains("internal error"), r);
    VERIFY_RUN(!QFileInfo::exists(path("never-written.tideover")), r);
}

void CliTest::truncatedFile_neverCrashes()
{
    // Every prefix of a good file, cut anywhere before its closing tag, is bad input; a cut
    // after it (only the final newlines missing) is the whole scenario.
    const auto end =
        m_defaultText.lastIndexOf("</boost_serialization>") + qsizetype(strlen("</boost_serialization>"));
    QList<qsizetype> cuts;
    for (qsizetype cut = 0; cut < m_defaultText.size(); cut += 97)
        cuts.append(cut);
    for (qsizetype cut = end - 40; cut <= m_defaultText.size(); ++cut)
        cuts.append(cut);
    QStringList failures;
    const QString file = path("prefix.tideover");
    for (const auto cut : cuts) {
        QVERIFY(writeFile(file, m_defaultText.left(cut)));
        const Run r = runCli({"summary", file});
        const bool whole = cut >= end;
        if (!r.exitedWith(whole ? 0 : 2) || (!whole && !r.err.contains(file.toUtf8())))
            failures << QString("cut at %1 of %2 bytes: %3")
                            .arg(cut)
                            .arg(m_defaultText.size())
                            .arg(QString::fromUtf8(r.describe()));
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(QString("%1 of %2 cuts failed; the first:\n").arg(failures.size()).arg(cuts.size()) +
                        failures.value(0)));
}

void CliTest::invalidScenario_leavesOutputFileUntouched_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("project --output") << "project";
    QTest::newRow("save") << "save";
}

void CliTest::invalidScenario_leavesOutputFileUntouched()
{
    QFETCH(QString, command);
    const QString file = path("precious-" + command);
    const QByteArray precious = "the user's own work\n";
    QVERIFY(writeFile(file, precious));
    const QStringList out = command == "save" ? QStringList{file} : QStringList{"--output", file};
    for (const QString& assignment :
         {QString("labour.unemployment_rate=0.9"), QString("labour.forse=1"), QString("labour.force=x")}) {
        const Run r =
            runCli(QStringList{command, "builtin:default"} + out + QStringList{"--set", assignment});
        EXPECT_EXIT(r, 2);
        QCOMPARE(readFile(file), precious);
    }
    const Run r = runCli(QStringList{command, fixture("truncHalf")} + out);
    EXPECT_EXIT(r, 2);
    QCOMPARE(readFile(file), precious);
    QCOMPARE(QDir(m_dir.path()).entryList({"precious-*"}, QDir::Files | QDir::Hidden).size(),
             2 - (command == "project"));
}

void CliTest::writeFailure_exitsOne()
{
    if (!QFileInfo::exists("/dev/full"))
        QSKIP("no /dev/full on this system");
    for (const QStringList& args :
         {QStringList{"project", "builtin:default"}, QStringList{"summary", "builtin:default"},
          QStringList{"show", "builtin:default"}, QStringList{"keys"}}) {
        const Run r = runCli(args, "/dev/full");
        EXPECT_EXIT(r, 1);
        VERIFY_RUN(r.err.contains("write"), r);
    }
}

// --- validate -----------------------------------------------------------------------------

void CliTest::validate_validScenario_saysValid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("warnings");
    QTest::newRow("builtin:default") << QStringList{"builtin:default"} << false;
    QTest::newRow("file") << QStringList{"__copy__"} << false;
    QTest::newRow("file omitting a key") << QStringList{"__omitsKey__"} << false;
    QTest::newRow("changes") << QStringList{"builtin:default", "--set", "benefits.replacement_rates=0.8,0.5",
                                            "--set", "financing.rule=reserve_band"}
                             << false;
    QTest::newRow("series longer than horizon")
        << QStringList{"builtin:default", "--set", "projection.years=10"} << true;
}

void CliTest::validate_validScenario_saysValid()
{
    QFETCH(QStringList, args);
    QFETCH(bool, warnings);
    if (args.value(0).startsWith("__"))
        args[0] = fixture(args[0].mid(2, args[0].size() - 4));
    const Run r = runCli(QStringList{"validate"} + args);
    EXPECT_EXIT(r, 0);
    const QString out = QString::fromUtf8(r.out);
    VERIFY_RUN(out.contains(args[0] + ": valid"), r);
    VERIFY_RUN(!out.contains("invalid") && !out.contains("error"), r);
    VERIFY_RUN(out.contains("warning: labour.force_growth") == warnings, r);
    VERIFY_RUN(out.contains("with warnings") == warnings, r);
}

void CliTest::validate_invalidScenario_listsEveryError_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("one") << "builtin:default" << QStringList{"labour.unemployment_rate=0.9"}
                         << QStringList{"labour.unemployment_rate"};
    QTest::newRow("two") << "builtin:default"
                         << QStringList{"labour.unemployment_rate=0.9", "benefits.waiting_days=200"}
                         << QStringList{"labour.unemployment_rate", "benefits.waiting_days"};
    QTest::newRow("three with a rule between keys")
        << "builtin:default"
        << QStringList{"labour.unemployment_rate=0.9", "benefits.waiting_days=200",
                       "financing.upper_ratio=0.5"}
        << QStringList{"labour.unemployment_rate", "benefits.waiting_days", "financing.upper_ratio"};
    QTest::newRow("file and --set") << "outOfRange" << QStringList{"stochastic.return_volatility=0.6"}
                                    << QStringList{"labour.unemployment_rate",
                                                   "stochastic.return_volatility"};
    QTest::newRow("required key missing") << "missingRequired" << QStringList{"wages.dispersion=3"}
                                          << QStringList{"labour.force", "wages.dispersion"};
}

void CliTest::validate_invalidScenario_listsEveryError()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, sets);
    QFETCH(QStringList, keys);
    if (!scenario.startsWith("builtin:"))
        scenario = fixture(scenario);
    const Run r = runCli(withSets({"validate", scenario}, sets));
    EXPECT_EXIT(r, 2);
    const QString all = QString::fromUtf8(r.out + r.err);
    const QStringList errors = all.split('\n').filter(QRegularExpression("^error: "));
    QVERIFY2(errors.size() == keys.size(),
             r.describe(QString("expected %1 errors").arg(keys.size())).constData());
    for (const auto& key : keys)
        QVERIFY2(!errors.filter("error: " + key + ":").isEmpty(),
                 r.describe("no error for " + key).constData());
    VERIFY_RUN(r.err.contains("invalid"), r);
    VERIFY_RUN(!all.contains(": valid"), r);
}

// --- save ---------------------------------------------------------------------------------

void CliTest::save_thenProject_isIdentical_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::newRow("no changes") << QStringList{};
    QTest::newRow("list and horizon")
        << QStringList{"benefits.replacement_rates=0.8,0.5", "projection.years=12"};
    QTest::newRow("series and enums")
        << QStringList{"financing.rule=reserve_band", "labour.unemployment_rate=0.05,0.06,0.045",
                       "contributions.threshold_indexation=prices", "projection.initial_claimants=empty"};
    QTest::newRow("awkward numbers") << QStringList{
        "wages.average_monthly=9876.54321", "reserve.initial=-1.5e9",
        "economy.inflation=0.1,0.30000000000000004,1e-17", "stochastic.seed=18446744073709551615",
        "labour.force=12345678.901234567"};
    QTest::newRow("classes and thresholds") << QStringList{
        "benefits.duration_months=2,4,8", "benefits.duration_shares=0.2,0.3,0.5", "benefits.minimum=0",
        "contributions.wage_ceiling=20000,23000", "reserve.transfers=5e9,0"};
}

void CliTest::save_thenProject_isIdentical()
{
    QFETCH(QStringList, sets);
    const QString file = path(QString("saved-%1.tideover").arg(QTest::currentDataTag()).replace(' ', '-'));
    QFile::remove(file);
    const Run save = runCli(withSets({"save", "builtin:default", file}, sets));
    EXPECT_EXIT(save, 0);
    VERIFY_RUN(save.out.isEmpty(), save);
    const QByteArray text = readFile(file);
    VERIFY_RUN(text.startsWith("<?xml"), save);
    VERIFY_RUN(text.contains("<format>tideover-scenario</format>"), save);
    VERIFY_RUN(text.contains("<format_version>5</format_version>"), save);

    for (const char* command : {"project", "show", "summary"}) {
        const Run fromFile = runCli({command, file});
        EXPECT_EXIT(fromFile, 0);
        const Run direct = runCli(withSets({command, "builtin:default"}, sets));
        EXPECT_EXIT(direct, 0);
        VERIFY_RUN(direct.out.size() > 100, direct);
        QVERIFY2(fromFile.out == direct.out,
                 (fromFile.describe(QString("%1 of the saved file differs from").arg(command)) + "\n" +
                  direct.describe())
                     .constData());
    }
    const Run monthly = runCli({"project", file, "--monthly"});
    EXPECT_EXIT(monthly, 0);
    const Run monthlyDirect = runCli(withSets({"project", "builtin:default", "--monthly"}, sets));
    EXPECT_EXIT(monthlyDirect, 0);
    QVERIFY(monthly.out == monthlyDirect.out);

    // Saving the saved file again writes the same bytes.
    const QString again = file + ".again";
    const Run resave = runCli({"save", file, again});
    EXPECT_EXIT(resave, 0);
    QCOMPARE(readFile(again), text);
}

// --- keys, show, scenarios ----------------------------------------------------------------

void CliTest::keys_listEveryParameterAsInSpec()
{
    const Run r = runCli({"keys"});
    EXPECT_EXIT(r, 0);
    VERIFY_RUN(r.out.endsWith('\n') && !r.out.contains("\n\n"), r);
    auto lines = parseLines(r.out);
    // A worker group's keys (model-spec v4) come last, as group.NAME.KEY: the title and the 33
    // keys of the spec's table.
    QList<QStringList> groupLines;
    while (!lines.isEmpty() && lines.back().value(0).startsWith(QLatin1String("group.NAME.")))
        groupLines.prepend(lines.takeLast());
    QCOMPARE(groupLines.size(), 34);
    QCOMPARE(groupLines.front().value(0), QStringLiteral("group.NAME.title"));
    for (const auto& fields : groupLines)
        QVERIFY2(fields.size() == 5, qPrintable(fields.join("<TAB>")));
    QCOMPARE(lines.size(), kParameterCount);
    QSet<QString> seen;
    QStringList required;
    for (const auto& fields : lines) {
        QVERIFY2(fields.size() == 5, qPrintable(fields.join("<TAB>")));
        for (const auto& f : fields)
            QVERIFY2(!f.trimmed().isEmpty(), qPrintable(fields.join("<TAB>")));
        QVERIFY2(!seen.contains(fields[0]), qPrintable("twice: " + fields[0]));
        seen.insert(fields[0]);
        if (fields[3] == "required")
            required << fields[0];
    }
    QCOMPARE(byKey(lines).value("labour.force"), (QStringList{"labour.force", "persons", ">= 1", "required", "constant"}));
    QCOMPARE(required, (QStringList{"labour.force", "wages.average_monthly"}));
    QCOMPARE(byKey(lines).value("projection.years"),
             (QStringList{"projection.years", "years", "1..100", "30", "constant"}));
    QCOMPARE(byKey(lines).value("labour.unemployment_rate"),
             (QStringList{"labour.unemployment_rate", "fraction", "0.001..0.6", "0.03", "series, dated changes"}));
    QCOMPARE(byKey(lines).value("eligibility.take_up").value(4), QStringLiteral("series, dated changes"));
    QCOMPARE(byKey(lines).value("benefits.duration_months").value(4),
             QStringLiteral("benefit rule, dated changes by claim year"));

    // Same keys, order, units and defaults as the spec's parameter table.
    const auto spec = specParameters();
    QCOMPARE(spec.size(), kFileEntries);
    const auto keyed = byKey(lines);
    for (int i = 0; i < kFileEntries; ++i) {
        const auto& s = spec[i];
        const QStringList f = keyed.value(s.key);
        QVERIFY2(!f.isEmpty(), qPrintable(s.key));
        const QByteArray where = (s.key + " / " + f.join("<TAB>")).toUtf8();
        QVERIFY2(f[0] == s.key, where);
        QString unit = s.unit;
        unit.remove(QRegularExpression("^series, "));
        QVERIFY2(f[1] == unit, where);
        QString def = s.defaultValue;
        def.remove('`').remove('[').remove(']');
        if (def == QString::fromUtf8("—")) {
            QVERIFY2(f[3] == "required", where);
        } else {
            bool a = false, b = false;
            const double x = def.toDouble(&a);
            const double y = f[3].toDouble(&b);
            QVERIFY2(a == b && (a ? x == y : def == f[3]), where);
        }
        if (f[1] == "enum") { // the range of an enum is its words
            QVERIFY2(f[2].split('|') == backticked(s.range), where);
        }
    }
}

void CliTest::datedChanges_setShowDiffAndProject()
{
    // --set KEY@YEAR changes the rate from 2028 on: the earlier years are as before.
    const Run base = runCli({"project", "builtin:default"});
    const Run dated = runCli({"project", "builtin:default", "--set", "contributions.employer_rate@2028=0.02"});
    EXPECT_EXIT(base, 0);
    EXPECT_EXIT(dated, 0);
    const Csv a = parseCsv(base.out), b = parseCsv(dated.out);
    const auto rate = kAnnualColumns.indexOf("contribution_rate");
    const auto year = kAnnualColumns.indexOf("year");
    for (int y = 0; y < a.rows.size(); ++y) {
        const double before = a.rows[y][rate].toDouble(), after = b.rows[y][rate].toDouble();
        if (b.rows[y][year].toInt() < 2028)
            QCOMPARE(after, before);
        else
            QVERIFY2(std::abs(after - (before + 0.01)) < 1e-12, qPrintable(b.rows[y].join(',')));
    }
    // save keeps it; show lists it after its key with its unit; diff names it with "-" where absent.
    const QString saved = path("dated.tideover");
    EXPECT_EXIT(runCli({"save", "builtin:default", saved, "--set", "contributions.employer_rate@2028=0.02",
                        "--set", "benefits.replacement_rates@2030=0.7,0.5"}), 0);
    const Run show = runCli({"show", saved});
    EXPECT_EXIT(show, 0);
    const auto lines = parseLines(show.out);
    QStringList keys;
    for (const auto& f : lines)
        keys << f.value(0);
    const auto at = keys.indexOf("contributions.employer_rate@2028");
    QVERIFY2(at == keys.indexOf("contributions.employer_rate") + 1, show.out.constData());
    QCOMPARE(lines[at].value(1), QStringLiteral("0.02"));
    QCOMPARE(lines[keys.indexOf("benefits.replacement_rates@2030")].value(1), QStringLiteral("0.7,0.5"));
    const Run diff = runCli({"diff", "builtin:default", saved});
    EXPECT_EXIT(diff, 0);
    VERIFY_RUN(diff.out.contains("contributions.employer_rate@2028\t-\t0.02\n"), diff);
    VERIFY_RUN(diff.out.contains("benefits.replacement_rates@2030\t-\t0.7,0.5\n"), diff);
    VERIFY_RUN(diff.out.startsWith("# 2 parameters differ"), diff);
}

void CliTest::show_listsEveryParameterWithSource()
{
    const auto lines = parseLines(m_defaultShow);
    QCOMPARE(lines.size(), kParameterCount);
    const Run keys = runCli({"keys"});
    EXPECT_EXIT(keys, 0);
    auto keyLines = parseLines(keys.out);
    while (!keyLines.isEmpty() && keyLines.back().value(0).startsWith(QLatin1String("group.NAME.")))
        keyLines.removeLast();  // a worker group's keys: builtin:default has no groups
    QCOMPARE(keyLines.size(), kParameterCount);
    for (int i = 0; i < kParameterCount; ++i) {
        const QStringList& f = lines[i];
        QVERIFY2(f.size() == 4, qPrintable(f.join("<TAB>")));
        QCOMPARE(f[0], keyLines[i][0]); // same keys in the same order
        QCOMPARE(f[2], keyLines[i][1]); // same unit
        QVERIFY2(!f[1].isEmpty(), qPrintable(f.join("<TAB>")));
        // A package key (model-spec v5) at its default is not in the file and has no note.
        const bool packageKey = f[0].startsWith("severance.") || f[0].startsWith("savings.") ||
                                f[0].startsWith("assistance.") || f[0].startsWith("economy.g");
        QVERIFY2(!f[3].isEmpty() || packageKey, qPrintable("the reference scenario notes a source for every key: " + f[0]));
    }
    const auto map = byKey(lines);
    QCOMPARE(map.value("labour.force").value(1).toDouble(), 4e7);
    QVERIFY(map.value("labour.force").value(3).contains("40 million"));
    QCOMPARE(map.value("benefits.duration_months").value(1), QString("3,6,9,12"));
    QCOMPARE(map.value("benefits.duration_shares").value(1), QString("0.4,0.3,0.2,0.1"));
    QCOMPARE(map.value("projection.initial_claimants").value(1), QString("steady_state"));
    QCOMPARE(map.value("coverage.compliance").value(1), QString("0.75,0.76,0.77,0.78,0.79,0.8"));
    // XML entities in notes come out as text.
    QVERIFY(map.value("contributions.employee_rate").value(3).contains("Viet Nam's Law"));

    // The file version shows the same.
    const Run file = runCli({"show", fixture("copy")});
    EXPECT_EXIT(file, 0);
    QCOMPARE(file.out, m_defaultShow);
}

void CliTest::show_sourceNote_emptyWhenNone()
{
    const Run r = runCli({"show", fixture("noSource")});
    EXPECT_EXIT(r, 0);
    const auto map = byKey(parseLines(r.out));
    QCOMPARE(map.size(), kParameterCount);
    const QString force = byKey(parseLines(m_defaultShow)).value("labour.force").value(1);
    QCOMPARE(force.toDouble(), 4e7);
    QCOMPARE(map.value("labour.force"), (QStringList{"labour.force", force, "persons", ""}));
    VERIFY_RUN(r.out.contains("labour.force\t" + force.toUtf8() + "\tpersons\t\n"), r);
    // Only that note is gone.
    const auto reference = byKey(parseLines(m_defaultShow));
    for (auto it = reference.begin(); it != reference.end(); ++it)
        if (it.key() != "labour.force")
            QCOMPARE(map.value(it.key()), it.value());

    // A key the file omits takes the spec's default, with no note.
    const Run omits = runCli({"show", fixture("omitsKey")});
    EXPECT_EXIT(omits, 0);
    const auto omitted = byKey(parseLines(omits.out));
    QCOMPARE(omitted.size(), kParameterCount);
    QCOMPARE(omitted.value("labour.job_finding_rate"),
             (QStringList{"labour.job_finding_rate", "0.25", "fraction/month", ""}));
    QCOMPARE(byKey(parseLines(m_defaultShow)).value("labour.job_finding_rate").value(1), QString("0.35"));
}

void CliTest::show_values_areSetSyntax()
{
    // Every value show prints can be given back to --set unchanged.
    QStringList args = {"builtin:default"};
    for (const auto& f : parseLines(m_defaultShow))
        args << "--set" << f.value(0) + "=" + f.value(1);
    QCOMPARE(args.size(), 1 + 2 * kParameterCount);
    const Run project = runCli(QStringList{"project"} + args);
    EXPECT_EXIT(project, 0);
    VERIFY_RUN(project.out == m_defaultCsv, project);
    const Run show = runCli(QStringList{"show"} + args);
    EXPECT_EXIT(show, 0);
    VERIFY_RUN(show.out == m_defaultShow, show);
}

void CliTest::scenarios_listsDefault()
{
    const Run r = runCli({"scenarios"});
    EXPECT_EXIT(r, 0);
    const auto lines = parseLines(r.out);
    VERIFY_RUN(!lines.isEmpty(), r);
    VERIFY_RUN(lines.contains(QStringList{"builtin:default", "Reference scheme, middle-income country"}), r);
    for (const auto& f : lines) {
        VERIFY_RUN(f.size() == 2 && f[0].startsWith("builtin:"), r);
        const Run v = runCli({"validate", f[0]}); // every built-in scenario is valid
        EXPECT_EXIT(v, 0);
    }
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
