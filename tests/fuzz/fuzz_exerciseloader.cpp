// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// libFuzzer target: the exercise file reader on arbitrary bytes. Besides crashes, leaks and
// undefined behaviour (the sanitizers), it checks three properties:
//  - reading refuses only with ExerciseFileError, naming the file (any other exception ends the run);
//  - whatever reads, saves to a text that reads back to the same exercise and the same text;
//  - every question of an exercise that reads has a measure that parses.
// It computes no answer: that would project a scenario per input (fuzz_scenarioloader covers it).

#include "core/training/exercisefile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace tideover::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Exercise exercise;
    try {
        exercise = readExercise(text, "fuzz.tideover-exercise");
    } catch (const ExerciseFileError& e) {
        if (std::string_view(e.what()).substr(0, 22) != "fuzz.tideover-exercise") {
            std::fprintf(stderr, "message does not name the file: %s\n", e.what());
            std::abort();
        }
        return 0;
    }

    const std::string once = writeExercise(exercise);
    Exercise back;
    try {
        back = readExercise(once, "saved.tideover-exercise");
    } catch (const ExerciseFileError& e) {
        std::fprintf(stderr, "a loaded exercise does not read back after saving: %s\n", e.what());
        std::abort();
    }
    if (!(back == exercise) || writeExercise(back) != once) {
        std::fprintf(stderr, "saving, reading and saving again changed the exercise\n");
        std::abort();
    }
    for (const auto& q : exercise.questions)
        if (!parseMeasure(q.measure).measure)
            std::abort();
    return 0;
}
