// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "historycomparisonmodel.h"

#include "core/io/historyformat.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "format/historytext.h"
#include "models/resultstablemodel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <cmath>
#include <sstream>

namespace tideover::ui {

namespace {

ResultUnit unitOf(core::HistoryColumn column)
{
    const core::HistoryColumnInfo& info = core::historyColumn(column);
    return info.fraction ? ResultUnit::Percent : info.money ? ResultUnit::Money : ResultUnit::Persons;
}

QString signedText(const QString& text, double value)
{
    return value > 0 ? QStringLiteral("+") + text : text;
}

} // namespace

HistoryComparisonModel::HistoryComparisonModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    if (m_document)
        connect(m_document, &ScenarioDocument::resultsChanged, this, &HistoryComparisonModel::refresh);
    refresh();
}

void HistoryComparisonModel::refresh()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    const core::ProjectionResult* result = m_document ? m_document->result() : nullptr;
    const core::History& history = m_document ? m_document->scenario().history : core::History();
    m_hasHistory = !history.empty();
    m_historyFirst = history.firstYear();
    m_historyLast = history.lastYear();
    m_currency = m_document ? m_document->currency() : QStringLiteral("LCU");
    m_stale = m_document && m_document->isResultStale();
    m_firstYear = result ? result->startYear : 0;
    m_lastYear = result ? result->startYear + result->years - 1 : 0;
    if (result && m_hasHistory)
        m_columns = core::compareWithHistory(history, *result);
    for (const core::BacktestColumn& c : m_columns)
        for (const core::BacktestPoint& p : c.points)
            m_rows.push_back({c.column, p});
    endResetModel();
}

QString HistoryComparisonModel::emptyReason() const
{
    if (!m_rows.empty())
        return {};
    if (!m_hasHistory)
        return tr("The scenario has no actual figures. Import them (File ▸ Import History) or enter them in "
                  "the history table (Edit ▸ Actual Figures).");
    if (!m_document || !m_document->result())
        return tr("There are no results to compare with: the scenario has errors.");
    return tr("The actual figures (%1–%2) have no year in common with the projection (%3–%4). The charts "
              "show "
              "them beside the projection; a back-test projects over their years.")
        .arg(m_historyFirst)
        .arg(m_historyLast)
        .arg(m_firstYear)
        .arg(m_lastYear);
}

std::string HistoryComparisonModel::csvText() const
{
    core::BacktestResult result;
    result.columns = m_columns;
    std::ostringstream out;
    core::writeBacktestCsv(out, result);
    return out.str();
}

int HistoryComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const core::BacktestPoint& p = row.point;
    const ResultUnit unit = unitOf(row.column);
    const double relative = p.relativeError ? *p.relativeError : std::nan("");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Figure:
            return historytext::title(row.column);
        case Year:
            return QString::number(p.year);
        // Money in millions, billions or trillions, so the table fits beside the editor; the
        // tooltip and the CSV give every digit.
        case Actual:
            return ResultsTableModel::formatValue(unit, p.actual, m_currency, unit == ResultUnit::Money);
        case Projected:
            return ResultsTableModel::formatValue(unit, p.projected, m_currency, unit == ResultUnit::Money);
        case Difference:
            // A difference of rates is in percentage points, not a percentage of the rate.
            if (unit == ResultUnit::Percent)
                return signedText(tr("%1 pp").arg(QLocale().toString(p.error * 100.0, 'f', 2)), p.error);
            return signedText(
                ResultsTableModel::formatValue(unit, p.error, m_currency, unit == ResultUnit::Money),
                p.error);
        case RelativeDifference:
            return p.relativeError
                       ? signedText(QLocale().toString(relative * 100.0, 'f', 1) + QStringLiteral(" %"),
                                    relative)
                       : format::undefinedMark();
        default:
            return {};
        }
    case Qt::UserRole:
        switch (index.column()) {
        case Figure:
            return static_cast<int>(row.column);
        case Year:
            return p.year;
        case Actual:
            return p.actual;
        case Projected:
            return p.projected;
        case Difference:
            return p.error;
        case RelativeDifference:
            return relative;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Figure)
            return QStringLiteral("<p><b>%1</b>: %2</p>")
                .arg(historytext::name(row.column), historytext::definition(row.column).toHtmlEscaped());
        if (unit == ResultUnit::Money && index.column() >= Actual && index.column() <= Difference) {
            const double x = index.column() == Actual      ? p.actual
                             : index.column() == Projected ? p.projected
                                                           : p.error;
            QString tip = ResultsTableModel::formatValue(unit, x, m_currency).toHtmlEscaped();
            if (index.column() == Actual && m_document) {
                const QString note = m_document->historySource(p.year, row.column);
                if (!note.isEmpty())
                    tip += QStringLiteral("<br>") + tr("Source: %1").arg(note).toHtmlEscaped();
            }
            return QStringLiteral("<p>%1</p>").arg(tip);
        }
        if (index.column() == Actual && m_document) {
            const QString note = m_document->historySource(p.year, row.column);
            if (!note.isEmpty())
                return QStringLiteral("<p>%1</p>").arg(tr("Source: %1").arg(note).toHtmlEscaped());
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((index.column() == Figure ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (m_stale) {
            const QPalette palette = QGuiApplication::palette();
            const QColor text = palette.color(QPalette::Text);
            const QColor base = palette.color(QPalette::Base);
            return QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                                    (text.blueF() + base.blueF()) / 2);
        }
        return {};
    default:
        return {};
    }
}

QVariant HistoryComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Figure:
            return tr("Figure");
        case Year:
            return tr("Year");
        case Actual:
            return tr("Actual");
        case Projected:
            return tr("Projected");
        case Difference:
            return tr("Difference");
        case RelativeDifference:
            return tr("Difference\n(% of actual)");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Actual:
            return tr("The published figure, from the scenario's history");
        case Projected:
            return tr("The projection's figure for the same year (for the unemployment rate: "
                      "unemployed / labour force)");
        case Difference:
            return tr("Projected minus actual: above zero the projection is too high");
        case RelativeDifference:
            return tr("(Projected - actual) / |actual|; empty when the actual figure is 0");
        default:
            return {};
        }
    }
    return {};
}

} // namespace tideover::ui
