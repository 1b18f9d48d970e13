// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "stresstestview.h"

#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "stresschart.h"
#include "core/model/groups.h"
#include "core/model/validation.h"
#include "widgets/flowlayout.h"
#include "widgets/reflowboxlayout.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tideover::ui {

namespace {

struct Preset {
    const char* name;
    double risePoints;
    int toPeak;
    int toRecover;
};

// Shapes of past recessions, rounded: the 2008-09 crisis in many OECD countries (about 3
// points over a year, some two years to recover), a deeper and longer one, and the sudden
// 2020 lockdown shock (a steep rise within a season and a quicker recovery).
constexpr Preset kPresets[] = {
    {QT_TRANSLATE_NOOP("tideover::ui::StressTestView", "2009-like: +3 points over 12 months, 24 to recover"),
     3, 12, 24},
    {QT_TRANSLATE_NOOP("tideover::ui::StressTestView", "Severe: +6 points over 18 months, 36 to recover"), 6,
     18, 36},
    {QT_TRANSLATE_NOOP("tideover::ui::StressTestView",
                       "Sudden (2020-like): +8 points over 3 months, 18 to recover"),
     8, 3, 18},
};
constexpr int kPresetCount = int(std::size(kPresets));

QString monthYear(int year, int month)
{
    return QStringLiteral("%1 %2").arg(QLocale().monthName(month, QLocale::LongFormat)).arg(year);
}

QString lowestText(const core::StressOutcome& o)
{
    if (!o.minimumReserveRatio)
        return format::undefinedMark();
    return StressTestView::tr("%1 in %2")
        .arg(format::years(*o.minimumReserveRatio))
        .arg(*o.minimumReserveRatioYear);
}

QString coveredText(const core::StressOutcome& o)
{
    if (!std::isfinite(o.monthsOfBenefitsCovered))
        return format::undefinedMark();
    return StressTestView::tr("%1 months").arg(format::figure(core::Figure::Ratio, o.monthsOfBenefitsCovered));
}

QString depletedText(const core::StressOutcome& o)
{
    if (!o.depletionYear)
        return StressTestView::tr("never");
    return o.depletionMonth ? monthYear(*o.depletionYear, *o.depletionMonth)
                            : QString::number(*o.depletionYear);
}

} // namespace

StressTestView::StressTestView(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("stressTestView"));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("stressPreset"));
    // The presets' names are long ("2009-like: +3 points over 12 months, 24 to recover"): the
    // box shows their start and the list the whole name, so the form fits 1280 px.
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(18);
    for (const Preset& p : kPresets)
        m_preset->addItem(tr(p.name));
    m_preset->addItem(tr("Custom"));
    connect(m_preset, &QComboBox::activated, this, &StressTestView::applyPreset);

    m_start = new QSpinBox(this);
    m_start->setObjectName(QStringLiteral("stressStart"));
    m_start->setToolTip(tr("The recession begins in January of this year"));
    m_rise = new QDoubleSpinBox(this);
    m_rise->setObjectName(QStringLiteral("stressRise"));
    m_rise->setRange(0, 60);
    m_rise->setDecimals(1);
    m_rise->setSingleStep(0.5);
    m_rise->setSuffix(tr(" points"));
    m_rise->setToolTip(
        tr("How far the unemployment rate rises above the scenario's at the peak, in percentage "
           "points (3 points: from 5 % to 8 %)"));
    m_toPeak = new QSpinBox(this);
    m_toPeak->setObjectName(QStringLiteral("stressToPeak"));
    m_toPeak->setRange(1, 600);
    m_toPeak->setSuffix(tr(" months"));
    m_toPeak->setToolTip(tr("Months from the start of the recession to its peak; the rise is linear"));
    m_toRecover = new QSpinBox(this);
    m_toRecover->setObjectName(QStringLiteral("stressToRecover"));
    m_toRecover->setRange(0, 1200);
    m_toRecover->setSuffix(tr(" months"));
    m_toRecover->setToolTip(
        tr("Months from the peak back to the scenario's unemployment rate; 0 ends it at once"));
    m_claims = new QDoubleSpinBox(this);
    m_claims->setObjectName(QStringLiteral("stressClaims"));
    m_claims->setRange(0, 5);
    m_claims->setDecimals(2);
    m_claims->setSingleStep(0.1);
    m_claims->setValue(1.0);
    m_claims->setPrefix(QStringLiteral("\u00d7 "));
    m_claims->setToolTip(
        tr("A claims shock the unemployment rate does not show: job losses of the insured are "
           "multiplied by this factor in every month of the recession (job-retention schemes ending, "
           "mass lay-offs in a sector). 1: none."));
    for (QAbstractSpinBox* box :
         std::initializer_list<QAbstractSpinBox*>{m_start, m_rise, m_toPeak, m_toRecover, m_claims})
        box->setKeyboardTracking(false);
    connect(m_start, &QSpinBox::valueChanged, this, &StressTestView::onFormEdited);
    connect(m_rise, &QDoubleSpinBox::valueChanged, this, &StressTestView::onFormEdited);
    connect(m_toPeak, &QSpinBox::valueChanged, this, &StressTestView::onFormEdited);
    connect(m_toRecover, &QSpinBox::valueChanged, this, &StressTestView::onFormEdited);
    connect(m_claims, &QDoubleSpinBox::valueChanged, this, &StressTestView::onFormEdited);

    // model-spec v4: a group hit harder than the rest (migrant or platform workers, a sector).
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("stressGroup"));
    // A long group title never widens the page: the box shows about 14 characters, the list
    // opens wider.
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(14);
    m_group->setToolTip(tr("With worker groups: a group whose job losses rise more than the others' in the "
                           "recession, by the factor beside it"));
    m_groupClaims = new QDoubleSpinBox(this);
    m_groupClaims->setObjectName(QStringLiteral("stressGroupClaims"));
    m_groupClaims->setRange(0, 5);
    m_groupClaims->setDecimals(2);
    m_groupClaims->setSingleStep(0.1);
    m_groupClaims->setValue(1.5);
    m_groupClaims->setPrefix(QStringLiteral("\u00d7 "));
    m_groupClaims->setToolTip(tr("The group's job losses are multiplied by this in every month of the recession, "
                                 "on top of the factor for everyone"));
    m_groupClaims->setEnabled(false);
    connect(m_group, &QComboBox::activated, this, [this] {
        m_groupClaims->setEnabled(!m_group->currentData().toString().isEmpty());
        recompute();
    });
    connect(m_groupClaims, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_applyingPreset && !m_group->currentData().toString().isEmpty())
            recompute();
    });

    auto caption = [this](const QString& text) {
        auto* l = new QLabel(text, this);
        return l;
    };
    // The form wraps to the width: each caption stays with its control, the groups flow onto
    // as many rows as the page's width and the language need.
    auto* form = new FlowLayout(nullptr, 16, 6);
    form->addWidget(FlowLayout::group(this, {caption(tr("Recession:")), m_preset}));
    form->addWidget(FlowLayout::group(this, {caption(tr("starts in")), m_start}));
    form->addWidget(FlowLayout::group(this, {caption(tr("job losses")), m_claims}));
    form->addWidget(FlowLayout::group(this, {caption(tr("unemployment rises")), m_rise}));
    form->addWidget(FlowLayout::group(this, {caption(tr("over")), m_toPeak}));
    form->addWidget(FlowLayout::group(this, {caption(tr("and recovers over")), m_toRecover}));
    // The group and its factor wrap apart on a narrow page.
    m_groupRow = FlowLayout::group(this, {caption(tr("group hit harder")), m_group});
    form->addWidget(m_groupRow);
    form->addWidget(m_groupClaims);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("stressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // The figures: rows are measures, columns without and with the recession.
    auto* figures = new QFrame(this);
    figures->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(figures);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    auto header = [figures](const QString& text) {
        auto* l = new QLabel(text, figures);
        l->setForegroundRole(QPalette::PlaceholderText);
        l->setAlignment(Qt::AlignRight | Qt::AlignBottom);
        return l;
    };
    grid->addWidget(header(tr("Without")), 0, 1);
    grid->addWidget(header(tr("With the recession")), 0, 2);
    const QString rows[5] = {tr("Lowest reserve ratio"), QString(), tr("Reserve depleted"), QString(), QString()};
    for (int r = 0; r < 5; ++r) {
        auto* label = new QLabel(rows[r], figures);
        label->setWordWrap(true);
        if (r == 1)
            m_coveredCaption = label;
        if (r == 3)
            m_benefitsCaption = label;
        if (r == 4)
            m_beneficiariesCaption = label;
        grid->addWidget(label, r + 1, 0);
        for (int c = 0; c < 2; ++c) {
            m_figures[r][c] = new QLabel(figures);
            m_figures[r][c]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figures[r][c]->setTextInteractionFlags(Qt::TextSelectableByMouse);
            QFont f = m_figures[r][c]->font();
            f.setBold(c == 1);
            m_figures[r][c]->setFont(f);
            grid->addWidget(m_figures[r][c], r + 1, c + 1);
        }
    }
    m_coveredCaption->setToolTip(
        tr("The reserve at the start of the year in which the recession peaks, divided by "
           "that year's average monthly benefit spending: how long the fund could pay "
           "benefits with no contributions at all."));
    m_benefitsCaption->setToolTip(
        tr("The month in which the recession raises benefit spending most above the scenario without "
           "it, and that month's spending in both."));
    m_beneficiariesCaption->setToolTip(
        tr("The month in which the recession raises the number of beneficiaries most above the "
           "scenario without it, and that month's number in both."));
    grid->setColumnStretch(0, 1);

    // The model's own caveat (docs/model.md 14.2): a planner should read the figures with it.
    // Shown with the steady-state flow model only: the dynamic one adds those job losses.
    auto* caveat =
        new QLabel(tr("Reading note: with steady-state flows, job losses follow the level of unemployment, "
                      "not how fast it rises, so new claims in the months when it climbs are understated and "
                      "these figures are somewhat optimistic. The dynamic flow model (Labour market) adds "
                      "them."),
                   this);
    caveat->setObjectName(QStringLiteral("stressCaveat"));
    caveat->setWordWrap(true);
    caveat->setForegroundRole(QPalette::PlaceholderText);
    m_caveat = caveat;
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(figures);
    sideLayout->addWidget(caveat);
    sideLayout->addStretch(1);
    side->setMinimumWidth(280);

    m_ratioChart = new StressChart(document, StressChart::Measure::ReserveRatio);
    m_unemploymentChart = new StressChart(document, StressChart::Measure::UnemploymentRate);
    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_ratioChart);
    charts->addWidget(m_unemploymentChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setChildrenCollapsible(false);
    // The charts' read-out line wraps on a narrow page; these keep each plot whole below it
    // (the page scrolls down when the charts stand below the figures).
    m_ratioChart->setMinimumHeight(340);
    m_unemploymentChart->setMinimumHeight(340);

    // The figures beside the charts on a wide window, above them on a laptop's or projector's.
    auto* body = new ReflowBoxLayout(900);
    body->setSpacing(10);
    body->addWidget(side);
    body->setMaximumWidthBeside(side, 420);
    body->addWidget(charts, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(form);
    layout->addLayout(body, 1);

    connect(m_document, &ScenarioDocument::resultsChanged, this, &StressTestView::onScenarioChanged);
    onScenarioChanged();
    applyPreset(0);
}

core::RecessionShock StressTestView::shock() const
{
    core::RecessionShock s;
    // A preset's short name ("2009-like" of "2009-like: +3 points over ..."); none for Custom.
    if (m_preset->currentIndex() < m_preset->count() - 1)
        s.name = m_preset->currentText().section(QLatin1Char(':'), 0, 0).trimmed().toStdString();
    s.startYear = m_start->value();
    s.rise = m_rise->value() / 100.0;
    s.monthsToPeak = m_toPeak->value();
    s.monthsToRecover = m_toRecover->value();
    s.claimsFactor = m_claims->value();
    return s;
}

void StressTestView::setShock(int startYear, double rise, int monthsToPeak, int monthsToRecover, double claimsFactor)
{
    m_applyingPreset = true;
    m_claims->setValue(claimsFactor);
    m_start->setValue(startYear);
    m_rise->setValue(rise * 100.0);
    m_toPeak->setValue(monthsToPeak);
    m_toRecover->setValue(monthsToRecover);
    m_applyingPreset = false;
    onFormEdited();
}

core::GroupShock StressTestView::groupShock() const
{
    core::GroupShock g;
    g.group = m_group->currentData().toString().toStdString();
    if (!g.group.empty())
        g.claimsFactor = m_groupClaims->value();
    return g;
}

void StressTestView::setGroupShock(const core::GroupShock& shock)
{
    m_applyingPreset = true;
    const int index = m_group->findData(QString::fromStdString(shock.group));
    m_group->setCurrentIndex(std::max(0, index));
    if (index > 0)
        m_groupClaims->setValue(shock.claimsFactor);
    m_groupClaims->setEnabled(index > 0);
    m_applyingPreset = false;
    recompute();
}

void StressTestView::refreshGroups()
{
    const core::Scenario& s = m_document->scenario();
    // The groups of a valid scenario: an invalid one keeps the last list, as its results do.
    if (core::hasErrors(m_document->problems()) && m_group->count() > 0)
        return;
    const QString current = m_group->currentData().toString();
    QStringList names{QString()}, titles{tr("none")};
    if (!s.groups.empty()) {
        names << QString::fromUtf8(core::kMainGroupName.data(), qsizetype(core::kMainGroupName.size()));
        titles << (s.mainGroupTitle.empty() ? tr("Main group") : QString::fromStdString(s.mainGroupTitle));
        for (const core::WorkerGroup& g : s.groups) {
            names << QString::fromStdString(g.name);
            titles << QString::fromStdString(g.title.empty() ? g.name : g.title);
        }
    }
    bool same = m_group->count() == names.size();
    for (int i = 0; same && i < names.size(); ++i)
        same = m_group->itemData(i).toString() == names[i] && m_group->itemText(i) == titles[i];
    if (!same) {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        for (int i = 0; i < names.size(); ++i)
            m_group->addItem(titles[i], names[i]);
        // The group chosen stays chosen while it exists.
        m_group->setCurrentIndex(std::max(0, int(names.indexOf(current))));
    }
    m_groupClaims->setEnabled(m_group->currentIndex() > 0);
    m_groupRow->setVisible(!s.groups.empty());
    m_groupClaims->setVisible(!s.groups.empty());
}

QString StressTestView::summaryText() const
{
    return m_summary->text();
}

QString StressTestView::figureText(const QString& row, int column) const
{
    const int r = row == QLatin1String("lowest")          ? 0
                  : row == QLatin1String("covered")       ? 1
                  : row == QLatin1String("benefits")      ? 3
                  : row == QLatin1String("beneficiaries") ? 4
                                                          : 2;
    return m_figures[r][std::clamp(column, 0, 1)]->text();
}

void StressTestView::applyPreset(int index)
{
    if (index < 0 || index >= kPresetCount)
        return; // "Custom" keeps the values
    const Preset& p = kPresets[index];
    m_applyingPreset = true;
    m_rise->setValue(p.risePoints);
    m_toPeak->setValue(p.toPeak);
    m_toRecover->setValue(p.toRecover);
    m_claims->setValue(1.0);
    m_applyingPreset = false;
    m_preset->setCurrentIndex(index);
    recompute();
}

void StressTestView::onFormEdited()
{
    if (m_applyingPreset)
        return;
    // A hand-made shock is "Custom" unless it is exactly a preset's.
    int match = kPresetCount;
    for (int i = 0; i < kPresetCount; ++i)
        if (std::abs(m_rise->value() - kPresets[i].risePoints) < 1e-9 && m_claims->value() == 1.0 &&
            m_toPeak->value() == kPresets[i].toPeak && m_toRecover->value() == kPresets[i].toRecover)
            match = i;
    m_preset->setCurrentIndex(match);
    recompute();
}

void StressTestView::onScenarioChanged()
{
    const core::Scenario& s = m_document->scenario();
    const int first = int(s.projection.start_year);
    const int years = int(s.projection.years);
    // The horizon of the last valid scenario: an invalid one's years may be anything (a file's
    // 2147483647 years), and first + years would overflow.
    const bool valid = !core::hasErrors(m_document->problems());
    if (valid && years > 0 && (first != m_horizonStart || years != m_horizonYears)) {
        // A new horizon: the third projected year, as a planner would first look at, unless
        // the recession already starts inside the new horizon.
        const bool keep = m_horizonYears > 0 && m_start->value() >= first && m_start->value() < first + years;
        const int start = keep ? m_start->value() : first + std::min(2, years - 1);
        m_applyingPreset = true;
        m_start->setRange(first, first + years - 1);
        m_start->setValue(start);
        m_applyingPreset = false;
        m_horizonStart = first;
        m_horizonYears = years;
    }
    refreshGroups();
    m_dirty = true;
    if (isVisible())
        recompute();
}

void StressTestView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        recompute();
}

void StressTestView::recompute()
{
    m_dirty = false;
    if (core::hasErrors(m_document->problems())) {
        // Keep the last valid test, marked out of date, as the results charts do.
        m_stale = m_result.has_value();
    } else {
        try {
            const core::StressTest test(m_document->scenario());
            m_result = test.run(shock(), groupShock());
            m_resultStartYear = test.base().startYear();
            m_stale = false;
        } catch (const std::exception& e) {
            m_result.reset();
            m_summary->setText(tr("The stress test could not run: %1").arg(QString::fromStdString(e.what())));
        }
    }
    showFigures();
}

void StressTestView::showFigures()
{
    if (!m_result) {
        const QString note = tr("No results: the scenario has errors");
        m_ratioChart->clearResult(note);
        m_unemploymentChart->clearResult(note);
        for (auto& row : m_figures)
            for (QLabel* l : row)
                l->setText(format::undefinedMark());
        return;
    }
    const core::StressResult& r = *m_result;
    const double target = m_document->scenario().projection.target_reserve_ratio;
    m_ratioChart->setResult(r, m_resultStartYear, target, m_stale);
    m_unemploymentChart->setResult(r, m_resultStartYear, target, m_stale);

    const core::StressOutcome* outcomes[2] = {&r.baseline, &r.stressed};
    for (int c = 0; c < 2; ++c) {
        m_figures[0][c]->setText(lowestText(*outcomes[c]));
        m_figures[1][c]->setText(coveredText(*outcomes[c]));
        m_figures[2][c]->setText(depletedText(*outcomes[c]));
        m_figures[2][c]->setStyleSheet(outcomes[c]->depletionYear ? QStringLiteral("color: #c0392b;")
                                                                  : QString());
    }
    m_coveredCaption->setText(tr("Months of benefits the reserve covers at the start of %1").arg(r.peakYear));
    // Benefit spending and beneficiaries in the month the recession raises them most.
    const QString currency = m_document->currency();
    m_figures[3][0]->setText(format::money(r.benefits.baseline, currency, true));
    m_figures[3][1]->setText(format::money(r.benefits.stressed, currency, true));
    m_figures[4][0]->setText(format::persons(r.beneficiaries.baseline));
    m_figures[4][1]->setText(format::persons(r.beneficiaries.stressed));
    m_benefitsCaption->setText(tr("Benefit spending at its peak, %1").arg(monthYear(r.benefits.year, r.benefits.month)));
    m_beneficiariesCaption->setText(
        tr("Beneficiaries at their peak, %1").arg(monthYear(r.beneficiaries.year, r.beneficiaries.month)));
    m_caveat->setVisible(m_document->scenario().labour.flow_model == core::FlowModel::SteadyState);

    // The paragraph a planner would write in a note to the minister.
    const core::RecessionShock& s = r.shock;
    QString text =
        tr("A recession that raises unemployment by <b>%1 points</b> from January %2, peaking after %3 "
           "months and receding over %4, ")
            .arg(format::figure(core::Figure::Rate, s.rise))
            .arg(s.startYear)
            .arg(s.monthsToPeak)
            .arg(s.monthsToRecover);
    if (s.claimsFactor != 1.0)
        text += tr("with job losses %1 times the usual in those months, ").arg(QLocale().toString(s.claimsFactor, 'g', 3));
    if (const core::GroupShock g = groupShock(); !g.group.empty() && g.claimsFactor != 1.0)
        text += tr("and those of %1 %2 times more again, ")
                    .arg(m_group->currentText().toHtmlEscaped(), QLocale().toString(g.claimsFactor, 'g', 3));
    if (r.stressed.minimumReserveRatio && r.baseline.minimumReserveRatio)
        text += tr("lowers the lowest reserve ratio from %1 to <b>%2</b>.")
                    .arg(lowestText(r.baseline), lowestText(r.stressed));
    else
        text += tr("changes the lowest reserve ratio to %1.").arg(lowestText(r.stressed));
    text += QLatin1Char(' ');
    if (std::isfinite(r.stressed.monthsOfBenefitsCovered) &&
        std::isfinite(r.baseline.monthsOfBenefitsCovered))
        text +=
            tr("At the start of %1 the reserve covers %2 months of that year's benefits, against %3 without "
               "the recession.")
                .arg(r.peakYear)
                .arg(format::figure(core::Figure::Ratio, r.stressed.monthsOfBenefitsCovered),
                     format::figure(core::Figure::Ratio, r.baseline.monthsOfBenefitsCovered));
    text += QLatin1Char(' ');
    const int lastYear = m_resultStartYear + int(r.stressed.reserveRatio.size()) - 1;
    if (r.stressed.depletionYear) {
        text += tr("<b>The fund is depleted in %1</b>").arg(depletedText(r.stressed));
        text += r.baseline.depletionYear ? tr(" (without the recession: %1).").arg(depletedText(r.baseline))
                                         : tr(", which it is not without the recession.");
    } else {
        text += tr("The fund is not depleted by %1.").arg(lastYear);
    }
    m_summary->setText(text);
    m_summary->setEnabled(!m_stale);
}

} // namespace tideover::ui
