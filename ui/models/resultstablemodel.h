// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/projectionresult.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

namespace tideover::ui {

class ScenarioDocument;

// What a result value measures, which decides how it is shown (tables, charts, read-outs).
enum class ResultUnit {
    Year,  // a calendar year: 2031, never "2,031"
    Month, // 1..12
    Persons,
    Money,   // LCU (the scenario's currency)
    Percent, // a fraction shown as a percentage
    Years,   // a ratio in years of expenditure
};

// One column of the results tables: the spec's name and definition and how to present it.
struct ResultColumnInfo {
    QString name;  // the spec's column name, as in the CSV header: "reserve_ratio"
    QString title; // readable title without unit: "Reserve ratio"
    ResultUnit unit;
    QString definition; // the spec's definition: "reserve / expenditure, in years"
};

// The projection's annual or monthly table for a QTableView. Shows the document's last valid
// results formatted for people (percentages, currency, separators); Qt::UserRole gives the raw
// double (NaN where the spec leaves a value undefined). Follows the document: every
// resultsChanged resets the model, so a view always shows the results of the current scenario.
class ResultsTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ResultsTableModel(ScenarioDocument* document, QObject* parent = nullptr);

    bool isMonthly() const { return m_monthly; }
    void setMonthly(bool monthly);
    // True while the shown results belong to an earlier, valid state of the scenario.
    bool isStale() const { return m_stale; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static const ResultColumnInfo& annualColumn(core::Column column);
    static const ResultColumnInfo& monthlyColumn(core::MonthlyColumn column);
    // A value by the number style (docs/number-style.md): "2.50 %", "1,234,567 VND",
    // "2.75 years", "—" for NaN. `compact` is for read-outs: money in millions/billions
    // ("12.4 bn VND").
    static QString formatValue(ResultUnit unit, double value, const QString& currency, bool compact = false);
    // The same with the decimals that the value's column shares (columnDecimals), as the
    // table shows it: a column lines up.
    static QString formatInColumn(ResultUnit unit, double value, const QString& currency, int decimals);
    // The decimals a column of values of `unit` shares (core::sharedDecimals).
    static int columnDecimals(ResultUnit unit, const Eigen::ArrayXd& values);
    // "VND", "%", "persons", "years": the unit part of a header ("" for years and months).
    static QString unitText(ResultUnit unit, const QString& currency);

public slots:
    // Takes the document's current results (called on every resultsChanged).
    void refresh();

private:
    const ResultColumnInfo& columnInfo(int column) const;
    void updateDecimals();

    QPointer<ScenarioDocument> m_document;
    // A copy, not the document's pointer: the document replaces its results before it tells
    // us, and a view must never read the new table between beginResetModel and endResetModel.
    std::optional<core::ProjectionResult> m_result;
    QString m_currency;
    bool m_monthly = false;
    bool m_stale = false;
    std::vector<int> m_decimals;  // per column of the table shown
};

} // namespace tideover::ui
