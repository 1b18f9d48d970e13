// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QVector>

namespace tideover::ui {

class ComparisonSet;

// The parameters in which the compared scenarios differ, and only those: rows are keys in the
// parameter table's order (core::differingKeys, values compared as the model reads them, run
// settings left out), columns are scenarios. A value that differs from the first column's is bold. Follows the set.
class ParameterDiffModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ParameterDiffModel(ComparisonSet* set, QObject* parent = nullptr);

    // The keys shown, one per row.
    const QStringList& keys() const { return m_keys; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

private:
    struct Cell {
        QString text;
        bool differsFromFirst = false;
    };
    QPointer<ComparisonSet> m_set;
    QStringList m_names;
    QStringList m_keys;
    QStringList m_labels;
    QStringList m_help;
    QVector<QVector<Cell>> m_cells; // [row][column]
};

} // namespace tideover::ui
