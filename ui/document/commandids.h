// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

namespace tideover::ui {

// Merge ids of the undo commands (QUndoCommand::id): one enum so they never collide.
enum class CommandId {
    SetParameter = 1,
    SetSource = 2,
    SetMetadata = 3,
};

}  // namespace tideover::ui
