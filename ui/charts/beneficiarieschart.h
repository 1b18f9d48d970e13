// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartview.h"

#include <QStringList>

#include <vector>

namespace tideover::ui {

// How many people the scheme pays (average beneficiaries, new claims in the year) and what
// share of the unemployed it reaches (effective coverage, right axis). With worker groups
// (model-spec v4) the beneficiaries stand as filled bands stacked by group, the main group at
// the bottom, under the total's line.
class BeneficiariesChart : public ChartView {
    Q_OBJECT

public:
    explicit BeneficiariesChart(ScenarioDocument* document, QWidget* parent = nullptr);

    // The series of the group bands, bottom up (empty without groups).
    const std::vector<int>& groupSeries() const { return m_groupSeries; }

protected:
    void updateData(const core::ProjectionResult& result, const core::Scenario& scenario) override;

private:
    // Declares the series: first one band per worker group (names and titles, main first), if any.
    void build(const QStringList& names, const QStringList& titles);

    QStringList m_groupNames;
    QStringList m_groupTitles;
    std::vector<int> m_groupSeries;
    int m_beneficiaries = -1;
    int m_newClaims = -1;
    int m_coverage = -1;
    int m_newClaimsActual = -1;
    int m_beneficiariesActual = -1;
    int m_coverageActual = -1;
};

} // namespace tideover::ui
