// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "workercaseview.h"

#include "workerincomechart.h"

#include "charts/chartstyle.h"
#include "core/model/datedchanges.h"
#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "widgets/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <stdexcept>

namespace tideover::ui {

namespace {

constexpr int kReplacementMonths[3] = {6, 12, 24};

// Three significant digits: 7,137,412 -> 7,140,000; a figure one can type and remember.
double roundToThreeDigits(double x)
{
    if (!(x > 0) || !std::isfinite(x))
        return 0;
    const double scale = std::pow(10.0, std::floor(std::log10(x)) - 2);
    return std::round(x / scale) * scale;
}

} // namespace

WorkerCaseView::WorkerCaseView(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("workerCaseView"));
    m_wage = new QDoubleSpinBox(this);
    m_wage->setObjectName(QStringLiteral("workerWage"));
    m_wage->setRange(0, 1e12);
    m_wage->setDecimals(0);
    m_wage->setGroupSeparatorShown(true);
    m_wage->setToolTip(tr("The monthly wage before the lay-off, in the money of the year of the lay-off"));
    m_wageUnit = new QLabel(this);
    m_tenure = new QDoubleSpinBox(this);
    m_tenure->setObjectName(QStringLiteral("workerTenure"));
    // Wider than the model's 0..60 years, so that a value outside it is explained, not clamped.
    m_tenure->setRange(0, 99);
    m_tenure->setDecimals(1);
    m_tenure->setSingleStep(1);
    m_tenure->setToolTip(tr("Years of service with the employer who lays the worker off"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("workerYear"));
    m_year->setRange(1900, 2200);
    m_year->setToolTip(tr("The worker is laid off on 1 January of this year; the rules of that year apply"));
    m_insured = new QCheckBox(tr("&Insured"), this);
    m_insured->setObjectName(QStringLiteral("workerInsured"));
    m_insured->setChecked(true);
    m_insured->setToolTip(tr("Covered by the insurance and meeting its conditions"));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("workerClass"));
    m_class->setToolTip(tr("The insurance's duration class the worker's contributions give"));
    m_balanceGiven = new QCheckBox(tr("Account &balance:"), this);
    m_balanceGiven->setObjectName(QStringLiteral("workerBalanceGiven"));
    m_balanceGiven->setToolTip(tr("Unticked: the contributions of the years of service, without interest"));
    m_balance = new QDoubleSpinBox(this);
    m_balance->setObjectName(QStringLiteral("workerBalance"));
    m_balance->setRange(0, 1e13);
    m_balance->setDecimals(0);
    m_balance->setGroupSeparatorShown(true);
    m_balance->setEnabled(false);
    m_solidarity = new QCheckBox(tr("Solidarity top-up"), this);
    m_solidarity->setObjectName(QStringLiteral("workerSolidarity"));
    m_solidarity->setToolTip(tr("The solidarity fund tops the account's payments up when the balance runs short"));
    m_expected = new QCheckBox(tr("E&xpected severance (× paid share)"), this);
    m_expected->setObjectName(QStringLiteral("workerExpected"));
    m_expected->setToolTip(tr("Severance times the share of what is due that employers actually pay: what a "
                              "worker receives on average, not what the law promises"));
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{m_wage, m_tenure, m_year, m_balance})
        box->setKeyboardTracking(false);
    connect(m_wage, &QDoubleSpinBox::valueChanged, this, &WorkerCaseView::recompute);
    connect(m_tenure, &QDoubleSpinBox::valueChanged, this, &WorkerCaseView::recompute);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        updateClasses();
        recompute();
    });
    connect(m_insured, &QCheckBox::toggled, this, &WorkerCaseView::recompute);
    connect(m_class, &QComboBox::activated, this, &WorkerCaseView::recompute);
    connect(m_balanceGiven, &QCheckBox::toggled, this, [this](bool on) {
        m_balance->setEnabled(on);
        recompute();
    });
    connect(m_balance, &QDoubleSpinBox::valueChanged, this, &WorkerCaseView::recompute);
    connect(m_solidarity, &QCheckBox::toggled, this, &WorkerCaseView::recompute);
    connect(m_expected, &QCheckBox::toggled, this, &WorkerCaseView::recompute);

    auto caption = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* form = new FlowLayout(nullptr, 16, 6);
    form->addWidget(FlowLayout::group(this, {caption(tr("&Wage:"), m_wage), m_wage, m_wageUnit}));
    form->addWidget(FlowLayout::group(this, {caption(tr("&Years of service:"), m_tenure), m_tenure}));
    form->addWidget(FlowLayout::group(this, {caption(tr("&Laid off in:"), m_year), m_year}));
    form->addWidget(FlowLayout::group(this, {m_insured}));
    form->addWidget(FlowLayout::group(this, {caption(tr("&Duration class:"), m_class), m_class}));
    form->addWidget(FlowLayout::group(this, {m_balanceGiven, m_balance}));
    form->addWidget(FlowLayout::group(this, {m_solidarity}));
    form->addWidget(FlowLayout::group(this, {m_expected}));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("workerMessage"));
    m_message->setTextFormat(Qt::PlainText);  // the core's text names the user's input
    m_message->setWordWrap(true);
    m_message->setMargin(6);
    m_message->setAutoFillBackground(true);
    m_message->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("workerSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    // The three headline figures: the income of the first n months over n months of the wage.
    auto* figures = new QFrame(this);
    figures->setFrameShape(QFrame::StyledPanel);
    // They flow onto a second line rather than widen a narrow page (a dock open, French).
    auto* figuresLayout = new FlowLayout(figures, 24, 4);
    figuresLayout->setContentsMargins(8, 4, 8, 4);
    auto* figuresCaption = new QLabel(tr("Replacement of the wage:"), figures);
    figuresCaption->setToolTip(tr("The income of the first months of unemployment divided by the wage of as many "
                                  "months (OECD, Benefits and Wages)"));
    figuresLayout->addWidget(figuresCaption);
    for (int i = 0; i < 3; ++i) {
        m_replacement[i] = new QLabel(figures);
        m_replacement[i]->setObjectName(QStringLiteral("workerReplacement%1").arg(kReplacementMonths[i]));
        m_replacement[i]->setTextFormat(Qt::RichText);
        figuresLayout->addWidget(m_replacement[i]);
    }

    m_chart = new WorkerIncomeChart(this);
    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("workerTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(120);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("workerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(figures);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    if (m_document) {
        // A scenario loaded or started anew brings its own defaults (its wage, its start year).
        // reset() (New, Open, a recovered file) clears the undo stack; an edit or a save does not.
        connect(m_document, &ScenarioDocument::scenarioChanged, this, [this](const QString& key) {
            if (key.isEmpty() && m_document->undoStack()->count() == 0) {
                m_takeDefaults = true;
                followDocument();  // resultsChanged came first
            }
        });
        connect(m_document, &ScenarioDocument::resultsChanged, this, &WorkerCaseView::followDocument);
    }
    followDocument();
}

double WorkerCaseView::defaultWage(const core::Scenario& scenario)
{
    return roundToThreeDigits(scenario.benefits.claimant_wage_ratio.at(0) * scenario.wages.average_monthly);
}

void WorkerCaseView::followDocument()
{
    const QString currency = m_document ? m_document->currency() : QStringLiteral("LCU");
    m_wageUnit->setText(tr("%1/month").arg(currency));
    if (m_document && m_document->result() && !m_document->isResultStale()) {
        const core::Scenario& s = m_document->scenario();
        if (m_takeDefaults) {
            m_takeDefaults = false;
            core::WorkerCase c;
            c.wage = defaultWage(s);
            c.tenure = 5;
            c.year = static_cast<int>(s.projection.start_year);
            setWorkerCase(c);
            return;
        }
    }
    updateClasses();
    recompute();
}

void WorkerCaseView::updateClasses()
{
    const int chosen = m_class->currentIndex() >= 0 ? m_class->currentData().toInt() : -1;
    const QSignalBlocker block(m_class);
    m_class->clear();
    m_class->addItem(tr("The longest"), -1);
    if (m_document && m_document->result()) {
        const core::Scenario& s = m_document->scenario();
        const std::vector<core::BenefitRule> rules = core::benefitRules(s);
        const int start = static_cast<int>(s.projection.start_year);
        const std::vector<int> ofYear = core::ruleOfYear(rules, start, m_document->result()->years);
        const int y = m_year->value() - start;
        const std::size_t rule = y >= 0 && y < int(ofYear.size()) ? std::size_t(ofYear[std::size_t(y)]) : 0;
        if (rule < rules.size()) {
            const auto& months = rules[rule].duration_months;
            for (std::size_t k = 0; k < months.size(); ++k)
                m_class->addItem(tr("Class %1: %2 months").arg(k + 1).arg(months[k]), int(k));
        }
    }
    // A class the year's rule lacks stays chosen, so that the message says so.
    int index = m_class->findData(chosen);
    if (index < 0) {
        m_class->addItem(tr("Class %1").arg(chosen + 1), chosen);
        index = m_class->count() - 1;
    }
    m_class->setCurrentIndex(index);
}

core::WorkerCase WorkerCaseView::workerCase() const
{
    core::WorkerCase c;
    c.wage = m_wage->value();
    c.tenure = m_tenure->value();
    c.year = m_year->value();
    c.months = kMonths;
    c.insured = m_insured->isChecked();
    c.durationClass = m_class->currentIndex() >= 0 ? m_class->currentData().toInt() : -1;
    if (m_balanceGiven->isChecked())
        c.balance = m_balance->value();
    c.solidarity = m_solidarity->isChecked();
    c.expected = m_expected->isChecked();
    return c;
}

void WorkerCaseView::setWorkerCase(const core::WorkerCase& c)
{
    m_updating = true;
    m_wage->setValue(c.wage);
    m_tenure->setValue(c.tenure);
    if (c.year != 0)
        m_year->setValue(c.year);
    else if (m_document)
        m_year->setValue(static_cast<int>(m_document->scenario().projection.start_year));
    m_insured->setChecked(c.insured);
    updateClasses();
    int index = m_class->findData(c.durationClass);
    if (index < 0) {
        m_class->addItem(tr("Class %1").arg(c.durationClass + 1), c.durationClass);
        index = m_class->count() - 1;
    }
    m_class->setCurrentIndex(index);
    m_balanceGiven->setChecked(c.balance.has_value());
    m_balance->setEnabled(c.balance.has_value());
    if (c.balance)
        m_balance->setValue(*c.balance);
    m_solidarity->setChecked(c.solidarity);
    m_expected->setChecked(c.expected);
    m_updating = false;
    recompute();
}

QString WorkerCaseView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString WorkerCaseView::replacementText(int months) const
{
    for (int i = 0; i < 3; ++i)
        if (kReplacementMonths[i] == months)
            return m_replacement[i]->text();
    return {};
}

void WorkerCaseView::recompute()
{
    if (m_updating)
        return;
    const QString currency = m_document ? m_document->currency() : QStringLiteral("LCU");
    const ChartStyle style = ChartStyle::fromPalette(palette());
    QPalette notePalette = m_message->palette();
    notePalette.setColor(QPalette::Window, style.noteBackground);
    notePalette.setColor(QPalette::WindowText, style.noteText);
    m_message->setPalette(notePalette);

    const bool stale = m_document && m_document->isResultStale();
    QString problem;
    if (!m_document || !m_document->result()) {
        problem = tr("No results: the scenario has errors.");
    } else if (stale) {
        // workerView needs a valid scenario: keep what the last valid one gave.
        problem = tr("Out of date: the scenario has errors. The figures are those of the last valid scenario.");
    } else {
        try {
            m_view = core::workerView(m_document->scenario(), workerCase());
        } catch (const std::invalid_argument& e) {
            m_view.reset();
            problem = tr("Cannot show this worker: %1.").arg(QString::fromUtf8(e.what()));
        }
    }
    if (!m_document || !m_document->result())
        m_view.reset();
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());

    if (!m_view) {
        m_chart->clear();
        m_table->setRowCount(0);
        for (QLabel* l : m_replacement)
            l->setText(format::undefinedMark());
        m_summary->clear();
        return;
    }
    const core::WorkerView& v = *m_view;
    // The parts the scenario has: the others have no column, no legend entry and no input.
    const core::Scenario& scenario = m_document->scenario();
    const bool parts[WorkerIncomeChart::kSources] = {core::hasSeverance(scenario), true, core::hasSavings(scenario),
                                                     core::hasSavings(scenario), core::hasAssistance(scenario)};
    m_chart->setSourcesShown({parts[0], parts[1], parts[2], parts[3], parts[4]});
    m_chart->setView(v, currency, stale);
    for (int k = 0; k < WorkerIncomeChart::kSources; ++k)
        m_table->setColumnHidden(k + 1, !parts[k]);
    m_balanceGiven->setEnabled(parts[WorkerIncomeChart::Savings]);
    m_balance->setEnabled(parts[WorkerIncomeChart::Savings] && m_balanceGiven->isChecked());
    m_solidarity->setEnabled(parts[WorkerIncomeChart::Savings]);
    m_expected->setEnabled(parts[WorkerIncomeChart::Severance]);

    // Short headers: eight columns share the page's width (the chart's legend has the long names).
    m_table->setHorizontalHeaderLabels({tr("Month"), tr("Severance"), tr("Insurance"), tr("Savings"),
                                        tr("Solidarity"), tr("Assistance"), tr("Total"), tr("% of wage")});
    m_table->setRowCount(int(v.months.size()));
    // Money figures of the table share their decimals, as a column of a report would.
    std::vector<double> all;
    for (const core::WorkerMonth& m : v.months)
        all.insert(all.end(), {m.severance, m.insurance, m.savings, m.solidarity, m.assistance, m.total()});
    const int decimals = core::sharedDecimals(core::Figure::Money, all);
    auto cell = [this](int row, int column, const QString& text, bool bold = false) {
        QTableWidgetItem* item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        QFont f = item->font();
        f.setBold(bold);
        item->setFont(f);
        item->setText(text);
    };
    for (int r = 0; r < int(v.months.size()); ++r) {
        const core::WorkerMonth& m = v.months[std::size_t(r)];
        cell(r, 0, QString::number(m.month));
        const double values[6] = {m.severance, m.insurance, m.savings, m.solidarity, m.assistance, m.total()};
        for (int c = 0; c < 6; ++c)
            cell(r, c + 1, format::figure(core::Figure::Money, values[c], decimals), c == 5);
        cell(r, 7, v.wage > 0 ? format::rate(m.total() / v.wage) : format::undefinedMark());
    }
    for (int i = 0; i < 3; ++i) {
        const double r = v.replacement(kReplacementMonths[i]);
        const QString figure = std::isfinite(r) ? format::rate(r) : format::undefinedMark();
        m_replacement[i]->setText(
            tr("over %1 months: <b>%2</b>").arg(kReplacementMonths[i]).arg(figure.toHtmlEscaped()));
    }
    QStringList summary;
    summary << tr("Amounts in %1 of %2.").arg(currency).arg(v.year);
    if (m_document && core::hasSeverance(m_document->scenario())) {
        QString s = tr("Severance: %1 months of wage").arg(format::figure(core::Figure::Ratio, v.severanceMonths));
        if (v.offsetYears > 0)
            s += tr(" (years insured not counted: %1)").arg(format::number(v.offsetYears));
        summary << s + QLatin1Char('.');
    }
    if (m_document && core::hasSavings(m_document->scenario()) && workerCase().insured)
        summary << tr("Account balance at the lay-off: %1.").arg(format::money(v.savingsBalance, currency));
    m_summary->setText(summary.join(QLatin1Char(' ')));
}

} // namespace tideover::ui
