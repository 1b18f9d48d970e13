// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

namespace tideover::core {

// Expectations of a lognormal variable X with mean `mean` > 0 and log-standard deviation
// `sigma` >= 0 (sigma = 0: X equals its mean), in closed form from the lognormal partial
// expectations E[X; X < k] = mean * Phi((ln(k/mean) - sigma^2/2) / sigma) (e.g. Klugman,
// Panjer and Willmot, "Loss Models", limited expected value of the lognormal). Used for wage
// floors and ceilings and benefit caps (model-spec "Wage distribution").

// Standard normal distribution function, accurate in both tails (via erfc).
double normalCdf(double x);

// E[ clamp(X, lo, hi) ] for 0 <= lo <= hi <= +inf; lo = 0 and hi = +inf are "no bound".
double expectedClamp(double mean, double sigma, double lo, double hi);

// E[ clamp(rate * clamp(X, floor, ceiling), minimum, maximum) ]: the expected benefit of a
// claimant with wage X, replacement rate `rate` >= 0, reference-wage bounds floor..ceiling and
// benefit bounds minimum..maximum (0 = none for each; infinity also means none).
double expectedBenefit(double mean, double sigma, double rate, double floor, double ceiling,
                       double minimum, double maximum);

// P(X < limit) for limit > 0.
double probabilityBelow(double mean, double sigma, double limit);

// E[ clamp(X, lo, hi) ; X < limit ]: the part of E[clamp(X, lo, hi)] that comes from X below
// `limit` > 0 (model-spec v4 "Payers": the contributions of members below the subsidy's limit).
double expectedClampBelow(double mean, double sigma, double lo, double hi, double limit);

}  // namespace tideover::core
