// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "monitoringtext.h"

#include "displayformat.h"

#include <cmath>

namespace tideover::ui {

QString MonitoringText::historyColumnTitle(core::HistoryColumn column)
{
    using C = core::HistoryColumn;
    switch (column) {
    case C::labour_force: return tr("Labour force");
    case C::unemployment_rate: return tr("Unemployment rate");
    case C::insured: return tr("Insured persons");
    case C::wage_bill: return tr("Covered wage bill");
    case C::contributions: return tr("Contributions");
    case C::state_subsidy: return tr("State subsidy");
    case C::new_claims: return tr("New claims");
    case C::beneficiaries: return tr("Beneficiaries");
    case C::benefits: return tr("Benefits");
    case C::expenditure: return tr("Total expenditure");
    case C::investment_income: return tr("Investment income");
    case C::reserve: return tr("Reserve (end of year)");
    }
    return {};
}

QString MonitoringText::indicatorTitle(int indicator)
{
    using I = core::Indicator;
    if (indicator == kProjectionHighCostMultiple)
        return tr("High-cost multiple (projection only)");
    switch (I(indicator)) {
    case I::legal_coverage: return tr("Legal coverage of the labour force");
    case I::effective_coverage_lf: return tr("Effective coverage of the labour force");
    case I::coverage_of_unemployed: return tr("Coverage of the unemployed (SDG 1.3.1)");
    case I::recipiency: return tr("Recipiency of new claims");
    case I::average_replacement_covered: return tr("Average replacement");
    case I::cost_rate: return tr("Cost rate");
    case I::benefit_cost_rate: return tr("Benefit cost rate");
    case I::reserve_ratio: return tr("Reserve ratio");
    case I::average_high_cost_multiple: return tr("Average high-cost multiple (history and projection, US DOL)");
    }
    return {};
}

QString MonitoringText::indicatorShortTitle(int indicator)
{
    using I = core::Indicator;
    if (indicator == kProjectionHighCostMultiple)
        return tr("High-cost\nmultiple\n(projection)");
    switch (I(indicator)) {
    case I::legal_coverage: return tr("Legal\ncoverage");
    case I::effective_coverage_lf: return tr("Effective\ncoverage");
    case I::coverage_of_unemployed: return tr("Unem-\nployed\ncovered");
    case I::recipiency: return tr("Recipiency");
    case I::average_replacement_covered: return tr("Average\nreplace-\nment");
    case I::cost_rate: return tr("Cost\nrate");
    case I::benefit_cost_rate: return tr("Benefit\ncost rate");
    case I::reserve_ratio: return tr("Reserve\nratio\n(years)");
    case I::average_high_cost_multiple: return tr("High-cost\nmultiple\n(US DOL)");
    }
    return {};
}

QString MonitoringText::indicatorDefinition(int indicator)
{
    using I = core::Indicator;
    if (indicator == kProjectionHighCostMultiple)
        return tr("The projection's own multiple: the reserve over the year's covered wages, divided by the mean "
                  "of the three highest benefit cost rates among the projected years up to it. It knows no "
                  "history.");
    switch (I(indicator)) {
    case I::legal_coverage:
        return tr("Workers the law covers as a share of the labour force: (1 − unemployment rate) × wage "
                  "employees' share × legal coverage. Projected only.");
    case I::effective_coverage_lf: return tr("Insured persons (contributors) as a share of the labour force.");
    case I::coverage_of_unemployed:
        return tr("Beneficiaries as a share of the unemployed: the SDG indicator 1.3.1 for unemployment.");
    case I::recipiency:
        return tr("New claims as a share of the insured who lose their job. Projected only: a history does not "
                  "record job losses.");
    case I::average_replacement_covered:
        return tr("The average benefit per beneficiary over the average covered wage per insured person.");
    case I::cost_rate: return tr("Total expenditure as a share of the covered wage bill.");
    case I::benefit_cost_rate: return tr("Benefits as a share of the covered wage bill.");
    case I::reserve_ratio: return tr("The reserve at the end of the year in years of that year's expenditure.");
    case I::average_high_cost_multiple:
        return tr("The US Department of Labor's measure: the reserve over the year's covered wages, divided by "
                  "the mean of the three highest benefit cost rates of the last 20 years, actual where the "
                  "history records them, else projected. The US recommends at least 1.");
    }
    return {};
}

MonitoringText::Unit MonitoringText::indicatorUnit(int indicator)
{
    using I = core::Indicator;
    if (indicator == kProjectionHighCostMultiple || indicator == int(I::average_high_cost_multiple))
        return Unit::Multiple;
    if (indicator == int(I::reserve_ratio))
        return Unit::Years;
    return Unit::Percent;
}

QString MonitoringText::formatIndicator(int indicator, double value, bool compact)
{
    if (!std::isfinite(value))
        return format::undefinedMark();
    switch (indicatorUnit(indicator)) {
    case Unit::Percent:
        return format::percent(value, std::abs(value) < 0.1 ? 2 : 1);
    case Unit::Years:
        return compact ? format::number(value, 2) : format::years(value);
    case Unit::Multiple:
        return format::number(value, 2);
    }
    return {};
}

QString MonitoringText::signedPercent(double fraction)
{
    if (!std::isfinite(fraction))
        return format::undefinedMark();
    // Rounded first, so that a tiny negative error does not show as "-0 %".
    const double shown = std::round(fraction * 1000) / 1000;
    if (shown == 0)
        return format::percent(0.0, 1);
    const QString text = format::percent(shown, 1);
    return shown > 0 ? QLocale().positiveSign() + text : text;
}

QString MonitoringText::formatHistoryValue(core::HistoryColumn column, double value, const QString& currency)
{
    if (!std::isfinite(value))
        return format::undefinedMark();
    const core::HistoryColumnInfo& info = core::historyColumn(column);
    if (info.fraction)
        return format::percent(value, 2);
    if (info.money)
        return format::money(value, currency, true);
    return format::number(value);
}

}  // namespace tideover::ui
