// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <string>
#include <vector>

namespace tideover::core {

// The parameter keys whose values differ between two scenarios, in the parameter table's
// order (the table is the only list of keys). Values are compared as the model reads them: a
// series whose last values repeat equals the shorter series (0.03 is 0.03,0.03, since the last
// value carries forward), and a required number missing from both is no difference.
// A dated change that only one scenario has, or whose values differ, is listed as "KEY@YEAR"
// after its key. Metadata and source notes are not parameters and are not compared.
std::vector<std::string> differingKeys(const Scenario& a, const Scenario& b);

}  // namespace tideover::core
