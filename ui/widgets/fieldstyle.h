// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QColor>

class QLabel;
class QWidget;

namespace tideover::ui {

// How the scenario editor marks a field with a problem, in one place so that every editor
// (a spin box, a row of the per-year table, a duration class) looks the same.
namespace fieldstyle {

enum class Mark { None, Warning, Error };

// Tints the editor's background and sets its dynamic property "problem" to "error",
// "warning" or "" (for style sheets and tests).
void mark(QWidget* editor, Mark mark);
QColor errorText();
QColor warningText();
// A label for a problem message under a field: wrapped, coloured for `mark`, hidden when empty.
void showProblem(QLabel* label, const QString& text, Mark mark);
// Lets the mouse wheel turn a spin box or combo box only while it has focus, so scrolling the
// editor never changes a value by accident.
void guardWheel(QWidget* editor);

} // namespace fieldstyle

} // namespace tideover::ui
