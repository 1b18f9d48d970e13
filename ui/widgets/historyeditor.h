// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/history.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tideover::ui {

class HistoryTableModel;
class ScenarioDocument;

// The scenario's actual figures (model-spec v3 "History") as an editable table: a row per year,
// a column per figure and the year's notes (HistoryTableModel), with the selected figure's
// source note in a field below it. Years are added and removed with the buttons above; the
// history is imported from and exported to CSV. Every edit is one undoable step through the
// document (pasting or clearing a block of cells is one step too). Lives in a dock of the
// main window, beside the charts that show the figures as markers.
class HistoryEditor : public QWidget {
    Q_OBJECT

public:
    explicit HistoryEditor(ScenarioDocument* document, QWidget* parent = nullptr);

    HistoryTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* sourceEdit() const { return m_source; }
    QSpinBox* yearBox() const { return m_yearBox; }
    // The last input refused (a value that is not a number, out of range), "" when none.
    QString errorText() const;

    // Adds an empty row for `year` and selects its first cell; false when it is there already
    // or outside 1900..2200.
    bool addYear(int year);
    // Removes the row of the current cell's year (its figures as one undoable step).
    bool removeCurrentYear();
    // Selects the figure of "history.COLUMN@YEAR" (a problem's key) and puts the focus there.
    void focusKey(const QString& key);
    // Clears the selected cells, or fills them from tab-separated text (a spreadsheet's
    // copy), each as one undoable step; rows past the last year add the years after it.
    void clearSelection();
    bool pasteText(const QString& text);
    // The selected cells as tab-separated text, as the editor shows them for editing.
    QString selectionText() const;

public slots:
    void importWithDialog();
    void exportWithDialog();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentChanged();
    void showError(const QString& text);
    void showContextMenu(const QPoint& pos);
    void updateButtons();

    QPointer<ScenarioDocument> m_document;
    HistoryTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSpinBox* m_yearBox = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLineEdit* m_source = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_empty = nullptr;
    int m_suggestedYear = core::kFirstHistoryYear; // the year box's value while the planner keeps it
};

// File ▸ Import History (CSV)…: asks for a file, asks before replacing a history the scenario
// already has, and imports it as one undoable step; a file that cannot be read is named, with
// its line and column, in a plain-text message and changes nothing. True when imported.
bool importHistoryWithDialog(QWidget* parent, ScenarioDocument* document);
// File ▸ Export History (CSV)…: asks for a file and writes the history to it.
bool exportHistoryWithDialog(QWidget* parent, ScenarioDocument* document);

} // namespace tideover::ui
