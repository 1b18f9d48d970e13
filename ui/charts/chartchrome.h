// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QString>

#include <functional>

class QCPAxis;
class QCPLegend;
class QCustomPlot;
class QLabel;
class QMenu;
class QToolButton;
class QWidget;

namespace tideover::ui {
struct ChartStyle;
}

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

// An axis in the style's colours: muted line and ticks, labels in the text colour and `font`.
void themeAxis(QCPAxis* axis, const ChartStyle& style, const QFont& font);

// The plot's title (the first element of its layout, when that is a text) bold, in `font`
// enlarged by `scale`, in the style's text colour.
void themeTitle(QCustomPlot* plot, const ChartStyle& style, const QFont& font, double scale = 1);

// The chrome of a bar chart on the style's background: its x and y axes (themeAxis), a dotted
// grid across the values, the bold title and a borderless legend, all in `font`.
void themeBarPlot(QCustomPlot* plot, const ChartStyle& style, const QFont& font);

// Lays `plot`'s elements out at its current size, as its next replot will: for code run
// before a replot (beforeReplot) that measures the axis rects.
void layOutNow(QCustomPlot* plot);

// `text` as it fits `width` pixels in `metrics` on at most `lines` lines: whole when it fits
// one line, else broken at spaces, the last line (or a word too long) shortened with "…".
// For the names of a chart's rows, which must not overlap the next row.
QString fitText(const QString& text, const QFontMetrics& metrics, int width, int lines);

// As many of `legend`'s entries on a row as `available` pixels hold (each column as wide as
// the widest entry), the rest on further rows: a legend below a plot never widens its chart.
// The entries are in `type`, or, when even one entry is wider than `available` (a long name
// in large type on a narrow chart), in type made just small enough (down to 3/4 of it).
void wrapLegend(QCPLegend* legend, int available, const QFont& type);

}  // namespace tideover::ui::chartchrome
