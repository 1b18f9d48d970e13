// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"
#include "core/engine/projectionresult.h"
#include "core/io/atomicfile.h"
#include "core/model/parameters.h"
#include "core/model/scenario.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tideover::workbook {

// The texts a reader sees beyond the column names: labels of the Summary sheet, chart titles
// and axis names. English by default (tideover-cli); the desktop application passes its
// language's. Column headers stay the CSV's names in every language, so that a script reads
// any workbook.
struct WorkbookTexts {
    // Summary: the scenario
    std::string scenario = "Scenario";
    std::string description = "Description";
    std::string author = "Author";
    std::string country = "Country";
    std::string currency = "Currency";
    std::string years = "Projection years";
    std::string writtenBy = "Written by";
    // Summary: the headline figures
    std::string headline = "Headline figures";
    std::string depletionYear = "Year the reserve is depleted";
    std::string never = "never";
    std::string none = "none";
    std::string minimumRatio = "Lowest reserve ratio (years of expenditure)";
    std::string minimumRatioYear = "Year of the lowest reserve ratio";
    std::string breakEven = "Break-even contribution rate";
    std::string finalRatio = "Reserve ratio in the last year (years of expenditure)";
    std::string targetRatio = "Target reserve ratio (years of expenditure)";
    // Summary: the stochastic projection (Risk sheet)
    std::string risk = "Stochastic projection (Risk sheet)";
    std::string paths = "Paths";
    std::string seed = "Seed";
    std::string medianDepletion = "First year in which half the paths are depleted";
    std::string depletionProbability = "Probability of depletion by the last year";
    // Summary: the stress test (Stress sheet)
    std::string stress = "Stress test (Stress sheet)";
    std::string shockName = "Recession";
    std::string shockStart = "Starts in";
    std::string shockRise = "Peak rise of the unemployment rate";
    std::string shockMonthsToPeak = "Months to the peak";
    std::string shockRecovery = "Months back to the scenario's rate";
    std::string shockClaims = "Factor on job losses during the recession";
    std::string withRecession = "With the recession";
    std::string withoutRecession = "Without the recession";
    std::string monthsCovered = "Months of benefits the reserve covers in the peak year";
    std::string depletionMonth = "Month the reserve is depleted (1-12)";
    std::string peakBenefits = "Highest monthly benefit spending (the month of the largest rise)";
    std::string peakBeneficiaries = "Most beneficiaries (the month of the largest rise)";
    std::string peakMonth = "Month of that peak (year-month)";
    // Summary: the comparison (Comparison sheet)
    std::string comparison = "Comparison (Comparison sheet)";
    // Summary: the protection package (Package sheet), model-spec v5
    std::string package = "Protection package (Package sheet)";
    std::string packageCost = "Cost of the package in the last year";
    std::string packageToWages = "Cost of the package (share of insured wages)";
    std::string packageToGdp = "Cost of the package (share of GDP)";
    std::string paidByEmployers = "Paid by employers";
    std::string paidByWorkers = "Paid by workers";
    std::string paidByState = "Paid by the state";
    std::string anyCoverage = "Unemployed with any benefit of the package";
    // Charts
    std::string reserveChart = "Reserve at the end of the year";
    std::string reserveRatioChart = "Reserve ratio (years of expenditure)";
    std::string incomeChart = "Income and expenditure";
    std::string monthlyReserveChart = "Reserve at the end of each month";
    std::string riskChart = "Reserve ratio: percentiles of the random futures";
    std::string depletionChart = "Probability of depletion";
    std::string stressChart = "Reserve ratio with and without the recession";
    std::string unemploymentChart = "Unemployment rate with and without the recession";
    std::string comparisonChart = "Reserve ratio by scenario";
    std::string groupsChart = "Cross-subsidy by group (paid in minus drawn out)";
    std::string packageChart = "Cost of the package by who pays";
    std::string packageCoverageChart = "Unemployed protected, by part of the package";
    std::string yearAxis = "Year";
    std::string millionsAxis = "Millions of %1"; // %1: the scenario's currency
    // A parameter's label in the Parameters sheet; empty: the parameter table's (English).
    std::function<std::string(const core::ParameterInfo&)> parameterLabel;
};

// Another scenario the workbook compares with its own, with its projection.
struct ComparedScenario {
    std::string name;
    core::Scenario scenario;
    core::ProjectionResult result;
};

// Everything a workbook holds. The analyses are optional: each adds its sheet (Risk, Stress,
// Comparison) and a section of the Summary sheet only when given.
struct WorkbookContent {
    core::Scenario scenario;
    core::ProjectionResult result; // project(scenario)
    std::optional<core::StochasticResult> stochastic;
    std::optional<core::StressResult> stress;
    // The scenarios side by side on the Comparison sheet (the scenario itself among them when
    // wanted); none: no Comparison sheet.
    std::vector<ComparedScenario> comparison;
    WorkbookTexts texts;
};

// The names of the sheets a workbook of `content` has, in order: Summary, Annual, Groups (when
// the scenario has worker groups), Package (when it has a protection package), Monthly,
// Parameters, then Risk, Stress and Comparison when given.
std::vector<std::string> sheetNames(const WorkbookContent& content);

// Writes the workbook (.xlsx, Office Open XML) of `content` to `path`:
//
// - Summary: the scenario's texts, the headline figures and, when given, those of each
//   analysis, with a chart of the reserve;
// - Annual and Monthly: the tables of `tideover-cli project` (the CSV's column names, every
//   number stored as the double it is, an empty cell where the CSV has an empty value), with
//   number formats (money with thousands separators, rates as percentages, persons as whole
//   numbers), a frozen header row and year column, and native charts;
// - Groups, for a scenario with worker groups (model-spec v4): the grouped table of
//   `tideover-cli project` (a `group` column, one block per group, then the total, the five
//   group columns), with a chart of each group's cross-subsidy; the Annual sheet then holds
//   the total's rows, the CSV's `total` block without the group columns;
// - Package, for a scenario with a protection package (model-spec v5: severance pay, savings
//   accounts or assistance beside the insurance): the table of `tideover-cli package`, with a
//   chart of the cost by who pays and one of the share of the unemployed each part protects;
// - Parameters: key, value, unit, source note and label of every parameter, each dated
//   change KEY@YEAR with its own source, then the history's figures (history.COLUMN@YEAR)
//   with theirs and each year's notes: the lines of `tideover-cli show`;
// - Risk, Stress, Comparison: the analyses given, each with its chart.
//
// Text from the scenario is written as text, never as a formula. libxlsxwriter builds the
// workbook in a private temporary folder; the bytes are then saved with
// core::writeFileAtomically and its rules (a regular file replaced atomically, a read-only one
// refused unless options.replaceReadOnly, a device or FIFO written through, links of others
// refused). Throws core::SaveError (or core::ReadOnlyFileError) naming the path and the reason.
void writeWorkbook(const std::filesystem::path& path, const WorkbookContent& content,
                   const core::SaveOptions& options = {});

// Text from a file made fit for a cell: invalid UTF-8 replaced by U+FFFD, control characters
// other than tab and line breaks by a space, a literal "_xHHHH_" kept literal (Excel reads it
// as an escape otherwise), and at most 32,767 characters (Excel's limit; longer text ends in
// "…"). Apply it once: the text it returns is for libxlsxwriter, not for another pass.
std::string cellText(std::string_view text);

} // namespace tideover::workbook
