// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QWidget>

#include <vector>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace tideover::ui {

class ComparisonSet;

// The Compare page's "Package" tab (model-spec v5 "Package results"): for one year, each
// compared scenario's package cost by payer (employers, workers, the state) as stacked bars,
// in money or as a share of its covered wages, and a table of the figures with the share of
// the unemployed the package protects. A scenario whose parts are all off shows its
// insurance alone.
class PackageComparisonView : public QWidget {
    Q_OBJECT

public:
    enum class Unit { Money, ShareOfWages };

    explicit PackageComparisonView(ComparisonSet* set, QWidget* parent = nullptr);

    // The calendar year shown; kept across refreshes while a compared scenario projects it.
    int year() const { return m_year; }
    void setYear(int year);
    Unit unit() const { return m_unit; }
    void setUnit(Unit unit);
    QComboBox* yearSelector() const { return m_yearBox; }
    QComboBox* unitSelector() const { return m_unitBox; }
    QCustomPlot* plot() const { return m_plot; }
    QTableWidget* table() const { return m_table; }

    // The figures of one compared scenario (as ComparisonSet::compared()) in the year shown;
    // NaN where it has none (no valid results, the year outside its projection, a ratio
    // without its denominator).
    struct Figures {
        QString name;
        QString currency;
        bool package = false;  // a part of the package is on
        bool hasYear = false;
        double employers, workers, state, total;     // LCU
        double toWages, toGdp;                       // fractions
        double anyCoverage, insuranceCoverage, severanceCoverage;
    };
    const std::vector<Figures>& figures() const { return m_figures; }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fillYears();
    void rebuild();

    ComparisonSet* m_set;
    QComboBox* m_yearBox = nullptr;
    QComboBox* m_unitBox = nullptr;
    QLabel* m_note = nullptr;
    QCustomPlot* m_plot = nullptr;
    QTableWidget* m_table = nullptr;
    int m_year = 0;
    Unit m_unit = Unit::Money;
    std::vector<Figures> m_figures;
    bool m_dirty = false;  // the set changed while hidden (the current package is costly)
};

}  // namespace tideover::ui
