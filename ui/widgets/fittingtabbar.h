// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QTabBar>
#include <QTabWidget>

namespace tideover::ui {

// A tab bar whose tabs all stay in view: when their names do not fit the width of the tab
// widget (a dock open, a projector, a longer language), the longest names are shortened, each
// to an even share of the width, and end in "…" (the tabs' tooltips say what each holds),
// instead of the tabs scrolling behind arrows.
class FittingTabBar : public QTabBar {
    Q_OBJECT

public:
    explicit FittingTabBar(QWidget* parent = nullptr);

protected:
    QSize tabSizeHint(int index) const override;
    QSize minimumSizeHint() const override;
};

// A QTabWidget with a FittingTabBar.
class FittingTabWidget : public QTabWidget {
    Q_OBJECT

public:
    explicit FittingTabWidget(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
};

}  // namespace tideover::ui
