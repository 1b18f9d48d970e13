// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/analysisformat.h"

#include "core/io/resultformat.h"
#include "core/model/parameters.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <type_traits>

namespace tideover::core {

namespace {

std::string csvCell(const std::string& text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string jsonOr(const std::optional<double>& x)
{
    return x && std::isfinite(*x) ? formatCell(*x) : std::string("null");
}

std::string jsonString(const std::string& text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string jsonNumber(double x) { return std::isfinite(x) ? formatCell(x) : "null"; }
template <class T> std::string jsonOptional(const std::optional<T>& v)
{
    if (!v)
        return "null";
    if constexpr (std::is_same_v<T, double>)
        return jsonNumber(*v);
    else
        return std::to_string(*v);
}

std::string outcomeJson(const StressOutcome& o, const std::string& indent)
{
    return indent + "\"minimum_reserve_ratio\": " + jsonOptional(o.minimumReserveRatio) + ",\n" + indent +
           "\"minimum_reserve_ratio_year\": " + jsonOptional(o.minimumReserveRatioYear) + ",\n" + indent +
           "\"months_of_benefits_covered\": " + jsonNumber(o.monthsOfBenefitsCovered) + ",\n" + indent +
           "\"depleted\": " + (o.depletionYear ? "true" : "false") + ",\n" + indent +
           "\"depletion_year\": " + jsonOptional(o.depletionYear) + ",\n" + indent +
           "\"depletion_month\": " + jsonOptional(o.depletionMonth);
}

}  // namespace

void writeSensitivityCsv(std::ostream& out, const SensitivityResult& r)
{
    out << "key,label,low_value,base_value,high_value,measure_low,measure_base,measure_high,note\n";
    for (const auto& row : r.rows)
        out << row.key << ',' << csvCell(row.label) << ',' << csvCell(formatValue(row.low)) << ','
            << csvCell(formatValue(row.base)) << ',' << csvCell(formatValue(row.high)) << ','
            << formatCell(row.measureLow) << ',' << formatCell(r.measureBase) << ',' << formatCell(row.measureHigh)
            << ',' << csvCell(row.note) << '\n';
}

std::string contributionRateJson(const Scenario& scenario)
{
    return "{\n  \"target_reserve_ratio\": " + formatCell(scenario.projection.target_reserve_ratio) +
           ",\n  \"break_even_rate\": " + jsonOr(breakEvenRate(scenario)) +
           ",\n  \"rate_keeping_target_every_year\": " + jsonOr(rateKeepingTargetEveryYear(scenario)) + "\n}\n";
}

std::string replacementRateJson(const Scenario& scenario)
{
    return "{\n  \"target_reserve_ratio\": " + formatCell(scenario.projection.target_reserve_ratio) +
           ",\n  \"max_replacement_rate\": " + jsonOr(maximumReplacementRate(scenario)) + "\n}\n";
}

void writeStochasticCsv(std::ostream& out, const StochasticResult& r)
{
    std::string line = "year";
    for (const auto measure : stochasticMeasureNames())
        for (const auto level : percentileNames())
            line += "," + std::string(measure) + "_" + std::string(level);
    out << line << ",depletion_probability\n";
    for (int y = 0; y < r.years; ++y) {
        line = std::to_string(r.startYear + y);
        for (const auto& table : r.percentiles)
            for (int k = 0; k < kPercentileCount; ++k)
                line += "," + formatCell(table(y, k));
        out << line << ',' << formatCell(r.depletionProbability[y]) << '\n';
    }
}

std::string stochasticSummaryJson(const StochasticResult& r)
{
    return "{\n  \"paths\": " + std::to_string(r.paths) + ",\n  \"seed\": " + std::to_string(r.seed) +
           ",\n  \"median_depletion_year\": " +
           (r.medianDepletionYear ? std::to_string(*r.medianDepletionYear) : std::string("null")) +
           ",\n  \"depletion_probability\": " +
           (r.years > 0 ? formatCell(r.depletionProbability[r.years - 1]) : std::string("null")) + "\n}\n";
}

std::string stressJson(const StressResult& r)
{
    const auto& k = r.shock;
    return "{\n  \"shock\": {\n    \"name\": " + jsonString(k.name) + ",\n    \"start_year\": " +
           std::to_string(k.startYear) + ",\n    \"rise\": " + formatNumber(k.rise) +
           ",\n    \"months_to_peak\": " + std::to_string(k.monthsToPeak) +
           ",\n    \"months_to_recover\": " + std::to_string(k.monthsToRecover) + "\n  },\n  \"peak_year\": " +
           std::to_string(r.peakYear) + ",\n" + outcomeJson(r.stressed, "  ") + ",\n  \"baseline\": {\n" +
           outcomeJson(r.baseline, "    ") + "\n  }\n}\n";
}

}  // namespace tideover::core
