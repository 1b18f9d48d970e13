// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "packagecomparisonview.h"

#include "analysisdata/comparisonset.h"
#include "core/engine/package.h"
#include "format/displayformat.h"
#include "report/packagechart.h"
#include "widgets/reflowboxlayout.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tideover::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The names without what they all begin with ("Kelora (training country): "), cut after a
// colon, a dash or a comma, so that the bars and columns say how the scenarios differ.
QStringList distinctNames(const QStringList& names)
{
    if (names.size() < 2)
        return names;
    qsizetype common = names.front().size();
    for (const QString& n : names) {
        qsizetype i = 0;
        while (i < common && i < n.size() && n[i] == names.front()[i])
            ++i;
        common = i;
    }
    const QString prefix = names.front().left(common);
    qsizetype cut = -1;
    for (const QString& mark : {QStringLiteral(": "), QStringLiteral(" – "), QStringLiteral(" - "), QStringLiteral(", ")})
        cut = std::max(cut, prefix.lastIndexOf(mark) >= 0 ? prefix.lastIndexOf(mark) + mark.size() : -1);
    if (cut <= 0)
        return names;
    QStringList shortened;
    for (const QString& n : names) {
        if (n.size() <= cut)
            return names;  // one of them is the prefix alone
        QString rest = n.mid(cut);
        rest[0] = rest[0].toUpper();
        shortened << rest;
    }
    return shortened;
}

QString currencyOf(const core::Scenario& s)
{
    return s.meta.currency.empty() ? QStringLiteral("LCU") : QString::fromStdString(s.meta.currency);
}

}  // namespace

PackageComparisonView::PackageComparisonView(ComparisonSet* set, QWidget* parent)
    : QWidget(parent), m_set(set)
{
    setObjectName(QStringLiteral("packageComparison"));
    m_yearBox = new QComboBox(this);
    m_yearBox->setObjectName(QStringLiteral("packageYear"));
    m_yearBox->setToolTip(tr("The projection year whose costs are compared"));
    connect(m_yearBox, &QComboBox::activated, this, [this] { setYear(m_yearBox->currentData().toInt()); });
    m_unitBox = new QComboBox(this);
    m_unitBox->setObjectName(QStringLiteral("packageUnit"));
    m_unitBox->addItem(tr("Money"), int(Unit::Money));
    m_unitBox->addItem(tr("% of covered wages"), int(Unit::ShareOfWages));
    connect(m_unitBox, &QComboBox::activated, this, [this] { setUnit(Unit(m_unitBox->currentData().toInt())); });

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(6, 4, 6, 0);
    auto* yearLabel = new QLabel(tr("Year"), this);
    yearLabel->setBuddy(m_yearBox);
    auto* unitLabel = new QLabel(tr("Show"), this);
    unitLabel->setBuddy(m_unitBox);
    controls->addWidget(yearLabel);
    controls->addWidget(m_yearBox);
    controls->addSpacing(12);
    controls->addWidget(unitLabel);
    controls->addWidget(m_unitBox);
    controls->addStretch(1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("packageNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setContentsMargins(6, 0, 6, 0);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("packagePlot"));
    m_plot->setMinimumSize(320, 240);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("packageTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The scenarios share the width left by the row names.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setHighlightSections(false);
    // As tall as its rows: the chart takes the rest of the page.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The chart beside its table on a wide page, above it on a narrow one.
    auto* body = new ReflowBoxLayout(760);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(8);
    body->addWidget(m_plot, 1);
    body->addWidget(m_table, 0);
    body->setMaximumWidthBeside(m_table, 460);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addLayout(body, 1);

    connect(m_set, &ComparisonSet::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
    refresh();
}

void PackageComparisonView::showEvent(QShowEvent* event)
{
    if (m_dirty)
        refresh();
    QWidget::showEvent(event);
}

void PackageComparisonView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void PackageComparisonView::setYear(int year)
{
    if (year == m_year && !m_dirty)
        return;
    m_year = year;
    refresh();
}

void PackageComparisonView::setUnit(Unit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    m_unitBox->setCurrentIndex(m_unitBox->findData(int(unit)));
    rebuild();
}

void PackageComparisonView::fillYears()
{
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    const std::vector<ComparedScenario> columns = m_set->compared();
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (const core::PackageResult* p = m_set->package(int(i)); p && p->years > 0) {
            first = std::min(first, p->startYear);
            last = std::max(last, p->startYear + p->years - 1);
        }
    m_yearBox->blockSignals(true);
    m_yearBox->clear();
    if (first <= last) {
        for (int y = first; y <= last; ++y)
            m_yearBox->addItem(QString::number(y), y);
        // The year chosen while it is projected; else the middle of the horizon (a package's
        // savings and offsets take years to show).
        if (m_year < first || m_year > last)
            m_year = first + (last - first) / 2;
        m_yearBox->setCurrentIndex(m_year - first);
    }
    m_yearBox->setEnabled(first <= last);
    m_yearBox->blockSignals(false);
}

void PackageComparisonView::refresh()
{
    m_dirty = false;
    fillYears();
    m_figures.clear();
    const std::vector<ComparedScenario> columns = m_set->compared();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        Figures f{columns[i].name, currencyOf(*columns[i].scenario), core::hasPackage(*columns[i].scenario), false,
                  kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN};
        const core::PackageResult* p = m_set->package(int(i));
        const int y = p ? m_year - p->startYear : -1;
        if (p && y >= 0 && y < p->years) {
            using C = core::PackageColumn;
            f.hasYear = true;
            f.employers = p->at(y, C::employers_cost);
            f.workers = p->at(y, C::workers_cost);
            f.state = p->at(y, C::state_cost);
            f.total = p->at(y, C::package_cost);
            f.toWages = p->at(y, C::package_cost_to_wages);
            f.toGdp = p->at(y, C::package_cost_to_gdp);
            f.anyCoverage = p->at(y, C::any_coverage);
            f.insuranceCoverage = p->at(y, C::insurance_coverage);
            f.severanceCoverage = f.package && core::hasSeverance(*columns[i].scenario) ? p->at(y, C::severance_coverage) : kNaN;
            const double wages = p->at(y, C::wage_bill);
            if (!(wages > 0))
                f.toWages = kNaN;
        }
        m_figures.push_back(f);
    }
    rebuild();
}

void PackageComparisonView::rebuild()
{
    const QString dash = format::undefinedMark();
    // One money scale for the bars; the table gives each figure in full.
    bool oneCurrency = true;
    double largest = 0;
    for (const Figures& f : m_figures) {
        oneCurrency = oneCurrency && f.currency == m_figures.front().currency;
        if (std::isfinite(f.total))
            largest = std::max(largest, f.total);
    }
    const double divisor = largest >= 1e11 ? 1e9 : largest >= 1e8 ? 1e6 : largest >= 1e5 ? 1e3 : 1;
    const QString currency = m_figures.empty() || !oneCurrency ? QString() : m_figures.front().currency;
    QString axis;
    if (m_unit == Unit::ShareOfWages)
        axis = tr("% of covered wages");
    else if (currency.isEmpty())
        axis = divisor == 1e9   ? tr("Billions, each in its own currency")
               : divisor == 1e6 ? tr("Millions, each in its own currency")
               : divisor == 1e3 ? tr("Thousands, each in its own currency")
                                : tr("Each in its own currency");
    else
        axis = divisor == 1e9   ? tr("Billions of %1").arg(currency)
               : divisor == 1e6 ? tr("Millions of %1").arg(currency)
               : divisor == 1e3 ? tr("Thousands of %1").arg(currency)
                                : currency;

    QStringList names;
    for (const Figures& f : m_figures)
        names << f.name;
    const QStringList shortNames = distinctNames(names);
    std::vector<PackageBar> bars;
    for (const Figures& f : m_figures) {
        PackageBar b{shortNames.value(int(bars.size())), 0, 0, 0, QString()};
        if (f.hasYear) {
            if (m_unit == Unit::ShareOfWages) {
                // Each payer's share of the package, times the package's share of the wages.
                const double scale = std::isfinite(f.toWages) && f.total > 0 ? 100.0 * f.toWages / f.total : kNaN;
                b.employers = f.employers * scale;
                b.workers = f.workers * scale;
                b.state = f.state * scale;
                b.label = std::isfinite(f.toWages) ? format::rate(f.toWages) : dash;
            } else {
                b.employers = f.employers / divisor;
                b.workers = f.workers / divisor;
                b.state = f.state / divisor;
                b.label = std::isfinite(f.total) ? format::money(f.total, f.currency, true) : dash;
            }
        } else {
            b.label = dash;
        }
        bars.push_back(b);
    }
    PackageChart::build(*m_plot, bars, axis, tr("Cost of the package by payer, %1").arg(m_year));

    // The table: a column per scenario, as the headline figures.
    struct Row {
        QString label;
        double Figures::* member;
        bool money;
        QString tip;
    };
    const std::vector<Row> rows = {
        {tr("Employers"), &Figures::employers, true,
         tr("Insurance contributions, severance pay (or the severance fund's contributions) and the employers' "
            "payments into savings accounts and the solidarity fund")},
        {tr("Workers"), &Figures::workers, true, tr("Insurance contributions and the workers' savings contributions")},
        {tr("The state"), &Figures::state, true,
         tr("The state's insurance contributions, subsidy and transfers, its solidarity-fund contribution and "
            "unemployment assistance")},
        {tr("Package cost"), &Figures::total, true, tr("What the three payers hand over in the year")},
        {tr("% of covered wages"), &Figures::toWages, false, tr("The package's cost over the covered wage bill")},
        {tr("% of GDP"), &Figures::toGdp, false, tr("The package's cost over GDP (a dash when GDP is not given)")},
        {tr("Unemployed protected"), &Figures::anyCoverage, false,
         tr("Share of the unemployed receiving insurance, assistance or savings withdrawals (each person once)")},
        {tr("… by the insurance"), &Figures::insuranceCoverage, false,
         tr("Share of the unemployed receiving insurance benefits")},
        {tr("Job losers paid severance"), &Figures::severanceCoverage, false,
         tr("Share of those who lost a job in the year who were paid severance (a dash without severance pay)")},
    };
    m_table->clear();
    m_table->setRowCount(int(rows.size()));
    m_table->setColumnCount(int(m_figures.size()));
    QStringList headers;
    for (const QString& name : shortNames)
        headers << ComparisonSet::headerText(name, 14);
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < int(m_figures.size()); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(m_figures[std::size_t(c)].name);
    for (int r = 0; r < int(rows.size()); ++r) {
        auto* header = new QTableWidgetItem(rows[std::size_t(r)].label);
        header->setToolTip(rows[std::size_t(r)].tip);
        m_table->setVerticalHeaderItem(r, header);
        for (int c = 0; c < int(m_figures.size()); ++c) {
            const Figures& f = m_figures[std::size_t(c)];
            const double v = f.*rows[std::size_t(r)].member;
            const QString text = !std::isfinite(v)           ? dash
                                 : rows[std::size_t(r)].money ? format::money(v, f.currency, true)
                                                               : format::rate(v);
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (rows[std::size_t(r)].member == &Figures::total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }

    // Which columns are the insurance alone, or have no figures for the year.
    QStringList alone;
    QStringList missing;
    for (const Figures& f : m_figures) {
        if (!f.hasYear)
            missing << tr("“%1”").arg(f.name);
        else if (!f.package)
            alone << tr("“%1”").arg(f.name);
    }
    QStringList notes;
    if (!alone.isEmpty())
        notes << tr("Every part of the package is off in %1: the insurance alone.").arg(alone.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        notes << tr("No figures for %1 in %2 (no valid results, or the year is outside its projection).")
                     .arg(m_year)
                     .arg(missing.join(QStringLiteral(", ")));
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

}  // namespace tideover::ui
