// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// model-spec v3 "Back-test": the back-test scenario's start, reserve and levels; the model
// reproducing its own history exactly; errors, MAPE and bias by hand.

#include "testsupport.h"
#include "core/analysis/backtest.h"
#include "core/analysis/calibration.h"

#include <QRegularExpression>

using namespace tideover::core;
using namespace tideover::test;

class BacktestTest : public QObject {
    Q_OBJECT

private slots:
    void ownHistory_isReproducedExactly();
    void start_defaultsAndFrom();
    void earlierStart_takesReserveAndLevelsFromHistory();
    void impossibleBacktests_sayWhy_data();
    void impossibleBacktests_sayWhy();
    void errors_mapeAndBias_byHand();
    void unemploymentRate_isUnemployedOverLabourForce();
    void vietnam2015_tracksAsItsDescriptionSays();
};

namespace {

const std::vector<HistoryColumn> kAllButRate{
    HistoryColumn::labour_force, HistoryColumn::insured, HistoryColumn::wage_bill, HistoryColumn::contributions,
    HistoryColumn::state_subsidy, HistoryColumn::new_claims, HistoryColumn::beneficiaries, HistoryColumn::benefits,
    HistoryColumn::expenditure, HistoryColumn::investment_income, HistoryColumn::reserve};

}  // namespace

void BacktestTest::ownHistory_isReproducedExactly()
{
    Scenario s = loadScenario("builtin:kelora-reform");  // dated reforms, a state share
    const ProjectionResult truth = project(s);
    s.history = historyOf(truth, kAllButRate);
    // Only the first 12 years: the back-test runs to the history's last year.
    for (int y = truth.startYear + 12; y < truth.startYear + truth.years; ++y)
        s.history.years.erase(y);
    const BacktestResult b = runBacktest(s);
    QCOMPARE(b.startYear(), truth.startYear);
    QCOMPARE(b.endYear(), truth.startYear + 11);
    QCOMPARE(int(b.columns.size()), int(kAllButRate.size()));
    for (const auto& c : b.columns) {
        QCOMPARE(int(c.points.size()), 12);
        for (const auto& p : c.points)
            QVERIFY2(std::abs(p.error) <= 1e-9 * std::max(1.0, std::abs(p.actual)),
                     qPrintable(QString("%1 %2: %3 against %4").arg(historyColumn(c.column).name.data())
                                    .arg(p.year).arg(p.projected, 0, 'g', 17).arg(p.actual, 0, 'g', 17)));
        if (c.mape)
            QVERIFY(*c.mape <= 1e-12);
    }
}

void BacktestTest::start_defaultsAndFrom()
{
    Scenario s = basicScenario();  // starts 2025
    s.history.set(2020, HistoryColumn::benefits, 1);
    s.history.set(2024, HistoryColumn::reserve, 5e9);
    s.history.set(2030, HistoryColumn::benefits, 1);
    // The scenario's start lies within the history: it stays.
    Scenario b = backtestScenario(s);
    QCOMPARE(b.projection.start_year, std::int64_t(2025));
    QCOMPARE(b.projection.years, std::int64_t(6));
    QCOMPARE(b.reserve.initial, 5e9);  // the history's reserve at the end of 2024
    // Asked for a later start with a reserve the year before.
    s.history.set(2027, HistoryColumn::reserve, 7e9);
    b = backtestScenario(s, 2028);
    QCOMPARE(b.projection.start_year, std::int64_t(2028));
    QCOMPARE(b.projection.years, std::int64_t(3));
    QCOMPARE(b.reserve.initial, 7e9);
    // A start outside the history: the year after the first recorded reserve.
    s.projection.start_year = 2040;
    s.history.set(2019, HistoryColumn::reserve, 3e9);
    b = backtestScenario(s);
    QCOMPARE(b.projection.start_year, std::int64_t(2020));
    QCOMPARE(b.projection.years, std::int64_t(11));
    QCOMPARE(b.reserve.initial, 3e9);
}

void BacktestTest::earlierStart_takesReserveAndLevelsFromHistory()
{
    Scenario s = basicScenario();
    setValue(s, "labour.force_growth", "0.02,0.5");  // only the first value carries levels back
    setValue(s, "wages.growth", "0.05");
    s.history.set(2019, HistoryColumn::reserve, 4e9);
    s.history.set(2022, HistoryColumn::benefits, 1e9);
    Scenario b = backtestScenario(s, 2020);
    QCOMPARE(b.projection.start_year, std::int64_t(2020));
    QCOMPARE(b.projection.years, std::int64_t(3));
    QCOMPARE(b.reserve.initial, 4e9);
    QCOMPARE(b.labour.force, s.labour.force / std::pow(1.02, 5));
    QCOMPARE(b.wages.average_monthly, s.wages.average_monthly / std::pow(1.05, 5));
    // A recorded labour force wins over the carried-back one.
    s.history.set(2020, HistoryColumn::labour_force, 9.5e6);
    b = backtestScenario(s, 2020);
    QCOMPARE(b.labour.force, 9.5e6);
    // Dated changes keep their calendar years; the rest of the scenario is unchanged.
    b.projection = s.projection;
    b.reserve.initial = s.reserve.initial;
    b.labour.force = s.labour.force;
    b.wages.average_monthly = s.wages.average_monthly;
    QVERIFY(b == s);
}

void BacktestTest::impossibleBacktests_sayWhy_data()
{
    QTest::addColumn<QStringList>("history");  // "YEAR COLUMN VALUE"
    QTest::addColumn<int>("from");             // 0: none
    QTest::addColumn<QString>("expected");
    QTest::newRow("no history") << QStringList() << 0 << "has no history";
    QTest::newRow("ends before start") << QStringList{"2010 benefits 1", "2012 reserve 1"} << 2015
                                       << "the history ends in 2012, before the back-test's start in 2015";
    QTest::newRow("no reserve before start")
        << QStringList{"2018 benefits 1", "2021 benefits 1"} << 2018
        << "the history records no reserve at the end of 2017";
    QTest::newRow("more than 100 years") << QStringList{"1901 benefits 1", "1900 reserve 1", "2030 benefits 1"} << 1901
                                         << "spans 130 years";
    QTest::newRow("start out of range") << QStringList{"2010 benefits 1"} << 1700 << "cannot start in 1700";
}

void BacktestTest::impossibleBacktests_sayWhy()
{
    QFETCH(QStringList, history);
    QFETCH(int, from);
    QFETCH(QString, expected);
    Scenario s = basicScenario();
    for (const QString& entry : history) {
        const QStringList parts = entry.split(' ');
        s.history.set(parts[0].toInt(), *findHistoryColumn(parts[1].toStdString()), parts[2].toDouble());
    }
    try {
        backtestScenario(s, from ? std::optional<int>(from) : std::nullopt);
        QFAIL("a back-test scenario was made");
    } catch (const BacktestError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
    }
}

void BacktestTest::errors_mapeAndBias_byHand()
{
    Scenario s = basicScenario();
    s.projection.years = 3;
    const ProjectionResult r = project(s);
    const double b0 = r.at(0, Column::benefits);
    const double b1 = r.at(1, Column::benefits);
    // Actual 10 % above the projection in 2025, 20 % below in 2026, zero in 2027.
    s.history.set(2025, HistoryColumn::benefits, b0 * 1.1);
    s.history.set(2026, HistoryColumn::benefits, b1 * 0.8);
    s.history.set(2027, HistoryColumn::benefits, 0.0);
    const BacktestResult b = runBacktest(s);
    QCOMPARE(int(b.columns.size()), 1);
    const BacktestColumn& c = b.columns.front();
    QCOMPARE(int(c.points.size()), 3);
    const double e0 = (b0 - b0 * 1.1) / (b0 * 1.1);
    const double e1 = (b1 - b1 * 0.8) / (b1 * 0.8);
    QVERIFY(relativelyClose(*c.points[0].relativeError, e0, 1e-12));
    QVERIFY(relativelyClose(*c.points[1].relativeError, e1, 1e-12));
    QVERIFY(!c.points[2].relativeError);  // no relative error against 0
    QCOMPARE(c.points[2].error, r.at(2, Column::benefits));
    QVERIFY(relativelyClose(*c.mape, (std::abs(e0) + std::abs(e1)) / 2, 1e-12));
    QVERIFY(relativelyClose(*c.bias, (e0 + e1) / 2, 1e-12));
}

void BacktestTest::unemploymentRate_isUnemployedOverLabourForce()
{
    Scenario s = basicScenario();
    setValue(s, "labour.unemployment_rate", "0.04,0.05");
    s.projection.years = 2;
    s.history.set(2025, HistoryColumn::unemployment_rate, 0.05);
    s.history.set(2026, HistoryColumn::unemployment_rate, 0.05);
    const BacktestResult b = runBacktest(s);
    QCOMPARE(int(b.columns.size()), 1);
    QVERIFY(relativelyClose(b.columns[0].points[0].projected, 0.04, 1e-14));
    QVERIFY(relativelyClose(b.columns[0].points[1].projected, 0.05, 1e-14));
    QVERIFY(relativelyClose(*b.columns[0].mape, 0.1, 1e-12));  // -20 % and 0 %
}

void BacktestTest::vietnam2015_tracksAsItsDescriptionSays()
{
    // The bundled back-test: its description quotes these errors, before and after calibration.
    const Scenario s = loadScenario("builtin:vietnam-2015");
    const BacktestResult before = runBacktest(s);
    QCOMPARE(before.startYear(), 2015);
    QCOMPARE(before.endYear(), 2024);
    const auto mape = [](const BacktestResult& b, HistoryColumn c) {
        for (const auto& col : b.columns)
            if (col.column == c)
                return *col.mape;
        throw std::runtime_error("column not compared");
    };
    QVERIFY(mape(before, HistoryColumn::insured) < 0.02);
    QVERIFY(mape(before, HistoryColumn::contributions) < 0.03);
    QVERIFY(std::abs(mape(before, HistoryColumn::reserve) - 0.38) < 0.005);
    CalibrationRequest r;
    r.parameters = {{"eligibility.take_up", FitShape::Constant}, {"labour.claimant_exit_factor", FitShape::Constant}};
    r.targets = {{HistoryColumn::new_claims, 1}, {HistoryColumn::benefits, 1}, {HistoryColumn::expenditure, 1},
                 {HistoryColumn::reserve, 1}};
    const CalibrationResult c = calibrate(s, r);
    QVERIFY(std::abs(c.values[0].value - 0.65) < 0.005);
    QVERIFY(std::abs(c.values[1].value - 0.17) < 0.005);
    QVERIFY(std::abs(mape(c.after, HistoryColumn::reserve) - 0.10) < 0.005);
    QVERIFY(std::abs(mape(c.after, HistoryColumn::new_claims) - 0.13) < 0.005);
    QVERIFY(std::abs(mape(c.after, HistoryColumn::benefits) - 0.32) < 0.005);
}

QTEST_GUILESS_MAIN(BacktestTest)
#include "tst_backtest.moc"
