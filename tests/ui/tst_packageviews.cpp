// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The protection package in the GUI (model-spec v5, issue 15): the Package tab of the results
// (shown only for a scenario with a package; its cost chart stacks the payers up to the package
// cost, in money, over insured wages or over GDP; its table splits the cost by part and payer)
// and the Worker's view page (its table and headline figures are core::workerView's; a case
// outside the model shows the core's message and no figures).

#include "analysis/workercaseview.h"
#include "analysis/workerincomechart.h"
#include "charts/packagecostchart.h"
#include "charts/packagecoveragechart.h"
#include "charts/packageview.h"
#include "charts/resultsview.h"
#include "core/engine/package.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "format/language.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <cmath>

using namespace tideover;
using core::PackageColumn;
using ui::PackageCostChart;
using ui::PackageView;

namespace {

bool near(double a, double b, double relative = 1e-9)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= relative * std::max({std::abs(a), std::abs(b), 1e-300});
}

struct Fixture {
    ui::ScenarioDocument document;
    ui::ResultsView view{&document};
    explicit Fixture(const QString& builtin) { document.reset(ui::loadBuiltinScenario(builtin)); }
    PackageView* package() const { return view.packageView(); }
};

} // namespace

class PackageViewsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { ui::applyLanguage(QStringLiteral("en")); }

    void packageTab_showsOnlyWithAPackage_data();
    void packageTab_showsOnlyWithAPackage();
    void packageTab_followsEdits();
    void costChart_stackTopIsPackageCost_data();
    void costChart_stackTopIsPackageCost();
    void costChart_ratiosDivideByWagesAndGdp_data();
    void costChart_ratiosDivideByWagesAndGdp();
    void costChart_gdpChoiceNeedsGdp();
    void coverageChart_showsTheParts();
    void table_partsByPayerAddUp();

    void workerView_defaultsFromScenario();
    void workerView_tableMatchesCore_data();
    void workerView_tableMatchesCore();
    void workerView_badInputShowsMessage_data();
    void workerView_badInputShowsMessage();
    void workerView_staleScenarioKeepsLastFigures();
};

void PackageViewsTest::packageTab_showsOnlyWithAPackage_data()
{
    QTest::addColumn<QString>("builtin");
    QTest::addColumn<bool>("shown");
    QTest::newRow("kelora: insurance alone") << QStringLiteral("kelora") << false;
    QTest::newRow("default") << QStringLiteral("default") << false;
    QTest::newRow("kelora-insurance-severance") << QStringLiteral("kelora-insurance-severance") << true;
}

void PackageViewsTest::packageTab_showsOnlyWithAPackage()
{
    QFETCH(QString, builtin);
    QFETCH(bool, shown);
    Fixture f(builtin);
    QTabWidget* tabs = f.view.tabs();
    const int index = tabs->indexOf(f.package());
    QVERIFY(index >= 0);
    QCOMPARE(tabs->isTabVisible(index), shown);
    QCOMPARE(f.document.packageResult() != nullptr, shown);
    QCOMPARE(core::hasPackage(f.document.scenario()), shown);
}

void PackageViewsTest::packageTab_followsEdits()
{
    Fixture f(QStringLiteral("kelora"));
    QTabWidget* tabs = f.view.tabs();
    const int index = tabs->indexOf(f.package());
    QVERIFY(!tabs->isTabVisible(index));
    QVERIFY(f.document.setValue(QStringLiteral("severance.formula"), core::ParamValue(std::string("per_year"))));
    QVERIFY(tabs->isTabVisible(index));
    QVERIFY(f.document.packageResult());
    f.document.undoStack()->undo();
    QVERIFY(!tabs->isTabVisible(index));
    QVERIFY(!f.document.packageResult());
}

void PackageViewsTest::costChart_stackTopIsPackageCost_data()
{
    QTest::addColumn<QString>("builtin");
    QTest::newRow("kelora-insurance-severance") << QStringLiteral("kelora-insurance-severance");
    QTest::newRow("kelora-severance-offset") << QStringLiteral("kelora-severance-offset");
    QTest::newRow("vietnam") << QStringLiteral("vietnam");
}

void PackageViewsTest::costChart_stackTopIsPackageCost()
{
    QFETCH(QString, builtin);
    Fixture f(builtin);
    QVERIFY2(core::hasPackage(f.document.scenario()), qPrintable(builtin));
    const core::PackageResult expected = core::projectPackage(f.document.scenario());
    PackageCostChart* chart = f.package()->costChart();
    QCOMPARE(chart->unit(), PackageCostChart::Unit::Money);
    QCOMPARE(chart->yearCount(), expected.years);
    QCOMPARE(chart->firstYear(), expected.startYear);
    const int series[] = {chart->employersSeries(), chart->workersSeries(), chart->stateSeries()};
    for (int s : series)
        QCOMPARE(chart->seriesSpec(s).stack, 0);  // one stack: the three payers on each other
    for (int y = 0; y < expected.years; ++y) {
        double top = 0;
        for (int s : series)
            top += chart->seriesValues(s).at(y);
        const double cost = expected.at(y, PackageColumn::package_cost);
        QVERIFY2(near(top, cost), qPrintable(QStringLiteral("%1 %2: stack %3, package_cost %4")
                                                 .arg(builtin).arg(expected.startYear + y)
                                                 .arg(top, 0, 'g', 17).arg(cost, 0, 'g', 17)));
        // And the bars drawn are those values.
        double drawn = 0;
        for (int s : series) {
            auto* bars = qobject_cast<QCPBars*>(chart->plottable(s));
            QVERIFY(bars);
            drawn += bars->data()->at(y)->value;
        }
        QVERIFY(near(drawn, cost));
    }
}

void PackageViewsTest::costChart_ratiosDivideByWagesAndGdp_data()
{
    QTest::addColumn<int>("unit");
    QTest::newRow("insured wages") << int(PackageCostChart::Unit::Wages);
    QTest::newRow("GDP") << int(PackageCostChart::Unit::Gdp);
}

void PackageViewsTest::costChart_ratiosDivideByWagesAndGdp()
{
    QFETCH(int, unit);
    Fixture f(QStringLiteral("kelora-insurance-severance"));
    if (!(f.document.scenario().economy.gdp > 0))
        QVERIFY(f.document.setValue(QStringLiteral("economy.gdp"), core::ParamValue(2.5e12)));
    const core::PackageResult expected = core::projectPackage(f.document.scenario());
    f.package()->setUnit(PackageCostChart::Unit(unit));
    PackageCostChart* chart = f.package()->costChart();
    QCOMPARE(int(chart->unit()), unit);
    QCOMPARE(f.package()->unitSelector()->currentData().toInt(), unit);
    const PackageColumn by = unit == int(PackageCostChart::Unit::Gdp) ? PackageColumn::gdp : PackageColumn::wage_bill;
    const PackageColumn ratio = unit == int(PackageCostChart::Unit::Gdp) ? PackageColumn::package_cost_to_gdp
                                                                         : PackageColumn::package_cost_to_wages;
    for (int s : {chart->employersSeries(), chart->workersSeries(), chart->stateSeries()})
        QCOMPARE(chart->seriesSpec(s).unit, ui::ResultUnit::Percent);
    const PackageColumn payers[] = {PackageColumn::employers_cost, PackageColumn::workers_cost,
                                    PackageColumn::state_cost};
    const int series[] = {chart->employersSeries(), chart->workersSeries(), chart->stateSeries()};
    for (int y = 0; y < expected.years; ++y) {
        const double denominator = expected.at(y, by);
        QVERIFY(denominator > 0);
        double top = 0;
        for (int p = 0; p < 3; ++p) {
            const double shown = chart->seriesValues(series[p]).at(y);
            QVERIFY2(near(shown, expected.at(y, payers[p]) / denominator),
                     qPrintable(QStringLiteral("%1: %2 against %3 / %4").arg(expected.startYear + y).arg(shown)
                                    .arg(expected.at(y, payers[p])).arg(denominator)));
            top += shown;
        }
        QVERIFY(near(top, expected.at(y, ratio)));
    }
    // Back to money: the values are the money figures again.
    f.package()->setUnit(PackageCostChart::Unit::Money);
    QVERIFY(near(chart->seriesValues(chart->stateSeries()).at(0), expected.at(0, PackageColumn::state_cost)));
    QCOMPARE(chart->seriesSpec(chart->stateSeries()).unit, ui::ResultUnit::Money);
}

void PackageViewsTest::costChart_gdpChoiceNeedsGdp()
{
    Fixture f(QStringLiteral("kelora-insurance-severance"));
    QVERIFY(f.document.setValue(QStringLiteral("economy.gdp"), core::ParamValue(0.0)));
    QComboBox* units = f.package()->unitSelector();
    auto* model = qobject_cast<QStandardItemModel*>(units->model());
    QVERIFY(model);
    const int gdp = units->findData(int(PackageCostChart::Unit::Gdp));
    QVERIFY(!model->item(gdp)->isEnabled());
    QVERIFY(f.document.setValue(QStringLiteral("economy.gdp"), core::ParamValue(2.5e12)));
    QVERIFY(model->item(gdp)->isEnabled());
    f.package()->setUnit(PackageCostChart::Unit::Gdp);
    // GDP taken away while it is shown: back to money rather than an empty chart.
    QVERIFY(f.document.setValue(QStringLiteral("economy.gdp"), core::ParamValue(0.0)));
    QCOMPARE(f.package()->costChart()->unit(), PackageCostChart::Unit::Money);
    QVERIFY(std::isfinite(f.package()->costChart()->seriesValues(0).at(0)));
}

void PackageViewsTest::coverageChart_showsTheParts()
{
    Fixture f(QStringLiteral("kelora-insurance-severance"));
    const core::Scenario& s = f.document.scenario();
    const core::PackageResult expected = core::projectPackage(s);
    ui::PackageCoverageChart* chart = f.package()->coverageChart();
    // One chart at a time: the cost first; the unit is the cost's, so it rests with the shares.
    QCOMPARE(f.package()->shownChart(), 0);
    QVERIFY(f.package()->unitSelector()->isEnabledTo(f.package()));
    f.package()->showChart(1);
    QCOMPARE(f.package()->shownChart(), 1);
    QCOMPARE(f.package()->chartSelector()->currentIndex(), 1);
    QVERIFY(!f.package()->unitSelector()->isEnabledTo(f.package()));
    QVERIFY(chart->isSeriesShown(chart->insuranceSeries()));
    QVERIFY(chart->isSeriesShown(chart->anySeries()));
    QCOMPARE(chart->isSeriesShown(chart->severanceSeries()), core::hasSeverance(s));
    QCOMPARE(chart->isSeriesShown(chart->savingsSeries()), core::hasSavings(s));
    QCOMPARE(chart->isSeriesShown(chart->assistanceSeries()), core::hasAssistance(s));
    for (int y = 0; y < expected.years; ++y) {
        QVERIFY(near(chart->seriesValues(chart->insuranceSeries()).at(y),
                     expected.at(y, PackageColumn::insurance_coverage)));
        QVERIFY(near(chart->seriesValues(chart->anySeries()).at(y), expected.at(y, PackageColumn::any_coverage)));
        if (core::hasSeverance(s))
            QVERIFY(near(chart->seriesValues(chart->severanceSeries()).at(y),
                         expected.at(y, PackageColumn::severance_coverage)));
    }
}

void PackageViewsTest::table_partsByPayerAddUp()
{
    Fixture f(QStringLiteral("kelora-insurance-severance"));
    // Every part on, so that each row of the table has figures.
    for (const auto& [key, value] : std::initializer_list<std::pair<const char*, core::ParamValue>>{
             {"savings.accounts", core::ParamValue(std::string("individual"))},
             {"savings.solidarity_rate", core::ParamValue(0.002)},
             {"savings.solidarity_state", core::ParamValue(1.0e8)},
             {"assistance.benefit", core::ParamValue(std::string("flat"))},
             {"assistance.amount", core::ParamValue(1500.0)}})
        QVERIFY2(f.document.setValue(QString::fromLatin1(key), value), key);
    QVERIFY(!f.document.isResultStale());
    const core::PackageResult expected = core::projectPackage(f.document.scenario());
    PackageView* view = f.package();
    const int year = expected.startYear + 3;
    view->setYear(year);
    QCOMPARE(view->yearSelector()->currentData().toInt(), year);
    const auto at = [&](PackageColumn c) { return expected.at(3, c); };
    using P = PackageView;
    QVERIFY(near(view->value(P::Insurance, P::Employers), at(PackageColumn::insurance_employers)));
    QVERIFY(near(view->value(P::Insurance, P::AllPayers), at(PackageColumn::insurance_cost)));
    QVERIFY(near(view->value(P::Severance, P::Employers), at(PackageColumn::severance_cost)));
    QVERIFY(near(view->value(P::Severance, P::AllPayers), at(PackageColumn::severance_cost)));
    QVERIFY(near(view->value(P::Assistance, P::State), at(PackageColumn::assistance_cost)));
    QVERIFY(near(view->value(P::Savings, P::AllPayers), at(PackageColumn::savings_cost)));
    QVERIFY(near(view->value(P::Savings, P::State), f.document.scenario().savings.solidarity_state.at(3), 1e-6));
    QVERIFY(near(view->value(P::Total, P::AllPayers), at(PackageColumn::package_cost)));
    // Rows add up to the payers' totals, columns to the parts' costs.
    for (int q = P::Employers; q <= P::State; ++q) {
        double sum = 0;
        for (int p = P::Insurance; p < P::Total; ++p)
            sum += view->value(P::Part(p), P::Payer(q));
        QVERIFY(near(sum, view->value(P::Total, P::Payer(q)), 1e-9));
    }
    double parts = 0;
    for (int p = P::Insurance; p < P::Total; ++p)
        parts += view->value(P::Part(p), P::AllPayers);
    QVERIFY(near(parts, at(PackageColumn::package_cost), 1e-9));
    // The table shows the figures in the one number style.
    const QString currency = f.document.currency();
    QCOMPARE(view->table()->item(P::Total, P::AllPayers)->text(),
             ui::format::money(at(PackageColumn::package_cost), currency, true));
    view->setUnit(PackageCostChart::Unit::Wages);
    QVERIFY(near(view->value(P::Total, P::AllPayers), at(PackageColumn::package_cost_to_wages)));
    QCOMPARE(view->table()->item(P::Total, P::AllPayers)->text(),
             ui::format::rate(at(PackageColumn::package_cost_to_wages)));
}

void PackageViewsTest::workerView_defaultsFromScenario()
{
    ui::ScenarioDocument document;
    document.reset(ui::loadBuiltinScenario(QStringLiteral("kelora-severance-offset")));
    ui::WorkerCaseView view(&document);
    const core::Scenario& s = document.scenario();
    const double mean = s.benefits.claimant_wage_ratio.at(0) * s.wages.average_monthly;
    QVERIFY(std::abs(view.wageBox()->value() - mean) <= 0.005 * mean);  // three digits
    QCOMPARE(view.wageBox()->value(), ui::WorkerCaseView::defaultWage(s));
    QCOMPARE(view.tenureBox()->value(), 5.0);
    QCOMPARE(view.yearBox()->value(), int(s.projection.start_year));
    QVERIFY(view.insuredBox()->isChecked());
    QCOMPARE(view.classBox()->currentData().toInt(), -1);
    QVERIFY(view.view().has_value());
    QVERIFY(view.message().isEmpty());
    // What the user types stays through edits, undo and redo of the scenario...
    view.wageBox()->setValue(9999);
    view.tenureBox()->setValue(11);
    QVERIFY(document.setValue(QStringLiteral("wages.average_monthly"), core::ParamValue(8000.0)));
    document.undoStack()->undo();
    document.undoStack()->redo();
    QCOMPARE(view.wageBox()->value(), 9999.0);
    QCOMPARE(view.tenureBox()->value(), 11.0);
    QCOMPARE(view.view()->wage, 9999.0);
    // ...and another scenario brings its own defaults.
    document.reset(ui::loadBuiltinScenario(QStringLiteral("default")));
    QCOMPARE(view.wageBox()->value(), ui::WorkerCaseView::defaultWage(document.scenario()));
    QCOMPARE(view.tenureBox()->value(), 5.0);
    QCOMPARE(view.yearBox()->value(), int(document.scenario().projection.start_year));
}

void PackageViewsTest::workerView_tableMatchesCore_data()
{
    QTest::addColumn<double>("wage");
    QTest::addColumn<double>("tenure");
    QTest::addColumn<int>("yearOffset");
    QTest::addColumn<bool>("insured");
    QTest::addColumn<bool>("expected");
    QTest::newRow("5 years, first year") << 4000.0 << 5.0 << 0 << true << false;
    QTest::newRow("12 years, 10 years on (offset)") << 6500.0 << 12.0 << 10 << true << false;
    QTest::newRow("uninsured, 8 years") << 3000.0 << 8.0 << 4 << false << false;
    QTest::newRow("expected severance") << 5200.0 << 20.0 << 2 << true << true;
    QTest::newRow("half a year") << 3600.0 << 0.5 << 0 << true << false;
}

void PackageViewsTest::workerView_tableMatchesCore()
{
    QFETCH(double, wage);
    QFETCH(double, tenure);
    QFETCH(int, yearOffset);
    QFETCH(bool, insured);
    QFETCH(bool, expected);
    ui::ScenarioDocument document;
    document.reset(ui::loadBuiltinScenario(QStringLiteral("kelora-severance-offset")));
    ui::WorkerCaseView view(&document);
    core::WorkerCase c;
    c.wage = wage;
    c.tenure = tenure;
    c.year = int(document.scenario().projection.start_year) + yearOffset;
    c.months = ui::WorkerCaseView::kMonths;
    c.insured = insured;
    c.expected = expected;
    view.setWorkerCase(c);
    QVERIFY2(view.message().isEmpty(), qPrintable(view.message()));
    const core::WorkerView want = core::workerView(document.scenario(), c);
    QVERIFY(view.view().has_value());
    QTableWidget* table = view.table();
    QCOMPARE(table->rowCount(), int(want.months.size()));
    std::vector<double> all;
    for (const core::WorkerMonth& m : want.months)
        all.insert(all.end(), {m.severance, m.insurance, m.savings, m.solidarity, m.assistance, m.total()});
    const int decimals = core::sharedDecimals(core::Figure::Money, all);
    for (int r = 0; r < table->rowCount(); ++r) {
        const core::WorkerMonth& m = want.months[std::size_t(r)];
        const core::WorkerMonth& shown = view.view()->months[std::size_t(r)];
        const double values[6] = {m.severance, m.insurance, m.savings, m.solidarity, m.assistance, m.total()};
        const double got[6] = {shown.severance, shown.insurance, shown.savings, shown.solidarity, shown.assistance,
                               shown.total()};
        QCOMPARE(table->item(r, 0)->text(), QString::number(m.month));
        for (int k = 0; k < 6; ++k) {
            QCOMPARE(got[k], values[k]);
            QCOMPARE(table->item(r, k + 1)->text(), ui::format::figure(core::Figure::Money, values[k], decimals));
        }
        QCOMPARE(table->item(r, 7)->text(), ui::format::rate(m.total() / wage));
    }
    // The severance of the offset case is what the core pays in month 1.
    QCOMPARE(view.view()->severanceMonths, want.severanceMonths);
    for (int n : {6, 12, 24}) {
        const QString text = view.replacementText(n);
        QVERIFY2(text.contains(ui::format::rate(want.replacement(n)).toHtmlEscaped()),
                 qPrintable(QStringLiteral("%1 months: %2, expected %3").arg(n).arg(text)
                                .arg(ui::format::rate(want.replacement(n)))));
    }
    // The chart stacks the same figures, with the wage as its line.
    ui::WorkerIncomeChart* chart = view.chart();
    for (int r = 0; r < int(want.months.size()); ++r) {
        QCOMPARE(chart->bars(ui::WorkerIncomeChart::Severance)->data()->at(r)->value, want.months[std::size_t(r)].severance);
        QCOMPARE(chart->bars(ui::WorkerIncomeChart::Insurance)->data()->at(r)->value, want.months[std::size_t(r)].insurance);
        QCOMPARE(chart->bars(ui::WorkerIncomeChart::Assistance)->data()->at(r)->value, want.months[std::size_t(r)].assistance);
    }
    QCOMPARE(chart->wageLine()->data()->at(1)->value, wage);
}

void PackageViewsTest::workerView_badInputShowsMessage_data()
{
    QTest::addColumn<int>("yearOffset");
    QTest::addColumn<double>("tenure");
    QTest::addColumn<int>("durationClass");
    QTest::addColumn<QString>("says");
    QTest::newRow("year after the horizon") << 100 << 5.0 << -1 << QStringLiteral("outside the projection");
    QTest::newRow("year before the start") << -1 << 5.0 << -1 << QStringLiteral("outside the projection");
    QTest::newRow("service of 70 years") << 0 << 70.0 << -1 << QStringLiteral("service");
    QTest::newRow("a class the rule lacks") << 0 << 5.0 << 11 << QStringLiteral("class 12 does not exist");
}

void PackageViewsTest::workerView_badInputShowsMessage()
{
    QFETCH(int, yearOffset);
    QFETCH(double, tenure);
    QFETCH(int, durationClass);
    QFETCH(QString, says);
    ui::ScenarioDocument document;
    document.reset(ui::loadBuiltinScenario(QStringLiteral("kelora-severance-offset")));
    ui::WorkerCaseView view(&document);
    core::WorkerCase c;
    c.wage = 4000;
    c.tenure = tenure;
    c.year = int(document.scenario().projection.start_year) + yearOffset;
    c.durationClass = durationClass;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::workerView(document.scenario(), c));
    view.setWorkerCase(c);
    QVERIFY2(view.message().contains(says), qPrintable(view.message()));
    QVERIFY(!view.view().has_value());
    QCOMPARE(view.table()->rowCount(), 0);
    QCOMPARE(view.replacementText(12), ui::format::undefinedMark());
    // Through the inputs as a user types them, then back to a good case.
    c.year = int(document.scenario().projection.start_year);
    c.tenure = 5;
    c.durationClass = -1;
    view.setWorkerCase(c);
    QVERIFY(view.message().isEmpty());
    QCOMPARE(view.table()->rowCount(), ui::WorkerCaseView::kMonths);
    view.tenureBox()->setValue(75);
    QVERIFY2(view.message().contains(QStringLiteral("service")), qPrintable(view.message()));
    QCOMPARE(view.table()->rowCount(), 0);
}

void PackageViewsTest::workerView_staleScenarioKeepsLastFigures()
{
    ui::ScenarioDocument document;
    document.reset(ui::loadBuiltinScenario(QStringLiteral("kelora-severance-offset")));
    ui::WorkerCaseView view(&document);
    QVERIFY(view.view().has_value());
    const double first = view.view()->months.front().total();
    QVERIFY(document.setValue(QStringLiteral("severance.paid_share"), core::ParamValue(core::Series(7.0))));
    QVERIFY(document.isResultStale());
    QVERIFY(view.view().has_value());
    QCOMPARE(view.view()->months.front().total(), first);
    QVERIFY(view.message().contains(QStringLiteral("Out of date")));
    document.undoStack()->undo();
    QVERIFY(view.message().isEmpty());
}

QTEST_MAIN(PackageViewsTest)
#include "tst_packageviews.moc"
