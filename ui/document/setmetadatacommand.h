// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "scenariodocument.h"

#include <QString>
#include <QUndoCommand>

namespace tideover::ui {

// Changes one metadata field (title, description, author, country, currency); consecutive
// edits of one field merge.
class SetMetadataCommand : public QUndoCommand {
public:
    SetMetadataCommand(ScenarioDocument* document, ScenarioDocument::MetadataField field, const QString& oldText,
                       const QString& newText);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ScenarioDocument* m_document;
    int m_generation;  // edits merge only within one run of editing (see endMerge)
    ScenarioDocument::MetadataField m_field;
    QString m_old;
    QString m_new;
};

// Replaces the whole scenario (a solver's answer applied, a scenario pasted) in one step.
class ReplaceScenarioCommand : public QUndoCommand {
public:
    ReplaceScenarioCommand(ScenarioDocument* document, core::Scenario oldScenario, core::Scenario newScenario,
                           const QString& description);

    void undo() override;
    void redo() override;

private:
    ScenarioDocument* m_document;
    core::Scenario m_old;
    core::Scenario m_new;
};

}  // namespace tideover::ui
