// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace tideover::ui {

class NumberSpinBox;

// A short list of numbers edited row by row, such as the replacement rate by month of benefit
// ("Month 1", "Month 2", ..., "Month 3 onward": the last value repeats). Reports each edit
// with valuesEdited(); it never touches the document itself.
class ListEditor : public QWidget {
    Q_OBJECT

public:
    explicit ListEditor(const core::ParameterInfo& info, QWidget* parent = nullptr);

    // Shows `values`, updating rows in place when their number is unchanged.
    void setValues(const std::vector<double>& values);
    std::vector<double> values() const { return m_values; }

    // Appends a row holding the last value (so the list reads the same) and focuses it.
    void addRow();
    void removeRow(int row);
    // Edits a row as the planner would; emits valuesEdited().
    void setRowValue(int row, double value);

signals:
    void valuesEdited(const std::vector<double>& values);

private:
    struct Row {
        QLabel* label = nullptr;
        NumberSpinBox* value = nullptr;
        QToolButton* remove = nullptr;
    };
    void rebuildRows();
    void showValues();
    void commit();
    int rowOf(const QObject* widget) const;

    const core::ParameterInfo& m_info;
    // Monthly rates (benefits, savings withdrawals) rather than the steps or bands of a
    // severance table (model-spec v5), which pair with the list beside them.
    bool m_monthly = true;
    bool m_bands = false;
    std::vector<double> m_values;
    QGridLayout* m_grid = nullptr;
    std::vector<Row> m_rows;
    QPushButton* m_add = nullptr;
};

} // namespace tideover::ui
