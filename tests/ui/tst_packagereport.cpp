// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The report's "Protection package" section (issue 15, model-spec v5): there exactly when a
// part of the package is on, with its chart; its table of cost by part and payer adds up
// (each row's payers to its total, the parts to the package) and gives the package results'
// own figures; the ratio to GDP only when GDP is given; the shares of the unemployed
// protected are the package results'; the chart's bars stay in the painter's range.

#include "core/engine/package.h"
#include "core/io/numberstyle.h"
#include "core/io/scenariofile.h"
#include "core/model/parameters.h"
#include "format/displayformat.h"
#include "report/packagechart.h"
#include "report/reportwriter.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tideover;
using namespace tideover::ui;

namespace {

// `base` with the --set assignments of `sets` ("severance.formula=per_year").
core::Scenario scenarioWith(const QString& base, const QStringList& sets)
{
    core::Scenario s = core::loadScenario(base.toStdString());
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

QString reportHtml(const core::Scenario& s)
{
    ReportOptions options;
    options.includeCharts = false;
    return ReportWriter(s, options).html();
}

// The cells of the rows of the first table after `marker`, as text (tags stripped).
QList<QStringList> tableAfter(const QString& html, const QString& marker)
{
    const qsizetype at = html.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = html.indexOf(QStringLiteral("<tbody>"), at);
    const qsizetype end = html.indexOf(QStringLiteral("</tbody>"), start);
    if (start < 0 || end < 0)
        return {};
    const QString body = html.mid(start, end - start);
    static const QRegularExpression row(QStringLiteral("<tr[^>]*>(.*?)</tr>"));
    static const QRegularExpression cell(QStringLiteral("<td[^>]*>(.*?)</td>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QList<QStringList> rows;
    for (auto r = row.globalMatch(body); r.hasNext();) {
        QStringList cells;
        const QString content = r.next().captured(1);
        for (auto c = cell.globalMatch(content); c.hasNext();)
            cells << c.next().captured(1).remove(tag).replace(QChar(0x00a0), QLatin1Char(' '));
        rows << cells;
    }
    return rows;
}

// A figure as shown and the rounding it may carry (half a unit of its last decimal).
struct Shown {
    double value = 0;
    double error = 0;
    bool ok = false;
};
Shown parse(QString text)
{
    text.remove(QLatin1Char(',')).remove(QStringLiteral(" %"));
    Shown s;
    s.value = text.toDouble(&s.ok);
    s.error = 0.5 * std::pow(10.0, -double(text.section(QLatin1Char('.'), 1).size()));
    return s;
}

const QStringList kSeverance = {"severance.formula=per_year"};
const QStringList kAllParts = {"severance.formula=per_year", "savings.accounts=individual",
                               "savings.solidarity_rate=0.008", "savings.solidarity_state=1e9",
                               "assistance.benefit=flat", "assistance.amount=900"};

}  // namespace

class PackageReportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    // The section and its chart exactly when a part of the package is on, after the summary
    // and before the standards.
    void section_onlyWithAPart_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<bool>("present");
        QTest::newRow("builtin:kelora") << "builtin:kelora" << QStringList{} << false;
        QTest::newRow("builtin:kelora-insurance-severance") << "builtin:kelora-insurance-severance" << QStringList{} << true;
        QTest::newRow("kelora with severance") << "builtin:kelora" << kSeverance << true;
        QTest::newRow("kelora with savings accounts") << "builtin:kelora" << QStringList{"savings.accounts=individual"} << true;
        QTest::newRow("kelora with assistance")
            << "builtin:kelora" << QStringList{"assistance.benefit=flat", "assistance.amount=800"} << true;
        QTest::newRow("kelora, every part off again") << "builtin:kelora" << QStringList{"severance.formula=none"} << false;
    }
    void section_onlyWithAPart()
    {
        QFETCH(QString, base);
        QFETCH(QStringList, sets);
        QFETCH(bool, present);
        core::Scenario s;
        try {
            s = scenarioWith(base, sets);
        } catch (const std::exception& e) {
            QFAIL(qPrintable(base + QStringLiteral(" does not load: ") + QString::fromUtf8(e.what())));
        }
        const QString html = reportHtml(s);
        QCOMPARE(html.contains(QStringLiteral("Protection package")), present);
        QCOMPARE(html.contains(QStringLiteral("Cost by part and payer")), present);
        // The section has no chart: with one, Qt's pagination lost later headings (reportwriter.cpp).
        QVERIFY(!ReportWriter(s).chartNames().contains(QStringLiteral("chart:package")));
        QCOMPARE(ReportWriter(s).package().has_value(), present);
        if (!present)
            return;
        QVERIFY(html.indexOf(QStringLiteral("1. Summary")) < html.indexOf(QStringLiteral("2. Protection package")));
        QVERIFY(html.indexOf(QStringLiteral("2. Protection package")) < html.indexOf(QStringLiteral("3. ILO minimum standards")));
    }

    // The table of cost by part and payer: a heading row per year (first, middle, last), a row
    // per part that is on, then the package; each row's payers make its total, the parts make
    // the package, and the package's total and ratio to wages are the results' own.
    void costTable_addsUp_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("severance") << kSeverance << QStringList{"Insurance", "Severance pay"};
        QTest::newRow("every part") << kAllParts
                                    << QStringList{"Insurance", "Severance pay", "Savings accounts", "Assistance"};
        QTest::newRow("every part, with GDP") << (QStringList(kAllParts) << "economy.gdp=4e12")
                                              << QStringList{"Insurance", "Severance pay", "Savings accounts", "Assistance"};
    }
    void costTable_addsUp()
    {
        QFETCH(QStringList, sets);
        QFETCH(QStringList, parts);
        const core::Scenario s = scenarioWith(QStringLiteral("builtin:kelora"), sets);
        const bool gdp = s.economy.gdp > 0;
        const QString html = reportHtml(s);
        const QList<QStringList> rows = tableAfter(html, QStringLiteral("Cost by part and payer"));
        const qsizetype block = parts.size() + 2;  // the year, the parts, the package
        QCOMPARE(rows.size(), 3 * block);
        QCOMPARE(html.contains(QStringLiteral("% of GDP")), gdp);

        const core::PackageResult p = core::projectPackage(s);
        const int years[] = {0, (p.years - 1) / 2, p.years - 1};
        const qsizetype columns = gdp ? 7 : 6;
        for (int b = 0; b < 3; ++b) {
            const QList<QStringList> r = rows.mid(b * block, block);
            QCOMPARE(r[0].value(0), QString::number(p.startYear + years[b]));
            QList<QList<Shown>> values;
            QStringList table;
            for (qsizetype i = 1; i < block; ++i) {
                QCOMPARE(r[i].size(), columns);
                QCOMPARE(r[i][0], i < block - 1 ? parts[i - 1] : QStringLiteral("Package"));
                table << r[i].join(QStringLiteral(" | "));
                QList<Shown> v;
                for (qsizetype c = 1; c < columns; ++c) {
                    v << parse(r[i][c]);
                    QVERIFY2(v.back().ok, qPrintable(r[i].join(QLatin1Char('|'))));
                }
                values << v;
            }
            const QByteArray shown = table.join(QLatin1Char('\n')).toUtf8();
            const auto addsUp = [](const QList<Shown>& terms, const Shown& whole) {
                double sum = 0, error = whole.error;
                for (const Shown& f : terms) {
                    sum += f.value;
                    error += f.error;
                }
                return std::abs(sum - whole.value) <= error * (1 + 1e-9);
            };
            for (const QList<Shown>& v : values)
                QVERIFY2(addsUp({v[0], v[1], v[2]}, v[3]), "employers + workers + state != total:\n" + shown);
            for (int c = 0; c < 4; ++c) {
                QList<Shown> column;
                for (qsizetype i = 0; i + 1 < values.size(); ++i)
                    column << values[i][c];
                QVERIFY2(addsUp(column, values.back()[c]),
                         qPrintable(QStringLiteral("column %1: the parts do not add up to the package\n").arg(c + 1) + shown));
            }
            // The package's ratio to wages (and GDP) is the results' own, in percent.
            using C = core::PackageColumn;
            const Shown wages = values.back()[4];
            QVERIFY2(std::abs(wages.value - 100 * p.at(years[b], C::package_cost_to_wages)) <= wages.error * (1 + 1e-9),
                     shown.constData());
            if (gdp) {
                const Shown toGdp = values.back()[5];
                QVERIFY2(std::abs(toGdp.value - 100 * p.at(years[b], C::package_cost_to_gdp)) <= toGdp.error * (1 + 1e-9),
                         shown.constData());
            }
        }
    }

    // The shares of the unemployed protected: a row per part that is on, "any part" and, with
    // severance, the job losers paid it; the figures are the package results'.
    void coverageTable_isTheResults()
    {
        const core::Scenario s = scenarioWith(QStringLiteral("builtin:kelora"), kAllParts);
        const core::PackageResult p = core::projectPackage(s);
        const QList<QStringList> rows = tableAfter(reportHtml(s), QStringLiteral("Who is protected"));
        using C = core::PackageColumn;
        const QList<QPair<QString, C>> expected = {
            {QStringLiteral("Unemployed on insurance benefits"), C::insurance_coverage},
            {QStringLiteral("Unemployed drawing on a savings account"), C::savings_coverage},
            {QStringLiteral("Unemployed on assistance"), C::assistance_coverage},
            {QStringLiteral("Unemployed protected by any part"), C::any_coverage},
            {QStringLiteral("Job losers paid severance"), C::severance_coverage},
        };
        QCOMPARE(rows.size(), expected.size());
        const int years[] = {0, (p.years - 1) / 2, p.years - 1};
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].value(0), expected[i].first);
            for (int b = 0; b < 3; ++b) {
                const Shown v = parse(rows[i].value(b + 1));
                QVERIFY2(v.ok, qPrintable(rows[i].join(QLatin1Char('|'))));
                QVERIFY2(std::abs(v.value - 100 * p.at(years[b], expected[i].second)) <= v.error * (1 + 1e-9),
                         qPrintable(rows[i].join(QLatin1Char('|'))));
            }
        }
        // Insurance alone reaches fewer than the package.
        QVERIFY(p.at(years[2], C::any_coverage) > p.at(years[2], C::insurance_coverage));
    }

    // A bar is drawn only for a finite, positive value within the painter's range.
    void chartBars_clampHostileValues_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("drawn");
        QTest::newRow("ordinary") << 2.5 << 2.5;
        QTest::newRow("zero") << 0.0 << 0.0;
        QTest::newRow("negative") << -3.0 << 0.0;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << 0.0;
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << 0.0;
        QTest::newRow("beyond drawing") << 1e300 << 0.0;
    }
    void chartBars_clampHostileValues()
    {
        QFETCH(double, value);
        QFETCH(double, drawn);
        QCOMPARE(PackageChart::barValue(value), drawn);
    }
};

QTEST_MAIN(PackageReportTest)
#include "tst_packagereport.moc"
