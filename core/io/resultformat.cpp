// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/resultformat.h"

#include <cmath>
#include <cstdio>

namespace tideover::core {

namespace {

template <class Names>
void writeCsv(std::ostream& out, const Names& names, const Eigen::ArrayXXd& table)
{
    for (std::size_t c = 0; c < names.size(); ++c)
        out << (c ? "," : "") << names[c];
    out << '\n';
    std::string line;
    for (Eigen::Index r = 0; r < table.rows(); ++r) {
        line.clear();
        for (Eigen::Index c = 0; c < table.cols(); ++c) {
            if (c)
                line += ',';
            line += formatCell(table(r, c));
        }
        out << line << '\n';
    }
}

template <class T> std::string jsonOr(const std::optional<T>& v)
{
    if (!v)
        return "null";
    if constexpr (std::is_same_v<T, double>)
        return std::isfinite(*v) ? formatCell(*v) : "null";
    else
        return std::to_string(*v);
}

}  // namespace

std::string formatCell(double x)
{
    if (std::isnan(x))
        return {};
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%.17g", x);
    return std::string(buf, static_cast<std::size_t>(n));
}

void writeAnnualCsv(std::ostream& out, const ProjectionResult& result)
{
    writeCsv(out, columnNames(), result.annual);
}

void writeMonthlyCsv(std::ostream& out, const ProjectionResult& result)
{
    writeCsv(out, monthlyColumnNames(), result.monthly);
}

std::string summaryJson(const Summary& s)
{
    return "{\n  \"depletion_year\": " + jsonOr(s.depletionYear) +
           ",\n  \"minimum_reserve_ratio\": " + jsonOr(s.minimumReserveRatio) +
           ",\n  \"minimum_reserve_ratio_year\": " + jsonOr(s.minimumReserveRatioYear) +
           ",\n  \"break_even_rate\": " + jsonOr(s.breakEvenRate) + "\n}\n";
}

}  // namespace tideover::core
