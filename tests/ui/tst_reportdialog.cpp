// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// File > Export Report's choices, as a consultant meets them in the main window: the analyses
// of the other pages are offered when they exist and are of the scenario as it is now, each
// described as it will appear, and the options the dialog gives put exactly those sections,
// with the pages' own figures, into the report. And the report's own fixes (issue 16): the
// number style, a number that never parts from its unit, money rows of a comparison that name
// no other scenario's currency, no empty depletion chart, no nearly blank page, and a stress
// sentence about the low the recession causes.

#include "analysisdata/comparisonset.h"
#include "analysis/comparisonview.h"
#include "analysis/riskview.h"
#include "analysisdata/stochasticrunner.h"
#include "analysis/stresstestview.h"
#include "document/scenariodocument.h"
#include "report/reportdialog.h"
#include "report/reportwriter.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"
#include "core/io/numberstyle.h"
#include "core/io/scenariofile.h"
#include "format/displayformat.h"
#include "widgets/mainwindow.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tideover;
using namespace tideover::ui;

namespace {

// The report of `s` without charts (no pictures to record), with `options`.
QString reportHtml(const core::Scenario& s, ReportOptions options = {})
{
    options.includeCharts = false;
    return ReportWriter(s, options).html();
}

core::StressResult stressOf(const core::Scenario& s, int startYear, double rise)
{
    core::RecessionShock shock;
    shock.startYear = startYear;
    shock.rise = rise;
    return core::StressTest(s).run(shock);
}

core::StochasticResult stochasticOf(core::Scenario s, int paths)
{
    s.stochastic.paths = paths;
    return core::StochasticProjection(s).run();
}

// How far down each page of a PDF its text reaches, as a share of the body's height (18 mm
// from the top to 275 mm, the footer below it not counted), from pdftotext -bbox.
QList<double> pageFill(const QString& pdf, QString* failure)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        *failure = QStringLiteral("pdftotext (poppler-utils) is needed");
        return {};
    }
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *failure = QStringLiteral("pdftotext -bbox failed");
        return {};
    }
    const QString xml = QString::fromUtf8(p.readAllStandardOutput());
    const double mmToPt = 72.0 / 25.4;
    const double top = 18 * mmToPt, bottom = 275 * mmToPt;
    static const QRegularExpression yMax(QStringLiteral("yMax=\"([0-9.]+)\""));
    QList<double> fill;
    const QStringList pages = xml.split(QStringLiteral("<page "));
    for (qsizetype i = 1; i < pages.size(); ++i) {
        double lowest = top;
        for (auto m = yMax.globalMatch(pages[i]); m.hasNext();) {
            const double y = m.next().captured(1).toDouble();
            if (y <= bottom + 1)
                lowest = std::max(lowest, y);
        }
        fill << (lowest - top) / (bottom - top);
    }
    return fill;
}

} // namespace

class ReportDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_autosave.isValid()); }

    void fresh_offersOnlyWhatExists()
    {
        MainWindow w(m_autosave.path());
        ReportDialog dialog(w.document(), w.riskView(), w.stressTestView(), w.comparisonView()->set(), &w);
        QVERIFY(dialog.chartsBox()->isChecked());
        // Nothing pinned: the comparison cannot be chosen, and says why.
        QVERIFY(!dialog.comparisonBox()->isEnabled());
        // No stochastic run yet: offered to run, not to include.
        QVERIFY(!dialog.stochasticBox()->isEnabled());
        QVERIFY(!dialog.stochasticBox()->isChecked());
        QVERIFY(!dialog.runButton()->isHidden());
        QVERIFY2(dialog.stochasticNote()->text().contains(QStringLiteral("Not run yet")),
                 qPrintable(dialog.stochasticNote()->text()));

        const ReportOptions options = dialog.options();
        QVERIFY(options.includeCharts);
        QVERIFY(!options.stochastic);
        QVERIFY(options.comparison.empty());
        const QString html = ReportWriter(w.document()->scenario(), options).html();
        QVERIFY(!html.contains(QStringLiteral("Stochastic projection")));
        QVERIFY(!html.contains(QStringLiteral("Comparison with other scenarios")));
    }

    void analyses_areOfferedDescribedAndCarriedIntoTheReport()
    {
        MainWindow w(m_autosave.path());
        w.show();
        // The planner looks at the stress test, pins Thailand and runs the Risk page.
        w.showPage(w.stressTestView());
        QVERIFY(QTest::qWaitFor([&] { return w.stressTestView()->result().has_value(); }, 120000));
        QVERIFY(w.comparisonView()->pinBuiltin(QStringLiteral("thailand")));
        QSignalSpy finished(w.riskView()->runner(), &StochasticRunner::finished);
        w.riskView()->run();
        QVERIFY(finished.wait(120000));

        ReportDialog dialog(w.document(), w.riskView(), w.stressTestView(), w.comparisonView()->set(), &w);
        QVERIFY(dialog.stressBox()->isChecked());
        QVERIFY(dialog.stochasticBox()->isEnabled());
        QVERIFY(dialog.stochasticBox()->isChecked());
        QVERIFY(dialog.runButton()->isHidden());
        QVERIFY(dialog.comparisonBox()->isChecked());
        const core::StochasticResult& run = w.riskView()->runner()->result();
        QVERIFY2(dialog.stochasticNote()->text().contains(QStringLiteral("seed %1").arg(run.seed)),
                 qPrintable(dialog.stochasticNote()->text()));

        const ReportOptions options = dialog.options();
        // The pages' own results, not a recomputation with other settings.
        QVERIFY(options.stochastic);
        QCOMPARE(options.stochastic->paths, run.paths);
        QCOMPARE(options.stochastic->seed, run.seed);
        QVERIFY((options.stochastic->depletionProbability == run.depletionProbability).all());
        QVERIFY(options.stress);
        const core::RecessionShock shock = w.stressTestView()->shock();
        QCOMPARE(options.stress->shock.startYear, shock.startYear);
        QCOMPARE(options.stress->shock.rise, shock.rise);
        QCOMPARE(options.stress->stressed.minimumReserveRatio,
                 w.stressTestView()->result()->stressed.minimumReserveRatio);
        QCOMPARE(int(options.comparison.size()), 1);
        QCOMPARE(options.comparison[0].name, w.comparisonView()->set()->at(0).name);

        const QString html = ReportWriter(w.document()->scenario(), options).html();
        for (const char* section :
             {"Stress test", "Stochastic projection", "Comparison with other scenarios"})
            QVERIFY2(html.contains(QLatin1String(section)), section);
        QVERIFY(html.contains(options.comparison[0].name.toHtmlEscaped()));

        // Unticked, they stay out.
        dialog.stressBox()->setChecked(false);
        dialog.stochasticBox()->setChecked(false);
        dialog.comparisonBox()->setChecked(false);
        dialog.chartsBox()->setChecked(false);
        const ReportOptions none = dialog.options();
        QVERIFY(!none.stress && !none.stochastic && none.comparison.empty() && !none.includeCharts);
        QVERIFY(ReportWriter(w.document()->scenario(), none).chartNames().isEmpty());

        // A PDF from the options is written (and has its charts as vectors, so it stays small).
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(exportReport(w.document(), pdf, &error, options), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(!bytes.contains("/Subtype /Image"), "a chart was drawn as a raster image");
    }

    void editAfterTheRun_offersToRunAgain()
    {
        MainWindow w(m_autosave.path());
        w.show();
        QSignalSpy finished(w.riskView()->runner(), &StochasticRunner::finished);
        w.riskView()->run();
        QVERIFY(finished.wait(120000));
        QVERIFY(w.document()->setValueFromText(QStringLiteral("benefits.waiting_days"), QStringLiteral("3")));
        QVERIFY(w.riskView()->isStale());

        ReportDialog dialog(w.document(), w.riskView(), w.stressTestView(), w.comparisonView()->set(), &w);
        QVERIFY(!dialog.stochasticBox()->isEnabled());
        QVERIFY2(dialog.stochasticNote()->text().contains(QStringLiteral("earlier state")),
                 qPrintable(dialog.stochasticNote()->text()));
        QVERIFY(!dialog.options().stochastic);

        // Run Now runs the Risk page; when it is done the run can be included, and is chosen.
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY(dialog.stochasticBox()->isEnabled());
        QVERIFY(dialog.stochasticBox()->isChecked());
        QVERIFY(dialog.options().stochastic);
        QCOMPARE(w.riskView()->runner()->resultScenario(), w.document()->scenario());
    }

    // A description too long for the title page is cut there at a word, with "…", and given
    // whole at the start of the summary; a short one stays on the title page only.
    void longDescription_movesWholeIntoTheSummary()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        core::Scenario s = core::loadScenario("builtin:default");
        QString description;
        for (int i = 1; i <= 60; ++i)
            description += QStringLiteral("Sentence %1 of a very long scenario description. ").arg(i);
        s.meta.description = description.trimmed().toStdString();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(ReportWriter(s, ReportOptions{}).writePdf(pdf, &error), qPrintable(error));
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                            QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString titlePage = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(titlePage.contains(QStringLiteral("…")) && !titlePage.contains(QStringLiteral("Sentence 60 ")), qPrintable(titlePage));
        // The facts are all on the title page, under the description.
        QVERIFY2(titlePage.contains(QStringLiteral("Prepared with")), qPrintable(titlePage));
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString all = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY(all.contains(QStringLiteral("About this scenario")));
        QVERIFY(all.contains(QStringLiteral("Sentence 60 of a very long scenario description.")));

        s.meta.description = "A short description.";
        QVERIFY2(ReportWriter(s, ReportOptions{}).writePdf(pdf, &error), qPrintable(error));
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString short_ = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY(short_.contains(QStringLiteral("A short description.")));
        QVERIFY(!short_.contains(QStringLiteral("About this scenario")));
    }

    // Rates, ratios and money by the number style (docs/number-style.md), changes "a → b" with
    // the same decimals at both ends, and a non-breaking space between every number and "%":
    // no "1.08 % → 1.004 %", no "%" alone at the start of a line, no "0.00 VND".
    void summary_figuresFollowTheNumberStyle_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char* name : {"default", "vietnam", "thailand", "kelora"})
            QTest::newRow(name) << QStringLiteral("builtin:%1").arg(QLatin1String(name));
    }
    void summary_figuresFollowTheNumberStyle()
    {
        QFETCH(QString, scenario);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const core::Scenario s = core::loadScenario(scenario.toStdString());
        ReportOptions options;
        options.stress = stressOf(s, int(s.projection.start_year) + 1, 0.03);
        options.stochastic = stochasticOf(s, 200);
        const QString html = reportHtml(s, options);
        QLocale::setDefault(QLocale::system());
        const QString nbsp(QChar(0x00a0));

        // A number never parts from "%" (a space that may break, or the HTML entity of one).
        const QRegularExpression breakable(QStringLiteral("\\d(?: |&#32;)%"));
        QVERIFY2(!html.contains(breakable), qPrintable(html.mid(std::max<qsizetype>(0, html.indexOf(breakable) - 80), 160)));
        // Zero money is "0 VND", never "0.00 VND".
        const QRegularExpression zeroMoney(QStringLiteral("(^|[^0-9.,])0\\.00[ \u00a0][A-Z]{3}"));
        QVERIFY2(!html.contains(zeroMoney), qPrintable(html.mid(std::max<qsizetype>(0, html.indexOf(zeroMoney) - 80), 160)));

        const core::ProjectionResult r = core::project(s);
        const int last = r.years - 1;
        const auto rate = [&](double x, int decimals) {
            return QString::fromStdString(core::formatFigure(core::Figure::Rate, x, decimals)) + nbsp + QLatin1Char('%');
        };
        for (const core::Column c : {core::Column::cost_rate, core::Column::effective_coverage}) {
            const double from = r.at(0, c), to = r.at(last, c);
            const int decimals = core::sharedDecimals(core::Figure::Rate, {from, to});
            const QString change = rate(from, decimals) + QStringLiteral(" → ") + rate(to, decimals);
            QVERIFY2(html.contains(change), qPrintable(change));
        }
        if (r.summary.breakEvenRate) {
            const QString breakEven = QString::fromStdString(core::formatFigure(core::Figure::Rate, *r.summary.breakEvenRate)) +
                                      nbsp + QLatin1Char('%');
            QVERIFY2(html.contains(QStringLiteral("<b>%1</b>").arg(breakEven)), qPrintable(breakEven));
        }
        // The annual table: each column shares its decimals, so the horizon year's cost rate has
        // the decimals of the whole column.
        const Eigen::ArrayXd cost = r.column(core::Column::cost_rate);
        const int costDecimals =
            core::sharedDecimals(core::Figure::Rate, std::span<const double>(cost.data(), std::size_t(cost.size())));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\" nowrap>%1</td>").arg(rate(cost[last], costDecimals))));
    }

    // A money parameter's row names the currency only when every compared scenario has it; the
    // values carry their own (Viet Nam in VND beside Thailand in THB).
    void comparison_moneyRowsNameNoOtherScenariosCurrency()
    {
        const core::Scenario vietnam = core::loadScenario("builtin:vietnam");
        ReportOptions options;
        options.comparison.push_back({QString(), core::loadScenario("builtin:thailand")});
        QString html = reportHtml(vietnam, options);
        QString differ = html.section(QStringLiteral("Parameters that differ"), 1).section(QStringLiteral("<h2"), 0, 0);
        QVERIFY(!differ.isEmpty());
        QVERIFY2(!differ.contains(QRegularExpression(QStringLiteral("\\((VND|THB)[^)]*\\)"))), qPrintable(differ.left(3000)));
        QVERIFY2(differ.contains(QStringLiteral("Average wage (currency a month)")), qPrintable(differ.left(3000)));
        QVERIFY(differ.contains(QStringLiteral("\u00a0VND")) && differ.contains(QStringLiteral("\u00a0THB")));

        // The same currency: the row names it.
        core::Scenario richer = vietnam;
        richer.wages.average_monthly *= 1.1;
        options.comparison = {{QStringLiteral("Richer"), richer}};
        html = reportHtml(vietnam, options);
        differ = html.section(QStringLiteral("Parameters that differ"), 1).section(QStringLiteral("<h2"), 0, 0);
        QVERIFY2(differ.contains(QStringLiteral("Average wage (VND a month)")), qPrintable(differ.left(3000)));
    }

    // Kelora's reserve is lowest in its first year (0.87 years in 2027); a recession from 2028
    // cannot have caused that. The summary names the low from the recession's start on, with the
    // figure of the same year without the recession, and the stress table has that row too.
    void stress_summaryNamesTheLowFromTheRecessionsStart()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const core::Scenario kelora = core::loadScenario("builtin:kelora");
        ReportOptions options;
        options.stress = stressOf(kelora, 2028, 0.03);
        const core::StressOutcome& stressed = options.stress->stressed;
        QVERIFY(!stressed.depletionYear);
        QVERIFY2(*stressed.minimumReserveRatioYear < 2028, "the horizon's low is no longer before the recession");
        const int first = int(kelora.projection.start_year);
        Eigen::Index at = 2028 - first;
        for (Eigen::Index y = at; y < stressed.reserveRatio.size(); ++y)
            if (stressed.reserveRatio[y] < stressed.reserveRatio[at])
                at = y;
        const ReportWriter writer(kelora, options);
        const QString summary = writer.plainSummary();
        const QString expected =
            QStringLiteral("In the recession tested, from 2028, the reserve ratio is lowest in %1, at %2 of spending (%3 without "
                           "the recession)")
                .arg(first + int(at))
                .arg(format::years(stressed.reserveRatio[at]), format::years(options.stress->baseline.reserveRatio[at]));
        QVERIFY2(summary.contains(expected), qPrintable(summary));
        const QString stressSentence = summary.section(QStringLiteral("In the recession tested"), 1);
        QVERIFY2(!stressSentence.contains(format::years(*stressed.minimumReserveRatio)), qPrintable(summary));
        QVERIFY2(!stressSentence.contains(QString::number(*stressed.minimumReserveRatioYear)), qPrintable(summary));
        options.includeCharts = false;
        const QString html = ReportWriter(kelora, options).html();
        QLocale::setDefault(QLocale::system());
        QVERIFY(html.contains(QStringLiteral("Lowest reserve ratio from 2028, the recession&#x27;s start")) ||
                html.contains(QStringLiteral("Lowest reserve ratio from 2028, the recession's start")));
    }

    // A depletion chart of zeros says nothing: when no future runs out, the report leaves it out
    // with a sentence; when some do, it is there.
    void stochastic_emptyDepletionChart_isLeftOutWithASentence()
    {
        core::Scenario rich = core::loadScenario("builtin:default");
        rich.reserve.initial = 1e15;
        ReportOptions options;
        options.stochastic = stochasticOf(rich, 100);
        QCOMPARE(options.stochastic->depletionProbability.maxCoeff(), 0.0);
        ReportWriter writer(rich, options);
        QVERIFY(writer.chartNames().contains(QStringLiteral("chart:fan")));
        QVERIFY(!writer.chartNames().contains(QStringLiteral("chart:depletion")));
        QVERIFY(!writer.html().contains(QStringLiteral("chart:depletion")));
        QVERIFY(writer.html().contains(QStringLiteral("so the chart of the probability of depletion is left out")));

        core::Scenario poor = core::loadScenario("builtin:default");
        poor.reserve.initial = 0;
        poor.contributions.employer_rate = core::Series(0.0);
        options.stochastic = stochasticOf(poor, 100);
        QVERIFY(options.stochastic->depletionProbability.maxCoeff() > 0);
        ReportWriter depleting(poor, options);
        QVERIFY(depleting.chartNames().contains(QStringLiteral("chart:depletion")));
        QVERIFY(depleting.html().contains(QStringLiteral("chart:depletion")));
        QVERIFY(!depleting.html().contains(QStringLiteral("is left out")));
    }

    // Every page between the title page and the last is filled at least a quarter of the way
    // down: the stochastic section used to spill two table rows and a note onto a page of their
    // own. The report with every section, as `tideover-cli report builtin:default --simulate
    // --paths 500 --start 2028 --rise 0.03 --compare builtin:vietnam` writes it.
    void everySection_noNearlyBlankPage()
    {
        const core::Scenario s = core::loadScenario("builtin:default");
        ReportOptions options;
        options.stress = stressOf(s, 2028, 0.03);
        options.stochastic = stochasticOf(s, 500);
        options.comparison.push_back({QString(), core::loadScenario("builtin:vietnam")});
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("all.pdf"));
        QString error;
        QVERIFY2(ReportWriter(s, options).writePdf(pdf, &error), qPrintable(error));
        QString failure;
        const QList<double> fill = pageFill(pdf, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(fill.size() > 5);
        QStringList pages;
        for (qsizetype i = 0; i < fill.size(); ++i)
            pages << QStringLiteral("%1: %2 %").arg(i + 1).arg(std::lround(fill[i] * 100));
        for (qsizetype i = 1; i + 1 < fill.size(); ++i)
            QVERIFY2(fill[i] >= 0.25, qPrintable(QStringLiteral("page %1 is nearly blank; fill by page: ").arg(i + 1) +
                                                 pages.join(QStringLiteral(", "))));
    }

private:
    QTemporaryDir m_autosave;
};

QTEST_MAIN(ReportDialogTest)
#include "tst_reportdialog.moc"
