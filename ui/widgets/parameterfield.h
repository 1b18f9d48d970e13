// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"

#include <QStringList>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace tideover::ui {

class DurationClassEditor;
class ListEditor;
class NumberSpinBox;
class ScenarioDocument;
class SeriesEditor;
struct DatedStep;

// One row of the scenario editor: a parameter's label, an editor suited to its kind (a spin
// box in the displayed unit, a choice of words, a per-year table, a list), its unit, its
// source note and the problem the document reports about it. Edits go to the document's
// facade; changes of the document come back through the refresh functions. The benefit
// duration classes are one field for two keys (benefits.duration_months and
// benefits.duration_shares), each with its own source note and problem line.
//
// Child object names, for tests and for the main window: the editor of a key is named by the
// key ("labour.job_finding_rate"), its problem line KEY.error, its source note KEY.source,
// its unit KEY.unit; a series also has KEY.summary, KEY.byYear and KEY.series (the per-year
// table).
class ParameterField : public QWidget {
    Q_OBJECT

public:
    // `group`: a worker group's name (model-spec v4) when `info` is a row of
    // core::groupParameters(); the field then edits "group.NAME.KEY".
    ParameterField(ScenarioDocument* document, const core::ParameterInfo& info, QWidget* parent = nullptr,
                   const QString& group = {});

    const core::ParameterInfo& info() const { return m_info; }
    QString key() const;
    // The keys this field edits: one, or two for the duration classes.
    QStringList keys() const { return m_keys; }
    QString labelText() const;

    // Shows the document's value and source notes; leaves an editor the planner is typing in
    // alone unless the document's value really differs from what it shows.
    void refreshValue();
    // The currency code and the projection years moved: units, tooltips, the per-year table.
    void refreshUnits();
    // A field that does not apply now (its part of the package is off, or the chosen formula
    // does not use it) stays in view, greyed, and its tooltips say why; "" enables it again.
    void setInactiveReason(const QString& reason);
    QString inactiveReason() const { return m_inactiveReason; }
    // Shows the document's error (or warning) for each key at the field.
    void refreshProblems();
    bool hasError() const { return m_hasError; }

    void setLabelWidth(int width);
    int labelWidthHint() const;
    int unitWidthHint() const;
    // The widest single word of the unit: the narrowest the unit can wrap to.
    int unitWordWidthHint() const;
    void setUnitWidth(int width);
    // Whether the label or key contains `text` (case-insensitive); empty text matches.
    bool matches(const QString& text) const;
    // Moves the keyboard focus to the editor of `key` (opening the per-year table of a series
    // that changes over time).
    void focusEditor(const QString& key);
    QWidget* editorFor(const QString& key) const;
    // Opens or closes the per-year table of a series parameter.
    void setByYearVisible(bool visible);
    bool isByYearVisible() const;
    SeriesEditor* seriesEditor() const { return m_seriesEditor; }

private:
    void buildEditor();
    void buildSeriesEditor();
    void addSourceAndProblem(const core::ParameterInfo& info, int index, const QString& placeholder);
    void commitReal();
    void commitSeriesConstant();
    void commitDurationClasses(const std::vector<int>& months, const std::vector<double>& shares);
    QString problemText(const QString& key, const QString& message) const;
    // The key's dated changes with their source notes (series keys).
    std::vector<DatedStep> datedSteps() const;
    // The value of every projected year, dated changes (and a group's inheritance) applied.
    std::vector<double> effectiveSeries() const;
    int startYear() const;
    int horizon() const;

    ScenarioDocument* m_document;
    const core::ParameterInfo& m_info;
    std::string m_group;  // "" for a scheme key
    const core::ParameterInfo* m_sharesInfo = nullptr; // the duration classes only
    QStringList m_keys;
    QGridLayout* m_grid = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_unit = nullptr;
    QWidget* m_editor = nullptr; // the widget named by the key
    NumberSpinBox* m_number = nullptr;
    QSpinBox* m_integer = nullptr;
    QLineEdit* m_seed = nullptr;
    QComboBox* m_choice = nullptr;
    QLabel* m_summary = nullptr;
    QToolButton* m_byYear = nullptr;
    SeriesEditor* m_seriesEditor = nullptr;
    ListEditor* m_list = nullptr;
    DurationClassEditor* m_classes = nullptr;
    QWidget* m_sharesAnchor = nullptr;
    std::map<QString, QLineEdit*> m_sources;
    std::map<QString, QLabel*> m_problems;
    bool m_hasError = false;
    QString m_inactiveReason;
};

} // namespace tideover::ui
