// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "valueaxisticker.h"

#include "core/io/numberstyle.h"

#include <cmath>

namespace tideover::ui {

double ValueAxisTicker::getTickStep(const QCPRange& range)
{
    const double step = QCPAxisTicker::getTickStep(range);
    // The fewest decimals that show every tick of this step exactly (0.25 needs two): the
    // number style's rule for axes (docs/number-style.md).
    m_decimals = core::stepDecimals(step * m_factor);
    return step;
}

QString ValueAxisTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    double value = tick * m_factor;
    // A tick at zero computed as 1e-17 would print as "-0".
    if (std::abs(value) < 1e-9 * std::pow(10.0, -m_decimals))
        value = 0.0;
    return m_locale.toString(value, 'f', m_decimals);
}

} // namespace tideover::ui
