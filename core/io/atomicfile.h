// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tideover::core {

// Why a save did not happen; the message names the path and the reason.
class SaveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The target is a read-only file (no write permission for anyone, or not for this user):
// it is kept unless the caller asked to replace it (the GUI asks, the CLI takes --force).
class ReadOnlyFileError : public SaveError {
public:
    using SaveError::SaveError;
};

struct SaveOptions {
    bool replaceReadOnly = false;  // replace a read-only regular file (it keeps its mode)
};

// Writes `content` to `path` without ever destroying what was there (docs/file-format.md,
// "Saving a file"; docs/robustness.md, "The file system"):
//
// - A regular file, or a new one, is written atomically: the bytes go to a temporary file in
//   the same folder, are flushed to disk, and the temporary file is renamed over the target,
//   so that a crash or a kill at any moment leaves either the old file or the complete new
//   one. An existing file keeps its permissions. A read-only one is refused
//   (ReadOnlyFileError) unless options.replaceReadOnly.
// - A device, a FIFO, or a program's own stream (/dev/stdout, /dev/stderr, /dev/fd/N,
//   /proc/self/fd/N) is written straight through, never replaced; a FIFO nobody reads is
//   refused at once rather than waited on.
// - A symbolic link is followed only when the link and the folder that holds it both belong
//   to the user or to the system (root); otherwise, live or dangling, the save is refused: in
//   a shared folder such as /tmp another user's link could point at the user's own files.
//   Chains of links are checked hop by hop (at most 40).
// - A folder, a socket or anything else is refused.
//
// Throws SaveError (or ReadOnlyFileError) naming the path and the reason. After a successful
// atomic save it also removes the temporary files of earlier saves of the same file that were
// killed before their rename (removeAbandonedTemporaries).
void writeFileAtomically(const std::filesystem::path& path, std::string_view content, const SaveOptions& options = {});

// Removes ".NAME.saving-PID-N" files in `dir` whose process PID no longer runs.
void removeAbandonedTemporaries(const std::filesystem::path& dir, const std::string& name);

namespace detail {

// The steps of an atomic save, in order, for tests that stop a save at each one.
enum class SaveStep { TemporaryCreated, ContentWritten, Flushed, Renamed, Done };

// Called at each step of every atomic save in this process; empty by default. Test only:
// tests/core/savehammer announces the steps so that tst_atomicsave kills at each in turn.
void setSaveStepHook(std::function<void(SaveStep)> hook);

}  // namespace detail

} // namespace tideover::core
