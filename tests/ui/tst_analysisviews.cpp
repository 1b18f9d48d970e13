// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The analysis pages other than Monte Carlo: the stress test overlays a recession on the
// baseline with the core's figures, the tornado has one bar pair per assumption sorted by
// spread, a solver's answer applies as one undo step, and a comparison shows only the
// parameters that differ and every scenario's headline figures.

#include "analysis/comparisonchart.h"
#include "analysisdata/comparisonset.h"
#include "analysis/comparisonview.h"
#include "models/headlinecomparisonmodel.h"
#include "models/parameterdiffmodel.h"
#include "analysis/sensitivityview.h"
#include "analysis/solvedialog.h"
#include "analysis/stresschart.h"
#include "analysis/stresstestview.h"
#include "analysis/tornadochart.h"
#include "format/displayformat.h"
#include "document/scenariodocument.h"
#include "core/model/scenariodiff.h"
#include "core/io/scenariofile.h"
#include "core/model/validation.h"
#include "core/analysis/sensitivity.h"
#include "core/analysis/solvers.h"
#include "core/analysis/stresstest.h"

#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>

using namespace tideover;
using namespace tideover::ui;

namespace {

core::Scenario defaultScenario()
{
    return core::loadScenario("builtin:default");
}

double totalRate(const core::Scenario& s)
{
    return s.contributions.employee_rate.at(0) + s.contributions.employer_rate.at(0) +
           s.contributions.government_rate.at(0);
}

QVector<double> barValues(const QCPBars* bars)
{
    QVector<double> values;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        values << it->value;
    return values;
}

} // namespace

class AnalysisViewsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // --- stress test ----------------------------------------------------------------------
    void stress_defaultsAreA2009LikeShockInTheThirdYear()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        StressTestView view(&document);
        const core::RecessionShock shock = view.shock();
        QCOMPARE(shock.startYear, 2028);
        QCOMPARE(shock.rise, 0.03);
        QCOMPARE(shock.monthsToPeak, 12);
        QCOMPARE(shock.monthsToRecover, 24);
        QVERIFY(view.result().has_value());
    }

    void stress_overlayHasBaselineAndStressed_figuresAreTheCores()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        StressTestView view(&document);
        view.setShock(2028, 0.04, 12, 24);
        core::RecessionShock shock;
        shock.startYear = 2028;
        shock.rise = 0.04;
        const core::StressResult expected = core::StressTest(document.scenario()).run(shock);
        StressChart* chart = view.ratioChart();
        QVERIFY(chart->isSeriesShown(chart->baselineSeries()));
        QVERIFY(chart->isSeriesShown(chart->stressedSeries()));
        QCOMPARE(chart->seriesValues(chart->baselineSeries()).size(), 30);
        for (int y = 0; y < 30; ++y) {
            QCOMPARE(chart->seriesValues(chart->baselineSeries())[y], expected.baseline.reserveRatio[y]);
            QCOMPARE(chart->seriesValues(chart->stressedSeries())[y], expected.stressed.reserveRatio[y]);
        }
        QVERIFY(chart->plot()->legend->hasItemWithPlottable(chart->plottable(chart->stressedSeries())));
        StressChart* unemployment = view.unemploymentChart();
        QVERIFY(unemployment->seriesValues(unemployment->stressedSeries())[2] >
                unemployment->seriesValues(unemployment->baselineSeries())[2]);
        // model.md 14.3: 2.72 years (2026) becomes 1.49 years (2029); 41 months covered become 29.
        QCOMPARE(view.figureText("lowest", 0), QStringLiteral("2.72\u00a0years in 2026"));
        QCOMPARE(view.figureText("lowest", 1), QStringLiteral("1.49\u00a0years in 2029"));
        QCOMPARE(view.figureText("covered", 0),
                 QStringLiteral("%1 months").arg(expected.baseline.monthsOfBenefitsCovered, 0, 'f', 2));
        QCOMPARE(view.figureText("covered", 1),
                 QStringLiteral("%1 months").arg(expected.stressed.monthsOfBenefitsCovered, 0, 'f', 2));
        QVERIFY2(view.summaryText().contains(QStringLiteral("covers %1 months of that year's benefits, against %2")
                                                 .arg(expected.stressed.monthsOfBenefitsCovered, 0, 'f', 2)
                                                 .arg(expected.baseline.monthsOfBenefitsCovered, 0, 'f', 2)),
                 qPrintable(view.summaryText()));
        QCOMPARE(view.figureText("depleted", 1), QStringLiteral("never"));
        QVERIFY2(view.summaryText().contains(QStringLiteral("not depleted by 2055")),
                 qPrintable(view.summaryText()));
    }

    void stress_claimsShock_raisesThePeaksAgainstTheBaseline()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        StressTestView view(&document);
        view.setShock(2028, 0.03, 12, 24, 1.5);
        core::RecessionShock shock;
        shock.startYear = 2028;
        shock.rise = 0.03;
        shock.claimsFactor = 1.5;
        const core::StressResult expected = core::StressTest(document.scenario()).run(shock);
        QCOMPARE(view.result()->beneficiaries.stressed, expected.beneficiaries.stressed);
        QVERIFY(expected.beneficiaries.stressed > expected.beneficiaries.baseline);
        QCOMPARE(view.figureText("beneficiaries", 0), format::persons(expected.beneficiaries.baseline));
        QCOMPARE(view.figureText("beneficiaries", 1), format::persons(expected.beneficiaries.stressed));
        QVERIFY(!view.figureText("benefits", 1).isEmpty());
        QVERIFY2(view.summaryText().contains(QStringLiteral("job losses 1.5 times the usual")),
                 qPrintable(view.summaryText()));
        // The claims shock alone is a recession too: more beneficiaries, the same unemployment.
        view.setShock(2028, 0.0, 12, 24, 1.5);
        QVERIFY(view.result()->beneficiaries.stressed > view.result()->beneficiaries.baseline);
        QCOMPARE(view.result()->stressed.monthlyUnemployment[30], view.result()->baseline.monthlyUnemployment[30]);
        // With the dynamic flow model the reading note about steady-state flows goes.
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("stressCaveat"))->isVisibleTo(&view));
        QVERIFY(document.setValue(QStringLiteral("labour.flow_model"), core::ParamValue(std::string("dynamic"))));
        view.show();
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("stressCaveat"))->isVisibleTo(&view));
    }

    // model-spec v4: with worker groups the page offers a group hit harder; its shock is the
    // core's GroupShock, and the report and workbook carry it (ReportOptions::stressGroup).
    void stress_groupHitHarder_isTheCoresGroupShock()
    {
        ScenarioDocument document;
        StressTestView view(&document);
        auto* row = view.findChild<QComboBox*>(QStringLiteral("stressGroup"));
        auto* factor = view.findChild<QDoubleSpinBox*>(QStringLiteral("stressGroupClaims"));
        QVERIFY(row && factor);
        document.reset(defaultScenario());
        QVERIFY(!row->isVisibleTo(&view));  // no groups, no choice
        QVERIFY(view.groupShock().group.empty());

        document.reset(core::loadScenario("builtin:kelora-extension"));
        QVERIFY(row->isVisibleTo(&view));
        QCOMPARE(row->count(), 3);  // none, the main group, the own-account workers
        QCOMPARE(row->itemData(2).toString(), QStringLiteral("own_account"));
        QVERIFY(!factor->isEnabled());
        view.setShock(2029, 0.03, 12, 24, 1.0);
        const core::StressResult plain = *view.result();
        view.setGroupShock({"own_account", 2.0});
        QCOMPARE(view.groupShock().group, std::string("own_account"));
        QCOMPARE(view.groupShock().claimsFactor, 2.0);
        QVERIFY(factor->isEnabled());
        core::RecessionShock shock;
        shock.startYear = 2029;
        shock.rise = 0.03;
        const core::StressResult expected = core::StressTest(document.scenario()).run(shock, {"own_account", 2.0});
        QCOMPARE(view.result()->beneficiaries.stressed, expected.beneficiaries.stressed);
        QCOMPARE(view.result()->stressed.monthsOfBenefitsCovered, expected.stressed.monthsOfBenefitsCovered);
        QVERIFY(expected.beneficiaries.stressed > plain.beneficiaries.stressed);
        QVERIFY2(view.summaryText().contains(QStringLiteral("2 times more again")), qPrintable(view.summaryText()));
        // An edit of the scenario keeps the group chosen; a scenario without it drops it.
        QVERIFY(document.setValue(QStringLiteral("benefits.waiting_days"), core::ParamValue(std::int64_t(5))));
        QCOMPARE(view.groupShock().group, std::string("own_account"));
        document.reset(defaultScenario());
        QVERIFY(view.groupShock().group.empty());
    }

    void stress_depletion_isNamedWithItsMonth()
    {
        ScenarioDocument document;
        core::Scenario s = defaultScenario();
        s.reserve.initial = 1e9;
        document.reset(s);
        StressTestView view(&document);
        view.setShock(2027, 0.08, 3, 18);
        const core::StressResult& r = *view.result();
        QVERIFY(r.stressed.depletionYear.has_value());
        QVERIFY2(view.figureText("depleted", 1).endsWith(QString::number(*r.stressed.depletionYear)),
                 qPrintable(view.figureText("depleted", 1)));
        QVERIFY(view.summaryText().contains(QStringLiteral("The fund is depleted in")));
    }

    void stress_followsTheScenario_staleWhileItHasErrors()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        StressTestView view(&document);
        view.show();
        const double before = view.result()->stressed.reserveRatio[29];
        QVERIFY(document.setValue(QStringLiteral("labour.job_finding_rate"), core::ParamValue(0.5)));
        QVERIFY(view.result()->stressed.reserveRatio[29] != before);
        QVERIFY(document.setValue(QStringLiteral("labour.job_finding_rate"), core::ParamValue(-1.0)));
        QVERIFY(view.ratioChart()->isStale());
        QVERIFY(view.result().has_value());
    }

    // --- sensitivity ----------------------------------------------------------------------
    void tornado_oneBarPairPerAssumption_sortedBySpread()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        SensitivityView view(&document);
        const auto& result = view.result();
        QVERIFY(result.has_value());
        const std::vector<std::string> keys = core::assumptionKeys();
        QCOMPARE(result->rows.size(), keys.size());
        // The same figures as the core's direct call.
        core::SensitivityOptions options;
        options.keys = keys;
        const core::SensitivityResult direct = core::analyseSensitivity(document.scenario(), options);
        QCOMPARE(result->measureBase, direct.measureBase);
        QCOMPARE(result->year, std::optional<int>(2055));

        TornadoChart* chart = view.chart();
        const auto& order = chart->order();
        QCOMPARE(order.size(), keys.size());
        for (std::size_t i = 1; i < order.size(); ++i)
            QVERIFY2(chart->spread(order[i - 1]) >= chart->spread(order[i]),
                     qPrintable(QStringLiteral("row %1").arg(i)));
        QVERIFY(chart->spread(order[0]) > 0);
        // One low and one high bar per row (every variant of the default is valid), the first
        // row on top, each bar from the base value.
        QCOMPARE(chart->lowBars()->dataCount(), int(keys.size()));
        QCOMPARE(chart->highBars()->dataCount(), int(keys.size()));
        QCOMPARE(chart->lowBars()->baseValue(), result->measureBase); // bars hold the effects
        const QVector<double> lows = barValues(chart->lowBars());
        const QVector<double> highs = barValues(chart->highBars());
        const int n = int(keys.size());
        for (int i = 0; i < n; ++i) {
            // Bars are keyed n .. 1 from the top; data are sorted by key, so row i is at n-1-i.
            const auto& row = result->rows[std::size_t(order[std::size_t(i)])];
            QCOMPARE(lows[n - 1 - i], row.measureLow - result->measureBase);
            QCOMPARE(highs[n - 1 - i], row.measureHigh - result->measureBase);
            QCOMPARE(direct.rows[std::size_t(order[std::size_t(i)])].measureHigh, row.measureHigh);
        }
        auto ticker = qSharedPointerCast<QCPAxisTickerText>(chart->plot()->yAxis->ticker());
        QCOMPARE(ticker->ticks().value(double(n)),
                 QString::fromStdString(result->rows[std::size_t(order[0])].label));
        // The table lists the rows in the same order.
        QCOMPARE(view.table()->rowCount(), n);
        QCOMPARE(view.table()->item(0, 0)->text(),
                 QString::fromStdString(result->rows[std::size_t(order[0])].label));

        // Pointing at the top row reads it out.
        chart->setHoverRow(0);
        QVERIFY(chart->readoutText().startsWith(
            QString::fromStdString(result->rows[std::size_t(order[0])].label)));
    }

    // A row without effect still says so (issue 16: the rows of inflation and transfers showed no
    // bar and no label). In Viet Nam's scenario transfers are 0, which a change by a share of
    // itself leaves at 0: "not varied"; no threshold there follows prices, so inflation changes
    // nothing: "no effect". Each gets a label at the base line, the read-out says why, and the
    // note under the table lists them; a row with an effect has no such label.
    void tornado_rowsWithoutEffect_sayWhy()
    {
        ScenarioDocument document;
        document.reset(core::loadScenario("builtin:vietnam"));
        SensitivityView view(&document);
        QVERIFY(view.result().has_value());
        const core::SensitivityResult& result = *view.result();
        TornadoChart* chart = view.chart();
        const auto& order = chart->order();
        const int n = int(order.size());
        // The position (top first) of a key's row.
        const auto positionOf = [&](const std::string& key) {
            for (int i = 0; i < n; ++i)
                if (result.rows[std::size_t(order[std::size_t(i)])].key == key)
                    return i;
            return -1;
        };
        // The "no effect" labels by the row they stand on.
        QMap<int, QString> labels;
        for (int i = 0; i < chart->plot()->itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(chart->plot()->item(i)); text && text->objectName() == "noEffect") {
                QCOMPARE(text->position->coords().x(), result.measureBase);
                labels.insert(n - int(std::lround(text->position->coords().y())), text->text());
            }
        const struct {
            const char* key;
            const char* label;
            const char* reason;
        } cases[] = {
            {"reserve.transfers", "not varied", "not varied: a change by a share of itself leaves this value as it is"},
            {"economy.inflation", "no effect", "no effect on this measure"},
        };
        for (const auto& c : cases) {
            const int position = positionOf(c.key);
            QVERIFY2(position >= 0, c.key);
            const auto& row = result.rows[std::size_t(order[std::size_t(position)])];
            QCOMPARE(row.measureLow, result.measureBase);
            QCOMPARE(row.measureHigh, result.measureBase);
            QCOMPARE(chart->spread(order[std::size_t(position)]), 0.0);
            QCOMPARE(labels.value(position), QString::fromLatin1(c.label));
            chart->setHoverRow(position);
            QVERIFY2(chart->readoutText().contains(QLatin1String(c.reason)), qPrintable(chart->readoutText()));
        }
        QCOMPARE(labels.value(0), QString());  // the top row has the largest effect
        QVERIFY(chart->spread(order[0]) > 0);
        const QString notes = view.findChild<QLabel*>(QStringLiteral("sensitivityNotes"))->text();
        QVERIFY2(notes.contains(QRegularExpression(QStringLiteral("leaves the value as it is \\(a value of 0 stays 0\\): [^.]*Transfers"))),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QRegularExpression(QStringLiteral("No effect on this measure: [^.]*Inflation"))), qPrintable(notes));
    }

    void tornado_measureAndChange_fromTheForm()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        SensitivityView view(&document);
        view.measureBox()->setCurrentIndex(
            view.measureBox()->findData(int(core::SensitivityMeasure::break_even_rate)));
        QCOMPARE(view.result()->measure, core::SensitivityMeasure::break_even_rate);
        QVERIFY(std::abs(view.result()->measureBase - *core::breakEvenRate(document.scenario())) < 1e-9);
        view.changeBox()->setValue(20);
        const auto& row = view.result()->rows.front();
        const double base = std::get<double>(core::findParameter(row.key)->get(document.scenario()));
        QVERIFY2(std::abs(std::get<double>(row.high) -
                          std::min(base * 1.2, core::findParameter(row.key)->range.max)) < 1e-9,
                 row.key.c_str());
        view.keysBox()->setCurrentIndex(1);
        QCOMPARE(view.result()->rows.size(), core::policyKeys().size());
        // The depletion year of a fund never depleted: no bar has length, and the note says why.
        view.keysBox()->setCurrentIndex(0);
        view.measureBox()->setCurrentIndex(
            view.measureBox()->findData(int(core::SensitivityMeasure::depletion_year)));
        QVERIFY(std::isnan(view.result()->measureBase));
        QVERIFY(view.chart()->noteText().contains(QStringLiteral("not depleted")));
    }

    void horizonChange_movesTheYearsOfTheForms()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        SensitivityView sensitivity(&document);
        StressTestView stress(&document);
        sensitivity.show();
        stress.show();
        QVERIFY(document.setValue(QStringLiteral("projection.years"), core::ParamValue(std::int64_t(20))));
        QCOMPARE(sensitivity.yearBox()->maximum(), 2045);
        QCOMPARE(sensitivity.result()->year, std::optional<int>(2045)); // the last year follows the horizon
        QCOMPARE(stress.shock().startYear, 2028);                       // still inside: kept
        QCOMPARE(stress.ratioChart()->yearCount(), 20);
        QVERIFY(
            document.setValue(QStringLiteral("projection.start_year"), core::ParamValue(std::int64_t(2040))));
        QCOMPARE(stress.shock().startYear, 2042); // outside the new horizon: its third year
        QCOMPARE(sensitivity.result()->year, std::optional<int>(2059));
    }

    // A file's 2147483647 projection years make the scenario invalid; the analysis forms keep
    // the last valid horizon (its years were added to the start year, a signed overflow that
    // UBSan found in tst_untrustedfiles, and the forms got an empty range).
    void invalidHorizon_keepsTheFormsOnTheLastValidOne()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        SensitivityView sensitivity(&document);
        StressTestView stress(&document);
        sensitivity.show();
        stress.show();
        auto* start = stress.findChild<QSpinBox*>(QStringLiteral("stressStart"));
        QVERIFY(start);
        QVERIFY(document.setValue(QStringLiteral("projection.years"), core::ParamValue(std::int64_t(2147483647))));
        QVERIFY(core::hasErrors(document.problems()));
        QCOMPARE(sensitivity.yearBox()->minimum(), 2026);
        QCOMPARE(sensitivity.yearBox()->maximum(), 2055);
        QCOMPARE(start->minimum(), 2026);
        QCOMPARE(start->maximum(), 2055);
        QCOMPARE(stress.shock().startYear, 2028);
        document.undoStack()->undo();
        QVERIFY(document.setValue(QStringLiteral("projection.years"), core::ParamValue(std::int64_t(20))));
        QCOMPARE(sensitivity.yearBox()->maximum(), 2045);
        QCOMPARE(start->maximum(), 2045);
    }

    // --- solvers ----------------------------------------------------------------------------
    void solveContribution_applyIsOneUndoStep_splitAsToday()
    {
        ScenarioDocument document;
        core::Scenario s = defaultScenario();
        s.contributions.employee_rate = core::Series(0.005);
        s.contributions.employer_rate = core::Series(0.015); // 1 : 3
        document.reset(s);
        const core::Scenario before = document.scenario();
        SolveDialog dialog(&document, SolveDialog::Question::ContributionRate);
        const std::optional<double> solved = core::rateKeepingTargetEveryYear(before);
        QVERIFY(solved && dialog.answer());
        // Shown and applied rounded up to 0.001 points: never below the solver's answer.
        QVERIFY(*dialog.answer() >= *solved && *dialog.answer() - *solved < 1e-5);
        QVERIFY2(dialog.answerText().contains(
                     QStringLiteral("keeps the reserve ratio at or above 1.00\u00a0years in every year to 2055")),
                 qPrintable(dialog.answerText()));
        QVERIFY2(dialog.applyExplanation().contains(QStringLiteral("25 : 75")),
                 qPrintable(dialog.applyExplanation()));
        const int steps = document.undoStack()->count();
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QVERIFY(
            document.undoStack()->undoText().startsWith(QStringLiteral("Apply solved contribution rate")));
        const core::Scenario& after = document.scenario();
        QVERIFY(std::abs(totalRate(after) - *dialog.answer()) < 1e-15);
        QVERIFY(std::abs(after.contributions.employer_rate.at(0) -
                         3 * after.contributions.employee_rate.at(0)) < 1e-15);
        // The answer does what it says: the reserve ratio stays at the target every year.
        const core::ProjectionResult& r = *document.result();
        for (int y = 0; y < r.years; ++y)
            QVERIFY(r.at(y, core::Column::reserve_ratio) >= after.projection.target_reserve_ratio - 1e-9);
        document.undoStack()->undo();
        QCOMPARE(document.scenario(), before);
        QVERIFY(!document.isModified());
    }

    void solveContribution_reserveBand_switchesToFixedWhenAsked()
    {
        ScenarioDocument document;
        core::Scenario s = defaultScenario();
        s.financing.rule = core::FinancingRule::ReserveBand;
        document.reset(s);
        SolveDialog dialog(&document, SolveDialog::Question::ContributionRate);
        QVERIFY(dialog.fixedRuleBox());
        QVERIFY(dialog.fixedRuleBox()->isChecked());
        dialog.applyButton()->click();
        QCOMPARE(document.scenario().financing.rule, core::FinancingRule::Fixed);
        QCOMPARE(document.undoStack()->count(), 1);
    }

    void solveReplacement_applySetsOneRateForEveryMonth()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        SolveDialog dialog(&document, SolveDialog::Question::ReplacementRate);
        const std::optional<double> solved = core::maximumReplacementRate(document.scenario());
        QVERIFY(solved && dialog.answer());
        QVERIFY(*dialog.answer() <= *solved && *solved - *dialog.answer() < 1e-4);
        // model.md 14.5: 97.4 %; shown to 0.01 points, rounded down so it is still financed.
        QVERIFY2(dialog.answerText().contains(QStringLiteral("<b>97.39 %</b>")),
                 qPrintable(dialog.answerText()));
        dialog.applyButton()->click();
        QCOMPARE(document.scenario().benefits.replacement_rates, std::vector<double>{*dialog.answer()});
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.scenario(), defaultScenario());
    }

    void solve_noAnswer_isExplained_applyDisabled()
    {
        ScenarioDocument document;
        core::Scenario s = defaultScenario();
        s.reserve.initial = -1e16; // a debt no rate can repay
        document.reset(s);
        SolveDialog dialog(&document, SolveDialog::Question::ContributionRate);
        QVERIFY(!dialog.answer());
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY2(dialog.answerText().contains(QStringLiteral("<b>No</b> total contribution rate")),
                 qPrintable(dialog.answerText()));
        SolveDialog replacement(&document, SolveDialog::Question::ReplacementRate);
        QVERIFY(!replacement.answer());
        QVERIFY(replacement.answerText().contains(QStringLiteral("even with no benefit at all")));
    }

    void splitTotalRate_keepsGovernment_scalesAllWhenGovernmentExceeds()
    {
        core::Scenario s = defaultScenario();
        s.contributions.employee_rate = core::Series({0.01, 0.012});
        s.contributions.employer_rate = core::Series(0.02);
        s.contributions.government_rate = core::Series(0.005);
        const core::Scenario a = SolveDialog::withTotalContributionRate(s, 0.035, false);
        QCOMPARE(a.contributions.government_rate, core::Series(0.005));
        QVERIFY(std::abs(a.contributions.employee_rate.at(0) - 0.01) < 1e-15);
        QVERIFY(std::abs(a.contributions.employer_rate.at(0) - 0.02) < 1e-15);
        QCOMPARE(a.contributions.employee_rate.values.size(), std::size_t(1)); // flat from now on
        const core::Scenario b = SolveDialog::withTotalContributionRate(s, 0.0035, false);
        QVERIFY(std::abs(totalRate(b) - 0.0035) < 1e-15);
        QVERIFY(std::abs(b.contributions.government_rate.at(0) - 0.0005) < 1e-15);
    }

    // --- comparison -------------------------------------------------------------------------
    void comparison_twoPinned_diffOnlyDifferingKeys_headlineShowsBoth()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        ComparisonView view(&document);
        QAbstractItemModelTester headlineTester(view.headlineModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester diffTester(view.diffModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.findChild<QCheckBox*>(QStringLiteral("includeCurrent"))->setChecked(false);
        QVERIFY(view.pinBuiltin(QStringLiteral("default")));
        QVERIFY(document.setValue(QStringLiteral("labour.job_finding_rate"), core::ParamValue(0.3)));
        QVERIFY(document.setValue(QStringLiteral("contributions.employer_rate"),
                                  core::ParamValue(core::Series(0.015))));
        QVERIFY(view.pinCurrent());
        QCOMPARE(view.set()->count(), 2);

        ParameterDiffModel* diff = view.diffModel();
        QCOMPARE(diff->columnCount(), 2);
        QCOMPARE(diff->keys(), (QStringList{QStringLiteral("labour.job_finding_rate"),
                                            QStringLiteral("contributions.employer_rate")}));
        QCOMPARE(diff->index(0, 0).data().toString(), QStringLiteral("35 %"));
        QCOMPARE(diff->index(0, 1).data().toString(), QStringLiteral("30 %"));
        QVERIFY(diff->index(0, 1).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!diff->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(diff->headerData(0, Qt::Vertical).toString(), QStringLiteral("Job-finding rate"));

        HeadlineComparisonModel* headline = view.headlineModel();
        QCOMPARE(headline->columnCount(), 2);
        QCOMPARE(headline->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), view.set()->at(0).name);
        QCOMPARE(headline->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), view.set()->at(1).name);
        QCOMPARE(headline->headerData(1, Qt::Horizontal).toString().replace('\n', ' '),
                 view.set()->at(1).name);
        const core::ProjectionResult a = core::project(defaultScenario());
        const core::ProjectionResult b = core::project(document.scenario());
        QCOMPARE(headline->index(HeadlineComparisonModel::BreakEven, 0).data(Qt::UserRole).toDouble(),
                 *a.summary.breakEvenRate);
        QCOMPARE(headline->index(HeadlineComparisonModel::BreakEven, 1).data(Qt::UserRole).toDouble(),
                 *b.summary.breakEvenRate);
        QCOMPARE(headline->index(HeadlineComparisonModel::Depletion, 0).data().toString(),
                 QStringLiteral("never"));

        // The chart has a line per scenario.
        QCOMPARE(view.chart()->seriesCount(), 2);
        QCOMPARE(view.chart()->seriesValues(1).size(), 30);
        QCOMPARE(view.chart()->seriesValues(1).back(), b.at(29, core::Column::reserve_ratio));

        // With the scenario being edited: three columns; it equals the snapshot, so the diff stays.
        view.findChild<QCheckBox*>(QStringLiteral("includeCurrent"))->setChecked(true);
        QCOMPARE(headline->columnCount(), 3);
        QCOMPARE(diff->columnCount(), 3);
        QCOMPARE(diff->rowCount(), 2);
        QCOMPARE(view.chart()->seriesCount(), 3);
        // An edit of the current scenario shows at once; the snapshot keeps its values.
        QVERIFY(
            document.setValue(QStringLiteral("benefits.waiting_days"), core::ParamValue(std::int64_t(14))));
        QCOMPARE(diff->rowCount(), 3);
        QCOMPARE(view.set()->at(1).scenario.benefits.waiting_days, std::int64_t(7));
    }

    // Paths and seed say how the Risk page runs, not what the scheme is: two scenarios that
    // differ only in them show no differing parameter.
    void comparison_runSettingsOnly_showNoDifference()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        ComparisonView view(&document);
        QAbstractItemModelTester diffTester(view.diffModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.findChild<QCheckBox*>(QStringLiteral("includeCurrent"))->setChecked(false);
        QVERIFY(view.pinBuiltin(QStringLiteral("default")));
        QVERIFY(document.setValue(QStringLiteral("stochastic.paths"), core::ParamValue(std::int64_t(2500))));
        QVERIFY(document.setValue(QStringLiteral("stochastic.seed"), core::ParamValue(std::uint64_t(99))));
        QVERIFY(!document.isModified());
        QVERIFY(view.pinCurrent());
        QCOMPARE(view.set()->count(), 2);
        QVERIFY(view.set()->at(0).scenario.stochastic.paths != view.set()->at(1).scenario.stochastic.paths);
        QCOMPARE(view.diffModel()->rowCount(), 0);
        // A design change still shows, alone.
        QVERIFY(document.setValue(QStringLiteral("benefits.waiting_days"), core::ParamValue(std::int64_t(14))));
        view.findChild<QCheckBox*>(QStringLiteral("includeCurrent"))->setChecked(true);
        QCOMPARE(view.diffModel()->keys(), QStringList{QStringLiteral("benefits.waiting_days")});
    }

    // The pins survive the session: a set with a storage folder writes every change, and the
    // next session's set takes them back, with their names, scenarios and the "include the
    // current scenario" choice. A damaged store loses nothing of the session and says so.
    void comparison_pinsAreKeptForTheNextSession()
    {
        QTemporaryDir store;
        const QString folder = store.filePath(QStringLiteral("pinned"));
        core::Scenario variant = core::loadScenario("builtin:default");
        variant.benefits.waiting_days = 3;
        {
            ScenarioDocument document;
            document.reset(core::loadScenario("builtin:default"));
            ComparisonSet set(&document);
            QCOMPARE(set.setStorageFolder(folder), QString());  // nothing stored yet
            QVERIFY(set.pinBuiltin(QStringLiteral("thailand")));
            QVERIFY(set.pin(QStringLiteral("Waiting 3 days"), QString(), variant));
            QVERIFY(set.pin(QStringLiteral("Dropped"), QString(), variant));
            set.remove(2);
            set.rename(1, QStringLiteral("Option B"));
            set.setIncludesCurrent(false);
        }
        ScenarioDocument document;
        document.reset(core::loadScenario("builtin:default"));
        {
            ComparisonSet next(&document);
            QCOMPARE(next.setStorageFolder(folder), QString());
            QCOMPARE(next.count(), 2);
            QCOMPARE(next.at(0).origin, QStringLiteral("builtin:thailand"));
            QCOMPARE(next.at(0).scenario, core::loadScenario("builtin:thailand"));
            QCOMPARE(next.at(1).name, QStringLiteral("Option B"));
            QCOMPARE(next.at(1).scenario, variant);
            QVERIFY(!next.includesCurrent());
            QCOMPARE(int(next.compared().size()), 2);
            // The stale file of the removed pin is gone.
            QCOMPARE(QDir(folder).entryList({QStringLiteral("pin-*.tideover")}).size(), 2);
        }

        // One pin's file damaged, and one entry pointing out of the folder: the others come back.
        QFile damaged(QDir(folder).filePath(QStringLiteral("pin-2.tideover")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("<?xml version=\"1.0\"?><nonsense>");
        damaged.close();
        {
            ComparisonSet next(&document);
            const QString message = next.setStorageFolder(folder);
            QVERIFY2(message.contains(QStringLiteral("Option B")), qPrintable(message));
            QCOMPARE(next.count(), 1);
        }
        QFile index(QDir(folder).filePath(QStringLiteral("pins.json")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write(R"({"version": 1, "pins": [{"name": "Escape", "file": "../../etc/passwd"}]})");
        index.close();
        {
            ComparisonSet next(&document);
            QVERIFY(next.setStorageFolder(folder).contains(QStringLiteral("Escape")));
            QCOMPARE(next.count(), 0);
        }
        // Not JSON at all: said, and the store is rewritten on the next change.
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("\x01\x02 garbage");
        index.close();
        {
            ComparisonSet next(&document);
            QVERIFY(!next.setStorageFolder(folder).isEmpty());
            QCOMPARE(next.count(), 0);
            QVERIFY(next.pinBuiltin(QStringLiteral("malaysia")));
        }
        ComparisonSet last(&document);
        QCOMPARE(last.setStorageFolder(folder), QString());
        QCOMPARE(last.count(), 1);
    }

    void comparison_removeButton_removesThatScenario()
    {
        ScenarioDocument document;
        document.reset(defaultScenario());
        ComparisonView view(&document);
        view.show();
        QVERIFY(view.pinBuiltin(QStringLiteral("default")));
        QVERIFY(view.pinCurrent());
        QCOMPARE(view.set()->count(), 2);
        QCOMPARE(view.set()->at(1).name.left(4), view.set()->at(0).name.left(4)); // distinct names
        QVERIFY(view.set()->at(0).name != view.set()->at(1).name);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the rows of earlier lists
        const auto buttons = view.pinnedArea()->findChildren<QToolButton*>(QStringLiteral("removePinned"));
        QCOMPARE(buttons.size(), 2);
        const QString kept = view.set()->at(1).name;
        buttons[0]->click();
        QTRY_COMPARE(view.set()->count(), 1);
        QCOMPARE(view.set()->at(0).name, kept);
        QCOMPARE(view.chart()->seriesCount(), 2); // the current scenario and the one left
    }

    void comparison_pinFile_andRefusesAScenarioWithErrors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("higher rate.tideover"));
        core::Scenario s = defaultScenario();
        s.contributions.employee_rate = core::Series(0.02);
        core::saveScenarioFile(s, path.toStdString());
        ScenarioDocument document;
        document.reset(defaultScenario());
        ComparisonSet set(&document);
        QVERIFY(set.pinFile(path));
        QCOMPARE(set.at(0).name, QStringLiteral("higher rate"));
        QCOMPARE(set.at(0).origin, path);
        QString error;
        core::Scenario bad = defaultScenario();
        bad.labour.job_finding_rate = -1;
        QVERIFY(!set.pin(QStringLiteral("bad"), {}, bad, &error));
        QVERIFY2(error.contains(QStringLiteral("has errors")), qPrintable(error));
        QCOMPARE(set.count(), 1);
        QVERIFY(!set.pinFile(dir.filePath(QStringLiteral("missing.tideover")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(AnalysisViewsTest)
#include "tst_analysisviews.moc"
