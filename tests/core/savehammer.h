// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

// The two scenarios that savehammer saves in turn and tst_atomicsave expects to find: a small
// "old" one and a "new" one with a description of a megabyte, so that writing it takes long
// enough for a kill to land in the middle.

#include "core/model/scenario.h"
#include "core/io/scenariofile.h"

#include <string>

namespace tideover::test {

inline core::Scenario hammerScenario(bool large)
{
    core::Scenario s = core::loadScenario("builtin:default");
    s.meta.title = large ? "new" : "old";
    s.labour.force = large ? 2e7 : 1e7;
    if (large)
        s.meta.description = std::string(1 << 20, 'n');
    return s;
}

}  // namespace tideover::test
