// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "setsourcecommand.h"

#include "commandids.h"
#include "scenariodocument.h"

#include <QCoreApplication>

namespace tideover::ui {

SetSourceCommand::SetSourceCommand(ScenarioDocument* document, const QString& key, const QString& oldNote,
                                   const QString& newNote)
    : m_document(document), m_generation(document->mergeGeneration()), m_key(key), m_old(oldNote), m_new(newNote)
{
    setText(QCoreApplication::translate("SetSourceCommand", "Change source of %1").arg(key));
}

void SetSourceCommand::undo() { m_document->applySource(m_key, m_old); }

void SetSourceCommand::redo() { m_document->applySource(m_key, m_new); }

int SetSourceCommand::id() const { return static_cast<int>(CommandId::SetSource); }

bool SetSourceCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetSourceCommand*>(other);
    if (next->m_key != m_key || next->m_generation != m_generation)
        return false;
    m_new = next->m_new;
    if (m_new == m_old)
        setObsolete(true);
    return true;
}

}  // namespace tideover::ui
