// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "charts/funnelchart.h"
#include "format/displayformat.h"
#include "document/scenariodocument.h"
#include "core/training/funnel.h"
#include "core/engine/projectionresult.h"
#include "core/io/scenariofile.h"

#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tideover;
using core::FunnelStage;

namespace {

QString describe(int stage, int year, double shown, double expected)
{
    return QStringLiteral("stage %1 (%2) in %3: shown %4, core %5")
        .arg(stage)
        .arg(QString::fromUtf8(core::funnelStages()[std::size_t(stage)].key.data()))
        .arg(year)
        .arg(shown, 0, 'g', 17)
        .arg(expected, 0, 'g', 17);
}

// The chart's stages for its year equal the core's funnel of the document's scenario.
void compareWithCore(const ui::FunnelChart& chart, const core::Scenario& scenario)
{
    const core::CoverageFunnel f = core::coverageFunnel(scenario);
    const int y = chart.year() - f.startYear;
    QVERIFY(y >= 0 && y < f.persons.rows());
    for (int s = 0; s < core::kFunnelStageCount; ++s)
        QVERIFY2(chart.stageValue(s) == f.persons(y, s), qPrintable(describe(s, chart.year(), chart.stageValue(s), f.persons(y, s))));
}

}  // namespace

class TestFunnelChart : public QObject {
    Q_OBJECT

private slots:
    void stages_equalTheCoreFunnelForTheChosenYear()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        ui::FunnelChart chart(&document);
        QAbstractItemModelTester tester(chart.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const core::ProjectionResult& r = *document.result();
        QCOMPARE(chart.firstYear(), r.startYear);
        QCOMPARE(chart.yearCount(), r.years);
        QCOMPARE(chart.year(), r.startYear);
        QCOMPARE(chart.yearSelector()->minimum(), r.startYear);
        QCOMPARE(chart.yearSelector()->maximum(), r.startYear + r.years - 1);
        compareWithCore(chart, document.scenario());
        // The funnel ends in the projection's figures: the labour force and the year's new claims.
        QCOMPARE(chart.stageValue(int(FunnelStage::labour_force)), r.at(0, core::Column::labour_force));
        QVERIFY(std::abs(chart.stageValue(int(FunnelStage::new_beneficiaries)) - r.at(0, core::Column::new_claims)) <=
                1e-9 * r.at(0, core::Column::new_claims));
        QVERIFY(std::abs(chart.stageValue(int(FunnelStage::insured)) - r.at(0, core::Column::insured)) <=
                1e-9 * r.at(0, core::Column::insured));
        for (int s = 1; s < core::kFunnelStageCount; ++s)
            if (s != int(FunnelStage::separations))
                QVERIFY2(chart.stageValue(s) <= chart.stageValue(s - 1), qPrintable(QString::number(s)));
    }

    // The readout compares stocks with stocks (the insured with the labour force, the average
    // number on benefit with the unemployed) and gives the year's flow of new beneficiaries in
    // a sentence of its own, never "new beneficiaries against the unemployed".
    void readout_comparesStocksWithStocks_flowApart()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        ui::FunnelChart chart(&document);
        const core::ProjectionResult& r = *document.result();
        const QStringList sentences = chart.readoutText().split(QStringLiteral(". "));
        QVERIFY2(sentences.size() >= 3, qPrintable(chart.readoutText()));
        const QString stocks = sentences.at(0);
        const QString flow = sentences.at(1);
        QVERIFY2(stocks.contains(ui::format::persons(r.at(0, core::Column::beneficiaries))) &&
                     stocks.contains(ui::format::persons(r.at(0, core::Column::unemployed))) &&
                     stocks.contains(ui::format::rate(r.at(0, core::Column::effective_coverage))),
                 qPrintable(stocks));
        QVERIFY2(flow.contains(ui::format::persons(chart.stageValue(int(FunnelStage::new_beneficiaries)))) &&
                     !flow.contains(ui::format::persons(r.at(0, core::Column::unemployed))),
                 qPrintable(flow));
        QVERIFY(!chart.readoutText().contains(QStringLiteral("against")));
    }

    void yearChange_updatesBarsLabelsAndTableSelection()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        ui::FunnelChart chart(&document);
        const core::ProjectionResult& r = *document.result();
        QSignalSpy changed(&chart, &ui::FunnelChart::yearChanged);
        const int year = r.startYear + 10;
        chart.yearSelector()->setValue(year);
        QCOMPARE(chart.year(), year);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), year);
        compareWithCore(chart, document.scenario());
        QVERIFY(std::abs(chart.stageValue(int(FunnelStage::new_beneficiaries)) - r.at(10, core::Column::new_claims)) <=
                1e-9 * r.at(10, core::Column::new_claims));
        // The drawn bar of the outcome is the last stage's value.
        auto* plot = chart.plot();
        bool found = false;
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (auto* bars = qobject_cast<QCPBars*>(plot->plottable(i)); bars && bars->data()->size() == 1) {
                QCOMPARE(bars->data()->constBegin()->value, chart.stageValue(int(FunnelStage::new_beneficiaries)));
                found = true;
            }
        QVERIFY(found);
        // Labels: thousands separators and the share of the previous stage.
        const QString label = chart.stageLabel(int(FunnelStage::employed));
        QVERIFY2(label.contains(QLocale().groupSeparator()), qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("% of the previous")), qPrintable(label));
        QCOMPARE(chart.table()->currentIndex().row() >= 0 ? chart.table()->selectionModel()->selectedRows().first().row()
                                                          : chart.table()->selectionModel()->selectedRows().first().row(),
                 10);
        // Choosing a row in the table chooses its year; a year outside the projection is clamped.
        chart.table()->selectRow(3);
        chart.table()->setCurrentIndex(chart.tableModel()->index(3, 0));
        QCOMPARE(chart.year(), r.startYear + 3);
        chart.setYear(r.startYear + 500);
        QCOMPARE(chart.year(), r.startYear + r.years - 1);
    }

    void resultsChanged_recomputesAndStaleStateGreysOut()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        ui::FunnelChart chart(&document);
        chart.setYear(chart.firstYear() + 5);
        const double before = chart.stageValue(int(FunnelStage::insured));
        QVERIFY(document.setValue("coverage.compliance", core::ParamValue(core::Series(0.5))));
        QCOMPARE(chart.year(), chart.firstYear() + 5);  // the year stays
        compareWithCore(chart, document.scenario());
        QVERIFY(chart.stageValue(int(FunnelStage::insured)) != before);
        QVERIFY(!chart.isStale());
        QVERIFY(chart.noteText().isEmpty());
        QVERIFY(document.setValue("labour.unemployment_rate", core::ParamValue(core::Series(0.9))));
        QVERIFY(chart.isStale());
        QVERIFY(!chart.noteText().isEmpty());
        document.undoStack()->undo();
        QVERIFY(!chart.isStale());
        QVERIFY(chart.noteText().isEmpty());
    }

    void csv_isTheCommandLinesTable()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        ui::FunnelChart chart(&document);
        const QStringList lines = chart.csvText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), chart.yearCount() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("year,labour_force,employed,")));
        QVERIFY(lines.first().endsWith(QStringLiteral("new_beneficiaries,unemployed,beneficiaries")));
        QCOMPARE(chart.tableModel()->rowCount(), chart.yearCount());
        QCOMPARE(chart.tableModel()->columnCount(), core::kFunnelStageCount + 3);
        const core::CoverageFunnel f = core::coverageFunnel(document.scenario());
        const QStringList cells = lines[1].split(QLatin1Char(','));
        QCOMPARE(cells[0].toInt(), f.startYear);
        QCOMPARE(cells[1].toDouble(), f.persons(0, 0));
        QTemporaryDir dir;
        QString error;
        QVERIFY2(chart.exportCsv(dir.filePath(QStringLiteral("f.csv")), &error), qPrintable(error));
        QVERIFY2(chart.exportPng(dir.filePath(QStringLiteral("f.png")), &error, QSize(800, 600)), qPrintable(error));
    }

    void noDocumentResult_showsNothing()
    {
        ui::ScenarioDocument document;
        ui::FunnelChart chart(&document);
        if (!document.result()) {
            QCOMPARE(chart.year(), 0);
            QVERIFY(std::isnan(chart.stageValue(0)));
        }
    }
};

QTEST_MAIN(TestFunnelChart)
#include "tst_funnelchart.moc"
