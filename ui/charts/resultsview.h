// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace tideover::ui {

class BeneficiariesChart;
class GroupFlowsChart;
class PackageView;
class WhoPaysChart;
class ChartView;
class HistoryComparisonModel;
class IncomeExpenditureChart;
class RatesChart;
class ReserveChart;
class ResultsTableModel;
class ScenarioDocument;

// The results side of the main window: the four charts and the results table in tabs, all
// following the document, so an edit shows in the chart being looked at within a frame.
// The table exports exactly what tideover-cli writes. "Compare with actual figures" turns the
// table into the comparison of the scenario's history with the projection, year by year.
class ResultsView : public QWidget {
    Q_OBJECT

public:
    explicit ResultsView(ScenarioDocument* document, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QList<ChartView*> charts() const;
    ReserveChart* reserveChart() const { return m_reserve; }
    IncomeExpenditureChart* incomeExpenditureChart() const { return m_income; }
    BeneficiariesChart* beneficiariesChart() const { return m_beneficiaries; }
    RatesChart* ratesChart() const { return m_rates; }
    // Worker groups (model-spec v4): their tabs show while the scenario has groups.
    GroupFlowsChart* groupFlowsChart() const { return m_groupFlows; }
    QComboBox* groupMeasureSelector() const { return m_groupMeasure; }
    QWidget* groupsPage() const { return m_groupsPage; }
    WhoPaysChart* whoPaysChart() const { return m_whoPays; }
    // The protection package (model-spec v5): its tab shows while the scenario has a package.
    PackageView* packageView() const { return m_package; }
    ResultsTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }

    bool isMonthly() const;
    void setMonthly(bool monthly);
    // The table shows actual against projected figures (HistoryComparisonModel) instead of
    // the projection's table.
    bool isComparing() const { return m_comparing; }
    void setComparing(bool comparing);
    HistoryComparisonModel* comparisonModel() const { return m_comparison; }
    // The text above the comparison when it has no rows (why), else "".
    QString comparisonNote() const;
    // The table shown (annual or monthly, or the comparison) as tideover-cli's CSV.
    bool exportTableCsv(const QString& path, QString* error) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateTableState();
    void updateGroupTabs();
    void updatePackageTab();
    void exportTableWithDialog();

    QPointer<ScenarioDocument> m_document;
    QTabWidget* m_tabs = nullptr;
    ReserveChart* m_reserve = nullptr;
    IncomeExpenditureChart* m_income = nullptr;
    BeneficiariesChart* m_beneficiaries = nullptr;
    RatesChart* m_rates = nullptr;
    QWidget* m_groupsPage = nullptr;
    GroupFlowsChart* m_groupFlows = nullptr;
    QComboBox* m_groupMeasure = nullptr;
    WhoPaysChart* m_whoPays = nullptr;
    PackageView* m_package = nullptr;
    ResultsTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QToolButton* m_annualButton = nullptr;
    QToolButton* m_monthlyButton = nullptr;
    QToolButton* m_compareButton = nullptr;
    HistoryComparisonModel* m_comparison = nullptr;
    QSortFilterProxyModel* m_comparisonProxy = nullptr;
    QLabel* m_compareNote = nullptr;
    bool m_comparing = false;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_staleBanner = nullptr;
    bool m_columnsSized = false;
};

} // namespace tideover::ui
