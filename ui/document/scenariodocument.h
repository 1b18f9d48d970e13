// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/package.h"
#include "core/engine/projectionresult.h"
#include "core/io/historycsv.h"
#include "core/model/groups.h"
#include "core/model/parameters.h"
#include "core/model/scenario.h"
#include "core/model/validation.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tideover::ui {

// The scenario being edited: owns the scenario, its undo stack, its file and its results.
// Every user edit is an undo command pushed through the facade below; "modified" is exactly
// "the undo stack is not clean". Results are derived, never undone: after every change the
// document validates and, when the scenario is valid, projects it again (about 0.1 ms).
// While the scenario has errors the last valid results stay available, marked stale.
class ScenarioDocument : public QObject {
    Q_OBJECT

public:
    enum class MetadataField { Title, Description, Author, Country, Currency };
    Q_ENUM(MetadataField)

    explicit ScenarioDocument(QObject* parent = nullptr);
    ~ScenarioDocument() override;

    const core::Scenario& scenario() const { return m_scenario; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // --- results ---------------------------------------------------------------------
    // The last valid projection, or nullptr when no valid scenario was ever loaded.
    const core::ProjectionResult* result() const { return m_result.get(); }
    // The package results (model-spec v5) of the same projection as result(), or nullptr when
    // the scenario they belong to switches no part of a package on (severance, savings
    // accounts, assistance): an insurance alone shows as it always did.
    const core::PackageResult* packageResult() const { return m_package.get(); }
    // True while the scenario has errors and result() belongs to an earlier, valid state.
    bool isResultStale() const { return m_stale; }
    // Every problem of the current scenario (errors and warnings).
    const std::vector<core::Problem>& problems() const { return m_problems; }
    // The first error about `key` ("" when none); warnings too when `includeWarnings`.
    QString problemFor(const QString& key, bool includeWarnings = false) const;
    // Effective coverage etc. are read from result(); these are the scenario-level figures.
    QString currency() const;  // the scenario's currency code, "LCU" when none

    // --- editing facade: each call is one undoable command -------------------------------
    // Sets a parameter. Consecutive edits of the same key merge into one undo step (a spin
    // box drag is one step). Out-of-range values are accepted: they show as problems and
    // leave the results stale. Returns false (and changes nothing) for an unknown key or a
    // value of the wrong type. A run setting (core::isRunSetting: the Risk page's paths and
    // seed) is set without an undo step and leaves the document's modified state alone: it
    // is saved with the scenario, so a run can be repeated, but it is no change of design.
    bool setValue(const QString& key, const core::ParamValue& value);
    // The same from --set syntax text; on a syntax error returns false and sets `error`.
    bool setValueFromText(const QString& key, const QString& text, QString* error = nullptr);
    core::ParamValue value(const QString& key) const;
    void setSource(const QString& key, const QString& note);
    QString source(const QString& key) const;
    void setMetadata(MetadataField field, const QString& text);
    QString metadata(MetadataField field) const;
    // Ends the current run of merging edits: the next edit of the same key starts a new undo
    // step. Editors call it when the user finishes with a field (focus leaves, Enter).
    void endMerge() { ++m_mergeGeneration; }
    int mergeGeneration() const { return m_mergeGeneration; }
    // Dated changes (model-spec v2 "KEY@YEAR"), each call one undoable step: adds or replaces
    // the change of `key` from `year` (moving it from `previousYear` when that is set and
    // differs), with its source note; removes one (with its note). The value must be of the
    // type parseDatedValue gives (a one-value Series, or the rule key's list). Return false,
    // changing nothing, for a key that takes no dated changes or a value of the wrong type.
    bool setDatedChange(const QString& key, int year, const core::ParamValue& value, const QString& source,
                        std::optional<int> previousYear = std::nullopt);
    bool removeDatedChange(const QString& key, int year);
    // Replaces the whole scenario as one undoable step ("apply solver result", "paste"). Its
    // run settings are taken as setValue takes them, outside the step.
    void replaceScenario(const core::Scenario& scenario, const QString& description);

    // --- the history (model-spec v3): actual yearly figures, each call one undoable step ------
    // The history with its source notes ("history.COLUMN@YEAR").
    core::HistoryTable historyTable() const { return core::historyTable(m_scenario); }
    // Sets (or, with nullopt, clears) one figure; clearing it drops its source note too.
    // Consecutive edits of the same figure merge, as setValue's do. Returns false, changing
    // nothing, for a year outside 1900..2200 or a value the column does not allow (not finite,
    // negative where it cannot be, a rate outside [0, 1)).
    bool setHistoryValue(int year, core::HistoryColumn column, std::optional<double> value);
    // The source note of a recorded figure ("" removes it); false when the year does not record
    // the figure (a note needs a value).
    bool setHistorySource(int year, core::HistoryColumn column, const QString& note);
    QString historySource(int year, core::HistoryColumn column) const;
    // A year's free notes ("" removes them); false for a year outside 1900..2200 or notes longer
    // than core::kMaxHistoryNotes bytes.
    bool setHistoryNotes(int year, const QString& notes);
    // Removes every figure, note and source note of the year; false when it records nothing.
    bool removeHistoryYear(int year);
    // Replaces the whole history and its source notes ("Import history"); nothing when equal.
    void setHistory(const core::HistoryTable& table, const QString& description);

    // --- worker groups (model-spec v4), each call one undoable step ------------------------
    // Parameter calls above (setValue, setValueFromText, value, setSource, source,
    // setDatedChange, removeDatedChange) also take a group key "group.NAME.KEY" of a group the
    // scenario has: value() gives what the group uses (its own value, else the inherited one,
    // else the key's default); setValue gives the group a value of its own. Edits of a group
    // key merge as parameter edits do.
    // The groups with the main group's title and the groups' source notes ("group.*").
    struct GroupsState {
        std::string mainTitle;
        std::vector<core::WorkerGroup> groups;
        std::map<std::string, std::string> sources;
        bool operator==(const GroupsState&) const = default;
    };
    GroupsState groupsState() const;
    // Adds a group made from `model` (core::addGroupFromTemplate) titled `title`; returns its
    // name, or "" (changing nothing) when no group can be added.
    QString addGroup(const core::GroupTemplate& model, const QString& title);
    // Removes the group with its keys, dated changes and source notes; false when none.
    bool removeGroup(const QString& name);
    // Sets a group's title ("main": the main group's); false for a group the scenario lacks.
    bool setGroupTitle(const QString& name, const QString& title);
    // The title shown: the group's own, else its name; for "main" the main group's, else
    // "Main group" (translated).
    QString groupTitle(const QString& name) const;
    // Whether the group sets `shortKey` itself (a base value or a dated change).
    bool groupSets(const QString& name, const QString& shortKey) const;
    // Drops the group's own value of `shortKey` with its dated changes and their notes: the
    // group inherits it (or takes the default) again. False when it had none.
    bool clearGroupValue(const QString& name, const QString& shortKey);
    // Sets several keys of one group in one step (the duration classes: months and shares).
    bool setGroupValues(const QString& name, const std::map<std::string, core::ParamValue>& values,
                        const QString& description);

    // --- document life ---------------------------------------------------------------
    QString filePath() const { return m_filePath; }  // "" for an unsaved or built-in scenario
    // The name shown in the title bar: the file name, or the scenario title for a new one.
    QString displayName() const;
    bool isModified() const;
    // Starts a new untitled document from a scenario (a built-in one, a recovered one).
    // The undo stack is cleared; the document is clean unless `modified`.
    void reset(const core::Scenario& scenario, const QString& filePath = {}, bool modified = false);
    // Loads a .tideover file. On failure returns false with the reason in `error` and leaves
    // the document exactly as it was.
    bool load(const QString& path, QString* error);
    // Saves to `path` (the current file when empty) by the rules of writeFileSafely and marks
    // the document clean. A read-only file is kept, and *readOnly set, unless `replaceReadOnly`.
    bool save(const QString& path, QString* error, bool replaceReadOnly = false, bool* readOnly = nullptr);
    // Reloads the current file, discarding changes. False with `error` when it cannot.
    bool revert(QString* error);
    // The format version of the file the document was loaded from (0 when none).
    int loadedFormatVersion() const { return m_loadedFormatVersion; }

    // Before a save replaces a file written in an older format version, keeps a copy of it
    // beside it ("name.tideover.format-v1.bak"), unless one is there already, so the planner
    // can go back to a Tideover that reads only the old format. True when nothing had to be
    // done or the copy was made; `backupPath` receives the copy's path when one was made.
    static bool backupBeforeUpgrade(const QString& path, int fileVersion, int currentVersion, QString* backupPath,
                                    QString* error);

    // Used by the undo commands only: writes a value without creating a command.
    void applyValue(const QString& key, const core::ParamValue& value);
    void applySource(const QString& key, const QString& note);
    void applyMetadata(const MetadataField& field, const QString& text);
    void applyScenario(const core::Scenario& scenario);
    void applyHistory(const core::HistoryTable& table);
    // `target`: the group key changed ("group.own.take_up"), or "" (then scenarioChanged
    // carries "groups").
    void applyGroups(const GroupsState& state, const QString& target);

signals:
    // After a run setting changed (stochastic.paths or .seed): no undo step, no modification.
    void runSettingsChanged();
    // After any change of the scenario (edit, undo, redo, load, reset); `key` is the changed
    // parameter, "history" when only the history changed, a group key ("group.own.take_up")
    // when only it changed, "groups" when groups were added, removed or renamed, or "" when
    // many or the metadata changed.
    void scenarioChanged(const QString& key);
    // After the results and problems were brought up to date (every scenarioChanged).
    void resultsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void recompute();
    // Writes the run settings of `from` into the document (setValue, replaceScenario).
    void takeRunSettings(const core::Scenario& from);
    // `scenario` with the document's current run settings: undo and redo leave them alone.
    core::Scenario withCurrentRunSettings(core::Scenario scenario) const;
    // Pushes the change from the current history to `table` (nothing when equal).
    void pushHistory(const core::HistoryTable& table, const QString& target, const QString& description);
    // Pushes the change from the current groups to `state` (nothing when equal).
    void pushGroups(const GroupsState& state, const QString& target, const QString& description);
    // The group key as typed ("group.NAME.KEY", a group the scenario has, not the title), or
    // null with `name` and `shortKey` unset.
    const core::GroupParameterInfo* groupKeyInfo(const QString& key, std::string* name = nullptr) const;
    bool setGroupValue(const QString& key, const core::ParamValue& value);

    core::Scenario m_scenario;
    QUndoStack* m_undoStack = nullptr;
    std::unique_ptr<core::ProjectionResult> m_result;
    std::unique_ptr<core::PackageResult> m_package;
    std::vector<core::Problem> m_problems;
    bool m_stale = false;
    QString m_filePath;
    int m_loadedFormatVersion = 0;
    int m_mergeGeneration = 0;
};

}  // namespace tideover::ui
