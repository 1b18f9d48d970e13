// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "document/scenariodocument.h"

#include <QWidget>

#include <map>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tideover::ui {

// The scenario's descriptive details: title, description, author, country and the currency
// code every amount is shown in. Each edit is one call of the document's setMetadata.
// Child object names: scenario.title, scenario.description, scenario.author,
// scenario.country, scenario.currency (and scenario.currency.error for its warning).
class MetadataEditor : public QWidget {
    Q_OBJECT

public:
    explicit MetadataEditor(ScenarioDocument* document, QWidget* parent = nullptr);
    ~MetadataEditor() override;

    // Shows the document's details, leaving a field the planner is typing in alone.
    void refresh();
    void refreshProblems();
    QWidget* currencyEditor() const;
    // Aligns the labels with the parameter labels below.
    void setLabelWidth(int width);
    // Commits a description being typed (it is otherwise committed when the box is left).
    void commitDescription();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* addLine(ScenarioDocument::MetadataField field, const QString& name, const QString& label,
                       const QString& placeholder);
    QLabel* addLabel(const QString& text, QWidget* buddy, int row);

    ScenarioDocument* m_document;
    std::map<ScenarioDocument::MetadataField, QLineEdit*> m_lines;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_currencyProblem = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace tideover::ui
