// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Edit-to-redraw for a 50-year scenario: one edit of the replacement rate through projection,
// table model and chart updates to every chart replotted. The budget is 30 ms (a planner should
// see the effect "within a blink"); this prints figures and asserts nothing about time.
#include "charts/chartview.h"
#include "charts/reservechart.h"
#include "charts/resultsview.h"
#include "document/scenariodocument.h"
#include "core/io/scenariofile.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace tideover;

namespace {

struct Setup {
    ui::ScenarioDocument document;
    std::unique_ptr<ui::ResultsView> view;
    bool high = false;

    Setup()
    {
        document.reset(core::loadScenario("builtin:default"));
        document.setValue("projection.years", core::ParamValue(std::int64_t(50)));
        view = std::make_unique<ui::ResultsView>(&document);
        view->resize(1200, 800);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("the results view was not exposed; replots may be cheaper than on screen");
        replotAll();
        // The window's first paint (style, fonts, glyph caches) belongs to start-up, not to an
        // edit: let it happen before anything is timed.
        QTest::qWait(100);
        edit();
        QCoreApplication::processEvents();
    }
    void edit()
    {
        high = !high;
        document.setValue("benefits.replacement_rates",
                          core::ParamValue(std::vector<double>{high ? 0.7 : 0.6}));
    }
    void replotAll()
    {
        for (ui::ChartView* chart : view->charts())
            chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
    }
};

// Prints the median and worst of `runs` timings of `step`, in milliseconds.
template <class F> void printTimings(const char* what, int runs, F step)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    qInfo("%s: median %.2f ms, worst %.2f ms over %d runs", what, ms[ms.size() / 2], ms.back(), runs);
}

} // namespace

class BenchRedraw : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The figure that matters: the edit, then all four charts drawn, synchronously.
    void editToRedraw_allCharts_50years()
    {
        Setup s;
        QCOMPARE(s.document.result()->years, 50);
        QBENCHMARK
        {
            s.edit();
            s.replotAll();
        }
    }

    // What the user waits for: the edit, then the event loop draws the chart on screen (the
    // other tabs are drawn when they are shown).
    void editToScreen_visibleChart_50years()
    {
        Setup s;
        QBENCHMARK
        {
            s.edit();
            QCoreApplication::processEvents();
        }
    }

    // QBENCHMARK reports an average; a planner notices the slow ones, so also the worst.
    void spread_50years()
    {
        Setup s;
        printTimings("edit + 4 charts replotted", 200, [&] {
            s.edit();
            s.replotAll();
        });
        // Each edit above also queued a replot of the visible chart; those are not the next
        // edit's cost.
        QCoreApplication::processEvents();
        printTimings("edit + event loop (visible chart)", 200, [&] {
            s.edit();
            QCoreApplication::processEvents();
        });
    }

    // The parts: the edit alone (validate, project, table model, chart data), one replot.
    void editOnly_50years()
    {
        Setup s;
        QBENCHMARK
        {
            s.edit();
        }
    }

    void replotOneChart_50years()
    {
        Setup s;
        QCustomPlot* plot = s.view->reserveChart()->plot();
        QBENCHMARK
        {
            plot->replot(QCustomPlot::rpImmediateRefresh);
        }
    }
};

QTEST_MAIN(BenchRedraw)
#include "bench_redraw.moc"
