// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// `tideover-cli project --format xlsx` (issue 16, item 8): the workbook, read back with
// xlsx2csv and unzip, holds the CSV's values to a relative 1e-9 (empty cells where the CSV
// has empty values), the sheets in their order, a frozen header and native charts; text from
// the scenario stays text; with worker groups a Groups sheet holds the grouped CSV; the command refuses a workbook without --output, to a terminal, to
// a folder, and saves it by the rules of every save.

#include "../workbookreader.h"
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace clitest;
using namespace workbooktest;

class CliWorkbookTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tables_matchTheCsv_data();
    void tables_matchTheCsv();
    void emptyCsvCells_areEmptyCells();
    void parametersSheet_matchesShow_data();
    void parametersSheet_matchesShow();
    void summarySheet_holdsTheHeadlineFigures();
    void withRisk_addsTheRiskSheetOfSimulate();
    void groups_addTheGroupsSheetOfTheGroupedCsv_data();
    void groups_addTheGroupsSheetOfTheGroupedCsv();
    void package_addsThePackageSheetOfThePackageCsv();
    void formulaLikeText_staysText();
    void refused_data();
    void refused();
    void terminal_isRefused_data();
    void terminal_isRefused();
    void standardOutputPipe_getsTheWorkbook();
    void readOnlyTarget_isKeptUnlessForce();
    void temporaryFiles_areRemoved();

private:
    // Runs the CLI with `args` and checks that it succeeded.
    QByteArray cliOutput(const QStringList& args);
    QTemporaryDir m_dir;
};

void CliWorkbookTest::initTestCase()
{
    if (!found(kXlsx2csv))
        QSKIP("xlsx2csv is not installed (apt-get install xlsx2csv); CI installs it");
    QVERIFY2(found(kUnzip), "unzip is needed to read the workbook's parts (apt-get install unzip)");
    QVERIFY(m_dir.isValid());
}

QByteArray CliWorkbookTest::cliOutput(const QStringList& args)
{
    const Run r = runCli(args);
    if (!r.exitedWith(0)) {
        QTest::qFail(r.describe("expected success").constData(), __FILE__, __LINE__);
        return {};
    }
    return r.out;
}

void CliWorkbookTest::tables_matchTheCsv_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("default") << QStringLiteral("builtin:default");
    QTest::newRow("kelora-reform") << QStringLiteral("builtin:kelora-reform");
}

void CliWorkbookTest::tables_matchTheCsv()
{
    QFETCH(QString, scenario);
    const QString file = m_dir.filePath(QString(QTest::currentDataTag()) + ".xlsx");
    const Run written = runCli({"project", scenario, "--format", "xlsx", "--output", file});
    EXPECT_EXIT(written, 0);
    QVERIFY2(written.out.isEmpty(), written.describe("nothing on stdout").constData());

    QString problem;
    QCOMPARE(sheetNames(file, &problem), (QStringList{"Summary", "Annual", "Monthly", "Parameters"}));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Every value of the annual and the monthly table, against `project` and `project --monthly`.
    const QList<QStringList> annualCsv = parseCsv(cliOutput({"project", scenario}));
    const QList<QStringList> annual = sheetCells(file, "Annual", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(annualCsv.size() > 10);
    const QString annualDifference = compareTables(annualCsv, annual);
    QVERIFY2(annualDifference.isEmpty(), qPrintable("Annual: " + annualDifference));
    const QList<QStringList> monthlyCsv = parseCsv(cliOutput({"project", scenario, "--monthly"}));
    const QList<QStringList> monthly = sheetCells(file, "Monthly", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString monthlyDifference = compareTables(monthlyCsv, monthly);
    QVERIFY2(monthlyDifference.isEmpty(), qPrintable("Monthly: " + monthlyDifference));

    // The header row (and the year column) stay in view; the sheets are the 2nd and 3rd.
    for (const QString sheet : {"xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"}) {
        const QByteArray xml = part(file, sheet, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""),
                 qPrintable(sheet + ": no frozen header"));
    }

    // Native charts, drawn from the sheets' cells.
    const QStringList parts = partNames(file, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(parts.contains("xl/charts/chart1.xml"), qPrintable(parts.join('\n')));
    QString chartXml;
    for (const QString& name : parts)
        if (name.startsWith("xl/charts/chart"))
            chartXml += QString::fromUtf8(part(file, name, &problem));
    QVERIFY2(chartXml.contains("<c:lineChart>"), "no line chart");
    QVERIFY2(chartXml.contains("Annual!$R$2:$R$"), "no chart of the annual reserve (column R)");
    QVERIFY2(chartXml.contains("Monthly!$"), "no chart on the Monthly sheet");
}

void CliWorkbookTest::emptyCsvCells_areEmptyCells()
{
    // Nobody takes up the benefit: no beneficiaries, so average_benefit, average_replacement
    // and high_cost_multiple are empty cells in the CSV, and must be in the workbook (not 0).
    const QStringList sets = {"--set", "eligibility.take_up=0"};
    const QList<QStringList> csv = parseCsv(cliOutput(QStringList{"project", "builtin:default"} + sets));
    int empty = 0;
    for (const QStringList& row : csv)
        empty += int(row.count(QString()));
    if (empty == 0)
        QFAIL("the scenario of this test no longer has empty cells in its CSV: choose another");
    const QString file = m_dir.filePath("empty.xlsx");
    EXPECT_EXIT(
        runCli(QStringList{"project", "builtin:default", "--format", "xlsx", "--output", file} + sets), 0);
    QString problem;
    const QList<QStringList> sheet = sheetCells(file, "Annual", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString difference = compareTables(csv, sheet);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void CliWorkbookTest::parametersSheet_matchesShow_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("needs");  // what the scenario must have for the test to mean something
    QTest::newRow("kelora-reform: dated changes") << QStringLiteral("builtin:kelora-reform") << QStringLiteral("@");
    QTest::newRow("vietnam: a history") << QStringLiteral("builtin:vietnam") << QStringLiteral("history.");
}

void CliWorkbookTest::parametersSheet_matchesShow()
{
    QFETCH(QString, scenario);
    QFETCH(QString, needs);
    const QString file = m_dir.filePath("parameters.xlsx");
    EXPECT_EXIT(runCli({"project", scenario, "--format", "xlsx", "--output", file}), 0);
    QString problem;
    const QList<QStringList> sheet = sheetCells(file, "Parameters", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(sheet.value(0), (QStringList{"key", "value", "unit", "source", "label"}));
    const QStringList lines = QString::fromUtf8(cliOutput({"show", scenario})).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(sheet.size() - 1, lines.size());
    int needed = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList want = lines[i].split('\t');
        const QStringList& got = sheet[i + 1];
        const QString where = QStringLiteral("row %1 (%2)").arg(i + 1).arg(want.value(0));
        QCOMPARE(got.value(0), want.value(0));
        needed += int(want.value(0).contains(needs));
        const bool history = want.value(0).startsWith("history.");
        bool numberWant = false, numberGot = false;
        const double x = want.value(1).toDouble(&numberWant);
        const double y = got.value(1).toDouble(&numberGot);
        if (numberWant && numberGot)
            QVERIFY2(std::abs(x - y) <= 1e-12 * std::max(std::abs(x), std::abs(y)),
                     qPrintable(where + ": " + got.value(1)));
        else
            QVERIFY2(QString(got.value(1)).replace('\n', ' ') == want.value(1),
                     qPrintable(where + ": value '" + got.value(1) + "', show '" + want.value(1) + "'"));
        QVERIFY2(got.value(2) == want.value(2), qPrintable(where + ": unit"));
        QVERIFY2(QString(got.value(3)).replace('\n', ' ').replace('\t', ' ') == want.value(3),
                 qPrintable(where + ": source '" + got.value(3) + "', show '" + want.value(3) + "'"));
        // A parameter and its dated changes have a label; the history's lines have none.
        QVERIFY2(got.value(4).isEmpty() == history, qPrintable(where + ": label '" + got.value(4) + "'"));
    }
    QVERIFY2(needed > 0, qPrintable(scenario + " has no line with '" + needs + "' any more: the test needs one"));
}

void CliWorkbookTest::summarySheet_holdsTheHeadlineFigures()
{
    const QString file = m_dir.filePath("summary.xlsx");
    EXPECT_EXIT(runCli({"project", "builtin:default", "--format", "xlsx", "--output", file}), 0);
    const QJsonObject summary = QJsonDocument::fromJson(cliOutput({"summary", "builtin:default"})).object();
    QString problem;
    const QList<QStringList> cells = sheetCells(file, "Summary", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto valueOf = [&](const QString& label) {
        for (const QStringList& row : cells)
            if (row.value(0) == label)
                return row.value(1);
        return QStringLiteral("(no row '%1')").arg(label);
    };
    // The title on top, then the scenario's texts.
    QVERIFY(!cells.value(0).value(0).isEmpty());
    QCOMPARE(valueOf("Scenario"), cells.value(0).value(0));
    const auto close = [](const QString& text, double expected) {
        return std::abs(text.toDouble() - expected) <= 1e-9 * std::abs(expected);
    };
    const QString breakEven = valueOf("Break-even contribution rate");
    QVERIFY2(close(breakEven, summary["break_even_rate"].toDouble()), qPrintable(breakEven));
    const QString lowest = valueOf("Lowest reserve ratio (years of expenditure)");
    QVERIFY2(close(lowest, summary["minimum_reserve_ratio"].toDouble()), qPrintable(lowest));
    QCOMPARE(valueOf("Year of the lowest reserve ratio").toInt(),
             summary["minimum_reserve_ratio_year"].toInt());
    const QString depletion = valueOf("Year the reserve is depleted");
    if (summary["depletion_year"].isNull())
        QCOMPARE(depletion, QStringLiteral("never"));
    else
        QCOMPARE(depletion.toInt(), summary["depletion_year"].toInt());
    QVERIFY(!valueOf("Currency").isEmpty() && !valueOf("Currency").startsWith("(no row"));
}

void CliWorkbookTest::withRisk_addsTheRiskSheetOfSimulate()
{
    const QString file = m_dir.filePath("risk.xlsx");
    const QStringList sets = {"--set", "stochastic.paths=200", "--set", "stochastic.seed=11"};
    EXPECT_EXIT(runCli(QStringList{"project", "builtin:default", "--format", "xlsx", "--with-risk",
                                   "--output", file} +
                       sets),
                0);
    QString problem;
    QCOMPARE(sheetNames(file, &problem), (QStringList{"Summary", "Annual", "Monthly", "Parameters", "Risk"}));
    const QList<QStringList> csv = parseCsv(cliOutput(QStringList{"simulate", "builtin:default"} + sets));
    const QList<QStringList> sheet = sheetCells(file, "Risk", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString difference = compareTables(csv, sheet);
    QVERIFY2(difference.isEmpty(), qPrintable("Risk: " + difference));
    const QStringList parts = partNames(file, &problem);
    QString charts;
    for (const QString& name : parts)
        if (name.startsWith("xl/charts/chart"))
            charts += QString::fromUtf8(part(file, name, &problem));
    // The fan: the five percentiles of the reserve ratio.
    for (const char* column : {"$G$", "$H$", "$I$", "$J$", "$K$"})
        QVERIFY2(charts.contains(QStringLiteral("Risk!") + column), column);
}

void CliWorkbookTest::groups_addTheGroupsSheetOfTheGroupedCsv_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<int>("groups");  // with the main group
    const QStringList own = {"--set", "group.own.employed_share=0.2", "--set", "group.own.membership=voluntary",
                             "--set", "group.own.participation=0.1", "--set", "group.own.title=Own-account workers"};
    QTest::newRow("own-account workers") << own << 2;
    QTest::newRow("own-account and platform workers, the state's share of benefits")
        << (QStringList(own) << "--set" << "group.platform.employed_share=0.05" << "--set"
                             << "contributions.government_benefit_share=0.2")
        << 3;
}

// model-spec v4: with groups, a Groups sheet after Annual holds `project`'s grouped CSV (a
// block per group, then the total), the Annual sheet the total's rows; the total's
// contributions are the groups' summed.
void CliWorkbookTest::groups_addTheGroupsSheetOfTheGroupedCsv()
{
    QFETCH(QStringList, sets);
    QFETCH(int, groups);
    const QString file = m_dir.filePath("groups.xlsx");
    EXPECT_EXIT(runCli(QStringList{"project", "builtin:kelora", "--format", "xlsx", "--output", file} + sets), 0);
    QString problem;
    QCOMPARE(sheetNames(file, &problem), (QStringList{"Summary", "Annual", "Groups", "Monthly", "Parameters"}));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QList<QStringList> csv = parseCsv(cliOutput(QStringList{"project", "builtin:kelora"} + sets));
    const QList<QStringList> sheet = sheetCells(file, "Groups", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString difference = compareTables(csv, sheet);
    QVERIFY2(difference.isEmpty(), qPrintable("Groups: " + difference));

    // One row per group and year, then the total's; the five group columns at the end.
    const QStringList header = sheet.value(0);
    QCOMPARE(header.value(0), QStringLiteral("group"));
    QCOMPARE(header.mid(header.size() - 5), (QStringList{"worker_contributions", "employer_contributions",
                                                         "state_contributions", "benefit_contribution_ratio",
                                                         "cross_subsidy"}));
    const QString shown = QString::fromUtf8(cliOutput({"show", "builtin:kelora"}));
    const int years = shown.section("\nprojection.years\t", 1).section('\t', 0, 0).toInt();
    QVERIFY2(years > 10, qPrintable(shown.left(2000)));
    const int perGroup = years;
    QCOMPARE(int(sheet.size()) - 1, (groups + 1) * years);
    QCOMPARE(sheet.value(1).value(0), QStringLiteral("main"));
    QCOMPARE(sheet.back().value(0), QStringLiteral("total"));

    // By hand: the first year's total contributions are the groups' first years' summed.
    const int contributions = int(header.indexOf("contributions"));
    QVERIFY(contributions > 0);
    double groupsSum = 0;
    for (int g = 0; g < groups; ++g)
        groupsSum += sheet[1 + g * perGroup][contributions].toDouble();
    const QStringList& totalFirst = sheet[1 + groups * perGroup];
    QCOMPARE(totalFirst.value(0), QStringLiteral("total"));
    const double total = totalFirst[contributions].toDouble();
    QVERIFY(total > 0);
    QVERIFY2(std::abs(groupsSum - total) <= 1e-9 * total, qPrintable(QStringLiteral("%1 vs %2").arg(groupsSum).arg(total)));

    // The Annual sheet: the total's block, without the group column and the group columns.
    QList<QStringList> totalBlock{header.mid(1, header.size() - 6)};
    for (int r = 1 + groups * perGroup; r < int(csv.size()); ++r)
        totalBlock << csv[r].mid(1, csv[r].size() - 6);
    const QList<QStringList> annual = sheetCells(file, "Annual", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString annualDifference = compareTables(totalBlock, annual);
    QVERIFY2(annualDifference.isEmpty(), qPrintable("Annual: " + annualDifference));

    // A chart of each group's cross-subsidy, from the Groups sheet.
    QString charts;
    for (const QString& name : partNames(file, &problem))
        if (name.startsWith("xl/charts/chart"))
            charts += QString::fromUtf8(part(file, name, &problem));
    QVERIFY2(charts.contains("Groups!$"), "no chart on the Groups sheet");
}

// model-spec v5: a scenario with a protection package gets a Package sheet after Annual holding
// `package`'s CSV, its charts, and the package's figures on the Summary sheet; one without
// gets none.
void CliWorkbookTest::package_addsThePackageSheetOfThePackageCsv()
{
    const QString file = m_dir.filePath("package.xlsx");
    const char* scenario = "builtin:kelora-insurance-severance";
    EXPECT_EXIT(runCli({"project", scenario, "--format", "xlsx", "--output", file}), 0);
    QString problem;
    QCOMPARE(sheetNames(file, &problem), (QStringList{"Summary", "Annual", "Package", "Monthly", "Parameters"}));
    const QList<QStringList> csv = parseCsv(cliOutput({"package", scenario, "--format", "csv"}));
    QVERIFY(csv.size() > 10);
    const QList<QStringList> sheet = sheetCells(file, "Package", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString difference = compareTables(csv, sheet);
    QVERIFY2(difference.isEmpty(), qPrintable("Package: " + difference));

    // The Summary's figures are the last year's row of the CSV.
    const QStringList header = csv.value(0);
    const QStringList lastYear = csv.back();
    const QList<QStringList> summary = sheetCells(file, "Summary", &problem);
    const auto valueOf = [&](const QString& label) {
        bool inPackage = false;
        for (const QStringList& row : summary) {
            inPackage = inPackage || row.value(0) == QLatin1String("Protection package (Package sheet)");
            if (inPackage && row.value(0) == label)
                return row.value(1).toDouble();
        }
        return std::nan("");
    };
    const auto csvValue = [&](const char* column) { return lastYear.value(int(header.indexOf(column))).toDouble(); };
    QCOMPARE(valueOf("Year"), csvValue("year"));
    QVERIFY(csvValue("package_cost") > 0 && csvValue("employers_cost") > 0);
    for (const auto& [label, column] : std::initializer_list<std::pair<const char*, const char*>>{
             {"Cost of the package in the last year", "package_cost"},
             {"Paid by employers", "employers_cost"},
             {"Paid by workers", "workers_cost"},
             {"Paid by the state", "state_cost"},
             {"Cost of the package (share of insured wages)", "package_cost_to_wages"},
             {"Cost of the package (share of GDP)", "package_cost_to_gdp"},
             {"Unemployed with any benefit of the package", "any_coverage"}}) {
        const double expected = csvValue(column);
        QVERIFY2(std::isfinite(expected) && expected >= 0, column);
        QVERIFY2(std::abs(valueOf(label) - expected) <= 1e-9 * std::max(1.0, expected),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(label).arg(valueOf(label)).arg(expected)));
    }

    // The cost by payer (stacked columns) and the coverage by part, from the Package sheet.
    QString charts;
    for (const QString& name : partNames(file, &problem))
        if (name.startsWith("xl/charts/chart"))
            charts += QString::fromUtf8(part(file, name, &problem));
    QVERIFY2(charts.contains("<c:grouping val=\"stacked\"/>"), "no stacked chart");
    const auto columnLetter = [&](const char* column) {
        const int c = int(header.indexOf(column));
        return c < 26 ? QString(QChar('A' + c)) : QString(QChar('A' + c / 26 - 1)) + QChar('A' + c % 26);
    };
    for (const char* column : {"employers_cost", "workers_cost", "state_cost", "any_coverage"})
        QVERIFY2(charts.contains(QStringLiteral("Package!$%1$").arg(columnLetter(column))), column);

    // Without a package, no Package sheet.
    const QString plain = m_dir.filePath("plain.xlsx");
    EXPECT_EXIT(runCli({"project", "builtin:kelora", "--format", "xlsx", "--output", plain}), 0);
    QVERIFY(!sheetNames(plain, &problem).contains("Package"));
}

void CliWorkbookTest::formulaLikeText_staysText()
{
    // A title or source note that looks like a formula is written as text: the sheets hold no
    // formula at all, and the text reads back as typed.
    const QString file = m_dir.filePath("formula.xlsx");
    const QString title = "=HYPERLINK(\"http://example.org\",\"click\")";
    // "_x0041_" would read as "A" unless its "_" is escaped (_x005F_).
    const QString description = "+1+cmd|' /C calc'!A0 _x0041_";
    EXPECT_EXIT(
        runCli({"project", "builtin:default", "--format", "xlsx", "--output", file, "--set", "title=" + title,
                "--set", "author=@SUM(1,2)", "--set", "description=" + description}),
        0);
    QString problem;
    for (const QString& name : partNames(file, &problem))
        if (name.startsWith("xl/worksheets/"))
            QVERIFY2(!part(file, name, &problem).contains("<f>"), qPrintable(name + " holds a formula"));
    const QList<QStringList> summary = sheetCells(file, "Summary", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(summary.value(0).value(0), title);
    bool author = false;
    for (const QStringList& row : summary)
        author = author || row.value(1) == "@SUM(1,2)";
    QVERIFY2(author, "the author is not in the Summary sheet as typed");
    const QByteArray strings = part(file, "xl/sharedStrings.xml", &problem);
    QVERIFY2(strings.contains("+1+cmd|' /C calc'!A0 _x005F_x0041_"), strings.constData());
}

void CliWorkbookTest::refused_data()
{
    QTest::addColumn<QStringList>("args"); // DIR stands for a folder of the test
    QTest::addColumn<QString>("message");
    QTest::newRow("no --output")
        << QStringList{"project", "builtin:default", "--format", "xlsx"}
        << "--format xlsx writes an Excel workbook, a binary file: give it a name with --output FILE.xlsx";
    QTest::newRow("a folder") << QStringList{"project", "builtin:default", "--format",
                                             "xlsx",    "--output",        "DIR"}
                              << "is a folder; give a file name";
    QTest::newRow("--monthly") << QStringList{"project",   "builtin:default", "--format",  "xlsx",
                                              "--monthly", "--output",        "DIR/m.xlsx"}
                               << "--monthly: a workbook holds both the annual and the monthly table";
    QTest::newRow("--with-risk without xlsx")
        << QStringList{"project", "builtin:default", "--with-risk"}
        << "--with-risk adds a Risk sheet to a workbook; it needs --format xlsx";
    QTest::newRow("--with-risk elsewhere")
        << QStringList{"summary", "builtin:default", "--with-risk"}
        << "--with-risk applies to tideover-cli project --format xlsx only";
    QTest::newRow("unknown format") << QStringList{"project", "builtin:default", "--format", "xls"}
                                    << "--format xls: expected csv, table or xlsx";
}

void CliWorkbookTest::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString& a : args)
        a.replace("DIR", dir.path());
    const Run r = runCli(args);
    EXPECT_EXIT(r, 2);
    VERIFY_RUN(QString::fromUtf8(r.err).contains(message), r);
    VERIFY_RUN(r.out.isEmpty(), r);
    // Nothing was left in the folder: no workbook, no temporary file.
    QVERIFY2(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty(),
        qPrintable(
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).join(", ")));
}

void CliWorkbookTest::terminal_isRefused_data()
{
    QTest::addColumn<bool>("asStandardOutput"); // --output - with stdout a terminal; else --output /dev/pts/N
    QTest::newRow("--output /dev/pts/N") << false;
    QTest::newRow("--output - to a terminal") << true;
}

void CliWorkbookTest::terminal_isRefused()
{
    QFETCH(bool, asStandardOutput);
    // A pseudo-terminal of our own: what a user's terminal is to the program.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
        QSKIP("no pseudo-terminal available");
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    const QStringList args = {"project", "builtin:default", "--format",
                              "xlsx",    "--output",        asStandardOutput ? "-" : slave};
    const Run r = runCli(args, asStandardOutput ? slave : QString());
    ::close(master);
    EXPECT_EXIT(r, 2);
    VERIFY_RUN(QString::fromUtf8(r.err).contains(asStandardOutput ? "standard output is a terminal"
                                                                  : slave + " is a terminal"),
               r);
}

void CliWorkbookTest::standardOutputPipe_getsTheWorkbook()
{
    // Standard output that is not a terminal (a pipe here) takes the workbook.
    const Run r = runCli({"project", "builtin:default", "--format", "xlsx", "--output", "-"});
    EXPECT_EXIT(r, 0);
    VERIFY_RUN(r.out.startsWith("PK\x03\x04") && r.out.size() > 10000, r);
    const QString file = m_dir.filePath("piped.xlsx");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(r.out);
    f.close();
    QString problem;
    QCOMPARE(sheetNames(file, &problem), (QStringList{"Summary", "Annual", "Monthly", "Parameters"}));
}

void CliWorkbookTest::readOnlyTarget_isKeptUnlessForce()
{
    QTemporaryDir dir;
    const QString target = dir.filePath("kept.xlsx");
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
    }
    QCOMPARE(::chmod(QFile::encodeName(target).constData(), 0444), 0);
    const QStringList args = {"project", "builtin:default", "--format", "xlsx", "--output", target};
    const Run refused = runCli(args);
    EXPECT_EXIT(refused, 2);
    VERIFY_RUN(refused.err.contains("is read-only (mode 0444)") &&
                   refused.err.contains("--force replaces it"),
               refused);
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("precious"));
    kept.close();

    EXPECT_EXIT(runCli(args + QStringList{"--force"}), 0);
    QString problem;
    QCOMPARE(sheetNames(target, &problem), (QStringList{"Summary", "Annual", "Monthly", "Parameters"}));
    QCOMPARE(
        int(QFileInfo(target).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)),
        0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"kept.xlsx"});
}

void CliWorkbookTest::temporaryFiles_areRemoved()
{
    // libxlsxwriter builds the workbook in a private folder under TMPDIR; nothing stays there.
    QTemporaryDir tmp;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("TMPDIR", tmp.path());
    const QString file = m_dir.filePath("tmp.xlsx");
    const Run r = runProgram(kCli, {"project", "builtin:default", "--format", "xlsx", "--output", file}, {},
                             environment);
    EXPECT_EXIT(r, 0);
    QVERIFY(QFileInfo(file).size() > 10000);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    // And a TMPDIR where nothing can be made is a clear failure, not a crash.
    environment.insert("TMPDIR", tmp.filePath("missing/folder"));
    const Run failed = runProgram(kCli, {"project", "builtin:default", "--format", "xlsx", "--output", file},
                                  {}, environment);
    EXPECT_EXIT(failed, 2);
    VERIFY_RUN(failed.err.contains("cannot save " + QFile::encodeName(file)), failed);
}

QTEST_GUILESS_MAIN(CliWorkbookTest)
#include "tst_cli_workbook.moc"
