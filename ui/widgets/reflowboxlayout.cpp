// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "reflowboxlayout.h"

namespace tideover::ui {

ReflowBoxLayout::ReflowBoxLayout(int breakWidth, QWidget* parent)
    : QBoxLayout(LeftToRight, parent), m_breakWidth(breakWidth)
{
}

void ReflowBoxLayout::setGeometry(const QRect& rect)
{
    // The side-by-side minimum must stay below the break, or a window just below it would be
    // held at that minimum (wider than the screen) instead of stacking.
    const Direction wanted = rect.width() < m_breakWidth ? TopToBottom : LeftToRight;
    if (direction() != wanted) {
        setDirection(wanted);  // invalidates: the parent lays out again with the new minimum
        applyMaximumWidths();
    }
    QBoxLayout::setGeometry(rect);
}

void ReflowBoxLayout::setMaximumWidthBeside(QWidget* widget, int width)
{
    m_maximumWidths.append({widget, width});
    applyMaximumWidths();
}

void ReflowBoxLayout::applyMaximumWidths()
{
    for (const auto& [widget, width] : m_maximumWidths)
        if (widget)
            widget->setMaximumWidth(isStacked() ? QWIDGETSIZE_MAX : width);
}

}  // namespace tideover::ui
