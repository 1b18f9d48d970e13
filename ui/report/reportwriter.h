// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/package.h"
#include "core/engine/projectionresult.h"
#include "core/model/scenario.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QStringList>
#include <QString>

#include <optional>
#include <vector>

class QFont;
class QPaintDevice;
class QIODevice;
class QPainter;
class QRect;

namespace tideover::ui {

class ChartPictureHandler;
class ComparisonSet;
class ScenarioDocument;

// Another scenario the report compares with its own.
struct ReportComparison {
    QString name;  // the column header; empty: the scenario's title
    core::Scenario scenario;
};

// What goes into a report beyond the scenario and its projection. The optional analyses
// appear as sections only when given; the stochastic and stress results must be of the
// reported scenario (same projection years).
struct ReportOptions {
    std::optional<core::StochasticResult> stochastic;
    std::optional<core::StressResult> stress;
    // The worker group the stress test hit harder (model-spec v4), for the section's words;
    // none when its group is empty.
    core::GroupShock stressGroup;
    std::vector<ReportComparison> comparison;
    QDate date;                 // the date on the title page; invalid: today
    bool includeCharts = true;  // the charts (needs a QApplication)
};

// The PDF report of a scenario, for a ministry's file: a title page; the design and the
// headline figures in plain words; the result charts; with worker groups, what each pays in
// and draws out; with a protection package, its cost by part and payer; when given, the stress test, the stochastic projection and the comparison
// with other scenarios; the ILO standards check;
// every parameter with its source; the annual table. Built as one paginated QTextDocument
// (tables keep their header row on every page) and printed page by page onto an A4
// QPdfWriter with a footer "Page i of N". The charts are the desktop application's, drawn off
// screen as vector graphics, so a QApplication must exist.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(tideover::ui::ReportWriter)

public:
    // Throws core::InvalidScenario when the scenario or a compared one does not validate, and
    // std::invalid_argument when an analysis result belongs to other projection years.
    explicit ReportWriter(const core::Scenario& scenario, ReportOptions options = {});

    // The report as HTML (the text and tables; charts as images named chart:NAME).
    QString html() const;
    // The names of the charts html() shows, in order.
    QStringList chartNames() const;

    // Writes the PDF atomically to `path`. False with a sentence for the user in `error`.
    bool writePdf(const QString& path, QString* error) const;
    // Writes the PDF to an open device; returns the number of pages.
    int writePdf(QIODevice* device) const;

    const core::ProjectionResult& result() const { return m_result; }

    // The plain-language summary of the design and its outcome (a paragraph of text).
    QString plainSummary() const;
    // With worker groups (model-spec v4): which group pays for which, summed over the
    // projection, in plain sentences; empty without groups.
    QString groupsSummary() const;
    // With a part of the protection package on (model-spec v5): its results; else none.
    const std::optional<core::PackageResult>& package() const { return m_package; }

private:
    void addCharts(ChartPictureHandler& handler) const;
    QString summarySection(int number) const;
    QString chartsSection(int number) const;
    // With worker groups (model-spec v4): what each group pays in and draws out.
    QString groupsSection(int number) const;
    // With a part of the protection package on (model-spec v5): its cost by part and payer,
    // who it protects, and a chart of the cost by payer over time.
    QString packageSection(int number) const;
    QString stressSection(int number) const;
    QString stochasticSection(int number) const;
    QString comparisonSection(int number) const;
    // With a history (model-spec v3): the back-test's errors per figure and the monitoring
    // indicators, actual and projected.
    QString historySection(int number) const;
    QString standardsSection(int number) const;
    QString parametersSection(int number) const;
    QString annualSection(int number) const;
    void drawTitlePage(QPainter& painter, const QRect& page, const QRect& body, const QFont& baseFont) const;
    // The scenario's description as the title page shows it.
    struct TitleDescription {
        QFont font;
        QString text;
        bool complete = true;  // false: shortened to fit
    };
    TitleDescription titleDescription(const QPaintDevice* device, const QFont& baseFont, const QRect& body) const;

    // Fills an empty set with this scenario, then the compared ones.
    void fillComparison(ComparisonSet& set) const;
    QString displayTitle() const;

    core::Scenario m_scenario;
    core::ProjectionResult m_result;
    std::optional<core::PackageResult> m_package;
    ReportOptions m_options;
    // The title page could not hold the whole description, so the summary gives it.
    mutable bool m_descriptionInSummary = false;
};

// For File > Export report: writes the report of the document's current scenario. False with
// a sentence for the user in `error` when the scenario has errors or the file cannot be
// written.
bool exportReport(ScenarioDocument* document, const QString& path, QString* error,
                  const ReportOptions& options = {});

}  // namespace tideover::ui
