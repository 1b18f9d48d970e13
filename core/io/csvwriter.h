// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core {

// The one CSV writer (RFC 4180): a cell holding a comma, a double quote or a line break is
// quoted, its double quotes doubled; every other cell is written as it is. Rows end in '\n'.
std::string csvCell(std::string_view text);
void writeCsvRow(std::ostream& out, const std::vector<std::string>& cells);

}  // namespace tideover::core
