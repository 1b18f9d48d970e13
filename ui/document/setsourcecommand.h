// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QString>
#include <QUndoCommand>

namespace tideover::ui {

class ScenarioDocument;

// Changes the source note of one parameter; consecutive edits of one note merge.
class SetSourceCommand : public QUndoCommand {
public:
    SetSourceCommand(ScenarioDocument* document, const QString& key, const QString& oldNote, const QString& newNote);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ScenarioDocument* m_document;
    int m_generation;  // edits merge only within one run of editing (see endMerge)
    QString m_key;
    QString m_old;
    QString m_new;
};

}  // namespace tideover::ui
