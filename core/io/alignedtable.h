// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/io/numberstyle.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace tideover::core {

// One column of a readable table: its title, the kind of figure and one value per row, shown
// as value * scale (money in millions: 1e-6).
struct TableColumn {
    const char* title;
    Figure kind;
    double scale;
    Eigen::ArrayXd values;  // [rows]
};

// The command line's readable tables (projection, package, worker): `rows` rows numbered from
// `first` under `rowTitle` ("year", "month"), left-aligned in 6 characters, then each column
// right-aligned in `width` characters, its figures sharing their decimals (numberstyle.h), "-"
// where a value is not finite. Every line ends with a newline.
std::string alignedTable(const char* rowTitle, int first, int rows, const std::vector<TableColumn>& columns,
                         int width);

}  // namespace tideover::core
