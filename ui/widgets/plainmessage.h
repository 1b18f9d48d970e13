// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace tideover::ui {

// Message boxes whose texts are plain text. What they quote (a file's name, a title, key or
// value read from a file, a system error) is untrusted and must never be rendered as HTML:
// every box that can quote such text is made with these (docs/robustness.md).

// Shows the text and the informative text of `box` as plain text; call after setting them.
void makePlain(QMessageBox& box);

// A warning with an OK button; `objectName` names the box for tests ("errorBox").
void plainWarning(QWidget* parent, const QString& title, const QString& text, const QString& objectName = {});

// A question; returns the button clicked.
QMessageBox::StandardButton plainQuestion(QWidget* parent, const QString& title, const QString& text,
                                          QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                          QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

}  // namespace tideover::ui
