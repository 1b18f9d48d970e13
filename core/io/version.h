// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <string_view>

namespace tideover::core {

// Tideover's version, "MAJOR.MINOR.PATCH" (from the top-level CMake project; generated into
// one small translation unit so a version bump rebuilds little).
std::string_view appVersion();

}  // namespace tideover::core
