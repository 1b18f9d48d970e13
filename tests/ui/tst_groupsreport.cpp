// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The report's "Worker groups" section (issue 14, model-spec v4): there exactly when the
// scenario has groups, naming every group; its sentences say which group pays for which as
// the projection's sums give it; its table of sums adds up (each row's payers to what it pays
// in, the groups to the total); the chart is drawn only with groups, and its bars stay in the
// painter's range whatever the values.

#include "core/engine/projection.h"
#include "core/io/numberstyle.h"
#include "core/io/scenariofile.h"
#include "core/model/groups.h"
#include "core/model/parameters.h"
#include "format/displayformat.h"
#include "report/groupschart.h"
#include "report/reportwriter.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tideover;
using namespace tideover::ui;

namespace {

// Kelora with the --set assignments of `sets` ("group.own.employed_share=0.2").
core::Scenario keloraWith(const QStringList& sets)
{
    core::Scenario s = core::loadScenario("builtin:kelora");
    for (const QString& set : sets) {
        const QString key = set.section(QLatin1Char('='), 0, 0);
        const QString value = set.section(QLatin1Char('='), 1);
        if (core::isGroupKey(key.toStdString())) {
            const std::string error = core::setGroupFromText(s, key.toStdString(), value.toStdString());
            if (!error.empty())
                qFatal("%s", error.c_str());
        } else {
            const core::ParameterInfo* p = core::findParameter(key.toStdString());
            if (!p)
                qFatal("no key %s", qPrintable(key));
            const core::ParseResult parsed = core::parseValue(*p, value.toStdString());
            if (!parsed.value)
                qFatal("%s: %s", qPrintable(key), parsed.error.c_str());
            p->set(s, *parsed.value);
        }
    }
    return s;
}

// Voluntary own-account workers: no employer, half their contribution paid by the state, more
// often out of work than the employees, and the members more so (adverse selection).
const QStringList kOwnAccount = {"group.own.employed_share=0.2",        "group.own.membership=voluntary",
                                 "group.own.participation=0.1",         "group.own.title=Own-account workers",
                                 "group.own.employer_rate=0",           "group.own.subsidy_rate=0.5",
                                 "group.own.relative_unemployment=1.5", "group.own.member_risk=2.5"};

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
            cells << c.next().captured(1).remove(tag);
        rows << cells;
    }
    return rows;
}

double parseNumber(const QString& text, bool* ok)
{
    QString t = text;
    t.remove(QLatin1Char(','));
    return t.toDouble(ok);
}

}  // namespace

class GroupsReportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    // The section and its chart with groups only; every group by its title, in order.
    void section_onlyWithGroups_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QStringList>("titles");  // empty: no groups
        QTest::newRow("no groups") << QStringList{} << QStringList{};
        QTest::newRow("own-account workers") << kOwnAccount << QStringList{"Main group", "Own-account workers"};
        QTest::newRow("two groups, one untitled")
            << (QStringList(kOwnAccount) << "group.platform.employed_share=0.05")
            << QStringList{"Main group", "Own-account workers", "platform"};
    }
    void section_onlyWithGroups()
    {
        QFETCH(QStringList, sets);
        QFETCH(QStringList, titles);
        const core::Scenario s = keloraWith(sets);
        const QString html = reportHtml(s);
        const bool groups = !titles.isEmpty();
        QCOMPARE(html.contains(QStringLiteral("Worker groups")), groups);
        QCOMPARE(html.contains(QStringLiteral("Who pays, who draws")), groups);
        QCOMPARE(ReportWriter(s).chartNames().contains(QStringLiteral("chart:groups")), groups);
        QCOMPARE(ReportWriter(s).groupsSummary().isEmpty(), !groups);
        if (!groups)
            return;
        // Summary, then the groups (no charts here), before the standards.
        QVERIFY(html.indexOf(QStringLiteral("1. Summary")) < html.indexOf(QStringLiteral("2. Worker groups")));
        QVERIFY(html.indexOf(QStringLiteral("2. Worker groups")) < html.indexOf(QStringLiteral("3. ILO minimum standards")));
        // The table by year: a heading row per group, then the total, each with three years.
        const QList<QStringList> rows = tableAfter(html, QStringLiteral("By group in"));
        QCOMPARE(rows.size(), (titles.size() + 1) * 4);
        // Benefits over contributions of all groups is the total's, not the groups' added.
        const core::ProjectionResult r = core::project(s);
        const double ratio = r.at(0, core::Column::benefits) / r.at(0, core::Column::contributions);
        QCOMPARE(rows[titles.size() * 4 + 1].value(5), format::figure(core::Figure::Ratio, ratio));
        for (qsizetype g = 0; g <= titles.size(); ++g) {
            QCOMPARE(rows[g * 4].value(0), g < titles.size() ? titles[g] : QStringLiteral("All groups"));
            const int first = int(s.projection.start_year);
            const int last = first + int(s.projection.years) - 1;
            QCOMPARE(rows[g * 4 + 1].value(0), QString::number(first));
            QCOMPARE(rows[g * 4 + 2].value(0), QString::number(first + (last - first) / 2));
            QCOMPARE(rows[g * 4 + 3].value(0), QString::number(last));
        }
    }

    // The table of sums adds up: each row's payers make what it pays in, and the groups' rows
    // make the total's, to the rounding of the figures shown.
    void sumsTable_addsUp_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::newRow("own-account and platform workers") << (QStringList(kOwnAccount) << "group.platform.employed_share=0.05");
        // The state's share of the benefits counts as paid in, by the state.
        QTest::newRow("the state pays a share of benefits")
            << (QStringList(kOwnAccount) << "group.platform.employed_share=0.05"
                                         << "contributions.government_benefit_share=0.2");
    }
    void sumsTable_addsUp()
    {
        QFETCH(QStringList, sets);
        const core::Scenario s = keloraWith(sets);
        const QList<QStringList> rows = tableAfter(reportHtml(s), QStringLiteral("Who pays, who draws"));
        QCOMPARE(rows.size(), 4);  // main, own, platform, all groups
        QCOMPARE(rows.back().value(0), QStringLiteral("All groups"));
        // Each figure with the rounding it may carry: half a unit of its last decimal.
        struct Figure {
            double value;
            double error;
        };
        QList<QList<Figure>> values;
        QStringList table;
        for (const QStringList& r : rows) {
            QCOMPARE(r.size(), 8);
            table << r.join(QStringLiteral(" | "));
            QList<Figure> v;
            for (qsizetype c = 1; c < r.size(); ++c) {
                bool ok = false;
                const double x = parseNumber(r[c], &ok);
                QVERIFY2(ok, qPrintable(r.join(QLatin1Char('|'))));
                v << Figure{x, 0.5 * std::pow(10.0, -double(r[c].section(QLatin1Char('.'), 1).size()))};
            }
            values << v;
        }
        const QByteArray shown = table.join(QLatin1Char('\n')).toUtf8();
        // Whether `parts`, added, make `whole` to their rounding.
        const auto addsUp = [](const QList<Figure>& parts, const Figure& whole) {
            double sum = 0, error = whole.error;
            for (const Figure& f : parts) {
                sum += f.value;
                error += f.error;
            }
            return std::abs(sum - whole.value) <= error * (1 + 1e-9);
        };
        for (const QList<Figure>& v : values) {
            QVERIFY2(addsUp({v[0], v[1], v[2]}, v[3]), "workers + employers + state != paid in:\n" + shown);
            // Paid in minus all spending is the cross-subsidy.
            QVERIFY2(addsUp({v[5], v[6]}, v[3]), "spending + cross-subsidy != paid in:\n" + shown);
        }
        for (int c = 0; c < 7; ++c)
            QVERIFY2(addsUp({values[0][c], values[1][c], values[2][c]}, values[3][c]),
                     qPrintable(QStringLiteral("column %1: the groups do not add up to the total\n").arg(c + 1) + shown));
        // Some group pays for another here: the table shows a negative cross-subsidy.
        QVERIFY2(values[1][6].value < 0 && values[0][6].value > 0, shown.constData());
    }

    // The sentences, from the projection's own sums: a group that draws out more than it pays
    // in says how many times; one that pays in more says how much, compact.
    void summary_saysWhichGroupPaysForWhich()
    {
        const core::Scenario s = keloraWith(kOwnAccount);
        const core::ProjectionResult r = core::project(s);
        QCOMPARE(int(r.groups.size()), 2);
        const QString summary = ReportWriter(s).groupsSummary();
        const QString first = QString::number(r.startYear), last = QString::number(r.startYear + r.years - 1);
        QVERIFY2(summary.startsWith(QStringLiteral("From %1 to %2:").arg(first, last)), qPrintable(summary));
        for (const core::GroupTable& g : r.groups) {
            using G = core::GroupColumn;
            const double paid = g.extra.col(int(G::worker_contributions)).sum() + g.extra.col(int(G::employer_contributions)).sum() +
                                g.extra.col(int(G::state_contributions)).sum();
            const double spending = g.annual.col(int(core::Column::expenditure)).sum();
            const double cross = g.extra.col(int(G::cross_subsidy)).sum();
            const QString title = g.title.empty() ? QStringLiteral("Main group") : QString::fromStdString(g.title);
            QString expected;
            if (cross > 0)
                expected = QStringLiteral("The group “%1” pays in %2 more than it draws out.")
                               .arg(title, format::money(cross, QStringLiteral("KLR"), true));
            else
                expected = QStringLiteral("The group “%1” draws out %2 times what it pays in.")
                               .arg(title, format::figure(core::Figure::Ratio, spending / paid));
            QVERIFY2(summary.contains(expected), qPrintable(summary + QStringLiteral("\nexpected: ") + expected));
        }
        // In this design the voluntary own-account members draw more than they pay in, and the
        // main group pays for them.
        QVERIFY2(summary.contains(QStringLiteral("The group “Own-account workers” draws out")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("The group “Main group” pays in")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Together the groups")));
    }

    // A bar is drawn only for a finite, positive value within the painter's range.
    void chartBars_clampHostileValues_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("divisor");
        QTest::addColumn<double>("drawn");
        QTest::newRow("ordinary") << 2.5e9 << 1e9 << 2.5;
        QTest::newRow("zero") << 0.0 << 1e6 << 0.0;
        QTest::newRow("negative") << -3e9 << 1e9 << 0.0;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << 1e9 << 0.0;
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << 1.0 << 0.0;
        QTest::newRow("beyond drawing") << 1e300 << 1.0 << 0.0;
    }
    void chartBars_clampHostileValues()
    {
        QFETCH(double, value);
        QFETCH(double, divisor);
        QFETCH(double, drawn);
        QCOMPARE(GroupsChart::barValue(value, divisor), drawn);
    }
};

QTEST_MAIN(GroupsReportTest)
#include "tst_groupsreport.moc"
