// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "packagechart.h"

#include "charts/chartchrome.h"
#include "charts/chartstyle.h"
#include "charts/chartview.h"

#include <QApplication>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace tideover::ui {

namespace {

// A tick label: wrapped between words into lines of about kLineChars, at most kLines of them,
// the last shortened with "…" when the name is longer.
constexpr int kLineChars = 18;
constexpr int kLines = 3;

QString tickLabel(const QString& title)
{
    const QStringList words = title.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!line.isEmpty() && line.size() + 1 + words[i].size() > kLineChars) {
            if (lines.size() + 1 == kLines) {
                line += QStringLiteral("…");
                break;
            }
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + words[i];
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QCPBars* addBars(QCustomPlot& plot, const QString& name, const QColor& colour, QCPBars* below, double width)
{
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setName(name);
    bars->setWidth(width);
    bars->setPen(QPen(QColor(Qt::white), 0.8));
    bars->setBrush(colour);
    bars->setStackingGap(0);
    if (below)
        bars->moveAbove(below);
    return bars;
}

}  // namespace

double PackageChart::barValue(double value)
{
    const double v = ChartView::plottableValue(value);
    return std::isfinite(v) && v > 0 ? v : 0.0;
}

void PackageChart::build(QCustomPlot& plot, const std::vector<PackageBar>& bars, const QString& axisTitle,
                         const QString& title, int labelEvery)
{
    plot.clearPlottables();
    plot.clearItems();
    plot.setLocale(QLocale());
    const ChartStyle style = ChartStyle::fromPalette(plot.palette());
    plot.setBackground(style.background);
    plot.axisRect()->setBackground(style.background);

    using P = ChartStyle::Payer;
    // Wide bars for a few scenarios, touching ones for many years.
    const double width = bars.size() > 8 ? 0.8 : 0.55;
    QCPBars* employers = addBars(plot, tr("Employers"), ChartStyle::payer(P::Employers), nullptr, width);
    QCPBars* workers = addBars(plot, tr("Workers"), ChartStyle::payer(P::Workers), employers, width);
    QCPBars* state = addBars(plot, tr("The state"), ChartStyle::payer(P::State), workers, width);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double highest = 0;
    labelEvery = std::max(1, labelEvery);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const PackageBar& b = bars[i];
        const double x = double(i);
        const double parts[] = {barValue(b.employers), barValue(b.workers), barValue(b.state)};
        employers->addData(x, parts[0]);
        workers->addData(x, parts[1]);
        state->addData(x, parts[2]);
        highest = std::max(highest, parts[0] + parts[1] + parts[2]);
        if (int(i) % labelEvery == 0)
            ticker->addTick(x, tickLabel(b.title));
    }

    QFont labelFont = QApplication::font();
    for (std::size_t i = 0; i < bars.size(); ++i) {
        if (bars[i].label.isEmpty())
            continue;
        const double top = barValue(bars[i].employers) + barValue(bars[i].workers) + barValue(bars[i].state);
        auto* text = new QCPItemText(&plot);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->position->setType(QCPItemPosition::ptPlotCoords);
        text->position->setCoords(double(i), top);
        text->setPadding(QMargins(0, 0, 0, 3));
        text->setText(bars[i].label);
        text->setFont(labelFont);
        text->setColor(style.text);
        text->setClipToAxisRect(false);
    }

    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        chartchrome::themeAxis(axis, style, labelFont);
        axis->grid()->setPen(QPen(style.grid, 1, Qt::SolidLine));
    }
    plot.xAxis->setTicker(ticker);
    plot.xAxis->grid()->setVisible(false);
    plot.xAxis->setSubTicks(false);
    plot.xAxis->setTickLength(0, 4);
    plot.xAxis->setRange(-0.6, std::max<double>(0.6, double(bars.size()) - 0.4));
    plot.yAxis->setLabel(axisTitle);
    // Room above the tallest bar for its label.
    plot.yAxis->setRange(0, highest > 0 && std::isfinite(highest) ? highest * 1.15 : 1.0);

    plot.legend->setVisible(true);
    plot.legend->setFont(labelFont);
    plot.legend->setTextColor(style.text);
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setBrush(Qt::NoBrush);
    plot.legend->setIconBorderPen(Qt::NoPen);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setColumnSpacing(18);
    // The title above, the legend in a row below the chart, centred, never over a bar.
    if (plot.plotLayout()->rowCount() < 2) {
        QFont titleFont = labelFont;
        titleFont.setBold(true);
        plot.plotLayout()->insertRow(0);
        auto* titleElement = new QCPTextElement(&plot, title, titleFont);
        titleElement->setObjectName(QStringLiteral("packageChartTitle"));
        titleElement->setTextColor(style.text);
        plot.plotLayout()->addElement(0, 0, titleElement);
        auto* legendRow = new QCPLayoutGrid;
        plot.plotLayout()->addElement(2, 0, legendRow);
        legendRow->setMargins(QMargins(8, 0, 8, 6));
        legendRow->addElement(0, 0, new QCPLayoutElement(&plot));
        legendRow->addElement(0, 1, plot.legend);
        legendRow->addElement(0, 2, new QCPLayoutElement(&plot));
        legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
        plot.plotLayout()->setRowStretchFactor(0, 0.001);
        plot.plotLayout()->setRowStretchFactor(2, 0.001);
    } else if (auto* titleElement = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0))) {
        titleElement->setText(title);
        titleElement->setTextColor(style.text);
    }
    plot.replot();
}

}  // namespace tideover::ui
