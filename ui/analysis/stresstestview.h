// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/stresstest.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace tideover::ui {

class ScenarioDocument;
class StressChart;

// The "Stress test" page: a recession (start year, peak rise of the unemployment rate, months
// to the peak, months to recover; presets such as a 2009-like shock) laid over the scenario.
// Shows the reserve ratio and unemployment with and without it, the lowest reserve ratio,
// the months of peak-year benefits the reserve covers and whether and when it is depleted,
// in figures and in one paragraph of plain words. A test takes a fraction of a millisecond, so
// it follows every edit of the form and of the scenario.
class StressTestView : public QWidget {
    Q_OBJECT

public:
    explicit StressTestView(ScenarioDocument* document, QWidget* parent = nullptr);

    // The shock the form describes.
    core::RecessionShock shock() const;
    void setShock(int startYear, double rise, int monthsToPeak, int monthsToRecover, double claimsFactor = 1.0);
    // With worker groups (model-spec v4): the group the form hits harder and its factor on job
    // losses over the recession; an empty group when none (or the scenario has no groups).
    core::GroupShock groupShock() const;
    // Selects `shock.group` when the scenario has it (else none) and sets the factor.
    void setGroupShock(const core::GroupShock& shock);
    const std::optional<core::StressResult>& result() const { return m_result; }
    StressChart* ratioChart() const { return m_ratioChart; }
    StressChart* unemploymentChart() const { return m_unemploymentChart; }
    QString summaryText() const;
    // A figure of the table by row ("lowest", "covered", "depleted") and column (0 without,
    // 1 with the recession), as shown.
    QString figureText(const QString& row, int column) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyPreset(int index);
    void onFormEdited();
    void onScenarioChanged();
    void refreshGroups();
    void recompute();
    void showFigures();

    ScenarioDocument* m_document;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_start = nullptr;
    QDoubleSpinBox* m_rise = nullptr;
    QSpinBox* m_toPeak = nullptr;
    QSpinBox* m_toRecover = nullptr;
    QDoubleSpinBox* m_claims = nullptr;  // the claims shock, a factor on job losses
    QWidget* m_groupRow = nullptr;        // shown when the scenario has worker groups
    QComboBox* m_group = nullptr;         // none, or the group hit harder (data: its name)
    QDoubleSpinBox* m_groupClaims = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_caveat = nullptr;
    // Rows: lowest reserve ratio, months covered, depletion, monthly benefits and
    // beneficiaries at the recession's peak; columns: without and with the recession.
    QLabel* m_figures[5][2] = {};
    QLabel* m_coveredCaption = nullptr;
    QLabel* m_benefitsCaption = nullptr;
    QLabel* m_beneficiariesCaption = nullptr;
    StressChart* m_ratioChart = nullptr;
    StressChart* m_unemploymentChart = nullptr;
    std::optional<core::StressResult> m_result;
    int m_resultStartYear = 0;
    int m_horizonStart = 0;
    int m_horizonYears = 0;
    bool m_stale = false;
    bool m_dirty = true; // the scenario changed while the page was hidden
    bool m_applyingPreset = false;
};

} // namespace tideover::ui
