// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "sensitivityview.h"

#include "document/scenariodocument.h"
#include "format/coretext.h"
#include "format/displayformat.h"
#include "core/model/parameters.h"
#include "tornadochart.h"
#include "core/model/validation.h"

#include "widgets/flowlayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tideover::ui {

namespace {

enum KeySet { Assumptions, Policy, Both };

QString valueOf(const std::string& key, const core::ParamValue& value, const QString& currency)
{
    const core::ParameterInfo* p = core::findParameter(key);
    return p ? format::displayValue(*p, value, currency) : QString::fromStdString(core::formatValue(value));
}

} // namespace

SensitivityView::SensitivityView(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("sensitivityView"));
    m_keys = new QComboBox(this);
    m_keys->setObjectName(QStringLiteral("sensitivityKeys"));
    m_keys->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_keys->setMinimumContentsLength(16);
    m_keys->addItem(tr("each assumption"), Assumptions);
    m_keys->addItem(tr("each scheme-design setting"), Policy);
    m_keys->addItem(tr("each assumption and design setting"), Both);
    m_keys->setToolTip(tr("Assumptions: labour market, coverage, wages, economy, eligibility and reserve. "
                          "Design settings: contributions, benefits, spending and the financing rule."));
    m_change = new QSpinBox(this);
    m_change->setObjectName(QStringLiteral("sensitivityChange"));
    m_change->setRange(1, 100);
    m_change->setValue(10);
    m_change->setPrefix(QStringLiteral("± "));
    m_change->setSuffix(QStringLiteral(" %"));
    m_change->setToolTip(
        tr("Each value is lowered and raised by this share of itself (10 %: a job-finding rate "
           "of 35 % becomes 31.5 % and 38.5 %), then kept within its allowed range"));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("sensitivityMeasure"));
    m_measure->addItem(tr("the reserve ratio at the end of"), int(core::SensitivityMeasure::reserve_ratio));
    m_measure->addItem(tr("the lowest reserve ratio"), int(core::SensitivityMeasure::minimum_reserve_ratio));
    m_measure->addItem(tr("the break-even contribution rate"),
                       int(core::SensitivityMeasure::break_even_rate));
    m_measure->addItem(tr("the year the reserve is depleted"), int(core::SensitivityMeasure::depletion_year));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("sensitivityYear"));
    m_year->setToolTip(tr("The year whose end-of-year reserve ratio is compared"));
    for (QSpinBox* box : {m_change, m_year})
        box->setKeyboardTracking(false);

    // The sentence wraps to the page's width, each control with its words.
    auto* form = new FlowLayout(nullptr, 6, 6);
    form->addWidget(FlowLayout::group(this, {new QLabel(tr("Lower and raise"), this), m_keys}));
    form->addWidget(FlowLayout::group(this, {new QLabel(tr("by"), this), m_change}));
    form->addWidget(new QLabel(tr("one at a time, and show the effect on"), this));
    form->addWidget(FlowLayout::group(this, {m_measure, m_year}));

    m_chart = new TornadoChart(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("sensitivityTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Lowered to"), tr("Raised to"),
                                        tr("Effect, lowered"), tr("Effect, raised"), tr("Spread")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("sensitivityNotes"));
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_notes);
    lowerLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(form);
    layout->addWidget(split, 1);

    connect(m_keys, &QComboBox::currentIndexChanged, this, &SensitivityView::recompute);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &SensitivityView::recompute);
    connect(m_change, &QSpinBox::valueChanged, this, &SensitivityView::recompute);
    connect(m_year, &QSpinBox::valueChanged, this, &SensitivityView::recompute);
    connect(m_document, &ScenarioDocument::resultsChanged, this, &SensitivityView::onScenarioChanged);
    onScenarioChanged();
    recompute();
}

core::SensitivityOptions SensitivityView::options() const
{
    core::SensitivityOptions o;
    o.measure = core::SensitivityMeasure(m_measure->currentData().toInt());
    if (o.measure == core::SensitivityMeasure::reserve_ratio)
        o.year = m_year->value();
    o.change = m_change->value() / 100.0;
    o.relative = true;
    switch (m_keys->currentData().toInt()) {
    case Assumptions:
        o.keys = core::assumptionKeys();
        break;
    case Policy:
        o.keys = core::policyKeys();
        break;
    default:
        o.keys = core::assumptionKeys();
        for (const auto& k : core::policyKeys())
            o.keys.push_back(k);
    }
    return o;
}

void SensitivityView::onScenarioChanged()
{
    const core::Scenario& s = m_document->scenario();
    const int first = int(s.projection.start_year);
    const int years = int(s.projection.years);
    // The horizon of the last valid scenario: an invalid one's years may be anything (a file's
    // 2147483647 years), and first + years would overflow.
    const bool valid = !core::hasErrors(m_document->problems());
    if (valid && years > 0 && (first != m_horizonStart || years != m_horizonYears)) {
        // A new horizon: its last year, unless the chosen year is still inside it.
        const bool keep = m_horizonYears > 0 && m_year->value() >= first && m_year->value() < first + years &&
                          m_year->value() != m_horizonStart + m_horizonYears - 1;
        const QSignalBlocker block(m_year);
        m_year->setRange(first, first + years - 1);
        m_year->setValue(keep ? m_year->value() : first + years - 1);
        m_horizonStart = first;
        m_horizonYears = years;
    }
    m_dirty = true;
    if (isVisible())
        recompute();
}

void SensitivityView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        recompute();
}

void SensitivityView::recompute()
{
    m_dirty = false;
    const auto measure = core::SensitivityMeasure(m_measure->currentData().toInt());
    m_year->setVisible(measure == core::SensitivityMeasure::reserve_ratio);
    if (core::hasErrors(m_document->problems())) {
        m_stale = m_result.has_value();
    } else {
        try {
            m_result = core::analyseSensitivity(m_document->scenario(), options());
            m_stale = false;
        } catch (const std::exception& e) {
            m_result.reset();
            m_chart->clear(tr("The analysis could not run: %1").arg(QString::fromStdString(e.what())));
            fillTable();
            return;
        }
    }
    if (!m_result) {
        m_chart->clear(tr("No results: the scenario has errors"));
        fillTable();
        return;
    }
    QString measureTitle;
    ResultUnit unit = ResultUnit::Years;
    switch (m_result->measure) {
    case core::SensitivityMeasure::reserve_ratio:
        measureTitle = tr("Reserve ratio at the end of %1").arg(m_result->year.value_or(m_year->value()));
        break;
    case core::SensitivityMeasure::minimum_reserve_ratio:
        measureTitle = tr("Lowest reserve ratio");
        break;
    case core::SensitivityMeasure::break_even_rate:
        measureTitle = tr("Break-even contribution rate");
        unit = ResultUnit::Percent;
        break;
    case core::SensitivityMeasure::depletion_year:
        measureTitle = tr("Year the reserve is depleted");
        unit = ResultUnit::Year;
        break;
    }
    const QString what = m_keys->currentData().toInt() == Assumptions ? tr("assumption")
                         : m_keys->currentData().toInt() == Policy    ? tr("design setting")
                                                                      : tr("parameter");
    const QString title =
        tr("%1: each %2 lowered and raised by %3 %").arg(measureTitle, what).arg(m_change->value());
    const int neverYear = m_horizonStart + m_horizonYears;
    m_chart->setResult(*m_result, title, measureTitle, unit, m_document->currency(), neverYear, m_stale);
    fillTable();
}

void SensitivityView::fillTable()
{
    m_table->setRowCount(0);
    m_notes->clear();
    if (!m_result)
        return;
    const QString currency = m_document->currency();
    const auto& order = m_chart->order();
    m_table->setRowCount(int(order.size()));
    auto effect = [&](double v) {
        if (m_result->measure == core::SensitivityMeasure::depletion_year)
            return std::isnan(v) ? tr("never") : QString::number(std::llround(v));
        if (m_result->measure == core::SensitivityMeasure::break_even_rate)
            return std::isnan(v) ? tr("none") : format::rate(v);
        return format::years(v);
    };
    QStringList notes, unchanged, noEffect;
    const auto same = [&](double v) { return std::isnan(v) || v == m_result->measureBase; };
    for (int i = 0; i < int(order.size()); ++i) {
        const core::SensitivityRow& row = m_result->rows[std::size_t(order[std::size_t(i)])];
        const double spread = m_chart->spread(order[std::size_t(i)]);
        const QString cells[6] = {
            coretext::translatedText(row.label),
            valueOf(row.key, row.low, currency),
            valueOf(row.key, row.high, currency),
            effect(row.measureLow),
            effect(row.measureHigh),
            m_result->measure == core::SensitivityMeasure::break_even_rate
                ? tr("%1 points").arg(format::figure(core::Figure::Rate, spread))
            : m_result->measure == core::SensitivityMeasure::depletion_year
                ? tr("%1 years").arg(format::number(spread, 0))
                : format::years(spread),
        };
        for (int c = 0; c < 6; ++c) {
            // A series lists every year; the cell shows its start, the tooltip all of it.
            const bool longValue = cells[c].size() > 30;
            auto* item = new QTableWidgetItem(longValue ? cells[c].left(28) + QStringLiteral("…") : cells[c]);
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                          : Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0)
                item->setToolTip(QString::fromStdString(row.key));
            else if (longValue)
                item->setToolTip(cells[c]);
            m_table->setItem(i, c, item);
        }
        if (!row.note.empty())
            notes << tr("%1: %2").arg(coretext::translatedText(row.label), QString::fromStdString(row.note));
        else if (std::isfinite(m_result->measureBase) && same(row.measureLow) && same(row.measureHigh))
            (row.low == row.base && row.high == row.base ? unchanged : noEffect) << coretext::translatedText(row.label);
    }
    QString text =
        tr("With the scenario as given: %1. Lowered and raised values stay within their allowed range.")
            .arg(effect(m_result->measureBase));
    if (!unchanged.isEmpty())
        text += QLatin1Char(' ') + tr("Not varied, as a change by a share of itself leaves the value as it is "
                                      "(a value of 0 stays 0): %1.")
                                       .arg(unchanged.join(QStringLiteral(", ")));
    if (!noEffect.isEmpty())
        text += QLatin1Char(' ') + tr("No effect on this measure: %1.").arg(noEffect.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        text += QLatin1Char(' ') + tr("No value for: %1.").arg(notes.join(QStringLiteral("; ")));
    m_notes->setText(text);
}

} // namespace tideover::ui
