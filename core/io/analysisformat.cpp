#include "core/io/analysisformat.h"

#include "core/io/csvwriter.h"
#include "core/io/jsonwriter.h"
#include "core/io/resultformat.h"
#include "core/model/parameters.h"

#include <cmath>

namespace tideover::core {

namespace {

// A stress outcome's figures; a lowest reserve ratio that is absent has no year either.
void addOutcome(Json& j, const StressOutcome& o)
{
    const bool ratio = o.minimumReserveRatio && std::isfinite(*o.minimumReserveRatio);
    j["minimum_reserve_ratio"] = ratio ? Json(*o.minimumReserveRatio) : Json(nullptr);
    j["minimum_reserve_ratio_year"] = ratio ? jsonOptional(o.minimumReserveRatioYear) : Json(nullptr);
    j["months_of_benefits_covered"] = o.monthsOfBenefitsCovered;
    j["depleted"] = o.depletionYear.has_value();
    j["depletion_year"] = jsonOptional(o.depletionYear);
    j["depletion_month"] = jsonOptional(o.depletionMonth);
}

Json peakJson(const StressPeak& p)
{
    Json j;
    j["year"] = p.year;
    j["month"] = p.month;
    j["stressed"] = p.stressed;
    j["baseline"] = p.baseline;
    return j;
}

}  // namespace

void writeSensitivityCsv(std::ostream& out, const SensitivityResult& r)
{
    writeCsvRow(out, {"key", "label", "low_value", "base_value", "high_value", "measure_low", "measure_base",
                      "measure_high", "note"});
    for (const auto& row : r.rows)
        writeCsvRow(out, {row.key, row.label, formatValue(row.low), formatValue(row.base), formatValue(row.high),
                          formatCell(row.measureLow), formatCell(r.measureBase), formatCell(row.measureHigh), row.note});
}

std::string contributionRateJson(const Scenario& scenario)
{
    Json j;
    j["target_reserve_ratio"] = scenario.projection.target_reserve_ratio;
    j["break_even_rate"] = jsonOptional(breakEvenRate(scenario));
    j["rate_keeping_target_every_year"] = jsonOptional(rateKeepingTargetEveryYear(scenario));
    return jsonText(j);
}

std::string replacementRateJson(const Scenario& scenario)
{
    Json j;
    j["target_reserve_ratio"] = scenario.projection.target_reserve_ratio;
    j["max_replacement_rate"] = jsonOptional(maximumReplacementRate(scenario));
    return jsonText(j);
}

void writeStochasticCsv(std::ostream& out, const StochasticResult& r)
{
    std::vector<std::string> cells = {"year"};
    for (const auto measure : stochasticMeasureNames())
        for (const auto level : percentileNames())
            cells.push_back(std::string(measure) + "_" + std::string(level));
    cells.emplace_back("depletion_probability");
    writeCsvRow(out, cells);
    for (int y = 0; y < r.years; ++y) {
        cells = {std::to_string(r.startYear + y)};
        for (const auto& table : r.percentiles)
            for (int k = 0; k < kPercentileCount; ++k)
                cells.push_back(formatCell(table(y, k)));
        cells.push_back(formatCell(r.depletionProbability[y]));
        writeCsvRow(out, cells);
    }
}

std::string stochasticSummaryJson(const StochasticResult& r)
{
    Json j;
    j["paths"] = r.paths;
    j["seed"] = r.seed;
    j["median_depletion_year"] = jsonOptional(r.medianDepletionYear);
    j["depletion_probability"] = r.years > 0 ? Json(r.depletionProbability[r.years - 1]) : Json(nullptr);
    return jsonText(j);
}

std::string stressJson(const StressResult& r)
{
    const auto& k = r.shock;
    Json j;
    j["shock"]["name"] = k.name;
    j["shock"]["start_year"] = k.startYear;
    j["shock"]["rise"] = jsonShortNumber(k.rise);
    j["shock"]["months_to_peak"] = k.monthsToPeak;
    j["shock"]["months_to_recover"] = k.monthsToRecover;
    j["shock"]["claims_factor"] = jsonShortNumber(k.claimsFactor);
    j["peak_year"] = r.peakYear;
    addOutcome(j, r.stressed);
    addOutcome(j["baseline"], r.baseline);
    // The month in which the recession raises monthly benefit spending (LCU) and
    // beneficiaries (persons) most above the baseline, with both figures.
    j["peak_monthly_benefits"] = peakJson(r.benefits);
    j["peak_beneficiaries"] = peakJson(r.beneficiaries);
    return jsonText(j);
}

}  // namespace tideover::core
