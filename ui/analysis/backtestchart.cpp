// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "backtestchart.h"

#include "format/monitoringtext.h"

#include <qcustomplot.h>

#include <limits>

namespace tideover::ui {

namespace {

ResultUnit unitOf(core::HistoryColumn column)
{
    const core::HistoryColumnInfo& info = core::historyColumn(column);
    if (info.fraction)
        return ResultUnit::Percent;
    return info.money ? ResultUnit::Money : ResultUnit::Persons;
}

}  // namespace

BacktestChart::BacktestChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Back-test: projected against actual"), parent, Source::Own)
{
    clearResult({});
}

void BacktestChart::setResult(const core::BacktestResult& result, core::HistoryColumn column, bool stale)
{
    removeAllSeries();
    const ResultUnit unit = unitOf(column);
    const QString name = QString::fromUtf8(core::historyColumn(column).name.data(),
                                           qsizetype(core::historyColumn(column).name.size()));
    m_projected = addSeries({tr("Projected"), name + QStringLiteral("_projected"), Kind::Line, unit, Axis::Left,
                             ChartStyle::series(ChartStyle::Series::Blue)});
    m_actual = addSeries({tr("Actual (history)"), name + QStringLiteral("_actual"), Kind::Line, unit, Axis::Left,
                          ChartStyle::series(ChartStyle::Series::Vermillion)});
    // The actual figures are points, not a line: years without one stay empty.
    if (auto* graph = qobject_cast<QCPGraph*>(plottable(m_actual))) {
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 8));
    }
    setAxisTitle(Axis::Left, MonitoringText::historyColumnTitle(column), unit);
    const int first = result.startYear();
    const int years = result.endYear() - first + 1;
    showData(
        first, years,
        [&] {
            QVector<double> projected(years, std::numeric_limits<double>::quiet_NaN());
            QVector<double> actual(years, std::numeric_limits<double>::quiet_NaN());
            for (int y = 0; y < years; ++y)
                projected[y] = core::projectedHistoryValue(result.projection, y, column);
            for (const core::BacktestColumn& c : result.columns)
                if (c.column == column)
                    for (const core::BacktestPoint& p : c.points)
                        actual[p.year - first] = p.actual;
            setSeriesValues(m_projected, projected);
            setSeriesValues(m_actual, actual);
        },
        stale, stale ? tr("The scenario has changed since this back-test: run it again") : QString());
}

void BacktestChart::clearResult(const QString& note)
{
    removeAllSeries();
    m_projected = m_actual = -1;
    showData(0, 0, {}, false, note);
}

}  // namespace tideover::ui
