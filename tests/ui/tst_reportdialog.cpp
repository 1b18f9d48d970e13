// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// File > Export Report's choices, as a consultant meets them in the main window: the analyses
// of the other pages are offered when they exist and are of the scenario as it is now, each
// described as it will appear, and the options the dialog gives put exactly those sections,
// with the pages' own figures, into the report.

#include "analysisdata/comparisonset.h"
#include "analysis/comparisonview.h"
#include "analysis/riskview.h"
#include "analysisdata/stochasticrunner.h"
#include "analysis/stresstestview.h"
#include "document/scenariodocument.h"
#include "report/reportdialog.h"
#include "report/reportwriter.h"
#include "core/io/scenariofile.h"
#include "widgets/mainwindow.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tideover;
using namespace tideover::ui;

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

private:
    QTemporaryDir m_autosave;
};

QTEST_MAIN(ReportDialogTest)
#include "tst_reportdialog.moc"
