// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tideover::workbook {
struct WorkbookTexts;
}

namespace tideover::ui {

class ComparisonSet;
class RiskView;
class ScenarioDocument;
class StressTestView;

// What File > Export Workbook adds to the projection: the analyses the pages have results
// for, each a sheet of its own.
struct WorkbookAnalyses {
    std::optional<core::StochasticResult> stochastic; // the Risk page's run, when of the scenario as it is
    std::optional<core::StressResult> stress;         // the Stress test page's recession, when it has run
    const ComparisonSet* comparison = nullptr;        // the Compare page, when a scenario is pinned there
};

// The Excel workbook of the desktop application (workbook/workbookwriter.h) in its language.
class WorkbookExport {
    Q_DECLARE_TR_FUNCTIONS(tideover::ui::WorkbookExport)

public:
    // The analyses of the pages given (any may be null) that the workbook takes now: the
    // Risk page's run unless it is running or of an earlier scenario, the Stress test page's
    // recession laid over the scenario as it is (when the page has a result), the Compare
    // page when something is pinned.
    static WorkbookAnalyses analysesOf(const ScenarioDocument* document, const RiskView* risk,
                                       const StressTestView* stress, const ComparisonSet* comparison);

    // Writes the workbook of the document's scenario and `analyses` to `path`, by the rules of
    // every save. False with a sentence for the user in `error`; `readOnly` (when given) tells
    // that the target is a read-only file, kept: ask, then call again with replaceReadOnly.
    static bool write(const ScenarioDocument* document, const QString& path, const WorkbookAnalyses& analyses,
                      QString* error, bool replaceReadOnly = false, bool* readOnly = nullptr);

    // The workbook's texts (labels, chart titles) in the application's language.
    static workbook::WorkbookTexts texts();
};

} // namespace tideover::ui
