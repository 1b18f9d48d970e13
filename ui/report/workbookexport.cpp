// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "workbookexport.h"

#include "analysis/riskview.h"
#include "analysis/stresstestview.h"
#include "analysisdata/comparisonset.h"
#include "analysisdata/stochasticrunner.h"
#include "document/scenariodocument.h"
#include "format/coretext.h"
#include "workbook/workbookwriter.h"

#include <QDir>
#include <QFile>

namespace tideover::ui {

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

WorkbookAnalyses WorkbookExport::analysesOf(const ScenarioDocument* document, const RiskView* risk,
                                            const StressTestView* stress, const ComparisonSet* comparison)
{
    WorkbookAnalyses analyses;
    if (!document || !document->result() || document->isResultStale())
        return analyses;
    if (risk && risk->runner()->hasResult() && !risk->runner()->isRunning() && !risk->isStale())
        analyses.stochastic = risk->runner()->result();
    if (stress && stress->result()) {
        // The page's recession laid over the scenario as it is now, as the report does.
        try {
            analyses.stress = core::StressTest(document->scenario()).run(stress->shock(), stress->groupShock());
        } catch (const std::exception&) {
            // A shock the scenario cannot take (outside its years): the page shows none either.
        }
    }
    if (comparison && comparison->count() > 0)
        analyses.comparison = comparison;
    return analyses;
}

workbook::WorkbookTexts WorkbookExport::texts()
{
    workbook::WorkbookTexts t;
    t.scenario = utf8(tr("Scenario"));
    t.description = utf8(tr("Description"));
    t.author = utf8(tr("Author"));
    t.country = utf8(tr("Country"));
    t.currency = utf8(tr("Currency"));
    t.years = utf8(tr("Projection years"));
    t.writtenBy = utf8(tr("Written by"));
    t.headline = utf8(tr("Headline figures"));
    t.depletionYear = utf8(tr("Year the reserve is depleted"));
    t.never = utf8(tr("never"));
    t.none = utf8(tr("none"));
    t.minimumRatio = utf8(tr("Lowest reserve ratio (years of expenditure)"));
    t.minimumRatioYear = utf8(tr("Year of the lowest reserve ratio"));
    t.breakEven = utf8(tr("Break-even contribution rate"));
    t.finalRatio = utf8(tr("Reserve ratio in the last year (years of expenditure)"));
    t.targetRatio = utf8(tr("Target reserve ratio (years of expenditure)"));
    t.risk = utf8(tr("Stochastic projection (Risk sheet)"));
    t.paths = utf8(tr("Paths"));
    t.seed = utf8(tr("Seed"));
    t.medianDepletion = utf8(tr("First year in which half the paths are depleted"));
    t.depletionProbability = utf8(tr("Probability of depletion by the last year"));
    t.stress = utf8(tr("Stress test (Stress sheet)"));
    t.shockName = utf8(tr("Recession"));
    t.shockStart = utf8(tr("Starts in"));
    t.shockRise = utf8(tr("Peak rise of the unemployment rate"));
    t.shockMonthsToPeak = utf8(tr("Months to the peak"));
    t.shockRecovery = utf8(tr("Months back to the scenario's rate"));
    t.shockClaims = utf8(tr("Factor on job losses during the recession"));
    t.withRecession = utf8(tr("With the recession"));
    t.withoutRecession = utf8(tr("Without the recession"));
    t.monthsCovered = utf8(tr("Months of benefits the reserve covers in the peak year"));
    t.depletionMonth = utf8(tr("Month the reserve is depleted (1-12)"));
    t.peakBenefits = utf8(tr("Highest monthly benefit spending (the month of the largest rise)"));
    t.peakBeneficiaries = utf8(tr("Most beneficiaries (the month of the largest rise)"));
    t.peakMonth = utf8(tr("Month of that peak (year-month)"));
    t.comparison = utf8(tr("Comparison (Comparison sheet)"));
    t.groups = utf8(tr("Worker groups (Groups sheet)"));
    t.mainGroup = utf8(tr("Main group"));
    t.groupCostRate = utf8(tr("Cost rate in the last year (expenditure / insured wages)"));
    t.groupRatio = utf8(tr("Benefits per unit of contributions in the last year"));
    t.groupCrossSubsidy = utf8(tr("Cross-subsidy in the last year (paid in minus drawn out)"));
    t.groupCrossSubsidyTotal = utf8(tr("Cross-subsidy over the projection"));
    t.package = utf8(tr("Protection package (Package sheet)"));
    t.packageCost = utf8(tr("Cost of the package in the last year"));
    t.packageToWages = utf8(tr("Cost of the package (share of insured wages)"));
    t.packageToGdp = utf8(tr("Cost of the package (share of GDP)"));
    t.paidByEmployers = utf8(tr("Paid by employers"));
    t.paidByWorkers = utf8(tr("Paid by workers"));
    t.paidByState = utf8(tr("Paid by the state"));
    t.anyCoverage = utf8(tr("Unemployed with any benefit of the package"));
    t.reserveChart = utf8(tr("Reserve at the end of the year"));
    t.reserveRatioChart = utf8(tr("Reserve ratio (years of expenditure)"));
    t.incomeChart = utf8(tr("Income and expenditure"));
    t.monthlyReserveChart = utf8(tr("Reserve at the end of each month"));
    t.riskChart = utf8(tr("Reserve ratio: percentiles of the random futures"));
    t.depletionChart = utf8(tr("Probability of depletion"));
    t.stressChart = utf8(tr("Reserve ratio with and without the recession"));
    t.unemploymentChart = utf8(tr("Unemployment rate with and without the recession"));
    t.comparisonChart = utf8(tr("Reserve ratio by scenario"));
    t.groupsChart = utf8(tr("Cross-subsidy by group (paid in minus drawn out)"));
    t.packageChart = utf8(tr("Cost of the package by who pays"));
    t.packageCoverageChart = utf8(tr("Unemployed protected, by part of the package"));
    t.yearAxis = utf8(tr("Year"));
    t.millionsAxis = utf8(tr("Millions of %1"));
    t.parameterLabel = [](const core::ParameterInfo& p) { return utf8(coretext::translatedLabel(p)); };
    return t;
}

bool WorkbookExport::write(const ScenarioDocument* document, const QString& path,
                           const WorkbookAnalyses& analyses, QString* error, bool replaceReadOnly,
                           bool* readOnly)
{
    if (readOnly)
        *readOnly = false;
    if (!document || !document->result() || document->isResultStale()) {
        if (error)
            *error = tr("The scenario has errors; fix them before exporting a workbook.");
        return false;
    }
    workbook::WorkbookContent content;
    content.scenario = document->scenario();
    content.result = *document->result();
    content.stochastic = analyses.stochastic;
    content.stress = analyses.stress;
    if (analyses.comparison)
        for (const ComparedScenario& c : analyses.comparison->compared())
            if (c.result && !c.isStale)
                content.comparison.push_back({utf8(c.name), *c.scenario, *c.result});
    content.texts = texts();
    core::SaveOptions options;
    options.replaceReadOnly = replaceReadOnly;
    try {
        workbook::writeWorkbook(QFile::encodeName(path).toStdString(), content, options);
        return true;
    } catch (const core::ReadOnlyFileError& e) {
        if (readOnly)
            *readOnly = true;
        if (error)
            *error = tr("Could not write the workbook %1: %2.")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        if (error)
            *error = tr("Could not write the workbook %1: %2.")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what()));
    }
    return false;
}

} // namespace tideover::ui
