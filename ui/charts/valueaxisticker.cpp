// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "valueaxisticker.h"

#include <cmath>

namespace tideover::ui {

double ValueAxisTicker::getTickStep(const QCPRange& range)
{
    const double step = QCPAxisTicker::getTickStep(range);
    // The fewest decimals that show every tick of this step exactly (0.25 needs two).
    const double scaled = std::abs(step * m_factor);
    m_decimals = 0;
    while (m_decimals < 6) {
        const double shifted = scaled * std::pow(10.0, m_decimals);
        if (std::abs(shifted - std::round(shifted)) < 1e-6 * std::max(1.0, shifted))
            break;
        ++m_decimals;
    }
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
