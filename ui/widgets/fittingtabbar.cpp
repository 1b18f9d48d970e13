// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "fittingtabbar.h"

#include <QResizeEvent>

#include <algorithm>
#include <vector>

namespace tideover::ui {

FittingTabBar::FittingTabBar(QWidget* parent) : QTabBar(parent)
{
    setUsesScrollButtons(false);
    setElideMode(Qt::ElideRight);
    setExpanding(false);
}

QSize FittingTabBar::tabSizeHint(int index) const
{
    const QSize natural = QTabBar::tabSizeHint(index);
    // The width the tab widget has for its bar, not the bar's own (which follows these hints).
    const int available = parentWidget() ? parentWidget()->width() - 4 : width();
    std::vector<int> widths;
    int total = 0;
    for (int i = 0; i < count(); ++i) {
        widths.push_back(QTabBar::tabSizeHint(i).width());
        total += widths.back();
    }
    if (available <= 0 || total <= available)
        return natural;
    // Narrow tabs keep their width; the others share what is left evenly.
    std::sort(widths.begin(), widths.end());
    int left = available;
    int share = 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        share = left / int(widths.size() - i);
        if (widths[i] > share)
            break;
        left -= widths[i];
    }
    return QSize(std::min(natural.width(), std::max(share, 24)), natural.height());
}

QSize FittingTabBar::minimumSizeHint() const
{
    // A few letters of each name: the tab widget may be that narrow.
    const int letters = fontMetrics().averageCharWidth() * 4 + 16;
    return QSize(std::min(QTabBar::sizeHint().width(), count() * letters), QTabBar::sizeHint().height());
}

FittingTabWidget::FittingTabWidget(QWidget* parent) : QTabWidget(parent)
{
    setTabBar(new FittingTabBar(this));
}

void FittingTabWidget::resizeEvent(QResizeEvent* event)
{
    QTabWidget::resizeEvent(event);
    // The tabs' widths follow the widget's: the bar measures and elides its names again.
    if (event->size().width() != event->oldSize().width())
        tabBar()->setElideMode(tabBar()->elideMode());
}

}  // namespace tideover::ui
