// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// model-spec v3 "Calibration": known parameters recovered from a history the model made itself
// (noise-free to 1e-6; with 5 % noise within three reported standard errors), yearly fits,
// identification warnings, bounds, refusals, and how fitted values are written back.
// (tst_calibration checks the bundled scenarios against published figures.)

#include "testsupport.h"
#include "core/analysis/calibration.h"
#include "core/model/validation.h"

#include <random>

using namespace tideover::core;
using namespace tideover::test;

class FitTest : public QObject {
    Q_OBJECT

private slots:
    void noiseFree_recoversConstants_data();
    void noiseFree_recoversConstants();
    void noiseFree_recoversYearlyValues();
    void fivePercentNoise_isWithinStandardErrors();
    void productOfShares_isNotIdentified();
    void parameterWithoutEffect_isNamed();
    void valueBeyondRange_endsAtBound();
    void refusals_sayWhat_data();
    void refusals_sayWhat();
    void parsing_data();
    void parsing();
    void fittedValues_areWrittenAsTheSpecSays();
    void calibratedScenario_isValidAndReproducesTheFit();
};

namespace {

using H = HistoryColumn;

// The default scenario's 20 years with three behavioural parameters moved away from it.
Scenario truthScenario()
{
    Scenario s = basicScenario();
    setValue(s, "eligibility.take_up", "0.55");
    setValue(s, "labour.claimant_exit_factor", "1.3");
    setValue(s, "benefits.claimant_wage_ratio", "0.95");
    setValue(s, "expenditure.admin_share", "0.05");
    return s;
}

// basicScenario() (take-up 0.8, exit factor 1, wage ratio 0.85, admin 0.03) with the truth's
// history of `columns`.
Scenario withTruthHistory(const Scenario& truth, const std::vector<H>& columns)
{
    Scenario s = basicScenario();
    s.history = historyOf(project(truth), columns);
    return s;
}

CalibrationRequest request(const QStringList& fit, const QStringList& to)
{
    CalibrationRequest r;
    for (const QString& f : fit) {
        FitParameter p;
        if (const auto e = parseFitParameter(f.toStdString(), p); !e.empty())
            throw std::runtime_error(e);
        r.parameters.push_back(p);
    }
    for (const QString& t : to) {
        FitTarget target;
        if (const auto e = parseFitTarget(t.toStdString(), target); !e.empty())
            throw std::runtime_error(e);
        r.targets.push_back(target);
    }
    return r;
}

double valueOf(const CalibrationResult& r, const std::string& key, std::optional<int> year = std::nullopt)
{
    for (const auto& v : r.values)
        if (v.key == key && v.year == year)
            return v.value;
    throw std::runtime_error("no fitted value for " + key);
}

const FittedValue& fitted(const CalibrationResult& r, const std::string& key)
{
    for (const auto& v : r.values)
        if (v.key == key)
            return v;
    throw std::runtime_error("no fitted value for " + key);
}

QStringList warnings(const CalibrationResult& r)
{
    QStringList out;
    for (const auto& w : r.warnings)
        out << QString::fromStdString(w.message());
    return out;
}

}  // namespace

void FitTest::noiseFree_recoversConstants_data()
{
    QTest::addColumn<QStringList>("fit");
    QTest::addColumn<QStringList>("to");
    QTest::newRow("take-up from new claims") << QStringList{"eligibility.take_up"} << QStringList{"new_claims"};
    QTest::newRow("three from three columns")
        << QStringList{"eligibility.take_up", "labour.claimant_exit_factor", "benefits.claimant_wage_ratio"}
        << QStringList{"new_claims", "beneficiaries", "benefits"};
    QTest::newRow("weighted, with administration")
        << QStringList{"labour.claimant_exit_factor", "expenditure.admin_share", "eligibility.take_up"}
        << QStringList{"beneficiaries:2", "expenditure", "new_claims:0.5"};
}

void FitTest::noiseFree_recoversConstants()
{
    QFETCH(QStringList, fit);
    QFETCH(QStringList, to);
    const Scenario truth = truthScenario();
    Scenario s = withTruthHistory(truth, {H::new_claims, H::beneficiaries, H::benefits, H::expenditure});
    // Parameters not fitted take the truth's values.
    for (const auto* key : {"eligibility.take_up", "labour.claimant_exit_factor", "benefits.claimant_wage_ratio",
                            "expenditure.admin_share"})
        if (!fit.contains(key))
            findParameter(key)->set(s, findParameter(key)->get(truth));
    const CalibrationResult r = calibrate(s, request(fit, to));
    QVERIFY(r.converged);
    for (const QString& key : fit) {
        const double expected = std::get<Series>(findParameter(key.toStdString())->get(truth)).at(0);
        const double got = valueOf(r, key.toStdString());
        QVERIFY2(std::abs(got - expected) <= 1e-6, qPrintable(QString("%1: %2, truth %3").arg(key).arg(got, 0, 'g', 12).arg(expected)));
    }
    QVERIFY(r.sumOfSquaresAfter < 1e-16);
    QVERIFY(r.sumOfSquaresBefore > 1e-3);
    QVERIFY2(r.warnings.empty(), qPrintable(warnings(r).join('\n')));
}

void FitTest::noiseFree_recoversYearlyValues()
{
    Scenario truth = truthScenario();
    truth.projection.years = 10;
    setValue(truth, "eligibility.take_up", "0.5,0.52,0.55,0.6,0.62,0.65,0.66,0.7,0.72,0.75");
    Scenario s = withTruthHistory(truth, {H::new_claims, H::beneficiaries});
    setValue(s, "labour.claimant_exit_factor", "1.3");
    const CalibrationResult r = calibrate(s, request({"eligibility.take_up:yearly"}, {"new_claims"}));
    QCOMPARE(int(r.values.size()), 10);
    for (int y = 0; y < 10; ++y) {
        const double expected = truth.eligibility.take_up.at(y);
        const double got = valueOf(r, "eligibility.take_up", 2025 + y);
        QVERIFY2(std::abs(got - expected) <= 1e-6, qPrintable(QString("%1: %2, truth %3").arg(2025 + y).arg(got).arg(expected)));
    }
    // Written as dated changes, one per year, each with its source note.
    QCOMPARE(int(r.calibrated.dated.at("eligibility.take_up").size()), 10);
    QVERIFY(r.calibrated.sources.at("eligibility.take_up@2030").find("calibrated by Tideover") != std::string::npos);
}

void FitTest::fivePercentNoise_isWithinStandardErrors()
{
    const Scenario truth = truthScenario();
    Scenario s = withTruthHistory(truth, {H::new_claims, H::beneficiaries, H::benefits});
    // 5 % multiplicative noise, the same on every run: Box-Muller on a fixed Mersenne twister.
    std::mt19937_64 rng(20261204);
    const auto normal = [&rng] {
        const double u1 = (static_cast<double>(rng() >> 11) + 0.5) / 9007199254740992.0;
        const double u2 = (static_cast<double>(rng() >> 11) + 0.5) / 9007199254740992.0;
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    };
    for (auto& [year, row] : s.history.years)
        for (auto& v : row.values)
            if (v)
                *v *= 1 + 0.05 * normal();
    const QStringList keys{"eligibility.take_up", "labour.claimant_exit_factor", "benefits.claimant_wage_ratio"};
    const CalibrationResult r = calibrate(s, request(keys, {"new_claims", "beneficiaries", "benefits"}));
    QVERIFY(r.converged);
    for (const QString& key : keys) {
        const FittedValue& v = fitted(r, key.toStdString());
        const double expected = std::get<Series>(findParameter(key.toStdString())->get(truth)).at(0);
        QVERIFY2(v.standardError && *v.standardError > 0, qPrintable(key));
        QVERIFY2(std::abs(v.value - expected) <= 3 * *v.standardError,
                 qPrintable(QString("%1: %2 +- %3, truth %4").arg(key).arg(v.value).arg(*v.standardError).arg(expected)));
        // And the error is of the size the noise implies, not a free pass.
        QVERIFY2(*v.standardError < 0.05 * expected, qPrintable(QString("%1: se %2").arg(key).arg(*v.standardError)));
    }
    QVERIFY(r.sumOfSquaresAfter < r.sumOfSquaresBefore);
}

void FitTest::productOfShares_isNotIdentified()
{
    const Scenario truth = truthScenario();
    Scenario s = withTruthHistory(truth, {H::new_claims});
    const CalibrationResult r =
        calibrate(s, request({"eligibility.take_up", "eligibility.contribution_condition_share"}, {"new_claims"}));
    const QStringList w = warnings(r);
    QVERIFY2(w.size() == 1 && w[0].contains("eligibility.take_up, eligibility.contribution_condition_share cannot be told apart"),
             qPrintable(w.join('\n')));
    // No standard error is given for either; the fit still matches the figures.
    QVERIFY(!fitted(r, "eligibility.take_up").standardError);
    QVERIFY(!fitted(r, "eligibility.contribution_condition_share").standardError);
    QVERIFY(r.sumOfSquaresAfter < 1e-12);
}

void FitTest::parameterWithoutEffect_isNamed()
{
    const Scenario truth = truthScenario();
    Scenario s = withTruthHistory(truth, {H::beneficiaries});
    setValue(s, "labour.claimant_exit_factor", "1.3");
    const CalibrationResult r =
        calibrate(s, request({"eligibility.take_up", "expenditure.admin_share"}, {"beneficiaries"}));
    const QStringList w = warnings(r);
    QVERIFY2(w.size() == 1 && w[0].startsWith("expenditure.admin_share does not change the fitted figures (beneficiaries)"),
             qPrintable(w.join('\n')));
    QVERIFY(std::abs(valueOf(r, "eligibility.take_up") - 0.55) <= 1e-6);
    // The parameter without effect keeps its starting value.
    QCOMPARE(valueOf(r, "expenditure.admin_share"), 0.03);
}

void FitTest::valueBeyondRange_endsAtBound()
{
    Scenario truth = truthScenario();
    setValue(truth, "eligibility.take_up", "1");
    setValue(truth, "eligibility.involuntary_share", "0.9");  // 1.5 times the fitted scenario's 0.6
    Scenario s = withTruthHistory(truth, {H::new_claims});
    setValue(s, "labour.claimant_exit_factor", "1.3");
    const CalibrationResult r = calibrate(s, request({"eligibility.take_up"}, {"new_claims"}));
    const FittedValue& v = fitted(r, "eligibility.take_up");
    QVERIFY(v.atBound);
    QVERIFY(std::abs(v.value - 1) <= 1e-6);
    QVERIFY(!v.standardError);
    QVERIFY2(warnings(r).join('\n').contains("eligibility.take_up ended at its bound 1"), qPrintable(warnings(r).join('\n')));
}

void FitTest::refusals_sayWhat_data()
{
    QTest::addColumn<QStringList>("fit");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing to fit") << QStringList() << QStringList{"new_claims"} << "nothing to fit:";
    QTest::newRow("no column") << QStringList{"eligibility.take_up"} << QStringList() << "nothing to fit to";
    QTest::newRow("key twice") << QStringList{"eligibility.take_up", "eligibility.take_up:yearly"}
                               << QStringList{"new_claims"} << "eligibility.take_up is named twice";
    QTest::newRow("column twice") << QStringList{"eligibility.take_up"} << QStringList{"new_claims", "new_claims:2"}
                                  << "new_claims is named twice";
    QTest::newRow("column not recorded") << QStringList{"eligibility.take_up"} << QStringList{"reserve"}
                                         << "the history records no reserve";
    QTest::newRow("too few figures") << QStringList{"eligibility.take_up:yearly", "labour.claimant_exit_factor:yearly"}
                                     << QStringList{"new_claims"} << "gives 20 figures for 40 values";
}

void FitTest::refusals_sayWhat()
{
    QFETCH(QStringList, fit);
    QFETCH(QStringList, to);
    QFETCH(QString, expected);
    const Scenario s = withTruthHistory(truthScenario(), {H::new_claims});
    try {
        calibrate(s, request(fit, to));
        QFAIL("calibrated");
    } catch (const CalibrationError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
    }
}

void FitTest::parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("parameter");  // else a target
    QTest::addColumn<QString>("error");   // "" when accepted
    QTest::newRow("key") << "eligibility.take_up" << true << "";
    QTest::newRow("yearly") << " eligibility.take_up : yearly " << true << "";
    QTest::newRow("constant") << "expenditure.admin_share:constant" << true << "";
    QTest::newRow("bad shape") << "eligibility.take_up:monthly" << true << "'monthly' after eligibility.take_up: is not a shape";
    QTest::newRow("not fittable") << "labour.force" << true << "'labour.force' cannot be fitted; the keys calibration fits are eligibility.take_up";
    QTest::newRow("column") << "benefits" << false << "";
    QTest::newRow("weight") << "benefits:2.5" << false << "";
    QTest::newRow("unknown column") << "payroll" << false << "'payroll' is not a history column";
    QTest::newRow("zero weight") << "benefits:0" << false << "the weight of benefits is 0";
    QTest::newRow("bad weight") << "benefits:x" << false << "the weight of benefits: 'x' is not a number";
}

void FitTest::parsing()
{
    QFETCH(QString, text);
    QFETCH(bool, parameter);
    QFETCH(QString, error);
    FitParameter p;
    FitTarget t;
    const std::string got = parameter ? parseFitParameter(text.toStdString(), p) : parseFitTarget(text.toStdString(), t);
    if (error.isEmpty())
        QVERIFY2(got.empty(), got.c_str());
    else
        QVERIFY2(QString::fromStdString(got).startsWith(error), got.c_str());
    if (text.contains("yearly"))
        QVERIFY(p.shape == FitShape::Yearly);
    if (text == "benefits:2.5")
        QCOMPARE(t.weight, 2.5);
}

void FitTest::fittedValues_areWrittenAsTheSpecSays()
{
    Scenario s = basicScenario();
    for (int year : {2020, 2027, 2040})
        setDatedChange(s, "eligibility.take_up", year, Series(0.5));
    s.sources["eligibility.take_up@2027"] = "old note";
    // A constant: the base value, and no dated change up to the back-test's end.
    Scenario c = withFittedValues(s, {"eligibility.take_up", FitShape::Constant}, 2025, 2034, {0.7});
    QCOMPARE(c.eligibility.take_up, Series(0.7));
    QCOMPARE(int(c.dated.at("eligibility.take_up").size()), 1);
    QVERIFY(c.dated.at("eligibility.take_up").count(2040));
    QVERIFY(!c.sources.count("eligibility.take_up@2027"));
    // Yearly: a change per year of the back-test; the ones before and after it stay.
    Scenario y = withFittedValues(s, {"eligibility.take_up", FitShape::Yearly}, 2025, 2027, {0.6, 0.65, 0.7});
    QCOMPARE(y.eligibility.take_up, s.eligibility.take_up);
    const auto& changes = y.dated.at("eligibility.take_up");
    QCOMPARE(int(changes.size()), 5);
    QCOMPARE(std::get<Series>(changes.at(2026)), Series(0.65));
    QCOMPARE(std::get<Series>(changes.at(2027)), Series(0.7));
    QVERIFY(changes.count(2020) && changes.count(2040));
}

void FitTest::calibratedScenario_isValidAndReproducesTheFit()
{
    const Scenario truth = truthScenario();
    Scenario s = withTruthHistory(truth, {H::new_claims, H::beneficiaries, H::benefits});
    const CalibrationResult r = calibrate(
        s, request({"eligibility.take_up", "labour.claimant_exit_factor", "benefits.claimant_wage_ratio"},
                   {"new_claims", "beneficiaries", "benefits"}));
    QVERIFY(!hasErrors(validate(r.calibrated)));
    QVERIFY(r.calibrated.history == s.history);
    // The after back-test is the calibrated scenario's, its errors as small as the fit's.
    for (const auto& c : r.after.columns)
        QVERIFY2(*c.mape < 1e-7, historyColumn(c.column).name.data());
    for (const auto& c : r.before.columns)
        QVERIFY(*c.mape > 1e-3);
    QCOMPARE(int(r.residuals.size()), 60);
    QVERIFY(r.calibrated.sources.at("eligibility.take_up").find("2025-2044 (new_claims, beneficiaries, benefits)") !=
            std::string::npos);
}

QTEST_GUILESS_MAIN(FitTest)
#include "tst_fit.moc"
