// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

// TIDEOVER_TEXT(context, text) marks a text of the core that the GUI translates: it is the
// text itself, and Qt Linguist's lupdate reads it as QT_TRANSLATE_NOOP (ui/CMakeLists.txt
// passes -tr-function-alias QT_TRANSLATE_NOOP+=TIDEOVER_TEXT), filing the text under the
// context. The GUI looks it up in the same context at run time (ui/format/coretext.h):
// "tideover::core::parameters" for the parameter table, funnel stages and exercise steps,
// "tideover::core::validation" for validation problems, "tideover::core::standards" for the
// ILO standards check. Both arguments must be string literals.
#define TIDEOVER_TEXT(context, text) text

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
