// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The golden projections (tests/data/golden/*/, computed by an independent implementation of
// the spec) reproduced cell by cell to a relative 1e-9.

#include "core/io/resultformat.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <sstream>

using namespace tideover::core;
using namespace tideover::test;

namespace {

constexpr double kTolerance = 1e-9;

QList<QStringList> readCsv(const QString& text)
{
    QList<QStringList> rows;
    for (const QString& line : text.split('\n', Qt::SkipEmptyParts))
        rows << line.split(',');
    return rows;
}

QString describeInputs(const Scenario& s)
{
    QString out;
    for (const auto& p : parameters())
        out += QStringLiteral("  %1 = %2\n").arg(QString::fromUtf8(p.key.data(), int(p.key.size())),
                                                  QString::fromStdString(formatValue(p.get(s))));
    for (const auto& [key, changes] : s.dated)
        for (const auto& [year, value] : changes)
            out += QStringLiteral("  %1@%2 = %3\n").arg(QString::fromStdString(key)).arg(year).arg(QString::fromStdString(formatValue(value)));
    return out;
}

}  // namespace

class GoldenTest : public QObject {
    Q_OBJECT

private slots:
    void projection_matchesGolden_data();
    void projection_matchesGolden();
    void summary_matchesGolden_data() { projection_matchesGolden_data(); }
    void summary_matchesGolden();
};

void GoldenTest::projection_matchesGolden_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(TIDEOVER_TEST_DATA "/golden"));
    const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 3, "the golden folder should hold at least three cases");
    for (const QString& name : cases)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void GoldenTest::projection_matchesGolden()
{
    QFETCH(QString, folder);
    const Scenario s = scenarioFromJson(folder + "/scenario.json");
    const ProjectionResult r = project(s);
    std::ostringstream out;
    writeAnnualCsv(out, r);

    QFile expectedFile(folder + "/expected.csv");
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const auto expected = readCsv(QString::fromUtf8(expectedFile.readAll()));
    auto actual = readCsv(QString::fromStdString(out.str()));

    // The header, exactly. A v1 case ends before the v2 columns (model-spec v2: appended after
    // high_cost_multiple); there they must be 0 (no state's share in a v1 scenario).
    const QStringList header = actual.value(0);
    const QStringList expectedHeader = expected.value(0);
    QVERIFY(expectedHeader.size() <= header.size());
    QCOMPARE(header.mid(0, expectedHeader.size()), expectedHeader);
    if (expectedHeader.size() < header.size())
        QCOMPARE(header.mid(expectedHeader.size()), QStringList{QStringLiteral("state_subsidy")});
    QCOMPARE(actual.size(), expected.size());
    for (int row = 1; row < expected.size(); ++row) {
        QCOMPARE(actual[row].size(), header.size());
        for (int col = expectedHeader.size(); col < header.size(); ++col)
            QCOMPARE(actual[row][col].toDouble(), 0.0);
        actual[row] = actual[row].mid(0, expectedHeader.size());
        for (int col = 0; col < expected[row].size(); ++col) {
            const QString& e = expected[row][col];
            const QString& a = actual[row][col];
            const QString where = QStringLiteral("%1, year %2, column %3").arg(QDir(folder).dirName(), expected[row][0], expected[0][col]);
            if (e.isEmpty() || a.isEmpty()) {
                if (e != a)
                    QFAIL(qPrintable(where + ": expected '" + e + "', got '" + a + "'\ninputs:\n" + describeInputs(s)));
                continue;
            }
            const double ev = e.toDouble();
            const double av = a.toDouble();
            if (!relativelyClose(av, ev, kTolerance))
                QFAIL(qPrintable(QStringLiteral("%1: actual %2, expected %3 (relative %4)\ninputs:\n%5")
                                     .arg(where)
                                     .arg(av, 0, 'g', 17)
                                     .arg(ev, 0, 'g', 17)
                                     .arg(std::abs(av - ev) / std::max(std::abs(av), std::abs(ev)), 0, 'g', 3)
                                     .arg(describeInputs(s))));
        }
    }
}

void GoldenTest::summary_matchesGolden()
{
    QFETCH(QString, folder);
    const ProjectionResult r = project(scenarioFromJson(folder + "/scenario.json"));
    const QJsonObject actual = QJsonDocument::fromJson(QByteArray::fromStdString(summaryJson(r.summary))).object();
    QFile f(folder + "/summary.json");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString& key : expected.keys()) {
        const auto e = expected.value(key);
        const auto a = actual.value(key);
        if (e.isNull() || a.isNull()) {
            QVERIFY2(e.isNull() && a.isNull(), qPrintable(key + ": expected " + (e.isNull() ? "null" : "a value") + ", got " + (a.isNull() ? "null" : QString::number(a.toDouble(), 'g', 17))));
            continue;
        }
        TIDEOVER_COMPARE_REL(a.toDouble(), e.toDouble(), kTolerance, key.toStdString());
    }
}

QTEST_GUILESS_MAIN(GoldenTest)
#include "tst_golden.moc"
