// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "plainmessage.h"

#include <QLabel>

namespace tideover::ui {

void makePlain(QMessageBox& box)
{
    box.setTextFormat(Qt::PlainText);
    // The informative text has a label of its own that QMessageBox leaves on AutoText.
    for (QLabel* label : box.findChildren<QLabel*>())
        if (label->objectName() == QLatin1String("qt_msgbox_informativelabel"))
            label->setTextFormat(Qt::PlainText);
}

void plainWarning(QWidget* parent, const QString& title, const QString& text, const QString& objectName)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!objectName.isEmpty())
        box.setObjectName(objectName);
    makePlain(box);
    box.exec();
}

QMessageBox::StandardButton plainQuestion(QWidget* parent, const QString& title, const QString& text,
                                          QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    makePlain(box);
    return QMessageBox::StandardButton(box.exec());
}

}  // namespace tideover::ui
