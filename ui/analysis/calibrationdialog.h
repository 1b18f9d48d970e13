// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/calibration.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace tideover::ui {

class ScenarioDocument;

// Analysis > Calibrate to History (model-spec v3, core::calibrate): the user picks the
// behavioural parameters to fit (each as one constant or one value per year), the history
// columns to fit them to with their weights (only the columns the history records) and the
// back-test's first year; Run fits them and shows the fitted values with their standard
// errors (or "at its bound"), the warnings in the GUI's language, and each column's error
// before and after, year by year. Apply replaces the scenario with the calibrated one as one
// undoable step; Cancel changes nothing. A fit of a 20-year history takes well under a second
// and runs in the GUI thread.
class CalibrationDialog : public QDialog {
    Q_OBJECT

public:
    explicit CalibrationDialog(ScenarioDocument* document, QWidget* parent = nullptr);

    // The request the form describes.
    core::CalibrationRequest request() const;
    // Ticks (or unticks) a parameter with its shape; false for a key that cannot be fitted.
    bool setParameter(const QString& key, bool fitted, core::FitShape shape = core::FitShape::Constant);
    // Ticks (or unticks) a history column with its weight; false for a column the history does
    // not record.
    bool setTarget(core::HistoryColumn column, bool fitted, double weight = 1.0);
    void setFromYear(int year);

    // Runs the fit; false (with messageText()) when it cannot run.
    bool run();
    void apply();
    const std::optional<core::CalibrationResult>& calibration() const { return m_result; }

    QString messageText() const;
    QString warningsText() const;
    QPushButton* runButton() const { return m_run; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* cancelButton() const { return m_cancel; }
    QSpinBox* fromBox() const { return m_from; }
    // Fitted values: parameter, year, before, fitted, standard error (Qt::UserRole: raw).
    QTableWidget* valuesTable() const { return m_values; }
    // Per column: mean absolute error before and after, bias before and after.
    QTableWidget* columnsTable() const { return m_columns; }
    QTableWidget* residualsTable() const { return m_residuals; }

private:
    struct ParameterRow {
        QString key;
        QCheckBox* box = nullptr;
        QComboBox* shape = nullptr;
    };
    struct TargetRow {
        core::HistoryColumn column;
        QCheckBox* box = nullptr;
        QDoubleSpinBox* weight = nullptr;
    };

    void formChanged();
    void showResult();
    void setMessage(const QString& text, bool error);

    ScenarioDocument* m_document;
    std::vector<ParameterRow> m_parameters;
    std::vector<TargetRow> m_targets;
    QSpinBox* m_from = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_warnings = nullptr;
    QTabWidget* m_resultTabs = nullptr;
    QTableWidget* m_values = nullptr;
    QTableWidget* m_columns = nullptr;
    QTableWidget* m_residuals = nullptr;
    std::optional<core::CalibrationResult> m_result;
    core::Scenario m_resultOf;  // the scenario the result was fitted from
    core::CalibrationRequest m_resultRequest;  // and the choices it was fitted with
};

}  // namespace tideover::ui
