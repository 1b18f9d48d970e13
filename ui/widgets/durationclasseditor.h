// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace tideover::ui {

class NumberSpinBox;

// The duration classes of the benefit, edited together as rows of "maximum months" and
// "share of new claims" (benefits.duration_months and benefits.duration_shares), with the
// total of the shares shown below. Reports each edit with classesEdited(); it never touches
// the document itself.
class DurationClassEditor : public QWidget {
    Q_OBJECT

public:
    DurationClassEditor(const core::ParameterInfo& months, const core::ParameterInfo& shares,
                        QWidget* parent = nullptr);

    // Shows the classes; when the two lists differ in length the missing entries show as
    // 1 month or 0 % and the next edit writes both lists at the same length.
    void setClasses(const std::vector<int>& months, const std::vector<double>& shares);
    std::vector<int> months() const { return m_months; }
    std::vector<double> shares() const { return m_shares; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    // Adds a class (longer than the last, with no share yet) and focuses it.
    void addClass();
    void removeClass(int row);
    // Edits a row as the planner would; emits classesEdited().
    void setClass(int row, int months, double share);
    // The widget holding the shares column, for focus and problem marks.
    QWidget* shareEditor(int row) const;
    QWidget* monthsEditor(int row) const;

signals:
    void classesEdited(const std::vector<int>& months, const std::vector<double>& shares);

private:
    struct Row {
        QSpinBox* months = nullptr;
        NumberSpinBox* share = nullptr;
        QToolButton* remove = nullptr;
    };
    void rebuildRows();
    void showValues();
    void commit();
    int rowOf(const QObject* widget) const;

    const core::ParameterInfo& m_monthsInfo;
    const core::ParameterInfo& m_sharesInfo;
    std::vector<int> m_months;
    std::vector<double> m_shares;
    QGridLayout* m_grid = nullptr;
    std::vector<Row> m_rows;
    QLabel* m_total = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace tideover::ui
