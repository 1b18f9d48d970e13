// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "chartchrome.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace tideover::ui::chartchrome {

QLabel* makeReadout(QWidget* parent)
{
    auto* readout = new QLabel(parent);
    readout->setTextFormat(Qt::RichText);
    readout->setWordWrap(true);
    readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return readout;
}

QMenu* makeExportMenu(QWidget* parent, const std::function<void(const QString&)>& exportAs, const QString& csvText)
{
    auto* menu = new QMenu(parent);
    menu->addAction(QCoreApplication::translate("tideover::ui::ChartView", "Image (PNG)…"), parent, [exportAs] { exportAs(QStringLiteral("png")); });
    menu->addAction(QCoreApplication::translate("tideover::ui::ChartView", "Document (PDF)…"), parent, [exportAs] { exportAs(QStringLiteral("pdf")); });
    menu->addAction(csvText, parent, [exportAs] { exportAs(QStringLiteral("csv")); });
    return menu;
}

QToolButton* makeExportButton(QWidget* parent, QMenu* menu, const QString& toolTip)
{
    auto* button = new QToolButton(parent);
    button->setText(QCoreApplication::translate("tideover::ui::ChartView", "Export"));
    button->setToolTip(toolTip);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setAutoRaise(true);
    button->setMenu(menu);
    return button;
}

QString wrapText(const QString& text, const QFontMetrics& metrics, int width)
{
    QStringList lines;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.back() + QLatin1Char(' ') + word) <= width)
            lines.back() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace tideover::ui::chartchrome
