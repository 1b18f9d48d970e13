// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "resultsview.h"
#include "document/safefile.h"
#include "widgets/fittingtabbar.h"
#include "widgets/plainmessage.h"

#include "beneficiarieschart.h"
#include "chartstyle.h"
#include "core/io/resultformat.h"
#include "document/scenariodocument.h"
#include "groupflowschart.h"
#include "incomeexpenditurechart.h"
#include "models/historycomparisonmodel.h"
#include "models/resultstablemodel.h"
#include "packageview.h"
#include "rateschart.h"
#include "reservechart.h"
#include "whopayschart.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <sstream>

namespace tideover::ui {

ResultsView::ResultsView(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    // Tabs that shorten their names rather than scroll when the page is narrow (a dock open on
    // a laptop, the two group tabs added).
    m_tabs = new FittingTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_reserve = new ReserveChart(document);
    m_income = new IncomeExpenditureChart(document);
    m_beneficiaries = new BeneficiariesChart(document);
    m_rates = new RatesChart(document);
    m_tabs->addTab(m_reserve, tr("&Reserve"));
    m_tabs->addTab(m_income, tr("&Income and spending"));
    m_tabs->addTab(m_beneficiaries, tr("&Beneficiaries"));
    m_tabs->addTab(m_rates, tr("R&ates"));

    auto* tablePage = new QWidget;
    m_model = new ResultsTableModel(document, this);
    m_table = new QTableView(tablePage);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false); // the year is the first column
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);
    // Dense rows: a planner reads down the years, and more of them fit.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_annualButton = new QToolButton(tablePage);
    m_annualButton->setText(tr("Annual"));
    m_annualButton->setCheckable(true);
    m_annualButton->setChecked(true);
    m_annualButton->setToolTip(tr("One row per projection year"));
    m_monthlyButton = new QToolButton(tablePage);
    m_monthlyButton->setText(tr("Monthly"));
    m_monthlyButton->setCheckable(true);
    m_monthlyButton->setToolTip(tr("One row per month: flows of the month, the reserve at its end"));
    auto* group = new QButtonGroup(tablePage);
    group->setExclusive(true);
    group->addButton(m_annualButton);
    group->addButton(m_monthlyButton);
    connect(m_monthlyButton, &QToolButton::toggled, this, &ResultsView::setMonthly);

    // Actual against projected: a table of its own in place of the projection's, sortable by
    // any column (figure and year by default).
    m_comparison = new HistoryComparisonModel(document, this);
    m_comparisonProxy = new QSortFilterProxyModel(this);
    m_comparisonProxy->setSourceModel(m_comparison);
    m_comparisonProxy->setSortRole(Qt::UserRole);
    m_compareButton = new QToolButton(tablePage);
    m_compareButton->setObjectName(QStringLiteral("compareWithActual"));
    m_compareButton->setText(tr("Compare with actual figures"));
    m_compareButton->setCheckable(true);
    m_compareButton->setToolTip(tr("For the years where the scenario's history overlaps the projection: the "
                                   "actual figure, the projected one and their difference"));
    connect(m_compareButton, &QToolButton::toggled, this, &ResultsView::setComparing);
    m_compareNote = new QLabel(tablePage);
    m_compareNote->setObjectName(QStringLiteral("compareNote"));
    m_compareNote->setWordWrap(true);
    m_compareNote->setMargin(6);
    m_compareNote->setTextFormat(Qt::PlainText);
    m_compareNote->setVisible(false);

    m_exportButton = new QPushButton(tr("Export CSV…"), tablePage);
    m_exportButton->setToolTip(tr("Save the table shown as CSV, exactly as tideover-cli writes it"));
    connect(m_exportButton, &QPushButton::clicked, this, &ResultsView::exportTableWithDialog);

    m_staleBanner = new QLabel(tr("Results are out of date: fix the marked value. The table shows the last "
                                  "valid results."),
                               tablePage);
    m_staleBanner->setWordWrap(true);
    m_staleBanner->setMargin(6);
    m_staleBanner->setAutoFillBackground(true);
    m_staleBanner->setVisible(false);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_annualButton);
    bar->addWidget(m_monthlyButton);
    bar->addSpacing(12);
    bar->addWidget(m_compareButton);
    bar->addStretch(1);
    bar->addWidget(m_exportButton);
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_staleBanner);
    tableLayout->addWidget(m_compareNote);
    tableLayout->addWidget(m_table, 1);
    m_tabs->addTab(tablePage, tr("Tab&le"));

    // Worker groups (model-spec v4): a flow stacked by group, and who pays and who draws; shown
    // while the scenario has groups.
    m_groupsPage = new QWidget;
    m_groupsPage->setObjectName(QStringLiteral("groupsPage"));
    m_groupFlows = new GroupFlowsChart(document);
    m_groupMeasure = new QComboBox(m_groupsPage);
    m_groupMeasure->setObjectName(QStringLiteral("groupMeasure"));
    m_groupMeasure->addItem(tr("Contributions"), int(GroupFlowsChart::Measure::Contributions));
    m_groupMeasure->addItem(tr("Benefits"), int(GroupFlowsChart::Measure::Benefits));
    m_groupMeasure->addItem(tr("Insured"), int(GroupFlowsChart::Measure::Insured));
    m_groupMeasure->addItem(tr("Beneficiaries"), int(GroupFlowsChart::Measure::Beneficiaries));
    m_groupMeasure->addItem(tr("Cross-subsidy (paid in minus drawn out)"),
                            int(GroupFlowsChart::Measure::CrossSubsidy));
    connect(m_groupMeasure, &QComboBox::activated, this, [this](int index) {
        m_groupFlows->setMeasure(GroupFlowsChart::Measure(m_groupMeasure->itemData(index).toInt()));
    });
    auto* measureLabel = new QLabel(tr("&Show:"), m_groupsPage);
    measureLabel->setBuddy(m_groupMeasure);
    auto* measureRow = new QHBoxLayout;
    measureRow->setContentsMargins(6, 4, 6, 0);
    measureRow->addWidget(measureLabel);
    measureRow->addWidget(m_groupMeasure);
    measureRow->addStretch(1);
    auto* groupsLayout = new QVBoxLayout(m_groupsPage);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addLayout(measureRow);
    groupsLayout->addWidget(m_groupFlows, 1);
    // Before the table, which stays the last tab.
    const int tableIndex = m_tabs->indexOf(tablePage);
    m_tabs->insertTab(tableIndex, m_groupsPage, tr("&Groups"));
    m_whoPays = new WhoPaysChart(document);
    m_tabs->insertTab(tableIndex + 1, m_whoPays, tr("&Who pays, who draws"));
    // The protection package (model-spec v5): shown while the scenario switches a part on.
    m_package = new PackageView(document);
    m_tabs->insertTab(tableIndex + 2, m_package, tr("Package"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_package),
                          tr("Severance pay, savings accounts and assistance with the insurance: what the "
                             "package costs, who pays, and whom it protects"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    if (m_document) {
        connect(m_document, &ScenarioDocument::resultsChanged, this, &ResultsView::updateTableState);
        connect(m_document, &ScenarioDocument::resultsChanged, this, &ResultsView::updateGroupTabs);
        connect(m_document, &ScenarioDocument::resultsChanged, this, &ResultsView::updatePackageTab);
    }
    updateTableState();
    updateGroupTabs();
    updatePackageTab();
}

void ResultsView::updatePackageTab()
{
    m_tabs->setTabVisible(m_tabs->indexOf(m_package), m_document && m_document->packageResult());
}

void ResultsView::updateGroupTabs()
{
    const core::ProjectionResult* result = m_document ? m_document->result() : nullptr;
    const bool groups = result && result->hasGroups();
    m_tabs->setTabVisible(m_tabs->indexOf(m_groupsPage), groups);
    m_tabs->setTabVisible(m_tabs->indexOf(m_whoPays), groups);
}

QList<ChartView*> ResultsView::charts() const
{
    return {m_reserve, m_income, m_beneficiaries, m_rates};
}

bool ResultsView::isMonthly() const
{
    return m_model->isMonthly();
}

void ResultsView::setMonthly(bool monthly)
{
    if (monthly == m_model->isMonthly())
        return;
    m_model->setMonthly(monthly);
    (monthly ? m_monthlyButton : m_annualButton)->setChecked(true);
    m_columnsSized = false;
    updateTableState();
}

void ResultsView::setComparing(bool comparing)
{
    if (comparing == m_comparing)
        return;
    m_comparing = comparing;
    m_compareButton->setChecked(comparing);
    m_annualButton->setEnabled(!comparing);
    m_monthlyButton->setEnabled(!comparing);
    if (comparing) {
        m_table->setModel(m_comparisonProxy);
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's order: figure, then year
        m_table->horizontalHeader()->setSortIndicatorShown(true);
    } else {
        m_table->setSortingEnabled(false);
        m_table->horizontalHeader()->setSortIndicatorShown(false);
        m_table->setModel(m_model);
    }
    m_columnsSized = false;
    updateTableState();
}

QString ResultsView::comparisonNote() const
{
    return m_comparing ? m_comparison->emptyReason() : QString();
}

void ResultsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateTableState(); // the banner's colours follow the theme
}

void ResultsView::updateTableState()
{
    const bool stale = m_document && m_document->isResultStale();
    const ChartStyle style = ChartStyle::fromPalette(palette());
    QPalette banner = m_staleBanner->palette();
    banner.setColor(QPalette::Window, style.noteBackground);
    banner.setColor(QPalette::WindowText, style.noteText);
    m_staleBanner->setPalette(banner);
    m_staleBanner->setVisible(stale);
    m_exportButton->setEnabled(m_document && m_document->result());
    const QString note = comparisonNote();
    m_compareNote->setText(note);
    m_compareNote->setVisible(!note.isEmpty());
    // Sizing to contents reads every row; once per table shape is enough, not on every edit.
    if (!m_columnsSized && m_table->model()->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
}

bool ResultsView::exportTableCsv(const QString& path, QString* error) const
{
    const core::ProjectionResult* result = m_document ? m_document->result() : nullptr;
    if (!result) {
        if (error)
            *error = tr("There are no results to export: the scenario has errors.");
        return false;
    }
    if (m_comparing)
        return writeFileSafely(path, QByteArray::fromStdString(m_comparison->csvText()), error);
    std::ostringstream out;
    if (m_model->isMonthly())
        core::writeMonthlyCsv(out, *result);
    else
        core::writeAnnualCsv(out, *result);
    return writeFileSafely(path, QByteArray::fromStdString(out.str()), error);
}

void ResultsView::exportTableWithDialog()
{
    const QString caption = tr("Export results as CSV");
    if (m_document && m_document->isResultStale() &&
        QMessageBox::question(this, caption,
                              tr("The scenario has an error, so the table shows the last valid results, "
                                 "not the current values. Export them anyway?")) != QMessageBox::Yes)
        return;
    QString name = m_document ? QFileInfo(m_document->displayName()).completeBaseName() : QString();
    if (name.isEmpty())
        name = QStringLiteral("results");
    name += m_comparing            ? tr(" - actual and projected")
            : m_model->isMonthly() ? tr(" - monthly")
                                   : tr(" - annual");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, caption, QDir(dir).filePath(name + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!exportTableCsv(path, &error))
        plainWarning(this, caption, error);
}

} // namespace tideover::ui
