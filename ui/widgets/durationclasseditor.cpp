// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "durationclasseditor.h"

#include "fieldstyle.h"
#include "format/displayformat.h"
#include "numberspinbox.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tideover::ui {

DurationClassEditor::DurationClassEditor(const core::ParameterInfo& months, const core::ParameterInfo& shares,
                                         QWidget* parent)
    : QWidget(parent), m_monthsInfo(months), m_sharesInfo(shares)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(3);
    auto* monthsHeader = new QLabel(tr("Maximum months"), this);
    monthsHeader->setToolTip(tr("Maximum benefit duration of the class"));
    auto* sharesHeader = new QLabel(tr("Share of claims"), this);
    sharesHeader->setToolTip(tr("Share of new claims in the class"));
    QFont bold = monthsHeader->font();
    bold.setBold(true);
    monthsHeader->setFont(bold);
    sharesHeader->setFont(bold);
    // Longer in French or Vietnamese than the numbers below them: they wrap rather than
    // widening the editor.
    monthsHeader->setWordWrap(true);
    sharesHeader->setWordWrap(true);
    m_grid->addWidget(monthsHeader, 0, 0);
    m_grid->addWidget(sharesHeader, 0, 1);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);

    auto* bottom = new QHBoxLayout;
    m_add = new QPushButton(tr("Add a class"), this);
    m_add->setObjectName(QStringLiteral("addClass"));
    m_add->setToolTip(tr("Add a duration class; give it a share and lower the others"));
    connect(m_add, &QPushButton::clicked, this, &DurationClassEditor::addClass);
    bottom->addWidget(m_add);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setWordWrap(true);
    bottom->addWidget(m_total, 1);
    layout->addLayout(bottom);

    m_months = {1};
    m_shares = {1.0};
    rebuildRows();
}

void DurationClassEditor::setClasses(const std::vector<int>& months, const std::vector<double>& shares)
{
    if (months == m_months && shares == m_shares && !m_rows.empty())
        return;
    m_months = months;
    m_shares = shares;
    rebuildRows();
}

void DurationClassEditor::rebuildRows()
{
    const std::size_t n = std::max<std::size_t>({m_months.size(), m_shares.size(), 1});
    while (m_rows.size() > n) {
        Row row = m_rows.back();
        m_rows.pop_back();
        for (QWidget* w : {static_cast<QWidget*>(row.months), static_cast<QWidget*>(row.share),
                           static_cast<QWidget*>(row.remove)}) {
            m_grid->removeWidget(w);
            w->setObjectName(QString()); // gone for findChild() before it is deleted
            w->hide();
            w->deleteLater(); // it may be the button whose click is being handled
        }
    }
    while (m_rows.size() < n) {
        const int index = static_cast<int>(m_rows.size());
        Row row;
        row.months = new QSpinBox(this);
        row.months->setObjectName(QStringLiteral("months%1").arg(index));
        row.months->setKeyboardTracking(false);
        row.months->setRange(-1000, 1000); // out-of-range values show as problems
        row.months->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.months->setToolTip(tr("Maximum benefit duration of this class, in months (1 to 60)"));
        row.months->setProperty(
            "parameterKey", QString::fromUtf8(m_monthsInfo.key.data(), qsizetype(m_monthsInfo.key.size())));
        fieldstyle::guardWheel(row.months);
        connect(row.months, &QSpinBox::valueChanged, this, [this](int value) {
            const int r = rowOf(sender());
            if (r < 0)
                return;
            m_months.resize(m_rows.size(), m_months.empty() ? 1 : m_months.back());
            m_shares.resize(m_rows.size(), 0.0);
            m_months[static_cast<std::size_t>(r)] = value;
            commit();
        });
        row.share = new NumberSpinBox(m_sharesInfo, this);
        row.share->setObjectName(QStringLiteral("share%1").arg(index));
        row.share->setToolTip(tr("Share of new claims in this class; the shares add up to 100 %"));
        row.share->setProperty(
            "parameterKey", QString::fromUtf8(m_sharesInfo.key.data(), qsizetype(m_sharesInfo.key.size())));
        connect(row.share, &QDoubleSpinBox::valueChanged, this, [this] {
            const int r = rowOf(sender());
            if (r < 0)
                return;
            m_months.resize(m_rows.size(), m_months.empty() ? 1 : m_months.back());
            m_shares.resize(m_rows.size(), 0.0);
            m_shares[static_cast<std::size_t>(r)] = m_rows[static_cast<std::size_t>(r)].share->modelValue();
            commit();
        });
        row.remove = new QToolButton(this);
        row.remove->setObjectName(QStringLiteral("removeClass%1").arg(index));
        row.remove->setText(tr("Remove"));
        row.remove->setToolTip(tr("Remove this duration class"));
        connect(row.remove, &QAbstractButton::clicked, this, [this] { removeClass(rowOf(sender())); });
        m_grid->addWidget(row.months, index + 1, 0);
        m_grid->addWidget(row.share, index + 1, 1);
        m_grid->addWidget(row.remove, index + 1, 2);
        m_rows.push_back(row);
    }
    showValues();
}

void DurationClassEditor::showValues()
{
    const std::size_t n = m_rows.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Row& row = m_rows[i];
        const int months = i < m_months.size() ? m_months[i] : 1;
        const double share = i < m_shares.size() ? m_shares[i] : 0.0;
        if (row.months->value() != months) {
            const QSignalBlocker block(row.months);
            row.months->setValue(months);
        }
        if (!row.share->shows(share)) {
            const QSignalBlocker block(row.share);
            row.share->setModelValue(share);
        }
        const bool monthsValid = i < m_months.size() && m_monthsInfo.range.contains(months);
        const bool shareValid =
            i < m_shares.size() && std::isfinite(share) && m_sharesInfo.range.contains(share);
        fieldstyle::mark(row.months, monthsValid ? fieldstyle::Mark::None : fieldstyle::Mark::Error);
        fieldstyle::mark(row.share, shareValid ? fieldstyle::Mark::None : fieldstyle::Mark::Error);
        row.remove->setEnabled(n > 1);
    }
    const double total = std::accumulate(m_shares.begin(), m_shares.end(), 0.0);
    const bool sumsToOne = std::abs(total - 1.0) <= 1e-9;
    QPalette palette;
    if (!sumsToOne)
        palette.setColor(QPalette::WindowText, fieldstyle::errorText());
    m_total->setPalette(palette);
    m_total->setText(sumsToOne
                         ? tr("Total %1").arg(format::percent(total, 4))
                         : tr("Total %1: the shares must add up to 100 %").arg(format::percent(total, 4)));
}

void DurationClassEditor::commit()
{
    showValues();
    emit classesEdited(m_months, m_shares);
}

int DurationClassEditor::rowOf(const QObject* widget) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        if (widget == r.months || widget == r.share || widget == r.remove)
            return static_cast<int>(i);
    }
    return -1;
}

void DurationClassEditor::addClass()
{
    const std::size_t n = m_rows.size();
    m_months.resize(n, m_months.empty() ? 1 : m_months.back());
    m_shares.resize(n, 0.0);
    const int longest = m_months.empty() ? 0 : *std::max_element(m_months.begin(), m_months.end());
    m_months.push_back(std::clamp(longest + 3, 1, 60));
    m_shares.push_back(0.0);
    rebuildRows();
    commit();
    NumberSpinBox* share = m_rows.back().share;
    share->setFocus(Qt::OtherFocusReason);
    share->selectAll();
}

void DurationClassEditor::removeClass(int row)
{
    const std::size_t n = m_rows.size();
    if (row < 0 || row >= static_cast<int>(n) || n <= 1)
        return;
    m_months.resize(n, m_months.empty() ? 1 : m_months.back());
    m_shares.resize(n, 0.0);
    m_months.erase(m_months.begin() + row);
    m_shares.erase(m_shares.begin() + row);
    rebuildRows();
    commit();
}

void DurationClassEditor::setClass(int row, int months, double share)
{
    const std::size_t n = m_rows.size();
    if (row < 0 || row >= static_cast<int>(n))
        return;
    m_months.resize(n, m_months.empty() ? 1 : m_months.back());
    m_shares.resize(n, 0.0);
    m_months[static_cast<std::size_t>(row)] = months;
    m_shares[static_cast<std::size_t>(row)] = share;
    showValues();
    commit();
}

QWidget* DurationClassEditor::shareEditor(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].share : nullptr;
}

QWidget* DurationClassEditor::monthsEditor(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].months : nullptr;
}

} // namespace tideover::ui
