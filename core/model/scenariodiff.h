// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// The parameter keys whose values differ between two scenarios, in the parameter table's
// order (the table is the only list of keys). Values are compared as the model reads them: a
// series whose last values repeat equals the shorter series (0.03 is 0.03,0.03, since the last
// value carries forward), and a required number missing from both is no difference.
// A dated change that only one scenario has, or whose values differ, is listed as "KEY@YEAR"
// after its key. Worker groups (model-spec v4) come last: "group.main.title", a group that
// only one scenario has as "group.NAME", and for a group both have its title and each key it
// sets differently as "group.NAME.KEY" (dated changes "group.NAME.KEY@YEAR"). Metadata and source notes are not parameters and are not compared; run
// settings are compared unless `runSettings` says to ignore them.
enum class RunSettings { Compared, Ignored };
std::vector<std::string> differingKeys(const Scenario& a, const Scenario& b,
                                       RunSettings runSettings = RunSettings::Compared);

// Whether `key` is a run setting: how a stochastic projection is run (stochastic.paths,
// stochastic.seed), not what the scheme or its economy is. A scenario file keeps them, so that a
// run can be repeated exactly, but two scenarios that differ only in them describe the same
// scheme: the desktop application neither undoes them nor counts them as a change.
bool isRunSetting(std::string_view key);

}  // namespace tideover::core
