// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace tideover::ui {

class BeneficiariesChart;
class ChartView;
class IncomeExpenditureChart;
class RatesChart;
class ReserveChart;
class ResultsTableModel;
class ScenarioDocument;

// The results side of the main window: the four charts and the results table in tabs, all
// following the document, so an edit shows in the chart being looked at within a frame.
// The table exports exactly what tideover-cli writes.
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
    ResultsTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }

    bool isMonthly() const;
    void setMonthly(bool monthly);
    // The table shown (annual or monthly) as tideover-cli's CSV.
    bool exportTableCsv(const QString& path, QString* error) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateTableState();
    void exportTableWithDialog();

    QPointer<ScenarioDocument> m_document;
    QTabWidget* m_tabs = nullptr;
    ReserveChart* m_reserve = nullptr;
    IncomeExpenditureChart* m_income = nullptr;
    BeneficiariesChart* m_beneficiaries = nullptr;
    RatesChart* m_rates = nullptr;
    ResultsTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QToolButton* m_annualButton = nullptr;
    QToolButton* m_monthlyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_staleBanner = nullptr;
    bool m_columnsSized = false;
};

} // namespace tideover::ui
