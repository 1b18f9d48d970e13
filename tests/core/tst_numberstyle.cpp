// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The one number style (core/io/numberstyle.h, docs/number-style.md): per kind of figure, the
// decimals and rounding that every readable output uses (issue 16, item 4). The cases are
// the rule's table, its boundaries (9.996 % is "10.0", 999.996 money is "1,000") and the
// figures the issue found mixed: "40.1 % → 43 %", "2.309 %" beside "1.94 %",
// "1.08 % → 1.004 %", "0.00 VND" beside "3,350,000 VND".

#include "core/io/numberstyle.h"

#include <QtTest>

#include <limits>
#include <vector>

using namespace tideover::core;

Q_DECLARE_METATYPE(tideover::core::Figure)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class NumberStyleTest : public QObject {
    Q_OBJECT

private slots:
    void formatFigure_followsTheRule_data()
    {
        QTest::addColumn<Figure>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        // Rates: a fraction in percent, 3 significant digits, at most 2 decimals.
        QTest::newRow("rate 1.25 %") << Figure::Rate << 0.0125 << "1.25";
        QTest::newRow("rate break-even 2.309 %") << Figure::Rate << 0.02309 << "2.31";
        QTest::newRow("rate break-even 1.94 %") << Figure::Rate << 0.0194 << "1.94";
        QTest::newRow("rate cost 1.004 %") << Figure::Rate << 0.01004 << "1.00";
        QTest::newRow("rate small 0.35 %") << Figure::Rate << 0.0035 << "0.35";
        QTest::newRow("rate zero") << Figure::Rate << 0.0 << "0.00";
        QTest::newRow("rate coverage 40.1 %") << Figure::Rate << 0.401 << "40.1";
        QTest::newRow("rate coverage 43 %") << Figure::Rate << 0.43 << "43.0";
        QTest::newRow("rate 9.996 % rounds up to 10.0") << Figure::Rate << 0.09996 << "10.0";
        QTest::newRow("rate 99.96 % rounds up to 100") << Figure::Rate << 0.9996 << "100";
        QTest::newRow("rate 150 %") << Figure::Rate << 1.5 << "150";
        QTest::newRow("rate negative") << Figure::Rate << -0.0125 << "-1.25";
        QTest::newRow("rate tiny negative is not -0") << Figure::Rate << -1e-9 << "0.00";
        // Ratios: two decimals.
        QTest::newRow("ratio 0.87") << Figure::Ratio << 0.8712 << "0.87";
        QTest::newRow("ratio 12.4") << Figure::Ratio << 12.4 << "12.40";
        QTest::newRow("ratio large") << Figure::Ratio << 1234.5678 << "1,234.57";
        QTest::newRow("ratio negative") << Figure::Ratio << -0.5 << "-0.50";
        // Money: none from 1,000 up, 2 below, zero as 0.
        QTest::newRow("money 3,350,000") << Figure::Money << 3350000.4 << "3,350,000";
        QTest::newRow("money 1,000") << Figure::Money << 1000.0 << "1,000";
        QTest::newRow("money 999.996 rounds to 1,000") << Figure::Money << 999.996 << "1,000";
        QTest::newRow("money 512.3") << Figure::Money << 512.3 << "512.30";
        QTest::newRow("money zero") << Figure::Money << 0.0 << "0";
        QTest::newRow("money rounds to zero") << Figure::Money << 0.004 << "0";
        QTest::newRow("money negative zero") << Figure::Money << -0.0 << "0";
        QTest::newRow("money debt") << Figure::Money << -2500000.0 << "-2,500,000";
        // Persons: whole numbers.
        QTest::newRow("persons") << Figure::Persons << 4826303.6 << "4,826,304";
        QTest::newRow("persons few") << Figure::Persons << 12.0 << "12";
        // Scaled: 3 significant digits, at most 2 decimals.
        QTest::newRow("scaled 3.35") << Figure::Scaled << 3.3512 << "3.35";
        QTest::newRow("scaled 12.5") << Figure::Scaled << 12.54 << "12.5";
        QTest::newRow("scaled 450") << Figure::Scaled << 450.4 << "450";
        QTest::newRow("scaled 3,350,000") << Figure::Scaled << 3350000.0 << "3,350,000";
        // Not finite: a dash, whatever the kind.
        QTest::newRow("nan rate") << Figure::Rate << kNaN << "-";
        QTest::newRow("inf money") << Figure::Money << kInf << "-";
        QTest::newRow("-inf ratio") << Figure::Ratio << -kInf << "-";
    }
    void formatFigure_followsTheRule()
    {
        QFETCH(Figure, kind);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(formatFigure(kind, value)), expected);
    }

    void sharedDecimals_takeTheFewest_data()
    {
        QTest::addColumn<Figure>("kind");
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<int>("expected");
        QTest::newRow("coverage 40.1 % -> 43 %") << Figure::Rate << std::vector<double>{0.401, 0.43} << 1;
        QTest::newRow("cost rate 1.08 % -> 1.004 %") << Figure::Rate << std::vector<double>{0.0108, 0.01004} << 2;
        QTest::newRow("rate across 10 %") << Figure::Rate << std::vector<double>{0.0987, 0.102} << 1;
        QTest::newRow("rate with nan") << Figure::Rate << std::vector<double>{kNaN, 0.0125} << 2;
        QTest::newRow("money column") << Figure::Money << std::vector<double>{12.5, 1234.0, 0.0} << 0;
        QTest::newRow("money small with zero") << Figure::Money << std::vector<double>{0.0, 12.5} << 2;
        QTest::newRow("money only zeros") << Figure::Money << std::vector<double>{0.0, 0.0} << 2;
        QTest::newRow("ratio") << Figure::Ratio << std::vector<double>{0.5, 1234.0} << 2;
        QTest::newRow("scaled column") << Figure::Scaled << std::vector<double>{1.5, 12.25, 3.0} << 1;
        QTest::newRow("empty") << Figure::Rate << std::vector<double>{} << 2;
    }
    void sharedDecimals_takeTheFewest()
    {
        QFETCH(Figure, kind);
        QFETCH(std::vector<double>, values);
        QFETCH(int, expected);
        QCOMPARE(sharedDecimals(kind, std::span<const double>(values)), expected);
    }

    void figureStyle_withSharedDecimals_roundsAndKeepsZeroMoneyBare()
    {
        QCOMPARE(formatFigure(Figure::Rate, 0.43, 1), std::string("43.0"));
        QCOMPARE(formatFigure(Figure::Rate, 0.0987, 1), std::string("9.9"));
        QCOMPARE(formatFigure(Figure::Money, 12.5, 0), std::string("13"));
        QCOMPARE(formatFigure(Figure::Money, 0.0, 2), std::string("0"));
        QCOMPARE(formatFigure(Figure::Money, -0.001, 2), std::string("0"));
        const FigureStyle f = figureStyle(Figure::Rate, 0.0125);
        QCOMPARE(f.shown, 1.25);
        QCOMPARE(f.decimals, 2);
        QVERIFY(!std::signbit(figureStyle(Figure::Ratio, -1e-12).shown));
        // The largest double is written out in full, with its separators: never "inf".
        const std::string huge = formatFigure(Figure::Money, 1e308);
        QVERIFY2(huge.rfind("100,000,000,000", 0) == 0 && huge.size() == 309 + 102, huge.c_str());
    }

    void stepDecimals_showEveryTickExactly_data()
    {
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("expected");
        QTest::newRow("5") << 5.0 << 0;
        QTest::newRow("2000") << 2000.0 << 0;
        QTest::newRow("0.5") << 0.5 << 1;
        QTest::newRow("0.25") << 0.25 << 2;
        QTest::newRow("0.1 (not exact in binary)") << 0.1 << 1;
        QTest::newRow("1e-9 stops at 6") << 1e-9 << 6;
        QTest::newRow("zero") << 0.0 << 0;
        QTest::newRow("nan") << kNaN << 0;
    }
    void stepDecimals_showEveryTickExactly()
    {
        QFETCH(double, step);
        QFETCH(int, expected);
        QCOMPARE(stepDecimals(step), expected);
    }

    void compactMoneyExponent_choosesAfterRounding_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<int>("expected");
        QTest::newRow("999,999 is 1.00 m") << 999999.0 << 6;
        QTest::newRow("994,000 stays") << 994000.0 << 0;
        QTest::newRow("3.35 m") << 3.35e6 << 6;
        QTest::newRow("999,999,999 is 1.00 bn") << 999999999.0 << 9;
        QTest::newRow("12.5 bn") << 12.5e9 << 9;
        QTest::newRow("debt of 2 tn") << -2e12 << 12;
        QTest::newRow("zero") << 0.0 << 0;
        QTest::newRow("inf") << kInf << 0;
    }
    void compactMoneyExponent_choosesAfterRounding()
    {
        QFETCH(double, amount);
        QFETCH(int, expected);
        QCOMPARE(compactMoneyExponent(amount), expected);
    }
};

QTEST_GUILESS_MAIN(NumberStyleTest)
#include "tst_numberstyle.moc"
