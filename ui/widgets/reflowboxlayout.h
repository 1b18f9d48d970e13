// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QBoxLayout>

namespace tideover::ui {

// A box layout that puts its items side by side when it is given at least `breakWidth`
// pixels and stacks them otherwise: a page's panel and charts stand next to each other on a
// wide window and one above the other on a laptop or projector, rather than widening it.
class ReflowBoxLayout : public QBoxLayout {
public:
    explicit ReflowBoxLayout(int breakWidth, QWidget* parent = nullptr);

    void setGeometry(const QRect& rect) override;
    bool isStacked() const { return direction() == TopToBottom; }

private:
    int m_breakWidth;
};

}  // namespace tideover::ui
