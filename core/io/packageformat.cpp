// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/packageformat.h"

#include "core/io/alignedtable.h"
#include "core/io/csvwriter.h"
#include "core/io/numberstyle.h"
#include "core/io/resultformat.h"

#include <cmath>
#include <vector>

namespace tideover::core {

void writePackageCsv(std::ostream& out, const PackageResult& p)
{
    const auto& names = packageColumnNames();
    writeCsvRow(out, std::vector<std::string>(names.begin(), names.end()));
    for (int y = 0; y < p.years; ++y) {
        std::vector<std::string> cells;
        cells.reserve(kPackageColumnCount);
        cells.push_back(std::to_string(p.startYear + y));
        for (int c = 1; c < kPackageColumnCount; ++c)
            cells.push_back(formatCell(p.annual(y, c)));
        writeCsvRow(out, cells);
    }
}

std::string packageJson(const PackageResult& p)
{
    std::string out = "{\"columns\": [";
    const auto& names = packageColumnNames();
    for (int c = 0; c < kPackageColumnCount; ++c)
        out += (c ? ", \"" : "\"") + std::string(names[static_cast<std::size_t>(c)]) + "\"";
    out += "],\n \"rows\": [";
    for (int y = 0; y < p.years; ++y) {
        out += y ? ",\n  [" : "\n  [";
        for (int c = 0; c < kPackageColumnCount; ++c) {
            const double x = p.annual(y, c);
            out += c ? ", " : "";
            out += c == 0 ? std::to_string(p.startYear + y) : std::isfinite(x) ? formatCell(x) : std::string("null");
        }
        out += "]";
    }
    out += "]}\n";
    return out;
}

std::string packageTable(const PackageResult& p, const Scenario& s)
{
    const std::string money = s.meta.currency.empty() ? "LCU" : s.meta.currency;
    using C = PackageColumn;
    const auto m = [&](const char* t, C c) { return TableColumn{t, Figure::Scaled, 1e-6, p.column(c)}; };
    const auto pct = [&](const char* t, C c) { return TableColumn{t, Figure::Rate, 1, p.column(c)}; };
    std::string out = (s.meta.title.empty() ? std::string("Package") : s.meta.title) +
                      ": cost by part and by payer (millions of " + money + ")\n";
    std::vector<TableColumn> cost{m("insurance", C::insurance_cost)};
    if (hasSeverance(s))
        cost.push_back(m("severance", C::severance_cost));
    if (hasSavings(s))
        cost.push_back(m("savings", C::savings_cost));
    if (hasAssistance(s))
        cost.push_back(m("assistance", C::assistance_cost));
    for (auto&& c : {m("employers", C::employers_cost), m("workers", C::workers_cost), m("state", C::state_cost),
                     m("package", C::package_cost), pct("% wages", C::package_cost_to_wages)})
        cost.push_back(c);
    if (s.economy.gdp > 0)
        cost.push_back(pct("% GDP", C::package_cost_to_gdp));
    out += alignedTable("year", p.startYear, p.years, cost, 12);
    out += "\nShare of the unemployed receiving a benefit (%)";
    if (hasSeverance(s))
        out += "; severance: share of those who lost a job who were paid severance";
    out += "\n";
    std::vector<TableColumn> cover{pct("insurance", C::insurance_coverage)};
    if (hasSavings(s))
        cover.push_back(pct("savings", C::savings_coverage));
    if (hasAssistance(s))
        cover.push_back(pct("assistance", C::assistance_coverage));
    cover.push_back(pct("any", C::any_coverage));
    if (hasSeverance(s))
        cover.push_back(pct("severance", C::severance_coverage));
    out += alignedTable("year", p.startYear, p.years, cover, 12);
    return out;
}

void writeWorkerCsv(std::ostream& out, const WorkerView& v)
{
    writeCsvRow(out, {"month", "severance", "insurance", "savings", "solidarity", "assistance", "total", "replacement"});
    for (const WorkerMonth& m : v.months)
        writeCsvRow(out, {std::to_string(m.month), formatCell(m.severance), formatCell(m.insurance), formatCell(m.savings),
                          formatCell(m.solidarity), formatCell(m.assistance), formatCell(m.total()),
                          formatCell(v.wage > 0 ? m.total() / v.wage : std::nan(""))});
    out << "\n";
    writeCsvRow(out, {"months", "replacement"});
    for (int n : {6, 12, 24})
        if (n <= static_cast<int>(v.months.size()))
            writeCsvRow(out, {std::to_string(n), formatCell(v.replacement(n))});
}

std::string workerTable(const WorkerView& v, const Scenario& s)
{
    const std::string money = s.meta.currency.empty() ? "LCU" : s.meta.currency;
    std::string out = "A worker earning " + formatFigure(Figure::Money, v.wage) + " " + money +
                      " a month, separated in " + std::to_string(v.year);
    if (v.severanceMonths > 0)
        out += "; severance of " + formatFigure(Figure::Ratio, v.severanceMonths) + " months' wage";
    if (v.offsetYears > 0)
        out += " (" + formatFigure(Figure::Ratio, v.offsetYears) + " insured years not counted)";
    out += "\n";
    const auto n = static_cast<Eigen::Index>(v.months.size());
    std::vector<TableColumn> cols;
    const auto add = [&](const char* title, double WorkerMonth::*field) {
        Eigen::ArrayXd x(n);
        for (Eigen::Index k = 0; k < n; ++k)
            x[k] = v.months[static_cast<std::size_t>(k)].*field;
        if ((x != 0).any())
            cols.push_back({title, Figure::Money, 1, x});
    };
    add("severance", &WorkerMonth::severance);
    add("insurance", &WorkerMonth::insurance);
    add("savings", &WorkerMonth::savings);
    add("solidarity", &WorkerMonth::solidarity);
    add("assistance", &WorkerMonth::assistance);
    Eigen::ArrayXd total(n), ratio(n);
    for (Eigen::Index k = 0; k < n; ++k) {
        total[k] = v.months[static_cast<std::size_t>(k)].total();
        ratio[k] = v.wage > 0 ? total[k] / v.wage : std::nan("");
    }
    cols.push_back({"total", Figure::Money, 1, total});
    cols.push_back({"% of wage", Figure::Rate, 1, ratio});
    out += alignedTable("month", 1, static_cast<int>(n), cols, 12);
    std::string over;
    for (int k : {6, 12, 24})
        if (k <= n)
            over += std::string(over.empty() ? "" : "; ") + std::to_string(k) + " months: " +
                    formatFigure(Figure::Rate, v.replacement(k)) + " %";
    if (!over.empty())
        out += "\nReplacement of the wage over " + over + "\n";
    return out;
}

}  // namespace tideover::core
