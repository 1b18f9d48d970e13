// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "reportdialog.h"

#include "analysisdata/comparisonset.h"
#include "analysis/riskview.h"
#include "analysisdata/stochasticrunner.h"
#include "analysis/stresstestview.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <exception>

namespace tideover::ui {

namespace {

// A choice with a line of explanation under it, indented to the check box's text.
QLabel* addChoice(QVBoxLayout* layout, QCheckBox* box, QWidget* extra = nullptr)
{
    layout->addWidget(box);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(24, 0, 0, 6);
    auto* note = new QLabel;
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(note, 1);
    if (extra)
        row->addWidget(extra, 0, Qt::AlignTop);
    layout->addLayout(row);
    return note;
}

} // namespace

ReportDialog::ReportDialog(ScenarioDocument* document, RiskView* risk, StressTestView* stress,
                           ComparisonSet* comparison, QWidget* parent)
    : QDialog(parent), m_document(document), m_risk(risk), m_stressView(stress), m_set(comparison)
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("reportDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Every report has a title page, the summary in plain words, the ILO standards check, the "
           "parameters with their sources and the annual table. Add:"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);

    m_charts = new QCheckBox(tr("The result &charts"));
    m_charts->setChecked(true);
    addChoice(layout, m_charts)
        ->setText(tr("Reserve, income and spending, beneficiaries and coverage, rates."));

    m_stress = new QCheckBox(tr("The &stress test"));
    m_stressNote = addChoice(layout, m_stress);
    if (m_stressView) {
        const core::RecessionShock shock = m_stressView->shock();
        const QString name =
            shock.name.empty() ? QString() : tr("“%1”, ").arg(QString::fromStdString(shock.name));
        m_stressNote->setText(
            tr("The Stress test page's recession, %1unemployment up %2 points from %3, at its peak "
               "after %4 months and back after %5 more.")
                .arg(name)
                .arg(QLocale().toString(shock.rise * 100, 'g', 3))
                .arg(shock.startYear)
                .arg(shock.monthsToPeak)
                .arg(shock.monthsToRecover));
        // Chosen when the user has been looking at one.
        m_stress->setChecked(m_stressView->result().has_value());
    } else {
        m_stress->setEnabled(false);
    }

    m_stochastic = new QCheckBox(tr("The s&tochastic projection"));
    m_run = new QPushButton(tr("&Run Now"));
    m_run->setObjectName(QStringLiteral("reportRunStochastic"));
    m_stochasticNote = addChoice(layout, m_stochastic, m_run);
    connect(m_stochastic, &QCheckBox::clicked, this, [this] { m_userTouchedStochastic = true; });
    if (m_risk) {
        connect(m_run, &QPushButton::clicked, m_risk, &RiskView::run);
        connect(m_risk->runner(), &StochasticRunner::finished, this, &ReportDialog::updateStochastic);
        for (auto signal : {&StochasticRunner::started, &StochasticRunner::cancelled})
            connect(m_risk->runner(), signal, this, &ReportDialog::updateStochastic);
        connect(m_risk->runner(), &StochasticRunner::failed, this, &ReportDialog::updateStochastic);
    }
    updateStochastic();

    m_comparison = new QCheckBox(tr("The c&omparison"));
    m_comparisonNote = addChoice(layout, m_comparison);
    const int pinned = m_set ? m_set->count() : 0;
    if (pinned > 0) {
        QStringList names;
        for (int i = 0; i < pinned; ++i)
            names << m_set->at(i).name;
        m_comparisonNote->setText(
            (pinned == 1 ? tr("With the scenario pinned on the Compare page: %1.")
                         : tr("With the %1 scenarios pinned on the Compare page: %2.").arg(pinned))
                .arg(QLocale().createSeparatedList(names)));
        m_comparison->setChecked(true);
    } else {
        m_comparison->setEnabled(false);
        m_comparisonNote->setText(tr("No scenario is pinned on the Compare page."));
    }

    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("reportExportButton"));
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

bool ReportDialog::hasCurrentRun() const
{
    return m_risk && m_risk->runner()->hasResult() && !m_risk->runner()->isRunning() && !m_risk->isStale();
}

void ReportDialog::updateStochastic()
{
    if (!m_risk) {
        m_stochastic->setEnabled(false);
        m_run->hide();
        m_stochasticNote->setText(tr("Not available."));
        return;
    }
    const StochasticRunner* runner = m_risk->runner();
    const bool current = hasCurrentRun();
    m_stochastic->setEnabled(current);
    if (current && !m_userTouchedStochastic)
        m_stochastic->setChecked(true);
    if (!current)
        m_stochastic->setChecked(false);
    m_run->setVisible(!current);
    m_run->setEnabled(!runner->isRunning() && !m_document->isResultStale());
    if (current) {
        const core::StochasticResult& r = runner->result();
        m_stochasticNote->setText(tr("The Risk page's run: %1 random futures, seed %2.")
                                      .arg(QLocale().toString(qlonglong(r.paths)))
                                      .arg(r.seed));
    } else if (runner->isRunning()) {
        m_stochasticNote->setText(tr("Running on the Risk page…"));
    } else {
        m_stochasticNote->setText(runner->hasResult()
                                      ? tr("The Risk page's run is of an earlier state of the scenario.")
                                      : tr("Not run yet for this scenario."));
    }
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.includeCharts = m_charts->isChecked();
    if (m_stress->isChecked() && m_stressView && !m_document->isResultStale()) {
        try {
            options.stressGroup = m_stressView->groupShock();
            options.stress = core::StressTest(m_document->scenario()).run(m_stressView->shock(), options.stressGroup);
        } catch (const std::exception&) {
            // A shock the scenario cannot take (outside its years): the report goes without it,
            // as the Stress test page shows none.
        }
    }
    if (m_stochastic->isChecked() && hasCurrentRun())
        options.stochastic = m_risk->runner()->result();
    if (m_comparison->isChecked() && m_set)
        for (int i = 0; i < m_set->count(); ++i)
            options.comparison.push_back({m_set->at(i).name, m_set->at(i).scenario});
    return options;
}

} // namespace tideover::ui
