// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Monte Carlo as the planner sees it: from pressing Run to the fan charts drawn, for 10,000,
// 100,000 and 1,000,000 paths of the default scenario (30 years), with the longest time the
// event loop went without running a 5 ms timer meanwhile (how long a click would wait). Prints
// figures and asserts nothing about time.
#include "analysis/fanchart.h"
#include "analysis/riskview.h"
#include "analysisdata/stochasticrunner.h"
#include "document/scenariodocument.h"
#include "core/io/scenariofile.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace tideover;

class BenchRiskGui : public QObject {
    Q_OBJECT

private slots:
    void runToCharts_data()
    {
        QTest::addColumn<qint64>("paths");
        QTest::newRow("10,000") << qint64(10000);
        QTest::newRow("100,000") << qint64(100000);
        QTest::newRow("1,000,000") << qint64(1000000);
    }

    void runToCharts()
    {
        QFETCH(qint64, paths);
        ui::ScenarioDocument document;
        core::Scenario s = core::loadScenario("builtin:default");
        s.stochastic.paths = paths;
        document.reset(s);
        ui::RiskView view(&document);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.runner()->hasResult() && !view.runner()->isRunning(),
                                 120000); // the first look

        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        qint64 results = -1, drawn = -1;
        connect(view.runner(), &ui::StochasticRunner::finished, [&] { results = clock.elapsed(); });
        connect(view.ratioChart()->plot(), &QCustomPlot::afterReplot, [&] {
            if (results >= 0 && drawn < 0)
                drawn = clock.elapsed();
        });
        clock.start();
        tick.start();
        view.run();
        QTRY_VERIFY_WITH_TIMEOUT(drawn >= 0, 120000);
        qInfo("%lld paths: results %lld ms (of which the core %.0f ms), chart drawn %lld ms; longest "
              "event-loop "
              "gap %lld ms",
              paths, results, view.runner()->seconds() * 1000, drawn, longest);
    }
};

QTEST_MAIN(BenchRiskGui)
#include "bench_risk_gui.moc"
