// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "packagecostchart.h"

#include "core/engine/package.h"
#include "document/scenariodocument.h"

#include <cmath>
#include <limits>

namespace tideover::ui {

PackageCostChart::PackageCostChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Cost of the package, by who pays"), parent)
{
    using P = ChartStyle::Payer;
    m_employers = addSeries({tr("Employers"), QStringLiteral("employers_cost"), Kind::Bars, ResultUnit::Money,
                             Axis::Left, ChartStyle::payer(P::Employers), 0});
    m_workers = addSeries({tr("Workers"), QStringLiteral("workers_cost"), Kind::Bars, ResultUnit::Money, Axis::Left,
                           ChartStyle::payer(P::Workers), 0});
    m_state = addSeries({tr("The state"), QStringLiteral("state_cost"), Kind::Bars, ResultUnit::Money, Axis::Left,
                         ChartStyle::payer(P::State), 0});
    applyUnit();
    refresh();
}

void PackageCostChart::setUnit(Unit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    applyUnit();
    refresh();
}

void PackageCostChart::applyUnit()
{
    const ResultUnit unit = m_unit == Unit::Money ? ResultUnit::Money : ResultUnit::Percent;
    for (int s : {m_employers, m_workers, m_state})
        setSeriesUnit(s, unit);
    if (m_unit == Unit::Money)
        setAxisTitle(Axis::Left, tr("Per year"), ResultUnit::Money);
    else if (m_unit == Unit::Wages)
        setAxisTitle(Axis::Left, tr("Cost"), ResultUnit::Percent, tr("% of insured wages"));
    else
        setAxisTitle(Axis::Left, tr("Cost"), ResultUnit::Percent, tr("% of GDP"));
}

void PackageCostChart::updateData(const core::ProjectionResult&, const core::Scenario&)
{
    const core::PackageResult* package = document() ? document()->packageResult() : nullptr;
    if (!package) {
        for (int s : {m_employers, m_workers, m_state})
            setSeriesValues(s, {});
        return;
    }
    using C = core::PackageColumn;
    // model-spec v5: package_cost_to_wages and _to_gdp divide by wage_bill and gdp, empty when
    // the denominator is 0 or not given; each payer's share is divided the same way.
    const auto values = [&](C column) {
        QVector<double> v(package->years);
        for (int y = 0; y < package->years; ++y) {
            const double x = package->at(y, column);
            double denominator = 1.0;
            if (m_unit == Unit::Wages)
                denominator = package->at(y, C::wage_bill);
            else if (m_unit == Unit::Gdp)
                denominator = package->at(y, C::gdp);
            v[y] = m_unit == Unit::Money ? x
                   : denominator > 0     ? x / denominator
                                         : std::numeric_limits<double>::quiet_NaN();
        }
        return v;
    };
    setSeriesValues(m_employers, values(C::employers_cost));
    setSeriesValues(m_workers, values(C::workers_cost));
    setSeriesValues(m_state, values(C::state_cost));
}

} // namespace tideover::ui
