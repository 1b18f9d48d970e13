// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <qcustomplot.h>

namespace tideover::ui {

// Ticks for an axis of calendar years: whole years only, steps of 1, 2, 5, 10, ... so the
// labels land on round years (2030, 2035), and never a thousands separator ("2,030").
class YearAxisTicker : public QCPAxisTicker {
public:
    YearAxisTicker();

protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
};

} // namespace tideover::ui
