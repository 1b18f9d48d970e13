// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "backtestview.h"

#include "backtestchart.h"
#include "core/engine/projection.h"
#include "core/model/validation.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "format/monitoringtext.h"

#include <QComboBox>
#include "widgets/reflowboxlayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tideover::ui {

namespace {

QTableWidgetItem* item(const QString& text, const QVariant& raw = {}, bool numeric = false)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (raw.isValid())
        i->setData(Qt::UserRole, raw);
    if (numeric)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

}  // namespace

BacktestView::BacktestView(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("backtestView"));

    m_from = new QSpinBox(this);
    m_from->setObjectName(QStringLiteral("backtestFrom"));
    m_from->setRange(core::kFirstHistoryYear, core::kLastHistoryYear);
    m_from->setGroupSeparatorShown(false);
    m_from->setToolTip(tr("The first year of the back-test: the scenario is moved to start in it, from the "
                          "reserve the history records at the end of the year before"));
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("backtestRun"));
    m_run->setToolTip(tr("Project the scenario over the history's years and compare"));
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("backtestColumn"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_column->setMinimumContentsLength(14);
    connect(m_column, &QComboBox::currentIndexChanged, this, &BacktestView::showChart);

    auto* form = new QHBoxLayout;
    form->setSpacing(6);
    auto* fromLabel = new QLabel(tr("Back-test from &year"), this);
    fromLabel->setBuddy(m_from);
    form->addWidget(fromLabel);
    form->addWidget(m_from);
    form->addWidget(m_run);
    form->addSpacing(16);
    auto* chartLabel = new QLabel(tr("Chart &of"), this);
    chartLabel->setBuddy(m_column);
    form->addWidget(chartLabel);
    form->addWidget(m_column);
    form->addStretch(1);
    m_calibrate = new QPushButton(tr("Ca&librate…"), this);
    m_calibrate->setObjectName(QStringLiteral("backtestCalibrate"));
    m_calibrate->setToolTip(tr("Fit behavioural parameters to the history (Analysis ▸ Calibrate to History)"));
    connect(m_calibrate, &QPushButton::clicked, this, &BacktestView::calibrateRequested);
    form->addWidget(m_calibrate);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backtestMessage"));
    m_message->setTextFormat(Qt::PlainText);  // core messages may quote text from a file
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary = new QTableWidget(0, 4, this);
    m_summary->setObjectName(QStringLiteral("backtestSummary"));
    m_summary->setHorizontalHeaderLabels({tr("Figure"), tr("Years"), tr("Mean abs.\nerror"), tr("Bias")});
    m_summary->horizontalHeaderItem(1)->setToolTip(tr("The years in which the history gives the figure"));
    m_summary->horizontalHeaderItem(2)->setToolTip(
        tr("Mean absolute percentage error (MAPE): the mean of |projected − actual| / |actual| over the years "
           "compared"));
    m_summary->horizontalHeaderItem(3)->setToolTip(
        tr("The mean of (projected − actual) / |actual|: above 0 the projection runs high, below 0 low"));
    m_summary->verticalHeader()->setVisible(false);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_summary->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_summary->setMinimumWidth(240);
    connect(m_summary, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_column->count())
            m_column->setCurrentIndex(row);
    });

    m_chart = new BacktestChart(document, this);
    // The table beside the chart on a wide window, above it on a laptop's or with a dock open
    // (the Monitoring page scrolls down).
    auto* split = new ReflowBoxLayout(760);
    split->setSpacing(8);
    split->addWidget(m_summary, 2);
    split->addWidget(m_chart, 3);
    m_summary->setMinimumHeight(160);
    m_chart->setMinimumHeight(300);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(split, 1);

    connect(m_document, &ScenarioDocument::resultsChanged, this, &BacktestView::onScenarioChanged);
    onScenarioChanged();
}

int BacktestView::fromYear() const { return m_from->value(); }

void BacktestView::setFromYear(int year) { m_from->setValue(year); }

QString BacktestView::messageText() const { return m_message->text(); }

std::optional<core::HistoryColumn> BacktestView::shownColumn() const
{
    if (m_column->currentIndex() < 0)
        return std::nullopt;
    return core::HistoryColumn(m_column->currentData().toInt());
}

void BacktestView::showColumn(core::HistoryColumn column)
{
    const int index = m_column->findData(int(column));
    if (index >= 0)
        m_column->setCurrentIndex(index);
}

void BacktestView::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

void BacktestView::onScenarioChanged()
{
    const core::Scenario& s = m_document->scenario();
    const core::History& history = s.history;
    if (history.empty()) {
        m_historyFirst = m_historyLast = 0;
        m_from->setEnabled(false);
        m_run->setEnabled(false);
        m_calibrate->setEnabled(false);
        m_result.reset();
        m_stale = false;
        m_dirty = false;
        showResult();
        setMessage(tr("This scenario has no history. A back-test needs the scheme's published yearly figures: add "
                      "them in the editor's History section or import them from a CSV file (one row per year)."),
                   false);
        return;
    }
    m_from->setEnabled(true);
    m_run->setEnabled(true);
    m_calibrate->setEnabled(true);
    const int start = int(std::clamp<std::int64_t>(s.projection.start_year, core::kFirstHistoryYear,
                                                   core::kLastHistoryYear));
    if (history.firstYear() != m_historyFirst || history.lastYear() != m_historyLast) {
        m_historyFirst = history.firstYear();
        m_historyLast = history.lastYear();
        // The years a back-test can start in: the history's, and the scenario's own start
        // (from its own initial reserve) when that comes first.
        m_from->setRange(std::min(m_historyFirst, start), m_historyLast);
        // The core's own choice (model-spec v3): the scenario's start when the history
        // covers it, else the history's first year.
        m_from->setValue(start >= m_historyFirst && start <= m_historyLast ? start : m_historyFirst);
    }
    if (m_hasRun) {
        m_dirty = true;
        if (isVisible())
            run();
    } else {
        setMessage(tr("The history records %1 to %2. Choose the back-test's first year and press Run: the "
                      "scenario is projected over those years and compared with the actual figures.")
                       .arg(m_historyFirst)
                       .arg(m_historyLast),
                   false);
    }
}

void BacktestView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty && m_hasRun)
        run();
}

bool BacktestView::run()
{
    m_dirty = false;
    const core::Scenario& s = m_document->scenario();
    if (s.history.empty()) {
        onScenarioChanged();
        return false;
    }
    m_hasRun = true;
    if (core::hasErrors(m_document->problems())) {
        m_stale = m_result.has_value();
        showResult();
        setMessage(tr("The scenario has errors: fix the marked values first, then run the back-test again."), true);
        return false;
    }
    QString error;
    try {
        m_result = core::runBacktest(s, m_from->value());
        m_stale = false;
    } catch (const core::BacktestError& e) {
        error = tr("The back-test cannot run: %1.").arg(QString::fromStdString(e.what()));
    } catch (const core::InvalidScenario& e) {
        error = tr("The back-test scenario (the scenario moved to start in %1) is not valid:\n%2")
                    .arg(m_from->value())
                    .arg(QString::fromStdString(e.what()));
    } catch (const std::exception& e) {
        error = tr("The back-test failed: %1").arg(QString::fromStdString(e.what()));
    }
    if (!error.isEmpty()) {
        m_result.reset();
        m_stale = false;
        showResult();
        setMessage(error, true);
        return false;
    }
    showResult();
    const core::BacktestResult& r = *m_result;
    if (r.columns.empty())
        setMessage(tr("The history records no figure in %1–%2 that the projection gives: there is nothing to "
                      "compare.")
                       .arg(r.startYear())
                       .arg(r.endYear()),
                   true);
    else
        setMessage(tr("The scenario projected from %1 to %2 against the history's figures of those years. Mean "
                      "absolute error: the average size of the errors, as a share of the actual figure; bias: "
                      "their average with their sign (above 0, the projection runs high).")
                       .arg(r.startYear())
                       .arg(r.endYear()),
                   false);
    return true;
}

void BacktestView::showResult()
{
    const std::optional<core::HistoryColumn> previous = shownColumn();
    const QSignalBlocker blockCombo(m_column);
    const QSignalBlocker blockTable(m_summary);
    m_column->clear();
    m_summary->setRowCount(0);
    if (m_result) {
        const QString dash = format::undefinedMark();
        for (const core::BacktestColumn& c : m_result->columns) {
            const int row = m_summary->rowCount();
            m_summary->insertRow(row);
            const QString title = MonitoringText::historyColumnTitle(c.column);
            QTableWidgetItem* name = item(title);
            name->setToolTip(QString::fromUtf8(core::historyColumn(c.column).name.data(),
                                               qsizetype(core::historyColumn(c.column).name.size())));
            m_summary->setItem(row, 0, name);
            m_summary->setItem(row, 1, item(QString::number(c.points.size()), int(c.points.size()), true));
            m_summary->setItem(row, 2, item(c.mape ? format::percent(*c.mape, 1) : dash,
                                            c.mape ? QVariant(*c.mape) : QVariant(), true));
            m_summary->setItem(row, 3, item(c.bias ? MonitoringText::signedPercent(*c.bias) : dash,
                                            c.bias ? QVariant(*c.bias) : QVariant(), true));
            m_column->addItem(title, int(c.column));
        }
        int index = previous ? m_column->findData(int(*previous)) : -1;
        if (index < 0)
            index = m_column->findData(int(core::HistoryColumn::benefits));
        m_column->setCurrentIndex(index >= 0 ? index : 0);
        m_summary->setCurrentCell(m_column->currentIndex(), 0);
    }
    m_summary->setEnabled(!m_stale);
    m_column->setEnabled(m_column->count() > 0);
    showChart();
}

void BacktestView::showChart()
{
    const std::optional<core::HistoryColumn> column = shownColumn();
    if (!m_result || !column) {
        m_chart->clearResult(m_document->scenario().history.empty() ? tr("No history to test against")
                             : m_hasRun                             ? tr("No back-test")
                                                                    : tr("Press Run"));
        return;
    }
    if (m_summary->currentRow() != m_column->currentIndex()) {
        const QSignalBlocker block(m_summary);
        m_summary->setCurrentCell(m_column->currentIndex(), 0);
    }
    m_chart->setResult(*m_result, *column, m_stale);
}

}  // namespace tideover::ui
