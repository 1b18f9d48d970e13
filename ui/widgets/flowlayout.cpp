// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "flowlayout.h"

#include <QHBoxLayout>
#include <QWidget>

#include <algorithm>

namespace tideover::ui {

FlowLayout::FlowLayout(QWidget* parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent), m_horizontal(horizontalSpacing), m_vertical(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item) { m_items.append(item); }

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const { return place(QRect(0, 0, width, 0), false); }

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row when there is room for it.
    int width = 0, height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? m_horizontal : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    place(rect, true);
}

int FlowLayout::place(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x(), y = area.y(), rowHeight = 0;
    // Items of a row share its height and are centred in it, as in a box layout.
    QList<QPair<QLayoutItem*, QRect>> row;
    const auto flush = [&] {
        if (apply)
            for (auto& [item, r] : row)
                item->setGeometry(QRect(r.x(), y + (rowHeight - r.height()) / 2, r.width(), r.height()));
        row.clear();
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const int width = std::max(std::min(hint.width(), area.width()), item->minimumSize().width());
        if (x > area.x() && x + width > area.right() + 1) {
            flush();
            x = area.x();
            y += rowHeight + m_vertical;
            rowHeight = 0;
        }
        // A wrapping label is as tall as its text at the width it gets.
        const int height = item->hasHeightForWidth() ? item->heightForWidth(width) : hint.height();
        row.append({item, QRect(x, 0, width, height)});
        x += width + m_horizontal;
        rowHeight = std::max(rowHeight, height);
    }
    flush();
    const QMargins m = contentsMargins();
    return y + rowHeight - rect.y() + m.bottom();
}

QWidget* FlowLayout::group(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    return box;
}

}  // namespace tideover::ui
