// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "funnelchart.h"

#include "chartview.h"
#include "document/safefile.h"
#include "widgets/plainmessage.h"

#include "format/coretext.h"

#include "chartchrome.h"
#include "widgets/flowlayout.h"

#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "core/io/resultformat.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace tideover::ui {

namespace {

constexpr int kStockCount = 5;  // labour_force .. insured; the rest are flows
constexpr double kBarWidth = 0.68;
constexpr int kFirstTableStage = 1;  // column 0 of the table is the year

bool isFlow(int stage) { return stage >= kStockCount; }
// Bars stand top-down in stage order within their section.
double keyOf(int stage) { return isFlow(stage) ? kStockCount - (stage - kStockCount) : kStockCount - stage; }

QString stageTitle(int stage)
{
    const auto& info = core::funnelStages()[std::size_t(stage)];
    return coretext::translatedText(info.label);
}

// With worker groups (model-spec v4) the third stage is the workers of the group shown (or
// of all the groups), not only wage employees.
QString stageTitle(int stage, const QString& group, bool groups)
{
    if (!groups || stage != int(core::FunnelStage::wage_employees))
        return stageTitle(stage);
    return group == QLatin1String("total") ? FunnelChart::tr("Workers in the groups")
                                           : FunnelChart::tr("Workers in the group");
}

}  // namespace

FunnelChart::FunnelChart(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_yearBox = new QSpinBox(this);
    m_yearBox->setObjectName(QStringLiteral("funnelYear"));
    m_yearBox->setToolTip(tr("The projection year the funnel shows"));
    m_yearBox->setAccelerated(true);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearBox);
    connect(m_yearBox, &QSpinBox::valueChanged, this, &FunnelChart::setYear);

    m_groupBox = new QComboBox(this);
    m_groupBox->setObjectName(QStringLiteral("funnelGroup"));
    m_groupBox->setToolTip(tr("The worker group whose funnel shows, or the total of the groups"));
    // A long group title must not widen the page: the box shows its first characters and
    // the list opens at full width.
    m_groupBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupBox->setMinimumContentsLength(12);
    m_groupLabel = new QLabel(tr("&Group:"), this);
    m_groupLabel->setBuddy(m_groupBox);
    connect(m_groupBox, &QComboBox::activated, this,
            [this](int index) { setGroup(m_groupBox->itemData(index).toString()); });

    m_readout = chartchrome::makeReadout(this);
    m_readout->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);

    m_exportMenu = chartchrome::makeExportMenu(this, [this](const QString& format) { exportWithDialog(format); },
                                               tr("Data, every year (CSV)…"));
    auto* exportButton = chartchrome::makeExportButton(
        this, m_exportMenu, tr("Save this chart as an image, a PDF or the funnel of every year as CSV"));

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("funnelNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 4, 8, 4);
    m_note->setAutoFillBackground(true);
    m_note->hide();

    // --- the plot: a title, then the stocks' section and the flows' section ------------------
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("funnelPlot"));
    m_plot->setMouseTracking(true);
    m_plot->setMinimumSize(320, 260);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->installEventFilter(this);
    m_plot->setNoAntialiasingOnDrag(true);
    QCPLayoutGrid* layoutGrid = m_plot->plotLayout();
    m_stockRect = m_plot->axisRect();
    layoutGrid->take(m_stockRect);
    layoutGrid->simplify();
    m_flowRect = new QCPAxisRect(m_plot);
    layoutGrid->addElement(0, 0, new QCPTextElement(m_plot, tr("Coverage funnel")));
    layoutGrid->addElement(1, 0, new QCPTextElement(m_plot, tr("Who is insured (persons)")));
    layoutGrid->addElement(2, 0, m_stockRect);
    layoutGrid->addElement(3, 0, new QCPTextElement(m_plot, tr("Who draws benefit (persons in the year)")));
    layoutGrid->addElement(4, 0, m_flowRect);
    for (int row : {0, 1, 3})
        layoutGrid->setRowStretchFactor(row, 0.001);
    auto* margins = new QCPMarginGroup(m_plot);
    for (QCPAxisRect* rect : {m_stockRect, m_flowRect}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->setupFullAxesBox(false);
        for (QCPAxis* axis : rect->axes())
            axis->setVisible(false);
        QCPAxis* stages = rect->axis(QCPAxis::atLeft);
        stages->setVisible(true);
        stages->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        stages->grid()->setVisible(false);
        stages->setSubTicks(false);
        stages->setTickLength(0, 0);
        stages->setRange(0.4, kStockCount + 0.6);
        stages->setBasePen(Qt::NoPen);
        stages->setTickPen(Qt::NoPen);
        rect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
        rect->setRangeDrag({});
        rect->setRangeZoom({});
    }
    m_stockBars = new QCPBars(m_stockRect->axis(QCPAxis::atLeft), m_stockRect->axis(QCPAxis::atBottom));
    m_flowBars = new QCPBars(m_flowRect->axis(QCPAxis::atLeft), m_flowRect->axis(QCPAxis::atBottom));
    m_lastBar = new QCPBars(m_flowRect->axis(QCPAxis::atLeft), m_flowRect->axis(QCPAxis::atBottom));
    for (QCPBars* bars : {m_stockBars, m_flowBars, m_lastBar}) {
        bars->setWidth(kBarWidth);
        bars->setSelectable(QCP::stNone);
        bars->setAntialiased(false);
    }
    for (int stage = 0; stage < core::kFunnelStageCount; ++stage) {
        QCPAxisRect* rect = isFlow(stage) ? m_flowRect : m_stockRect;
        static_cast<QCPAxisTickerText*>(rect->axis(QCPAxis::atLeft)->ticker().data())
            ->addTick(keyOf(stage), stageTitle(stage));
        auto* label = new QCPItemText(m_plot);
        label->setClipToAxisRect(false);
        label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(6, 0, 0, 0));
        m_labels.push_back(label);
    }
    connect(m_plot, &QCustomPlot::mouseMove, this, &FunnelChart::onMouseMove);
    connect(m_plot, &QCustomPlot::beforeReplot, this, &FunnelChart::fitLabels);
    connect(m_plot, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_exportMenu->popup(m_plot->mapToGlobal(pos)); });

    // --- the table: every stage of every year -------------------------------------------------
    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("funnelTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && m_funnel)
                    setYear(m_funnel->startYear + current.row());
            });

    // The year and the group wrap onto a second row rather than widen the page (a dock open,
    // projector mode's larger type); the read-out has the full width below them.
    auto* controls = new FlowLayout(nullptr, 18, 4);
    controls->addWidget(FlowLayout::group(this, {yearLabel, m_yearBox}));
    m_groupRow = FlowLayout::group(this, {m_groupLabel, m_groupBox});
    controls->addWidget(m_groupRow);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 2, 2, 0);
    top->addLayout(controls, 1);
    top->addWidget(exportButton, 0, Qt::AlignTop);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    auto* readoutRow = new QHBoxLayout;
    readoutRow->setContentsMargins(6, 0, 6, 0);
    readoutRow->addWidget(m_readout);
    layout->addLayout(readoutRow);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    applyTheme();
    if (m_document)
        connect(m_document, &ScenarioDocument::resultsChanged, this, &FunnelChart::refresh);
    refresh();
}

double FunnelChart::stageValue(int stage) const
{
    if (!m_funnel || stage < 0 || stage >= core::kFunnelStageCount || m_year == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return m_funnel->persons(m_year - m_funnel->startYear, stage);
}

double FunnelChart::stageShare(int stage) const
{
    if (stage <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double previous = stageValue(stage - 1);
    return previous > 0 ? stageValue(stage) / previous : std::numeric_limits<double>::quiet_NaN();
}

QString FunnelChart::stageLabel(int stage) const
{
    const double value = stageValue(stage);
    if (!std::isfinite(value))
        return format::undefinedMark();
    QString text = format::persons(value);
    const double share = stageShare(stage);
    if (std::isfinite(share))
        text += QStringLiteral("  ·  ") + tr("%1 of the previous").arg(format::rate(share));
    return text;
}

QString FunnelChart::briefStageLabel(int stage) const
{
    const double value = stageValue(stage);
    if (!std::isfinite(value))
        return format::undefinedMark();
    const double share = stageShare(stage);
    return std::isfinite(share) ? format::persons(value) + QStringLiteral("  ·  ") + format::rate(share)
                                : format::persons(value);
}

QString FunnelChart::noteText() const { return m_note->isHidden() ? QString() : m_note->text(); }

QString FunnelChart::readoutText() const { return m_readout->text(); }

void FunnelChart::refresh()
{
    const bool hasResult = m_document && m_document->result();
    const bool stale = hasResult && m_document->isResultStale();
    if (hasResult && !stale) {
        try {
            m_funnels = core::coverageFunnels(m_document->scenario());
        } catch (const std::exception&) {
            // The document said the scenario is valid; keep what we show rather than fail.
        }
    }
    if (!hasResult)
        m_funnels.reset();
    // The group selector: Total, then the main group and each group, while there are groups.
    {
        const QSignalBlocker blockGroups(m_groupBox);
        m_groupBox->clear();
        const bool groups = m_funnels && !m_funnels->groups.empty();
        if (groups) {
            m_groupBox->addItem(tr("Total"), QStringLiteral("total"));
            for (const core::GroupFunnel& g : m_funnels->groups) {
                const QString name = QString::fromStdString(g.name);
                QString title = QString::fromStdString(g.title);
                if (title.isEmpty())
                    title = name == QLatin1String("main") ? tr("Main group") : name;
                m_groupBox->addItem(title, name);
            }
        }
        int index = m_groupBox->findData(m_group);
        if (index < 0) {
            m_group = QStringLiteral("total");
            index = groups ? 0 : -1;
        }
        m_groupBox->setCurrentIndex(index);
        m_groupRow->setVisible(groups);
    }
    m_funnel.reset();
    if (m_funnels) {
        m_funnel = m_funnels->total;
        for (const core::GroupFunnel& g : m_funnels->groups)
            if (QString::fromStdString(g.name) == m_group)
                m_funnel = g.funnel;
    }
    m_stale = stale && m_funnel.has_value();
    {
        const int stage = int(core::FunnelStage::wage_employees);
        auto* ticker = static_cast<QCPAxisTickerText*>(m_stockRect->axis(QCPAxis::atLeft)->ticker().data());
        ticker->addTick(keyOf(stage), stageTitle(stage, m_group, m_funnels && !m_funnels->groups.empty()));
    }
    if (m_stale) {
        m_note->setText(tr("Out of date: the scenario has errors. The funnel shows the last valid scenario; "
                           "fix the marked values to update it."));
        m_note->show();
    } else {
        m_note->hide();
    }

    const QSignalBlocker blocker(m_yearBox);
    if (m_funnel) {
        const int first = m_funnel->startYear;
        const int last = first + int(m_funnel->persons.rows()) - 1;
        m_yearBox->setRange(first, last);
        m_yearBox->setEnabled(true);
        // The first year by default; keep the user's year while it is in the projection.
        m_year = m_year >= first && m_year <= last ? m_year : first;
        m_yearBox->setValue(m_year);
    } else {
        m_year = 0;
        m_yearBox->setEnabled(false);
    }
    rebuildTable();
    applyTheme();
    rebuildPlot();
}

void FunnelChart::setGroup(const QString& name)
{
    if (name == m_group)
        return;
    m_group = name;
    refresh();
}

void FunnelChart::setYear(int year)
{
    if (!m_funnel)
        return;
    const int first = m_funnel->startYear;
    year = std::clamp(year, first, first + int(m_funnel->persons.rows()) - 1);
    if (year == m_year && m_yearBox->value() == year)
        return;
    m_year = year;
    {
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->setValue(year);
    }
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(year - first);
    }
    rebuildPlot();
    emit yearChanged(year);
}

void FunnelChart::rebuildTable()
{
    m_model->clear();
    QStringList headers{tr("Year")};
    for (int stage = 0; stage < core::kFunnelStageCount; ++stage)
        headers << stageTitle(stage, m_group, m_funnels && !m_funnels->groups.empty());
    headers << tr("Unemployed") << tr("Beneficiaries (average)");
    m_model->setHorizontalHeaderLabels(headers);
    for (int c = 1; c <= core::kFunnelStageCount; ++c)
        m_model->horizontalHeaderItem(c)->setToolTip(isFlow(c - 1) ? tr("Persons in the year (a flow)")
                                                                   : tr("Persons (a stock)"));
    if (!m_funnel)
        return;
    const auto& f = *m_funnel;
    const QColor faded = palette().color(QPalette::Disabled, QPalette::Text);
    for (int y = 0; y < f.persons.rows(); ++y) {
        QList<QStandardItem*> row;
        auto cell = [&](double value, const QString& text) {
            auto* item = new QStandardItem(text);
            item->setData(value, Qt::UserRole);
            item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            if (m_stale)
                item->setForeground(faded);
            return item;
        };
        row << cell(f.startYear + y, QString::number(f.startYear + y));
        for (int c = 0; c < core::kFunnelStageCount; ++c)
            row << cell(f.persons(y, c), format::persons(f.persons(y, c)));
        row << cell(f.unemployed[y], format::persons(f.unemployed[y]));
        row << cell(f.beneficiaries[y], format::persons(f.beneficiaries[y]));
        m_model->appendRow(row);
    }
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectRow(m_year - f.startYear);
}

void FunnelChart::fitLabels()
{
    // The titles on as many lines as the width needs.
    for (int row : {0, 1, 3})
        if (auto* text = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(row, 0)))
            text->setText(chartchrome::wrapText(text->text().replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                                QFontMetrics(text->font()), m_plot->viewport().width() - 16));
    // The stages' names within a third of the chart: on a second line when the rows are tall
    // enough, else shortened (the read-out and the table give them whole).
    chartchrome::layOutNow(m_plot);
    const bool groups = m_funnels && !m_funnels->groups.empty();
    for (int stage = 0; stage < core::kFunnelStageCount; ++stage) {
        QCPAxis* names = (isFlow(stage) ? m_flowRect : m_stockRect)->axis(QCPAxis::atLeft);
        const QFontMetrics metrics(names->tickLabelFont());
        const double pitch = names->axisRect()->height() / std::max(1.0, names->range().size()); // a row per key
        static_cast<QCPAxisTickerText*>(names->ticker().data())
            ->addTick(keyOf(stage), chartchrome::fitText(stageTitle(stage, m_group, groups), metrics,
                                                         std::max(60, m_plot->viewport().width() / 3),
                                                         std::clamp(int(pitch / metrics.lineSpacing()), 1, 3)));
    }
    // The layout at the size about to be drawn (what QCustomPlot's replot does next), so the
    // axis rects' widths are those of this drawing.
    chartchrome::layOutNow(m_plot);
    for (QCPAxisRect* rect : {m_stockRect, m_flowRect}) {
        const double width = rect->width();
        if (width <= 0)
            continue;
        const auto inRect = [&](int stage) {
            return m_labels[std::size_t(stage)]->visible() && (isFlow(stage) ? m_flowRect : m_stockRect) == rect;
        };
        const auto textWidth = [](const QCPItemText* label) {
            return QFontMetrics(label->font()).horizontalAdvance(label->text()) + label->padding().left() +
                   label->padding().right() + 8;
        };
        // The whole labels while they leave the bars a quarter of the width, else the figures only
        // (the read-out and the table below say what the share is of); on the narrowest chart
        // the bars shrink to a tenth of the width before a label is cut.
        bool whole = true;
        for (int stage = 0; stage < core::kFunnelStageCount; ++stage) {
            QCPItemText* label = m_labels[std::size_t(stage)];
            if (inRect(stage)) {
                label->setText(stageLabel(stage));
                whole = whole && textWidth(label) <= width * 0.75;
            }
        }
        // A bar of value v ends at v / range * width; its label must end within the width.
        double range = 0;
        for (int stage = 0; stage < core::kFunnelStageCount; ++stage) {
            QCPItemText* label = m_labels[std::size_t(stage)];
            if (!inRect(stage))
                continue;
            if (!whole)
                label->setText(briefStageLabel(stage));
            const double value = label->position->key();
            const double room = std::max(width - textWidth(label), width * 0.1);
            range = std::max(range, value * width / room);
        }
        if (range > 0)
            rect->axis(QCPAxis::atBottom)->setRange(0, range);
    }
}

void FunnelChart::rebuildPlot()
{
    m_stockBars->data()->clear();
    m_flowBars->data()->clear();
    m_lastBar->data()->clear();
    double stockMax = 0, flowMax = 0;
    for (int stage = 0; stage < core::kFunnelStageCount; ++stage) {
        const double value = ChartView::plottableValue(stageValue(stage));
        QCPItemText* label = m_labels[std::size_t(stage)];
        label->setVisible(std::isfinite(value));
        if (!std::isfinite(value))
            continue;
        QCPBars* bars = stage == core::kFunnelStageCount - 1 ? m_lastBar : isFlow(stage) ? m_flowBars : m_stockBars;
        bars->addData(keyOf(stage), value);
        (isFlow(stage) ? flowMax : stockMax) = std::max(isFlow(stage) ? flowMax : stockMax, value);
        label->position->setCoords(value, keyOf(stage));
        label->setText(stageLabel(stage));
    }
    // Room on the right for the longest label; fitLabels() adjusts it to the chart's width.
    m_stockRect->axis(QCPAxis::atBottom)->setRange(0, stockMax > 0 ? stockMax * 1.5 : 1);
    m_flowRect->axis(QCPAxis::atBottom)->setRange(0, flowMax > 0 ? flowMax * 1.5 : 1);
    if (auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        title->setText(m_year ? tr("Coverage funnel, %1").arg(m_year) : tr("Coverage funnel"));
    if (auto* flows = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(3, 0)))
        flows->setText(m_year ? tr("Who draws benefit (persons in %1)").arg(m_year)
                              : tr("Who draws benefit (persons in the year)"));
    setHoverStage(m_hoverStage);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void FunnelChart::applyTheme()
{
    m_style = ChartStyle::fromPalette(palette());
    const ChartStyle& st = m_style;
    m_plot->setBackground(st.background);
    QFont titleFont = font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    QFont sectionFont = font();
    sectionFont.setItalic(true);
    for (int row : {0, 1, 3})
        if (auto* text = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(row, 0))) {
            text->setTextColor(row == 0 ? st.text : st.mutedText);
            text->setFont(row == 0 ? titleFont : sectionFont);
            text->setMargins(QMargins(row == 0 ? 0 : 10, row == 0 ? 6 : 4, 0, 0));
            if (row != 0)
                text->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        }
    for (QCPAxisRect* rect : {m_stockRect, m_flowRect}) {
        rect->setBackground(st.background);
        QCPAxis* axis = rect->axis(QCPAxis::atLeft);
        axis->setTickLabelColor(st.text);
        axis->setTickLabelFont(font());
    }
    auto colour = [&](ChartStyle::Series s) {
        const QColor c = ChartStyle::series(s);
        return m_stale ? ChartStyle::blend(c, st.background, 0.3) : c;
    };
    m_stockBars->setPen(Qt::NoPen);
    m_stockBars->setBrush(colour(ChartStyle::Series::SkyBlue));
    m_flowBars->setPen(Qt::NoPen);
    m_flowBars->setBrush(colour(ChartStyle::Series::Orange));
    m_lastBar->setPen(Qt::NoPen);
    m_lastBar->setBrush(colour(ChartStyle::Series::BluishGreen));
    for (QCPItemText* label : m_labels) {
        label->setColor(m_stale ? st.mutedText : st.text);
        label->setFont(font());
    }
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::Window, st.noteBackground);
    notePalette.setColor(QPalette::WindowText, st.noteText);
    m_note->setPalette(notePalette);
}

void FunnelChart::setHoverStage(std::optional<int> stage)
{
    m_hoverStage = stage;
    if (!m_funnel || m_year == 0) {
        m_readout->setText(m_document && !m_document->result() ? tr("No valid scenario yet.") : QString());
        return;
    }
    if (!stage) {
        const double lf = stageValue(0);
        const double last = stageValue(core::kFunnelStageCount - 1);
        const int y = m_year - m_funnel->startYear;
        const double unemployed = m_funnel->unemployed[y];
        const double beneficiaries = m_funnel->beneficiaries[y];
        // Stocks are compared with stocks (the insured with the labour force, the average number
        // on benefit with the unemployed); the year's new beneficiaries are a flow, said apart.
        m_readout->setText(
            tr("In %1, %2 of a labour force of %3 are insured, and on average %4 of the %5 unemployed draw benefit "
               "(%6, the effective coverage). Over the year, %7 insured job losers become new beneficiaries. "
               "<i>Point at a bar for its stage.</i>")
                .arg(m_year)
                .arg(format::persons(stageValue(int(core::FunnelStage::insured))), format::persons(lf),
                     format::persons(beneficiaries), format::persons(unemployed),
                     format::rate(unemployed > 0 ? beneficiaries / unemployed : 0.0), format::persons(last)));
        return;
    }
    const int s = *stage;
    const bool groups = m_funnels && !m_funnels->groups.empty();
    QString text = QStringLiteral("<b>%1</b>: %2 %3").arg(stageTitle(s, m_group, groups).toHtmlEscaped(), format::persons(stageValue(s)),
                                                         isFlow(s) ? tr("persons in %1").arg(m_year) : tr("persons"));
    if (s > 0 && std::isfinite(stageShare(s)))
        text += tr(", %1 of %2").arg(format::rate(stageShare(s)), stageTitle(s - 1, m_group, groups).toLower().toHtmlEscaped());
    if (s > 0 && std::isfinite(stageValue(0)) && stageValue(0) > 0 && !isFlow(s))
        text += tr(" (%1 of the labour force)").arg(format::rate(stageValue(s) / stageValue(0)));
    m_readout->setText(text);
}

void FunnelChart::onMouseMove(QMouseEvent* event)
{
    std::optional<int> stage;
    const QPointF pos = event->position();
    for (QCPAxisRect* rect : {m_stockRect, m_flowRect}) {
        if (!rect->rect().contains(pos.toPoint()) && !(pos.x() < rect->left() && pos.y() >= rect->top() &&
                                                        pos.y() <= rect->bottom()))
            continue;
        const double key = rect->axis(QCPAxis::atLeft)->pixelToCoord(pos.y());
        const int k = int(std::lround(key));
        if (k < 1 || k > kStockCount || std::abs(key - k) > kBarWidth / 2)
            continue;
        stage = rect == m_stockRect ? kStockCount - k : kStockCount + (kStockCount - k);
    }
    if (stage != m_hoverStage)
        setHoverStage(stage);
}

bool FunnelChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        setHoverStage(std::nullopt);
    return QWidget::eventFilter(watched, event);
}

void FunnelChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyTheme();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QString FunnelChart::csvText() const
{
    QString text = QStringLiteral("year");
    for (const auto& stage : core::funnelStages())
        text += QLatin1Char(',') + QString::fromUtf8(stage.key.data(), qsizetype(stage.key.size()));
    text += QStringLiteral(",unemployed,beneficiaries\n");
    if (!m_funnel)
        return text;
    const auto& f = *m_funnel;
    auto cell = [](double x) { return QString::fromStdString(core::formatCell(x)); };
    for (int y = 0; y < f.persons.rows(); ++y) {
        text += QString::number(f.startYear + y);
        for (int c = 0; c < core::kFunnelStageCount; ++c)
            text += QLatin1Char(',') + cell(f.persons(y, c));
        text += QLatin1Char(',') + cell(f.unemployed[y]) + QLatin1Char(',') + cell(f.beneficiaries[y]) +
                QLatin1Char('\n');
    }
    return text;
}

bool FunnelChart::exportCsv(const QString& path, QString* error) const
{
    return writeFileSafely(path, csvText().toUtf8(), error);
}

bool FunnelChart::exportPng(const QString& path, QString* error, const QSize& size)
{
    const QSize s = size.isValid() ? size : m_plot->size();
    if (!m_plot->savePng(path, s.width(), s.height(), 2.0)) {
        if (error)
            *error = tr("Could not write the image %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool FunnelChart::exportPdf(const QString& path, QString* error, const QSize& size)
{
    const QSize s = size.isValid() ? size : m_plot->size();
    if (!m_plot->savePdf(path, s.width(), s.height(), QCP::epNoCosmetic, QStringLiteral("Tideover"),
                         tr("Coverage funnel, %1").arg(m_year))) {
        if (error)
            *error = tr("Could not write the PDF %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void FunnelChart::exportWithDialog(const QString& what)
{
    if (m_stale && QMessageBox::question(this, tr("Export"),
                                         tr("The scenario has errors, so the funnel is out of date. Export it anyway?")) !=
                       QMessageBox::Yes)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = what == QLatin1String("csv") ? QStringLiteral("coverage-funnel.csv")
                                                      : QStringLiteral("coverage-funnel-%1.%2").arg(m_year).arg(what);
    const QString filter = what == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : what == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                          : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the coverage funnel"),
                                                      QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = what == QLatin1String("png")   ? exportPng(path, &error)
                    : what == QLatin1String("pdf") ? exportPdf(path, &error)
                                                   : exportCsv(path, &error);
    if (!ok)
        plainWarning(this, tr("Export"), error);
}

}  // namespace tideover::ui
