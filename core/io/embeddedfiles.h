// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace tideover::core::detail {

// A file compiled into the binaries (see cmake/EmbedFiles.cmake).
struct EmbeddedFile {
    std::string_view name;  // file name without folder and extension (or "FOLDER/NAME")
    std::string_view text;
};

// scenarios/*.tideover, generated at build time.
// The text of `name` in `language` from `translations` (named "LANGUAGE/NAME") when it is
// there, else from `originals`; empty when neither has it. "" and "en" are the originals.
inline std::string_view translatedText(std::span<const EmbeddedFile> originals,
                                       std::span<const EmbeddedFile> translations, std::string_view name,
                                       std::string_view language)
{
    if (!language.empty() && language != "en") {
        const std::string translated = std::string(language) + "/" + std::string(name);
        for (const auto& f : translations)
            if (f.name == translated)
                return f.text;
    }
    for (const auto& f : originals)
        if (f.name == name)
            return f.text;
    return {};
}

std::span<const EmbeddedFile> builtinScenarioFiles();
std::span<const EmbeddedFile> builtinScenarioTranslationFiles();  // named "LANGUAGE/NAME"
// exercises/*.tideover-exercise, generated at build time.
std::span<const EmbeddedFile> builtinExerciseFiles();
std::span<const EmbeddedFile> builtinExerciseTranslationFiles();  // named "LANGUAGE/NAME"

}  // namespace tideover::core::detail
