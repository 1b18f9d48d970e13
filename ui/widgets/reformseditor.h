// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tideover::ui {

class ScenarioDocument;

// The benefit rule's reforms (model-spec v2): each is the dated changes of the three rule keys
// (benefits.replacement_rates, duration_months, duration_shares) from one calendar year, and
// applies to claims whose benefit starts in that year or later. Shown under Benefits with the
// rule in force today; adding, editing or removing a reform is one undo step.
//
// Child object names, for tests: the frame of the reform from YEAR is "reform.YEAR"; inside it
// "reformYear", "reformRates" (a ListEditor), "reformClasses" (a DurationClassEditor),
// "reformNote", "reformRemove" and "reformProblem".
class ReformsEditor : public QWidget {
    Q_OBJECT

public:
    // One reform as shown: the rule from `year` on, each key its latest change at or before
    // `year` (or the base value), and the reform's source note.
    struct Reform {
        int year = 0;
        std::vector<double> rates;
        std::vector<int> months;
        std::vector<double> shares;
        QString note;
        bool operator==(const Reform&) const = default;
    };

    explicit ReformsEditor(ScenarioDocument* document, QWidget* parent = nullptr);

    // The reforms of the document's scenario, by year (every year at which a rule key has a
    // dated change, also those outside the projection).
    std::vector<Reform> reforms() const;
    // Brings the rows up to date with the document (keeps them when nothing they show moved).
    void refresh();
    // Shows the document's problems about each reform's keys at its row.
    void refreshProblems();
    QWidget* reformWidget(int year) const;
    void focusReform(int year);

    // The edits, each one undo step (also used by the rows).
    // Adds a reform: the year after the last reform or start year + 2, the rule in force then.
    void addReform();
    // Writes `reform` (moved from `previousYear` when it differs); false when another reform
    // already has its year.
    bool setReform(const Reform& reform, int previousYear);
    void removeReform(int year);

signals:
    // The planner asked to edit the base rule's key (a link of the summary).
    void editRequested(const QString& key);

private:
    struct Row {
        int year = 0;
        QWidget* frame = nullptr;
        QLabel* problem = nullptr;
    };
    Reform reformAt(int year) const;
    void rebuild();
    void buildRow(const Reform& reform);
    void updateSummary();
    int rowIndex(int year) const;

    ScenarioDocument* m_document;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_add = nullptr;
    std::vector<Reform> m_shown;
    std::vector<Row> m_rows;
};

} // namespace tideover::ui
