// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "beneficiarieschart.h"
#include "groupflowschart.h"

namespace tideover::ui {

BeneficiariesChart::BeneficiariesChart(ScenarioDocument* document, QWidget* parent)
    : ChartView(document, tr("Beneficiaries and coverage"), parent)
{
    build({}, {});
    setAxisTitle(Axis::Left, tr("Persons"), ResultUnit::Persons);
    setAxisTitle(Axis::Right, tr("Effective coverage"), ResultUnit::Percent, tr("% of the unemployed"));
    refresh();
}

void BeneficiariesChart::build(const QStringList& names, const QStringList& titles)
{
    removeAllSeries();
    m_groupNames = names;
    m_groupTitles = titles;
    m_groupSeries.clear();
    using S = ChartStyle::Series;
    const bool groups = !names.isEmpty();
    // The bands come first so the lines are drawn over them. Their colours are the groups'
    // (the Groups tab's), so with groups the lines turn to the text colour, told apart by
    // their dashes: an orange new-claims line would read as the second group's.
    for (qsizetype i = 0; i < names.size(); ++i) {
        SeriesSpec band{titles[i], QStringLiteral("beneficiaries:") + names[i], Kind::Band, ResultUnit::Persons,
                        Axis::Left, ChartStyle::group(int(i))};
        band.fillTo = m_groupSeries.empty() ? -1 : m_groupSeries.back();
        band.fillOpacity = 0.8; // near the Groups tab's full colour, light enough for the line over it
        m_groupSeries.push_back(addSeries(band));
    }
    SeriesSpec newClaims{tr("New claims in the year"), QStringLiteral("new_claims"), Kind::Line,
                         ResultUnit::Persons, Axis::Left, ChartStyle::series(S::Orange)};
    SeriesSpec beneficiaries{tr("Beneficiaries (average)"), QStringLiteral("beneficiaries"), Kind::Line,
                             ResultUnit::Persons, Axis::Left, ChartStyle::series(S::SkyBlue)};
    SeriesSpec coverage{tr("Effective coverage (right axis)"), QStringLiteral("effective_coverage"), Kind::Line,
                        ResultUnit::Percent, Axis::Right, ChartStyle::series(S::BluishGreen)};
    if (groups) {
        newClaims.colour = beneficiaries.colour = coverage.colour = QColor();
        newClaims.penStyle = Qt::DashLine;
        newClaims.lineWidth = 1.6;
        coverage.penStyle = Qt::DotLine;
        coverage.lineWidth = 1.8;
        beneficiaries.title = tr("Beneficiaries (average), all groups");
    }
    m_newClaims = addSeries(newClaims);
    m_beneficiaries = addSeries(beneficiaries);
    m_coverage = addSeries(coverage);
    m_newClaimsActual =
        addActual({tr("Actual new claims"), QStringLiteral("new_claims_actual"), m_newClaims});
    m_beneficiariesActual =
        addActual({tr("Actual beneficiaries"), QStringLiteral("beneficiaries_actual"), m_beneficiaries});
    m_coverageActual =
        addActual({tr("Actual effective coverage"), QStringLiteral("effective_coverage_actual"), m_coverage});
}

void BeneficiariesChart::updateData(const core::ProjectionResult& result, const core::Scenario& scenario)
{
    QStringList names;
    QStringList titles;
    for (const core::GroupTable& g : result.groups) {
        names << QString::fromStdString(g.name);
        titles << GroupFlowsChart::groupTitle(g).simplified(); // a file's text: one line, plain
    }
    if (names != m_groupNames || titles != m_groupTitles)
        build(names, titles);
    for (std::size_t i = 0; i < m_groupSeries.size(); ++i) {
        const Eigen::ArrayXd column = result.groups[i].annual.col(static_cast<int>(core::Column::beneficiaries));
        setSeriesValues(m_groupSeries[i], QVector<double>(column.data(), column.data() + column.size()));
    }
    setSeriesValues(m_newClaims, columnValues(result, core::Column::new_claims));
    setSeriesValues(m_beneficiaries, columnValues(result, core::Column::beneficiaries));
    setSeriesValues(m_coverage, columnValues(result, core::Column::effective_coverage));
    using H = core::HistoryColumn;
    const core::History& history = scenario.history;
    setActualValues(m_newClaimsActual, historyValues(history, H::new_claims));
    setActualValues(m_beneficiariesActual, historyValues(history, H::beneficiaries));
    // Effective coverage = beneficiaries / unemployed, the unemployed being the labour force
    // times the unemployment rate (the SDG 1.3.1 reading of model-spec v3's monitoring).
    std::map<int, double> coverage;
    for (const auto& [year, row] : history.years) {
        const auto b = row[H::beneficiaries];
        const auto lf = row[H::labour_force];
        const auto u = row[H::unemployment_rate];
        if (b && lf && u && *lf * *u > 0)
            coverage.emplace(year, *b / (*lf * *u));
    }
    setActualValues(m_coverageActual, std::move(coverage));
}

} // namespace tideover::ui
