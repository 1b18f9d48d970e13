// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "monitoringtablemodel.h"

#include "document/scenariodocument.h"
#include "format/monitoringtext.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <cmath>
#include <limits>

namespace tideover::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() * t + b.redF() * (1 - t), a.greenF() * t + b.greenF() * (1 - t),
                            a.blueF() * t + b.blueF() * (1 - t));
}

}  // namespace

MonitoringTableModel::MonitoringTableModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    if (m_document)
        connect(m_document, &ScenarioDocument::resultsChanged, this, &MonitoringTableModel::refresh);
    refresh();
}

void MonitoringTableModel::refresh()
{
    beginResetModel();
    const core::ProjectionResult* result = m_document ? m_document->result() : nullptr;
    if (!result) {
        m_rows.clear();
        m_projectedRows.clear();
        m_projectionMultiple.clear();
        m_stale = false;
    } else if (m_document->isResultStale()) {
        // The history of an invalid scenario is not read: the last valid figures stay, greyed.
        m_stale = !m_rows.empty();
    } else {
        const core::Scenario& scenario = m_document->scenario();
        m_rows = core::monitoringIndicators(scenario, *result);
        core::Scenario projected = scenario;
        projected.history = {};
        m_projectedRows = core::monitoringIndicators(projected, *result);
        m_projectionMultiple.assign(std::size_t(result->years), std::numeric_limits<double>::quiet_NaN());
        for (int y = 0; y < result->years; ++y)
            m_projectionMultiple[std::size_t(y)] = result->at(y, core::Column::high_cost_multiple);
        m_projectionStart = result->startYear;
        m_projectionEnd = result->startYear + result->years - 1;
        m_hasHistory = !scenario.history.empty();
        m_historyFirst = scenario.history.firstYear();
        m_historyLast = scenario.history.lastYear();
        m_stale = false;
    }
    endResetModel();
}

int MonitoringTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonitoringTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : MonitoringText::kCount;
}

std::optional<core::IndicatorValue> MonitoringTableModel::value(int year, int indicator) const
{
    if (m_rows.empty() || year < firstYear() || year > lastYear() || indicator < 0 ||
        indicator >= MonitoringText::kCount)
        return std::nullopt;
    if (indicator == MonitoringText::kProjectionHighCostMultiple) {
        if (year < m_projectionStart || year > m_projectionEnd)
            return std::nullopt;
        const double v = m_projectionMultiple[std::size_t(year - m_projectionStart)];
        return std::isfinite(v) ? std::optional<core::IndicatorValue>(core::IndicatorValue{v, false}) : std::nullopt;
    }
    return m_rows[std::size_t(year - firstYear())].values[std::size_t(indicator)];
}

std::optional<double> MonitoringTableModel::projectedValue(int year, int indicator) const
{
    if (indicator == MonitoringText::kProjectionHighCostMultiple) {
        const auto v = value(year, indicator);
        return v ? std::optional<double>(v->value) : std::nullopt;
    }
    if (year < m_projectionStart || year > m_projectionEnd || indicator < 0 || indicator >= core::kIndicatorCount)
        return std::nullopt;
    for (const core::MonitoringRow& row : m_projectedRows)
        if (row.year == year) {
            const auto& v = row.values[std::size_t(indicator)];
            return v ? std::optional<double>(v->value) : std::nullopt;
        }
    return std::nullopt;
}

QVariant MonitoringTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int year = m_rows[std::size_t(index.row())].year;
    const auto v = value(year, index.column());
    const bool actual = v && v->actual;
    switch (role) {
    case Qt::DisplayRole:
        return v ? MonitoringText::formatIndicator(index.column(), v->value, true) : QString();
    case ValueRole:
        return v ? v->value : std::numeric_limits<double>::quiet_NaN();
    case IsActualRole:
        return actual;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (actual) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (actual) {
            // A light tint of the chart's "actual" colour (Okabe-Ito sky blue) over the base.
            const QColor base = QGuiApplication::palette().color(QPalette::Base);
            return mix(QColor(86, 180, 233), base, base.lightnessF() > 0.5 ? 0.22 : 0.35);
        }
        return {};
    case Qt::ForegroundRole:
        if (m_stale) {
            const QPalette palette = QGuiApplication::palette();
            return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.5);
        }
        return {};
    case Qt::ToolTipRole:
        if (!v)
            return tr("%1, %2: not known").arg(MonitoringText::indicatorTitle(index.column())).arg(year);
        return (actual ? tr("%1, %2: %3, actual (from the history's figures)")
                       : tr("%1, %2: %3, projected"))
            .arg(MonitoringText::indicatorTitle(index.column()))
            .arg(year)
            .arg(MonitoringText::formatIndicator(index.column(), v->value));
    default:
        return {};
    }
}

QVariant MonitoringTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const int year = m_rows[std::size_t(section)].year;
        const bool historyYear = m_hasHistory && year >= m_historyFirst && year <= m_historyLast;
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(year);
        case Qt::FontRole:
            if (historyYear) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            return historyYear ? tr("%1: a year of the history").arg(year)
                               : tr("%1: a projected year").arg(year);
        default:
            return {};
        }
    }
    if (section < 0 || section >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return MonitoringText::indicatorShortTitle(section);
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b><br/>%2")
            .arg(MonitoringText::indicatorTitle(section).toHtmlEscaped(),
                 MonitoringText::indicatorDefinition(section).toHtmlEscaped());
    default:
        return {};
    }
}

}  // namespace tideover::ui
