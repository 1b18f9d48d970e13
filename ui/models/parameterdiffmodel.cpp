// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "parameterdiffmodel.h"

#include "analysisdata/comparisonset.h"
#include "format/coretext.h"
#include "format/displayformat.h"
#include "core/model/groups.h"
#include "core/model/parameters.h"
#include "core/model/scenariodiff.h"

#include <QFont>

#include <set>
#include <vector>

namespace tideover::ui {

ParameterDiffModel::ParameterDiffModel(ComparisonSet* set, QObject* parent)
    : QAbstractTableModel(parent), m_set(set)
{
    connect(set, &ComparisonSet::changed, this, &ParameterDiffModel::refresh);
    refresh();
}

void ParameterDiffModel::refresh()
{
    beginResetModel();
    m_names.clear();
    m_keys.clear();
    m_labels.clear();
    m_help.clear();
    m_cells.clear();
    const std::vector<ComparedScenario> columns = m_set ? m_set->compared() : std::vector<ComparedScenario>{};
    for (const ComparedScenario& c : columns)
        m_names << c.name;
    if (columns.size() >= 2) {
        // "The values are not all equal" is "some scenario differs from the first": equality as
        // the model reads values is an equivalence. Run settings (paths, seed) are not design:
        // two scenarios that differ only in them show no difference.
        std::set<std::string> differing;
        std::vector<std::string> groupKeys;  // model-spec v4 groups' keys, in the order found
        std::vector<std::set<std::string>> fromFirst(columns.size()); // per column: keys unlike the first's
        for (std::size_t i = 1; i < columns.size(); ++i)
            for (auto& key : core::differingKeys(*columns[0].scenario, *columns[i].scenario,
                                                    core::RunSettings::Ignored)) {
                if (core::isGroupKey(key) && !differing.count(key))
                    groupKeys.push_back(key);
                differing.insert(key);
                fromFirst[i].insert(key);
            }
        // A group the first scenario lacks is one row against it ("group.NAME"); how the
        // others set its keys differs between them, so those are compared pairwise as well.
        for (std::size_t i = 2; i < columns.size(); ++i)
            for (auto& key : core::differingKeys(*columns[i - 1].scenario, *columns[i].scenario,
                                                 core::RunSettings::Ignored))
                if (core::isGroupKey(key) && !differing.count(key)) {
                    groupKeys.push_back(key);
                    differing.insert(key);
                }
        const auto currencyOf = [](const core::Scenario& s) {
            return s.meta.currency.empty() ? QStringLiteral("LCU") : QString::fromStdString(s.meta.currency);
        };
        bool sameCurrency = true;
        for (const ComparedScenario& c : columns)
            sameCurrency = sameCurrency && currencyOf(*c.scenario) == currencyOf(*columns[0].scenario);
        for (const core::ParameterInfo& p : core::parameters()) {
            const std::string key(p.key);
            if (!differing.count(key))
                continue;
            m_keys << QString::fromStdString(key);
            // Money is in each scenario's own currency (its cells name it): the row names the
            // currency only when every scenario has the same one.
            const QString unit = format::unitLabel(p, sameCurrency ? currencyOf(*columns[0].scenario) : tr("currency"));
            const QString label = coretext::translatedLabel(p);
            m_labels << (unit.isEmpty() || format::showsPercent(p)
                             ? label
                             : QStringLiteral("%1 (%2)").arg(label, unit));
            m_help << QStringLiteral("%1\n%2").arg(m_keys.back(),
                                                   coretext::translatedHelp(p));
            QVector<Cell> row;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const core::Scenario& s = *columns[i].scenario;
                row << Cell{format::displayValue(p, p.get(s), currencyOf(s)), fromFirst[i].count(key) > 0};
            }
            m_cells << row;
        }
        // Worker groups: a group one scenario lacks, a title, a key a group sets differently.
        for (const std::string& key : groupKeys) {
            const core::GroupKeyReference ref = core::parseGroupKey(key);
            const bool wholeGroup = ref.group.empty();
            const std::string name = wholeGroup ? key.substr(core::kGroupPrefix.size()) : ref.group;
            const QString groupName = QString::fromStdString(name);
            m_keys << QString::fromStdString(key);
            QString label;
            const core::ParameterInfo* info = ref.info ? &ref.info->info : nullptr;
            if (wholeGroup)
                label = tr("Group %1").arg(groupName);
            else if (ref.isTitle())
                label = tr("Group %1: title").arg(groupName);
            else if (info)
                label = ref.year ? tr("Group %1: %2 from %3").arg(groupName, coretext::translatedLabel(*info)).arg(*ref.year)
                                 : tr("Group %1: %2").arg(groupName, coretext::translatedLabel(*info));
            else
                label = QString::fromStdString(key);
            m_labels << label;
            m_help << (info ? QStringLiteral("%1\n%2").arg(m_keys.back(), coretext::translatedHelp(*info)) : m_keys.back());
            QVector<Cell> row;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const core::Scenario& s = *columns[i].scenario;
                const core::WorkerGroup* g = core::findGroup(s, name);
                QString text;
                if (name == core::kMainGroupName)
                    text = QString::fromStdString(s.mainGroupTitle);
                else if (!g)
                    text = tr("no such group");
                else if (wholeGroup || ref.isTitle())
                    text = QString::fromStdString(g->title.empty() ? g->name : g->title);
                else if (info && ref.year) {
                    const core::ParamValue* change = nullptr;
                    if (const auto changes = g->dated.find(ref.key); changes != g->dated.end())
                        if (const auto it = changes->second.find(*ref.year); it != changes->second.end())
                            change = &it->second;
                    text = change ? format::displayValue(*info, *change, currencyOf(s)) : tr("no change");
                } else if (info) {
                    const auto value = core::groupValue(s, *g, *ref.info);
                    text = value ? format::displayValue(*info, *value, currencyOf(s)) : format::undefinedMark();
                    if (!core::groupSets(*g, ref.key))
                        text = tr("%1 (inherited)").arg(text);
                }
                row << Cell{text, fromFirst[i].count(key) > 0};
            }
            m_cells << row;
        }
    }
    endResetModel();
}

int ParameterDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ParameterDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant ParameterDiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cells.size() || index.column() >= m_cells[index.row()].size())
        return {};
    const Cell& cell = m_cells[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::UserRole:
        return m_keys[index.row()];
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (cell.differsFromFirst) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return cell.text;
    default:
        return {};
    }
}

QVariant ParameterDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_names.size())
            return {};
        if (role == Qt::DisplayRole)
            return ComparisonSet::headerText(m_names[section]);
        return role == Qt::ToolTipRole ? QVariant(m_names[section]) : QVariant();
    }
    if (section < 0 || section >= m_keys.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_labels[section];
    if (role == Qt::ToolTipRole)
        return m_help[section];
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace tideover::ui
