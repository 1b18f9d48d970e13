// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "reportwriter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tideover::ui {

class ComparisonSet;
class RiskView;
class ScenarioDocument;
class StressTestView;

// File > Export Report: what goes into the PDF beyond the sections every report has. Offers
// the analyses the user has on the other pages, each described as it will appear: the
// recession of the Stress test page, the Risk page's stochastic run (when it is of the
// scenario as it is now; otherwise a button runs it), and the pinned scenarios of the Compare
// page. Any of the pages may be absent (null).
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ReportDialog(ScenarioDocument* document, RiskView* risk, StressTestView* stress,
                 ComparisonSet* comparison, QWidget* parent = nullptr);

    // The options the choices give (the analyses computed or copied now).
    ReportOptions options() const;

    QCheckBox* chartsBox() const { return m_charts; }
    QCheckBox* stressBox() const { return m_stress; }
    QCheckBox* stochasticBox() const { return m_stochastic; }
    QCheckBox* comparisonBox() const { return m_comparison; }
    QPushButton* runButton() const { return m_run; }
    QLabel* stochasticNote() const { return m_stochasticNote; }

private:
    void updateStochastic();
    bool hasCurrentRun() const;

    ScenarioDocument* m_document;
    RiskView* m_risk;
    StressTestView* m_stressView;
    ComparisonSet* m_set;
    QCheckBox* m_charts = nullptr;
    QCheckBox* m_stress = nullptr;
    QCheckBox* m_stochastic = nullptr;
    QCheckBox* m_comparison = nullptr;
    QLabel* m_stressNote = nullptr;
    QLabel* m_stochasticNote = nullptr;
    QLabel* m_comparisonNote = nullptr;
    QPushButton* m_run = nullptr;
    bool m_userTouchedStochastic = false;
};

} // namespace tideover::ui
