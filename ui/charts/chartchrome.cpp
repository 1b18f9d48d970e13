// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "chartchrome.h"

#include "chartstyle.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <qcustomplot.h>

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

void themeAxis(QCPAxis* axis, const ChartStyle& style, const QFont& font)
{
    axis->setBasePen(QPen(style.mutedText, 1));
    axis->setTickPen(QPen(style.mutedText, 1));
    axis->setSubTickPen(QPen(style.mutedText, 1));
    axis->setTickLabelColor(style.text);
    axis->setLabelColor(style.text);
    axis->setTickLabelFont(font);
    axis->setLabelFont(font);
}

void themeTitle(QCustomPlot* plot, const ChartStyle& style, const QFont& font, double scale)
{
    auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0));
    if (!title)
        return;
    QFont titleFont = font;
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * scale);
    title->setFont(titleFont);
    title->setTextColor(style.text);
}

void themeBarPlot(QCustomPlot* plot, const ChartStyle& style, const QFont& font)
{
    plot->setBackground(style.background);
    plot->axisRect()->setBackground(style.background);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis})
        themeAxis(axis, style, font);
    plot->yAxis->grid()->setPen(QPen(style.grid, 1, Qt::DotLine));
    themeTitle(plot, style, font);
    plot->legend->setBrush(style.background);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setTextColor(style.text);
    plot->legend->setFont(font);
}

}  // namespace tideover::ui::chartchrome
