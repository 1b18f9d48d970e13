// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The headline figures follow the document and grey out while its results are stale, and
// are written in the one number style (docs/number-style.md).

#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "core/io/numberstyle.h"
#include "core/io/scenariofile.h"
#include "widgets/headlinebar.h"

#include <QLabel>
#include <QTest>

#include <cmath>

using namespace tideover;
using namespace tideover::ui;

class HeadlineBarTest : public QObject {
    Q_OBJECT

private slots:
    void figures_matchTheProjection();
    void figures_followTheNumberStyle_data();
    void figures_followTheNumberStyle();
    void depletedFund_showsItsYear();
    void invalidValue_greysFiguresAndSaysWhy();
};

void HeadlineBarTest::figures_matchTheProjection()
{
    ScenarioDocument d;
    d.reset(core::loadScenario("builtin:default"));
    HeadlineBar bar(&d);
    const auto* r = d.result();
    QCOMPARE(bar.figureText("horizonRatio"), format::years(r->at(r->years - 1, core::Column::reserve_ratio)));
    QCOMPARE(bar.figureText("depletion"), QStringLiteral("never"));
    QCOMPARE(bar.figureText("breakEven"), format::rate(*r->summary.breakEvenRate));
    QVERIFY(bar.figureText("lowestRatio").contains(QString::number(*r->summary.minimumReserveRatioYear)));
    QVERIFY(bar.figureText("coverage").contains("%"));
}

// The figures the issue found in mixed decimals ("40.1 % → 43 %", a break-even rate of
// "2.309 %" in one scenario and "1.94 %" in another), in every bundled scenario: rates with 3
// significant digits and at most 2 decimals, both ends of the coverage change with the same
// decimals, ratios with 2, and a non-breaking space before each unit.
void HeadlineBarTest::figures_followTheNumberStyle_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char* name : {"default", "vietnam", "thailand", "indonesia", "bahrain", "malaysia", "philippines", "kelora",
                             "kelora-reform", "kelora-new-scheme"})
        QTest::newRow(name) << QStringLiteral("builtin:%1").arg(QLatin1String(name));
}

void HeadlineBarTest::figures_followTheNumberStyle()
{
    QFETCH(QString, scenario);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    ScenarioDocument d;
    d.reset(core::loadScenario(scenario.toStdString()));
    HeadlineBar bar(&d);
    const auto* r = d.result();
    QVERIFY(r);
    const QString nbsp(QChar(0x00a0));
    // As the command line's table writes the same figure (separators aside, the same in English).
    const auto expectedRate = [&](double fraction, int decimals) {
        return QString::fromStdString(core::formatFigure(core::Figure::Rate, fraction, decimals)) + nbsp + QLatin1Char('%');
    };
    if (r->summary.breakEvenRate) {
        const double rate = *r->summary.breakEvenRate;
        const QString text = bar.figureText("breakEven");
        QCOMPARE(text, QString::fromStdString(core::formatFigure(core::Figure::Rate, rate)) + nbsp + QLatin1Char('%'));
        const int decimals = text.section(QLatin1Char('.'), 1).section(nbsp, 0, 0).size();
        // The rule, stated again: 2 decimals while they round below 10 %, 1 below 100 %.
        const double percent = std::abs(rate) * 100;
        QCOMPARE(decimals, std::round(percent * 100) / 100 < 10 ? 2 : std::round(percent * 10) / 10 < 100 ? 1 : 0);
    }
    const double first = r->at(0, core::Column::effective_coverage);
    const double last = r->at(r->years - 1, core::Column::effective_coverage);
    const int shared = core::sharedDecimals(core::Figure::Rate, {first, last});
    const QString coverage = bar.figureText("coverage");
    QCOMPARE(coverage, expectedRate(first, shared) + QStringLiteral(" → ") + expectedRate(last, shared));
    // Both ends have the same number of decimals.
    const QStringList ends = coverage.split(QStringLiteral(" → "));
    QCOMPARE(ends.size(), 2);
    QCOMPARE(ends[0].section(nbsp, 0, 0).section(QLatin1Char('.'), 1).size(), ends[1].section(nbsp, 0, 0).section(QLatin1Char('.'), 1).size());
    const QString ratio = bar.figureText("horizonRatio");
    QCOMPARE(ratio, QString::fromStdString(core::formatFigure(core::Figure::Ratio, r->at(r->years - 1, core::Column::reserve_ratio))) +
                        nbsp + QStringLiteral("years"));
    QLocale::setDefault(QLocale::system());
}

void HeadlineBarTest::depletedFund_showsItsYear()
{
    ScenarioDocument d;
    d.reset(core::loadScenario("builtin:default"));
    HeadlineBar bar(&d);
    d.setValue("contributions.employer_rate", core::ParamValue(core::Series(0.0)));
    d.setValue("contributions.employee_rate", core::ParamValue(core::Series(0.001)));
    QVERIFY(d.result()->summary.depletionYear);
    QCOMPARE(bar.figureText("depletion"), QString::number(*d.result()->summary.depletionYear));
}

void HeadlineBarTest::invalidValue_greysFiguresAndSaysWhy()
{
    ScenarioDocument d;
    d.reset(core::loadScenario("builtin:default"));
    HeadlineBar bar(&d);
    const QString before = bar.figureText("horizonRatio");
    d.setValue("benefits.waiting_days", core::ParamValue(std::int64_t{400}));
    QCOMPARE(bar.figureText("horizonRatio"), before);  // the last valid figures stay
    QVERIFY(!bar.findChild<QLabel*>("horizonRatio")->isEnabled());
    QVERIFY(bar.findChild<QLabel*>("headlineStatus")->text().contains("1 value needs fixing"));
    d.undoStack()->undo();
    QVERIFY(bar.findChild<QLabel*>("horizonRatio")->isEnabled());
    QVERIFY(bar.findChild<QLabel*>("headlineStatus")->text().isEmpty());
}

QTEST_MAIN(HeadlineBarTest)
#include "tst_headlinebar.moc"
