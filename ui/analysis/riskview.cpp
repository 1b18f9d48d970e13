// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "riskview.h"

#include "depletionchart.h"
#include "document/scenariodocument.h"
#include "fanchart.h"
#include "format/displayformat.h"
#include "core/model/scenariodiff.h"
#include "analysisdata/stochasticrunner.h"
#include "core/model/validation.h"

#include "widgets/flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tideover::ui {

namespace {

QLabel* smallLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString seconds(double s)
{
    return s < 1 ? RiskView::tr("%1 ms").arg(format::number(s * 1000, 0))
                 : RiskView::tr("%1 s").arg(format::number(s, s < 10 ? 2 : 1));
}

} // namespace

RiskView::RiskView(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("riskView"));
    m_runner = new StochasticRunner(this);

    m_runButton = new QPushButton(tr("&Run simulation"), this);
    m_runButton->setObjectName(QStringLiteral("runSimulation"));
    m_runButton->setToolTip(
        tr("Project the scenario along many random futures of unemployment and returns (Ctrl+R)"));
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &RiskView::run);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSimulation"));
    m_cancelButton->setToolTip(tr("Stop the simulation (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &RiskView::cancel);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &RiskView::cancel);
    escape->setContext(Qt::WidgetWithChildrenShortcut);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%p %"));
    m_progress->setMaximumWidth(220);
    m_progress->setMinimumWidth(120);

    m_paths = new QSpinBox(this);
    m_paths->setObjectName(QStringLiteral("simulationPaths"));
    m_paths->setRange(1, 1000000);
    m_paths->setGroupSeparatorShown(true);
    m_paths->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_paths->setAccelerated(true);
    m_paths->setKeyboardTracking(false);
    m_paths->setToolTip(tr("How many random futures to simulate (stochastic.paths). More paths give smoother "
                           "percentiles: 10,000 take well under a second."));
    // Paths and seed are run settings (core::isRunSetting): set without an undo step, and
    // remembered by the host window for new scenarios.
    connect(m_paths, &QSpinBox::valueChanged, this, [this](int value) {
        m_document->setValue(QStringLiteral("stochastic.paths"), core::ParamValue(std::int64_t(value)));
        emit runSettingsChosen();
    });
    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("simulationSeed"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_seed));
    m_seed->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000000000")) + 12);
    m_seed->setToolTip(tr("The seed of the random numbers (stochastic.seed): the same seed gives exactly the "
                          "same results on any computer; another seed gives another sample of futures."));
    connect(m_seed, &QLineEdit::editingFinished, this, [this] {
        QString error;
        const std::uint64_t before = m_document->scenario().stochastic.seed;
        if (!m_document->setValueFromText(QStringLiteral("stochastic.seed"), m_seed->text(), &error))
            m_seed->setText(QString::fromStdString(std::to_string(m_document->scenario().stochastic.seed)));
        else if (m_document->scenario().stochastic.seed != before)
            emit runSettingsChosen();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("simulationStatus"));
    m_shocks = smallLabel({}, this);
    m_shocks->setObjectName(QStringLiteral("simulationShocks"));
    m_shocks->setTextFormat(Qt::RichText);
    m_shocks->setWordWrap(true);
    connect(m_shocks, &QLabel::linkActivated, this,
            [this](const QString& key) { emit editParameterRequested(key); });

    // The controls wrap to the page's width; the status (a sentence) takes a line of its own
    // when it does not fit beside them.
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    auto* controls = new FlowLayout(nullptr, 16, 6);
    controls->addWidget(FlowLayout::group(this, {m_runButton, m_cancelButton, m_progress}));
    controls->addWidget(FlowLayout::group(this, {smallLabel(tr("Paths"), this), m_paths, smallLabel(tr("Seed"), this), m_seed}));
    controls->addWidget(m_status);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("simulationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_ratio = new FanChart(document, core::StochasticMeasure::reserve_ratio);
    m_reserve = new FanChart(document, core::StochasticMeasure::reserve);
    m_costRate = new FanChart(document, core::StochasticMeasure::cost_rate);
    m_depletion = new DepletionChart(document);
    m_tabs->addTab(m_ratio, tr("Reserve ratio"));
    m_tabs->addTab(m_reserve, tr("Reserve"));
    m_tabs->addTab(m_costRate, tr("Cost rate"));
    m_tabs->addTab(m_depletion, tr("Depletion"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(controls);
    layout->addWidget(m_shocks);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_runner, &StochasticRunner::progressChanged, this, [this](double f) {
        m_progress->setValue(int(std::lround(f * 1000)));
        updateControls();
    });
    connect(m_runner, &StochasticRunner::started, this, [this] {
        m_lastMessage.clear();
        updateControls();
    });
    connect(m_runner, &StochasticRunner::finished, this, &RiskView::onFinished);
    connect(m_runner, &StochasticRunner::cancelled, this, [this] {
        m_lastMessage = tr("Cancelled.");
        updateControls();
    });
    connect(m_runner, &StochasticRunner::failed, this, [this](const QString& message) {
        m_lastMessage = tr("The simulation failed: %1").arg(message);
        updateControls();
    });
    connect(m_document, &ScenarioDocument::resultsChanged, this, &RiskView::onScenarioChanged);
    onScenarioChanged();
}

QString RiskView::statusText() const
{
    return m_status->text();
}

QString RiskView::summaryText() const
{
    return m_summary->text();
}

void RiskView::run()
{
    if (core::hasErrors(m_document->problems()))
        return;
    m_runner->start(m_document->scenario());
}

void RiskView::cancel()
{
    m_runner->cancel();
}

void RiskView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The first look at the page runs the scenario: a few tenths of a second at most for the
    // usual paths, and an empty page would only ask for a click. Later changes wait for Run.
    if (!m_shown && !m_runner->hasResult() && !m_runner->isRunning())
        run();
    m_shown = true;
}

void RiskView::onScenarioChanged()
{
    const core::Scenario& s = m_document->scenario();
    {
        const QSignalBlocker block(m_paths);
        m_paths->setValue(int(std::clamp<std::int64_t>(s.stochastic.paths, 1, 1000000)));
    }
    if (!m_seed->hasFocus())
        m_seed->setText(QString::fromStdString(std::to_string(s.stochastic.seed)));
    const auto& st = s.stochastic;
    const QLocale locale;
    auto points = [&](double fraction) { return locale.toString(fraction * 100, 'g', 3); };
    const QString unemployment =
        st.unemployment_volatility > 0
            ? (st.unemployment_volatility == 0.01
                   ? tr("each year the unemployment rate takes a random shock of typically ±1 point, %1 % of "
                        "which "
                        "carries into the next year")
                         .arg(locale.toString(st.unemployment_persistence * 100, 'g', 3))
                   : tr("each year the unemployment rate takes a random shock of typically ±%1 points, %2 % "
                        "of which "
                        "carries into the next year")
                         .arg(points(st.unemployment_volatility),
                              locale.toString(st.unemployment_persistence * 100, 'g', 3)))
            : tr("no shocks to unemployment");
    const QString returns =
        st.return_volatility > 0
            ? tr("the reserve's return varies by typically ±%1 points").arg(points(st.return_volatility))
            : tr("no shocks to the reserve's return");
    m_shocks->setText(tr("Random futures: %1; %2. <a href=\"stochastic.unemployment_volatility\">Change…</a>")
                          .arg(unemployment, returns));
    // Out of date only when a parameter of the scheme differs: a new title, source note, number
    // of paths or seed changes no figure of the run shown (its paths and seed are in the status).
    m_stale = m_runner->hasResult() &&
              !core::differingKeys(m_runner->resultScenario(), s, core::RunSettings::Ignored).empty();
    updateCharts();
    updateControls();
}

void RiskView::onFinished()
{
    m_stale = !core::differingKeys(m_runner->resultScenario(), m_document->scenario(), core::RunSettings::Ignored)
                   .empty();
    updateCharts();
    updateControls();
}

void RiskView::updateControls()
{
    const bool running = m_runner->isRunning();
    const bool errors = core::hasErrors(m_document->problems());
    m_runButton->setEnabled(!errors);
    m_runButton->setText(m_runner->hasResult() && !running ? tr("&Run again") : tr("&Run simulation"));
    m_runButton->setToolTip(errors ? tr("Fix the marked values in the scenario first")
                                   : tr("Project the scenario along many random futures of unemployment and "
                                        "returns (Ctrl+R)"));
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        const double done = m_runner->progress();
        m_status->setText(done >= 1
                              ? tr("Computing the percentiles…")
                              : tr("Simulating %1 paths…")
                                    .arg(format::number(double(m_document->scenario().stochastic.paths))));
    } else if (!m_lastMessage.isEmpty()) {
        m_status->setText(m_lastMessage);
    } else if (m_runner->hasResult()) {
        const auto& r = m_runner->result();
        m_status->setText(tr("%1 paths, seed %2, in %3")
                              .arg(format::number(double(r.paths)),
                                   QString::fromStdString(std::to_string(r.seed)),
                                   seconds(m_runner->seconds())) +
                          (m_stale ? tr(" — scenario changed since") : QString()));
    } else {
        m_status->setText(errors ? tr("Fix the marked values to run the simulation.") : QString());
    }
}

void RiskView::updateCharts()
{
    if (!m_runner->hasResult()) {
        const QString note = tr("Press Run simulation to project many random futures");
        m_ratio->clearResult(note);
        m_reserve->clearResult(note);
        m_costRate->clearResult(note);
        m_depletion->clearResult(note);
        updateSummary();
        return;
    }
    const core::StochasticResult& r = m_runner->result();
    // The deterministic line is the projection of the scenario that was run, not of today's.
    const core::ProjectionResult* deterministic = m_stale ? nullptr : m_document->result();
    const double target = m_runner->resultScenario().projection.target_reserve_ratio;
    m_ratio->setResult(r, deterministic, target, m_stale);
    m_reserve->setResult(r, deterministic, target, m_stale);
    m_costRate->setResult(r, deterministic, target, m_stale);
    m_depletion->setResult(r, m_stale);
    updateSummary();
}

void RiskView::updateSummary()
{
    if (!m_runner->hasResult()) {
        m_summary->clear();
        m_summary->setVisible(false);
        return;
    }
    const core::StochasticResult& r = m_runner->result();
    const int last = r.years - 1;
    const int year = r.startYear + last;
    using M = core::StochasticMeasure;
    const double median = r.percentile(M::reserve_ratio, last, 2);
    const double low = r.percentile(M::reserve_ratio, last, 0);
    const double high = r.percentile(M::reserve_ratio, last, 4);
    const double depleted = r.depletionProbability[last];
    QString text =
        tr("In %1 the median reserve ratio is <b>%2</b>; in 90 % of the futures it lies between %3 and %4.")
            .arg(year)
            .arg(format::years(median), format::years(low), format::years(high));
    text += QLatin1Char(' ');
    if (depleted <= 0)
        text += tr("In none of the %1 futures is the reserve depleted by %2.")
                    .arg(format::number(double(r.paths)))
                    .arg(year);
    else
        // medianDepletionYear is the year by which half of all the paths are depleted, not half
        // of the depleted ones: say so.
        text += tr("The reserve is depleted by %1 in <b>%2</b> of the futures%3.")
                    .arg(year)
                    .arg(format::rate(depleted),
                         r.medianDepletionYear
                             ? tr("; half of all the simulated futures are depleted by %1").arg(*r.medianDepletionYear)
                             : QString());
    m_summary->setText(text);
    m_summary->setEnabled(!m_stale); // greyed: the figures are of an earlier scenario
    m_summary->setVisible(true);
}

} // namespace tideover::ui
