// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "groupflowschart.h"

#include "document/scenariodocument.h"

namespace tideover::ui {

GroupFlowsChart::GroupFlowsChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("By worker group"), parent, Source::Own)
{
    setObjectName(QStringLiteral("groupFlowsChart"));
    if (document)
        connect(document, &ScenarioDocument::resultsChanged, this, &GroupFlowsChart::rebuild);
    rebuild();
}

QColor GroupFlowsChart::groupColour(int index)
{
    return ChartStyle::group(index);
}

QString GroupFlowsChart::groupTitle(const core::GroupTable& table)
{
    if (!table.title.empty())
        return QString::fromStdString(table.title);
    return table.name == "main" ? tr("Main group") : QString::fromStdString(table.name);
}

void GroupFlowsChart::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
}

void GroupFlowsChart::rebuild()
{
    removeAllSeries();
    core::Column column = core::Column::contributions;
    ResultUnit unit = ResultUnit::Money;
    QString csv = QStringLiteral("contributions");
    switch (m_measure) {
    case Measure::Contributions:
        setAxisTitle(Axis::Left, tr("Contributions per year"), ResultUnit::Money);
        break;
    case Measure::Benefits:
        column = core::Column::benefits;
        csv = QStringLiteral("benefits");
        setAxisTitle(Axis::Left, tr("Benefits per year"), ResultUnit::Money);
        break;
    case Measure::Insured:
        column = core::Column::insured;
        unit = ResultUnit::Persons;
        csv = QStringLiteral("insured");
        setAxisTitle(Axis::Left, tr("Insured"), ResultUnit::Persons);
        break;
    case Measure::Beneficiaries:
        column = core::Column::beneficiaries;
        unit = ResultUnit::Persons;
        csv = QStringLiteral("beneficiaries");
        setAxisTitle(Axis::Left, tr("Beneficiaries (average)"), ResultUnit::Persons);
        break;
    case Measure::CrossSubsidy:
        column = core::Column::balance;  // a group's balance is its cross-subsidy (model-spec v4)
        csv = QStringLiteral("cross_subsidy");
        setAxisTitle(Axis::Left, tr("Paid in minus drawn out per year"), ResultUnit::Money);
        break;
    }
    const core::ProjectionResult* result = document() ? document()->result() : nullptr;
    if (!result) {
        showData(0, 0, {}, false, tr("No results: the scenario has errors"));
        return;
    }
    const bool lines = m_measure == Measure::CrossSubsidy;
    struct Part {
        int series;
        const Eigen::ArrayXXd* table;
    };
    std::vector<Part> parts;
    if (result->hasGroups()) {
        for (std::size_t i = 0; i < result->groups.size(); ++i) {
            const core::GroupTable& g = result->groups[i];
            SeriesSpec spec{groupTitle(g),
                            csv + QLatin1Char(':') + QString::fromStdString(g.name),
                            lines ? Kind::Line : Kind::Bars,
                            unit,
                            Axis::Left,
                            groupColour(int(i)),
                            lines ? -1 : 0};
            parts.push_back({addSeries(spec), &g.annual});
        }
    } else {
        // One group: the total alone (a scheme's cross-subsidy is its balance).
        parts.push_back({addSeries({tr("Total"), csv, lines ? Kind::Line : Kind::Bars, unit, Axis::Left,
                                    groupColour(0), lines ? -1 : 0}),
                         &result->annual});
    }
    const bool stale = document()->isResultStale();
    showData(
        result->startYear, result->years,
        [&] {
            for (const Part& p : parts) {
                QVector<double> values(result->years);
                for (int y = 0; y < result->years; ++y)
                    values[y] = (*p.table)(y, static_cast<int>(column));
                setSeriesValues(p.series, values);
            }
        },
        stale,
        stale ? tr("Out of date: the scenario has errors. The chart shows the last valid results.")
              : result->hasGroups() ? QString()
                                    : tr("The scenario has one group of workers: add groups in the editor's "
                                         "Worker groups section to see each one here."));
}

} // namespace tideover::ui
