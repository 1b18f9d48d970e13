// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "parameterdiffmodel.h"

#include "analysisdata/comparisonset.h"
#include "format/coretext.h"
#include "format/displayformat.h"
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
        std::vector<std::set<std::string>> fromFirst(columns.size()); // per column: keys unlike the first's
        for (std::size_t i = 1; i < columns.size(); ++i)
            for (auto& key : core::differingKeys(*columns[0].scenario, *columns[i].scenario,
                                                    core::RunSettings::Ignored)) {
                differing.insert(key);
                fromFirst[i].insert(key);
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
