// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/io/atomicfile.h"
#include "core/training/exercise.h"

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// The `.tideover-exercise` file: a Boost.Serialization XML archive holding the same frozen
// envelope as a scenario file (format name tideover-exercise, format version, app version)
// and one exercise (exercise.h). Read with the scenario file's checks (archivereader.h):
// size, envelope, layout with line numbers, then Boost, then the meaning of every field.
// See docs/exercises.md.
inline constexpr std::string_view kExerciseFormatName = "tideover-exercise";
inline constexpr int kExerciseFormatVersion = 1;
inline constexpr std::uintmax_t kMaxExerciseFileBytes = 1u << 20;  // 1 MiB
inline constexpr std::size_t kMaxExerciseQuestions = 100;
inline constexpr std::size_t kMaxExerciseHints = 100;
inline constexpr std::string_view kExerciseExtension = ".tideover-exercise";

// Why an exercise file could not be read: the message names the file, the line and the problem.
class ExerciseFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads an exercise from the text of a file; `origin` names it in messages. Checks that every
// field means something (a known step, measures, changes in --set syntax, tolerances, answers)
// but does not compute any answer. Throws ExerciseFileError.
Exercise readExercise(std::string_view text, std::string_view origin = "exercise");
// The file's text (current format version).
std::string writeExercise(const Exercise& exercise);

Exercise loadExerciseFile(const std::filesystem::path& path);
void saveExerciseFile(const Exercise& exercise, const std::filesystem::path& path, const SaveOptions& options = {});

// The exercises built into the binaries (exercises/*.tideover-exercise), by name.
std::vector<std::string> builtinExerciseNames();
// The text of a built-in exercise in `language` (an ISO 639-1 code such as "vi", from
// exercises/LANGUAGE/NAME.tideover-exercise) when it is translated into it, else in English;
// empty for an unknown name. A translation differs from the English only in its texts (title,
// instructions, questions, hints, debrief): tests/core/tst_exercises checks it.
std::string_view builtinExerciseText(std::string_view name, std::string_view language = {});
// The languages the built-in exercises are translated into, "en" (the original) first, then
// in alphabetical order.
std::vector<std::string> builtinExerciseLanguages();

// "builtin:NAME" (in `language`, as builtinExerciseText) or a file path. Throws
// ExerciseFileError.
Exercise loadExercise(std::string_view spec, std::string_view language = {});
// The folder a relative scenario file of the exercise `spec` is resolved against: the
// exercise file's folder, or empty for a built-in exercise.
std::filesystem::path exerciseFolder(std::string_view spec);

}  // namespace tideover::core
