// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/engine/lognormal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tideover::core {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

double orInfinity(double bound) { return bound > 0 ? bound : kInf; }
}  // namespace

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double expectedClamp(double mean, double sigma, double lo, double hi)
{
    if (sigma <= 0)
        return std::clamp(mean, lo, hi);
    if (lo >= hi)
        return lo;
    // z-scores of a bound k: P(X < k) = Phi(zP), E[X; X < k] = mean * Phi(zE).
    const double halfVar = 0.5 * sigma * sigma;
    double result = 0;
    double massBelowHi = mean;  // E[X; X < hi]
    if (std::isfinite(hi)) {
        const double l = std::log(hi / mean);
        massBelowHi = mean * normalCdf((l - halfVar) / sigma);
        result += hi * normalCdf(-(l + halfVar) / sigma);  // hi * P(X > hi)
    }
    double massBelowLo = 0;  // E[X; X < lo]
    if (lo > 0) {
        const double l = std::log(lo / mean);
        massBelowLo = mean * normalCdf((l - halfVar) / sigma);
        result += lo * normalCdf((l + halfVar) / sigma);  // lo * P(X < lo)
    }
    return result + (massBelowHi - massBelowLo);
}

double probabilityBelow(double mean, double sigma, double limit)
{
    if (sigma <= 0)
        return mean < limit ? 1.0 : 0.0;
    return normalCdf((std::log(limit / mean) + 0.5 * sigma * sigma) / sigma);
}

double expectedClampBelow(double mean, double sigma, double lo, double hi, double limit)
{
    // clamp(X, lo, hi) 1{X < L} = clamp(min(X, L), lo, hi) - clamp(L, lo, hi) 1{X >= L}, and
    // clamp(min(X, L), lo, hi) is clamp(X, lo, min(hi, L)) when L >= lo, the constant lo otherwise.
    const double capped = limit >= lo ? expectedClamp(mean, sigma, lo, std::min(hi, limit)) : lo;
    return capped - std::clamp(limit, lo, hi) * (1.0 - probabilityBelow(mean, sigma, limit));
}

double expectedBenefit(double mean, double sigma, double rate, double floor, double ceiling,
                       double minimum, double maximum)
{
    const double bMin = minimum > 0 ? minimum : 0.0;
    const double bMax = orInfinity(maximum);
    if (rate <= 0)
        return std::clamp(0.0, bMin, bMax);
    // rate * clamp(X, F, C) = clamp(Y, rate F, rate C) with Y = rate X; two nested clamps of a
    // non-decreasing argument are one clamp to the intersection, or a constant when the two
    // intervals do not meet.
    const double a = rate * (floor > 0 ? floor : 0.0);
    const double b = rate * orInfinity(ceiling);
    const double lo = std::max(a, bMin);
    const double hi = std::min(b, bMax);
    if (lo <= hi)
        return expectedClamp(rate * mean, sigma, lo, hi);
    return b < bMin ? bMin : bMax;
}

}  // namespace tideover::core
