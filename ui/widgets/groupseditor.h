// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace tideover::core {
struct GroupTemplate;
}

namespace tideover::ui {

class ParameterField;
class ScenarioDocument;

// The "Worker groups" section of the scenario editor (model-spec v4): the main group and each
// further group in a list; adding a group from a template, renaming and removing one; and the
// keys of the selected group, each in the field the editor uses for the scheme's keys. A key
// the group does not set shows what it inherits (the scheme's value, or the key's default),
// greyed, with a box to give the group a value of its own or to let it inherit again. Only
// the keys that matter for the group show: participation for a voluntary group, compliance for
// a mandatory one, the declared income and flat amount for those bases. Every change is one
// undo step of the document.
//
// Object names: groups.list, groups.add, groups.remove, groups.title, groups.unassigned; the
// fields are named by their keys ("group.own_account.take_up") as ParameterField names them,
// each with its box KEY.own and its note KEY.inherited.
class GroupsEditor : public QWidget {
    Q_OBJECT

public:
    explicit GroupsEditor(ScenarioDocument* document, QWidget* parent = nullptr);

    // The selected group's name ("main" for the main group).
    QString selectedGroup() const;
    void selectGroup(const QString& name);
    // The names in the list, "main" first.
    QStringList groupNames() const;
    // Adds a group from core::groupTemplates()[index] titled `title` (the template's title in
    // the GUI's language when empty) and selects it; "" when none could be added.
    QString addFromTemplate(int index, const QString& title = {});
    // The field of a key of the selected group ("take_up"), or nullptr when hidden or absent.
    ParameterField* field(const QString& shortKey) const;
    QCheckBox* ownBox(const QString& shortKey) const;
    // Whether a key of the selected group shows (membership and the base decide some).
    bool isKeyShown(const QString& shortKey) const;
    void setLabelWidth(int width);
    int labelWidthHint() const;
    // Selects the group of a problem's key ("group.own.take_up@2030") and focuses its field.
    bool focusKey(const QString& key);
    // The errors and warnings about the groups' keys.
    int errorCount() const;
    int warningCount() const;

signals:
    void problemCountsChanged();

private:
    struct Row {
        QString shortKey;
        QWidget* row = nullptr;
        ParameterField* field = nullptr;
        QCheckBox* own = nullptr;
        QLabel* note = nullptr;
    };

    void onScenarioChanged(const QString& key);
    void onResultsChanged();
    void refreshList();
    void buildKeys();
    void refreshRows();
    void showAddDialog();
    void removeSelected();
    void commitTitle();

    ScenarioDocument* m_document;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_title = nullptr;
    QLabel* m_unassigned = nullptr;
    QLabel* m_mainNote = nullptr;
    QWidget* m_keys = nullptr;
    QVBoxLayout* m_keysLayout = nullptr;
    QString m_builtFor;  // the group whose keys m_rows show
    std::vector<Row> m_rows;
    int m_labelWidth = 0;
};

} // namespace tideover::ui
