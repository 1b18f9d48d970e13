// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "packageview.h"

#include "packagecoveragechart.h"

#include "core/engine/package.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "widgets/flowlayout.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace tideover::ui {

PackageView::PackageView(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("packageView"));
    m_cost = new PackageCostChart(document, this);
    m_cost->setObjectName(QStringLiteral("packageCostChart"));
    m_coverage = new PackageCoverageChart(document, this);
    m_coverage->setObjectName(QStringLiteral("packageCoverageChart"));
    // One chart at a time, the full width of the page: side by side, with the table below, they
    // were too small to read on a laptop or a projector.
    m_charts = new QStackedWidget(this);
    m_charts->addWidget(m_cost);
    m_charts->addWidget(m_coverage);
    m_chartBox = new QComboBox(this);
    m_chartBox->setObjectName(QStringLiteral("packageChart"));
    m_chartBox->addItem(tr("Cost by who pays"));
    m_chartBox->addItem(tr("Share of the unemployed protected"));
    auto* chartLabel = new QLabel(tr("Chart:"), this);
    chartLabel->setBuddy(m_chartBox);
    connect(m_chartBox, &QComboBox::activated, this, &PackageView::showChart);

    m_unitBox = new QComboBox(this);
    m_unitBox->setObjectName(QStringLiteral("packageUnit"));
    m_unitBox->addItem(tr("Money"), int(PackageCostChart::Unit::Money));
    m_unitBox->addItem(tr("% of insured wages"), int(PackageCostChart::Unit::Wages));
    m_unitBox->addItem(tr("% of GDP"), int(PackageCostChart::Unit::Gdp));
    m_unitBox->setToolTip(tr("The cost in money, as a share of insured wages, or as a share of GDP (when the "
                             "scenario gives GDP in its Economy keys)"));
    auto* unitLabel = new QLabel(tr("Cost per &year in:"), this);
    unitLabel->setBuddy(m_unitBox);
    connect(m_unitBox, &QComboBox::activated, this, [this](int index) {
        setUnit(PackageCostChart::Unit(m_unitBox->itemData(index).toInt()));
    });

    m_yearBox = new QComboBox(this);
    m_yearBox->setObjectName(QStringLiteral("packageYear"));
    auto* yearLabel = new QLabel(tr("By part and payer in:"), this);
    yearLabel->setBuddy(m_yearBox);
    connect(m_yearBox, &QComboBox::activated, this, [this](int index) { setYear(m_yearBox->itemData(index).toInt()); });

    m_table = new QTableWidget(kParts, kPayers, this);
    m_table->setObjectName(QStringLiteral("packageTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setHorizontalHeaderLabels({tr("Employers"), tr("Workers"), tr("The state"), tr("Total")});
    m_table->setVerticalHeaderLabels(
        {tr("Insurance"), tr("Severance pay"), tr("Savings accounts"), tr("Assistance"), tr("Package")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(false);
    for (int r = 0; r < kParts; ++r)
        for (int c = 0; c < kPayers; ++c) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r == Total || c == AllPayers) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }

    auto* top = new FlowLayout(nullptr, 16, 4);
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(FlowLayout::group(this, {chartLabel, m_chartBox}));
    m_unitGroup = FlowLayout::group(this, {unitLabel, m_unitBox});
    top->addWidget(m_unitGroup);
    auto* tableBar = new QHBoxLayout;
    tableBar->setContentsMargins(6, 0, 6, 0);
    tableBar->addWidget(yearLabel);
    tableBar->addWidget(m_yearBox);
    tableBar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_charts, 1);
    layout->addLayout(tableBar);
    layout->addWidget(m_table);

    if (m_document)
        connect(m_document, &ScenarioDocument::resultsChanged, this, &PackageView::refresh);
    refresh();
}

void PackageView::showChart(int index)
{
    m_chartBox->setCurrentIndex(index);
    m_charts->setCurrentIndex(index);
    // The unit is the cost chart's (and the table's); the shares are shares.
    m_unitGroup->setEnabled(index == 0);
}

int PackageView::shownChart() const
{
    return m_charts->currentIndex();
}

void PackageView::setUnit(PackageCostChart::Unit unit)
{
    m_unitBox->setCurrentIndex(m_unitBox->findData(int(unit)));
    m_cost->setUnit(unit);
    fillTable();
}

void PackageView::setYear(int year)
{
    m_year = year;
    m_yearBox->setCurrentIndex(m_yearBox->findData(year));
    fillTable();
}

void PackageView::refresh()
{
    const core::PackageResult* package = m_document ? m_document->packageResult() : nullptr;
    // Ratios to GDP only when the scenario gives GDP (economy.gdp > 0).
    bool hasGdp = false;
    if (package)
        for (int y = 0; y < package->years && !hasGdp; ++y)
            hasGdp = package->at(y, core::PackageColumn::gdp) > 0;
    if (auto* model = qobject_cast<QStandardItemModel*>(m_unitBox->model()))
        if (QStandardItem* item = model->item(m_unitBox->findData(int(PackageCostChart::Unit::Gdp))))
            item->setEnabled(hasGdp);
    if (!hasGdp && m_cost->unit() == PackageCostChart::Unit::Gdp)
        setUnit(PackageCostChart::Unit::Money);
    {
        const QSignalBlocker block(m_yearBox);
        m_yearBox->clear();
        if (package)
            for (int y = 0; y < package->years; ++y)
                m_yearBox->addItem(QString::number(package->startYear + y), package->startYear + y);
        int index = m_yearBox->findData(m_year);
        if (index < 0 && m_yearBox->count() > 0) {
            index = 0;
            m_year = m_yearBox->itemData(0).toInt();
        }
        m_yearBox->setCurrentIndex(index);
    }
    fillTable();
}

void PackageView::fillTable()
{
    const core::PackageResult* package = m_document ? m_document->packageResult() : nullptr;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (auto& row : m_values)
        row.fill(nan);
    const int y = package ? m_year - package->startYear : -1;
    const PackageCostChart::Unit unit = m_cost->unit();
    if (package && y >= 0 && y < package->years) {
        using C = core::PackageColumn;
        const auto at = [&](C c) { return package->at(y, c); };
        // model-spec v5: each payer's cost is the sum of its parts, so the savings accounts'
        // share of each payer is what its other parts leave.
        std::array<std::array<double, kPayers>, kParts> v{};
        v[Insurance] = {at(C::insurance_employers), at(C::insurance_workers), at(C::insurance_state), 0};
        v[Severance] = {at(C::severance_cost), 0, 0, 0};
        v[Assistance] = {0, 0, at(C::assistance_cost), 0};
        v[Total] = {at(C::employers_cost), at(C::workers_cost), at(C::state_cost), at(C::package_cost)};
        v[Savings] = {v[Total][Employers] - v[Insurance][Employers] - v[Severance][Employers],
                      v[Total][Workers] - v[Insurance][Workers],
                      v[Total][State] - v[Insurance][State] - v[Assistance][State], 0};
        for (int p = Insurance; p < Total; ++p)
            v[p][AllPayers] = v[p][Employers] + v[p][Workers] + v[p][State];
        v[Savings][AllPayers] = at(C::savings_cost);
        double denominator = 1.0;
        if (unit == PackageCostChart::Unit::Wages)
            denominator = at(C::wage_bill);
        else if (unit == PackageCostChart::Unit::Gdp)
            denominator = at(C::gdp);
        for (int p = 0; p < kParts; ++p)
            for (int q = 0; q < kPayers; ++q)
                m_values[p][q] = unit == PackageCostChart::Unit::Money ? v[p][q]
                                 : denominator > 0                     ? v[p][q] / denominator
                                                                       : nan;
    }
    const QString currency = m_document ? m_document->currency() : QStringLiteral("LCU");
    for (int p = 0; p < kParts; ++p)
        for (int q = 0; q < kPayers; ++q) {
            const double x = m_values[p][q];
            QString text = format::undefinedMark();
            if (std::isfinite(x))
                text = unit == PackageCostChart::Unit::Money ? format::money(x, currency, true) : format::rate(x);
            m_table->item(p, q)->setText(text);
        }
    // A part that is off has no row; the insurance and the total always show.
    const core::Scenario* scenario = m_document ? &m_document->scenario() : nullptr;
    m_table->setRowHidden(Severance, !scenario || !core::hasSeverance(*scenario));
    m_table->setRowHidden(Savings, !scenario || !core::hasSavings(*scenario));
    m_table->setRowHidden(Assistance, !scenario || !core::hasAssistance(*scenario));
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int p = 0; p < kParts; ++p)
        if (!m_table->isRowHidden(p))
            height += m_table->rowHeight(p);
    m_table->setFixedHeight(height);
}

} // namespace tideover::ui
