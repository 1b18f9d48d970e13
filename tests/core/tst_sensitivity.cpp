// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// One-at-a-time sensitivity: the keys come from the parameter table; each value is moved as
// documented (relative or absolute, clamped, rounded); each measure equals a direct projection
// of the varied scenario; the directions an actuary expects; invalid variants are reported.

#include "core/io/analysisformat.h"
#include "core/analysis/sensitivity.h"
#include "testsupport.h"

#include <QRegularExpression>

#include <cmath>
#include <sstream>

using namespace tideover::core;
using namespace tideover::test;

namespace {

bool sameNumber(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

// The measure computed directly from a projection of `s`.
double direct(const Scenario& s, SensitivityMeasure m, int year)
{
    const ProjectionResult r = project(s);
    switch (m) {
    case SensitivityMeasure::reserve_ratio: return r.at(year - r.startYear, Column::reserve_ratio);
    case SensitivityMeasure::break_even_rate: return r.summary.breakEvenRate.value_or(NAN);
    case SensitivityMeasure::depletion_year:
        return r.summary.depletionYear ? double(*r.summary.depletionYear) : NAN;
    case SensitivityMeasure::minimum_reserve_ratio: return r.summary.minimumReserveRatio.value_or(NAN);
    }
    return NAN;
}

template <class E, class F> bool throws(F&& f)
{
    try {
        f();
    } catch (const E&) {
        return true;
    }
    return false;
}

}  // namespace

class SensitivityTest : public QObject {
    Q_OBJECT

private slots:
    void keys_areDerivedFromTheParameterTable();
    void values_moveAsDocumented_data();
    void values_moveAsDocumented();
    void measures_equalDirectProjections_data();
    void measures_equalDirectProjections();
    void directions_areThoseAnActuaryExpects_data();
    void directions_areThoseAnActuaryExpects();
    void invalidVariant_hasNoteAndEmptyMeasure();
    void badOptions_areRefused_data();
    void badOptions_areRefused();
    void csv_hasDocumentedColumnsAndQuotesLists();
};

void SensitivityTest::keys_areDerivedFromTheParameterTable()
{
    const auto assumptions = assumptionKeys();
    const auto policy = policyKeys();
    auto has = [](const std::vector<std::string>& keys, const char* key) {
        return std::find(keys.begin(), keys.end(), key) != keys.end();
    };
    for (const char* key : {"labour.unemployment_rate", "labour.job_finding_rate", "coverage.compliance",
                            "wages.growth", "economy.inflation", "eligibility.take_up", "reserve.return"})
        QVERIFY2(has(assumptions, key) && !has(policy, key), key);
    for (const char* key : {"contributions.employee_rate", "benefits.replacement_rates", "benefits.waiting_days",
                            "expenditure.admin_share", "financing.step"})
        QVERIFY2(has(policy, key) && !has(assumptions, key), key);
    // Neither holds projection or stochastic settings, enums or the seed; together they hold
    // every other numeric key of the table, in its order.
    std::vector<std::string> expected;
    for (const auto& p : parameters()) {
        const bool numeric = p.kind != Kind::Enum && p.kind != Kind::Seed;
        if (numeric && p.group != Group::Projection && p.group != Group::Stochastic && !isPackageKey(p))
            expected.emplace_back(p.key);
    }
    std::vector<std::string> both = assumptions;
    both.insert(both.end(), policy.begin(), policy.end());
    std::sort(both.begin(), both.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(both, expected);
    QVERIFY(std::is_sorted(assumptions.begin(), assumptions.end(), [](const std::string& a, const std::string& b) {
        const auto index = [](const std::string& k) { return findParameter(k) - parameters().data(); };
        return index(a) < index(b);
    }));
}

void SensitivityTest::values_moveAsDocumented_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("base");  // set on builtin:default first ("" to keep its value)
    QTest::addColumn<bool>("relative");
    QTest::addColumn<double>("change");
    QTest::addColumn<QString>("low");
    QTest::addColumn<QString>("high");
    QTest::newRow("relative 10 %") << "labour.unemployment_rate" << "" << true << 0.1 << "0.036" << "0.044";
    QTest::newRow("relative on a negative value: low stays lower")
        << "reserve.initial" << "-1000000000" << true << 0.1 << "-1100000000" << "-900000000";
    QTest::newRow("absolute, clamped to (0, 1]")
        << "labour.job_finding_rate" << "" << false << 0.7 << "5e-324" << "1";
    QTest::newRow("absolute, clamped to [0, 1]") << "eligibility.take_up" << "" << false << 0.2 << "0.65" << "1";
    QTest::newRow("days, a series since v2") << "benefits.waiting_days" << "" << true << 0.1 << "6.3" << "7.7";
    QTest::newRow("series, every value")
        << "coverage.compliance" << "0.75,0.8" << true << 0.1 << "0.675,0.72" << "0.825,0.88";
    QTest::newRow("list of whole numbers")
        << "benefits.duration_months" << "3,6,9,12" << true << 0.5 << "2,3,5,6" << "5,9,14,18";
    QTest::newRow("zero stays zero when relative") << "reserve.transfers" << "0" << true << 0.1 << "0" << "0";
    QTest::newRow("zero moves when absolute")
        << "reserve.transfers" << "0" << false << 1e9 << "-1000000000" << "1000000000";
}

void SensitivityTest::values_moveAsDocumented()
{
    QFETCH(QString, key);
    QFETCH(QString, base);
    QFETCH(bool, relative);
    QFETCH(double, change);
    QFETCH(QString, low);
    QFETCH(QString, high);
    const Scenario s = base.isEmpty() ? loadScenario("builtin:default") : defaultWith({key + "=" + base});
    SensitivityOptions o;
    o.keys = {key.toStdString()};
    o.relative = relative;
    o.change = change;
    const SensitivityResult r = analyseSensitivity(s, o);
    QCOMPARE(r.rows.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(formatValue(r.rows[0].low)), low);
    QCOMPARE(QString::fromStdString(formatValue(r.rows[0].high)), high);
    QCOMPARE(QString::fromStdString(r.rows[0].label), QString::fromUtf8(findParameter(key.toStdString())->label.data(),
                                                                          int(findParameter(key.toStdString())->label.size())));
}

void SensitivityTest::measures_equalDirectProjections_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<int>("year");  // 0: the default (last year)
    QTest::addColumn<QStringList>("sets");
    QTest::newRow("reserve ratio at the horizon") << "reserve_ratio" << 0 << QStringList{};
    QTest::newRow("reserve ratio in 2030") << "reserve_ratio" << 2030 << QStringList{};
    QTest::newRow("break-even rate") << "break_even_rate" << 0 << QStringList{};
    QTest::newRow("depletion year, thin fund")
        << "depletion_year" << 0 << QStringList{"contributions.employer_rate=0.001", "reserve.initial=1e10"};
    QTest::newRow("minimum reserve ratio") << "minimum_reserve_ratio" << 0 << QStringList{};
}

void SensitivityTest::measures_equalDirectProjections()
{
    QFETCH(QString, measure);
    QFETCH(int, year);
    QFETCH(QStringList, sets);
    const Scenario s = defaultWith(sets);
    SensitivityOptions o;
    o.measure = *sensitivityMeasureFromName(measure.toStdString());
    if (year)
        o.year = year;
    const int y = year ? year : 2055;
    const SensitivityResult r = analyseSensitivity(s, o);
    QCOMPARE(r.rows.size(), assumptionKeys().size());
    QVERIFY(sameNumber(r.measureBase, direct(s, o.measure, y)));
    int changed = 0;
    for (const auto& row : r.rows) {
        const ParameterInfo* p = findParameter(row.key);
        Scenario low = s, high = s;
        p->set(low, row.low);
        p->set(high, row.high);
        QVERIFY2(sameNumber(row.measureLow, direct(low, o.measure, y)), row.key.c_str());
        QVERIFY2(sameNumber(row.measureHigh, direct(high, o.measure, y)), row.key.c_str());
        QVERIFY2(row.note.empty(), row.note.c_str());
        changed += !sameNumber(row.measureLow, row.measureHigh);
    }
    QVERIFY(changed > 5);
}

void SensitivityTest::directions_areThoseAnActuaryExpects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<int>("sign");  // +1: the measure rises with the key, -1: it falls
    QTest::newRow("unemployment lowers the ratio") << "labour.unemployment_rate" << "reserve_ratio" << -1;
    QTest::newRow("unemployment raises the break-even rate") << "labour.unemployment_rate" << "break_even_rate" << 1;
    QTest::newRow("faster job finding lowers the break-even rate")
        << "labour.claimant_exit_factor" << "break_even_rate" << -1;
    QTest::newRow("take-up raises the break-even rate") << "eligibility.take_up" << "break_even_rate" << 1;
    QTest::newRow("a higher return raises the ratio") << "reserve.return" << "reserve_ratio" << 1;
    QTest::newRow("a bigger initial reserve lowers the break-even rate")
        << "reserve.initial" << "break_even_rate" << -1;
    QTest::newRow("a higher contribution rate raises the ratio")
        << "contributions.employer_rate" << "reserve_ratio" << 1;
    QTest::newRow("longer benefits raise the break-even rate") << "benefits.duration_months" << "break_even_rate" << 1;
}

void SensitivityTest::directions_areThoseAnActuaryExpects()
{
    QFETCH(QString, key);
    QFETCH(QString, measure);
    QFETCH(int, sign);
    SensitivityOptions o;
    o.keys = {key.toStdString()};
    o.measure = *sensitivityMeasureFromName(measure.toStdString());
    o.change = 0.2;
    const SensitivityResult r = analyseSensitivity(loadScenario("builtin:default"), o);
    const auto& row = r.rows.at(0);
    const QString values = QStringLiteral("low %1, base %2, high %3").arg(row.measureLow).arg(r.measureBase).arg(row.measureHigh);
    QVERIFY2(sign * (row.measureHigh - r.measureBase) > 0, qPrintable(values));
    QVERIFY2(sign * (r.measureBase - row.measureLow) > 0, qPrintable(values));
}

void SensitivityTest::invalidVariant_hasNoteAndEmptyMeasure()
{
    SensitivityOptions o;
    o.keys = {"benefits.duration_shares", "labour.unemployment_rate"};
    const SensitivityResult r = analyseSensitivity(loadScenario("builtin:default"), o);
    QVERIFY(std::isnan(r.rows[0].measureLow) && std::isnan(r.rows[0].measureHigh));
    QVERIFY2(QString::fromStdString(r.rows[0].note).contains("benefits.duration_shares"), r.rows[0].note.c_str());
    QVERIFY(QString::fromStdString(r.rows[0].note).startsWith("low invalid:"));
    QVERIFY(r.rows[1].note.empty() && std::isfinite(r.rows[1].measureLow));
}

void SensitivityTest::badOptions_areRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("change");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("mention");
    QTest::newRow("unknown key") << "labour.forse" << 0.1 << 0 << "labour.forse";
    QTest::newRow("enum key") << "financing.rule" << 0.1 << 0 << "financing.rule";
    QTest::newRow("seed") << "stochastic.seed" << 0.1 << 0 << "stochastic.seed";
    QTest::newRow("zero change") << "labour.force" << 0.0 << 0 << "positive";
    QTest::newRow("negative change") << "labour.force" << -0.1 << 0 << "positive";
    QTest::newRow("year before the start") << "labour.force" << 0.1 << 2020 << "2026..2055";
}

void SensitivityTest::badOptions_areRefused()
{
    QFETCH(QString, key);
    QFETCH(double, change);
    QFETCH(int, year);
    QFETCH(QString, mention);
    SensitivityOptions o;
    o.keys = {key.toStdString()};
    o.change = change;
    if (year)
        o.year = year;
    try {
        analyseSensitivity(loadScenario("builtin:default"), o);
        QFAIL("accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString(e.what()).contains(mention), e.what());
    }
    QVERIFY(throws<InvalidScenario>([] { analyseSensitivity(defaultWith({"labour.job_finding_rate=0"}), {}); }));
}

void SensitivityTest::csv_hasDocumentedColumnsAndQuotesLists()
{
    SensitivityOptions o;
    o.keys = {"labour.unemployment_rate", "coverage.compliance"};
    std::ostringstream out;
    writeSensitivityCsv(out, analyseSensitivity(loadScenario("builtin:default"), o));
    const QStringList lines = QString::fromStdString(out.str()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("key,label,low_value,base_value,high_value,measure_low,measure_base,measure_high,note"));
    QVERIFY2(lines[1].startsWith("labour.unemployment_rate,Unemployment rate,0.036,0.04,0.044,"), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith("coverage.compliance,Compliance,\"0.675,"), qPrintable(lines[2]));
    QVERIFY(lines[2].endsWith(','));  // no note
}

QTEST_GUILESS_MAIN(SensitivityTest)
#include "tst_sensitivity.moc"
