// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "commandids.h"
#include "scenariodocument.h"

#include <QUndoCommand>

namespace tideover::ui {

// One undoable change of one value of the document: a parameter, a parameter's source note or
// a metadata field. Consecutive changes of the same target within one editing run merge, so
// typing in a field or dragging a spin box is one undo step; a run that ends where it began
// leaves no step at all (the document is clean again).
template <class Target, class Value>
class ChangeValueCommand : public QUndoCommand {
public:
    using Apply = void (ScenarioDocument::*)(const Target&, const Value&);

    ChangeValueCommand(ScenarioDocument* document, CommandId id, Apply apply, Target target, Value oldValue,
                       Value newValue, const QString& text)
        : m_document(document), m_id(id), m_apply(apply), m_generation(document->mergeGeneration()),
          m_target(std::move(target)), m_old(std::move(oldValue)), m_new(std::move(newValue))
    {
        setText(text);
    }

    void undo() override { (m_document->*m_apply)(m_target, m_old); }
    void redo() override { (m_document->*m_apply)(m_target, m_new); }
    int id() const override { return static_cast<int>(m_id); }

    bool mergeWith(const QUndoCommand* other) override
    {
        // Equal ids mean equal types: each CommandId names one instantiation (commandids.h).
        const auto* next = static_cast<const ChangeValueCommand*>(other);
        if (next->m_target != m_target || next->m_generation != m_generation)
            return false;
        m_new = next->m_new;
        if (m_new == m_old)
            setObsolete(true);
        return true;
    }

private:
    ScenarioDocument* m_document;
    CommandId m_id;
    Apply m_apply;
    int m_generation;  // edits merge only within one run of editing (ScenarioDocument::endMerge)
    Target m_target;
    Value m_old;
    Value m_new;
};

// The document's commands.
using SetParameterCommand = ChangeValueCommand<QString, core::ParamValue>;
using SetSourceCommand = ChangeValueCommand<QString, QString>;
using SetMetadataCommand = ChangeValueCommand<ScenarioDocument::MetadataField, QString>;

// Replaces the whole scenario (a solver's answer applied, a scenario pasted) in one step.
class ReplaceScenarioCommand : public QUndoCommand {
public:
    ReplaceScenarioCommand(ScenarioDocument* document, core::Scenario oldScenario, core::Scenario newScenario,
                           const QString& description)
        : m_document(document), m_old(std::move(oldScenario)), m_new(std::move(newScenario))
    {
        setText(description);
    }

    void undo() override { m_document->applyScenario(m_old); }
    void redo() override { m_document->applyScenario(m_new); }

private:
    ScenarioDocument* m_document;
    core::Scenario m_old;
    core::Scenario m_new;
};

}  // namespace tideover::ui
