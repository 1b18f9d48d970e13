// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "monitoringview.h"

#include "backtestview.h"
#include "charts/chartstyle.h"
#include "document/scenariodocument.h"
#include "format/monitoringtext.h"
#include "models/monitoringtablemodel.h"
#include "sparklinechart.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tideover::ui {

namespace {

// The narrowest a sparkline gets before the grid takes a column away.
constexpr int kSparklineWidth = 190;

}  // namespace

MonitoringView::MonitoringView(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("monitoringView"));
    m_model = new MonitoringTableModel(document, this);

    auto* indicators = new QWidget(this);
    indicators->setObjectName(QStringLiteral("monitoringIndicators"));
    m_note = new QLabel(indicators);
    m_note->setObjectName(QStringLiteral("monitoringNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    auto* legend = new QLabel(indicators);
    legend->setObjectName(QStringLiteral("monitoringLegend"));
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    legend->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2 &nbsp;&nbsp; "
                                   "<span style=\"color:%3\">━━</span> %4")
                        .arg(ChartStyle::series(ChartStyle::Series::Vermillion).name(),
                             tr("actual, from the history's figures (bold on a shaded cell in the table)").toHtmlEscaped(),
                             ChartStyle::series(ChartStyle::Series::Blue).name(),
                             tr("projected").toHtmlEscaped()));

    m_grid = new SparklineGrid(kSparklineWidth);
    m_grid->setObjectName(QStringLiteral("sparklineGrid"));
    for (int i = 0; i < MonitoringText::kCount; ++i) {
        auto* chart = new SparklineChart(i);
        m_sparklines.push_back(chart);
        m_grid->addChart(chart);
    }
    auto* gridScroll = new QScrollArea;
    gridScroll->setObjectName(QStringLiteral("sparklineScroll"));
    gridScroll->setWidget(m_grid);
    gridScroll->setWidgetResizable(true);
    gridScroll->setFrameShape(QFrame::NoFrame);
    gridScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("monitoringTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(false);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // Headers of up to three short lines in a slightly smaller type: ten columns fit 1280 px.
    QFont headerFont = m_table->horizontalHeader()->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 0.9);
    m_table->horizontalHeader()->setFont(headerFont);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    auto* split = new QSplitter(Qt::Vertical, indicators);
    split->setObjectName(QStringLiteral("monitoringSplit"));
    split->addWidget(gridScroll);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* indicatorsLayout = new QVBoxLayout(indicators);
    indicatorsLayout->setContentsMargins(8, 8, 8, 0);
    indicatorsLayout->setSpacing(4);
    indicatorsLayout->addWidget(m_note);
    indicatorsLayout->addWidget(legend);
    indicatorsLayout->addWidget(split, 1);

    m_backtest = new BacktestView(document, this);
    connect(m_backtest, &BacktestView::calibrateRequested, this, &MonitoringView::calibrateRequested);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("monitoringTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(indicators, tr("&Indicators"));
    // Scrolls down when its table and chart stack on a narrow page.
    m_backtestArea = new QScrollArea(this);
    m_backtestArea->setWidget(m_backtest);
    m_backtestArea->setWidgetResizable(true);
    m_backtestArea->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_backtestArea, tr("&Back-test"));
    m_tabs->setTabToolTip(0, tr("Coverage, recipiency, replacement, cost and solvency per year, actual and projected"));
    m_tabs->setTabToolTip(1, tr("The projection against the history's actual figures"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_model, &QAbstractItemModel::modelReset, this, &MonitoringView::update);
    update();
}

SparklineChart* MonitoringView::sparkline(int indicator) const
{
    return indicator >= 0 && indicator < int(m_sparklines.size()) ? m_sparklines[std::size_t(indicator)] : nullptr;
}

QString MonitoringView::noteText() const { return m_note->text(); }

void MonitoringView::showBacktest() { m_tabs->setCurrentWidget(m_backtestArea); }

void MonitoringView::update()
{
    for (SparklineChart* chart : m_sparklines)
        chart->setData(*m_model);
    QString note;
    if (m_model->rowCount() == 0)
        note = tr("No results: the scenario has errors.");
    else if (!m_model->hasHistory())
        note = tr("This scenario has no history, so every figure is projected. Add the scheme's published yearly "
                  "figures in the editor's History section, or import them from a CSV file, to see the actual "
                  "indicators beside the projected ones, to back-test the projection and to calibrate it.");
    else
        note = tr("Actual figures from the history (%1–%2), projected ones from %3 to %4. An indicator is actual "
                  "in a year when the history records every figure it needs.")
                   .arg(m_model->historyFirstYear())
                   .arg(m_model->historyLastYear())
                   .arg(m_model->projectionStart())
                   .arg(m_model->projectionEnd());
    if (m_model->isStale())
        note += QLatin1Char(' ') + tr("The scenario has errors: these are the figures of its last valid state.");
    m_note->setText(note);
}

}  // namespace tideover::ui
