// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/resultformat.h"

#include "core/io/alignedtable.h"
#include "core/io/csvwriter.h"
#include "core/io/jsonwriter.h"
#include "core/io/numberstyle.h"
#include "core/model/groups.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <vector>

namespace tideover::core {

namespace {

template <class Names>
void writeCsv(std::ostream& out, const Names& names, const Eigen::ArrayXXd& table)
{
    writeCsvRow(out, std::vector<std::string>(names.begin(), names.end()));
    std::vector<std::string> cells(static_cast<std::size_t>(table.cols()));
    for (Eigen::Index r = 0; r < table.rows(); ++r) {
        for (Eigen::Index c = 0; c < table.cols(); ++c)
            cells[static_cast<std::size_t>(c)] = formatCell(table(r, c));
        writeCsvRow(out, cells);
    }
}

}  // namespace

std::string formatCell(double x)
{
    if (!std::isfinite(x))
        return {};
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%.17g", x);
    return std::string(buf, static_cast<std::size_t>(n));
}

std::string formatThousands(double x, int decimals)
{
    if (!std::isfinite(x))
        return "-";
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(x));
    std::string digits = buf;
    const auto point = digits.find('.');
    std::string whole = digits.substr(0, point);
    const std::string fraction = point == std::string::npos ? "" : digits.substr(point);
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(static_cast<std::size_t>(i), ",");
    return (x < 0 && std::abs(x) >= 0.5 * std::pow(10.0, -decimals) ? "-" : "") + whole + fraction;
}

Summary reportableSummary(const Summary& summary)
{
    Summary s = summary;
    if (s.minimumReserveRatio && !std::isfinite(*s.minimumReserveRatio))
        s.minimumReserveRatio.reset();
    if (!s.minimumReserveRatio)
        s.minimumReserveRatioYear.reset();
    if (s.breakEvenRate && !std::isfinite(*s.breakEvenRate))
        s.breakEvenRate.reset();
    return s;
}

void writeAnnualCsv(std::ostream& out, const ProjectionResult& result)
{
    if (!result.hasGroups()) {
        writeCsv(out, columnNames(), result.annual);
        return;
    }
    // model-spec v4 "Output with groups": a first column `group`, one block per group (main
    // first), then the total; the group columns after state_subsidy.
    std::vector<std::string> header{"group"};
    header.insert(header.end(), columnNames().begin(), columnNames().end());
    header.insert(header.end(), groupColumnNames().begin(), groupColumnNames().end());
    writeCsvRow(out, header);
    std::vector<std::string> cells(header.size());
    const auto block = [&](const std::string& name, const Eigen::ArrayXXd& annual, const Eigen::ArrayXXd& extra) {
        for (Eigen::Index r = 0; r < annual.rows(); ++r) {
            cells[0] = name;
            for (Eigen::Index c = 0; c < annual.cols(); ++c)
                cells[static_cast<std::size_t>(1 + c)] = formatCell(annual(r, c));
            for (Eigen::Index c = 0; c < extra.cols(); ++c)
                cells[static_cast<std::size_t>(1 + annual.cols() + c)] = formatCell(extra(r, c));
            writeCsvRow(out, cells);
        }
    };
    for (const auto& g : result.groups)
        block(g.name, g.annual, g.extra);
    block(std::string(kTotalGroupName), result.annual, result.totalExtra);
}

void writeMonthlyCsv(std::ostream& out, const ProjectionResult& result)
{
    writeCsv(out, monthlyColumnNames(), result.monthly);
}

std::string summaryJson(const Summary& summary)
{
    const Summary s = reportableSummary(summary);
    Json j;
    j["depletion_year"] = jsonOptional(s.depletionYear);
    j["minimum_reserve_ratio"] = jsonOptional(s.minimumReserveRatio);
    j["minimum_reserve_ratio_year"] = jsonOptional(s.minimumReserveRatioYear);
    j["break_even_rate"] = jsonOptional(s.breakEvenRate);
    return jsonText(j);
}

std::string readableTable(const ProjectionResult& r, const Scenario& s)
{
    // The number style (numberstyle.h): each column shares its decimals; money in millions is
    // a scaled figure, rates are in percent without the sign (the header says %).
    const std::string money = s.meta.currency.empty() ? "LCU" : s.meta.currency;
    const auto col = [&](const char* title, Column c, Figure kind, double scale) {
        return TableColumn{title, kind, scale, r.column(c)};
    };
    const std::vector<TableColumn> cols{
        col("insured", Column::insured, Figure::Persons, 1),
        col("beneficiaries", Column::beneficiaries, Figure::Persons, 1),
        col("rate %", Column::contribution_rate, Figure::Rate, 1),
        col("contributions m", Column::contributions, Figure::Scaled, 1e-6),
        col("expenditure m", Column::expenditure, Figure::Scaled, 1e-6),
        col("reserve m", Column::reserve, Figure::Scaled, 1e-6),
        col("ratio yrs", Column::reserve_ratio, Figure::Ratio, 1),
        col("cost rate %", Column::cost_rate, Figure::Rate, 1),
        col("coverage %", Column::effective_coverage, Figure::Rate, 1),
    };
    std::string out = (s.meta.title.empty() ? "Projection" : s.meta.title) + " (money in millions of " + money + ")\n";
    out += alignedTable("year", r.startYear, r.years, cols, 15);
    // model-spec v4: each group in the first, a middle and the last year.
    if (r.hasGroups()) {
        struct GroupCol {
            const char* title;
            Figure kind;
            double scale;
            double (*get)(const GroupTable&, int);
        };
        const GroupCol gcols[] = {
            {"insured", Figure::Persons, 1, [](const GroupTable& t, int y) { return t.at(y, Column::insured); }},
            {"contributions m", Figure::Scaled, 1e-6, [](const GroupTable& t, int y) { return t.at(y, Column::contributions); }},
            {"benefits m", Figure::Scaled, 1e-6, [](const GroupTable& t, int y) { return t.at(y, Column::benefits); }},
            {"cost rate %", Figure::Rate, 1, [](const GroupTable& t, int y) { return t.at(y, Column::cost_rate); }},
            {"benefits/contr.", Figure::Ratio, 1,
             [](const GroupTable& t, int y) { return t.at(y, GroupColumn::benefit_contribution_ratio); }},
            {"cross-subsidy m", Figure::Scaled, 1e-6, [](const GroupTable& t, int y) { return t.at(y, GroupColumn::cross_subsidy); }},
        };
        std::vector<int> years{0, (r.years - 1) / 2, r.years - 1};
        years.erase(std::unique(years.begin(), years.end()), years.end());
        out += "\nWorker groups (money in millions of " + money + ")\n";
        char line[512];
        std::snprintf(line, sizeof line, "%-6s %-24s", "year", "group");
        out += line;
        for (const auto& c : gcols) {
            std::snprintf(line, sizeof line, " %15s", c.title);
            out += line;
        }
        out += '\n';
        for (const int y : years) {
            for (const auto& t : r.groups) {
                // The name, not the title: a title is text from the file, and this goes to
                // a terminal.
                std::snprintf(line, sizeof line, "%-6d %-24.24s", r.startYear + y, t.name.c_str());
                out += line;
                for (const auto& c : gcols) {
                    const double x = c.get(t, y) * c.scale;
                    std::snprintf(line, sizeof line, " %15s", x == 0 ? "0" : formatFigure(c.kind, x).c_str());
                    out += line;
                }
                out += '\n';
            }
        }
    }
    const Summary m = reportableSummary(r.summary);
    out += "\nDepletion year: " + (m.depletionYear ? std::to_string(*m.depletionYear) : "never");
    out += "\nLowest reserve ratio: " + (m.minimumReserveRatio ? formatFigure(Figure::Ratio, *m.minimumReserveRatio) +
                                                                      " years in " + std::to_string(*m.minimumReserveRatioYear)
                                                                : "-");
    out += "\nBreak-even contribution rate: " +
           (m.breakEvenRate ? formatFigure(Figure::Rate, *m.breakEvenRate) + " % of insured wages" : "none in 0..100 %");
    return out + '\n';
}

}  // namespace tideover::core
