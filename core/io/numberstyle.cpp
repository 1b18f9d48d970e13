// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/numberstyle.h"

#include "core/io/resultformat.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace tideover::core {

namespace {

constexpr int kMaxDecimals = 2;

double scaleOf(Figure kind) { return kind == Figure::Rate ? 100.0 : 1.0; }

double roundTo(double x, int decimals)
{
    const double p = std::pow(10.0, decimals);
    const double r = std::round(x * p) / p;
    return std::isfinite(r) ? r : x;  // a value near DBL_MAX overflows when multiplied
}

// Three significant digits, at most two decimals, decided on the rounded value (9.996 has
// 1 decimal: "10.0", not "10.00").
int significantDecimals(double shown)
{
    const double a = std::abs(shown);
    for (int d = kMaxDecimals; d > 0; --d)
        if (roundTo(a, d) < std::pow(10.0, 3 - d))
            return d;
    return 0;
}

int ruleDecimals(Figure kind, double shown)
{
    if (!std::isfinite(shown))
        return 0;
    switch (kind) {
    case Figure::Rate:
    case Figure::Scaled: return significantDecimals(shown);
    case Figure::Ratio: return 2;
    case Figure::Money: return roundTo(std::abs(shown), 2) >= 1000.0 ? 0 : 2;
    case Figure::Persons: return 0;
    }
    return 0;
}

}  // namespace

FigureStyle figureStyle(Figure kind, double value)
{
    const double shown = value * scaleOf(kind);
    return figureStyle(kind, value, ruleDecimals(kind, shown));
}

FigureStyle figureStyle(Figure kind, double value, int decimals)
{
    FigureStyle f;
    f.shown = value * scaleOf(kind);
    if (!std::isfinite(f.shown))
        return f;
    f.decimals = std::clamp(decimals, 0, 6);
    f.shown = roundTo(f.shown, f.decimals);
    if (f.shown == 0.0) {
        f.shown = 0.0;  // no "-0"
        if (kind == Figure::Money)
            f.decimals = 0;
    }
    return f;
}

int sharedDecimals(Figure kind, std::span<const double> values)
{
    int decimals = INT_MAX;
    for (const double v : values) {
        const double shown = v * scaleOf(kind);
        if (!std::isfinite(shown) || (kind == Figure::Money && roundTo(shown, 2) == 0.0))
            continue;
        decimals = std::min(decimals, ruleDecimals(kind, shown));
    }
    return decimals == INT_MAX ? ruleDecimals(kind, 0.0) : decimals;
}

int sharedDecimals(Figure kind, std::initializer_list<double> values)
{
    return sharedDecimals(kind, std::span<const double>(values.begin(), values.size()));
}

int stepDecimals(double step)
{
    const double scaled = std::abs(step);
    if (!std::isfinite(scaled) || scaled == 0.0)
        return 0;
    int decimals = 0;
    while (decimals < 6) {
        const double shifted = scaled * std::pow(10.0, decimals);
        // Relative to the step, so that a step of 1e-9 is not taken for a whole number.
        if (std::abs(shifted - std::round(shifted)) < 1e-6 * shifted)
            break;
        ++decimals;
    }
    return decimals;
}

int compactMoneyExponent(double amount)
{
    const double a = std::abs(amount);
    if (!std::isfinite(a))
        return 0;
    for (const int exponent : {12, 9, 6}) {
        const double scaled = a / std::pow(10.0, exponent);
        if (roundTo(scaled, significantDecimals(scaled)) >= 1.0)
            return exponent;
    }
    return 0;
}

std::string formatFigure(Figure kind, double value)
{
    const FigureStyle f = figureStyle(kind, value);
    return formatThousands(f.shown, f.decimals);
}

std::string formatFigure(Figure kind, double value, int decimals)
{
    const FigureStyle f = figureStyle(kind, value, decimals);
    return formatThousands(f.shown, f.decimals);
}

}  // namespace tideover::core
