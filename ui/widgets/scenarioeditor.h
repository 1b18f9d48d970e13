// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"

#include <QHash>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace tideover::ui {

class CollapsibleSection;
class GroupsEditor;
class MetadataEditor;
class ParameterField;
class ReformsEditor;
class ScenarioDocument;

// The left side of the main window: every parameter of the scenario in one scrollable form,
// grouped as the parameter table groups them (scheme design first), with the scenario's
// details on top, a box to find a parameter, and a banner while the scenario has errors. It
// is built once from core::parameters() and brought up to date field by field as the
// document changes; every edit goes through the document's facade. Ctrl+Z and Ctrl+Shift+Z
// typed in any of its fields commit the field, then undo or redo the document; leaving a field
// ends its run of edits (one undo step); Tab follows tabOrder().
class ScenarioEditor : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioEditor(ScenarioDocument* document, QWidget* parent = nullptr);
    ~ScenarioEditor() override;

    // Scrolls to a parameter, opens its section (and its per-year table when it changes over
    // time) and puts the keyboard focus in its editor. "currency" goes to the currency code.
    void focusParameter(const QString& key);
    // The key of the parameter whose editor has the focus, or "" (for F1 help).
    QString currentParameterKey() const;
    // Shows only the parameters whose label or key contains `text`.
    void setFilterText(const QString& text);
    ParameterField* field(const QString& key) const;
    CollapsibleSection* section(core::Group group) const;
    ReformsEditor* reformsEditor() const { return m_reforms; }
    // The "Actual figures" section: a summary of the scenario's history and its buttons.
    CollapsibleSection* historySection() const { return m_historySection; }
    // The heading above the package's three sections (model-spec v5).
    QWidget* packageHeading() const { return m_packageHeading; }
    // The "Worker groups" section (model-spec v4) and its editor.
    CollapsibleSection* groupsSection() const { return m_groupsSection; }
    GroupsEditor* groupsEditor() const { return m_groups; }
    QString historySummary() const;

    // The editor's stops for Tab, in order: the search box, the error banner's button, then
    // section by section the value fields in reading order (a value, its source note, the
    // next value), the section's buttons ("By year…", "Add a month", "Remove") and last its
    // header. Only the stops that can take the focus now (shown, enabled).
    QList<QWidget*> tabOrder() const;
    // Puts the keyboard focus in the search box, its text selected (Edit > Find Parameter).
    void focusFilter();

signals:
    // The focus moved to another parameter's editor ("" when it left the parameters).
    void currentParameterChanged(const QString& key);
    // The planner asked for the history's table, at the figure of a problem's key
    // ("history.benefits@2015") or anywhere ("").
    void historyRequested(const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void build();
    // Commits what a field holds before an undo from the keyboard (as Enter would).
    void commitField(QWidget* widget);
    void onScenarioChanged(const QString& key);
    void onResultsChanged();
    void applyFilter();
    void alignColumns();
    void goToNextError();
    void buildHistorySection(QWidget* content);
    QWidget* buildPackageHeading(QWidget* content);
    void refreshHistorySummary();
    // model-spec v5: greys the package's fields that do not apply (their part is off, or the
    // chosen formula or distribution does not use them); `load` also folds the parts that are
    // off and opens those that are on.
    void refreshPackageFields(bool load);

    ScenarioDocument* m_document;
    QLineEdit* m_filter = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerButton = nullptr;
    QScrollArea* m_scroll = nullptr;
    CollapsibleSection* m_metaSection = nullptr;
    MetadataEditor* m_metadata = nullptr;
    ReformsEditor* m_reforms = nullptr;
    CollapsibleSection* m_historySection = nullptr;
    CollapsibleSection* m_groupsSection = nullptr;
    GroupsEditor* m_groups = nullptr;
    QLabel* m_historySummary = nullptr;
    QLabel* m_noMatch = nullptr;
    std::vector<ParameterField*> m_fields;
    QHash<QString, ParameterField*> m_byKey;
    std::vector<CollapsibleSection*> m_sections; // by core::Group
    std::vector<core::Group> m_order;             // the sections' order on screen
    QWidget* m_packageHeading = nullptr;
    QString m_currentKey;
    QMetaObject::Connection m_focusConnection;
};

} // namespace tideover::ui
