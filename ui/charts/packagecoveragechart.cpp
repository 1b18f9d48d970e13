// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "packagecoveragechart.h"

#include "core/engine/package.h"
#include "document/scenariodocument.h"

namespace tideover::ui {

PackageCoverageChart::PackageCoverageChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Share of the unemployed protected"), parent)
{
    using S = ChartStyle::Series;
    m_insurance = addSeries({tr("Insurance"), QStringLiteral("insurance_coverage"), Kind::Line, ResultUnit::Percent,
                             Axis::Left, ChartStyle::series(S::Blue)});
    m_savings = addSeries({tr("Savings accounts"), QStringLiteral("savings_coverage"), Kind::Line,
                           ResultUnit::Percent, Axis::Left, ChartStyle::series(S::BluishGreen)});
    m_assistance = addSeries({tr("Assistance"), QStringLiteral("assistance_coverage"), Kind::Line,
                              ResultUnit::Percent, Axis::Left, ChartStyle::series(S::Orange)});
    // Any part: in the text colour, the line the others add up to (those on insurance once).
    m_any = addSeries({tr("Any part"), QStringLiteral("any_coverage"), Kind::Line, ResultUnit::Percent, Axis::Left,
                       {}});
    // Not a share of the unemployed but of those who lost a job: dashed, to read apart.
    SeriesSpec severance{tr("Paid severance (of those who lost a job)"), QStringLiteral("severance_coverage"),
                         Kind::Line, ResultUnit::Percent, Axis::Left, ChartStyle::series(S::Vermillion)};
    severance.penStyle = Qt::DashLine;
    m_severance = addSeries(severance);
    setAxisTitle(Axis::Left, tr("Share"), ResultUnit::Percent);
    setMinimumAxisTop(Axis::Left, 1.0);
    refresh();
}

void PackageCoverageChart::updateData(const core::ProjectionResult&, const core::Scenario& scenario)
{
    const core::PackageResult* package = document() ? document()->packageResult() : nullptr;
    using C = core::PackageColumn;
    const auto values = [&](C column, bool shown) {
        if (!package || !shown)
            return QVector<double>();
        const Eigen::ArrayXd v = package->column(column);
        return QVector<double>(v.data(), v.data() + v.size());
    };
    setSeriesValues(m_insurance, values(C::insurance_coverage, true));
    setSeriesValues(m_savings, values(C::savings_coverage, core::hasSavings(scenario)));
    setSeriesValues(m_assistance, values(C::assistance_coverage, core::hasAssistance(scenario)));
    setSeriesValues(m_any, values(C::any_coverage, true));
    setSeriesValues(m_severance, values(C::severance_coverage, core::hasSeverance(scenario)));
}

} // namespace tideover::ui
