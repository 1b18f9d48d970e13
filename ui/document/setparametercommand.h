// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "parameters.h"

#include <QString>
#include <QUndoCommand>

namespace tideover::ui {

class ScenarioDocument;

// Changes one parameter's value. Consecutive changes of the same key merge, so typing or
// dragging a spin box is one undo step.
class SetParameterCommand : public QUndoCommand {
public:
    SetParameterCommand(ScenarioDocument* document, const QString& key, core::ParamValue oldValue,
                        core::ParamValue newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ScenarioDocument* m_document;
    int m_generation;  // edits merge only within one run of editing (see endMerge)
    QString m_key;
    core::ParamValue m_old;
    core::ParamValue m_new;
};

}  // namespace tideover::ui
