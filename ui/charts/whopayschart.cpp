// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "whopayschart.h"

#include "chartchrome.h"
#include "groupflowschart.h"
#include "valueaxisticker.h"

#include "core/io/resultformat.h"
#include "document/safefile.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "widgets/plainmessage.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tideover::ui {

namespace {

constexpr double kBarWidth = 0.36;
constexpr double kOffset = 0.2;  // each bar's distance from its group's centre

const char* const kPartCsv[WhoPaysChart::kPartCount] = {"worker_contributions", "employer_contributions",
                                                        "state_contributions_and_subsidy", "benefits",
                                                        "other_expenditure_and_admin"};

// Money axis scale, with ChartView's unit words ("bn LCU").
std::pair<double, QString> moneyScale(double maxAbs, const QString& currency)
{
    const char* context = "tideover::ui::ChartView";
    if (maxAbs >= 1e12)
        return {1e-12, QCoreApplication::translate(context, "tn %1").arg(currency)};
    if (maxAbs >= 1e9)
        return {1e-9, QCoreApplication::translate(context, "bn %1").arg(currency)};
    if (maxAbs >= 1e6)
        return {1e-6, QCoreApplication::translate(context, "m %1").arg(currency)};
    return {1.0, currency};
}

} // namespace

WhoPaysChart::WhoPaysChart(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("whoPaysChart"));
    m_yearBox = new QComboBox(this);
    m_yearBox->setObjectName(QStringLiteral("whoPaysYear"));
    m_yearBox->setToolTip(tr("One projection year, or the sum over every year of the projection"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearBox);
    connect(m_yearBox, &QComboBox::activated, this, [this](int index) { setYear(m_yearBox->itemData(index).toInt()); });

    QMenu* menu = chartchrome::makeExportMenu(this, [this](const QString& format) { exportWithDialog(format); },
                                              tr("Data (CSV)…"));
    auto* exportButton = chartchrome::makeExportButton(this, menu, tr("Save this chart as an image, a PDF or its "
                                                                      "figures as CSV"));

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("whoPaysNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 4, 8, 4);
    m_note->setAutoFillBackground(true);
    m_note->hide();

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("whoPaysPlot"));
    m_plot->setMinimumSize(320, 240);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, tr("Who pays, who draws")));
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->setTickLength(0, 0);
    m_plot->yAxis->setTicker(QSharedPointer<ValueAxisTicker>::create());
    const QString names[kPartCount] = {tr("Paid by its workers"), tr("Paid by employers"), tr("Paid by the state"),
                                       tr("Benefits drawn"), tr("Other spending (administration, …)")};
    for (int p = 0; p < kPartCount; ++p) {
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(names[p]);
        bars->setWidth(kBarWidth);
        bars->setAntialiased(false);
        bars->setSelectable(QCP::stNone);
        if (p != Workers && p != Benefits)
            bars->moveAbove(m_bars[std::size_t(p - 1)]);
        m_bars[std::size_t(p)] = bars;
    }
    m_plot->legend->setVisible(true);
    // The legend below the plot, in rows, as the other charts have it.
    auto* legendGrid = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendGrid);
    legendGrid->setMargins(QMargins(0, 0, 0, 0));
    legendGrid->addElement(0, 0, m_plot->legend);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    m_plot->legend->setColumnSpacing(18);
    // As many entries on a row as the width holds (projector mode's type is larger).
    connect(m_plot, &QCustomPlot::beforeReplot, this,
            [this] { chartchrome::wrapLegend(m_plot->legend, m_plot->viewport().width() - 40, font()); });
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 2, 2, 0);
    top->addWidget(yearLabel);
    top->addWidget(m_yearBox);
    top->addStretch(1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_plot, 1);

    if (m_document)
        connect(m_document, &ScenarioDocument::resultsChanged, this, &WhoPaysChart::refresh);
    refresh();
}

void WhoPaysChart::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    refresh();
}

QString WhoPaysChart::crossSubsidyLabel(int group) const
{
    const double x = crossSubsidy(group);
    const QString amount = format::money(std::abs(x), m_currency, true);
    return tr("paid in − drawn out: %1").arg((x < 0 ? QStringLiteral("−") : QStringLiteral("+")) + amount);
}

void WhoPaysChart::refresh()
{
    const core::ProjectionResult* result = m_document ? m_document->result() : nullptr;
    m_stale = result && m_document->isResultStale();
    m_currency = m_document ? m_document->currency() : QStringLiteral("LCU");
    {
        const QSignalBlocker block(m_yearBox);
        m_yearBox->clear();
        m_yearBox->addItem(tr("All years (sum)"), 0);
        if (result)
            for (int y = 0; y < result->years; ++y)
                m_yearBox->addItem(QString::number(result->startYear + y), result->startYear + y);
        int index = m_yearBox->findData(m_year);
        if (index < 0) {
            m_year = 0;
            index = 0;
        }
        m_yearBox->setCurrentIndex(index);
    }
    m_titles.clear();
    m_values.clear();
    m_cross.clear();
    if (result && result->hasGroups()) {
        const int from = m_year == 0 ? 0 : m_year - result->startYear;
        const int to = m_year == 0 ? result->years : from + 1;
        for (const core::GroupTable& g : result->groups) {
            std::array<double, kPartCount> v{};
            double cross = 0;
            for (int y = from; y < to; ++y) {
                using C = core::Column;
                using G = core::GroupColumn;
                v[Workers] += g.at(y, G::worker_contributions);
                v[Employers] += g.at(y, G::employer_contributions);
                v[State] += g.at(y, G::state_contributions) + g.at(y, C::state_subsidy);
                v[Benefits] += g.at(y, C::benefits);
                v[OtherSpending] += g.at(y, C::other_expenditure) + g.at(y, C::admin);
                cross += g.at(y, G::cross_subsidy);
            }
            m_titles << GroupFlowsChart::groupTitle(g);
            m_values.push_back(v);
            m_cross.push_back(cross);
        }
    }
    if (!result)
        m_note->setText(tr("No results: the scenario has errors."));
    else if (m_stale)
        m_note->setText(tr("Out of date: the scenario has errors. The chart shows the last valid results."));
    else if (!result->hasGroups())
        m_note->setText(tr("The scenario has one group of workers: add groups in the editor's Worker groups "
                           "section to see what each pays in and draws out."));
    m_note->setVisible(!result || m_stale || !result->hasGroups());
    applyTheme();
    rebuildPlot();
}

void WhoPaysChart::rebuildPlot()
{
    auto* ticker = static_cast<QCPAxisTickerText*>(m_plot->xAxis->ticker().data());
    ticker->clear();
    for (QCPItemText* label : m_labels)
        m_plot->removeItem(label);
    m_labels.clear();
    double top = 0;
    for (const auto& v : m_values)
        top = std::max({top, v[Workers] + v[Employers] + v[State], v[Benefits] + v[OtherSpending]});
    const auto [factor, unit] = moneyScale(top, m_currency);
    static_cast<ValueAxisTicker*>(m_plot->yAxis->ticker().data())->setFactor(factor);
    static_cast<ValueAxisTicker*>(m_plot->yAxis->ticker().data())->setLocale(locale());
    m_plot->yAxis->setLabel(m_year == 0 ? tr("Over the whole projection (%1)").arg(unit)
                                        : tr("In %1 (%2)").arg(m_year).arg(unit));
    for (int p = 0; p < kPartCount; ++p) {
        QVector<double> keys, values;
        const double offset = p <= State ? -kOffset : kOffset;
        for (std::size_t g = 0; g < m_values.size(); ++g) {
            keys << double(g + 1) + offset;
            values << m_values[g][std::size_t(p)];
        }
        m_bars[std::size_t(p)]->setData(keys, values, true);
    }
    for (std::size_t g = 0; g < m_values.size(); ++g) {
        ticker->addTick(double(g + 1), m_titles.at(qsizetype(g)));
        auto* label = new QCPItemText(m_plot);
        label->setObjectName(QStringLiteral("whoPaysLabel%1").arg(g));
        label->position->setType(QCPItemPosition::ptPlotCoords);
        const auto& v = m_values[g];
        label->position->setCoords(double(g + 1),
                                   std::max(v[Workers] + v[Employers] + v[State], v[Benefits] + v[OtherSpending]));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(crossSubsidyLabel(int(g)));
        label->setColor(m_style.text);
        label->setFont(font());
        label->setPadding(QMargins(0, 0, 0, 4));
        m_labels.push_back(label);
    }
    m_plot->xAxis->setRange(0.4, double(m_values.size()) + 0.6);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WhoPaysChart::applyTheme()
{
    m_style = ChartStyle::fromPalette(palette());
    const ChartStyle& st = m_style;
    chartchrome::themeBarPlot(m_plot, st, font());
    using P = ChartStyle::Payer;
    using S = ChartStyle::Series;
    const QColor colours[kPartCount] = {ChartStyle::payer(P::Workers), ChartStyle::payer(P::Employers),
                                        ChartStyle::payer(P::State), ChartStyle::series(S::Vermillion),
                                        ChartStyle::series(S::Orange)};
    for (int p = 0; p < kPartCount; ++p) {
        QColor c = colours[p];
        if (m_stale)
            c = ChartStyle::blend(c, st.background, 0.3);
        m_bars[std::size_t(p)]->setPen(QPen(st.background, 1));
        m_bars[std::size_t(p)]->setBrush(c);
    }
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::Window, st.noteBackground);
    notePalette.setColor(QPalette::WindowText, st.noteText);
    m_note->setPalette(notePalette);
}

QString WhoPaysChart::csvText() const
{
    QString csv = QStringLiteral("group");
    for (const char* name : kPartCsv)
        csv += QLatin1Char(',') + QLatin1String(name);
    csv += QStringLiteral(",cross_subsidy\n");
    for (std::size_t g = 0; g < m_values.size(); ++g) {
        QString title = m_titles.at(qsizetype(g));
        title.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        csv += QLatin1Char('"') + title + QLatin1Char('"');
        for (double v : m_values[g])
            csv += QLatin1Char(',') + QString::fromStdString(core::formatCell(v));
        csv += QLatin1Char(',') + QString::fromStdString(core::formatCell(m_cross[g])) + QLatin1Char('\n');
    }
    return csv;
}

void WhoPaysChart::exportWithDialog(const QString& format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("who-pays-who-draws.%1").arg(format);
    const QString filter = format == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : format == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                            : tr("CSV files (*.csv)");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the chart"), QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = true;
    if (format == QLatin1String("png"))
        ok = m_plot->savePng(path, m_plot->width(), m_plot->height(), 2.0);
    else if (format == QLatin1String("pdf"))
        ok = m_plot->savePdf(path);
    else
        ok = writeFileSafely(path, csvText().toUtf8(), &error);
    if (!ok)
        plainWarning(this, tr("Export"),
                     error.isEmpty() ? tr("The chart could not be saved to %1.").arg(QDir::toNativeSeparators(path))
                                     : error);
}

void WhoPaysChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyTheme();
        rebuildPlot();
    }
}

} // namespace tideover::ui
