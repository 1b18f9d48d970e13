// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "setmetadatacommand.h"

#include "commandids.h"

#include <QCoreApplication>

namespace tideover::ui {

SetMetadataCommand::SetMetadataCommand(ScenarioDocument* document, ScenarioDocument::MetadataField field,
                                       const QString& oldText, const QString& newText)
    : m_document(document), m_generation(document->mergeGeneration()), m_field(field), m_old(oldText), m_new(newText)
{
    setText(QCoreApplication::translate("SetMetadataCommand", "Change scenario details"));
}

void SetMetadataCommand::undo() { m_document->applyMetadata(m_field, m_old); }

void SetMetadataCommand::redo() { m_document->applyMetadata(m_field, m_new); }

int SetMetadataCommand::id() const { return static_cast<int>(CommandId::SetMetadata); }

bool SetMetadataCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetMetadataCommand*>(other);
    if (next->m_field != m_field || next->m_generation != m_generation)
        return false;
    m_new = next->m_new;
    if (m_new == m_old)
        setObsolete(true);
    return true;
}

ReplaceScenarioCommand::ReplaceScenarioCommand(ScenarioDocument* document, core::Scenario oldScenario,
                                               core::Scenario newScenario, const QString& description)
    : m_document(document), m_old(std::move(oldScenario)), m_new(std::move(newScenario))
{
    setText(description);
}

void ReplaceScenarioCommand::undo() { m_document->applyScenario(m_old); }

void ReplaceScenarioCommand::redo() { m_document->applyScenario(m_new); }

}  // namespace tideover::ui
