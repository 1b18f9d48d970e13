// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The output writers of core/io (resultformat, analysisformat, jsonwriter, csvwriter) fed
// numbers that are not finite directly: no writer may print inf or nan (an empty CSV cell, a
// JSON null, "-" in the readable table), and a lowest reserve ratio that is null has a null
// year too (issue 17, item 8). Plus the one CSV cell rule and the JSON text form.

#include "core/io/analysisformat.h"
#include "core/io/csvwriter.h"
#include "core/engine/projection.h"
#include "core/io/jsonwriter.h"
#include "core/io/numberstyle.h"
#include "core/io/resultformat.h"
#include "core/io/scenariofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <limits>
#include <span>
#include <sstream>
#include <vector>

using namespace tideover::core;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Fails when the text holds "inf" or "nan" in any case.
bool mentionsNonFinite(const std::string& text)
{
    const QString t = QString::fromStdString(text).toLower();
    return t.contains(QLatin1String("inf")) || t.contains(QLatin1String("nan"));
}

ProjectionResult resultWith(double value)
{
    ProjectionResult r;
    r.startYear = 2026;
    r.years = 2;
    r.annual = Eigen::ArrayXXd::Constant(2, static_cast<Eigen::Index>(columnNames().size()), value);
    r.monthly = Eigen::ArrayXXd::Constant(24, static_cast<Eigen::Index>(monthlyColumnNames().size()), value);
    return r;
}

QJsonObject parse(const std::string& json)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), json.c_str());
    return doc.object();
}

} // namespace

class ResultFormatTest : public QObject {
    Q_OBJECT

private slots:
    void formatCell_nonFinite_isEmpty_data()
    {
        QTest::addColumn<double>("x");
        QTest::newRow("+inf") << kInf;
        QTest::newRow("-inf") << -kInf;
        QTest::newRow("nan") << kNaN;
    }
    void formatCell_nonFinite_isEmpty()
    {
        QFETCH(double, x);
        QCOMPARE(QString::fromStdString(formatCell(x)), QString());
        QCOMPARE(QString::fromStdString(formatThousands(x, 2)), QStringLiteral("-"));
    }

    void formatCell_finite_has17Digits()
    {
        QCOMPARE(formatCell(0.1), std::string("0.10000000000000001"));
        QCOMPARE(formatCell(2027), std::string("2027"));
        QCOMPARE(formatThousands(-1234567.891, 1), std::string("-1,234,567.9"));
    }

    void annualAndMonthlyCsv_infinities_areEmptyCells()
    {
        for (const double x : {kInf, -kInf, kNaN}) {
            std::ostringstream annual, monthly;
            writeAnnualCsv(annual, resultWith(x));
            writeMonthlyCsv(monthly, resultWith(x));
            // The header names no "inf"; every row is only commas.
            const std::string a = annual.str();
            const std::string body = a.substr(a.find('\n') + 1);
            QVERIFY2(!mentionsNonFinite(body), body.c_str());
            QCOMPARE(body.substr(0, body.find('\n')), std::string(columnNames().size() - 1, ','));
            const std::string m = monthly.str();
            QVERIFY2(!mentionsNonFinite(m.substr(m.find('\n') + 1)), m.c_str());
        }
    }

    // The example of issue 17: labour.force=5e-324 gave "minimum_reserve_ratio": null with
    // "minimum_reserve_ratio_year": 2027.
    void summaryJson_infiniteRatio_nullWithNullYear()
    {
        Summary s;
        s.minimumReserveRatio = kInf;
        s.minimumReserveRatioYear = 2027;
        s.breakEvenRate = kNaN;
        const std::string json = summaryJson(s);
        QVERIFY2(!mentionsNonFinite(json), json.c_str());
        const QJsonObject o = parse(json);
        QVERIFY2(o.value("minimum_reserve_ratio").isNull(), json.c_str());
        QVERIFY2(o.value("minimum_reserve_ratio_year").isNull(), json.c_str());
        QVERIFY2(o.value("break_even_rate").isNull(), json.c_str());
        QVERIFY2(o.value("depletion_year").isNull(), json.c_str());
    }

    void summaryJson_finite_isTheFormerText()
    {
        Summary s;
        s.depletionYear = 2040;
        s.minimumReserveRatio = 0.5;
        s.minimumReserveRatioYear = 2039;
        s.breakEvenRate = 0.1;
        QCOMPARE(summaryJson(s), std::string("{\n  \"depletion_year\": 2040,\n  \"minimum_reserve_ratio\": 0.5,\n"
                                             "  \"minimum_reserve_ratio_year\": 2039,\n"
                                             "  \"break_even_rate\": 0.10000000000000001\n}\n"));
    }

    void readableTable_infinities_areDashes()
    {
        ProjectionResult r = resultWith(kInf);
        r.summary.minimumReserveRatio = kInf;
        r.summary.minimumReserveRatioYear = 2027;
        const std::string table = readableTable(r, Scenario{});
        QVERIFY2(!mentionsNonFinite(table), table.c_str());
        QVERIFY2(table.find("Lowest reserve ratio: -\n") != std::string::npos, table.c_str());
    }

    // The readable table follows the number style (docs/number-style.md): in every column the
    // same decimals, the rule's for the column's figures; the CSV of the same result keeps 17
    // significant digits.
    void readableTable_followsTheNumberStyle()
    {
        const Scenario s = loadScenario("builtin:default");
        const ProjectionResult r = project(s);
        const std::string table = readableTable(r, s);
        const QStringList lines = QString::fromStdString(table).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(1).simplified(), QStringLiteral("year insured beneficiaries rate % contributions m expenditure m "
                                                             "reserve m ratio yrs cost rate % coverage %"));
        // The decimals of each column, from its first row: then every row has them.
        const auto decimalsOf = [](const QString& cell) { return cell.contains('.') ? int(cell.size() - cell.indexOf('.') - 1) : 0; };
        const QStringList first = lines.value(2).simplified().split(QLatin1Char(' '));
        QCOMPARE(first.size(), 10);
        for (int y = 0; y < r.years; ++y) {
            const QStringList cells = lines.value(2 + y).simplified().split(QLatin1Char(' '));
            QCOMPARE(cells.size(), 10);
            for (int c = 1; c < 10; ++c)
                QVERIFY2(decimalsOf(cells[c]) == decimalsOf(first[c]), qPrintable(lines.value(2 + y)));
        }
        const auto columnOf = [&](Column c, double scale) {
            const Eigen::ArrayXd v = r.column(c) * scale;
            return std::vector<double>(v.data(), v.data() + v.size());
        };
        const std::vector<double> cost = columnOf(Column::cost_rate, 1);
        const int costDecimals = sharedDecimals(Figure::Rate, std::span<const double>(cost));
        QCOMPARE(decimalsOf(first[8]), costDecimals);
        QCOMPARE(first[8], QString::fromStdString(formatFigure(Figure::Rate, cost[0], costDecimals)));
        QCOMPARE(decimalsOf(first[1]), 0);  // persons
        QCOMPARE(decimalsOf(first[7]), 2);  // the reserve ratio
        const std::vector<double> reserve = columnOf(Column::reserve, 1e-6);
        QCOMPARE(first[6], QString::fromStdString(formatFigure(Figure::Scaled, reserve[0],
                                                               sharedDecimals(Figure::Scaled, std::span<const double>(reserve)))));
        QVERIFY2(table.find("Break-even contribution rate: " + formatFigure(Figure::Rate, *r.summary.breakEvenRate) +
                            " % of insured wages") != std::string::npos,
                 table.c_str());
        // Machine formats keep full precision.
        std::ostringstream csv;
        writeAnnualCsv(csv, r);
        QVERIFY(csv.str().find(formatCell(r.at(0, Column::cost_rate))) != std::string::npos);
        QVERIFY(formatCell(r.at(0, Column::cost_rate)).size() > 15);
    }

    void stressJson_nonFinite_nullAndNullYear()
    {
        StressResult r;
        r.shock.name = "recession";
        r.shock.startYear = 2027;
        r.shock.rise = 0.04;
        r.peakYear = 2027;
        for (StressOutcome* o : {&r.stressed, &r.baseline}) {
            o->minimumReserveRatio = kInf;
            o->minimumReserveRatioYear = 2027;
            o->monthsOfBenefitsCovered = kNaN;
        }
        const std::string json = stressJson(r);
        QVERIFY2(!mentionsNonFinite(json), json.c_str());
        const QJsonObject o = parse(json);
        for (const QJsonObject& outcome : {o, o.value("baseline").toObject()}) {
            QVERIFY2(outcome.value("minimum_reserve_ratio").isNull(), json.c_str());
            QVERIFY2(outcome.value("minimum_reserve_ratio_year").isNull(), json.c_str());
            QVERIFY2(outcome.value("months_of_benefits_covered").isNull(), json.c_str());
        }
        // The rise is echoed as typed, not with 17 digits.
        QVERIFY2(json.find("\"rise\": 0.04,") != std::string::npos, json.c_str());
    }

    void stochasticWriters_nonFinite_emptyOrNull()
    {
        StochasticResult r;
        r.startYear = 2026;
        r.years = 2;
        r.paths = 10;
        r.seed = 1;
        for (auto& table : r.percentiles)
            table = Eigen::ArrayXXd::Constant(2, kPercentileCount, kInf);
        r.depletionProbability = Eigen::ArrayXd::Constant(2, kNaN);
        std::ostringstream csv;
        writeStochasticCsv(csv, r);
        const std::string body = csv.str().substr(csv.str().find('\n') + 1);
        QVERIFY2(!mentionsNonFinite(body), body.c_str());
        const std::string json = stochasticSummaryJson(r);
        QVERIFY2(!mentionsNonFinite(json), json.c_str());
        QVERIFY2(parse(json).value("depletion_probability").isNull(), json.c_str());
    }

    void sensitivityCsv_nonFinite_emptyCells()
    {
        SensitivityResult r;
        r.measureBase = kInf;
        SensitivityRow row;
        row.key = "labour.force";
        row.label = "Labour force, \"persons\"";
        row.low = 1.0;
        row.base = 2.0;
        row.high = 3.0;
        row.measureLow = -kInf;
        row.measureHigh = kNaN;
        r.rows.push_back(row);
        std::ostringstream out;
        writeSensitivityCsv(out, r);
        QCOMPARE(out.str().substr(out.str().find('\n') + 1),
                 std::string("labour.force,\"Labour force, \"\"persons\"\"\",1,2,3,,,,\n"));
    }

    void csvCell_quotesOnlyWhatNeedsIt()
    {
        QCOMPARE(csvCell("plain"), std::string("plain"));
        QCOMPARE(csvCell("a,b"), std::string("\"a,b\""));
        QCOMPARE(csvCell("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(csvCell("two\nlines"), std::string("\"two\nlines\""));
        std::ostringstream row;
        writeCsvRow(row, {"x", "", "1,2"});
        QCOMPARE(row.str(), std::string("x,,\"1,2\"\n"));
    }

    void jsonText_layoutAndEscapes()
    {
        Json j;
        j["text"] = "quote \" backslash \\ escape \x1b tab \t";
        j["nested"]["n"] = 1;
        j["empty"] = Json::object();
        j["real"] = 1.5;
        j["nan"] = kNaN;
        j["short"] = jsonShortNumber(0.04);
        QCOMPARE(jsonText(j), std::string("{\n  \"text\": \"quote \\\" backslash \\\\ escape \\u001b tab \\t\",\n"
                                          "  \"nested\": {\n    \"n\": 1\n  },\n  \"empty\": {},\n"
                                          "  \"real\": 1.5,\n  \"nan\": null,\n  \"short\": 0.04\n}\n"));
    }
};

QTEST_GUILESS_MAIN(ResultFormatTest)
#include "tst_resultformat.moc"
