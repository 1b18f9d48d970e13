// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "yearaxisticker.h"

#include <cmath>

namespace tideover::ui {

YearAxisTicker::YearAxisTicker()
{
    setTickCount(8);
    setTickOrigin(0.0);
}

double YearAxisTicker::getTickStep(const QCPRange& range)
{
    const double wanted = range.size() / std::max(1, tickCount());
    for (const double step : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0})
        if (step >= wanted)
            return step;
    return 100.0 * std::ceil(wanted / 100.0);
}

int YearAxisTicker::getSubTickCount(double tickStep)
{
    // A small tick at every year while that stays legible.
    return tickStep <= 10.0 ? std::max(0, int(std::lround(tickStep)) - 1) : 0;
}

QString YearAxisTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    return QString::number(std::llround(tick));
}

} // namespace tideover::ui
