// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "historytablemodel.h"

#include "document/scenariodocument.h"
#include "format/historytext.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace tideover::ui {

namespace {

// Text from a file as a tooltip: escaped and in a paragraph, so it is never read as HTML and
// a long note wraps.
QString plainTip(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

HistoryTableModel::HistoryTableModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // Every change of the scenario is followed by resultsChanged, which also brings the
    // problems (a figure out of range) up to date.
    if (m_document)
        connect(m_document, &ScenarioDocument::resultsChanged, this, &HistoryTableModel::refresh);
    refresh();
}

std::optional<core::HistoryColumn> HistoryTableModel::historyColumn(int column)
{
    if (column < 0 || column >= core::kHistoryColumnCount)
        return std::nullopt;
    return core::historyColumns()[std::size_t(column)].column;
}

std::vector<int> HistoryTableModel::currentYears() const
{
    std::set<int> years(m_added);
    if (m_document)
        for (const auto& [year, row] : m_document->scenario().history.years)
            years.insert(year);
    return {years.begin(), years.end()};
}

void HistoryTableModel::refresh()
{
    if (m_document)
        for (auto it = m_added.begin(); it != m_added.end();)
            it = m_document->scenario().history.years.count(*it) ? m_added.erase(it) : std::next(it);
    const std::vector<int> years = currentYears();
    m_currency = m_document ? m_document->currency() : QStringLiteral("LCU");
    if (years != m_years) {
        beginResetModel();
        m_years = years;
        endResetModel();
        return;
    }
    if (!m_years.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : core::kHistoryColumnCount + 1;
}

int HistoryTableModel::yearAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_years[std::size_t(row)] : 0;
}

int HistoryTableModel::rowOfYear(int year) const
{
    const auto it = std::lower_bound(m_years.begin(), m_years.end(), year);
    return it != m_years.end() && *it == year ? int(it - m_years.begin()) : -1;
}

QModelIndex HistoryTableModel::indexOf(int year, core::HistoryColumn column) const
{
    const int row = rowOfYear(year);
    return row < 0 ? QModelIndex() : index(row, static_cast<int>(column));
}

Qt::ItemFlags HistoryTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const int year = yearAt(index.row());
    const core::History& history = m_document->scenario().history;
    const std::optional<core::HistoryColumn> column = historyColumn(index.column());
    if (!column) {
        const auto it = history.years.find(year);
        const QString notes =
            it == history.years.end() ? QString() : QString::fromStdString(it->second.notes);
        switch (role) {
        case Qt::DisplayRole:
            return notes.simplified();
        case Qt::EditRole:
            return notes;
        case Qt::ToolTipRole:
            return notes.isEmpty() ? QVariant() : QVariant(plainTip(notes));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    const std::optional<double> value = history.value(year, *column);
    const QString key = QString::fromStdString(core::historySourceKey(*column, year));
    switch (role) {
    case Qt::DisplayRole:
        return value ? historytext::formatValue(*column, *value, m_currency) : QString();
    case Qt::EditRole:
        return value ? historytext::editText(*column, *value) : QString();
    case Qt::UserRole:
        return value ? *value : std::nan("");
    case Qt::ToolTipRole: {
        QStringList parts;
        if (const QString problem = m_document->problemFor(key, true); !problem.isEmpty())
            parts << plainTip(problem);
        if (const QString note = m_document->source(key); !note.isEmpty())
            parts << plainTip(tr("Source: %1").arg(note));
        else if (value)
            parts << plainTip(tr("No source given: right-click ▸ Edit Source, or type it below the table."));
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(QString()));
    }
    case Qt::ForegroundRole:
        if (!m_document->problemFor(key).isEmpty())
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return QString::number(yearAt(section));
        if (role == Qt::ToolTipRole && m_added.count(yearAt(section)))
            return tr("A new year: it is kept once a figure or a note is entered");
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const std::optional<core::HistoryColumn> column = historyColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        if (!column)
            return tr("Notes");
        return QStringLiteral("%1\n(%2)")
            .arg(historytext::title(*column), historytext::unit(*column, m_currency));
    case Qt::ToolTipRole:
        if (!column)
            return plainTip(
                tr("notes: free notes on the year (a reform, a change in how figures are counted)"));
        return QStringLiteral("<p><b>%1</b>: %2</p>")
            .arg(historytext::name(*column), historytext::definition(*column).toHtmlEscaped());
    case Qt::UserRole:
        return column ? historytext::name(*column) : QStringLiteral("notes");
    default:
        return {};
    }
}

bool HistoryTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !m_document ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int year = yearAt(index.row());
    const std::optional<core::HistoryColumn> column = historyColumn(index.column());
    if (!column) {
        const QString notes = value.toString().trimmed();
        if (notes.toStdString().size() > core::kMaxHistoryNotes) {
            m_lastError = tr("The notes are too long: at most %1 bytes.").arg(core::kMaxHistoryNotes);
            return false;
        }
        if (notes == data(index, Qt::EditRole).toString())
            return true;
        return m_document->setHistoryNotes(year, notes);
    }
    std::optional<double> x;
    if (value.typeId() == QMetaType::Double) {
        x = value.toDouble();
        if (!core::historyValueAllowed(*column, *x)) {
            m_lastError =
                tr("%1 is out of range for %2").arg(value.toDouble()).arg(historytext::title(*column));
            return false;
        }
    } else {
        const QString text = value.toString();
        // The text the editor started from: nothing changed (a rate read back in percent
        // could differ from the stored fraction in its last bit).
        if (text.trimmed() == data(index, Qt::EditRole).toString())
            return true;
        QString error;
        x = historytext::parseValue(*column, text, &error);
        if (!x && !error.isEmpty()) {
            m_lastError = error;
            return false;
        }
    }
    if (x == m_document->scenario().history.value(year, *column))
        return true;
    return m_document->setHistoryValue(year, *column, x);
}

bool HistoryTableModel::addYear(int year)
{
    if (year < core::kFirstHistoryYear || year > core::kLastHistoryYear || rowOfYear(year) >= 0)
        return false;
    const auto at = std::lower_bound(m_years.begin(), m_years.end(), year);
    const int row = int(at - m_years.begin());
    beginInsertRows(QModelIndex(), row, row);
    m_years.insert(at, year);
    m_added.insert(year);
    endInsertRows();
    return true;
}

bool HistoryTableModel::removeYear(int year)
{
    const int row = rowOfYear(year);
    if (row < 0)
        return false;
    if (m_document && m_document->scenario().history.years.count(year)) {
        m_added.erase(year);
        return m_document->removeHistoryYear(year);
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_years.erase(m_years.begin() + row);
    m_added.erase(year);
    endRemoveRows();
    return true;
}

int HistoryTableModel::suggestedYear() const
{
    if (!m_years.empty())
        return m_years.back() < core::kLastHistoryYear ? m_years.back() + 1 : m_years.front() - 1;
    const std::int64_t start = m_document ? m_document->scenario().projection.start_year : 2025;
    return int(std::clamp<std::int64_t>(start - 1, core::kFirstHistoryYear, core::kLastHistoryYear));
}

QString HistoryTableModel::source(const QModelIndex& index) const
{
    const std::optional<core::HistoryColumn> column = historyColumn(index.column());
    if (!m_document || !index.isValid() || !column)
        return {};
    return m_document->historySource(yearAt(index.row()), *column);
}

bool HistoryTableModel::setSource(const QModelIndex& index, const QString& note)
{
    m_lastError.clear();
    const std::optional<core::HistoryColumn> column = historyColumn(index.column());
    if (!m_document || !index.isValid() || !column)
        return false;
    const QString text = note.trimmed();
    if (text.toStdString().size() > core::kMaxHistoryNotes) {
        m_lastError = tr("The source note is too long: at most %1 bytes.").arg(core::kMaxHistoryNotes);
        return false;
    }
    if (text == source(index))
        return true;
    if (!m_document->setHistorySource(yearAt(index.row()), *column, text)) {
        m_lastError = tr("Enter the figure first: a source note belongs to a value.");
        return false;
    }
    return true;
}

} // namespace tideover::ui
