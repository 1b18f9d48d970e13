// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <span>
#include <string_view>

namespace tideover::core::detail {

// A file compiled into the binaries (see cmake/EmbedFiles.cmake).
struct EmbeddedFile {
    std::string_view name;  // file name without folder and extension (or "FOLDER/NAME")
    std::string_view text;
};

// scenarios/*.tideover, generated at build time.
std::span<const EmbeddedFile> builtinScenarioFiles();
std::span<const EmbeddedFile> builtinScenarioTranslationFiles();  // named "LANGUAGE/NAME"
// exercises/*.tideover-exercise, generated at build time.
std::span<const EmbeddedFile> builtinExerciseFiles();
std::span<const EmbeddedFile> builtinExerciseTranslationFiles();  // named "LANGUAGE/NAME"

}  // namespace tideover::core::detail
