// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/engine/rootsolver.h"

#include <boost/math/tools/toms748_solve.hpp>

#include <cmath>
#include <cstdint>

namespace tideover::core {

RootBracket narrowBracket(const std::function<double(double)>& f, double lo, double hi, double fLo, double fHi)
{
    std::uintmax_t iterations = kRootMaxIterations;
    const auto narrow = [](double a, double b) { return std::abs(b - a) <= kRootTolerance; };
    const auto [a, b] = boost::math::tools::toms748_solve(f, lo, hi, fLo, fHi, narrow, iterations);
    return {a, b};
}

}  // namespace tideover::core
