// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "groupschart.h"

#include "charts/chartchrome.h"
#include "charts/chartstyle.h"
#include "charts/chartview.h"

#include <QApplication>
#include <QFontMetrics>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace tideover::ui {

namespace {

// A group's bar pair: paid in left of the group's tick, drawn out right of it.
constexpr double kBarWidth = 0.34;
constexpr double kBarOffset = 0.19;
// A tick label longer than this is shortened with "…".
constexpr int kLabelChars = 28;

QCPBars* addBars(QCustomPlot& plot, const QString& name, const QColor& colour, QCPBars* below)
{
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setPen(QPen(QColor(Qt::white), 0.8));
    bars->setBrush(colour);
    bars->setStackingGap(0);
    if (below)
        bars->moveAbove(below);
    return bars;
}

}  // namespace

double GroupsChart::barValue(double value, double divisor)
{
    const double v = ChartView::plottableValue(value / divisor);
    return std::isfinite(v) && v > 0 ? v : 0.0;
}

void GroupsChart::build(QCustomPlot& plot, const std::vector<GroupFlow>& flows, double divisor,
                        const QString& axisTitle)
{
    plot.clearPlottables();
    plot.clearItems();
    plot.setLocale(QLocale());
    const ChartStyle style = ChartStyle::fromPalette(plot.palette());
    plot.setBackground(style.background);
    plot.axisRect()->setBackground(style.background);

    using S = ChartStyle::Series;
    using P = ChartStyle::Payer;
    QCPBars* workers = addBars(plot, tr("Workers"), ChartStyle::payer(P::Workers), nullptr);
    QCPBars* employers = addBars(plot, tr("Employers"), ChartStyle::payer(P::Employers), workers);
    QCPBars* state = addBars(plot, tr("The state"), ChartStyle::payer(P::State), employers);
    QCPBars* benefits = addBars(plot, tr("Benefits"), ChartStyle::series(S::Vermillion), nullptr);
    QCPBars* other = addBars(plot, tr("Other spending"), ChartStyle::series(S::Orange), benefits);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double highest = 0;
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const GroupFlow& f = flows[i];
        const double x = double(i);
        const double paid[] = {barValue(f.workers, divisor), barValue(f.employers, divisor), barValue(f.state, divisor)};
        const double drawn[] = {barValue(f.benefits, divisor), barValue(f.otherSpending, divisor)};
        workers->addData(x - kBarOffset, paid[0]);
        employers->addData(x - kBarOffset, paid[1]);
        state->addData(x - kBarOffset, paid[2]);
        benefits->addData(x + kBarOffset, drawn[0]);
        other->addData(x + kBarOffset, drawn[1]);
        // Each bar below the largest finite double: a sum of plottable values is finite.
        highest = std::max({highest, paid[0] + paid[1] + paid[2], drawn[0] + drawn[1]});
        QString label = f.title.simplified();
        if (label.size() > kLabelChars)
            label = label.left(kLabelChars - 1).trimmed() + QStringLiteral("…");
        ticker->addTick(x, label);
    }

    QFont labelFont = QApplication::font();
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        chartchrome::themeAxis(axis, style, labelFont);
        axis->grid()->setPen(QPen(style.grid, 1, Qt::SolidLine));
    }
    plot.xAxis->setTicker(ticker);
    plot.xAxis->grid()->setVisible(false);
    plot.xAxis->setSubTicks(false);
    plot.xAxis->setTickLength(0, 4);
    // Many groups: the names slant so that they do not run into each other.
    plot.xAxis->setTickLabelRotation(flows.size() > 5 ? -30 : 0);
    plot.xAxis->setRange(-0.6, std::max<double>(0.6, double(flows.size()) - 0.4));
    plot.yAxis->setLabel(axisTitle);
    plot.yAxis->setRange(0, highest > 0 && std::isfinite(highest) ? highest * 1.08 : 1.0);

    plot.legend->setVisible(true);
    plot.legend->setFont(labelFont);
    plot.legend->setTextColor(style.text);
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setBrush(Qt::NoBrush);
    plot.legend->setIconBorderPen(Qt::NoPen);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setColumnSpacing(18);
    // A title above, as the result charts have, and the legend in a row below the chart,
    // centred, never over a bar.
    if (plot.plotLayout()->rowCount() < 2) {
        QFont titleFont = labelFont;
        titleFont.setBold(true);
        if (titleFont.pointSizeF() > 0)
            titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
        plot.plotLayout()->insertRow(0);
        auto* title = new QCPTextElement(&plot, tr("Paid in (left bar) and drawn out (right bar)"), titleFont);
        title->setTextColor(style.text);
        plot.plotLayout()->addElement(0, 0, title);
        auto* legendRow = new QCPLayoutGrid;
        plot.plotLayout()->addElement(2, 0, legendRow);
        legendRow->setMargins(QMargins(8, 0, 8, 6));
        legendRow->addElement(0, 0, new QCPLayoutElement(&plot));
        legendRow->addElement(0, 1, plot.legend);
        legendRow->addElement(0, 2, new QCPLayoutElement(&plot));
        legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
        plot.plotLayout()->setRowStretchFactor(0, 0.001);
        plot.plotLayout()->setRowStretchFactor(2, 0.001);
    }
    plot.replot();
}

}  // namespace tideover::ui
