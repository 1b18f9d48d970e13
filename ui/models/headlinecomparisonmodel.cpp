// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "headlinecomparisonmodel.h"

#include "analysisdata/comparisonset.h"
#include "format/displayformat.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <cmath>
#include <limits>

namespace tideover::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString rowTitle(int row)
{
    switch (row) {
    case HeadlineComparisonModel::HorizonRatio:
        return HeadlineComparisonModel::tr("Reserve ratio at the horizon");
    case HeadlineComparisonModel::LowestRatio:
        return HeadlineComparisonModel::tr("Lowest reserve ratio");
    case HeadlineComparisonModel::Depletion:
        return HeadlineComparisonModel::tr("Reserve depleted");
    case HeadlineComparisonModel::BreakEven:
        return HeadlineComparisonModel::tr("Break-even contribution rate");
    case HeadlineComparisonModel::ContributionRate:
        return HeadlineComparisonModel::tr("Contribution rate, first year");
    case HeadlineComparisonModel::HorizonReserve:
        return HeadlineComparisonModel::tr("Reserve at the horizon");
    case HeadlineComparisonModel::Coverage:
        return HeadlineComparisonModel::tr("Effective coverage, last year");
    case HeadlineComparisonModel::Horizon:
        return HeadlineComparisonModel::tr("Projection years");
    }
    return {};
}

QString rowHelp(int row)
{
    switch (row) {
    case HeadlineComparisonModel::HorizonRatio:
        return HeadlineComparisonModel::tr(
            "Reserve at the end of the last projected year, in years of that year's expenditure");
    case HeadlineComparisonModel::LowestRatio:
        return HeadlineComparisonModel::tr(
            "The smallest year-end reserve ratio over the horizon, and its year");
    case HeadlineComparisonModel::Depletion:
        return HeadlineComparisonModel::tr(
            "The first year in which the reserve falls below zero at the end of some month");
    case HeadlineComparisonModel::BreakEven:
        return HeadlineComparisonModel::tr(
            "The flat total contribution rate that brings the reserve at the horizon to the "
            "target reserve ratio");
    default:
        return {};
    }
}

} // namespace

HeadlineComparisonModel::HeadlineComparisonModel(ComparisonSet* set, QObject* parent)
    : QAbstractTableModel(parent), m_set(set)
{
    connect(set, &ComparisonSet::changed, this, &HeadlineComparisonModel::refresh);
    refresh();
}

void HeadlineComparisonModel::refresh()
{
    beginResetModel();
    m_names.clear();
    m_cells.clear();
    if (m_set) {
        for (const ComparedScenario& c : m_set->compared()) {
            m_names << c.name;
            QVector<Cell> cells(RowCount);
            const core::ProjectionResult* r = c.result;
            const QString currency = c.scenario->meta.currency.empty()
                                         ? QStringLiteral("LCU")
                                         : QString::fromStdString(c.scenario->meta.currency);
            if (!r) {
                for (Cell& cell : cells)
                    cell = {format::undefinedMark(), kNaN, false};
            } else {
                const int last = r->years - 1;
                const int lastYear = r->startYear + last;
                const auto& s = r->summary;
                const double ratio = r->at(last, core::Column::reserve_ratio);
                cells[HorizonRatio] = {tr("%1 in %2").arg(format::years(ratio)).arg(lastYear), ratio};
                cells[LowestRatio] = {s.minimumReserveRatio ? tr("%1 in %2")
                                                                  .arg(format::years(*s.minimumReserveRatio))
                                                                  .arg(*s.minimumReserveRatioYear)
                                                            : format::undefinedMark(),
                                      s.minimumReserveRatio.value_or(kNaN)};
                cells[Depletion] = {s.depletionYear ? QString::number(*s.depletionYear) : tr("never"),
                                    s.depletionYear ? double(*s.depletionYear) : kNaN};
                cells[BreakEven] = {s.breakEvenRate ? format::rate(*s.breakEvenRate)
                                                    : tr("none in 0–100 %"),
                                    s.breakEvenRate.value_or(kNaN)};
                const double rate = r->at(0, core::Column::contribution_rate);
                cells[ContributionRate] = {format::rate(rate), rate};
                const double reserve = r->at(last, core::Column::reserve);
                cells[HorizonReserve] = {format::money(reserve, currency, true), reserve};
                const double coverage = r->at(last, core::Column::effective_coverage);
                cells[Coverage] = {format::rate(coverage), coverage};
                cells[Horizon] = {QStringLiteral("%1–%2").arg(r->startYear).arg(lastYear), double(r->years)};
                for (Cell& cell : cells)
                    cell.stale = c.isStale;
            }
            m_cells << cells;
        }
    }
    endResetModel();
}

int HeadlineComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int HeadlineComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

QVariant HeadlineComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= m_cells.size() || index.row() >= RowCount)
        return {};
    const Cell& cell = m_cells[index.column()][index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::UserRole:
        return cell.value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (cell.stale)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.row() == Depletion && std::isfinite(cell.value))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::ToolTipRole:
        return cell.stale ? tr("Out of date: the scenario being edited has errors") : QVariant();
    default:
        return {};
    }
}

QVariant HeadlineComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_names.size())
            return {};
        if (role == Qt::DisplayRole)
            return ComparisonSet::headerText(m_names[section]);
        if (role == Qt::ToolTipRole)
            return m_names[section];
        return {};
    }
    if (section < 0 || section >= RowCount)
        return {};
    if (role == Qt::DisplayRole)
        return rowTitle(section);
    if (role == Qt::ToolTipRole)
        return rowHelp(section);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace tideover::ui
