// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "chartchrome.h"

#include "chartstyle.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <qcustomplot.h>

#include <algorithm>

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
    QFont titleFont = ChartStyle::scaledFont(font, scale);
    titleFont.setBold(true);
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

void layOutNow(QCustomPlot* plot)
{
    QCPLayoutGrid* layout = plot->plotLayout();
    layout->setOuterRect(plot->viewport());
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    layout->update(QCPLayoutElement::upLayout);
}

QString fitText(const QString& text, const QFontMetrics& metrics, int width, int lines)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    QStringList wrapped = wrapText(text, metrics, width).split(QLatin1Char('\n'));
    if (lines < 1 || wrapped.size() > lines) {
        const int keep = std::max(1, lines) - 1;
        wrapped = wrapped.mid(0, keep) << QStringList(wrapped.mid(keep)).join(QLatin1Char(' '));
    }
    for (QString& line : wrapped)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    return wrapped.join(QLatin1Char('\n'));
}

void wrapLegend(QCPLegend* legend, int available, const QFont& type)
{
    const auto widestEntry = [legend] {
        int widest = 0;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (QCPAbstractLegendItem* item = legend->item(i))
                widest = std::max(widest, item->minimumOuterSizeHint().width());
        return widest;
    };
    const auto useFont = [legend](const QFont& font) {
        if (legend->font() != font)
            legend->setFont(font); // and every entry's
    };
    // The entries' room: the legend's own margins are inside `available`.
    const int room = available - legend->margins().left() - legend->margins().right();
    useFont(type);
    int widest = widestEntry();
    // Text does not scale exactly with its size (hinting): a few tries, each a little smaller.
    double factor = 1;
    for (int attempt = 0; attempt < 4 && widest > room && room > 0 && type.pointSizeF() > 0 && factor > 0.75;
         ++attempt) {
        factor = std::max(0.75, factor * double(room) / widest * 0.98);
        QFont smaller = type;
        smaller.setPointSizeF(type.pointSizeF() * factor);
        useFont(smaller);
        widest = widestEntry();
    }
    const int count = legend->itemCount();
    const int columns = widest > 0 ? std::max(1, (room + legend->columnSpacing()) / (widest + legend->columnSpacing())) : count;
    const int wrap = columns >= count ? 0 : columns;
    if (wrap != legend->wrap()) {
        legend->setWrap(wrap);
        legend->setFillOrder(legend->fillOrder(), true); // setWrap alone only affects new items
    }
}

}  // namespace tideover::ui::chartchrome
