// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

namespace tideover::ui {

// Merge ids of the undo commands (QUndoCommand::id): one enum so they never collide. Each id
// belongs to exactly one command type (changevaluecommand.h), which mergeWith relies on.
enum class CommandId {
    SetParameter = 1,   // SetParameterCommand
    SetSource = 2,      // SetSourceCommand
    SetMetadata = 3,    // SetMetadataCommand
    ChangeHistory = 4,  // ChangeHistoryCommand (changehistorycommand.h)
    ChangeGroups = 5,   // ChangeGroupsCommand (changegroupscommand.h)
};

}  // namespace tideover::ui
