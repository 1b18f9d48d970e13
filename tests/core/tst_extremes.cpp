// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Every core function a client can hand a scenario to is safe on any scenario a file can
// carry (issue: "the core functions themselves must be safe on any input they can be
// handed"): on each extreme of tests/core/extremes.h, valid or not, they return or throw
// std::exception, and never crash, hang or overflow (the sanitize preset runs this test under
// AddressSanitizer and UndefinedBehaviorSanitizer). Analyses refuse invalid scenarios with
// an exception rather than computing on them.

#include "extremes.h"
#include "testsupport.h"

#include "core/analysis/sensitivity.h"
#include "core/analysis/solvers.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"
#include "core/engine/projection.h"
#include "core/io/analysisformat.h"
#include "core/io/resultformat.h"
#include "core/io/scenariofile.h"
#include "core/model/scenariodiff.h"
#include "core/model/validation.h"
#include "core/training/funnel.h"
#include "core/training/standards.h"

#include <QTest>

#include <sstream>

using namespace tideover::core;
using namespace tideover::test;

class ExtremesTest : public QObject {
    Q_OBJECT

private slots:
    void everyCoreFunction_returnsOrThrows_data();
    void everyCoreFunction_returnsOrThrows();

private:
    std::vector<ExtremeScenario> m_extremes;
};

void ExtremesTest::everyCoreFunction_returnsOrThrows_data()
{
    QTest::addColumn<int>("index");
    m_extremes = extremeScenarios(QStringLiteral(TIDEOVER_TEST_DATA "/hostile/loads"));
    QVERIFY2(m_extremes.size() > 300, "too few extremes generated");
    for (std::size_t i = 0; i < m_extremes.size(); ++i)
        QTest::newRow(m_extremes[i].name.c_str()) << int(i);
}

void ExtremesTest::everyCoreFunction_returnsOrThrows()
{
    QFETCH(int, index);
    const Scenario& s = m_extremes[std::size_t(index)].scenario;
    const Scenario base = loadScenario("builtin:default");

    // What a client runs on any scenario, valid or not.
    const auto problems = validate(s);
    const bool valid = !hasErrors(problems);
    for (const Problem& p : problems)
        QVERIFY2(!p.message.empty(), "a problem without a message");
    const auto findings = checkStandards(s);
    QVERIFY(!findings.empty());
    (void)differingKeys(base, s);
    const std::string text = writeScenario(s);
    QCOMPARE(readScenario(text), s);  // what loads, saves and loads back the same

    // What a client runs on a valid scenario only; on an invalid one, each refuses.
    auto attempt = [&](const char* what, auto&& run) {
        try {
            run();
        } catch (const std::exception& e) {
            QVERIFY2(!valid,
                     qPrintable(QStringLiteral("%1 threw on a valid scenario: %2").arg(what, e.what())));
            return;
        }
        QVERIFY2(valid, qPrintable(QStringLiteral("%1 ran on an invalid scenario").arg(what)));
    };
    attempt("projection", [&] {
        const ProjectionResult r = Projection(s).run();
        std::ostringstream csv;
        writeAnnualCsv(csv, r);
        (void)summaryJson(r.summary);
    });
    attempt("funnel", [&] { (void)coverageFunnel(s); });
    attempt("stress", [&] {
        RecessionShock shock;
        shock.startYear = s.projection.start_year;
        shock.rise = 0.05;
        (void)stressJson(StressTest(s).run(shock));
    });
    attempt("stochastic", [&] {
        StochasticOptions options;
        options.paths = 16;
        options.threads = 1;
        (void)stochasticSummaryJson(StochasticProjection(s).run(options));
    });
    attempt("sensitivity", [&] {
        SensitivityOptions options;
        options.keys = {"labour.unemployment_rate", "benefits.replacement_rates", "reserve.initial"};
        std::ostringstream csv;
        writeSensitivityCsv(csv, analyseSensitivity(s, options));
    });
    attempt("solvers", [&] {
        (void)contributionRateJson(s);
        (void)replacementRateJson(s);
    });
}

QTEST_GUILESS_MAIN(ExtremesTest)
#include "tst_extremes.moc"
