// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/historyformat.h"

#include "core/io/csvwriter.h"
#include "core/io/jsonwriter.h"
#include "core/io/resultformat.h"

#include <cmath>
#include <iomanip>
#include <sstream>

namespace tideover::core {

namespace {

std::string name(HistoryColumn c) { return std::string(historyColumn(c).name); }

Json columnSummary(const BacktestColumn& c)
{
    Json j;
    j["n"] = c.points.size();
    j["mape"] = jsonOptional(c.mape);
    j["bias"] = jsonOptional(c.bias);
    return j;
}

// A figure for people: money in millions, a fraction in percent, persons whole.
std::string readable(HistoryColumn c, double x)
{
    const auto& info = historyColumn(c);
    if (info.money)
        return formatThousands(x * 1e-6, 1);
    if (info.fraction)
        return formatThousands(x * 100, 2) + " %";
    return formatThousands(x, 0);
}

std::string percent(const std::optional<double>& x)
{
    return x ? formatThousands(*x * 100, 1) + " %" : std::string("-");
}

std::string padLeft(const std::string& s, std::size_t width)
{
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string padRight(const std::string& s, std::size_t width)
{
    return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

}  // namespace

void writeBacktestCsv(std::ostream& out, const BacktestResult& result)
{
    out << "column,year,actual,projected,error,relative_error\n";
    for (const auto& c : result.columns)
        for (const auto& p : c.points)
            out << name(c.column) << ',' << p.year << ',' << formatCell(p.actual) << ',' << formatCell(p.projected) << ','
                << formatCell(p.error) << ',' << (p.relativeError ? formatCell(*p.relativeError) : std::string()) << '\n';
}

std::string backtestJson(const BacktestResult& result)
{
    Json j;
    j["start_year"] = result.startYear();
    j["end_year"] = result.endYear();
    j["columns"] = Json::array();
    for (const auto& c : result.columns) {
        Json col;
        col["column"] = name(c.column);
        col["n"] = c.points.size();
        col["mape"] = jsonOptional(c.mape);
        col["bias"] = jsonOptional(c.bias);
        col["points"] = Json::array();
        for (const auto& p : c.points)
            col["points"].push_back({{"year", p.year},
                                     {"actual", p.actual},
                                     {"projected", p.projected},
                                     {"error", p.error},
                                     {"relative_error", jsonOptional(p.relativeError)}});
        j["columns"].push_back(col);
    }
    return jsonText(j);
}

std::string backtestTable(const BacktestResult& result)
{
    const std::string& currency = result.scenario.meta.currency;
    std::ostringstream out;
    out << "Back-test " << result.startYear() << "-" << result.endYear()
        << " (money in millions of " << currency << "; error = projected - actual)\n";
    if (result.columns.empty())
        out << "\nThe history records no figure in these years.\n";
    for (const auto& c : result.columns) {
        out << '\n' << name(c.column) << '\n';
        out << "  year" << padLeft("actual", 18) << padLeft("projected", 18) << padLeft("error", 18)
            << padLeft("error %", 10) << '\n';
        for (const auto& p : c.points)
            out << "  " << p.year << padLeft(readable(c.column, p.actual), 18)
                << padLeft(readable(c.column, p.projected), 18) << padLeft(readable(c.column, p.error), 18)
                << padLeft(percent(p.relativeError), 10) << '\n';
    }
    if (!result.columns.empty()) {
        out << "\nSummary" << std::string(13, ' ') << padLeft("years", 6) << padLeft("MAPE", 10) << padLeft("bias", 10)
            << '\n';
        for (const auto& c : result.columns)
            out << "  " << padRight(name(c.column), 18) << padLeft(std::to_string(c.points.size()), 6)
                << padLeft(percent(c.mape), 10) << padLeft(percent(c.bias), 10) << '\n';
    }
    return out.str();
}

std::string calibrationJson(const CalibrationResult& r)
{
    Json j;
    j["start_year"] = r.before.startYear();
    j["end_year"] = r.before.endYear();
    j["converged"] = r.converged;
    j["evaluations"] = r.evaluations;
    j["sum_of_squares_before"] = r.sumOfSquaresBefore;
    j["sum_of_squares_after"] = r.sumOfSquaresAfter;
    j["fitted"] = Json::array();
    for (const auto& v : r.values) {
        Json f;
        f["key"] = v.key;
        if (v.year)
            f["year"] = *v.year;
        f["initial"] = v.initial;
        f["value"] = v.value;
        f["standard_error"] = jsonOptional(v.standardError);
        f["at_bound"] = v.atBound;
        j["fitted"].push_back(f);
    }
    j["warnings"] = Json::array();
    for (const auto& w : r.warnings)
        j["warnings"].push_back(w.message());
    j["residuals"] = Json::array();
    for (const auto& x : r.residuals)
        j["residuals"].push_back({{"column", name(x.column)},
                                  {"year", x.year},
                                  {"actual", x.actual},
                                  {"projected_before", x.projectedBefore},
                                  {"projected_after", x.projectedAfter},
                                  {"residual", x.residual}});
    for (const auto* part : {"backtest_before", "backtest_after"}) {
        const BacktestResult& b = std::string_view(part) == "backtest_before" ? r.before : r.after;
        j[part] = Json::object();
        for (const auto& c : b.columns)
            j[part][name(c.column)] = columnSummary(c);
    }
    return jsonText(j);
}

void writeMonitoringCsv(std::ostream& out, const std::vector<MonitoringRow>& rows)
{
    out << "year";
    for (auto n : indicatorNames())
        out << ',' << n << ',' << n << "_source";
    out << '\n';
    for (const auto& row : rows) {
        out << row.year;
        for (const auto& v : row.values)
            out << ',' << (v ? formatCell(v->value) : std::string()) << ','
                << (v ? (v->actual ? "actual" : "projected") : "");
        out << '\n';
    }
}

std::string monitoringJson(const std::vector<MonitoringRow>& rows)
{
    Json j = Json::array();
    for (const auto& row : rows) {
        Json r;
        r["year"] = row.year;
        for (std::size_t i = 0; i < indicatorNames().size(); ++i) {
            const auto& v = row.values[i];
            r[std::string(indicatorNames()[i])] =
                v ? Json{{"value", v->value}, {"source", v->actual ? "actual" : "projected"}} : Json(nullptr);
        }
        j.push_back(r);
    }
    return jsonText(j);
}

std::string monitoringTable(const std::vector<MonitoringRow>& rows)
{
    // Short headings, in the indicators' order.
    static const std::array<std::string_view, kIndicatorCount> heads{"legal", "eff.cov", "unemp.cov", "recip.",
                                                                    "repl.",  "cost",    "ben.cost",  "res.ratio",
                                                                    "AHCM"};
    std::ostringstream out;
    out << "Monitoring indicators (* actual, from the history; others projected)\n"
        << "legal, eff.cov: legal and effective coverage of the labour force; unemp.cov: beneficiaries per\n"
        << "unemployed person (SDG 1.3.1); recip.: new claims per insured job loser; repl.: average benefit\n"
        << "over average covered wage; cost, ben.cost: expenditure and benefits over covered wages;\n"
        << "res.ratio: reserve in years of expenditure; AHCM: average high-cost multiple (US DOL).\n\n";
    out << "year";
    for (auto h : heads)
        out << padLeft(std::string(h), 11);
    out << '\n';
    for (const auto& row : rows) {
        out << row.year;
        for (std::size_t i = 0; i < row.values.size(); ++i) {
            const auto& v = row.values[i];
            std::string cell = "-";
            if (v) {
                const auto indicator = static_cast<Indicator>(i);
                const bool ratio =
                    indicator == Indicator::reserve_ratio || indicator == Indicator::average_high_cost_multiple;
                cell = ratio ? formatThousands(v->value, 2) : formatThousands(v->value * 100, 2) + "%";
                cell += v->actual ? "*" : " ";
            } else {
                cell += " ";
            }
            out << padLeft(cell, 11);
        }
        out << '\n';
    }
    return out.str();
}

}  // namespace tideover::core
