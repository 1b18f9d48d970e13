// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/package.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace tideover::ui {

class ScenarioDocument;
class WorkerIncomeChart;

// The Worker's view page (model-spec v5 "The worker's view"): one laid-off worker, described by
// the wage, the years of service, the year of the lay-off and how the package treats them, and
// what they receive month by month from severance pay, the insurance, a savings account, the
// solidarity fund and assistance, with the replacement of the wage over 6, 12 and 24 months.
// Follows the document: every edit of the scenario shows here at once.
class WorkerCaseView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMonths = 24;

    explicit WorkerCaseView(ScenarioDocument* document, QWidget* parent = nullptr);

    // The case the inputs describe, and setting them all at once (one recomputation).
    core::WorkerCase workerCase() const;
    void setWorkerCase(const core::WorkerCase& c);
    // The default wage for a scenario: the mean wage of a claimant in the first year
    // (claimant_wage_ratio x wages.average_monthly), rounded to three significant digits.
    static double defaultWage(const core::Scenario& scenario);

    // The view shown (none before a valid case), and why there is none ("" when there is one).
    const std::optional<core::WorkerView>& view() const { return m_view; }
    QString message() const;
    // The replacement over `months` (6, 12 or 24) as shown.
    QString replacementText(int months) const;

    QDoubleSpinBox* wageBox() const { return m_wage; }
    QDoubleSpinBox* tenureBox() const { return m_tenure; }
    QSpinBox* yearBox() const { return m_year; }
    QCheckBox* insuredBox() const { return m_insured; }
    QComboBox* classBox() const { return m_class; }
    QCheckBox* balanceGivenBox() const { return m_balanceGiven; }
    QDoubleSpinBox* balanceBox() const { return m_balance; }
    QCheckBox* solidarityBox() const { return m_solidarity; }
    QCheckBox* expectedBox() const { return m_expected; }
    QTableWidget* table() const { return m_table; }
    WorkerIncomeChart* chart() const { return m_chart; }

public slots:
    void recompute();

private:
    void followDocument();
    void updateClasses();

    QPointer<ScenarioDocument> m_document;
    QDoubleSpinBox* m_wage = nullptr;
    QLabel* m_wageUnit = nullptr;
    QDoubleSpinBox* m_tenure = nullptr;
    QSpinBox* m_year = nullptr;
    QCheckBox* m_insured = nullptr;
    QComboBox* m_class = nullptr;
    QCheckBox* m_balanceGiven = nullptr;
    QDoubleSpinBox* m_balance = nullptr;
    QCheckBox* m_solidarity = nullptr;
    QCheckBox* m_expected = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_replacement[3] = {};
    WorkerIncomeChart* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
    std::optional<core::WorkerView> m_view;
    QString m_error;
    // A scenario started or loaded brings its own defaults: its claimants' wage, its start
    // year. Edits, undo and saves keep what the user typed.
    bool m_takeDefaults = true;
    bool m_updating = false;
};

} // namespace tideover::ui
