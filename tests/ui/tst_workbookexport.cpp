// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// File > Export Workbook (issue 16, item 8): the action's code path, without its file dialog,
// writes an Excel workbook that xlsx2csv reads back: the projection to a relative 1e-9, and
// the Risk, Stress and Comparison sheets when the pages have results (a stochastic run of the
// scenario as it is, the Stress test page's recession, a pinned scenario); the labels in the
// application's language; nothing written while the scenario has errors.

#include "../workbookreader.h"

#include "analysis/comparisonview.h"
#include "analysis/riskview.h"
#include "analysis/stresstestview.h"
#include "analysisdata/comparisonset.h"
#include "analysisdata/stochasticrunner.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"
#include "core/io/analysisformat.h"
#include "core/io/resultformat.h"
#include "document/scenariodocument.h"
#include "format/language.h"
#include "report/workbookexport.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace tideover;
using namespace tideover::ui;
using namespace workbooktest;

namespace {

QList<QStringList> csvOf(const std::string& text)
{
    return parseCsv(QByteArray::fromStdString(text));
}

} // namespace

class WorkbookExportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fileMenu_offersTheExport();
    void exportWorkbook_writesTheProjection();
    void exportWorkbook_addsTheAnalysesThePagesHaveRun();
    void exportWorkbook_speaksTheApplicationsLanguage();
    void scenarioWithErrors_writesNothing();

private:
    QTemporaryDir m_autosave;
    QTemporaryDir m_out;
};

void WorkbookExportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("tideover-tests"));
    QApplication::setApplicationName(QStringLiteral("TideoverTests"));
    if (!found(kXlsx2csv))
        QSKIP("xlsx2csv is not installed (apt-get install xlsx2csv); CI installs it");
    QVERIFY2(found(kUnzip), "unzip is needed to read the workbook's parts (apt-get install unzip)");
}

void WorkbookExportTest::cleanup()
{
    applyLanguage(QStringLiteral("en"));
}

void WorkbookExportTest::fileMenu_offersTheExport()
{
    MainWindow w(m_autosave.path());
    QAction* action = w.findChild<QAction*>(QStringLiteral("exportWorkbookAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    bool inFileMenu = false;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inFileMenu = menu->text().remove('&') == QStringLiteral("File");
    QVERIFY(inFileMenu);
}

void WorkbookExportTest::exportWorkbook_writesTheProjection()
{
    MainWindow w(m_autosave.path());
    const QString file = m_out.filePath(QStringLiteral("projection.xlsx"));
    QVERIFY(w.exportWorkbook(file));
    QVERIFY(QFileInfo(file).size() > 10000);

    QString problem;
    // No stochastic run and nothing pinned: no Risk or Comparison sheet. The Stress test page
    // always holds its recession (its first preset until another is chosen), so Stress is there.
    QVERIFY(w.stressTestView()->result().has_value());
    QCOMPARE(sheetNames(file, &problem),
             (QStringList{"Summary", "Annual", "Monthly", "Parameters", "Stress"}));
    std::ostringstream annual, monthly;
    core::writeAnnualCsv(annual, *w.document()->result());
    core::writeMonthlyCsv(monthly, *w.document()->result());
    const QString annualDifference = compareTables(csvOf(annual.str()), sheetCells(file, "Annual", &problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(annualDifference.isEmpty(), qPrintable("Annual: " + annualDifference));
    const QString monthlyDifference =
        compareTables(csvOf(monthly.str()), sheetCells(file, "Monthly", &problem));
    QVERIFY2(monthlyDifference.isEmpty(), qPrintable("Monthly: " + monthlyDifference));
    QVERIFY(partNames(file, &problem).contains(QStringLiteral("xl/charts/chart1.xml")));
}

void WorkbookExportTest::exportWorkbook_addsTheAnalysesThePagesHaveRun()
{
    MainWindow w(m_autosave.path());
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The Stress test page with a recession of the user's: a 4-point rise.
    w.showPage(w.stressTestView());
    w.stressTestView()->setShock(int(w.document()->scenario().projection.start_year) + 3, 0.04, 9, 18);
    QCOMPARE(w.stressTestView()->shock().rise, 0.04);
    QCoreApplication::processEvents();
    QVERIFY(w.stressTestView()->result().has_value());
    // A pinned scenario beside the current one.
    QVERIFY(w.comparisonView()->set()->pinBuiltin(QStringLiteral("kelora-reform")));
    // A finished stochastic run of the scenario as it is (run here, so that no thread races).
    const core::Scenario scenario = w.document()->scenario();
    core::StochasticOptions options;
    options.paths = 150;
    options.seed = 5;
    const core::StochasticResult risk = core::StochasticProjection(scenario).run(options);
    w.riskView()->runner()->adoptResult(risk, scenario, 0.1);
    QCoreApplication::processEvents();
    QVERIFY(!w.riskView()->isStale());

    const QString file = m_out.filePath(QStringLiteral("analyses.xlsx"));
    QVERIFY(w.exportWorkbook(file));
    QString problem;
    QCOMPARE(sheetNames(file, &problem),
             (QStringList{"Summary", "Annual", "Monthly", "Parameters", "Risk", "Stress", "Comparison"}));

    std::ostringstream riskCsv;
    core::writeStochasticCsv(riskCsv, risk);
    const QString riskDifference = compareTables(csvOf(riskCsv.str()), sheetCells(file, "Risk", &problem));
    QVERIFY2(riskDifference.isEmpty(), qPrintable("Risk: " + riskDifference));

    // The Stress sheet: the page's recession over the scenario, with the baseline beside it.
    const core::StressResult stress = core::StressTest(scenario).run(w.stressTestView()->shock());
    const QList<QStringList> stressSheet = sheetCells(file, "Stress", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(
        stressSheet.value(0),
        (QStringList{"year", "unemployment_rate_baseline", "unemployment_rate_stressed", "reserve_baseline",
                     "reserve_stressed", "reserve_ratio_baseline", "reserve_ratio_stressed"}));
    QCOMPARE(stressSheet.size() - 1, qsizetype(stress.stressed.reserve.size()));
    for (qsizetype y = 0; y + 1 < stressSheet.size(); ++y) {
        const double want = stress.stressed.reserve[y];
        const double got = stressSheet[y + 1].value(4).toDouble();
        QVERIFY2(std::abs(want - got) <= 1e-9 * std::abs(want),
                 qPrintable(QString("year %1: %2 vs %3").arg(y).arg(want).arg(got)));
    }

    // The Comparison sheet: the current scenario, then the pinned one.
    const QList<QStringList> comparison = sheetCells(file, "Comparison", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList names = comparison.value(1);
    QCOMPARE(names.size(), 5); // year, then reserve_ratio and reserve of each
    QCOMPARE(names.value(2), w.comparisonView()->set()->at(0).name);
    QVERIFY(names.value(1).contains(w.document()->displayName()));
    const QString charts = QString::fromUtf8(part(file, QStringLiteral("xl/charts/chart1.xml"), &problem));
    QVERIFY(!charts.isEmpty());
}

void WorkbookExportTest::exportWorkbook_speaksTheApplicationsLanguage()
{
    QCOMPARE(applyLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
    MainWindow w(m_autosave.path());
    const QString file = m_out.filePath(QStringLiteral("fr.xlsx"));
    QVERIFY(w.exportWorkbook(file));
    QString problem;
    const QList<QStringList> summary = sheetCells(file, "Summary", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString headline = WorkbookExport::tr("Headline figures");
    QVERIFY2(headline != QStringLiteral("Headline figures"),
             "no French translation of the workbook's labels");
    bool found = false;
    for (const QStringList& row : summary)
        found = found || row.value(0) == headline;
    QVERIFY2(found, qPrintable("no row '" + headline + "' in the Summary sheet"));
    // Column names stay the CSV's, whatever the language.
    QCOMPARE(sheetCells(file, "Annual", &problem).value(0).value(0), QStringLiteral("year"));
}

void WorkbookExportTest::scenarioWithErrors_writesNothing()
{
    MainWindow w(m_autosave.path());
    core::Scenario broken = w.document()->scenario();
    broken.projection.years = 0;
    w.document()->reset(broken);
    QVERIFY(w.document()->isResultStale() || !w.document()->result());
    const QString file = m_out.filePath(QStringLiteral("broken.xlsx"));
    QString error;
    QVERIFY(!WorkbookExport::write(w.document(), file, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("errors")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_MAIN(WorkbookExportTest)
#include "tst_workbookexport.moc"
