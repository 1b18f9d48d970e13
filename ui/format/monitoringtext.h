// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/monitoring.h"
#include "core/model/history.h"

#include <QCoreApplication>
#include <QString>

namespace tideover::ui {

// The words of the Monitoring page, the back-test and the calibration (model-spec v3) in the
// GUI's language: the history's columns and the monitoring indicators, with the projection's
// own high-cost multiple as a tenth indicator beside the US DOL one, named apart.
class MonitoringText {
    Q_DECLARE_TR_FUNCTIONS(tideover::ui::MonitoringText)

public:
    // The indicators shown: core::Indicator's nine, then the projection-only multiple.
    static constexpr int kCount = core::kIndicatorCount + 1;
    static constexpr int kProjectionHighCostMultiple = core::kIndicatorCount;
    enum class Unit { Percent, Years, Multiple };

    // "Benefits", "Reserve (end of year)".
    static QString historyColumnTitle(core::HistoryColumn column);
    // "Cost rate", "Average high-cost multiple (history and projection, US DOL)".
    static QString indicatorTitle(int indicator);
    // A shorter title where room is short (a table header), the same words where none is.
    static QString indicatorShortTitle(int indicator);
    // A sentence saying how the indicator is computed.
    static QString indicatorDefinition(int indicator);
    static Unit indicatorUnit(int indicator);
    // A value as shown: "31.6 %", "2.75 years", "1.24"; "—" for NaN. `compact` drops the
    // unit of a ratio in years ("2.75") where a header or title gives it.
    static QString formatIndicator(int indicator, double value, bool compact = false);
    // A relative error with its sign, "+3.2 %", "-1.5 %", "0 %" (never "-0 %").
    static QString signedPercent(double fraction);
    // A history figure as shown: money compact in the currency, persons, a percentage.
    static QString formatHistoryValue(core::HistoryColumn column, double value, const QString& currency);
};

}  // namespace tideover::ui
