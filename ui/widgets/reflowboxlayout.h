// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QBoxLayout>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>

namespace tideover::ui {

// A box layout that puts its items side by side when it is given at least `breakWidth`
// pixels and stacks them otherwise: a page's panel and charts stand next to each other on a
// wide window and one above the other on a laptop or projector, rather than widening it.
class ReflowBoxLayout : public QBoxLayout {
public:
    explicit ReflowBoxLayout(int breakWidth, QWidget* parent = nullptr);

    void setGeometry(const QRect& rect) override;
    bool isStacked() const { return direction() == TopToBottom; }
    // Limits `widget`'s width while the items stand side by side; stacked, it takes the full
    // width (so that its wrapped text is as tall as at that width).
    void setMaximumWidthBeside(QWidget* widget, int width);

private:
    void applyMaximumWidths();

    int m_breakWidth;
    QList<QPair<QPointer<QWidget>, int>> m_maximumWidths;
};

}  // namespace tideover::ui
