// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <string_view>

namespace tideover::core {

// The white space of the texts the core reads (parameter values, exercise files).
inline constexpr std::string_view kWhiteSpace = " \t\r\n";

// `s` without leading and trailing spaces, tabs, carriage returns and line feeds.
constexpr std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(kWhiteSpace);
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(kWhiteSpace) - first + 1);
}

}  // namespace tideover::core
