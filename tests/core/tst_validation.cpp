// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Every validation rule: each problem names the key, the value and what is allowed.

#include "testsupport.h"
#include "core/model/validation.h"

#include <QRegularExpression>

#include <algorithm>

using namespace tideover::core;
using namespace tideover::test;

namespace {

QString joined(const std::vector<Problem>& problems)
{
    QStringList lines;
    for (const auto& p : problems)
        lines << QString::fromStdString((p.isError() ? "error: " : "warning: ") + p.message);
    return lines.join('\n');
}

}  // namespace

class ValidationTest : public QObject {
    Q_OBJECT

private slots:
    void bundledAndGoldenScenarios_areValid();
    void requiredKeys_areReportedWhenMissing();
    void outOfRange_isAnErrorNamingKeyValueAndRange_data();
    void outOfRange_isAnErrorNamingKeyValueAndRange();
    void crossKeyRules_data();
    void crossKeyRules();
    void warnings_doNotBlock_data();
    void warnings_doNotBlock();
    void everyProblem_isReportedAtOnce();
    void everyRangedKey_rejectsJustOutside();
};

namespace {

// Every problem is a known text with its values filled in, so the GUI can translate it: the
// message is the key and the filled text, and the values carry no English words (only
// numbers, years, keys and ranges).
bool hasTranslatableShape(const std::vector<Problem>& problems, QString* why)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    for (const Problem& p : problems) {
        const auto& texts = problemTexts();
        if (std::find(texts.begin(), texts.end(), p.text) == texts.end()) {
            *why = QString::fromStdString("unknown text: " + p.text);
            return false;
        }
        if (p.message != p.key + ": " + fillPlaceholders(p.text, p.args)) {
            *why = QString::fromStdString("message is not key + filled text: " + p.message);
            return false;
        }
        for (const std::string& arg : p.args)
            if (arg.find('.') == std::string::npos && word.match(QString::fromStdString(arg)).hasMatch()) {
                *why = QString::fromStdString("a word in a value: " + arg);
                return false;
            }
    }
    return true;
}

}  // namespace

void ValidationTest::bundledAndGoldenScenarios_areValid()
{
    for (const auto& name : builtinScenarioNames()) {
        const auto problems = validate(loadScenario("builtin:" + name));
        QVERIFY2(problems.empty(), qPrintable(QString::fromStdString(name) + ":\n" + joined(problems)));
    }
    QVERIFY(validate(basicScenario()).empty());
}

void ValidationTest::requiredKeys_areReportedWhenMissing()
{
    const auto problems = validate(Scenario::withDefaults());
    QCOMPARE(problems.size(), std::size_t(2));
    QCOMPARE(problems[0].key, std::string("labour.force"));
    QCOMPARE(problems[1].key, std::string("wages.average_monthly"));
    QVERIFY(QString::fromStdString(problems[0].message).contains("required"));
    QVERIFY(hasErrors(problems));
}

void ValidationTest::outOfRange_isAnErrorNamingKeyValueAndRange_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("start year") << "projection.start_year" << "1800" << "value 1800 is out of range; allowed: 1900..2200";
    QTest::newRow("horizon 0") << "projection.years" << "0" << "allowed: 1..100";
    QTest::newRow("horizon 101") << "projection.years" << "101" << "value 101";
    QTest::newRow("target ratio") << "projection.target_reserve_ratio" << "11" << "allowed: 0..10";
    QTest::newRow("labour force 0") << "labour.force" << "0" << "allowed: >= 1";
    // Below one person the figures underflow and the reserve ratio became inf (issue 17).
    QTest::newRow("labour force denormal") << "labour.force" << "5e-324" << "value 5e-324 is out of range; allowed: >= 1";
    QTest::newRow("labour force half a person") << "labour.force" << "0.5" << "allowed: >= 1";
    QTest::newRow("labour force negative") << "labour.force" << "-5" << "value -5";
    QTest::newRow("unemployment in year 3") << "labour.unemployment_rate" << "0.05,0.05,0.9" << "value 0.9 (year 2027) is out of range; allowed: 0.001..0.6";
    QTest::newRow("unemployment as percent") << "labour.unemployment_rate" << "5" << "(a fraction: 0.6 means 60 %)";
    QTest::newRow("job finding 0") << "labour.job_finding_rate" << "0" << "allowed: (0, 1]";
    QTest::newRow("exit factor 5") << "labour.claimant_exit_factor" << "5" << "allowed: (0, 4]";
    QTest::newRow("coverage above 1") << "coverage.legal_coverage" << "1.2" << "allowed: 0..1";
    QTest::newRow("wage 0") << "wages.average_monthly" << "0" << "allowed: > 0";
    QTest::newRow("wage growth") << "wages.growth" << "-0.6" << "allowed: -0.5..1";
    QTest::newRow("dispersion") << "wages.dispersion" << "2.5" << "allowed: 0..2";
    QTest::newRow("inflation") << "economy.inflation" << "1.5" << "allowed: -0.5..1";
    QTest::newRow("employee rate") << "contributions.employee_rate" << "0.6" << "allowed: 0..0.5";
    QTest::newRow("negative floor") << "contributions.wage_floor" << "-1" << "allowed: >= 0";
    QTest::newRow("take-up") << "eligibility.take_up" << "-0.1" << "allowed: 0..1";
    QTest::newRow("replacement item 2") << "benefits.replacement_rates" << "0.6,1.6" << "value 1.6 (item 2) is out of range; allowed: 0..1.5";
    QTest::newRow("duration 0") << "benefits.duration_months" << "0" << "allowed: 1..60";
    QTest::newRow("duration 61") << "benefits.duration_months" << "61" << "value 61";
    QTest::newRow("waiting days") << "benefits.waiting_days" << "91" << "allowed: 0..90";
    QTest::newRow("claimant wage ratio") << "benefits.claimant_wage_ratio" << "0" << "allowed: (0, 3]";
    QTest::newRow("minimum benefit") << "benefits.minimum" << "-10" << "allowed: >= 0";
    QTest::newRow("admin share") << "expenditure.admin_share" << "1.1" << "allowed: 0..1";
    QTest::newRow("return") << "reserve.return" << "-0.7" << "allowed: -0.5..1";
    QTest::newRow("borrowing") << "reserve.borrowing_rate" << "-0.01" << "allowed: 0..1";
    QTest::newRow("step") << "financing.step" << "0.06" << "allowed: 0..0.05";
    QTest::newRow("upper ratio") << "financing.upper_ratio" << "21" << "allowed: 0..20";
    QTest::newRow("paths 0") << "stochastic.paths" << "0" << "allowed: 1..1000000";
    QTest::newRow("paths too many") << "stochastic.paths" << "1000001" << "value 1000001";
    QTest::newRow("persistence 1") << "stochastic.unemployment_persistence" << "1" << "allowed: [0, 1)";
    QTest::newRow("return volatility") << "stochastic.return_volatility" << "0.6" << "allowed: 0..0.5";
}

void ValidationTest::outOfRange_isAnErrorNamingKeyValueAndRange()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Scenario s = basicScenario();
    setValue(s, key.toStdString(), text.toStdString());
    const auto problems = validate(s);
    QString why;
    QVERIFY2(hasTranslatableShape(problems, &why), qPrintable(why));
    QVERIFY2(hasErrors(problems), qPrintable(key + "=" + text + " was accepted"));
    const QString all = joined(problems);
    QVERIFY2(all.contains(key + ": "), qPrintable(all));
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void ValidationTest::crossKeyRules_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shares do not sum to 1") << QStringList{"benefits.duration_months=3,6", "benefits.duration_shares=0.5,0.4"}
                                            << "benefits.duration_shares: the shares sum to 0.9; they must sum to 1";
    QTest::newRow("shares and classes differ in number") << QStringList{"benefits.duration_months=3,6,9", "benefits.duration_shares=0.5,0.5"}
                                                         << "2 shares are given for 3 duration classes";
    QTest::newRow("maximum below minimum") << QStringList{"benefits.minimum=500", "benefits.maximum=400"}
                                           << "benefits.maximum: value 400 (year 2025) is below benefits.minimum 500";
    QTest::newRow("maximum below minimum in a later year") << QStringList{"benefits.minimum=300,300,600", "benefits.maximum=500"}
                                                           << "(year 2027)";
    QTest::newRow("ceiling below floor") << QStringList{"contributions.wage_floor=1000", "contributions.wage_ceiling=900"}
                                         << "contributions.wage_ceiling: value 900";
    QTest::newRow("upper ratio not above lower") << QStringList{"financing.lower_ratio=2", "financing.upper_ratio=2"}
                                                 << "financing.upper_ratio: value 2 must be greater than financing.lower_ratio (2)";
    QTest::newRow("max rate below min rate") << QStringList{"financing.min_rate=0.05", "financing.max_rate=0.04"}
                                             << "financing.max_rate: value 0.04 is below financing.min_rate (0.05)";
}

void ValidationTest::crossKeyRules()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, expected);
    Scenario s = basicScenario();
    for (const QString& a : assignments)
        setValue(s, a.section('=', 0, 0).toStdString(), a.section('=', 1).toStdString());
    const auto problems = validate(s);
    QString why;
    QVERIFY2(hasTranslatableShape(problems, &why), qPrintable(why));
    QVERIFY2(hasErrors(problems), qPrintable(assignments.join(' ') + " was accepted"));
    QVERIFY2(joined(problems).contains(expected), qPrintable(joined(problems)));
}

void ValidationTest::warnings_doNotBlock_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("series longer than horizon") << QStringList{"projection.years=3", "labour.unemployment_rate=0.03,0.04,0.05,0.06"}
                                                << "4 yearly values are given but the horizon is 3 years; values after 2027 are not used";
    QTest::newRow("rates beyond the longest duration") << QStringList{"benefits.replacement_rates=0.8,0.7,0.6", "benefits.duration_months=2"}
                                                       << "rates after month 2 are not used";
    QTest::newRow("more separations than insured") << QStringList{"labour.unemployment_rate=0.03,0.6", "labour.job_finding_rate=1"}
                                                   << "(year 2026) means a monthly separation rate of 1.5, above 1";
    QTest::newRow("bound conflict past the horizon") << QStringList{"projection.years=2", "benefits.minimum=300,300,600", "benefits.maximum=500,500,500"}
                                                     << "3 yearly values are given but the horizon is 2 years";
    QTest::newRow("spending eats contributions") << QStringList{"expenditure.admin_share=0.6", "expenditure.almp_share=0.5"}
                                                 << "cannot finance benefits";
}

void ValidationTest::warnings_doNotBlock()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, expected);
    Scenario s = basicScenario();
    for (const QString& a : assignments)
        setValue(s, a.section('=', 0, 0).toStdString(), a.section('=', 1).toStdString());
    const auto problems = validate(s);
    QString why;
    QVERIFY2(hasTranslatableShape(problems, &why), qPrintable(why));
    QVERIFY2(!hasErrors(problems), qPrintable(joined(problems)));
    QVERIFY2(joined(problems).contains("warning: ") && joined(problems).contains(expected), qPrintable(joined(problems)));
    Projection p(s);  // a warning never stops a projection
    QVERIFY(p.run().years >= 1);
}

void ValidationTest::everyProblem_isReportedAtOnce()
{
    Scenario s = basicScenario();
    setValue(s, "labour.unemployment_rate", "0.7");
    setValue(s, "benefits.waiting_days", "100");
    setValue(s, "financing.upper_ratio", "0.5");
    const auto problems = validate(s);
    QCOMPARE(std::count_if(problems.begin(), problems.end(), [](const Problem& p) { return p.isError(); }), 3);
}

void ValidationTest::everyRangedKey_rejectsJustOutside()
{
    // For every numeric key with a finite bound, a value just beyond it is an error and the
    // bound itself (when closed) is not.
    for (const auto& p : parameters()) {
        if (p.kind == Kind::Enum || p.kind == Kind::Seed)
            continue;
        for (const bool upper : {false, true}) {
            const double bound = upper ? p.range.max : p.range.min;
            if (!std::isfinite(bound))
                continue;
            const double outside = upper ? bound + std::max(1.0, std::abs(bound)) * 0.01 : bound - std::max(1.0, std::abs(bound)) * 0.01;
            Scenario s = basicScenario();
            const std::string text = p.kind == Kind::Integer || p.kind == Kind::IntegerList ? std::to_string(static_cast<long long>(std::floor(outside)) + (upper ? 1 : 0))
                                                                                            : formatNumber(outside);
            setValue(s, std::string(p.key), text);
            QVERIFY2(hasErrors(validate(s)), qPrintable(QString::fromUtf8(p.key.data()) + "=" + QString::fromStdString(text) + " accepted"));
        }
    }
}

QTEST_GUILESS_MAIN(ValidationTest)
#include "tst_validation.moc"
