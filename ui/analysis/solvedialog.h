// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace tideover::ui {

class ScenarioDocument;

// Answers a financing question about the document's scenario in plain words and offers to
// apply the answer as one undoable edit: the total contribution rate that keeps the reserve
// ratio at or above the target in every year (or the break-even rate, which looks at the
// horizon only), or the highest flat replacement rate the legislated contribution rate can
// finance. Says why when there is no answer.
class SolveDialog : public QDialog {
    Q_OBJECT

public:
    enum class Question { ContributionRate, ReplacementRate };

    SolveDialog(ScenarioDocument* document, Question question, QWidget* parent = nullptr);

    Question question() const { return m_question; }
    // The value Apply would set (the total contribution rate or the replacement rate), as
    // shown: rounded so that it still meets the target. Empty when there is no answer.
    std::optional<double> answer() const;
    QString answerText() const;       // the sentence with the answer
    QString applyExplanation() const; // what Apply changes
    QPushButton* applyButton() const { return m_apply; }
    QRadioButton* breakEvenChoice() const { return m_breakEvenChoice; }
    QCheckBox* fixedRuleBox() const { return m_fixedRule; }

    // `scenario` with a flat total contribution rate `total`: the government rate stays and the
    // rest is split between employees and employers in their first-year proportions (equally
    // when both are 0); when the government rate alone exceeds `total`, all three are scaled
    // down together. `fixedRule` also switches the financing rule to fixed.
    static core::Scenario withTotalContributionRate(const core::Scenario& scenario, double total,
                                                    bool fixedRule);
    // `scenario` with one replacement rate for every month of benefit.
    static core::Scenario withReplacementRate(const core::Scenario& scenario, double rate, bool fixedRule);

private:
    void apply();
    void updateExplanation();

    ScenarioDocument* m_document;
    Question m_question;
    std::optional<double> m_everyYear; // contribution rate keeping the target every year
    std::optional<double> m_breakEven;
    std::optional<double> m_replacement;
    QLabel* m_answer = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_explanation = nullptr;
    QRadioButton* m_everyYearChoice = nullptr;
    QRadioButton* m_breakEvenChoice = nullptr;
    QCheckBox* m_fixedRule = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace tideover::ui
