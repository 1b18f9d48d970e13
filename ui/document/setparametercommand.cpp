// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "setparametercommand.h"

#include "commandids.h"
#include "scenariodocument.h"

#include <QCoreApplication>

namespace tideover::ui {

SetParameterCommand::SetParameterCommand(ScenarioDocument* document, const QString& key, core::ParamValue oldValue,
                                         core::ParamValue newValue)
    : m_document(document), m_generation(document->mergeGeneration()), m_key(key), m_old(std::move(oldValue)), m_new(std::move(newValue))
{
    const core::ParameterInfo* p = core::findParameter(key.toStdString());
    const QString label = p ? QString::fromUtf8(p->label.data(), int(p->label.size())) : key;
    setText(QCoreApplication::translate("SetParameterCommand", "Change %1").arg(label));
}

void SetParameterCommand::undo() { m_document->applyValue(m_key, m_old); }

void SetParameterCommand::redo() { m_document->applyValue(m_key, m_new); }

int SetParameterCommand::id() const { return static_cast<int>(CommandId::SetParameter); }

bool SetParameterCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetParameterCommand*>(other);
    if (next->m_key != m_key || next->m_generation != m_generation)
        return false;
    m_new = next->m_new;
    // An edit that ends where it began is no edit: the stack can become clean again.
    if (m_new == m_old)
        setObsolete(true);
    return true;
}

}  // namespace tideover::ui
