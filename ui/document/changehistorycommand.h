// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "commandids.h"
#include "scenariodocument.h"

#include "core/io/historycsv.h"

#include <QUndoCommand>

namespace tideover::ui {

// One undoable change of the scenario's history (model-spec v3): a value, its source note, a
// year's notes, a year removed, or the whole history imported. It keeps the history with its
// source notes before and after, which is small (at most 301 years). Consecutive changes of
// the same target ("history.benefits@2015", its source, a year's notes) within one editing
// run merge, as ChangeValueCommand's do; an empty target never merges (an import, a removal).
class ChangeHistoryCommand : public QUndoCommand {
public:
    ChangeHistoryCommand(ScenarioDocument* document, core::HistoryTable oldTable, core::HistoryTable newTable,
                         QString target, const QString& text)
        : m_document(document), m_generation(document->mergeGeneration()), m_target(std::move(target)),
          m_old(std::move(oldTable)), m_new(std::move(newTable))
    {
        setText(text);
    }

    void undo() override { m_document->applyHistory(m_old); }
    void redo() override { m_document->applyHistory(m_new); }
    int id() const override { return m_target.isEmpty() ? -1 : static_cast<int>(CommandId::ChangeHistory); }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ChangeHistoryCommand*>(other);
        if (m_target.isEmpty() || next->m_target != m_target || next->m_generation != m_generation)
            return false;
        m_new = next->m_new;
        if (m_new == m_old)
            setObsolete(true);
        return true;
    }

private:
    ScenarioDocument* m_document;
    int m_generation;
    QString m_target;
    core::HistoryTable m_old;
    core::HistoryTable m_new;
};

} // namespace tideover::ui
