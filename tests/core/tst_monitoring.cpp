// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// model-spec v3 "Monitoring indicators": actual where the history records every figure an
// indicator needs, else projected; the average high-cost multiple of the US Department of
// Labor from history and projection together, by hand.

#include "testsupport.h"
#include "core/analysis/monitoring.h"

using namespace tideover::core;
using namespace tideover::test;

class MonitoringTest : public QObject {
    Q_OBJECT

private slots:
    void rows_spanHistoryAndProjection();
    void indicators_actualWhereRecorded_elseProjected();
    void averageHighCostMultiple_byHand();
    void noHistory_givesProjectedIndicatorsOnly();
};

namespace {

using H = HistoryColumn;

double value(const std::vector<MonitoringRow>& rows, int year, Indicator i, bool* actual = nullptr)
{
    for (const auto& r : rows)
        if (r.year == year) {
            if (!r[i])
                throw std::runtime_error("no value");
            if (actual)
                *actual = r[i]->actual;
            return r[i]->value;
        }
    throw std::runtime_error("no row");
}

bool has(const std::vector<MonitoringRow>& rows, int year, Indicator i)
{
    for (const auto& r : rows)
        if (r.year == year)
            return r[i].has_value();
    return false;
}

}  // namespace

void MonitoringTest::rows_spanHistoryAndProjection()
{
    Scenario s = basicScenario();  // 2025-2044
    s.history.set(2010, H::benefits, 1);
    const auto rows = monitoringIndicators(s, project(s));
    QCOMPARE(rows.front().year, 2010);
    QCOMPARE(rows.back().year, 2044);
    QCOMPARE(int(rows.size()), 35);
    // A year with neither history nor projection has no indicator.
    for (int i = 0; i < kIndicatorCount; ++i)
        QVERIFY(!has(rows, 2012, static_cast<Indicator>(i)));
}

void MonitoringTest::indicators_actualWhereRecorded_elseProjected()
{
    Scenario s = basicScenario();
    setValue(s, "coverage.wage_employee_share", "0.6");
    setValue(s, "coverage.legal_coverage", "0.8");
    const ProjectionResult r = project(s);
    s.history.set(2025, H::insured, 3e6);
    s.history.set(2025, H::labour_force, 1e7);
    s.history.set(2025, H::beneficiaries, 1e5);
    s.history.set(2025, H::unemployment_rate, 0.05);
    s.history.set(2025, H::benefits, 2.4e9);
    s.history.set(2025, H::wage_bill, 6e11);
    s.history.set(2025, H::expenditure, 3e9);
    s.history.set(2025, H::reserve, 6e9);
    const auto rows = monitoringIndicators(s, r);
    bool actual = false;
    QCOMPARE(value(rows, 2025, Indicator::effective_coverage_lf, &actual), 0.3);
    QVERIFY(actual);
    QCOMPARE(value(rows, 2025, Indicator::coverage_of_unemployed, &actual), 1e5 / 5e5);
    QVERIFY(actual);
    // average benefit 2.4e9 / 12 / 1e5 = 2000; covered wage 6e11 / 12 / 3e6 = 16,667
    QVERIFY(relativelyClose(value(rows, 2025, Indicator::average_replacement_covered, &actual), 2000.0 / (6e11 / 12 / 3e6), 1e-14));
    QCOMPARE(value(rows, 2025, Indicator::cost_rate, &actual), 0.005);
    QCOMPARE(value(rows, 2025, Indicator::benefit_cost_rate, &actual), 0.004);
    QCOMPARE(value(rows, 2025, Indicator::reserve_ratio, &actual), 2.0);
    QVERIFY(actual);
    // Recipiency and legal coverage come from the projection only.
    QCOMPARE(value(rows, 2025, Indicator::recipiency, &actual), r.at(0, Column::new_claims) / r.at(0, Column::separations));
    QVERIFY(!actual);
    const double u = r.at(0, Column::unemployed) / r.at(0, Column::labour_force);
    QVERIFY(relativelyClose(value(rows, 2025, Indicator::legal_coverage, &actual), (1 - u) * 0.6 * 0.8, 1e-14));
    // The next year is projected.
    QCOMPARE(value(rows, 2026, Indicator::effective_coverage_lf, &actual),
             r.at(1, Column::insured) / r.at(1, Column::labour_force));
    QVERIFY(!actual);
    QCOMPARE(value(rows, 2026, Indicator::coverage_of_unemployed, &actual),
             r.at(1, Column::beneficiaries) / r.at(1, Column::unemployed));
    // A year missing one needed figure falls back to the projection.
    s.history.set(2025, H::labour_force, std::nullopt);
    QVERIFY(!monitoringIndicators(s, r)[0][Indicator::effective_coverage_lf]->actual);
}

void MonitoringTest::averageHighCostMultiple_byHand()
{
    Scenario s = basicScenario();
    const ProjectionResult r = project(s);
    // Benefit cost rates 2006-2024: 0.2 % everywhere but 0.9 %, 0.7 % and 0.6 % in 2009,
    // 2015 and 2020, and 1.2 % in 2004 (more than 20 years before 2024: not counted).
    const auto rateOf = [](int y) { return y == 2009 ? 0.009 : y == 2015 ? 0.007 : y == 2020 ? 0.006 : y == 2004 ? 0.012 : 0.002; };
    for (int y = 2004; y <= 2024; ++y) {
        s.history.set(y, H::wage_bill, 1e12);
        s.history.set(y, H::benefits, rateOf(y) * 1e12);
    }
    s.history.set(2024, H::reserve, 1.1e10);
    const auto rows = monitoringIndicators(s, r);
    bool actual = false;
    // 2024: reserve 1.1 % of wages over the mean of 0.9, 0.7 and 0.6 %.
    QVERIFY(relativelyClose(value(rows, 2024, Indicator::average_high_cost_multiple, &actual), 0.011 / ((0.009 + 0.007 + 0.006) / 3), 1e-13));
    QVERIFY(actual);
    // 2023 has no reserve figure: none.
    QVERIFY(!has(rows, 2023, Indicator::average_high_cost_multiple));
    // 2025 (projected): the window 2006-2025 holds the projected 2025 rate beside the history's.
    const double projectedRate = r.at(0, Column::benefits) / r.at(0, Column::wage_bill);
    std::vector<double> rates{0.009, 0.007, 0.006, projectedRate};
    std::sort(rates.begin(), rates.end(), std::greater<>());
    const double mean = (rates[0] + rates[1] + rates[2]) / 3;
    QVERIFY(relativelyClose(value(rows, 2025, Indicator::average_high_cost_multiple, &actual),
                            r.at(0, Column::reserve) / r.at(0, Column::wage_bill) / mean, 1e-13));
    QVERIFY(!actual);
    // 2030: 2009 has left the window (2011-2030).
    std::vector<double> later{0.007, 0.006};
    for (int y = 0; y <= 5; ++y)
        later.push_back(r.at(y, Column::benefits) / r.at(y, Column::wage_bill));
    std::sort(later.begin(), later.end(), std::greater<>());
    QVERIFY(relativelyClose(value(rows, 2030, Indicator::average_high_cost_multiple),
                            r.at(5, Column::reserve) / r.at(5, Column::wage_bill) / ((later[0] + later[1] + later[2]) / 3),
                            1e-13));
}

void MonitoringTest::noHistory_givesProjectedIndicatorsOnly()
{
    const Scenario s = loadScenario("builtin:default");
    const ProjectionResult r = project(s);
    const auto rows = monitoringIndicators(s, r);
    QCOMPARE(int(rows.size()), r.years);
    for (const auto& row : rows)
        for (const auto& v : row.values)
            if (v)
                QVERIFY(!v->actual);
    // The projection-only multiple and the DOL one agree while the projection is the only
    // source and the three highest rates fall within 20 years.
    for (int y = 2; y < 20; ++y)
        QVERIFY(relativelyClose(rows[std::size_t(y)][Indicator::average_high_cost_multiple]->value,
                                r.at(y, Column::high_cost_multiple), 1e-12));
}

QTEST_GUILESS_MAIN(MonitoringTest)
#include "tst_monitoring.moc"
