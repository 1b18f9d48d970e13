// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "commandids.h"
#include "scenariodocument.h"

#include <QUndoCommand>

namespace tideover::ui {

// One undoable change of the scenario's worker groups (model-spec v4): a group added from a
// template, removed or renamed, one of its keys set or cleared, a dated change. It keeps the
// groups (with the main group's title and the groups' source notes) before and after, which is
// small (at most 20 groups of about 35 keys). Consecutive changes of the same target
// ("group.own.take_up") within one editing run merge, as ChangeValueCommand's do; an empty
// target never merges (adding, removing a group).
class ChangeGroupsCommand : public QUndoCommand {
public:
    ChangeGroupsCommand(ScenarioDocument* document, ScenarioDocument::GroupsState oldState,
                        ScenarioDocument::GroupsState newState, QString target, const QString& text)
        : m_document(document), m_generation(document->mergeGeneration()), m_target(std::move(target)),
          m_old(std::move(oldState)), m_new(std::move(newState))
    {
        setText(text);
    }

    void undo() override { m_document->applyGroups(m_old, m_target); }
    void redo() override { m_document->applyGroups(m_new, m_target); }
    int id() const override { return m_target.isEmpty() ? -1 : static_cast<int>(CommandId::ChangeGroups); }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ChangeGroupsCommand*>(other);
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
    ScenarioDocument::GroupsState m_old;
    ScenarioDocument::GroupsState m_new;
};

} // namespace tideover::ui
