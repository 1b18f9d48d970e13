// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/history.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

#include <optional>
#include <set>
#include <vector>

namespace tideover::ui {

class ScenarioDocument;

// The scenario's history (model-spec v3) for a QTableView: one row per year (the year is the
// vertical header), one column per history column in core::historyColumns() order, then the
// year's notes. Values show in the locale's format with their unit (the currency, "%" for a
// rate); Qt::EditRole gives the text an editor starts from and takes what the planner typed;
// Qt::UserRole gives the raw value (NaN where the year records none); the tooltip gives the
// figure's source note as plain text. Every setData() is one undoable step through the
// document's facade. A year added with addYear() shows as an empty row until the planner
// fills it (the scenario keeps no empty years).
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kNotesColumn = core::kHistoryColumnCount;

    explicit HistoryTableModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Qt::EditRole: text in the locale's format (a rate in percent; "" clears the figure) or a
    // double (a rate as a fraction). Returns false, changing nothing, for text that is not a
    // number or a value out of the column's range; lastError() then says why.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The column of a model column (nullopt for the notes).
    static std::optional<core::HistoryColumn> historyColumn(int column);
    int yearAt(int row) const;
    int rowOfYear(int year) const; // -1 when not shown
    QModelIndex indexOf(int year, core::HistoryColumn column) const;
    // The last refusal of setData() or setSource(), for the editor to show.
    QString lastError() const { return m_lastError; }

    // Shows an empty row for `year` (1900..2200); false when it is shown already or out of range.
    bool addYear(int year);
    // Removes the year's row: its figures through the document (one undoable step), or an
    // empty row added with addYear(). False when there is no such row.
    bool removeYear(int year);
    // The year a new row most likely needs: after the last year shown, else the year before
    // the projection starts.
    int suggestedYear() const;

    // The source note of a figure; setting it is one undoable step. False for a cell with no
    // figure (a note needs a value) and for the notes column.
    QString source(const QModelIndex& index) const;
    bool setSource(const QModelIndex& index, const QString& note);

public slots:
    // Takes the document's current history (called on every resultsChanged).
    void refresh();

private:
    std::vector<int> currentYears() const;

    QPointer<ScenarioDocument> m_document;
    std::vector<int> m_years; // shown, ascending
    std::set<int> m_added;    // empty rows the planner added, not yet in the document
    QString m_currency;
    QString m_lastError;
};

} // namespace tideover::ui
