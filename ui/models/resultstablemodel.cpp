// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "resultstablemodel.h"

#include "document/scenariodocument.h"
#include "format/displayformat.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

#include <array>
#include <cmath>
#include <span>

namespace tideover::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tideover::ui::ResultsTableModel", text);
}

using Columns = std::array<ResultColumnInfo, core::kColumnCount>;
using MonthlyColumns = std::array<ResultColumnInfo, core::kMonthlyColumnCount>;

// Titles and definitions follow model-spec.md's output table; names come from the core so
// the tooltips always say what the CSV header says.
Columns makeAnnualColumns()
{
    struct Row {
        const char* title;
        ResultUnit unit;
        const char* definition;
    };
    // In core::Column order.
    static const Row rows[] = {
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Year"), ResultUnit::Year,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "calendar year")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Labour force"), ResultUnit::Persons,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "LF[y], the labour force")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Unemployed"), ResultUnit::Persons,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "U[y] = LF[y] × u[y], the unemployed")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Insured"), ResultUnit::Persons,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "INS[y]: employed wage employees covered by law who contribute")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Separations"), ResultUnit::Persons,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "sum of I over the year: insured who lose their job")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Contributory wage bill"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "12 × WB[y], the insured's contributory wages")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Contribution rate"), ResultUnit::Percent,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "c[y], the total rate on contributory wages")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Contributions"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "sum of CI over the year")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "New claims"), ResultUnit::Persons,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "sum of N over the year: new beneficiaries")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Beneficiaries"), ResultUnit::Persons,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "mean of BEN over the 12 months")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Benefits"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "sum of BX over the year: benefit spending")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Other expenditure"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "sum of OX: benefit-related payments and active labour-market spending")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Administration"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "sum of AX over the year")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Expenditure"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "sum of TX: benefits + other expenditure + administration")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Investment income"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "sum of II: the reserve's return (negative while the fund borrows)")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Transfers"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "sum of T: transfers into (+) or out of (−) the fund")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Balance"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "surplus or deficit of the year: contributions + investment_income + transfers + "
                           "state_subsidy − expenditure")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Reserve"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "R at the end of the year")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Reserve ratio"), ResultUnit::Years,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "reserve / expenditure, in years (empty when expenditure is 0)")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Reserve to wages"), ResultUnit::Percent,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "reserve / wage_bill (empty when wage_bill is 0)")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Cost rate"), ResultUnit::Percent,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "expenditure / wage_bill, the pay-as-you-go rate (empty when wage_bill is 0)")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Effective coverage"), ResultUnit::Percent,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "beneficiaries / unemployed, the share of the unemployed who are paid")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Average monthly benefit"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "benefits / (12 × beneficiaries), per month (empty when beneficiaries is 0)")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Average replacement rate"),
         ResultUnit::Percent,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "average_benefit / W[y] (empty when average_benefit is)")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "High-cost multiple"), ResultUnit::Years,
         QT_TRANSLATE_NOOP(
             "tideover::ui::ResultsTableModel",
             "reserve_to_wages / mean of the three highest benefits / wage_bill among years 0..y; "
             "empty when that mean is 0 or undefined")},
        // model-spec v2
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "State's share of benefits"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "sum of GS over the year: the state's share of benefits")},
    };
    static_assert(std::size(rows) == core::kColumnCount, "a row for every annual column");
    Columns columns;
    const auto& names = core::columnNames();
    for (int c = 0; c < core::kColumnCount; ++c)
        columns[std::size_t(c)] = {
            QString::fromUtf8(names[std::size_t(c)].data(), qsizetype(names[std::size_t(c)].size())),
            tr(rows[c].title), rows[c].unit, tr(rows[c].definition)};
    return columns;
}

MonthlyColumns makeMonthlyColumns()
{
    struct Row {
        const char* title;
        ResultUnit unit;
        const char* definition;
    };
    // In core::MonthlyColumn order.
    static const Row rows[] = {
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Year"), ResultUnit::Year,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "calendar year")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Month"), ResultUnit::Month,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "month of the year, 1..12")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Contribution rate"), ResultUnit::Percent,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "c[y], the total rate on contributory wages")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Separations"), ResultUnit::Persons,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "I[m]: insured who lose their job in the month")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "New claims"), ResultUnit::Persons,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "N[m]: new beneficiaries in the month")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Beneficiaries"), ResultUnit::Persons,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "BEN[m]: beneficiaries paid in the month")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Contributions"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "CI[m]: contributions in the month")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Benefits"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "BX[m]: benefit spending in the month")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Other expenditure"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "OX[m]: benefit-related and active labour-market spending")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Administration"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "AX[m]: administration in the month")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Expenditure"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "TX[m] = BX[m] + OX[m] + AX[m], expenditure in the month")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Investment income"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "II[m]: the reserve's return in the month")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Transfers"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel",
                           "T[m]: the year's transfers spread over its months")},
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "Reserve"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "R[m+1], the reserve at the end of the month")},
        // model-spec v2
        {QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "State's share of benefits"), ResultUnit::Money,
         QT_TRANSLATE_NOOP("tideover::ui::ResultsTableModel", "GS[m]: the state's share of benefits in the month")},
    };
    static_assert(std::size(rows) == core::kMonthlyColumnCount, "a row for every monthly column");
    MonthlyColumns columns;
    const auto& names = core::monthlyColumnNames();
    for (int c = 0; c < core::kMonthlyColumnCount; ++c)
        columns[std::size_t(c)] = {
            QString::fromUtf8(names[std::size_t(c)].data(), qsizetype(names[std::size_t(c)].size())),
            tr(rows[c].title), rows[c].unit, tr(rows[c].definition)};
    return columns;
}

} // namespace

ResultsTableModel::ResultsTableModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    if (m_document)
        connect(m_document, &ScenarioDocument::resultsChanged, this, &ResultsTableModel::refresh);
    refresh();
}

void ResultsTableModel::setMonthly(bool monthly)
{
    if (monthly == m_monthly)
        return;
    beginResetModel();
    m_monthly = monthly;
    updateDecimals();
    endResetModel();
}

void ResultsTableModel::refresh()
{
    beginResetModel();
    const core::ProjectionResult* result = m_document ? m_document->result() : nullptr;
    if (result)
        m_result = *result;
    else
        m_result.reset();
    m_currency = m_document ? m_document->currency() : QStringLiteral("LCU");
    m_stale = m_document && m_document->isResultStale();
    updateDecimals();
    endResetModel();
}

void ResultsTableModel::updateDecimals()
{
    m_decimals.clear();
    if (!m_result)
        return;
    const Eigen::ArrayXXd& table = m_monthly ? m_result->monthly : m_result->annual;
    for (Eigen::Index c = 0; c < table.cols(); ++c)
        m_decimals.push_back(columnDecimals(columnInfo(int(c)).unit, table.col(c)));
}

int ResultsTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    return int(m_monthly ? m_result->monthly.rows() : m_result->annual.rows());
}

int ResultsTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_monthly ? core::kMonthlyColumnCount : core::kColumnCount;
}

const ResultColumnInfo& ResultsTableModel::annualColumn(core::Column column)
{
    // Made again when the language changes, so the titles follow it.
    static Columns columns = makeAnnualColumns();
    static QString language = tr("Year");
    if (const QString now = tr("Year"); now != language) {
        columns = makeAnnualColumns();
        language = now;
    }
    return columns[std::size_t(column)];
}

const ResultColumnInfo& ResultsTableModel::monthlyColumn(core::MonthlyColumn column)
{
    static MonthlyColumns columns = makeMonthlyColumns();
    static QString language = tr("Year");
    if (const QString now = tr("Year"); now != language) {
        columns = makeMonthlyColumns();
        language = now;
    }
    return columns[std::size_t(column)];
}

const ResultColumnInfo& ResultsTableModel::columnInfo(int column) const
{
    return m_monthly ? monthlyColumn(core::MonthlyColumn(column)) : annualColumn(core::Column(column));
}

QString ResultsTableModel::formatValue(ResultUnit unit, double value, const QString& currency, bool compact)
{
    if (!std::isfinite(value))
        return format::undefinedMark();
    switch (unit) {
    case ResultUnit::Year:
    case ResultUnit::Month:
        return QString::number(std::llround(value));
    case ResultUnit::Persons:
        return format::persons(value);
    case ResultUnit::Money:
        return format::money(value, currency, compact);
    case ResultUnit::Percent:
        return format::rate(value);
    case ResultUnit::Years:
        return format::years(value);
    }
    return format::number(value, 2);
}

QString ResultsTableModel::formatInColumn(ResultUnit unit, double value, const QString& currency, int decimals)
{
    if (!std::isfinite(value))
        return format::undefinedMark();
    switch (unit) {
    case ResultUnit::Money:
        return format::moneyWithDecimals(value, currency, decimals);
    case ResultUnit::Percent:
        return format::rate(value, decimals);
    default:
        return formatValue(unit, value, currency);
    }
}

int ResultsTableModel::columnDecimals(ResultUnit unit, const Eigen::ArrayXd& values)
{
    const std::span<const double> all(values.data(), std::size_t(values.size()));
    switch (unit) {
    case ResultUnit::Money:
        return core::sharedDecimals(core::Figure::Money, all);
    case ResultUnit::Percent:
        return core::sharedDecimals(core::Figure::Rate, all);
    case ResultUnit::Years:
        return core::sharedDecimals(core::Figure::Ratio, all);
    default:
        return 0;
    }
}

QString ResultsTableModel::unitText(ResultUnit unit, const QString& currency)
{
    switch (unit) {
    case ResultUnit::Year:
    case ResultUnit::Month:
        return QString();
    case ResultUnit::Persons:
        return tr("persons");
    case ResultUnit::Money:
        return currency;
    case ResultUnit::Percent:
        return QStringLiteral("%");
    case ResultUnit::Years:
        return tr("years");
    }
    return QString();
}

QVariant ResultsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_result)
        return {};
    const Eigen::ArrayXXd& table = m_monthly ? m_result->monthly : m_result->annual;
    const double value = table(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatInColumn(columnInfo(index.column()).unit, value, m_currency,
                              index.column() < int(m_decimals.size()) ? m_decimals[std::size_t(index.column())] : 0);
    case Qt::UserRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        // Stale results stay readable but look inactive, like the greyed charts.
        // Text half-way to the background: themes do not all define a disabled text colour.
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

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= columnCount())
        return {};
    const ResultColumnInfo& info = columnInfo(section);
    switch (role) {
    case Qt::DisplayRole: {
        const QString unit = unitText(info.unit, m_currency);
        return unit.isEmpty() ? info.title : QStringLiteral("%1\n(%2)").arg(info.title, unit);
    }
    case Qt::ToolTipRole:
        // "name: definition", with the language's punctuation (French puts a space before ":").
        return tr("<b>%1</b>: %2").arg(info.name, info.definition.toHtmlEscaped());
    case Qt::UserRole:
        return info.name;
    default:
        return {};
    }
}

} // namespace tideover::ui
