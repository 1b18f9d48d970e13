// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <functional>

namespace tideover::core {

// The one root solver of the engine and the analyses: Boost.Math's toms748_solve, the
// bracketing method of Alefeld, Potra and Shi (ACM TOMS algorithm 748), which on the
// solvers' (piecewise) affine gaps lands in two or three steps.

// Width at which a bracket is narrow enough. model-spec "break_even_rate" asks for 1e-9; the
// bracket is narrowed further so that the rates printed at 12 or more digits are settled.
inline constexpr double kRootTolerance = 1e-13;
inline constexpr int kRootMaxIterations = 200;

struct RootBracket {
    double lo = 0;
    double hi = 0;
};

// Narrows [lo, hi], over which f changes sign (fLo = f(lo) and fHi = f(hi) of opposite signs,
// both finite and non-zero), until it is at most kRootTolerance wide or f is exactly 0 at a
// point tried. The root lies in the returned bracket.
RootBracket narrowBracket(const std::function<double(double)>& f, double lo, double hi, double fLo, double fHi);

}  // namespace tideover::core
