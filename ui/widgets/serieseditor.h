// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"
#include "core/model/scenario.h"

#include <QString>
#include <QWidget>

#include <map>
#include <utility>
#include <vector>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace tideover::ui {

class NumberSpinBox;

// "From `year` onward the value is `value`": one change of a per-year parameter.
struct SeriesStep {
    int year = 0;
    double value = 0;
    bool operator==(const SeriesStep&) const = default;
};

// "From calendar year `year` on, `value`": a dated change of a series key (model-spec v2
// `KEY@YEAR`), with the source note of the law that made it.
struct DatedStep {
    int year = 0;
    double value = 0;
    QString note;
    bool operator==(const DatedStep&) const = default;
};

// The per-year table of a series parameter, written as the steps a planner thinks in ("4 %
// from 2026; 5 % from 2030 onward") rather than one value per year. It converts the steps to
// the model's Series (one value per projection year, the last carrying forward) and reports
// each edit with seriesEdited(); it never touches the document itself. Below the base value,
// the key's dated changes (the laws that change it from a calendar year on) are listed with
// their source notes; each edit of one is reported with datedChangeSet() or
// datedChangeRemoved(), for the field to make one undo step of it.
class SeriesEditor : public QWidget {
    Q_OBJECT

public:
    explicit SeriesEditor(const core::ParameterInfo& info, QWidget* parent = nullptr);

    // The steps of a series: a step wherever the value changes, the first in `startYear`.
    static std::vector<SeriesStep> stepsFromSeries(const core::Series& series, int startYear);
    // The series of steps: one value per year from `startYear` to the last step's year, each
    // year taking the latest step at or before it (years before the first step take the first
    // step's value; of two steps in one year the later in the list wins); trailing repeats
    // are dropped, so a constant is a single value.
    static core::Series seriesFromSteps(std::vector<SeriesStep> steps, int startYear);

    // Shows `series` for a projection from `startYear` over `years` years. Rows the planner is
    // editing are kept when they already describe the same series.
    void setSeries(const core::Series& series, int startYear, int years);
    core::Series series() const;
    std::vector<SeriesStep> steps() const { return m_steps; }
    int startYear() const { return m_startYear; }
    // The currency code named in the value column and range messages of money series.
    void setCurrency(const QString& currency);

    // Adds a change after the last one (same value until edited) and focuses its year.
    void addStep();
    void removeStep(int row);
    // Edits a row as the planner would (for tests and keyboard use); emits seriesEdited().
    void setStep(int row, int year, double value);
    // Focuses the value of the first step outside the allowed range, or of the first step.
    void focusFirstProblem();

    // The key's dated changes, in any order (shown by year). Rows the planner is editing are
    // kept when they already show the same changes.
    void setDatedChanges(std::vector<DatedStep> changes);
    std::vector<DatedStep> datedChanges() const { return m_dated; }
    // The problem the document reports about the change from `year` (empty: none).
    void setDatedProblem(int year, const QString& text, bool error);
    // Adds a change (the year after the last one, the value in force then) and reports it.
    void addDatedChange();
    // Edits or removes a change as the planner would (for tests and keyboard use).
    void setDatedChange(int row, int year, double value, const QString& note);
    void removeDatedChange(int row);
    // The value in force in calendar `year`: the base value, then the dated changes.
    double valueInYear(int year) const;

signals:
    void seriesEdited(const core::Series& series);
    // A dated change from `year` was added (previousYear 0) or edited (moved from previousYear).
    void datedChangeSet(int year, double value, const QString& note, int previousYear);
    void datedChangeRemoved(int year);

private:
    struct Row {
        QSpinBox* year = nullptr; // nullptr for the first row, fixed at the start year
        QLabel* firstYear = nullptr;
        NumberSpinBox* value = nullptr;
        QToolButton* remove = nullptr;
    };
    struct DatedRow {
        QSpinBox* year = nullptr;
        NumberSpinBox* value = nullptr;
        QLineEdit* note = nullptr;
        QToolButton* remove = nullptr;
        QLabel* status = nullptr;
    };
    void rebuildDatedRows();
    void markDated();
    int datedRowOf(const QObject* widget) const;
    void rebuildRows();
    void showStepValues();
    void markRanges();
    void commit();
    void sortRows();
    int rowOf(const QObject* widget) const;

    const core::ParameterInfo& m_info;
    std::vector<SeriesStep> m_steps;
    int m_startYear = 2025;
    int m_years = 30;
    QGridLayout* m_grid = nullptr;
    std::vector<Row> m_rows;
    QPushButton* m_add = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_valueHeader = nullptr;
    QString m_currency = QStringLiteral("LCU");
    std::vector<DatedStep> m_dated;
    std::vector<DatedRow> m_datedRows;
    QGridLayout* m_datedGrid = nullptr;
    QLabel* m_datedEmpty = nullptr;
    QPushButton* m_addDated = nullptr;
    std::map<int, std::pair<QString, bool>> m_datedProblems; // year -> (text, is an error)
};

} // namespace tideover::ui
