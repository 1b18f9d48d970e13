// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "listeditor.h"

#include "fieldstyle.h"
#include "numberspinbox.h"
#include "parametertext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace tideover::ui {

ListEditor::ListEditor(const core::ParameterInfo& info, QWidget* parent) : QWidget(parent), m_info(info)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);

    const std::string_view key = m_info.key;
    m_monthly = key.ends_with("replacement_rates");
    m_bands = key.starts_with("severance.tenure_");
    auto* bottom = new QHBoxLayout;
    m_add = new QPushButton(m_monthly ? tr("Add a month") : m_bands ? tr("Add a band") : tr("Add a step"), this);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_add->setToolTip(m_monthly  ? tr("Give the next month of benefit its own rate")
                      : m_bands ? tr("Add a band of service (and one to the list beside it)")
                                : tr("Add a step of service (and one to the list beside it)"));
    connect(m_add, &QPushButton::clicked, this, &ListEditor::addRow);
    bottom->addWidget(m_add);
    auto* note = new QLabel(m_monthly  ? tr("The last rate repeats until benefit ends.")
                            : m_bands ? tr("Each band pairs with the same band of the other list.")
                                      : tr("Each step pairs with the same step of the other list."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    bottom->addWidget(note, 1);
    layout->addLayout(bottom);

    m_values = {0.0};
    rebuildRows();
}

void ListEditor::setValues(const std::vector<double>& values)
{
    if (values == m_values && !m_rows.empty())
        return;
    m_values = values.empty() ? std::vector<double>{0.0} : values;
    rebuildRows();
}

void ListEditor::rebuildRows()
{
    while (m_rows.size() > m_values.size()) {
        Row row = m_rows.back();
        m_rows.pop_back();
        for (QWidget* w : {static_cast<QWidget*>(row.label), static_cast<QWidget*>(row.value),
                           static_cast<QWidget*>(row.remove)}) {
            m_grid->removeWidget(w);
            w->setObjectName(QString()); // gone for findChild() before it is deleted
            w->hide();
            w->deleteLater(); // it may be the button whose click is being handled
        }
    }
    while (m_rows.size() < m_values.size()) {
        const int index = static_cast<int>(m_rows.size());
        Row row;
        row.label = new QLabel(this);
        row.value = new NumberSpinBox(m_info, this);
        row.value->setObjectName(QStringLiteral("item%1").arg(index));
        connect(row.value, &QDoubleSpinBox::valueChanged, this, [this] {
            const int r = rowOf(sender());
            if (r < 0)
                return;
            m_values[static_cast<std::size_t>(r)] = m_rows[static_cast<std::size_t>(r)].value->modelValue();
            commit();
        });
        row.remove = new QToolButton(this);
        row.remove->setObjectName(QStringLiteral("removeItem%1").arg(index));
        row.remove->setText(tr("Remove"));
        row.remove->setToolTip(m_monthly  ? tr("Remove this month's rate")
                               : m_bands ? tr("Remove this band")
                                         : tr("Remove this step"));
        connect(row.remove, &QAbstractButton::clicked, this, [this] { removeRow(rowOf(sender())); });
        m_grid->addWidget(row.label, index, 0);
        m_grid->addWidget(row.value, index, 1);
        m_grid->addWidget(row.remove, index, 2);
        m_rows.push_back(row);
    }
    showValues();
}

void ListEditor::showValues()
{
    const std::size_t n = m_rows.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Row& row = m_rows[i];
        const double v = m_values[i];
        const int month = static_cast<int>(i) + 1;
        if (!m_monthly)
            row.label->setText(m_bands ? tr("Band %1").arg(month) : tr("Step %1").arg(month));
        else
            row.label->setText(n == 1       ? tr("Every month")
                               : i + 1 == n ? tr("Month %1 onward").arg(month)
                                            : tr("Month %1").arg(month));
        if (!row.value->shows(v)) {
            const QSignalBlocker block(row.value);
            row.value->setModelValue(v);
        }
        const bool valid = std::isfinite(v) && m_info.range.contains(v);
        fieldstyle::mark(row.value, valid ? fieldstyle::Mark::None : fieldstyle::Mark::Error);
        row.remove->setEnabled(n > 1);
    }
}

void ListEditor::commit()
{
    showValues();
    emit valuesEdited(m_values);
}

int ListEditor::rowOf(const QObject* widget) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (widget == m_rows[i].value || widget == m_rows[i].remove)
            return static_cast<int>(i);
    return -1;
}

void ListEditor::addRow()
{
    m_values.push_back(m_values.back());
    rebuildRows();
    commit();
    NumberSpinBox* last = m_rows.back().value;
    last->setFocus(Qt::OtherFocusReason);
    last->selectAll();
}

void ListEditor::removeRow(int row)
{
    if (row < 0 || row >= static_cast<int>(m_values.size()) || m_values.size() <= 1)
        return;
    m_values.erase(m_values.begin() + row);
    rebuildRows();
    commit();
}

void ListEditor::setRowValue(int row, double value)
{
    if (row < 0 || row >= static_cast<int>(m_values.size()))
        return;
    m_values[static_cast<std::size_t>(row)] = value;
    {
        const QSignalBlocker block(m_rows[static_cast<std::size_t>(row)].value);
        m_rows[static_cast<std::size_t>(row)].value->setModelValue(value);
    }
    commit();
}

} // namespace tideover::ui
