// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "groupseditor.h"

#include "core/model/groups.h"
#include "document/scenariodocument.h"
#include "format/coretext.h"
#include "format/displayformat.h"
#include "parameterfield.h"
#include "plainmessage.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tideover::ui {

namespace {

const QString kMain = QStringLiteral("main");

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Adding a group: the templates, what each stands for, and the new group's title.
class AddGroupDialog : public QDialog {
public:
    explicit AddGroupDialog(QWidget* parent) : QDialog(parent)
    {
        setObjectName(QStringLiteral("addGroupDialog"));
        setWindowTitle(GroupsEditor::tr("Add a Worker Group"));
        auto* layout = new QVBoxLayout(this);
        auto* intro = new QLabel(GroupsEditor::tr("Start from a template; every value can be changed afterwards. "
                                                  "The group's size is taken from the employed not yet in a group."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_templates = new QListWidget(this);
        m_templates->setObjectName(QStringLiteral("addGroupDialog.templates"));
        for (const core::GroupTemplate& t : core::groupTemplates())
            m_templates->addItem(coretext::translatedGroupText(t.title));
        layout->addWidget(m_templates, 1);
        m_description = new QLabel(this);
        m_description->setObjectName(QStringLiteral("addGroupDialog.description"));
        m_description->setWordWrap(true);
        m_description->setTextFormat(Qt::PlainText);
        m_description->setMinimumHeight(fontMetrics().lineSpacing() * 4);
        m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        layout->addWidget(m_description);
        auto* form = new QFormLayout;
        m_title = new QLineEdit(this);
        m_title->setObjectName(QStringLiteral("addGroupDialog.title"));
        m_title->setMaxLength(int(core::kMaxGroupTitleLength));
        form->addRow(GroupsEditor::tr("Title:"), m_title);
        layout->addLayout(form);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(GroupsEditor::tr("Add Group"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        connect(m_templates, &QListWidget::currentRowChanged, this, [this](int row) {
            if (row < 0)
                return;
            const core::GroupTemplate& t = core::groupTemplates().at(std::size_t(row));
            m_description->setText(coretext::translatedGroupText(t.description));
            m_title->setText(coretext::translatedGroupText(t.title));
        });
        m_templates->setCurrentRow(0);
        resize(520, 420);
    }

    int templateIndex() const { return m_templates->currentRow(); }
    QString title() const { return m_title->text().trimmed(); }

private:
    QListWidget* m_templates = nullptr;
    QLabel* m_description = nullptr;
    QLineEdit* m_title = nullptr;
};

// Whether a key of the group matters given its membership and contribution base.
bool keyApplies(const core::WorkerGroup& group, std::string_view key)
{
    const bool voluntary = core::membershipOf(group) == core::Membership::Voluntary;
    const core::ContributionBase base = core::contributionBaseOf(group);
    if (key == "compliance")
        return !voluntary;
    if (key == "participation")
        return voluntary;
    if (key == "declared_income")
        return base != core::ContributionBase::Wage;
    if (key == "flat_contribution")
        return base == core::ContributionBase::Flat;
    return true;
}

} // namespace

GroupsEditor::GroupsEditor(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("groupsEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* intro = new QLabel(tr("Groups of workers covered on their own terms: own-account, platform or migrant "
                                "workers. A group inherits each of the scheme's values it does not set."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("groups.list"));
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    layout->addWidget(m_list);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add Group…"), this);
    m_add->setObjectName(QStringLiteral("groups.add"));
    m_add->setToolTip(tr("Add a group from a template: formal, public, own-account, platform or migrant workers"));
    connect(m_add, &QPushButton::clicked, this, &GroupsEditor::showAddDialog);
    m_remove = new QPushButton(tr("Remove Group"), this);
    m_remove->setObjectName(QStringLiteral("groups.remove"));
    connect(m_remove, &QPushButton::clicked, this, &GroupsEditor::removeSelected);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_unassigned = new QLabel(this);
    m_unassigned->setObjectName(QStringLiteral("groups.unassigned"));
    m_unassigned->setWordWrap(true);
    layout->addWidget(m_unassigned);

    auto* titleRow = new QHBoxLayout;
    auto* titleLabel = new QLabel(tr("Title:"), this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("groups.title"));
    m_title->setMaxLength(int(core::kMaxGroupTitleLength));
    m_title->setToolTip(tr("The group's name in the charts, tables and reports"));
    titleLabel->setBuddy(m_title);
    connect(m_title, &QLineEdit::editingFinished, this, &GroupsEditor::commitTitle);
    titleRow->addWidget(titleLabel);
    titleRow->addWidget(m_title, 1);
    layout->addLayout(titleRow);

    m_mainNote = new QLabel(tr("The main group is the scheme itself: its values are those of the sections above. "
                               "Its share of the employed is the share of wage employees (Coverage)."),
                            this);
    m_mainNote->setObjectName(QStringLiteral("groups.mainNote"));
    m_mainNote->setWordWrap(true);
    m_mainNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_mainNote);

    m_keys = new QWidget(this);
    m_keys->setObjectName(QStringLiteral("groups.keys"));
    m_keysLayout = new QVBoxLayout(m_keys);
    m_keysLayout->setContentsMargins(0, 0, 0, 0);
    m_keysLayout->setSpacing(2);
    layout->addWidget(m_keys);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        buildKeys();
        refreshRows();
    });
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &GroupsEditor::onScenarioChanged);
    connect(m_document, &ScenarioDocument::resultsChanged, this, &GroupsEditor::onResultsChanged);
    refreshList();
    buildKeys();
    refreshRows();
}

QString GroupsEditor::selectedGroup() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : kMain;
}

void GroupsEditor::selectGroup(const QString& name)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
}

QStringList GroupsEditor::groupNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

QString GroupsEditor::addFromTemplate(int index, const QString& title)
{
    const auto& templates = core::groupTemplates();
    if (index < 0 || std::size_t(index) >= templates.size())
        return {};
    const core::GroupTemplate& t = templates[std::size_t(index)];
    const QString shown = title.trimmed().isEmpty() ? coretext::translatedGroupText(t.title) : title.trimmed();
    const QString name = m_document->addGroup(t, shown);
    if (!name.isEmpty())
        selectGroup(name);
    return name;
}

void GroupsEditor::showAddDialog()
{
    AddGroupDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (addFromTemplate(dialog.templateIndex(), dialog.title()).isEmpty())
        plainWarning(this, tr("Add a Worker Group"),
                     tr("No group can be added: the scenario has %1 groups already, or the groups hold all of "
                        "the employed. Lower a group's share of the employed, or the share of wage employees, "
                        "to make room.")
                         .arg(core::kMaxGroups));
}

void GroupsEditor::removeSelected()
{
    const QString name = selectedGroup();
    if (name == kMain)
        return;
    const int row = m_list->currentRow();
    m_document->removeGroup(name);
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void GroupsEditor::commitTitle()
{
    if (!m_title->isModified())
        return;
    m_title->setModified(false);
    const QString name = selectedGroup();
    const core::Scenario& s = m_document->scenario();
    const QString current = name == kMain ? QString::fromStdString(s.mainGroupTitle)
                                          : QString::fromStdString(core::findGroup(s, name.toStdString())->title);
    if (m_title->text().trimmed() != current)
        m_document->setGroupTitle(name, m_title->text().trimmed());
    m_document->endMerge();
}

void GroupsEditor::refreshList()
{
    const QString selected = selectedGroup();
    const QSignalBlocker block(m_list);
    m_list->clear();
    const auto add = [this](const QString& name) {
        auto* item = new QListWidgetItem(m_document->groupTitle(name), m_list);
        item->setData(Qt::UserRole, name);
        item->setToolTip(name);
    };
    add(kMain);
    for (const core::WorkerGroup& g : m_document->scenario().groups)
        add(QString::fromStdString(g.name));
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == selected)
            row = i;
    m_list->setCurrentRow(row);
    m_remove->setEnabled(row > 0);
    m_add->setEnabled(m_document->scenario().groups.size() < core::kMaxGroups);
    const double left = core::unassignedEmployedShare(m_document->scenario());
    m_unassigned->setText(tr("Employed not in any group: %1").arg(format::percent(left, 1)));
}

void GroupsEditor::buildKeys()
{
    const QString name = selectedGroup();
    m_remove->setEnabled(name != kMain);
    if (!m_title->hasFocus() || m_builtFor != name) {
        const core::Scenario& s = m_document->scenario();
        const core::WorkerGroup* g = core::findGroup(s, name.toStdString());
        m_title->setText(name == kMain ? QString::fromStdString(s.mainGroupTitle)
                                       : g ? QString::fromStdString(g->title) : QString());
        m_title->setPlaceholderText(name == kMain ? tr("Main group") : name);
        m_title->setModified(false);
    }
    if (name == m_builtFor)
        return;
    for (Row& r : m_rows)
        delete r.row;
    m_rows.clear();
    m_builtFor = name;
    const bool main = name == kMain;
    m_mainNote->setVisible(main);
    m_keys->setVisible(!main);
    if (main)
        return;
    for (const core::GroupParameterInfo& key : core::groupParameters()) {
        if (key.info.key == "duration_shares")
            continue;  // edited with the durations
        Row r;
        r.shortKey = fromView(key.info.key);
        const QString full = QString::fromStdString(core::groupKey(name.toStdString(), key.info.key));
        r.row = new QWidget(m_keys);
        auto* rowLayout = new QVBoxLayout(r.row);
        rowLayout->setContentsMargins(0, 0, 0, 4);
        rowLayout->setSpacing(0);
        r.field = new ParameterField(m_document, key.info, r.row, name);
        rowLayout->addWidget(r.field);
        const bool required = key.inherits.empty() && !key.info.defaultValue;
        if (!required) {
            auto* line = new QHBoxLayout;
            line->setContentsMargins(m_labelWidth + 8, 0, 0, 0);
            r.own = new QCheckBox(tr("Own value"), r.row);
            r.own->setObjectName(full + QStringLiteral(".own"));
            r.own->setToolTip(key.inherits.empty()
                                  ? tr("Give the group its own value; clear the box to use the default again")
                                  : tr("Give the group its own value; clear the box to use the scheme's value again"));
            r.note = new QLabel(r.row);
            r.note->setObjectName(full + QStringLiteral(".inherited"));
            r.note->setForegroundRole(QPalette::PlaceholderText);
            r.note->setWordWrap(true);
            const QString shortKey = r.shortKey;
            connect(r.own, &QCheckBox::clicked, this, [this, name, shortKey, full](bool own) {
                if (own)
                    m_document->setValue(full, m_document->value(full));
                else
                    m_document->clearGroupValue(name, shortKey);
                m_document->endMerge();
            });
            line->addWidget(r.own);
            line->addWidget(r.note, 1);
            rowLayout->addLayout(line);
        }
        m_keysLayout->addWidget(r.row);
        m_rows.push_back(r);
    }
    setLabelWidth(m_labelWidth);
}

void GroupsEditor::refreshRows()
{
    const core::WorkerGroup* g = core::findGroup(m_document->scenario(), m_builtFor.toStdString());
    if (!g)
        return;
    for (Row& r : m_rows) {
        const core::GroupParameterInfo* key = core::findGroupParameter(r.shortKey.toStdString());
        r.row->setVisible(keyApplies(*g, key->info.key));
        if (!r.own)
            continue;
        const bool own = core::groupSets(*g, key->info.key);
        r.own->setChecked(own);
        r.field->setEnabled(own);
        if (own)
            r.note->clear();
        else if (key->inherits.empty())
            r.note->setText(tr("The default"));
        else
            r.note->setText(tr("From the scheme (%1)").arg(fromView(key->inherits)));
    }
}

void GroupsEditor::onScenarioChanged(const QString& key)
{
    if (key.isEmpty() || key == QLatin1String("groups")) {
        refreshList();
        if (!core::findGroup(m_document->scenario(), m_builtFor.toStdString()))
            m_builtFor.clear();  // removed, or another scenario: build again
        buildKeys();
        for (Row& r : m_rows) {
            r.field->refreshUnits();
            r.field->refreshValue();
        }
        refreshRows();
        return;
    }
    const QString prefix = QString::fromStdString(core::groupKey(m_builtFor.toStdString(), ""));
    if (key.startsWith(QLatin1String("group."))) {
        for (Row& r : m_rows)
            if (r.field->keys().contains(key) || !key.startsWith(prefix))
                r.field->refreshValue();
        refreshRows();
        refreshList();
        return;
    }
    // A scheme key changed: what the group inherits may have.
    for (Row& r : m_rows)
        r.field->refreshValue();
    if (key == QLatin1String("coverage.wage_employee_share"))
        refreshList();
}

void GroupsEditor::onResultsChanged()
{
    for (Row& r : m_rows)
        r.field->refreshProblems();
    emit problemCountsChanged();
}

int GroupsEditor::errorCount() const
{
    int n = 0;
    for (const core::Problem& p : m_document->problems())
        n += p.isError() && (core::isGroupKey(p.key) || p.key == "groups") ? 1 : 0;
    return n;
}

int GroupsEditor::warningCount() const
{
    int n = 0;
    for (const core::Problem& p : m_document->problems())
        n += !p.isError() && (core::isGroupKey(p.key) || p.key == "groups") ? 1 : 0;
    return n;
}

ParameterField* GroupsEditor::field(const QString& shortKey) const
{
    for (const Row& r : m_rows)
        if (r.shortKey == shortKey && !r.row->isHidden())
            return r.field;
    return nullptr;
}

QCheckBox* GroupsEditor::ownBox(const QString& shortKey) const
{
    for (const Row& r : m_rows)
        if (r.shortKey == shortKey)
            return r.own;
    return nullptr;
}

bool GroupsEditor::isKeyShown(const QString& shortKey) const
{
    return field(shortKey) != nullptr;
}

void GroupsEditor::setLabelWidth(int width)
{
    m_labelWidth = width;
    for (Row& r : m_rows) {
        if (width > 0)
            r.field->setLabelWidth(width);
        if (r.own)
            if (auto* line = r.row->layout()->itemAt(1)->layout())
                line->setContentsMargins(width + 8, 0, 0, 0);
    }
}

int GroupsEditor::labelWidthHint() const
{
    int w = 0;
    for (const Row& r : m_rows)
        w = std::max(w, r.field->labelWidthHint());
    return w;
}

bool GroupsEditor::focusKey(const QString& key)
{
    const core::GroupKeyReference ref = core::parseGroupKey(key.toStdString());
    if (ref.group.empty())
        return false;
    selectGroup(QString::fromStdString(ref.group));
    if (ref.isTitle() || !ref.info) {
        m_title->setFocus(Qt::OtherFocusReason);
        return true;
    }
    const QString shortKey = QString::fromStdString(ref.key == "duration_shares" ? "duration_months" : ref.key);
    ParameterField* f = field(shortKey);
    if (!f)
        return false;
    if (ref.year)
        f->setByYearVisible(true);
    f->focusEditor(f->key());
    return true;
}

} // namespace tideover::ui
