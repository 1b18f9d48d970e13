// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "tornadochart.h"

#include "charts/chartview.h"
#include "document/safefile.h"
#include "widgets/plainmessage.h"

#include "charts/chartchrome.h"
#include "charts/valueaxisticker.h"
#include "format/coretext.h"
#include "format/displayformat.h"
#include "core/io/analysisformat.h"
#include "core/model/parameters.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

namespace tideover::ui {

namespace {

constexpr double kBarWidth = 0.62;

// A parameter's value as a planner reads it, shortened when a series is long.
QString parameterValue(const std::string& key, const core::ParamValue& value, const QString& currency)
{
    const core::ParameterInfo* p = core::findParameter(key);
    if (!p)
        return QString::fromStdString(core::formatValue(value));
    QString text = format::displayValue(*p, value, currency);
    if (text.size() > 32)
        text = text.left(30) + QStringLiteral("…");
    return text;
}

} // namespace

TornadoChart::TornadoChart(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("tornadoPlot"));
    m_plot->setMouseTracking(true);
    m_plot->setMinimumSize(320, 240);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->installEventFilter(this);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, tr("Sensitivity")));
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setColumnSpacing(18);
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendRow);
    legendRow->setMargins(QMargins(8, 0, 8, 6));
    legendRow->addElement(0, 0, new QCPLayoutElement(m_plot));
    legendRow->addElement(0, 1, m_plot->legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(m_plot));
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);

    // Bars lie along the x axis (the measure) from rows on the y axis (the keys).
    m_low = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    m_high = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    m_low->setName(tr("Assumption lowered"));
    m_high->setName(tr("Assumption raised"));
    for (QCPBars* bars : {m_low, m_high}) {
        bars->setWidth(kBarWidth);
        bars->setSelectable(QCP::stNone);
        bars->setAntialiased(false);
    }
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->setTickLength(0, 0);
    m_plot->xAxis->setTicker(QSharedPointer<ValueAxisTicker>::create());

    m_baseLine = new QCPItemStraightLine(m_plot);
    m_baseLabel = new QCPItemText(m_plot);
    m_baseLabel->setClipToAxisRect(false);
    m_baseLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_baseLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_baseLabel->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
    m_baseLabel->setPadding(QMargins(4, 0, 4, 2));
    m_hoverRect = new QCPItemRect(m_plot);
    m_hoverRect->setLayer(QStringLiteral("background"));
    m_hoverRect->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_hoverRect->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_hoverRect->setVisible(false);
    m_note = new QCPItemText(m_plot);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.5);
    m_note->setPadding(QMargins(10, 5, 10, 5));
    m_note->setVisible(false);

    connect(m_plot, &QCustomPlot::mouseMove, this, &TornadoChart::onMouseMove);
    connect(m_plot, &QCustomPlot::beforeReplot, this, &TornadoChart::fitLabels);
    connect(m_plot, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_exportMenu->popup(m_plot->mapToGlobal(pos)); });

    m_readout = chartchrome::makeReadout(this);
    m_readout->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    m_exportMenu = chartchrome::makeExportMenu(this, [this](const QString& format) { exportWithDialog(format); },
                                               tr("Data (CSV)…"));
    auto* exportButton =
        chartchrome::makeExportButton(this, m_exportMenu, tr("Save this chart as an image, a PDF or its data as CSV"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 2, 2, 0);
    top->addWidget(m_readout, 1);
    top->addWidget(exportButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);

    applyTheme();
    clear({});
}

double TornadoChart::shown(double measure) const
{
    if (std::isnan(measure) && m_result && m_result->measure == core::SensitivityMeasure::depletion_year)
        return m_neverYear;
    return measure;
}

QString TornadoChart::valueText(double measure) const
{
    if (m_result && m_result->measure == core::SensitivityMeasure::depletion_year)
        return std::isnan(measure) ? tr("never") : QString::number(std::llround(measure));
    if (!std::isfinite(measure))
        return m_result && m_result->measure == core::SensitivityMeasure::break_even_rate
                   ? tr("none")
                   : format::undefinedMark();
    if (m_unit == ResultUnit::Percent)
        return format::rate(measure);
    return ResultsTableModel::formatValue(m_unit, measure, m_currency, true);
}

QString TornadoChart::noEffectReason(const core::SensitivityRow& row) const
{
    if (!m_result || !std::isfinite(m_result->measureBase))
        return {};
    const auto same = [&](double v) { return std::isnan(v) || v == m_result->measureBase; };
    if (!same(row.measureLow) || !same(row.measureHigh))
        return {};
    if (row.low == row.base && row.high == row.base)
        return tr("not varied: a change by a share of itself leaves this value as it is");
    return tr("no effect on this measure");
}

double TornadoChart::spread(int row) const
{
    if (!m_result || row < 0 || row >= int(m_result->rows.size()))
        return 0;
    const auto& r = m_result->rows[std::size_t(row)];
    const double base = shown(m_result->measureBase);
    double lo = shown(r.measureLow);
    double hi = shown(r.measureHigh);
    if (!std::isfinite(lo))
        lo = base;
    if (!std::isfinite(hi))
        hi = base;
    const double s = std::abs(hi - lo);
    return std::isfinite(s) ? std::max(s, std::max(std::abs(hi - base), std::abs(lo - base))) : 0.0;
}

QString TornadoChart::noteText() const
{
    return m_note->visible() ? m_note->text() : QString();
}

void TornadoChart::setResult(const core::SensitivityResult& result, const QString& title,
                             const QString& measureTitle, ResultUnit unit, const QString& currency,
                             int neverYear, bool stale)
{
    m_result = result;
    m_title = title;
    m_measureTitle = measureTitle;
    m_unit = unit;
    m_currency = currency;
    m_neverYear = neverYear;
    m_stale = stale;
    m_noteText.clear();
    m_order.resize(result.rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    // Largest spread on top; ties keep the parameter table's order.
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) { return spread(a) > spread(b); });
    if (stale)
        m_noteText = tr("Results are out of date: fix the marked value");
    rebuild();
}

void TornadoChart::clear(const QString& note)
{
    m_result.reset();
    m_order.clear();
    m_noteText = note;
    m_stale = false;
    rebuild();
}

void TornadoChart::rebuild()
{
    for (QCPItemText* label : m_valueLabels)
        m_plot->removeItem(label);
    m_valueLabels.clear();
    m_hoverRow.reset();
    m_hoverRect->setVisible(false);
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis->ticker());
    ticker->clear();
    m_rowNames.clear();
    QVector<double> lowKeys, lowValues, highKeys, highValues;
    const int n = int(m_order.size());
    const double base = m_result ? shown(m_result->measureBase) : std::nan("");
    double lo = std::isfinite(base) ? base : 0.0;
    double hi = lo;
    bool anyEffect = false;
    if (auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        title->setText(m_result ? m_title : tr("Sensitivity"));
    for (int i = 0; i < n; ++i) {
        const auto& row = m_result->rows[std::size_t(m_order[std::size_t(i)])];
        const double key = n - i; // the first row on top
        m_rowNames.push_back(coretext::translatedText(row.label)); // fitLabels() wraps them to the width
        ticker->addTick(key, m_rowNames.back());
        const double vl = ChartView::plottableValue(shown(row.measureLow));
        const double vh = ChartView::plottableValue(shown(row.measureHigh));
        // QCPBars draws a bar from its base value to base + value: the data are the effects.
        if (std::isfinite(vl) && std::isfinite(base)) {
            lowKeys << key;
            lowValues << vl - base;
            lo = std::min(lo, vl);
            hi = std::max(hi, vl);
        }
        if (std::isfinite(vh) && std::isfinite(base)) {
            highKeys << key;
            highValues << vh - base;
            lo = std::min(lo, vh);
            hi = std::max(hi, vh);
        }
        anyEffect = anyEffect || spread(m_order[std::size_t(i)]) > 0;
        if (!std::isfinite(base))
            continue;
        // A row without effect still says so, beside the base line: either the change left the
        // value as it was (a relative change of 0 is 0), or the measure does not depend on it.
        const bool lowSame = !std::isfinite(vl) || vl == base;
        const bool highSame = !std::isfinite(vh) || vh == base;
        if (lowSame && highSame && (std::isfinite(vl) || std::isfinite(vh))) {
            auto* label = new QCPItemText(m_plot);
            label->setObjectName(QStringLiteral("noEffect"));
            label->position->setCoords(base, key);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->setPadding(QMargins(6, 0, 4, 0));
            label->setText(row.low == row.base && row.high == row.base ? tr("not varied") : tr("no effect"));
            label->setColor(m_style.mutedText);
            QFont italic = font();
            italic.setItalic(true);
            label->setFont(italic);
            m_valueLabels.push_back(label);
        }
        // The value at each bar's outer end, so the chart reads without pointing.
        for (double v : {vl, vh}) {
            if (!std::isfinite(v) || v == base)
                continue;
            auto* label = new QCPItemText(m_plot);
            label->position->setCoords(v, key);
            label->setPositionAlignment((v < base ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            label->setPadding(QMargins(4, 0, 4, 0));
            label->setText(
                valueText(v == m_neverYear && m_result->measure == core::SensitivityMeasure::depletion_year
                              ? std::nan("")
                              : v));
            label->setColor(m_style.mutedText);
            label->setFont(font());
            m_valueLabels.push_back(label);
        }
    }
    // Keys run from n down to 1: not sorted, so QCustomPlot must sort them.
    m_low->setData(lowKeys, lowValues);
    m_high->setData(highKeys, highValues);
    m_low->setBaseValue(std::isfinite(base) ? base : 0.0);
    m_high->setBaseValue(std::isfinite(base) ? base : 0.0);
    m_low->setVisible(n > 0);
    m_high->setVisible(n > 0);
    m_baseLine->setVisible(n > 0 && std::isfinite(base));
    m_baseLabel->setVisible(n > 0 && std::isfinite(base));
    if (std::isfinite(base)) {
        m_baseLine->point1->setCoords(base, 0);
        m_baseLine->point2->setCoords(base, 1);
        m_baseLabel->position->setCoords(base, 0);
        m_baseLabel->setText(tr("Base: %1").arg(valueText(m_result->measureBase)));
    }

    // Room at both ends for the value labels (fitLabels() sizes it to the chart's width).
    const double span = hi - lo > 0 ? hi - lo : (std::abs(hi) > 0 ? std::abs(hi) * 0.1 : 1.0);
    m_dataLo = hi - lo > 0 ? lo : lo - span / 2;
    m_dataHi = hi - lo > 0 ? hi : hi + span / 2;
    m_plot->xAxis->setRange(lo - 0.22 * span, hi + 0.22 * span);
    m_plot->yAxis->setRange(0.4, n + 0.6);
    auto valueTicker = qSharedPointerCast<ValueAxisTicker>(m_plot->xAxis->ticker());
    valueTicker->setLocale(locale());
    double factor = 1;
    QString unitText;
    switch (m_unit) {
    case ResultUnit::Percent:
        factor = 100;
        unitText = QStringLiteral("%");
        break;
    case ResultUnit::Years:
        unitText = tr("years");
        break;
    default:
        break;
    }
    valueTicker->setFactor(factor);
    m_plot->xAxis->setNumberFormat(QStringLiteral("g"));
    m_plot->xAxis->setLabel(
        m_result
            ? (unitText.isEmpty() ? m_measureTitle : QStringLiteral("%1 (%2)").arg(m_measureTitle, unitText))
            : QString());

    if (m_noteText.isEmpty() && m_result && n > 0 && !anyEffect)
        m_noteText =
            m_result->measure == core::SensitivityMeasure::depletion_year && std::isnan(m_result->measureBase)
                ? tr("The reserve is not depleted within the horizon, whichever assumption is changed")
                : tr("No assumption changes this measure");
    m_note->setText(m_noteText);
    m_note->setVisible(!m_noteText.isEmpty());
    m_note->position->setCoords(0.5, m_stale ? 0.04 : 0.5);
    m_note->setPositionAlignment(Qt::AlignHCenter | (m_stale ? Qt::AlignTop : Qt::AlignVCenter));
    applyTheme();
    setHoverRow(std::nullopt);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TornadoChart::applyTheme()
{
    m_style = ChartStyle::fromPalette(palette());
    const ChartStyle& st = m_style;
    m_plot->setBackground(st.background);
    m_plot->axisRect()->setBackground(st.background);
    chartchrome::themeTitle(m_plot, st, font(), 1.15);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        chartchrome::themeAxis(axis, st, font());
        axis->grid()->setPen(QPen(st.grid, 1));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    m_plot->legend->setTextColor(st.text);
    m_plot->legend->setFont(font());
    m_plot->legend->setIconBorderPen(Qt::NoPen);
    auto colour = [&](ChartStyle::Series s) {
        const QColor c = ChartStyle::series(s);
        return m_stale ? ChartStyle::blend(c, st.background, 0.3) : c;
    };
    m_low->setPen(Qt::NoPen);
    m_low->setBrush(colour(ChartStyle::Series::Blue));
    m_high->setPen(Qt::NoPen);
    m_high->setBrush(colour(ChartStyle::Series::Orange));
    m_baseLine->setPen(QPen(st.text, 1.2));
    m_baseLabel->setColor(st.text);
    m_hoverRect->setPen(Qt::NoPen);
    m_hoverRect->setBrush(st.subGrid);
    m_note->setColor(st.noteText);
    m_note->setBrush(st.noteBackground);
    m_note->setPen(QPen(ChartStyle::blend(st.noteText, st.noteBackground, 0.4), 1));
    for (QCPItemText* label : m_valueLabels) {
        label->setColor(st.mutedText);
        QFont type = font();
        type.setItalic(label->objectName() == QLatin1String("noEffect"));
        label->setFont(type);
    }
}

void TornadoChart::setHoverRow(std::optional<int> position)
{
    if (position && (*position < 0 || *position >= int(m_order.size())))
        position.reset();
    m_hoverRow = position;
    if (!position || !m_result) {
        m_hoverRect->setVisible(false);
        m_readoutPlain.clear();
        m_readout->setText(
            QStringLiteral("<span style='color:%1'>%2</span>")
                .arg(m_style.mutedText.name(),
                     tr("Point at a bar to read the values used and their effect.").toHtmlEscaped()));
    } else {
        const int n = int(m_order.size());
        const double key = n - *position;
        m_hoverRect->topLeft->setCoords(0, key + 0.5);
        m_hoverRect->bottomRight->setCoords(1, key - 0.5);
        m_hoverRect->setVisible(true);
        const auto& row = m_result->rows[std::size_t(m_order[std::size_t(*position)])];
        const QString low = parameterValue(row.key, row.low, m_currency);
        const QString base = parameterValue(row.key, row.base, m_currency);
        const QString high = parameterValue(row.key, row.high, m_currency);
        m_readoutPlain = tr("%1: lowered to %2: %3; as given, %4: %5; raised to %6: %7")
                             .arg(coretext::translatedText(row.label), low, valueText(row.measureLow), base,
                                  valueText(m_result->measureBase), high, valueText(row.measureHigh));
        const QString why = noEffectReason(row);
        if (!why.isEmpty())
            m_readoutPlain += QStringLiteral(" (%1)").arg(why);
        if (!row.note.empty())
            m_readoutPlain += QStringLiteral(" (%1)").arg(QString::fromStdString(row.note));
        const auto swatch = [](ChartStyle::Series s) {
            return QStringLiteral("<span style='color:%1'>&#9632;</span>").arg(ChartStyle::series(s).name());
        };
        m_readout->setText(
            tr("<b>%1</b> &nbsp; %2&nbsp;lowered to %3: <b>%4</b> &nbsp; as given, %5: <b>%6</b> &nbsp; "
               "%7&nbsp;raised to %8: <b>%9</b>")
                .arg(coretext::translatedText(row.label).toHtmlEscaped(), swatch(ChartStyle::Series::Blue),
                     low.toHtmlEscaped(), valueText(row.measureLow).toHtmlEscaped(), base.toHtmlEscaped(),
                     valueText(m_result->measureBase).toHtmlEscaped(), swatch(ChartStyle::Series::Orange),
                     high.toHtmlEscaped(), valueText(row.measureHigh).toHtmlEscaped()) +
            (why.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(why.toHtmlEscaped())) +
            (row.note.empty()
                 ? QString()
                 : QStringLiteral(" <i>(%1)</i>").arg(QString::fromStdString(row.note).toHtmlEscaped())));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TornadoChart::onMouseMove(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_order.empty() || !m_plot->axisRect()->outerRect().contains(pos.toPoint())) {
        setHoverRow(std::nullopt);
        return;
    }
    const int n = int(m_order.size());
    const int key = int(std::lround(m_plot->yAxis->pixelToCoord(pos.y())));
    const std::optional<int> row = key >= 1 && key <= n ? std::optional<int>(n - key) : std::nullopt;
    if (row != m_hoverRow)
        setHoverRow(row);
}

void TornadoChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyTheme();
        setHoverRow(m_hoverRow);
    }
}

bool TornadoChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        setHoverRow(std::nullopt);
    return QWidget::eventFilter(watched, event);
}

bool TornadoChart::exportPng(const QString& path, QString* error, const QSize& size)
{
    const QSize s = size.isValid() ? size : (m_plot->width() >= 200 ? m_plot->size() : QSize(1200, 700));
    const std::optional<int> hover = m_hoverRow;
    setHoverRow(std::nullopt);
    const bool ok = m_plot->savePng(path, s.width(), s.height());
    setHoverRow(hover);
    if (!ok && error)
        *error = tr("Could not write the image %1. Check that the folder exists and you may write to it.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}

bool TornadoChart::exportPdf(const QString& path, QString* error, const QSize& size)
{
    const QSize s = size.isValid() ? size : (m_plot->width() >= 200 ? m_plot->size() : QSize(1200, 700));
    const std::optional<int> hover = m_hoverRow;
    setHoverRow(std::nullopt);
    const bool ok = m_plot->savePdf(path, s.width(), s.height(), QCP::epAllowCosmetic,
                                    QStringLiteral("Tideover"), tr("Sensitivity"));
    setHoverRow(hover);
    const bool written = ok && QFileInfo(path).size() > 0;
    if (!written && error)
        *error = tr("Could not write the PDF %1. Check that the folder exists and you may write to it.")
                     .arg(QDir::toNativeSeparators(path));
    return written;
}

bool TornadoChart::exportCsv(const QString& path, QString* error) const
{
    if (!m_result) {
        if (error)
            *error = tr("There is nothing to export yet.");
        return false;
    }
    std::ostringstream out;
    core::writeSensitivityCsv(out, *m_result);
    return writeFileSafely(path, QByteArray::fromStdString(out.str()), error);
}

void TornadoChart::exportWithDialog(const QString& what)
{
    const QString caption =
        what == QLatin1String("csv") ? tr("Export sensitivity data as CSV") : tr("Export sensitivity chart");
    const QString filter = what == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : what == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                          : tr("CSV files (*.csv)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        QFileDialog::getSaveFileName(this, caption, QDir(dir).filePath(tr("Sensitivity.") + what), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + what;
    QString error;
    const bool ok = what == QLatin1String("png")   ? exportPng(path, &error)
                    : what == QLatin1String("pdf") ? exportPdf(path, &error)
                                                   : exportCsv(path, &error);
    if (!ok)
        plainWarning(this, caption, error);
}

void TornadoChart::fitLabels()
{
    const int chartWidth = m_plot->viewport().width();
    // The title on as many lines as the width needs ("Reserve ratio at the end of 2055: each
    // assumption lowered and raised by 10 %" is long in every language).
    if (auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        title->setText(chartchrome::wrapText(m_result ? m_title : tr("Sensitivity"), QFontMetrics(title->font()),
                                             chartWidth - 16));
    // The rows' names within a third of the chart: on a second line when the rows are tall
    // enough, else shortened (the read-out and the table give them whole).
    const int n = int(m_rowNames.size());
    if (n > 0) {
        chartchrome::layOutNow(m_plot);
        const QFontMetrics nameMetrics(m_plot->yAxis->tickLabelFont());
        const double pitch = m_plot->axisRect()->height() / (n + 0.2);
        const int lines = std::clamp(int(pitch / nameMetrics.lineSpacing()), 1, 3);
        auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis->ticker());
        for (int i = 0; i < n; ++i)
            ticker->addTick(n - i, chartchrome::fitText(m_rowNames[std::size_t(i)], nameMetrics,
                                                        std::max(60, chartWidth / 3), lines));
    }
    chartchrome::wrapLegend(m_plot->legend, chartWidth - 40, font());
    if (m_valueLabels.empty() || !(m_dataHi > m_dataLo))
        return;
    // The layout at the size about to be drawn, as QCustomPlot's replot does next.
    chartchrome::layOutNow(m_plot);
    const double width = m_plot->axisRect()->width();
    if (width <= 0)
        return;
    // Pixels of room left of the data and right of it; the bars' scale (pixels per unit)
    // depends on them, so a few rounds settle them.
    const double span = m_dataHi - m_dataLo;
    double left = 0, right = 0;
    const auto makeRoom = [&] {
        left = right = 0;
        for (int round = 0; round < 4; ++round) {
            const double scale = std::max(width - left - right, width * 0.15) / span;
            double needLeft = 8, needRight = 8;
            for (const QCPItemText* label : m_valueLabels) {
                if (!label->visible())
                    continue;
                const double textWidth = QFontMetrics(label->font()).horizontalAdvance(label->text()) +
                                         label->padding().left() + label->padding().right() + 4;
                const double v = label->position->key();
                if (label->positionAlignment() & Qt::AlignRight)
                    needLeft = std::max(needLeft, textWidth - (v - m_dataLo) * scale);
                else
                    needRight = std::max(needRight, textWidth - (m_dataHi - v) * scale);
            }
            left = needLeft;
            right = needRight;
        }
    };
    for (QCPItemText* label : m_valueLabels)
        label->setVisible(true);
    makeRoom();
    if (width - left - right < width * 0.3) {
        // Too narrow for the figures beside the bars (a dock open, large type): the bars alone,
        // their values on pointing. A row without a bar still says why.
        for (QCPItemText* label : m_valueLabels)
            label->setVisible(label->objectName() == QLatin1String("noEffect"));
        makeRoom();
    }
    const double scale = std::max(width - left - right, width * 0.15) / span;
    m_plot->xAxis->setRange(m_dataLo - left / scale, m_dataHi + right / scale);
}

} // namespace tideover::ui
