// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QString>

#include <QFontMetrics>
#include <QString>

#include <functional>

class QLabel;
class QMenu;
class QToolButton;
class QWidget;

namespace tideover::ui::chartchrome {

// The parts every chart shows around its plot, built in one place so they look and behave
// alike: the read-out line above the plot and the Export button with its menu.

// The rich-text read-out line ("2040 ■ Reserve: …"); it wraps and never widens the chart.
QLabel* makeReadout(QWidget* parent);

// The export menu: PNG, PDF and CSV entries that call `exportAs("png" | "pdf" | "csv")`.
// `csvText` is the CSV entry's text (what the data export holds differs by chart).
QMenu* makeExportMenu(QWidget* parent, const std::function<void(const QString&)>& exportAs, const QString& csvText);

// The "Export" tool button opening `menu`.
QToolButton* makeExportButton(QWidget* parent, QMenu* menu, const QString& toolTip);

// `text` broken into lines (at spaces) no wider than `width` pixels in `metrics`, joined by
// "\n": for texts QCustomPlot draws on one line (titles, notes) on a narrow chart.
QString wrapText(const QString& text, const QFontMetrics& metrics, int width);

}  // namespace tideover::ui::chartchrome
