// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/monitoring.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>
#include <vector>

namespace tideover::ui {

class ScenarioDocument;

// The monitoring indicators (model-spec v3, core::monitoringIndicators) of the document's
// scenario for a QTableView: one row per calendar year from the history's first year to the
// projection's last, one column per indicator (MonitoringText: the core's nine, then the
// projection's own high-cost multiple). A value computed from the history's figures is
// "actual": bold on a shaded cell, IsActualRole true. Beside them the model keeps the purely
// projected indicators (the same scenario without its history), which the sparklines draw as
// a line under the actual markers. Follows the document; while the scenario has errors it
// keeps the last valid figures, marked stale.
class MonitoringTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole,      // double, NaN where absent
        IsActualRole = Qt::UserRole + 1 // bool: from the history's figures
    };

    explicit MonitoringTableModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isStale() const { return m_stale; }
    // Whether the scenario shown has a history (else every figure is projected).
    bool hasHistory() const { return m_hasHistory; }
    int firstYear() const { return m_rows.empty() ? 0 : m_rows.front().year; }
    int lastYear() const { return m_rows.empty() ? 0 : m_rows.back().year; }
    int projectionStart() const { return m_projectionStart; }
    int projectionEnd() const { return m_projectionEnd; }
    int historyFirstYear() const { return m_historyFirst; }
    int historyLastYear() const { return m_historyLast; }

    // An indicator's value in a year as the table shows it (actual where the history gives
    // it, else projected); none when absent. `indicator` 0..MonitoringText::kCount-1.
    std::optional<core::IndicatorValue> value(int year, int indicator) const;
    // The indicator as projected without the history; none outside the projection.
    std::optional<double> projectedValue(int year, int indicator) const;
    // The core's rows (nine indicators).
    const std::vector<core::MonitoringRow>& rows() const { return m_rows; }

public slots:
    void refresh();

private:
    QPointer<ScenarioDocument> m_document;
    std::vector<core::MonitoringRow> m_rows;
    std::vector<core::MonitoringRow> m_projectedRows;
    std::vector<double> m_projectionMultiple;  // by projection year
    int m_projectionStart = 0;
    int m_projectionEnd = 0;
    int m_historyFirst = 0;
    int m_historyLast = 0;
    bool m_hasHistory = false;
    bool m_stale = false;
};

}  // namespace tideover::ui
