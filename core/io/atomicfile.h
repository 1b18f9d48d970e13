// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tideover::core {

// Writes `content` to `path` so that a crash or a kill at any moment leaves either the old
// file or the complete new one: the bytes go to a temporary file in the same folder, are
// flushed to disk, and the temporary file is renamed over the target. An existing file keeps
// its permissions. Throws std::runtime_error naming the path and the system's reason.
// After a successful save it also removes the temporary files of earlier saves of the same
// file that were killed before their rename (removeAbandonedTemporaries).
void writeFileAtomically(const std::filesystem::path& path, std::string_view content);

// Removes ".NAME.saving-PID-N" files in `dir` whose process PID no longer runs.
void removeAbandonedTemporaries(const std::filesystem::path& dir, const std::string& name);

} // namespace tideover::core
