// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "headlinebar.h"

#include "charts/chartstyle.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "widgets/flowlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace tideover::ui {

HeadlineBar::HeadlineBar(ScenarioDocument* document, QWidget* parent) : QFrame(parent), m_document(document)
{
    setObjectName(QStringLiteral("headlineBar"));
    setFrameShape(QFrame::StyledPanel);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 12, 8);
    row->setSpacing(24);
    m_horizonRatio = addFigure(QStringLiteral("horizonRatio"), tr("Reserve ratio at horizon"),
                               tr("Reserve at the end of the last projected year, in years of that year's expenditure."));
    m_lowestRatio = addFigure(QStringLiteral("lowestRatio"), tr("Lowest reserve ratio"),
                              tr("The smallest year-end reserve ratio over the horizon, and its year."));
    m_depletion = addFigure(QStringLiteral("depletion"), tr("Reserve depleted"),
                            tr("The first year in which the reserve falls below zero at the end of some month."));
    m_breakEven = addFigure(QStringLiteral("breakEven"), tr("Break-even contribution rate"),
                            tr("The flat total contribution rate (% of insured wages) at which the reserve at the "
                               "horizon equals the target reserve ratio times the last year's expenditure."));
    m_coverage = addFigure(QStringLiteral("coverage"), tr("Effective coverage"),
                           tr("Beneficiaries as a share of the unemployed, in the first and the last projected year."));
    // The figures wrap onto a second row rather than widen the window: in a longer language,
    // or in projector mode's larger type on a 1280-pixel screen.
    auto* figures = new QWidget(this);
    figures->setObjectName(QStringLiteral("headlineFigures"));
    auto* flow = new FlowLayout(figures, 24, 4);
    flow->setContentsMargins(0, 0, 0, 0);
    for (auto* f : {&m_horizonRatio, &m_lowestRatio, &m_depletion, &m_breakEven, &m_coverage}) {
        auto* figure = new QWidget(figures);
        auto* box = new QVBoxLayout(figure);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(0);
        box->addWidget(f->value);
        box->addWidget(f->caption);
        flow->addWidget(figure);
    }
    row->addWidget(figures, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("headlineStatus"));
    m_status->setWordWrap(true);
    m_status->setMaximumWidth(320);
    row->addWidget(m_status);
    connect(m_document, &ScenarioDocument::resultsChanged, this, &HeadlineBar::refresh);
    refresh();
}

HeadlineBar::Figure HeadlineBar::addFigure(const QString& name, const QString& caption, const QString& help)
{
    Figure f;
    f.value = new QLabel(this);
    f.value->setObjectName(name);
    f.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    f.caption = new QLabel(caption, this);
    f.caption->setForegroundRole(QPalette::PlaceholderText);
    applyFonts(f);
    f.value->setToolTip(help);
    f.caption->setToolTip(help);
    return f;
}

QString HeadlineBar::figureText(const QString& name) const
{
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

void HeadlineBar::applyFonts(const Figure& f)
{
    // Sizes relative to the bar's own font, which projector mode enlarges.
    QFont big = ChartStyle::scaledFont(font(), 1.6);
    big.setBold(true);
    f.value->setFont(big);
    f.caption->setFont(ChartStyle::scaledFont(font(), 0.9));
}

void HeadlineBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_horizonRatio.value)
        for (const Figure* f : {&m_horizonRatio, &m_lowestRatio, &m_depletion, &m_breakEven, &m_coverage})
            if (f->value)
                applyFonts(*f);
}

void HeadlineBar::refresh()
{
    const core::ProjectionResult* r = m_document->result();
    const bool stale = m_document->isResultStale();
    const QString dash = format::undefinedMark();
    if (!r) {
        for (auto* f : {&m_horizonRatio, &m_lowestRatio, &m_depletion, &m_breakEven, &m_coverage})
            f->value->setText(dash);
    } else {
        const int last = r->years - 1;
        m_horizonRatio.value->setText(format::years(r->at(last, core::Column::reserve_ratio)));
        const auto& s = r->summary;
        m_lowestRatio.value->setText(s.minimumReserveRatio
                                         ? tr("%1 in %2").arg(format::years(*s.minimumReserveRatio)).arg(*s.minimumReserveRatioYear)
                                         : dash);
        m_depletion.value->setText(s.depletionYear ? QString::number(*s.depletionYear) : tr("never"));
        m_breakEven.value->setText(s.breakEvenRate ? format::rate(*s.breakEvenRate) : tr("none in 0–100 %"));
        // Both ends of the change with the same decimals ("40.1 % → 43.0 %").
        const double first = r->at(0, core::Column::effective_coverage);
        const double horizon = r->at(last, core::Column::effective_coverage);
        const int decimals = core::sharedDecimals(core::Figure::Rate, {first, horizon});
        m_coverage.value->setText(tr("%1 → %2").arg(format::rate(first, decimals), format::rate(horizon, decimals)));
        // Colour the depletion figure: a depleted fund is the planner's first concern.
        m_depletion.value->setStyleSheet(s.depletionYear && !stale ? QStringLiteral("color: #c0392b;") : QString());
    }
    for (auto* f : {&m_horizonRatio, &m_lowestRatio, &m_depletion, &m_breakEven, &m_coverage})
        f->value->setEnabled(!stale);

    int errors = 0;
    for (const auto& p : m_document->problems())
        errors += p.isError() ? 1 : 0;
    if (errors > 0)
        m_status->setText((errors == 1 ? tr("<b>1 value needs fixing.</b>") : tr("<b>%1 values need fixing.</b>").arg(errors)) +
                          QLatin1Char(' ') + tr("The figures are from the last valid scenario."));
    else if (!r)
        m_status->setText(tr("No results yet."));
    else
        m_status->clear();
}

}  // namespace tideover::ui
