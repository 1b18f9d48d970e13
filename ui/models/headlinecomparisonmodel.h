// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace tideover::ui {

class ComparisonSet;

// The headline figures of the compared scenarios side by side: rows are measures (reserve
// ratio at the horizon, lowest reserve ratio, depletion year, break-even rate, ...), columns
// are scenarios. Qt::UserRole gives the raw number (NaN when absent). Follows the set.
class HeadlineComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Row {
        HorizonRatio,
        LowestRatio,
        Depletion,
        BreakEven,
        ContributionRate,
        HorizonReserve,
        Coverage,
        Horizon,
        RowCount
    };

    explicit HeadlineComparisonModel(ComparisonSet* set, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

private:
    struct Cell {
        QString text;
        double value = 0;
        bool stale = false;
    };
    QPointer<ComparisonSet> m_set;
    QStringList m_names;
    QVector<QVector<Cell>> m_cells; // [column][row]
};

} // namespace tideover::ui
