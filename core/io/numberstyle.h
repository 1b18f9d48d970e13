// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <initializer_list>
#include <span>
#include <string>

namespace tideover::core {

// The one number style of every figure people read: the desktop app (headline figures,
// tables, chart labels), the PDF report and the command line's readable table. Machine
// formats (CSV, JSON) keep full precision and do not use it. The rule, per kind of figure,
// is written down in docs/number-style.md; the GUI adds its locale's separators on top.
enum class Figure {
    Rate,     // a fraction shown as a percentage: contribution, cost, replacement and coverage
              // rates, probabilities; 3 significant digits, at most 2 decimals (1.25 %, 40.1 %)
    Ratio,    // a ratio or multiple: the reserve ratio in years, months of benefits covered,
              // the high-cost multiple; always 2 decimals (0.87, 12.40)
    Money,    // an amount in its currency's unit: no decimals from 1,000 up, 2 below, and an
              // amount that rounds to zero is 0 (never 0.00)
    Persons,  // a number of people: whole numbers
    Scaled,   // any figure shown in a larger unit (money in millions, persons in thousands):
              // 3 significant digits, at most 2 decimals (3.35 m, 12.5 bn, 450)
};

// A figure ready to be written: the value in the unit it is read in (a rate times 100),
// rounded to `decimals`, never -0.
struct FigureStyle {
    double shown = 0;
    int decimals = 0;
};

// `value` in its stored unit (a rate as a fraction). NaN and infinities keep their value
// with 0 decimals; writers show them as a dash.
FigureStyle figureStyle(Figure kind, double value);
// The same with the decimals fixed by the caller (figures shown together, sharedDecimals);
// money that rounds to zero still has none.
FigureStyle figureStyle(Figure kind, double value, int decimals);

// Figures shown together (a pair "a → b", a table column) share one number of decimals:
// the fewest that any of them has by the rule, so that they line up and none claims more
// precision than its neighbours. Values that are not finite, and zero money, do not count.
int sharedDecimals(Figure kind, std::span<const double> values);
int sharedDecimals(Figure kind, std::initializer_list<double> values);

// The decimals that show every tick of an axis step exactly (5 -> 0, 0.25 -> 2), at most 6:
// the labels of one axis share them.
int stepDecimals(double step);

// The powers of ten by which compact money is divided: 0 (below a million), 6 (millions),
// 9 (billions) or 12 (trillions), chosen after rounding to 3 significant digits so that
// 999,999,999 reads "1.00 bn" and not "1,000 m".
int compactMoneyExponent(double amount);

// A figure written with ',' between thousands and '.' before the decimals, "-" when not
// finite: the command line's readable table.
std::string formatFigure(Figure kind, double value);
std::string formatFigure(Figure kind, double value, int decimals);

}  // namespace tideover::core
