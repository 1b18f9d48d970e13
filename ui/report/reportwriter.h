// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "projectionresult.h"
#include "scenario.h"
#include "stochastic.h"
#include "stresstest.h"

#include <QDate>
#include <QImage>
#include <QString>

#include <optional>
#include <vector>

class QFont;
class QIODevice;
class QPainter;
class QRect;

namespace tideover::ui {

class ScenarioDocument;

// What goes into a report beyond the scenario and its projection. The optional analyses
// appear as sections only when given.
struct ReportOptions {
    std::optional<core::StochasticResult> stochastic;
    std::optional<core::StressResult> stress;
    QDate date;                 // the date on the title page; invalid: today
    bool includeCharts = true;  // the four result charts (needs a QApplication)
};

// The PDF report of a scenario, for a ministry's file: a title page, the design and the
// headline figures in plain words, every parameter with its source, the result charts, the
// annual table, the ILO standards check and, when given, the stochastic and stress results.
// Built as one paginated QTextDocument (tables keep their header row on every page) and
// printed page by page onto an A4 QPdfWriter with a footer "Page i of N". The charts are the
// desktop application's, rendered off screen, so a QApplication must exist.
class ReportWriter {
public:
    // Throws core::InvalidScenario when the scenario does not validate.
    explicit ReportWriter(const core::Scenario& scenario, ReportOptions options = {});

    // The report as HTML (the text and tables; charts as images named chart:N).
    QString html() const;

    // Writes the PDF atomically to `path`. False with a sentence for the user in `error`.
    bool writePdf(const QString& path, QString* error) const;
    // Writes the PDF to an open device; returns the number of pages.
    int writePdf(QIODevice* device) const;

    const core::ProjectionResult& result() const { return m_result; }

    // The plain-language summary of the design and its outcome (a paragraph of text).
    QString plainSummary() const;

private:
    struct Chart {
        QString title;
        QImage image;
    };
    std::vector<Chart> renderCharts() const;
    void drawTitlePage(QPainter& painter, const QRect& page, const QRect& body, const QFont& baseFont) const;

    core::Scenario m_scenario;
    core::ProjectionResult m_result;
    ReportOptions m_options;
};

// For File > Export report: writes the report of the document's current scenario. False with
// a sentence for the user in `error` when the scenario has errors or the file cannot be
// written.
bool exportReport(ScenarioDocument* document, const QString& path, QString* error,
                  const ReportOptions& options = {});

}  // namespace tideover::ui
