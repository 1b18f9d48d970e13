// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "fieldstyle.h"

#include <QEvent>
#include <QLabel>
#include <QPalette>
#include <QWidget>

namespace tideover::ui::fieldstyle {

namespace {

class WheelGuard : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto* w = qobject_cast<QWidget*>(watched);
            if (w && !w->hasFocus()) {
                event->ignore();
                return true; // the scroll area behind scrolls instead
            }
        }
        return false;
    }
};

} // namespace

QColor errorText()
{
    return QColor(0xb0, 0x00, 0x20);
}

QColor warningText()
{
    return QColor(0x8a, 0x5a, 0x00);
}

void mark(QWidget* editor, Mark mark)
{
    if (!editor)
        return;
    const char* name = mark == Mark::Error ? "error" : mark == Mark::Warning ? "warning" : "";
    if (editor->property("problem").toString() == QLatin1String(name))
        return;
    editor->setProperty("problem", QString::fromLatin1(name));
    QPalette palette; // no role set: everything inherited
    if (mark == Mark::Error)
        palette.setColor(QPalette::Base, QColor(0xfd, 0xe4, 0xe6));
    else if (mark == Mark::Warning)
        palette.setColor(QPalette::Base, QColor(0xff, 0xf4, 0xd6));
    editor->setPalette(palette);
}

void showProblem(QLabel* label, const QString& text, Mark mark)
{
    if (text.isEmpty() || mark == Mark::None) {
        label->clear();
        label->setVisible(false);
        return;
    }
    QPalette palette;
    palette.setColor(QPalette::WindowText, mark == Mark::Error ? errorText() : warningText());
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(true);
}

void guardWheel(QWidget* editor)
{
    editor->setFocusPolicy(Qt::StrongFocus);
    editor->installEventFilter(new WheelGuard(editor));
}

} // namespace tideover::ui::fieldstyle
