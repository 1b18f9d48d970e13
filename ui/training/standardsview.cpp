// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "standardsview.h"

#include "format/coretext.h"

#include "charts/chartstyle.h"
#include "document/scenariodocument.h"

#include "core/model/validation.h"
#include "core/training/standards.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tideover::ui {

namespace {

// Okabe-Ito colours: distinguishable for the common forms of colour blindness, and each status
// has its own shape too (a tick, a cross, a dash), so colour is never the only sign.
QColor statusColour(core::StandardStatus status)
{
    switch (status) {
    case core::StandardStatus::Pass: return ChartStyle::series(ChartStyle::Series::BluishGreen);
    case core::StandardStatus::Fail: return ChartStyle::series(ChartStyle::Series::Vermillion);
    case core::StandardStatus::NotAssessed: break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

}  // namespace

StandardsView::StandardsView(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("standardsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setContentsMargins(6, 6, 6, 4);

    auto* source = new QLabel(tr("ILO Social Security (Minimum Standards) Convention, 1952 (No. 102), Part IV, and "
                                 "Employment Promotion and Protection against Unemployment Convention, 1988 "
                                 "(No. 168). The check compares the scheme's parameters, not its projected "
                                 "figures, with the minima the conventions set."),
                              this);
    source->setWordWrap(true);
    source->setContentsMargins(6, 0, 6, 4);
    QPalette muted = source->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    source->setPalette(muted);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Convention"), tr("Article"), tr("Topic"), tr("Status"), tr("Explanation")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("standardsTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setIconSize(QSize(16, 16));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExplanationColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(source);
    layout->addWidget(m_table, 1);

    if (m_document)
        connect(m_document, &ScenarioDocument::scenarioChanged, this, &StandardsView::refresh);
    refresh();
}

QString StandardsView::statusText(core::StandardStatus status)
{
    switch (status) {
    case core::StandardStatus::Pass: return tr("Meets");
    case core::StandardStatus::Fail: return tr("Falls short");
    case core::StandardStatus::NotAssessed: break;
    }
    return tr("Not assessed");
}

QIcon StandardsView::statusIcon(core::StandardStatus status) const
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(statusColour(status));
    p.drawEllipse(QRectF(0.5, 0.5, 15, 15));
    p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (status) {
    case core::StandardStatus::Pass: {
        QPainterPath tick;
        tick.moveTo(4.5, 8.5);
        tick.lineTo(7, 11);
        tick.lineTo(11.5, 5.5);
        p.drawPath(tick);
        break;
    }
    case core::StandardStatus::Fail:
        p.drawLine(QPointF(5, 5), QPointF(11, 11));
        p.drawLine(QPointF(11, 5), QPointF(5, 11));
        break;
    case core::StandardStatus::NotAssessed: p.drawLine(QPointF(4.5, 8), QPointF(11.5, 8)); break;
    }
    return QIcon(pixmap);
}

int StandardsView::passCount() const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(),
                             [](const auto& f) { return f.status == core::StandardStatus::Pass; }));
}

int StandardsView::failCount() const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(),
                             [](const auto& f) { return f.status == core::StandardStatus::Fail; }));
}

QString StandardsView::summaryText() const
{
    const int total = int(m_findings.size());
    const int notAssessed = total - passCount() - failCount();
    QString text = tr("Meets %1 of %2 minimum standards").arg(passCount()).arg(total);
    if (notAssessed > 0)
        text += tr(" (%n not assessed)", nullptr, notAssessed);
    QStringList shortfalls;
    for (const auto& f : m_findings)
        if (f.status == core::StandardStatus::Fail)
            shortfalls << QStringLiteral("%1 %2 (%3)").arg(QString::fromStdString(f.standard),
                                                          QString::fromStdString(f.article),
                                                          coretext::translatedStandardTopic(f));
    if (shortfalls.isEmpty())
        text += tr("; no shortfalls.");
    else
        text += tr("; falls short on %1.").arg(shortfalls.join(QStringLiteral(", ")));
    return text;
}

void StandardsView::refresh()
{
    // No analysis runs on an invalid scenario (a file's out-of-range value must not reach the
    // check): the view says why it is empty instead.
    if (m_document && core::hasErrors(m_document->problems())) {
        m_findings.clear();
        m_model->setRowCount(0);
        m_summary->setText(tr("The scenario has errors: fix the marked values to check it against the standards.")
                               .toHtmlEscaped());
        return;
    }
    m_findings = m_document ? core::checkStandards(m_document->scenario()) : std::vector<core::StandardFinding>{};
    m_model->setRowCount(0);
    for (const auto& f : m_findings) {
        QList<QStandardItem*> row;
        row << new QStandardItem(QString::fromStdString(f.standard));
        row << new QStandardItem(QString::fromStdString(f.article));
        row << new QStandardItem(coretext::translatedStandardTopic(f));
        auto* status = new QStandardItem(statusIcon(f.status), statusText(f.status));
        status->setData(QString::fromUtf8(core::standardStatusName(f.status).data(),
                                          qsizetype(core::standardStatusName(f.status).size())),
                        Qt::UserRole);
        if (f.status == core::StandardStatus::Fail) {
            QFont bold = font();
            bold.setBold(true);
            status->setFont(bold);
        }
        row << status;
        auto* explanation = new QStandardItem(coretext::translatedStandardExplanation(f));
        explanation->setToolTip(explanation->text());
        row << explanation;
        for (QStandardItem* item : row)
            item->setData(int(Qt::AlignLeft | Qt::AlignVCenter), Qt::TextAlignmentRole);
        m_model->appendRow(row);
    }

    const QString colour = statusColour(failCount() > 0 ? core::StandardStatus::Fail : core::StandardStatus::Pass).name();
    // The count in bold, the shortfalls after it in normal weight.
    const QString summary = summaryText();
    const qsizetype cut = summary.indexOf(QLatin1Char(';'));
    m_summary->setText(QStringLiteral("<span style=\"color:%1; font-size:large\">%2</span> <b>%3</b>%4")
                           .arg(colour, failCount() > 0 ? QStringLiteral("&#x2717;") : QStringLiteral("&#x2713;"),
                                summary.left(cut).toHtmlEscaped(), cut < 0 ? QString() : summary.mid(cut).toHtmlEscaped()));
    m_table->resizeRowsToContents();
}

void StandardsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
}

void StandardsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The explanation column's width changed, so its wrapped text needs other row heights.
    QTimer::singleShot(0, m_table, [table = m_table] { table->resizeRowsToContents(); });
}

}  // namespace tideover::ui
