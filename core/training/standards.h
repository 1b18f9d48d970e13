// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// A design check of a scheme against the ILO minimum standards for unemployment benefit:
// Convention No. 102 (1952), Part IV, and Convention No. 168 (1988). It compares the
// scenario's parameters, not its projected figures, with the minima the conventions set.

enum class StandardStatus { Pass, Fail, NotAssessed };
std::string_view standardStatusName(StandardStatus status); // "pass", "fail", "not-assessed"

// A sentence of a finding: a fixed English text with placeholders %1, %2, ... and the
// figures that fill them, so a GUI can show it in another language (standardTexts()).
struct StandardPhrase {
    std::string text;
    std::vector<std::string> args;
};

struct StandardFinding {
    std::string standard; // "C102" or "C168"
    std::string article;  // "Art. 21"
    std::string topic;    // "coverage", "benefit level (first month)", ... (standardTexts())
    StandardStatus status = StandardStatus::NotAssessed;
    std::string explanation; // the minimum and the scheme's own figure: the phrases, filled and joined
    std::vector<StandardPhrase> phrases;
};

// Every topic and phrase text a finding can carry, for translators.
const std::vector<std::string_view>& standardTexts();

// The findings, C102 then C168 for each topic, in the order: coverage, benefit level in the
// first month, benefit level on average over the longest duration, waiting period, duration,
// qualifying period, and (C102 only) financial equilibrium. Thresholds (standards.md):
//   coverage          legal coverage of employees in the start year: >= 50 % (C102 Art. 21),
//                     >= 85 % (C168 Art. 11)
//   benefit level     replacement rate: >= 45 % (C102 Art. 22 with Art. 65-67), >= 50 % (C168
//                     Art. 15), for the first month and for the average over the longest duration
//   waiting period    at most 7 days (C102 Art. 24(3), C168 Art. 18)
//   duration          the longest class in weeks (a month is 52/12 weeks): >= 13 (C102 Art.
//                     24(1)), >= 26 (C168 Art. 19)
// Qualifying periods and financial equilibrium are not assessed (the conventions set no
// figure). Does not need a valid scenario, but reads only the values it checks.
std::vector<StandardFinding> checkStandards(const Scenario& scenario);

} // namespace tideover::core
