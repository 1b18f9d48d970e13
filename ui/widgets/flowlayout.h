// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QLayout>
#include <QList>

class QHBoxLayout;

namespace tideover::ui {

// Lays its items out left to right and starts a new row when the next one would not fit the
// width, so a page's controls wrap on a narrow screen or in a longer language instead of
// widening the window. Its minimum width is that of its widest item; its height follows the
// width (heightForWidth).
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int horizontalSpacing = 12, int verticalSpacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

    // A group of widgets that stays on one row ("starts in [2028]"), added as one item.
    static QWidget* group(QWidget* parent, std::initializer_list<QWidget*> widgets);

private:
    // Places the items in `rect` (when `apply`) and returns the height they take.
    int place(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_horizontal;
    int m_vertical;
};

}  // namespace tideover::ui
