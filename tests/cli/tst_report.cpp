// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Runs the real `tideover-cli report` (TIDEOVER_CLI, which runs TIDEOVER_REPORT from its own
// directory) and reads the PDF back with poppler-utils (pdfinfo, pdftotext): the page count,
// the scenario title, every parameter key, the headline figures as the report writes them and
// the page numbers; and exit status 2 with a message for bad input. pdfinfo and pdftotext come
// from Debian's poppler-utils; the test fails, saying so, when they are missing.

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "clirunner.h"

namespace {

using clitest::kCli;
const QString kReport = QStringLiteral(TIDEOVER_REPORT);

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString describe(const QString& program, const QStringList& args) const
    {
        return QStringLiteral("%1 %2\nexit status %3\nstdout:\n%4\nstderr:\n%5")
            .arg(program, args.join(QLatin1Char(' ')))
            .arg(exitCode)
            .arg(out, err);
    }
};

Run run(const QString& program, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The report must not need a display, and the C locale must still give readable numbers.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    const clitest::Run p = clitest::runProgram(program, args, {}, env);
    Run r;
    r.exitCode = p.finished && p.exitStatus == QProcess::NormalExit ? p.exitCode : -1;
    r.out = QString::fromUtf8(p.out);
    r.err = p.finished ? QString::fromUtf8(p.err) : QStringLiteral("did not finish: ") + p.problem;
    return r;
}

QString popplerTool(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing: install Debian's poppler-utils (apt-get install poppler-utils)", qPrintable(name));
    return path;
}

// A rate as the report writes it in en_US (docs/number-style.md): 3 significant digits, at
// most 2 decimals (2 while they round below 10 %, 1 below 100 %); pdftotext gives the
// non-breaking space before "%" as a space.
QString rate(double fraction)
{
    const double percent = fraction * 100.0;
    const double a = std::abs(percent);
    const int decimals = std::round(a * 100) / 100 < 10 ? 2 : std::round(a * 10) / 10 < 100 ? 1 : 0;
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(percent, 'f', decimals) + QStringLiteral(" %");
}

}  // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli));
        QVERIFY2(QFileInfo(kReport).isExecutable(), qPrintable(kReport));
        QVERIFY2(QFileInfo(kReport).absolutePath() == QFileInfo(kCli).absolutePath(),
                 "tideover-cli runs tideover-report from its own directory");
        QVERIFY2(!popplerTool(QStringLiteral("pdfinfo")).isEmpty(), "pdfinfo (poppler-utils) is needed");
        QVERIFY2(!popplerTool(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is needed");
    }

    // Valid scenarios at the edges of the ranges: the charts drew coordinates that overflowed
    // ("inf", "-78878962./") and poppler reported dozens of syntax errors (issue 17, item 7).
    void extremeScenario_pdfReadsCleanly_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::newRow("reserve 1e308 earning 20 % for 100 years")
            << QStringList{"reserve.initial=1e308", "reserve.return=0.2", "projection.years=100"};
        QTest::newRow("transfers -1e308") << QStringList{"reserve.transfers=-1e308"};
        QTest::newRow("reserve -1e308") << QStringList{"reserve.initial=-1e308"};
        QTest::newRow("reserve 1e199 growing") << QStringList{"reserve.initial=1e199", "reserve.return=0.2"};
        QTest::newRow("labour force 1e300") << QStringList{"labour.force=1e300"};
        // model-spec v4: the groups' table and chart of sums over 30 years of huge flows.
        QTest::newRow("groups, labour force 1e300")
            << QStringList{"labour.force=1e300", "group.own.employed_share=0.2", "group.own.title=Own-account workers"};
        QTest::newRow("a group paying a flat 1e300 a month")
            << QStringList{"group.own.employed_share=0.2", "group.own.contribution_base=flat",
                           "group.own.flat_contribution=1e300"};
    }

    void extremeScenario_pdfReadsCleanly()
    {
        QFETCH(QStringList, sets);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("extreme.pdf"));
        QStringList args = {QStringLiteral("report"), QStringLiteral("builtin:default"), QStringLiteral("--output"), pdf,
                            QStringLiteral("--simulate"), QStringLiteral("--paths"), QStringLiteral("40"),
                            QStringLiteral("--start"), QStringLiteral("2030"), QStringLiteral("--rise"),
                            QStringLiteral("0.05"), QStringLiteral("--compare"), QStringLiteral("builtin:vietnam")};
        for (const QString& set : sets)
            args << QStringLiteral("--set") << set;
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(kCli, args)));
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.exitCode == 0 && info.err.isEmpty(), qPrintable(info.describe(QStringLiteral("pdfinfo"), {pdf})));
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.exitCode == 0 && text.err.isEmpty(),
                 qPrintable(text.describe(QStringLiteral("pdftotext"), {pdf}).left(3000)));
        QVERIFY(text.out.contains(QStringLiteral("Reserve")));
    }

    void defaultScenario_pdfHoldsTitleKeysFiguresAndPageNumbers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const QStringList args = {QStringLiteral("report"), QStringLiteral("builtin:default"), QStringLiteral("--output"), pdf};
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(kCli, args)));
        QVERIFY2(QFileInfo(pdf).size() > 10000, qPrintable(r.describe(kCli, args)));

        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(info.exitCode, 0);
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                                 QRegularExpression::MultilineOption)
                                                  .match(info.out);
        QVERIFY2(pages.hasMatch(), qPrintable(info.out));
        const int pageCount = pages.captured(1).toInt();
        QVERIFY2(pageCount > 3, qPrintable(info.out));

        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString t = text.out;
        // Collects every miss, then prints the text once.
        QStringList missing;
        auto expect = [&](bool ok, const QString& what) {
            if (!ok)
                missing << what;
        };

        // The title and every parameter key (`tideover-cli keys` lists them).
        const Run scenarios = run(kCli, {QStringLiteral("scenarios")});
        QCOMPARE(scenarios.exitCode, 0);
        const QString title = scenarios.out.section(QStringLiteral("builtin:default\t"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY(!title.isEmpty());
        // A long title may wrap on the title page; its words must all be there, in order.
        const QString titlePattern = QRegularExpression::escape(title).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        expect(t.contains(QRegularExpression(titlePattern)), QStringLiteral("the title: ") + title);
        const Run keys = run(kCli, {QStringLiteral("keys")});
        QCOMPARE(keys.exitCode, 0);
        int keyCount = 0;
        for (const QString& line : keys.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString key = line.section(QLatin1Char('\t'), 0, 0);
            if (key.startsWith(QLatin1String("group.NAME.")))
                continue;  // a worker group's keys (model-spec v4): builtin:default has no groups
            expect(t.contains(QRegularExpression(QStringLiteral("(^|\\s)") + QRegularExpression::escape(key) + QStringLiteral("(\\s|$)"))),
                   QStringLiteral("the parameter key ") + key);
            ++keyCount;
        }
        QVERIFY(keyCount > 40);

        // The headline figures, as `tideover-cli summary` gives them and the report formats them.
        const Run summary = run(kCli, {QStringLiteral("summary"), QStringLiteral("builtin:default")});
        QCOMPARE(summary.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(summary.out.toUtf8()).object();
        QVERIFY(s.value(QStringLiteral("depletion_year")).isNull());
        expect(t.contains(QRegularExpression(QStringLiteral("Reserve depleted\\s+never"))), QStringLiteral("depletion: never"));
        expect(t.contains(QStringLiteral("The reserve never runs out")), QStringLiteral("the plain summary's depletion"));
        const QString breakEven = rate(s.value(QStringLiteral("break_even_rate")).toDouble());
        expect(t.contains(QRegularExpression(QStringLiteral("Break-even contribution rate\\s+") + QRegularExpression::escape(breakEven))),
               QStringLiteral("break-even rate ") + breakEven);
        const QString lowest = QStringLiteral("%1 years in %2")
                                   .arg(QString::number(s.value(QStringLiteral("minimum_reserve_ratio")).toDouble(), 'f', 2))
                                   .arg(s.value(QStringLiteral("minimum_reserve_ratio_year")).toInt());
        expect(t.contains(QRegularExpression(QStringLiteral("Lowest reserve ratio\\s+") + QRegularExpression::escape(lowest))),
               QStringLiteral("lowest reserve ratio ") + lowest);

        // The sections and the page numbers.
        for (const char* heading : {"Summary", "Parameters and their sources", "Charts", "Annual results", "ILO minimum standards"})
            expect(t.contains(QLatin1String(heading)), QStringLiteral("the section ") + QLatin1String(heading));
        for (int page = 1; page <= pageCount; ++page)
            expect(t.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pageCount)), QStringLiteral("page number %1").arg(page));
        // The analyses appear only when asked for.
        for (const char* heading : {"Stress test", "Stochastic projection", "Comparison with other scenarios", "Worker groups"})
            expect(!t.contains(QLatin1String(heading)), QStringLiteral("no section ") + QLatin1String(heading));
        if (!missing.isEmpty())
            qWarning("pdftotext -layout:\n%s", qPrintable(t));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing from the PDF: ") + missing.join(QStringLiteral("; "))));
    }

    // model-spec v4: a scenario with worker groups gets the "Worker groups" section after the
    // charts, with every group, the table of sums, its chart and the sentences.
    void groups_addTheWorkerGroupsSection()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("groups.pdf"));
        const QStringList args = {"report", "builtin:kelora", "--output", pdf,
                                  "--set", "group.own.employed_share=0.2", "--set", "group.own.membership=voluntary",
                                  "--set", "group.own.participation=0.1", "--set", "group.own.title=Own-account workers",
                                  "--set", "group.own.employer_rate=0", "--set", "group.own.member_risk=2.5",
                                  "--set", "group.own.relative_unemployment=1.5", "--set", "group.own.subsidy_rate=0.5"};
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(kCli, args)));
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.exitCode == 0 && info.err.isEmpty(), qPrintable(info.describe(QStringLiteral("pdfinfo"), {pdf})));
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.exitCode == 0 && text.err.isEmpty(), qPrintable(text.describe(QStringLiteral("pdftotext"), {pdf})));
        const QString t = text.out.simplified();
        QStringList missing;
        auto expect = [&](bool ok, const QString& what) {
            if (!ok)
                missing << what;
        };
        QList<qsizetype> positions;
        for (const char* heading : {"1. Summary", "2. Charts", "3. Worker groups", "4. ILO minimum standards"}) {
            positions << t.indexOf(QLatin1String(heading));
            expect(positions.back() >= 0, QStringLiteral("the section ") + QLatin1String(heading));
        }
        expect(std::is_sorted(positions.begin(), positions.end()), QStringLiteral("the sections in order"));
        for (const char* text : {"Who pays, who draws, 2027", "Main group", "Own-account workers", "All groups",
                                 "Cross-subsidy", "By group in 2027, 2041 and 2056",
                                 "The group “Own-account workers” draws out", "The group “Main group” pays in",
                                 "Together the groups pay in"})
            expect(t.contains(QString::fromUtf8(text)), QString::fromUtf8(text));
        if (!missing.isEmpty())
            qWarning("pdftotext:\n%s", qPrintable(text.out));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing from the PDF: ") + missing.join(QStringLiteral("; "))));
    }

    void setChanges_reachTheReport()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("variant.pdf"));
        const QStringList args = {QStringLiteral("report"), QStringLiteral("builtin:default"), QStringLiteral("--output"), pdf,
                                  QStringLiteral("--set"), QStringLiteral("benefits.waiting_days=3")};
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(kCli, args)));
        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        // The sentence may wrap anywhere.
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("waiting\\s+period\\s+of\\s+3\\s+days"))), qPrintable(text.out));
    }


    void analyses_addSectionsWithTheCommandLinesFigures()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("analyses.pdf"));
        const QStringList args = {QStringLiteral("report"), QStringLiteral("builtin:vietnam"), QStringLiteral("--output"), pdf,
                                  QStringLiteral("--simulate"), QStringLiteral("--paths"), QStringLiteral("500"),
                                  QStringLiteral("--seed=7"), QStringLiteral("--start"), QStringLiteral("2027"),
                                  QStringLiteral("--rise"), QStringLiteral("0.03"), QStringLiteral("--name"),
                                  QStringLiteral("Oil shock"), QStringLiteral("--compare"), QStringLiteral("builtin:thailand"),
                                  QStringLiteral("--compare"), QStringLiteral("builtin:default"), QStringLiteral("--date"),
                                  QStringLiteral("2026-03-09")};
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(kCli, args)));
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        // pdftotext breaks lines anywhere; compare with single spaces.
        const QString t = text.out.simplified();
        QStringList missing;
        auto expect = [&](bool ok, const QString& what) {
            if (!ok)
                missing << what;
        };

        // Findings first: the analyses come after the charts, before the standards and the tables.
        QList<qsizetype> positions;
        // Viet Nam has a worker group (model-spec v4) and severance pay beside its insurance
        // (model-spec v5): their sections follow the charts.
        for (const char* heading : {"1. Summary", "2. Charts", "3. Worker groups", "4. Protection package",
                                    "5. Stress test", "6. Stochastic projection", "7. Comparison with other scenarios",
                                    // Viet Nam has a history (model-spec v3): its section follows the analyses.
                                    "8. Against the history: back-test and monitoring", "9. ILO minimum standards",
                                    "10. Parameters and their sources", "11. Annual results"}) {
            positions << t.indexOf(QLatin1String(heading));
            expect(positions.back() >= 0, QStringLiteral("the section ") + QLatin1String(heading));
        }
        expect(std::is_sorted(positions.begin(), positions.end()), QStringLiteral("the sections in order"));
        expect(t.contains(QStringLiteral("March 9, 2026")), QStringLiteral("the --date on the title page"));

        // The stress test: the shock and the figures `tideover-cli stress` gives.
        const Run stress = run(kCli, {QStringLiteral("stress"), QStringLiteral("builtin:vietnam"), QStringLiteral("--start"),
                                      QStringLiteral("2027"), QStringLiteral("--rise"), QStringLiteral("0.03")});
        QCOMPARE(stress.exitCode, 0);
        const QJsonObject st = QJsonDocument::fromJson(stress.out.toUtf8()).object();
        expect(t.contains(QStringLiteral("“Oil shock”: a recession from 2027")), QStringLiteral("the shock's name and start"));
        const QString stressedLowest = QStringLiteral("%1 years in %2")
                                           .arg(QString::number(st.value(QStringLiteral("minimum_reserve_ratio")).toDouble(), 'f', 2))
                                           .arg(st.value(QStringLiteral("minimum_reserve_ratio_year")).toInt());
        expect(t.contains(stressedLowest), QStringLiteral("the stressed lowest ratio ") + stressedLowest);
        const QString covered = QString::number(st.value(QStringLiteral("months_of_benefits_covered")).toDouble(), 'f', 2);
        expect(t.contains(covered), QStringLiteral("the months covered ") + covered);

        // The stochastic projection: as `tideover-cli simulate --summary` with the same paths and seed.
        const Run simulate = run(kCli, {QStringLiteral("simulate"), QStringLiteral("builtin:vietnam"), QStringLiteral("--paths"),
                                        QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("7"),
                                        QStringLiteral("--summary")});
        QCOMPARE(simulate.exitCode, 0);
        const QJsonObject sim = QJsonDocument::fromJson(simulate.out.toUtf8()).object();
        expect(t.contains(QStringLiteral("500 random futures (seed 7)")), QStringLiteral("paths and seed"));
        expect(t.contains(QStringLiteral("In the recession tested, from 2027, the reserve")), QStringLiteral("the stress test in the summary"));
        expect(t.contains(QStringLiteral("Across 500 random futures")), QStringLiteral("the stochastic projection in the summary"));
        const QString probability = rate(sim.value(QStringLiteral("depletion_probability")).toDouble());
        expect(t.contains(QStringLiteral("runs out by 2053 is ") + probability), QStringLiteral("the depletion probability ") + probability);

        // The comparison: every scenario by title, the break-even rate of each, the differing keys.
        const Run scenarios = run(kCli, {QStringLiteral("scenarios")});
        for (const QString& name : {QStringLiteral("thailand"), QStringLiteral("default")}) {
            const QString title = scenarios.out.section(QStringLiteral("builtin:%1\t").arg(name), 1).section(QLatin1Char('\n'), 0, 0);
            expect(t.contains(title.simplified()), QStringLiteral("the compared title ") + title);
            const Run summary = run(kCli, {QStringLiteral("summary"), QStringLiteral("builtin:") + name});
            const double breakEven = QJsonDocument::fromJson(summary.out.toUtf8()).object().value(QStringLiteral("break_even_rate")).toDouble();
            expect(t.contains(rate(breakEven)), QStringLiteral("the break-even rate of ") + name);
        }
        expect(t.contains(QStringLiteral("(this report)")), QStringLiteral("the reported scenario's column"));
        expect(t.contains(QStringLiteral("Parameters that differ")), QStringLiteral("the differences"));
        expect(t.contains(QStringLiteral("financing.max_rate")) || t.contains(QStringLiteral("labour.force")),
               QStringLiteral("a differing key"));
        if (!missing.isEmpty())
            qWarning("pdftotext:\n%s", qPrintable(text.out));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing from the PDF: ") + missing.join(QStringLiteral("; "))));
    }

    void charts_areVectorGraphicsWithSearchableText()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("charts.pdf"));
        const QStringList args = {QStringLiteral("report"), QStringLiteral("builtin:default"), QStringLiteral("--output"), pdf,
                                  QStringLiteral("--start"), QStringLiteral("2030"), QStringLiteral("--rise"),
                                  QStringLiteral("0.04")};
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(kCli, args)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe(kCli, args)));
        // No raster image anywhere: pdfimages lists only its two header lines.
        const QString pdfimages = popplerTool(QStringLiteral("pdfimages"));
        QVERIFY2(!pdfimages.isEmpty(), "pdfimages (poppler-utils) is needed");
        const Run images = run(pdfimages, {QStringLiteral("-list"), pdf});
        QCOMPARE(images.exitCode, 0);
        QVERIFY2(images.out.trimmed().split(QLatin1Char('\n')).size() == 2, qPrintable(images.out));
        // The charts' legends and axis titles are text.
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        const QString t = text.out.simplified();
        for (const char* label : {"Reserve at year end", "Target reserve ratio", "Without the recession", "With the recession",
                                  "Reserve ratio (years of expenditure)"})
            QVERIFY2(t.contains(QLatin1String(label)), label);
    }

    void language_writesTheReportInIt()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("vi.pdf"));
        const QStringList args = {QStringLiteral("report"), QStringLiteral("builtin:vietnam"), QStringLiteral("--output"), pdf,
                                  QStringLiteral("--language"), QStringLiteral("vi"), QStringLiteral("--start"),
                                  QStringLiteral("2027"), QStringLiteral("--rise"), QStringLiteral("0.03"),
                                  QStringLiteral("--date"), QStringLiteral("2026-03-09")};
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(kCli, args)));
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        const QString t = text.out.simplified();
        // Headings, the summary, the standards check and the page numbers in Vietnamese; the
        // numbers with a decimal comma; the parameter keys as they are.
        for (const QString& expected : {QStringLiteral("1. Tóm tắt"), QStringLiteral("Kiểm tra sức chịu đựng"),
                                        QStringLiteral("Tiêu chuẩn tối thiểu của ILO"), QStringLiteral("Trang 1/"),
                                        QStringLiteral("thời gian chờ"), QStringLiteral("benefits.waiting_days")})
            QVERIFY2(t.contains(expected), qPrintable(expected + QStringLiteral("\n") + text.out.left(3000)));
        // A reserve ratio in years with a decimal comma ("2,48 năm").
        QVERIFY2(t.contains(QRegularExpression(QStringLiteral("\\b[0-9]+,[0-9]{2} năm"))), qPrintable(text.out.left(3000)));
        QVERIFY2(!t.contains(QStringLiteral("Headline figures")), "an English heading in the Vietnamese report");
    }

    // Issue 16: the annual table's column titles never break inside a word ("Anné" / "e",
    // "Couvertu" / "re" in French with the English widths).
    void annualTable_headersNeverBreakInsideAWord_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("Année"), QStringLiteral("(milliers)"), QStringLiteral("Dépenses"),
                                           QStringLiteral("Réserve"), QStringLiteral("(années)")};
        QTest::newRow("vi") << QStringLiteral("vi")
                            << QStringList{QStringLiteral("Năm"), QStringLiteral("(nghìn)"), QStringLiteral("Chi tiêu")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Year"), QStringLiteral("Spending"), QStringLiteral("Reserve"),
                                           QStringLiteral("Coverage"), QStringLiteral("(years)")};
    }

    void annualTable_headersNeverBreakInsideAWord()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("table.pdf"));
        const QStringList args = {QStringLiteral("report"), QStringLiteral("builtin:vietnam"), QStringLiteral("--output"), pdf,
                                  QStringLiteral("--language"), language};
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(kCli, args)));
        // The last page holds the end of the annual table, its header repeated.
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        const int pages = info.out.section(QStringLiteral("Pages:"), 1).simplified().section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY2(pages > 1, qPrintable(info.out));
        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(pages), QStringLiteral("-l"),
                                                           QString::number(pages), pdf, QStringLiteral("-")});
        QVERIFY2(text.out.contains(QStringLiteral("2053")), qPrintable(text.out.left(2000)));
        QStringList lines;
        for (const QString& line : text.out.split(QLatin1Char('\n')))
            lines << line.trimmed();
        for (const QString& word : words)
            QVERIFY2(std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(word); }),
                     qPrintable(word + QStringLiteral(" broken or missing:\n") + text.out.left(1500)));
        // No line is the broken-off end of a word (a soft hyphen's break ends in "-").
        for (const QString& line : lines)
            QVERIFY2(line.isEmpty() || line.size() > 2 || line.front().isDigit() || line == QStringLiteral("%"),
                     qPrintable(QStringLiteral("a fragment \"%1\":\n").arg(line) + text.out.left(1500)));
    }

    void badInput_exitsWithStatus2AndAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scenario") << QStringList{QStringLiteral("builtin:nope"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf")}
                                          << QStringLiteral("nope");
        QTest::newRow("unwritable output") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                          QStringLiteral("@DIR@/no/such/folder/x.pdf")}
                                           << QStringLiteral("Could not write the report");
        QTest::newRow("invalid value") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                      QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--set"),
                                                      QStringLiteral("benefits.waiting_days=-3")}
                                       << QStringLiteral("benefits.waiting_days");
        QTest::newRow("unknown key") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                    QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--set"), QStringLiteral("no.such=1")}
                                     << QStringLiteral("no.such");
        QTest::newRow("no output") << QStringList{QStringLiteral("builtin:default")} << QStringLiteral("--output");
        QTest::newRow("no scenario") << QStringList{QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf")}
                                     << QStringLiteral("SCENARIO");
        QTest::newRow("foreign option") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                       QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--monthly")}
                                        << QStringLiteral("report");
        QTest::newRow("paths without simulate") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                               QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--paths"), QStringLiteral("100")}
                                                << QStringLiteral("add --simulate");
        QTest::newRow("paths out of range") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf"),
                                                           QStringLiteral("--simulate"), QStringLiteral("--paths"), QStringLiteral("0")}
                                            << QStringLiteral("--paths 0: out of range");
        QTest::newRow("seed not a number") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf"),
                                                          QStringLiteral("--simulate"), QStringLiteral("--seed"), QStringLiteral("-1")}
                                           << QStringLiteral("--seed -1");
        QTest::newRow("simulate with a value") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                              QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--simulate=yes")}
                                               << QStringLiteral("--simulate takes no value");
        QTest::newRow("rise out of range") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf"),
                                                          QStringLiteral("--start"), QStringLiteral("2030"), QStringLiteral("--rise"), QStringLiteral("0.9")}
                                           << QStringLiteral("--rise 0.9: out of range");
        QTest::newRow("start outside the projection") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                                     QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--start"),
                                                                     QStringLiteral("1990"), QStringLiteral("--rise"), QStringLiteral("0.03")}
                                                      << QStringLiteral("--start 1990: out of range");
        QTest::newRow("months without start") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                             QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--months"), QStringLiteral("6")}
                                              << QStringLiteral("--start YEAR and --rise R are needed");
        QTest::newRow("compare a missing file") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                               QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--compare"),
                                                               QStringLiteral("@DIR@/missing.tideover")}
                                                << QStringLiteral("missing.tideover");
        QTest::newRow("compare garbage") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                        QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--compare"), QStringLiteral("@DIR@/garbage.tideover")}
                                         << QStringLiteral("--compare @DIR@/garbage.tideover");
        QTest::newRow("compare nine") << (QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf")}
                                          + QStringList(9, QStringLiteral("--compare=builtin:thailand")))
                                      << QStringLiteral("at most 8");
        QTest::newRow("bad date") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf"),
                                                 QStringLiteral("--date"), QStringLiteral("2026-02-30")}
                                  << QStringLiteral("--date 2026-02-30: not a date");
        QTest::newRow("output twice") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf"),
                                                     QStringLiteral("-o"), QStringLiteral("@DIR@/x.pdf")}
                                      << QStringLiteral("--output is given twice");
        QTest::newRow("shock name too long") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                            QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--start"), QStringLiteral("2030"),
                                                            QStringLiteral("--rise"), QStringLiteral("0.03"), QStringLiteral("--name"),
                                                            QString(101, QLatin1Char('n'))}
                                             << QStringLiteral("--name: 101 bytes; at most 100");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                                         QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--language"), QStringLiteral("de")}
                                          << QStringLiteral("--language de: the report is written in en, fr or vi");
        QTest::newRow("two scenarios") << QStringList{QStringLiteral("builtin:default"), QStringLiteral("builtin:thailand"),
                                                      QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf")}
                                       << QStringLiteral("--compare");        QTest::newRow("group without a recession")
            << QStringList{QStringLiteral("builtin:kelora-extension"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf"),
                           QStringLiteral("--group"), QStringLiteral("own_account")}
            << QStringLiteral("--group and --group-claims need a recession");
        QTest::newRow("unknown group")
            << QStringList{QStringLiteral("builtin:kelora-extension"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf"),
                           QStringLiteral("--start"), QStringLiteral("2030"), QStringLiteral("--rise"), QStringLiteral("0.03"),
                           QStringLiteral("--group"), QStringLiteral("nope")}
            << QStringLiteral("--group nope: the scenario has no such group; its groups: main, own_account");
        QTest::newRow("group claims out of range")
            << QStringList{QStringLiteral("builtin:kelora-extension"), QStringLiteral("--output"), QStringLiteral("@DIR@/x.pdf"),
                           QStringLiteral("--start"), QStringLiteral("2030"), QStringLiteral("--rise"), QStringLiteral("0.03"),
                           QStringLiteral("--group"), QStringLiteral("own_account"), QStringLiteral("--group-claims"),
                           QStringLiteral("9")}
            << QStringLiteral("--group-claims");
    }

    // A recession that hits job losses (--claims) and one group harder (--group, model-spec v4):
    // the section says both, and its figures are those of `tideover-cli stress` with the same
    // options.
    void stress_claimsAndGroupShocks_areSaidWithTheStressCommandsFigures()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("group.pdf"));
        const QStringList shock = {QStringLiteral("--start"), QStringLiteral("2029"), QStringLiteral("--rise"),
                                   QStringLiteral("0.03"), QStringLiteral("--claims"), QStringLiteral("1.5"),
                                   QStringLiteral("--group"), QStringLiteral("own_account"), QStringLiteral("--group-claims"),
                                   QStringLiteral("2")};
        const QStringList args =
            QStringList{QStringLiteral("report"), QStringLiteral("builtin:kelora-extension"), QStringLiteral("--output"), pdf} + shock;
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(kCli, args)));
        const QString t = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.simplified();
        QVERIFY2(t.contains(QStringLiteral("Job losses of the insured are multiplied by 1.50 in every month of the recession.")),
                 qPrintable(t.left(4000)));
        QVERIFY2(t.contains(QStringLiteral("its job losses are also multiplied by 2.00 over the recession")), qPrintable(t.left(4000)));
        QVERIFY(t.contains(QStringLiteral("apart from the job losses said above, nothing else in the scenario changes")));
        const QStringList stressArgs = QStringList{QStringLiteral("stress"), QStringLiteral("builtin:kelora-extension")} + shock;
        const Run stress = run(kCli, stressArgs);
        QVERIFY2(stress.exitCode == 0, qPrintable(stress.describe(kCli, stressArgs)));
        const QJsonObject st = QJsonDocument::fromJson(stress.out.toUtf8()).object();
        const QString lowest = QStringLiteral("%1 years in %2")
                                   .arg(QString::number(st.value(QStringLiteral("minimum_reserve_ratio")).toDouble(), 'f', 2))
                                   .arg(st.value(QStringLiteral("minimum_reserve_ratio_year")).toInt());
        QVERIFY2(t.contains(lowest), qPrintable(lowest + QStringLiteral("\n") + t.left(4000)));
        // Without the group's shock the stressed figures differ: the option reached the engine.
        const Run plain = run(kCli, QStringList{QStringLiteral("stress"), QStringLiteral("builtin:kelora-extension")} + shock.mid(0, 6));
        const double plainCovered =
            QJsonDocument::fromJson(plain.out.toUtf8()).object().value(QStringLiteral("months_of_benefits_covered")).toDouble();
        QVERIFY(plainCovered != st.value(QStringLiteral("months_of_benefits_covered")).toDouble());
    }
    void badInput_exitsWithStatus2AndAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile garbage(dir.filePath(QStringLiteral("garbage.tideover")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a scenario\n");
        garbage.close();
        args.replaceInStrings(QStringLiteral("@DIR@"), dir.path());
        message.replace(QStringLiteral("@DIR@"), dir.path());
        args.prepend(QStringLiteral("report"));
        const Run r = run(kCli, args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe(kCli, args)));
        QVERIFY2(r.err.contains(message), qPrintable(r.describe(kCli, args)));
        QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))), "no file for bad input");
    }

    void help_describesTheCommand()
    {
        const Run main = run(kCli, {QStringLiteral("--help")});
        QCOMPARE(main.exitCode, 0);
        QVERIFY(main.out.contains(QStringLiteral("report   SCENARIO --output FILE.pdf")));
        const Run help = run(kCli, {QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: tideover-cli report SCENARIO --output FILE.pdf")));
        // tideover-report gives the same help, and says it runs as tideover-cli report.
        const Run own = run(kReport, {QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QCOMPARE(own.out, help.out);
        for (const char* option : {"--simulate", "--paths", "--seed", "--start", "--rise", "--compare", "--date"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        // Anywhere but first, report is refused with the right order.
        const Run late = run(kCli, {QStringLiteral("--set"), QStringLiteral("benefits.waiting_days=3"), QStringLiteral("report")});
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.err.contains(QStringLiteral("write report first")), qPrintable(late.err));
    }

    void missingReportProgram_exitsWithStatus1AndSaysSo()
    {
        // A tideover-cli alone in its folder, as when the desktop application is not installed.
        QTemporaryDir dir;
        const QString lonely = dir.filePath(QStringLiteral("tideover-cli"));
        QVERIFY(QFile::copy(kCli, lonely));
        QVERIFY(QFile::setPermissions(lonely, QFile::permissions(kCli)));
        const QStringList args = {QStringLiteral("report"), QStringLiteral("builtin:default"), QStringLiteral("--output"),
                                  dir.filePath(QStringLiteral("x.pdf"))};
        const Run r = run(lonely, args);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe(lonely, args)));
        QVERIFY2(r.err.contains(QStringLiteral("tideover-report")), qPrintable(r.describe(lonely, args)));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
