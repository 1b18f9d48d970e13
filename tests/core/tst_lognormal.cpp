// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The closed-form lognormal expectations against numerical integration.

#include "core/engine/lognormal.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace tideover::core;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// E[g(X)] for X lognormal with mean m and log-sd s, by composite Simpson over z in [-12, 12]
// (X = m exp(s z - s^2/2), z standard normal).
template <class F> double integrate(double m, double s, F g)
{
    const int n = 200000;  // even
    const double a = -12, b = 12, h = (b - a) / n;
    double sum = 0;
    for (int i = 0; i <= n; ++i) {
        const double z = a + i * h;
        const double w = (i == 0 || i == n) ? 1 : (i % 2 ? 4 : 2);
        const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2 * M_PI);
        sum += w * g(m * std::exp(s * z - 0.5 * s * s)) * pdf;
    }
    return sum * h / 3;
}

}  // namespace

class LognormalTest : public QObject {
    Q_OBJECT

private slots:
    void normalCdf_knownValues();
    void expectedClamp_matchesIntegration_data();
    void expectedClamp_matchesIntegration();
    void expectedBenefit_matchesIntegration_data();
    void expectedBenefit_matchesIntegration();
    void zeroDispersion_isThePointValue();
};

void LognormalTest::normalCdf_knownValues()
{
    QCOMPARE(normalCdf(0), 0.5);
    QVERIFY(std::abs(normalCdf(1.959963984540054) - 0.975) < 1e-15);
    QVERIFY(std::abs(normalCdf(-8) - 6.22096057427178e-16) < 1e-28);  // accurate in the far tail
}

void LognormalTest::expectedClamp_matchesIntegration_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::newRow("no bounds") << 2000.0 << 0.6 << 0.0 << kInf;
    QTest::newRow("ceiling only") << 2000.0 << 0.6 << 0.0 << 3000.0;
    QTest::newRow("floor only") << 2000.0 << 0.6 << 1000.0 << kInf;
    QTest::newRow("floor and ceiling") << 3500.0 << 0.7 << 1650.0 << 5000.0;
    QTest::newRow("tight band") << 1000.0 << 1.2 << 990.0 << 1010.0;
    QTest::newRow("high dispersion") << 1000.0 << 2.0 << 100.0 << 20000.0;
    QTest::newRow("small dispersion") << 1000.0 << 0.05 << 900.0 << 1050.0;
    QTest::newRow("ceiling far below mean") << 1000.0 << 0.5 << 0.0 << 50.0;
    QTest::newRow("floor far above mean") << 1000.0 << 0.5 << 20000.0 << kInf;
}

void LognormalTest::expectedClamp_matchesIntegration()
{
    QFETCH(double, mean);
    QFETCH(double, sigma);
    QFETCH(double, lo);
    QFETCH(double, hi);
    const double closed = expectedClamp(mean, sigma, lo, hi);
    const double numeric = integrate(mean, sigma, [&](double x) { return std::clamp(x, lo, hi); });
    QVERIFY2(std::abs(closed - numeric) <= 1e-9 * std::abs(numeric),
             qPrintable(QStringLiteral("closed %1, numeric %2").arg(closed, 0, 'g', 17).arg(numeric, 0, 'g', 17)));
}

void LognormalTest::expectedBenefit_matchesIntegration_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("floor");
    QTest::addColumn<double>("ceiling");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::newRow("plain 60 %") << 1700.0 << 0.6 << 0.6 << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("ceiling binds") << 2975.0 << 0.7 << 0.8 << 0.0 << 5000.0 << 0.0 << 0.0;
    QTest::newRow("min and max") << 2975.0 << 0.7 << 0.5 << 0.0 << 5000.0 << 300.0 << 2500.0;
    QTest::newRow("floor and minimum") << 800.0 << 0.9 << 0.45 << 500.0 << 0.0 << 300.0 << 0.0;
    QTest::newRow("maximum below rate x floor") << 1000.0 << 0.6 << 0.6 << 2000.0 << 0.0 << 0.0 << 1000.0;
    QTest::newRow("minimum above rate x ceiling") << 1000.0 << 0.6 << 0.3 << 0.0 << 1000.0 << 400.0 << 0.0;
    QTest::newRow("zero rate pays the minimum") << 1000.0 << 0.6 << 0.0 << 0.0 << 0.0 << 250.0 << 0.0;
    QTest::newRow("rate above one") << 1000.0 << 1.1 << 1.5 << 0.0 << 3000.0 << 0.0 << 0.0;
}

void LognormalTest::expectedBenefit_matchesIntegration()
{
    QFETCH(double, mean);
    QFETCH(double, sigma);
    QFETCH(double, rate);
    QFETCH(double, floor);
    QFETCH(double, ceiling);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    const double lo = floor > 0 ? floor : 0, hi = ceiling > 0 ? ceiling : kInf;
    const double bMin = minimum, bMax = maximum > 0 ? maximum : kInf;
    const double closed = expectedBenefit(mean, sigma, rate, floor, ceiling, minimum, maximum);
    const double numeric = integrate(mean, sigma, [&](double x) { return std::clamp(rate * std::clamp(x, lo, hi), bMin, bMax); });
    QVERIFY2(std::abs(closed - numeric) <= 1e-9 * std::max(1.0, std::abs(numeric)),
             qPrintable(QStringLiteral("closed %1, numeric %2").arg(closed, 0, 'g', 17).arg(numeric, 0, 'g', 17)));
}

void LognormalTest::zeroDispersion_isThePointValue()
{
    QCOMPARE(expectedClamp(1000, 0, 0, kInf), 1000.0);
    QCOMPARE(expectedClamp(1000, 0, 0, 800), 800.0);
    QCOMPARE(expectedBenefit(1000, 0, 0.6, 0, 0, 700, 0), 700.0);
    QCOMPARE(expectedBenefit(1000, 0, 0.6, 0, 0, 0, 500), 500.0);
}

QTEST_GUILESS_MAIN(LognormalTest)
#include "tst_lognormal.moc"
