// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "packagecostchart.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace tideover::ui {

class PackageCoverageChart;
class ScenarioDocument;

// The Package tab of the results (model-spec v5 "Package results"): the package's cost per year
// by who pays, in money or as a share of insured wages or of GDP; the share of the unemployed
// each part protects; and, for a chosen year, the cost of each part by payer. Follows the
// document, whose projection computes the package with it.
class PackageView : public QWidget {
    Q_OBJECT

public:
    enum Part { Insurance, Severance, Savings, Assistance, Total };
    enum Payer { Employers, Workers, State, AllPayers };
    static constexpr int kParts = 5;
    static constexpr int kPayers = 4;

    explicit PackageView(ScenarioDocument* document, QWidget* parent = nullptr);

    PackageCostChart* costChart() const { return m_cost; }
    PackageCoverageChart* coverageChart() const { return m_coverage; }
    QComboBox* unitSelector() const { return m_unitBox; }
    // The chart shown: 0 the cost by payer, 1 the share of the unemployed protected.
    QComboBox* chartSelector() const { return m_chartBox; }
    void showChart(int index);
    int shownChart() const;
    QComboBox* yearSelector() const { return m_yearBox; }
    QTableWidget* table() const { return m_table; }

    void setUnit(PackageCostChart::Unit unit);
    // The calendar year of the table (0 before any results).
    int year() const { return m_year; }
    void setYear(int year);
    // The table's figure, in the unit chosen (a fraction for the ratios), NaN when undefined.
    double value(Part part, Payer payer) const { return m_values[part][payer]; }

public slots:
    void refresh();

private:
    void fillTable();

    QPointer<ScenarioDocument> m_document;
    PackageCostChart* m_cost = nullptr;
    PackageCoverageChart* m_coverage = nullptr;
    QComboBox* m_unitBox = nullptr;
    QComboBox* m_chartBox = nullptr;
    QStackedWidget* m_charts = nullptr;
    QWidget* m_unitGroup = nullptr;
    QComboBox* m_yearBox = nullptr;
    QLabel* m_tableTitle = nullptr;
    QTableWidget* m_table = nullptr;
    std::array<std::array<double, kPayers>, kParts> m_values{};
    int m_year = 0;
};

} // namespace tideover::ui
