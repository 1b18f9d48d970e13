// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// tideover-screenshots: the pictures of the user guide (docs/images/), made from the real main
// window at a chosen size and in a chosen language:
//
//   tideover-screenshots --size 1366x768 --language vi --out DIR
//
// writes DIR/NAME.png for every name of kShots (docs/user-guide.md says how to regenerate the
// guide's images). It runs with fresh settings and data folders (temporary ones), so the
// pictures do not depend on the user's preferences, recent files or pinned scenarios. It uses
// Qt's offscreen platform unless QT_QPA_PLATFORM names another, so it needs no display.
// tests/tools/screenshots/check-screenshots.cmake runs it once as a test.

#include "analysis/backtestview.h"
#include "analysis/calibrationdialog.h"
#include "analysis/comparisonview.h"
#include "analysis/monitoringview.h"
#include "analysis/packagecomparisonview.h"
#include "analysisdata/comparisonset.h"
#include "analysis/riskview.h"
#include "analysis/sensitivityview.h"
#include "analysis/solvedialog.h"
#include "analysis/stresstestview.h"
#include "analysis/workercaseview.h"
#include "analysisdata/stochasticrunner.h"
#include "charts/beneficiarieschart.h"
#include "charts/funnelchart.h"
#include "charts/incomeexpenditurechart.h"
#include "charts/groupflowschart.h"
#include "charts/packageview.h"
#include "charts/whopayschart.h"
#include "core/model/groups.h"
#include "charts/resultsview.h"
#include "core/engine/projection.h"
#include "core/model/parameters.h"
#include "core/training/exercise.h"
#include "core/training/exercisefile.h"
#include "document/preferences.h"
#include "document/scenariodocument.h"
#include "format/language.h"
#include "models/historytablemodel.h"
#include "report/reportdialog.h"
#include "training/standardsview.h"
#include "training/trainerpanel.h"
#include "widgets/collapsiblesection.h"
#include "widgets/groupseditor.h"
#include "widgets/historyeditor.h"
#include "widgets/mainwindow.h"
#include "widgets/parameterfield.h"
#include "widgets/preferencesdialog.h"
#include "widgets/reformseditor.h"
#include "widgets/scenarioeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace tideover;
using ui::MainWindow;

// The pictures, in the order they are made; the user guide shows most of them.
const QStringList kShots = {
    QStringLiteral("app-first-start"),
    QStringLiteral("editor-series"),
    QStringLiteral("editor-error"),
    QStringLiteral("analysis-risk"),
    QStringLiteral("analysis-stress"),
    QStringLiteral("analysis-sensitivity"),
    QStringLiteral("analysis-solve-contribution"),
    QStringLiteral("analysis-solve-replacement"),
    QStringLiteral("analysis-compare"),
    QStringLiteral("analysis-compare-headline"),
    QStringLiteral("analysis-compare-diff"),
    QStringLiteral("report-dialog"),
    QStringLiteral("preferences"),
    QStringLiteral("training-funnel"),
    QStringLiteral("training-panel"),
    QStringLiteral("training-standards"),
    QStringLiteral("training-standards-errors"),
    QStringLiteral("save-read-only"),
    QStringLiteral("editor-timeline"),
    QStringLiteral("editor-reforms"),
    QStringLiteral("results-reform-lines"),
    QStringLiteral("results-reform-income"),
    QStringLiteral("history-editor"),
    QStringLiteral("results-actual-markers"),
    QStringLiteral("results-actual-compare"),
    QStringLiteral("monitoring-indicators"),
    QStringLiteral("monitoring-backtest"),
    QStringLiteral("calibration-dialog"),
    QStringLiteral("groups-editor"),
    QStringLiteral("groups-stacked"),
    QStringLiteral("groups-who-pays"),
    QStringLiteral("groups-funnel"),
    QStringLiteral("groups-stacked-beneficiaries"),
    QStringLiteral("groups-stacked-income"),
    QStringLiteral("package-editor"),
    QStringLiteral("package-compare"),
    QStringLiteral("package-results"),
    QStringLiteral("worker-view"),
};

// The exercise of the trainer's panel picture.
constexpr auto kExercise = "kelora-1-diagnosis";

// The model's answer to a question of a bundled exercise as a trainee types it in the
// window's language: a percentage for a fraction, no group separators.
QString typedAnswer(const char* exercise, int question)
{
    const core::Exercise e = core::loadExercise(std::string("builtin:") + exercise);
    const core::Question& q = e.questions.at(std::size_t(question));
    const std::optional<double> answer = core::expectedAnswer(core::exerciseScenario(e), q);
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return answer ? locale.toString(q.unit == "fraction" ? *answer * 100 : *answer, 'g', 12) : QString();
}

class Shooter {
public:
    explicit Shooter(const QString& folder) : m_folder(folder) {}

    // Lets pending layouts, queued replots and deferred calls run, then saves the widget.
    void save(QWidget* widget, const QString& name)
    {
        Q_ASSERT(kShots.contains(name));
        settle();
        const QString path = m_folder.filePath(name + QStringLiteral(".png"));
        if (!widget->grab().save(path)) {
            std::fprintf(stderr, "tideover-screenshots: cannot write %s\n", qPrintable(path));
            m_failed = true;
        }
    }
    bool failed() const { return m_failed; }
    void fail(const QString& why)
    {
        std::fprintf(stderr, "tideover-screenshots: %s\n", qPrintable(why));
        m_failed = true;
    }

    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
    }

private:
    QDir m_folder;
    bool m_failed = false;
};

// Runs the Risk page on the scenario as it is now, unless it has that run already, and waits
// for the run to end (no timeout: it ends).
void runRisk(ui::RiskView* risk)
{
    ui::StochasticRunner* runner = risk->runner();
    if (!runner->isRunning() && (!runner->hasResult() || risk->isStale()))
        risk->run();
    if (!runner->isRunning())
        return;
    QEventLoop loop;
    QObject::connect(runner, &ui::StochasticRunner::finished, &loop, &QEventLoop::quit);
    QObject::connect(runner, &ui::StochasticRunner::cancelled, &loop, &QEventLoop::quit);
    QObject::connect(runner, &ui::StochasticRunner::failed, &loop, &QEventLoop::quit);
    loop.exec();
}

void shootScenarioAndAnalyses(MainWindow& w, Shooter& shot)
{
    shot.save(&w, QStringLiteral("app-first-start"));

    // The editor: a per-year table, then an error at its field.
    ui::ScenarioEditor* editor = w.editor();
    editor->field(QStringLiteral("coverage.compliance"))->setByYearVisible(true);
    editor->focusParameter(QStringLiteral("coverage.compliance"));
    shot.save(editor, QStringLiteral("editor-series"));
    w.document()->setValue(QStringLiteral("labour.job_finding_rate"), core::ParamValue(3.0));
    editor->focusParameter(QStringLiteral("labour.job_finding_rate"));
    shot.save(editor, QStringLiteral("editor-error"));
    w.document()->undoStack()->undo();
    editor->field(QStringLiteral("coverage.compliance"))->setByYearVisible(false);
    // Back to the top of the editor, as on the first start, for the pages' pictures.
    if (auto* scroll = editor->findChild<QScrollArea*>(QStringLiteral("scenarioEditor.scroll")))
        scroll->verticalScrollBar()->setValue(0);
    w.setFocus();

    w.document()->setValue(QStringLiteral("stochastic.paths"), core::ParamValue(std::int64_t(10000)));
    w.showPage(w.riskView());
    runRisk(w.riskView());
    shot.save(&w, QStringLiteral("analysis-risk"));
    w.showPage(w.stressTestView());
    shot.save(&w, QStringLiteral("analysis-stress"));
    w.showPage(w.sensitivityView());
    shot.save(&w, QStringLiteral("analysis-sensitivity"));

    ui::SolveDialog* dialog = w.solveContributionRate();
    shot.save(dialog, QStringLiteral("analysis-solve-contribution"));
    dialog->reject();
    dialog = w.solveReplacementRate();
    shot.save(dialog, QStringLiteral("analysis-solve-replacement"));
    dialog->reject();

    // Compare: the bundled reference scheme, a pinned variant and the scenario being edited.
    ui::ComparisonView* compare = w.comparisonView();
    w.showPage(compare);
    compare->pinBuiltin(QStringLiteral("default"));
    w.document()->setValue(QStringLiteral("benefits.replacement_rates"),
                           core::ParamValue(std::vector<double>{0.75}));
    compare->pinCurrent();
    w.document()->setValue(QStringLiteral("contributions.employer_rate"),
                           core::ParamValue(core::Series(0.015)));
    compare->tabs()->setCurrentIndex(0);
    shot.save(&w, QStringLiteral("analysis-compare"));
    compare->tabs()->setCurrentIndex(1);
    shot.save(&w, QStringLiteral("analysis-compare-headline"));
    compare->tabs()->setCurrentIndex(2);
    shot.save(&w, QStringLiteral("analysis-compare-diff"));
    compare->tabs()->setCurrentIndex(0);

    // File > Export Report's choices, with everything the other pages hold ticked.
    runRisk(w.riskView());
    {
        ui::ReportDialog report(w.document(), w.riskView(), w.stressTestView(), compare->set(), &w);
        for (QCheckBox* box :
             {report.chartsBox(), report.stressBox(), report.stochasticBox(), report.comparisonBox()})
            box->setChecked(box->isEnabled());
        report.show();
        shot.save(&report, QStringLiteral("report-dialog"));
    }
    {
        ui::PreferencesDialog preferences(ui::Preferences::instance(), &w);
        preferences.show();
        shot.save(&preferences, QStringLiteral("preferences"));
    }
}

// The training pictures use Kelora, the workshops' country.
void shootTraining(MainWindow& w, Shooter& shot)
{
    w.document()->reset(ui::loadBuiltinScenario(QStringLiteral("kelora")));
    ui::FunnelChart* funnel = w.funnelChart();
    w.showPage(funnel);
    funnel->setYear(funnel->firstYear() + 3);
    shot.save(funnel, QStringLiteral("training-funnel"));

    // The first exercise with one answer right, one wrong and a hint.
    ui::TrainerPanel* trainer = w.trainerPanel();
    auto* trainerDock = w.findChild<QDockWidget*>(QStringLiteral("trainerDock"));
    trainerDock->show();
    if (trainer->openBuiltin(QString::fromLatin1(kExercise))) {
        trainer->checkAnswer(0, typedAnswer(kExercise, 0));
        trainer->checkAnswer(1, QStringLiteral("1000"));
        trainer->revealNextHint();
    }
    shot.save(trainer, QStringLiteral("training-panel"));
    trainerDock->hide();

    // The ILO standards check of a scheme that falls short on the benefit level.
    w.document()->reset(ui::loadBuiltinScenario(QStringLiteral("kelora")));
    w.document()->setValue(QStringLiteral("benefits.replacement_rates"),
                           core::ParamValue(std::vector<double>{0.4}));
    // The window leaves the bottom dock little height, so the dock floats for its picture.
    auto* standardsDock = w.findChild<QDockWidget*>(QStringLiteral("standardsDock"));
    standardsDock->show();
    standardsDock->setFloating(true);
    standardsDock->resize(w.width() * 3 / 4, w.height() * 7 / 8);
    shot.save(w.standardsView(), QStringLiteral("training-standards"));

    // The same dock while the scenario has an error: it says why it is empty (no check runs on
    // an invalid scenario).
    w.document()->setValue(QStringLiteral("labour.job_finding_rate"), core::ParamValue(3.0));
    shot.save(w.standardsView(), QStringLiteral("training-standards-errors"));
    w.document()->undoStack()->undo();
    standardsDock->setFloating(false);
    standardsDock->hide();
}

// File > Save on a read-only file (mode 0444): the window asks before replacing it. The box is
// modal, so it is saved from inside its event loop and then cancelled (the file stays).
void shootReadOnlySave(MainWindow& w, Shooter& shot, const QString& folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("Read-only scenario.tideover"));
    QString error;
    if (!QDir().mkpath(folder) || !w.document()->save(path, &error)) {
        shot.fail(QStringLiteral("cannot save %1: %2").arg(path, error));
        return;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    w.document()->setValue(QStringLiteral("benefits.waiting_days"), core::ParamValue(std::int64_t{3}));
    bool shown = false;
    QTimer::singleShot(0, &w, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("readOnlyBox"))
            return;
        shown = true;
        shot.save(box, QStringLiteral("save-read-only"));
        box->button(QMessageBox::Cancel)->click();
    });
    w.save();
    if (!shown)
        shot.fail(QStringLiteral("the question before replacing a read-only file did not appear"));
    w.document()->undoStack()->undo();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// Policy over time (model-spec v2) on Kelora's phased reform: a series' dated changes, the
// benefit rule's reforms and the result charts' reform lines.
void shootReforms(MainWindow& w, Shooter& shot)
{
    w.document()->reset(ui::loadBuiltinScenario(QStringLiteral("kelora-reform")));
    w.showPage(w.resultsView());
    ui::ScenarioEditor* editor = w.editor();
    auto* scroll = editor->findChild<QScrollArea*>(QStringLiteral("scenarioEditor.scroll"));
    editor->field(QStringLiteral("eligibility.take_up"))->setByYearVisible(true);
    editor->focusParameter(QStringLiteral("eligibility.take_up"));
    Shooter::settle();
    // The table from its top: the field, the base value and the dated changes.
    if (scroll)
        scroll->ensureWidgetVisible(editor->field(QStringLiteral("eligibility.take_up")), 10, 10);
    if (scroll) {
        QWidget* f = editor->field(QStringLiteral("eligibility.take_up"));
        scroll->verticalScrollBar()->setValue(f->mapTo(scroll->widget(), QPoint(0, 0)).y() - 10);
    }
    shot.save(&w, QStringLiteral("editor-timeline"));
    editor->field(QStringLiteral("eligibility.take_up"))->setByYearVisible(false);

    ui::ReformsEditor* reforms = editor->reformsEditor();
    editor->section(core::Group::Benefits)->setExpanded(true);
    Shooter::settle();
    if (scroll) {
        scroll->widget()->layout()->activate();
        Shooter::settle();
        scroll->verticalScrollBar()->setValue(reforms->mapTo(scroll->widget(), QPoint(0, 0)).y() - 10);
    }
    shot.save(&w, QStringLiteral("editor-reforms"));

    w.showPage(w.resultsView());
    w.resultsView()->tabs()->setCurrentIndex(0);
    shot.save(&w, QStringLiteral("results-reform-lines"));
    w.resultsView()->tabs()->setCurrentIndex(1);
    shot.save(&w, QStringLiteral("results-reform-income"));
    w.resultsView()->tabs()->setCurrentIndex(0);
}

// Actual figures (model-spec v3) for the reference scheme, made up for the pictures: the
// projection's first year carried back at plausible growth rates with some year-to-year noise,
// a recession in 2020-21, and the projection's own years a few per cent off.
core::Scenario scenarioWithMadeUpHistory()
{
    core::Scenario s = ui::loadBuiltinScenario(QStringLiteral("default"));
    // Twelve years ahead beside ten behind, so the past is not squeezed by the far future.
    s.projection.years = 12;
    const core::ProjectionResult r = core::project(s);
    using H = core::HistoryColumn;
    using C = core::Column;
    const std::pair<H, C> columns[] = {
        {H::labour_force, C::labour_force},
        {H::insured, C::insured},
        {H::wage_bill, C::wage_bill},
        {H::contributions, C::contributions},
        {H::new_claims, C::new_claims},
        {H::beneficiaries, C::beneficiaries},
        {H::benefits, C::benefits},
        {H::expenditure, C::expenditure},
        {H::investment_income, C::investment_income},
    };
    core::History& h = s.history;
    for (int year = 2016; year <= 2028; ++year) {
        const int back = int(s.projection.start_year) - year;
        const double noise = 1.0 + 0.035 * std::sin(1.7 * year);
        const bool recession = year == 2020 || year == 2021;
        for (const auto& [hc, rc] : columns) {
            const core::HistoryColumnInfo& info = core::historyColumn(hc);
            const double first = r.at(0, rc);
            double value = back > 0 ? first / std::pow(info.money ? 1.085 : 1.025, back) : r.at(-back, rc);
            value *= noise;
            if (recession &&
                (hc == H::new_claims || hc == H::beneficiaries || hc == H::benefits || hc == H::expenditure))
                value *= 1.45;
            h.set(year, hc, std::round(info.money ? value / 1e6 : value) * (info.money ? 1e6 : 1.0));
        }
        h.set(year, H::unemployment_rate, recession ? 0.058 : std::round(400 + 20 * std::sin(year)) / 10000);
        const double reserve =
            back > 0 ? s.reserve.initial / std::pow(1.12, back - 1) : r.at(-back, C::reserve);
        h.set(year, H::reserve, std::round(reserve * (2.0 - noise) / 1e6) * 1e6);
    }
    h.setNotes(2020, "recession: benefits paid for three more months");
    for (int year = 2016; year <= 2025; ++year) {
        s.sources[core::historySourceKey(H::contributions, year)] =
            "Fund annual report " + std::to_string(year + 1) + ", table 2";
        s.sources[core::historySourceKey(H::reserve, year)] = "Audited accounts " + std::to_string(year);
    }
    return s;
}

// Actual figures beside the projection: their table in the dock, markers on the charts and the
// comparison in the results table.
void shootHistory(MainWindow& w, Shooter& shot)
{
    w.document()->reset(scenarioWithMadeUpHistory());
    w.showPage(w.resultsView());
    w.resultsView()->tabs()->setCurrentIndex(0);
    w.showHistory();
    ui::HistoryEditor* editor = w.historyEditor();
    editor->table()->resizeColumnsToContents();
    editor->focusKey(QStringLiteral("history.contributions@2020"));
    shot.save(&w, QStringLiteral("history-editor"));
    w.findChild<QDockWidget*>(QStringLiteral("historyDock"))->hide();

    w.resultsView()->tabs()->setCurrentIndex(1);
    shot.save(&w, QStringLiteral("results-actual-markers"));
    w.resultsView()->tabs()->setCurrentIndex(w.resultsView()->tabs()->count() - 1);
    w.resultsView()->setComparing(true);
    shot.save(&w, QStringLiteral("results-actual-compare"));
    w.resultsView()->setComparing(false);
    w.resultsView()->tabs()->setCurrentIndex(0);
}

// The history of the Monitoring pictures: the bundled Viet Nam scenario's when it has one;
// otherwise an illustrative one, made by the model itself: the reference scheme as valued
// from 2019, and as it "really" went in 2019-2025 with a lower take-up (0.75 for 0.85) and
// claimants who leave benefit faster (exit factor 0.7 for 0.6), each figure rounded to three
// significant digits as a published table would be.
core::Scenario monitoringScenario()
{
    const core::Scenario vietnam = ui::loadBuiltinScenario(QStringLiteral("vietnam"));
    if (!vietnam.history.empty())
        return vietnam;
    core::Scenario s = ui::loadBuiltinScenario(QStringLiteral("default"));
    s.projection.start_year = 2019;
    core::Scenario truth = s;
    truth.eligibility.take_up = core::Series(0.75);
    truth.labour.claimant_exit_factor = core::Series(0.7);
    const core::ProjectionResult r = core::project(truth);
    const auto rounded = [](double v) {
        if (v == 0 || !std::isfinite(v))
            return v;
        const double scale = std::pow(10.0, std::floor(std::log10(std::abs(v))) - 2);
        return std::round(v / scale) * scale;
    };
    using H = core::HistoryColumn;
    s.history.set(2018, H::reserve, s.reserve.initial);
    for (int y = 0; y < 7; ++y)
        for (const H c : {H::labour_force, H::unemployment_rate, H::insured, H::wage_bill, H::contributions,
                          H::new_claims, H::beneficiaries, H::benefits, H::expenditure, H::reserve})
            s.history.set(r.startYear + y, c, rounded(core::projectedHistoryValue(r, y, c)));
    s.meta.title += " (illustrative history)";
    return s;
}

// Monitoring (model-spec v3): the indicators, the back-test and the calibration dialog.
void shootMonitoring(MainWindow& w, Shooter& shot, const QSize& size)
{
    w.resize(size);
    w.document()->reset(monitoringScenario());
    ui::MonitoringView* monitoring = w.monitoringView();
    w.showPage(monitoring);
    monitoring->tabs()->setCurrentIndex(0);
    shot.save(&w, QStringLiteral("monitoring-indicators"));
    monitoring->showBacktest();
    ui::BacktestView* backtest = monitoring->backtestView();
    backtest->setFromYear(int(w.document()->scenario().projection.start_year));
    backtest->run();
    shot.save(&w, QStringLiteral("monitoring-backtest"));
    ui::CalibrationDialog* dialog = w.calibrateToHistory();
    dialog->setParameter(QStringLiteral("eligibility.take_up"), true);
    dialog->setParameter(QStringLiteral("labour.claimant_exit_factor"), true);
    dialog->setTarget(core::HistoryColumn::benefits, true);
    dialog->setTarget(core::HistoryColumn::beneficiaries, true);
    dialog->setTarget(core::HistoryColumn::new_claims, true);
    dialog->setFromYear(backtest->fromYear());
    dialog->run();
    shot.save(dialog, QStringLiteral("calibration-dialog"));
    dialog->reject();
    monitoring->tabs()->setCurrentIndex(0);
}

// Worker groups (model-spec v4): Kelora with own-account and registered migrant workers.
void shootGroups(MainWindow& w, Shooter& shot, const QSize& size)
{
    w.resize(size);
    w.document()->reset(ui::loadBuiltinScenario(QStringLiteral("kelora")));
    ui::ScenarioEditor* editor = w.editor();
    ui::GroupsEditor* groups = editor->groupsEditor();
    for (const char* name : {"own_account", "migrant_workers"})
        for (std::size_t i = 0; i < core::groupTemplates().size(); ++i)
            if (core::groupTemplates()[i].name == name)
                groups->addFromTemplate(int(i));
    groups->selectGroup(QStringLiteral("own_account"));
    editor->groupsSection()->setExpanded(true);
    w.showPage(w.resultsView());
    ui::ResultsView* results = w.resultsView();
    results->tabs()->setCurrentWidget(results->groupsPage());
    editor->focusParameter(QStringLiteral("group.own_account.participation"));
    shot.save(&w, QStringLiteral("groups-editor"));
    results->groupMeasureSelector()->setCurrentIndex(0);
    shot.save(&w, QStringLiteral("groups-stacked"));
    results->tabs()->setCurrentWidget(results->whoPaysChart());
    shot.save(&w, QStringLiteral("groups-who-pays"));
    ui::FunnelChart* funnel = w.funnelChart();
    w.showPage(funnel);
    funnel->setGroup(QStringLiteral("own_account"));
    funnel->setYear(funnel->firstYear() + 5);
    shot.save(&w, QStringLiteral("groups-funnel"));
    funnel->setGroup(QStringLiteral("total"));
    // The total charts stacked by group, on the bundled scenario with a group.
    w.document()->reset(ui::loadBuiltinScenario(QStringLiteral("kelora-extension")));
    w.showPage(results);
    results->tabs()->setCurrentWidget(results->beneficiariesChart());
    shot.save(&w, QStringLiteral("groups-stacked-beneficiaries"));
    results->tabs()->setCurrentWidget(results->incomeExpenditureChart());
    shot.save(&w, QStringLiteral("groups-stacked-income"));
    results->tabs()->setCurrentIndex(0);
}

// The protection package (model-spec v5): the editor's package sections with Kelora's
// severance offset; the Compare page with the three Kelora package variants.
void shootPackage(MainWindow& w, Shooter& shot, const QSize& size)
{
    w.resize(size);
    w.document()->reset(ui::loadBuiltinScenario(QStringLiteral("kelora-severance-offset")));
    ui::ScenarioEditor* editor = w.editor();
    w.showPage(w.resultsView());
    // The heading at the top of the editor's view, the severance fields below it.
    if (auto* scroll = editor->findChild<QScrollArea*>(QStringLiteral("scenarioEditor.scroll"))) {
        Shooter::settle();
        scroll->widget()->layout()->activate();
        scroll->verticalScrollBar()->setValue(editor->packageHeading()->mapTo(scroll->widget(), QPoint(0, 0)).y());
    }
    shot.save(&w, QStringLiteral("package-editor"));

    ui::ComparisonView* compare = w.comparisonView();
    w.showPage(compare);
    compare->set()->clear();
    compare->findChild<QCheckBox*>(QStringLiteral("includeCurrent"))->setChecked(false);
    for (const char* name : {"kelora-severance-only", "kelora-insurance-severance", "kelora-severance-offset"})
        if (!compare->pinBuiltin(QString::fromLatin1(name)))
            shot.fail(QStringLiteral("cannot pin builtin:%1").arg(QString::fromLatin1(name)));
    compare->tabs()->setCurrentWidget(compare->packageView());
    shot.save(&w, QStringLiteral("package-compare"));
    compare->set()->clear();
    compare->findChild<QCheckBox*>(QStringLiteral("includeCurrent"))->setChecked(true);
    compare->tabs()->setCurrentIndex(0);
}

// Protection packages (model-spec v5): Kelora's insurance with severance pay; the Package tab
// and the Worker's view of a worker with the default wage and 5 years of service.
void shootPackageViews(MainWindow& w, Shooter& shot, const QSize& size)
{
    w.resize(size);
    w.document()->reset(ui::loadBuiltinScenario(QStringLiteral("kelora-insurance-severance")));
    w.editor()->focusParameter(QStringLiteral("severance.formula"));
    w.showPage(w.resultsView());
    ui::ResultsView* results = w.resultsView();
    results->tabs()->setCurrentWidget(results->packageView());
    shot.save(&w, QStringLiteral("package-results"));
    results->tabs()->setCurrentIndex(0);
    w.showPage(w.workerCaseView());
    shot.save(&w, QStringLiteral("worker-view"));
    w.showPage(w.resultsView());
}

} // namespace

int main(int argc, char** argv)
{
    // Fresh settings and data (preferences, recent files, pins, autosave) in a temporary folder,
    // set before Qt reads them.
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "tideover-screenshots: cannot create a temporary folder\n");
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home.path())); // a temporary folder is private (0700)

    // Pictures need no screen: offscreen unless another platform is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Q_INIT_RESOURCE(tideover);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("tideover"));
    QApplication::setApplicationName(QStringLiteral("Tideover"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tideover"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves the user guide's pictures of Tideover's main window, "
                       "its pages, docks and dialogs as PNG files."));
    parser.addHelpOption();
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("The main window's size (default 1366x768)."),
                                  QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1366x768"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("en, fr or vi (default en)."), QStringLiteral("code"),
                                      QStringLiteral("en"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The folder to write NAME.png into (created)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QStringLiteral("Print the pictures' names and exit."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Only the pictures of one part: package."), QStringLiteral("part"));
    parser.addOptions({size, language, out, list, only});
    parser.process(app);

    if (parser.isSet(list)) {
        for (const QString& name : kShots)
            std::printf("%s.png\n", qPrintable(name));
        return 0;
    }
    const QStringList dims = parser.value(size).split(QLatin1Char('x'));
    const int width = dims.size() == 2 ? dims[0].toInt() : 0;
    const int height = dims.size() == 2 ? dims[1].toInt() : 0;
    if (width <= 0 || height <= 0) {
        std::fprintf(stderr, "tideover-screenshots: --size takes WIDTHxHEIGHT, such as 1366x768\n");
        return 2;
    }
    const QString code = parser.value(language);
    if (!QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("vi")}.contains(code)) {
        std::fprintf(stderr, "tideover-screenshots: --language takes en, fr or vi\n");
        return 2;
    }
    if (!parser.isSet(out) || !QDir().mkpath(parser.value(out))) {
        std::fprintf(stderr, "tideover-screenshots: give a folder to write to with --out DIR\n");
        return 2;
    }

    ui::applyLanguage(code);
    Shooter shot(parser.value(out));
    if (parser.isSet(only)) {
        if (parser.value(only) != QLatin1String("package")) {
            std::fprintf(stderr, "tideover-screenshots: --only takes package\n");
            return 2;
        }
        MainWindow w(home.filePath(QStringLiteral("autosave")));
        w.setPinnedStorage(home.filePath(QStringLiteral("pinned")));
        w.resize(width, height);
        w.show();
        shootPackage(w, shot, QSize(width, height));
        shootPackageViews(w, shot, QSize(width, height));
        w.document()->undoStack()->setClean();
        return shot.failed() ? 1 : 0;
    }
    {
        MainWindow w(home.filePath(QStringLiteral("autosave")));
        w.setPinnedStorage(home.filePath(QStringLiteral("pinned")));
        w.resize(width, height);
        w.show();
        shootScenarioAndAnalyses(w, shot);
        shootTraining(w, shot);
        shootReforms(w, shot);
        shootReadOnlySave(w, shot, home.filePath(QStringLiteral("saved")));
        shootMonitoring(w, shot, QSize(width, height));
        shootGroups(w, shot, QSize(width, height));
        shootPackage(w, shot, QSize(width, height));
        shootPackageViews(w, shot, QSize(width, height));
        // Nothing to save: the window must not ask about the edits.
        w.document()->undoStack()->setClean();
    }
    {
        // A window of its own: the training pictures' docks leave the first one taller than asked.
        MainWindow w(home.filePath(QStringLiteral("autosave")));
        w.resize(width, height);
        w.show();
        shootHistory(w, shot);
        w.document()->undoStack()->setClean();
    }
    return shot.failed() ? 1 : 0;
}
