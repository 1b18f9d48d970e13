// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "comparisonchart.h"

#include "analysisdata/comparisonset.h"
#include "document/scenariodocument.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace tideover::ui {

namespace {

using S = ChartStyle::Series;
// Pinned scenarios take these in turn; past the seventh the lines are dashed.
constexpr S kCycle[] = {S::Blue,    S::Vermillion, S::BluishGreen, S::ReddishPurple,
                        S::SkyBlue, S::Orange,     S::Yellow};
constexpr int kCycleLength = int(std::size(kCycle));

} // namespace

ComparisonChart::ComparisonChart(ComparisonSet* set, QWidget* parent)
    : ChartView(set->document(), tr("Compared scenarios"), parent, Source::Own), m_set(set)
{
    connect(set, &ComparisonSet::changed, this, &ComparisonChart::rebuild);
    rebuild();
}

void ComparisonChart::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
}

QColor ComparisonChart::lineColour(int index) const
{
    const auto columns = m_set->compared();
    if (index < 0 || index >= int(columns.size()))
        return {};
    if (columns[std::size_t(index)].isCurrent)
        return palette().color(QPalette::Text);
    const int pinned = index - (m_set->includesCurrent() ? 1 : 0);
    return ChartStyle::series(kCycle[pinned % kCycleLength]);
}

void ComparisonChart::rebuild()
{
    removeAllSeries();
    core::Column column = core::Column::reserve_ratio;
    ResultUnit unit = ResultUnit::Years;
    QString csv = QStringLiteral("reserve_ratio");
    switch (m_measure) {
    case Measure::ReserveRatio:
        setAxisTitle(Axis::Left, tr("Reserve ratio"), ResultUnit::Years, tr("years of expenditure"));
        break;
    case Measure::Reserve:
        column = core::Column::reserve;
        unit = ResultUnit::Money;
        csv = QStringLiteral("reserve");
        setAxisTitle(Axis::Left, tr("Reserve"), ResultUnit::Money);
        break;
    case Measure::CostRate:
        column = core::Column::cost_rate;
        unit = ResultUnit::Percent;
        csv = QStringLiteral("cost_rate");
        setAxisTitle(Axis::Left, tr("Cost rate"), ResultUnit::Percent, tr("% of insured wages"));
        break;
    case Measure::ContributionRate:
        column = core::Column::contribution_rate;
        unit = ResultUnit::Percent;
        csv = QStringLiteral("contribution_rate");
        setAxisTitle(Axis::Left, tr("Contribution rate"), ResultUnit::Percent, tr("% of insured wages"));
        break;
    }
    const std::vector<ComparedScenario> columns = m_set->compared();
    // The years of every scenario with results; a scenario is blank where it does not project.
    int first = std::numeric_limits<int>::max();
    int end = std::numeric_limits<int>::min();
    std::vector<int> series;
    bool stale = false;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const ComparedScenario& c = columns[i];
        SeriesSpec spec{c.name,
                        csv + QLatin1Char(':') +
                            QString(c.name).replace(QRegularExpression(QStringLiteral("[,\"\\n\\r]")),
                                                    QStringLiteral(" ")),
                        Kind::Line,
                        unit,
                        Axis::Left,
                        c.isCurrent ? QColor() : lineColour(int(i))};
        const int pinned = int(i) - (m_set->includesCurrent() ? 1 : 0);
        if (!c.isCurrent && pinned >= kCycleLength)
            spec.penStyle = Qt::DashLine;
        series.push_back(addSeries(spec));
        if (c.result) {
            first = std::min(first, c.result->startYear);
            end = std::max(end, c.result->startYear + c.result->years);
        }
        stale = stale || c.isStale;
    }
    if (first > end) {
        showData(0, 0, {}, false,
                 columns.empty() ? tr("Pin scenarios to compare them")
                                 : tr("No results: the scenario has errors"));
        return;
    }
    showData(
        first, end - first,
        [&] {
            for (std::size_t i = 0; i < columns.size(); ++i) {
                QVector<double> values(end - first, std::numeric_limits<double>::quiet_NaN());
                if (const core::ProjectionResult* r = columns[i].result)
                    for (int y = 0; y < r->years; ++y)
                        values[r->startYear - first + y] = r->at(y, column);
                setSeriesValues(series[i], values);
            }
        },
        false,
        stale ? tr("The scenario being edited has errors: its line shows the last valid results")
              : QString());
}

} // namespace tideover::ui
