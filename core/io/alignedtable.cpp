// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/alignedtable.h"

#include <cstdio>
#include <span>

namespace tideover::core {

std::string alignedTable(const char* rowTitle, int first, int rows, const std::vector<TableColumn>& columns,
                         int width)
{
    std::vector<int> decimals;
    for (const TableColumn& c : columns) {
        const Eigen::ArrayXd shown = c.values * c.scale;
        decimals.push_back(sharedDecimals(c.kind, std::span<const double>(shown.data(), static_cast<std::size_t>(shown.size()))));
    }
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line, "%-6s", rowTitle);
    out += line;
    for (const TableColumn& c : columns) {
        std::snprintf(line, sizeof line, " %*s", width, c.title);
        out += line;
    }
    out += '\n';
    for (int r = 0; r < rows; ++r) {
        std::snprintf(line, sizeof line, "%-6d", first + r);
        out += line;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const TableColumn& c = columns[i];
            std::snprintf(line, sizeof line, " %*s", width, formatFigure(c.kind, c.values[r] * c.scale, decimals[i]).c_str());
            out += line;
        }
        out += '\n';
    }
    return out;
}

}  // namespace tideover::core
