// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/backtest.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

#include <vector>

namespace tideover::ui {

class ScenarioDocument;

// Actual against projected for the years where the scenario's history overlaps its projection
// (core::compareWithHistory): one row per figure and year, in the history's column order then
// by year; columns: the figure, the year, the actual and projected values, their difference
// (projected - actual) and that difference relative to the actual value. A long table rather
// than three columns per figure, so it reads at a laptop's width. Qt::UserRole gives raw
// numbers (NaN where none; the figure's column index for the first column) for sorting.
// Follows the document like ResultsTableModel, with its stale state.
class HistoryComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum ColumnIndex { Figure, Year, Actual, Projected, Difference, RelativeDifference, ColumnCount };

    explicit HistoryComparisonModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The comparison shown, by history column.
    const std::vector<core::BacktestColumn>& columns() const { return m_columns; }
    bool hasHistory() const { return m_hasHistory; }
    bool isStale() const { return m_stale; }
    // Why the table is empty ("" when it is not): no history, or no year in common.
    QString emptyReason() const;
    // The table as `tideover-cli backtest --format csv` writes it
    // (column,year,actual,projected,error,relative_error).
    std::string csvText() const;

public slots:
    void refresh();

private:
    struct Row {
        core::HistoryColumn column;
        core::BacktestPoint point;
    };

    QPointer<ScenarioDocument> m_document;
    std::vector<core::BacktestColumn> m_columns;
    std::vector<Row> m_rows;
    QString m_currency;
    bool m_hasHistory = false;
    bool m_stale = false;
    int m_firstYear = 0;
    int m_lastYear = 0;
    int m_historyFirst = 0;
    int m_historyLast = 0;
};

} // namespace tideover::ui
