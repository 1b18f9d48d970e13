// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The Compare page's "Package" tab (issue 15, model-spec v5): shown exactly while a compared
// scenario has a part of the package on; for the year chosen, a stacked bar per scenario
// whose parts are the package results' costs by payer (in money, or as shares of covered
// wages adding up to the package's ratio); a scenario with every part off shows its
// insurance alone, and says so; the table gives the same figures and the coverage.

#include "analysis/comparisonview.h"
#include "analysis/packagecomparisonview.h"
#include "analysisdata/comparisonset.h"
#include "charts/chartstyle.h"
#include "charts/packagecostchart.h"
#include "core/engine/package.h"
#include "core/io/scenariofile.h"
#include "core/model/parameters.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <cmath>

using namespace tideover;
using namespace tideover::ui;

namespace {

core::Scenario keloraWith(const QStringList& sets)
{
    core::Scenario s = core::loadScenario("builtin:kelora");
    for (const QString& set : sets) {
        const QString key = set.section(QLatin1Char('='), 0, 0);
        const core::ParameterInfo* p = core::findParameter(key.toStdString());
        if (!p)
            qFatal("no key %s", qPrintable(key));
        const core::ParseResult parsed = core::parseValue(*p, set.section(QLatin1Char('='), 1).toStdString());
        if (!parsed.value)
            qFatal("%s: %s", qPrintable(key), parsed.error.c_str());
        p->set(s, *parsed.value);
    }
    return s;
}

// The stacked bars of the chart, bottom up: employers, workers, the state.
QVector<double> barValues(QCustomPlot* plot, int plottable)
{
    QVector<double> values;
    auto* bars = qobject_cast<QCPBars*>(plot->plottable(plottable));
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        values << it->value;
    return values;
}

const QStringList kSeverance = {"severance.formula=per_year"};
const QStringList kAssistance = {"assistance.benefit=flat", "assistance.amount=900"};

}  // namespace

class PackageComparisonTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    // The tab is there while a compared scenario (pinned or being edited) has a part on.
    void tab_onlyWhileAPartIsOn()
    {
        ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        ComparisonView view(&document);
        const int tab = view.tabs()->indexOf(view.packageView());
        QVERIFY(tab >= 0);
        QVERIFY(!view.tabs()->isTabVisible(tab));
        QVERIFY(view.set()->pin(QStringLiteral("With severance"), QString(), keloraWith(kSeverance)));
        QVERIFY(view.tabs()->isTabVisible(tab));
        view.set()->remove(0);
        QVERIFY(!view.tabs()->isTabVisible(tab));
        // The scenario being edited counts too, and only while it is included.
        QVERIFY(document.setValue(QStringLiteral("assistance.benefit"), core::ParamValue(std::string("flat"))));
        QVERIFY(view.tabs()->isTabVisible(tab));
        view.findChild<QCheckBox*>(QStringLiteral("includeCurrent"))->setChecked(false);
        QVERIFY(!view.tabs()->isTabVisible(tab));
    }

    // For the year chosen, each bar's parts are the package results' costs by payer; a
    // scenario with every part off shows the insurance alone and the note names it.
    void bars_areTheCostsByPayer_data()
    {
        QTest::addColumn<int>("yearOffset");
        QTest::newRow("first year") << 0;
        QTest::newRow("tenth year") << 9;
        QTest::newRow("last year") << -1;
    }
    void bars_areTheCostsByPayer()
    {
        QFETCH(int, yearOffset);
        ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        ComparisonView view(&document);
        view.findChild<QCheckBox*>(QStringLiteral("includeCurrent"))->setChecked(false);
        const std::vector<core::Scenario> scenarios = {core::loadScenario("builtin:kelora"), keloraWith(kSeverance),
                                                       keloraWith(QStringList(kSeverance) << kAssistance)};
        const QStringList names = {QStringLiteral("Insurance only"), QStringLiteral("With severance"),
                                   QStringLiteral("With severance and assistance")};
        for (std::size_t i = 0; i < scenarios.size(); ++i)
            QVERIFY(view.set()->pin(names[int(i)], QString(), scenarios[i]));
        PackageComparisonView* package = view.packageView();
        view.resize(1100, 700);
        view.show();
        view.tabs()->setCurrentWidget(package);
        QVERIFY(package->isVisible());
        const core::PackageResult first = core::projectPackage(scenarios[0]);
        const int year = first.startYear + (yearOffset < 0 ? first.years - 1 : yearOffset);
        package->setYear(year);
        QCOMPARE(package->year(), year);
        QCOMPARE(package->yearSelector()->currentText(), QString::number(year));

        using C = core::PackageColumn;
        QCOMPARE(int(package->figures().size()), 3);
        QCOMPARE(package->plot()->plottableCount(), 3);
        const QVector<double> employers = barValues(package->plot(), 0);
        const QVector<double> workers = barValues(package->plot(), 1);
        const QVector<double> state = barValues(package->plot(), 2);
        double divisor = 0;
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            const core::PackageResult p = core::projectPackage(scenarios[i]);
            const int y = year - p.startYear;
            const PackageComparisonView::Figures& f = package->figures()[i];
            QCOMPARE(f.name, names[int(i)]);
            QCOMPARE(f.employers, p.at(y, C::employers_cost));
            QCOMPARE(f.workers, p.at(y, C::workers_cost));
            QCOMPARE(f.state, p.at(y, C::state_cost));
            QCOMPARE(f.total, p.at(y, C::package_cost));
            QCOMPARE(f.anyCoverage, p.at(y, C::any_coverage));
            // One scale for every bar (a power of a thousand): the bars in proportion to the costs.
            if (i == 0)
                for (const double d : {1.0, 1e3, 1e6, 1e9})
                    if (std::abs(f.employers / d - employers[0]) <= 1e-9 * employers[0])
                        divisor = d;
            QVERIFY(divisor > 0);
            QCOMPARE(employers[int(i)], f.employers / divisor);
            QCOMPARE(workers[int(i)], f.workers / divisor);
            QCOMPARE(state[int(i)], f.state / divisor);
        }
        // Every part off: the insurance alone.
        const core::PackageResult alone = core::projectPackage(scenarios[0]);
        QCOMPARE(package->figures()[0].total, alone.at(year - alone.startYear, C::insurance_cost));
        QVERIFY(!package->figures()[0].package && package->figures()[1].package);
        const QString note = package->findChild<QLabel*>(QStringLiteral("packageNote"))->text();
        QVERIFY2(note.contains(QStringLiteral("“Insurance only”")) && !note.contains(QStringLiteral("“With severance”")),
                 qPrintable(note));
        // Severance costs the employers more; assistance costs the state more.
        QVERIFY(employers[1] > employers[0]);
        QVERIFY(state[2] > state[1]);
        // The table: a column per scenario, the package cost in bold, as the bars.
        QTableWidget* table = package->table();
        QCOMPARE(table->columnCount(), 3);
        QCOMPARE(table->item(3, 1)->text(), format::money(package->figures()[1].total, QStringLiteral("KLR"), true));
        QVERIFY(table->item(3, 1)->font().bold());
    }

    // As shares of covered wages, a bar's parts add up to the package's ratio to wages.
    void sharesOfWages_addUpToThePackagesRatio()
    {
        ScenarioDocument document;
        document.reset(keloraWith(QStringList(kSeverance) << kAssistance));
        ComparisonView view(&document);
        PackageComparisonView* package = view.packageView();
        view.show();
        view.tabs()->setCurrentWidget(package);
        package->setUnit(PackageComparisonView::Unit::ShareOfWages);
        QCOMPARE(package->unitSelector()->currentData().toInt(), int(PackageComparisonView::Unit::ShareOfWages));
        QCOMPARE(package->plot()->yAxis->label(), QStringLiteral("% of covered wages"));
        const core::PackageResult p = core::projectPackage(document.scenario());
        const int y = package->year() - p.startYear;
        const double sum = barValues(package->plot(), 0)[0] + barValues(package->plot(), 1)[0] +
                           barValues(package->plot(), 2)[0];
        QVERIFY(std::abs(sum - 100 * p.at(y, core::PackageColumn::package_cost_to_wages)) < 1e-9);
        // Back to money: the axis names the scale and the currency.
        package->setUnit(PackageComparisonView::Unit::Money);
        QVERIFY2(package->plot()->yAxis->label().endsWith(QStringLiteral("KLR")),
                 qPrintable(package->plot()->yAxis->label()));
    }

    // A payer has one colour: the Package tab's cost chart and this tab's bars agree, and
    // both take it from ChartStyle::payer.
    void payerColours_matchThePackageTab_data()
    {
        QTest::addColumn<QString>("csvName");
        QTest::addColumn<QString>("legend");
        QTest::addColumn<int>("payer");
        QTest::newRow("employers") << "employers_cost" << "Employers" << int(ChartStyle::Payer::Employers);
        QTest::newRow("workers") << "workers_cost" << "Workers" << int(ChartStyle::Payer::Workers);
        QTest::newRow("state") << "state_cost" << "The state" << int(ChartStyle::Payer::State);
    }
    void payerColours_matchThePackageTab()
    {
        QFETCH(QString, csvName);
        QFETCH(QString, legend);
        QFETCH(int, payer);
        ScenarioDocument document;
        document.reset(keloraWith(kSeverance));
        PackageCostChart costChart(&document);
        const int series = costChart.seriesIndex(csvName);
        QVERIFY(series >= 0);
        const QColor onPackageTab = costChart.plottable(series)->brush().color();

        ComparisonView view(&document);
        QVERIFY(view.set()->pin(QStringLiteral("With severance"), QString(), keloraWith(kSeverance)));
        PackageComparisonView* package = view.packageView();
        view.resize(1100, 700);
        view.show();
        view.tabs()->setCurrentWidget(package);
        QCPAbstractPlottable* bars = nullptr;
        for (int i = 0; i < package->plot()->plottableCount(); ++i)
            if (package->plot()->plottable(i)->name() == legend)
                bars = package->plot()->plottable(i);
        QVERIFY2(bars, qPrintable(legend));
        const QColor onComparePage = bars->brush().color();

        QCOMPARE(onComparePage, onPackageTab);
        QCOMPARE(onPackageTab, ChartStyle::payer(ChartStyle::Payer(payer)));
        // Three payers, three colours.
        for (const auto other : {ChartStyle::Payer::Employers, ChartStyle::Payer::Workers, ChartStyle::Payer::State})
            if (int(other) != payer)
                QVERIFY(ChartStyle::payer(other) != onPackageTab);
    }
};

QTEST_MAIN(PackageComparisonTest)
#include "tst_packagecomparison.moc"
