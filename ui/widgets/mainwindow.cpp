// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "mainwindow.h"
#include "widgets/plainmessage.h"

#include "analysis/backtestview.h"
#include "analysis/calibrationdialog.h"
#include "analysis/comparisonview.h"
#include "analysis/monitoringview.h"
#include "analysis/workercaseview.h"
#include "analysis/sparklinechart.h"
#include "analysis/riskview.h"
#include "analysis/sensitivityview.h"
#include "analysis/solvedialog.h"
#include "analysis/stresstestview.h"
#include "analysis/tornadochart.h"
#include "analysis/workerincomechart.h"
#include "analysisdata/comparisonset.h"
#include "analysisdata/stochasticrunner.h"
#include "charts/chartstyle.h"
#include "charts/chartview.h"
#include "charts/funnelchart.h"
#include "charts/resultsview.h"
#include "charts/whopayschart.h"
#include "core/io/scenariofile.h"
#include "core/io/version.h"
#include "core/model/groups.h"
#include "core/model/parameters.h"
#include "document/autosave.h"
#include "document/preferences.h"
#include "document/scenariodocument.h"
#include "format/coretext.h"
#include "format/displayformat.h"
#include "format/language.h"
#include "fittingtabbar.h"
#include "headlinebar.h"
#include "historyeditor.h"
#include "preferencesdialog.h"
#include "report/reportdialog.h"
#include "report/reportwriter.h"
#include "report/workbookexport.h"
#include "training/standardsview.h"
#include "training/trainerpanel.h"
#include "core/model/parameters.h"
#include "preferencesdialog.h"
#include "scenarioeditor.h"
#include "userguide.h"
#include "core/io/scenariofile.h"
#include "core/io/version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QScreen>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <optional>
#include <tuple>

namespace tideover::ui {

namespace {

const QString kFileFilter = QObject::tr("Tideover scenarios (*.tideover);;All files (*)");

QString localTideoverFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".tideover"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

QString q(std::string_view s) { return QString::fromUtf8(s.data(), int(s.size())); }

// The platform's keys for `standard`, with `fallback` added when the platform lacks it (not
// every platform has Save As, Quit or Close keys).
QList<QKeySequence> keysWith(QKeySequence::StandardKey standard, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(fallback))
        keys << fallback;
    return keys;
}

// A new scenario takes the Risk page's paths and seed as the planner last chose them (run
// settings, not design: an opened file keeps its own, so its runs can be repeated).
core::Scenario withRememberedRunSettings(core::Scenario scenario)
{
    const Preferences* preferences = Preferences::instance();
    if (const int paths = preferences->riskPaths(); paths > 0)
        scenario.stochastic.paths = paths;
    if (const auto seed = preferences->riskSeed())
        scenario.stochastic.seed = *seed;
    return scenario;
}

}  // namespace

MainWindow::MainWindow(const QString& autosaveFolder, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    // The language chose the locale at start-up; an explicit number format overrides it
    // before any number is shown.
    if (const QString numbers = Preferences::instance()->numberFormat(); !numbers.isEmpty())
        QLocale::setDefault(QLocale(numbers));
    setWindowIcon(QIcon(QStringLiteral(":/tideover/icons/tideover.svg")));
    setAcceptDrops(true);

    m_document = new ScenarioDocument(this);
    m_document->reset(withRememberedRunSettings(loadBuiltinScenario(QStringLiteral("default"))));

    m_statusProblems = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusProblems);

    m_autosave = new Autosave(m_document, autosaveFolder, this);

    buildUi();
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::resultsChanged, this, &MainWindow::updateProblems);
    readSettings();
    // Preferences apply to every open window as soon as they change.
    m_languagePreference = Preferences::instance()->language();
    connect(Preferences::instance(), &Preferences::changed, this, &MainWindow::applyPreferences);
    applyChartAppearance();
    updateTitle();
    updateProblems();
}

QString MainWindow::setPinnedStorage(const QString& folder)
{
    m_pinnedStorage = folder;
    return m_compare->set()->setStorageFolder(folder);
}

void MainWindow::updateProblems()
{
    int errors = 0, warnings = 0;
    for (const auto& p : m_document->problems())
        (p.isError() ? errors : warnings)++;
    if (errors)
        m_statusProblems->setText((errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors)) +
                                  tr(": results are out of date (Ctrl+E goes to the first)"));
    else if (warnings)
        m_statusProblems->setText(warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    else
        m_statusProblems->clear();
}

void MainWindow::buildUi()
{
    // Widgets take their locale (number formats in spin boxes) from the window, which keeps
    // the one it was created with unless told: tell it the default of now.
    setLocale(QLocale());
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_headline = new HeadlineBar(m_document, central);
    layout->addWidget(m_headline);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_editor = new ScenarioEditor(m_document, m_splitter);
    // The results first, the analyses beside them: one click away, never in the way.
    // With a dock open, or in a longer language, the tabs' names shorten (their tooltips say
    // what each holds) rather than hiding tabs behind scroll arrows.
    m_area = new FittingTabWidget(m_splitter);
    m_area->setObjectName(QStringLiteral("areaTabs"));
    m_results = new ResultsView(m_document);
    m_risk = new RiskView(m_document);
    m_stress = new StressTestView(m_document);
    m_sensitivity = new SensitivityView(m_document);
    m_compare = new ComparisonView(m_document);
    m_monitoring = new MonitoringView(m_document);
    connect(m_monitoring, &MonitoringView::calibrateRequested, this, &MainWindow::calibrateToHistory);
    // Each analysis scrolls rather than widening the window beyond a laptop's screen.
    auto scrolling = [this](QWidget* view) {
        auto* area = new QScrollArea(m_area);
        area->setWidget(view);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_area->addTab(m_results, tr("&Projection"));
    m_area->addTab(scrolling(m_risk), tr("Ris&k"));
    m_area->addTab(scrolling(m_stress), tr("&Stress test"));
    m_area->addTab(scrolling(m_sensitivity), tr("Sensiti&vity"));
    m_area->addTab(scrolling(m_compare), tr("&Compare"));
    // Its table and small multiples scroll themselves: the page fits the tab's width.
    m_area->addTab(m_monitoring, tr("&Monitoring"));
    m_worker = new WorkerCaseView(m_document);
    QScrollArea* workerArea = scrolling(m_worker);
    m_area->addTab(workerArea, tr("W&orker's view"));
    m_area->setTabToolTip(0, tr("The projection of the scenario: reserve, income and spending, beneficiaries, rates"));
    m_area->setTabToolTip(1, tr("Many random futures of unemployment and returns: the range of outcomes and the "
                                "probability of depletion"));
    m_area->setTabToolTip(2, tr("A recession laid over the scenario"));
    m_area->setTabToolTip(3, tr("Which assumptions matter most: each lowered and raised, one at a time"));
    m_area->setTabToolTip(4, tr("Pinned scenarios side by side"));
    m_area->setTabToolTip(m_area->indexOf(m_monitoring),
                          tr("Indicators per year over the history and the projection, and the back-test"));
    m_area->setTabToolTip(m_area->indexOf(workerArea),
                          tr("One laid-off worker: what severance pay, the insurance, a savings account and "
                             "assistance pay month by month, against the wage"));
    connect(m_risk, &RiskView::editParameterRequested, this, [this](const QString& key) {
        m_editor->focusParameter(key);
    });
    connect(m_risk, &RiskView::runSettingsChosen, this, [this] {
        Preferences::instance()->setRiskPaths(int(m_document->scenario().stochastic.paths));
        Preferences::instance()->setRiskSeed(m_document->scenario().stochastic.seed);
    });
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_area);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({520, 1000});
    // Below this the editor's rows (label, value, unit, "By year…") no longer fit.
    m_editor->setMinimumWidth(480);
    m_splitter->setCollapsible(0, false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
}

void MainWindow::retranslate()
{
    // Everything on screen is rebuilt in the new language; the document (with its undo
    // history and autosave) stays, and so does what the user set up on the pages.
    const QByteArray windowState = saveState();
    const QByteArray splitterState = m_splitter->saveState();
    const int tab = m_area->currentIndex();
    const bool includesCurrent = m_compare->set()->includesCurrent();
    std::vector<PinnedScenario> pinned;
    for (int i = 0; i < m_compare->set()->count(); ++i)
        pinned.push_back(m_compare->set()->at(i));
    const core::RecessionShock shock = m_stress->shock();
    const core::GroupShock groupShock = m_stress->groupShock();
    const int backtestFrom = m_monitoring->backtestView()->fromYear();
    const int monitoringTab = m_monitoring->tabs()->currentIndex();
    const core::WorkerCase workerCase = m_worker->workerCase();
    const TrainerPanel::State trainer = m_trainer->state();
    const StochasticRunner* runner = m_risk->runner();
    std::optional<std::tuple<core::StochasticResult, core::Scenario, double>> risk;
    if (runner->hasResult() && !runner->isRunning())
        risk.emplace(runner->result(), runner->resultScenario(), runner->seconds());
    const QPointer<QWidget> focus = QApplication::focusWidget();

    for (QDockWidget* dock : {m_trainerDock, m_standardsDock, m_historyDock}) {
        removeDockWidget(dock);
        delete dock;
    }
    delete takeCentralWidget();
    setMenuBar(new QMenuBar(this));  // deletes the old one, its menus and their actions
    buildUi();

    m_splitter->restoreState(splitterState);
    restoreState(windowState);
    m_area->setCurrentIndex(tab);
    m_compare->set()->setIncludesCurrent(includesCurrent);
    for (const PinnedScenario& p : pinned)
        m_compare->set()->pin(p.name, p.origin, p.scenario);
    m_stress->setShock(shock.startYear, shock.rise, shock.monthsToPeak, shock.monthsToRecover, shock.claimsFactor);
    m_stress->setGroupShock(groupShock);
    m_monitoring->backtestView()->setFromYear(backtestFrom);
    m_monitoring->tabs()->setCurrentIndex(monitoringTab);
    m_worker->setWorkerCase(workerCase);
    m_trainer->restoreState(trainer);
    if (risk)
        m_risk->runner()->adoptResult(std::get<0>(*risk), std::get<1>(*risk), std::get<2>(*risk));
    if (!m_pinnedStorage.isEmpty())
        m_compare->set()->setStorageFolder(m_pinnedStorage);
    applyChartAppearance();
    updateTitle();
    updateProblems();
    statusBar()->clearMessage();  // a message of the old language
    if (!focus)
        m_editor->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    createHistoryDock();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* newMenu = file->addMenu(tr("&New from"));
    newMenu->setObjectName(QStringLiteral("newMenu"));
    for (const auto& name : core::builtinScenarioNames()) {
        QString title = QString::fromStdString(name);
        try {
            title = QString::fromStdString(loadBuiltinScenario(QString::fromStdString(name)).meta.title);
        } catch (const std::exception&) {
        }
        QAction* a = newMenu->addAction(title, this, [this, name] { newFromBuiltin(QString::fromStdString(name)); });
        a->setObjectName(QStringLiteral("new.") + QString::fromStdString(name));
        if (name == "default")
            a->setShortcut(QKeySequence::New);
    }
    QAction* open = file->addAction(tr("&Open…"), this, [this] {
        if (!maybeSave())
            return;
        const QString dir = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), dir, kFileFilter);
        if (!path.isEmpty()) {
            QString error;
            if (m_document->load(path, &error))
                addRecentFile(path);
            else
                showError(tr("Cannot open the scenario"), error);
        }
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    saveAsAction->setShortcuts(keysWith(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    QAction* revertAction = file->addAction(tr("Re&vert to Saved"), this, &MainWindow::revert);
    revertAction->setObjectName(QStringLiteral("revertAction"));
    auto updateRevert = [this, revertAction] {
        revertAction->setEnabled(!m_document->filePath().isEmpty() && m_document->isModified());
    };
    connect(m_document, &ScenarioDocument::modifiedChanged, revertAction, updateRevert);
    connect(m_document, &ScenarioDocument::filePathChanged, revertAction, updateRevert);
    updateRevert();
    file->addSeparator();
    QAction* report = file->addAction(tr("Export &Report (PDF)…"), this, &MainWindow::exportReportWithDialog);
    report->setObjectName(QStringLiteral("exportReportAction"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction* workbook = file->addAction(tr("Export &Workbook (Excel)…"), this, &MainWindow::exportWorkbookWithDialog);
    workbook->setObjectName(QStringLiteral("exportWorkbookAction"));
    workbook->setStatusTip(tr("The projection, the parameters and the analyses run on the other pages, as an Excel workbook"));
    file->addSeparator();
    QAction* importHistory = file->addAction(tr("Import &History (CSV)…"), this, [this] {
        if (importHistoryWithDialog(this, m_document))
            showHistory();
    });
    importHistory->setObjectName(QStringLiteral("importHistoryAction"));
    importHistory->setStatusTip(tr("Read the scheme's published yearly figures from a CSV file"));
    QAction* exportHistory = file->addAction(tr("Export Histor&y (CSV)…"), this,
                                             [this] { exportHistoryWithDialog(this, m_document); });
    exportHistory->setObjectName(QStringLiteral("exportHistoryAction"));
    file->addSeparator();
    QAction* closeAction = file->addAction(tr("&Close Window"), this, &QWidget::close);
    closeAction->setObjectName(QStringLiteral("closeAction"));
    closeAction->setShortcuts(keysWith(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);
    quit->setShortcuts(keysWith(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts(keysWith(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find Parameter"), m_editor, &ScenarioEditor::focusFilter);
    find->setObjectName(QStringLiteral("findParameterAction"));
    find->setShortcuts(keysWith(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    QAction* problem = edit->addAction(tr("Go to First &Problem"), this, &MainWindow::goToFirstProblem);
    problem->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->addSeparator();
    QAction* history = m_historyDock->toggleViewAction();
    history->setText(tr("&Actual Figures (History)"));
    history->setObjectName(QStringLiteral("historyAction"));
    history->setStatusTip(
        tr("The scheme's published yearly figures, shown on the charts beside the projection"));
    edit->addAction(history);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Not every platform defines QKeySequence::Preferences; Ctrl+, is the common convention.
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                  ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));

    createAnalysisMenu();
    createTrainingMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* paramHelp = help->addAction(tr("&Parameter Help"), this, &MainWindow::showParameterHelp);
    paramHelp->setShortcut(QKeySequence::HelpContents);
    paramHelp->setObjectName(QStringLiteral("parameterHelpAction"));
    QAction* guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    help->addSeparator();
    help->addAction(tr("&About Tideover"), this, &MainWindow::showAbout);

    updateRecentMenu();
}

void MainWindow::createTrainingMenu()
{
    // The trainer's panel and the standards check are docks beside the results, hidden until
    // asked for; the coverage funnel is a page among the results.
    m_trainer = new TrainerPanel(m_document, this);
    m_trainer->setMaybeDiscard([this] { return maybeSave(); });
    m_trainer->setTrainerMode(isTrainerMode());
    m_trainerDock = new QDockWidget(tr("Workshop exercise"), this);
    m_trainerDock->setObjectName(QStringLiteral("trainerDock"));
    m_trainerDock->setWidget(m_trainer);
    // Beside the editor and the results on a laptop's screen: never wider than this, whatever
    // the longest exercise name or the language (issue 16).
    m_trainer->setMaximumWidth(fontMetrics().averageCharWidth() * 50);
    addDockWidget(Qt::RightDockWidgetArea, m_trainerDock);
    m_trainerDock->hide();
    connect(m_trainer, &TrainerPanel::exerciseOpened, this, [this](const QString& title) {
        statusBar()->showMessage(tr("Exercise: %1").arg(title), 6000);
    });

    m_standards = new StandardsView(m_document, this);
    m_standardsDock = new QDockWidget(tr("ILO minimum standards"), this);
    m_standardsDock->setObjectName(QStringLiteral("standardsDock"));
    m_standardsDock->setWidget(m_standards);
    addDockWidget(Qt::BottomDockWidgetArea, m_standardsDock);
    m_standardsDock->hide();

    m_funnel = new FunnelChart(m_document);
    auto* funnelArea = new QScrollArea(m_area);
    funnelArea->setWidget(m_funnel);
    funnelArea->setWidgetResizable(true);
    funnelArea->setFrameShape(QFrame::NoFrame);
    m_area->addTab(funnelArea, tr("Coverage f&unnel"));
    m_area->setTabToolTip(m_area->count() - 1,
                          tr("From the labour force to beneficiaries: where the scheme's coverage is lost, year by year"));

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    training->setObjectName(QStringLiteral("trainingMenu"));
    QAction* exercises = m_trainerDock->toggleViewAction();
    exercises->setText(tr("Workshop &Exercises"));
    training->addAction(exercises);
    training->addAction(tr("&Open Exercise File…"), this, [this] {
        m_trainerDock->show();
        m_trainerDock->raise();
        m_trainer->openFileWithDialog();
    });
    training->addSeparator();
    QAction* standards = m_standardsDock->toggleViewAction();
    standards->setText(tr("ILO &Standards Check"));
    training->addAction(standards);
    training->addAction(tr("Coverage &Funnel"), this, [this] { showPage(m_funnel); });
    training->addSeparator();
    m_projectorAction = training->addAction(tr("&Projector Mode"));
    m_projectorAction->setObjectName(QStringLiteral("projectorModeAction"));
    m_projectorAction->setCheckable(true);
    m_projectorAction->setChecked(isProjectorMode());
    m_projectorAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_projectorAction->setToolTip(tr("Charts and headline figures in larger type, for a projected screen"));
    // The menu's choice is remembered, like the Preferences' box; switching it off also ends
    // a session's `--projector`.
    connect(m_projectorAction, &QAction::triggered, this, [this](bool on) {
        m_projectorSession = false;
        Preferences::instance()->setProjectorMode(on); // changed() reaches every window
        applyChartAppearance();
    });
}

void MainWindow::createHistoryDock()
{
    // Below the editor and the results, the full width of the window: a column per figure.
    m_historyEditor = new HistoryEditor(m_document, this);
    m_historyDock = new QDockWidget(tr("Actual figures (history)"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyEditor);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_editor, &ScenarioEditor::historyRequested, this, &MainWindow::showHistory);
}

void MainWindow::showHistory(const QString& key)
{
    const bool wasHidden = m_historyDock->isHidden();
    m_historyDock->show();
    m_historyDock->raise();
    // A third of the window: a dozen years in view, the charts above still readable.
    if (wasHidden && !m_historyDock->isFloating())
        resizeDocks({m_historyDock}, {std::max(220, height() / 3)}, Qt::Vertical);
    if (key.isEmpty())
        m_historyEditor->table()->setFocus(Qt::OtherFocusReason);
    else
        m_historyEditor->focusKey(key);
}

void MainWindow::exportReportWithDialog()
{
    if (!m_document->result() || m_document->isResultStale()) {
        showError(tr("Cannot export the report"), tr("The scenario has errors; fix them before exporting a report."));
        return;
    }
    ReportDialog dialog(m_document, m_risk, m_stress, m_compare->set(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportOptions options = dialog.options();
    QString suggestion = m_document->filePath();
    if (suggestion.endsWith(QStringLiteral(".tideover")))
        suggestion.chop(int(QStringLiteral(".tideover").size()));
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(m_document->displayName().simplified().replace(QLatin1Char('/'), QLatin1Char(' ')));
    QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggestion + QStringLiteral(".pdf"),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = exportReport(m_document, path, &error, options);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("Cannot export the report"), error);
        return;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::exportWorkbookWithDialog()
{
    if (!m_document->result() || m_document->isResultStale()) {
        showError(tr("Cannot export the workbook"), WorkbookExport::tr("The scenario has errors; fix them before exporting a workbook."));
        return;
    }
    QString suggestion = m_document->filePath();
    if (suggestion.endsWith(QStringLiteral(".tideover")))
        suggestion.chop(int(QStringLiteral(".tideover").size()));
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(m_document->displayName().simplified().replace(QLatin1Char('/'), QLatin1Char(' ')));
    QString path = QFileDialog::getSaveFileName(this, tr("Export workbook"), suggestion + QStringLiteral(".xlsx"),
                                                tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    exportWorkbook(path);
}

bool MainWindow::exportWorkbook(const QString& path)
{
    const WorkbookAnalyses analyses = WorkbookExport::analysesOf(m_document, m_risk, m_stress, m_compare->set());
    QString error;
    bool readOnly = false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    bool written = WorkbookExport::write(m_document, path, analyses, &error, false, &readOnly);
    QGuiApplication::restoreOverrideCursor();
    if (!written && readOnly) {
        QMessageBox box(QMessageBox::Question, tr("Replace a read-only file?"),
                        tr("“%1” is read-only. Replace it anyway? It stays read-only.").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("readOnlyBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        makePlain(box);
        if (box.exec() != QMessageBox::Yes)
            return false;  // kept, as the user chose
        written = WorkbookExport::write(m_document, path, analyses, &error, true);
    }
    if (!written) {
        showError(tr("Cannot export the workbook"), error);
        return false;
    }
    statusBar()->showMessage(tr("Workbook written to %1").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

void MainWindow::showPage(QWidget* page)
{
    // A page may sit inside the scroll area of its tab.
    for (int i = 0; i < m_area->count(); ++i) {
        auto* scroll = qobject_cast<QScrollArea*>(m_area->widget(i));
        if (m_area->widget(i) == page || (scroll && scroll->widget() == page))
            m_area->setCurrentIndex(i);
    }
}

QWidget* MainWindow::currentPage() const
{
    auto* scroll = qobject_cast<QScrollArea*>(m_area->currentWidget());
    return scroll ? scroll->widget() : m_area->currentWidget();
}

void MainWindow::createAnalysisMenu()
{
    QMenu* analysis = menuBar()->addMenu(tr("A&nalysis"));
    analysis->setObjectName(QStringLiteral("analysisMenu"));
    auto show = [this](QWidget* page) { showPage(page); };

    QAction* monteCarlo = analysis->addAction(tr("Run &Monte Carlo…"), this, [this, show] {
        show(m_risk);
        m_risk->run();
    });
    monteCarlo->setObjectName(QStringLiteral("runMonteCarloAction"));
    monteCarlo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    monteCarlo->setStatusTip(tr("Project the scenario along many random futures (the Risk tab)"));
    QAction* stress = analysis->addAction(tr("&Stress Test…"), this, [this, show] {
        show(m_stress);
        if (QWidget* first = m_stress->findChild<QWidget*>(QStringLiteral("stressPreset")))
            first->setFocus();
    });
    stress->setObjectName(QStringLiteral("stressTestAction"));
    stress->setStatusTip(tr("Lay a recession over the scenario (the Stress test tab)"));
    QAction* sensitivity = analysis->addAction(tr("S&ensitivity…"), this, [this, show] { show(m_sensitivity); });
    sensitivity->setObjectName(QStringLiteral("sensitivityAction"));
    sensitivity->setStatusTip(tr("See which assumptions matter most (the Sensitivity tab)"));
    analysis->addSeparator();
    QAction* solveRate = analysis->addAction(tr("Solve for &Contribution Rate…"), this, &MainWindow::solveContributionRate);
    solveRate->setObjectName(QStringLiteral("solveContributionAction"));
    solveRate->setStatusTip(tr("The contribution rate that keeps the reserve at its target"));
    QAction* solveReplacement =
        analysis->addAction(tr("Solve for &Replacement Rate…"), this, &MainWindow::solveReplacementRate);
    solveReplacement->setObjectName(QStringLiteral("solveReplacementAction"));
    solveReplacement->setStatusTip(tr("The highest replacement rate today's contribution rate can pay for"));
    analysis->addSeparator();
    QAction* backtest = analysis->addAction(tr("Back-&test Against History"), this, [this, show] {
        show(m_monitoring);
        m_monitoring->showBacktest();
        m_monitoring->backtestView()->run();
    });
    backtest->setObjectName(QStringLiteral("backtestAction"));
    backtest->setStatusTip(tr("Project the scenario over its history's years and compare (the Monitoring tab)"));
    QAction* calibrate = analysis->addAction(tr("Calibrate to &History…"), this, &MainWindow::calibrateToHistory);
    calibrate->setObjectName(QStringLiteral("calibrateAction"));
    calibrate->setStatusTip(tr("Fit behavioural parameters to the history's figures"));
    analysis->addSeparator();
    QAction* pinCurrent = analysis->addAction(tr("&Pin Current Scenario"), this, [this, show] {
        if (m_compare->pinCurrent())
            show(m_compare);
    });
    pinCurrent->setObjectName(QStringLiteral("pinCurrentAction"));
    pinCurrent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pinCurrent->setStatusTip(tr("Keep a snapshot of the scenario as it is now, to compare (the Compare tab)"));
    QAction* pinFile = analysis->addAction(tr("Pin &File…"), this, [this, show] {
        show(m_compare);
        m_compare->pinFileWithDialog();
    });
    pinFile->setObjectName(QStringLiteral("pinFileAction"));
    QMenu* pinBuiltin = analysis->addMenu(tr("Pin &Built-in"));
    pinBuiltin->setObjectName(QStringLiteral("pinBuiltinMenu"));
    for (const auto& name : core::builtinScenarioNames()) {
        QString title = QString::fromStdString(name);
        try {
            title = QString::fromStdString(loadBuiltinScenario(QString::fromStdString(name)).meta.title);
        } catch (const std::exception&) {
        }
        pinBuiltin->addAction(title, this, [this, show, name] {
            if (m_compare->pinBuiltin(QString::fromStdString(name)))
                show(m_compare);
        });
    }

    // The analyses need valid results; the menu says so rather than failing quietly.
    auto updateEnabled = [this, monteCarlo, solveRate, solveReplacement, pinCurrent, backtest, calibrate] {
        bool errors = false;
        for (const auto& p : m_document->problems())
            errors = errors || p.isError();
        for (QAction* a : {monteCarlo, solveRate, solveReplacement, pinCurrent})
            a->setEnabled(!errors);
        // The dialog and the page say why they cannot run (no history, errors): both stay
        // reachable, and their status tips say what they need.
        const bool history = !m_document->scenario().history.empty();
        for (QAction* a : {backtest, calibrate})
            a->setToolTip(history ? a->statusTip() : tr("The scenario has no history"));
    };
    connect(m_document, &ScenarioDocument::resultsChanged, monteCarlo, updateEnabled);
    updateEnabled();
}

SolveDialog* MainWindow::solveContributionRate() { return openSolveDialog(true); }

CalibrationDialog* MainWindow::calibrateToHistory()
{
    auto* dialog = new CalibrationDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("%1. Undo (Ctrl+Z) takes it back.").arg(m_document->undoStack()->undoText()), 8000);
    });
    dialog->open();
    return dialog;
}

SolveDialog* MainWindow::solveReplacementRate() { return openSolveDialog(false); }

SolveDialog* MainWindow::openSolveDialog(bool contribution)
{
    auto* dialog = new SolveDialog(m_document,
                                   contribution ? SolveDialog::Question::ContributionRate
                                                : SolveDialog::Question::ReplacementRate,
                                   this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("%1. Undo (Ctrl+Z) takes it back.").arg(m_document->undoStack()->undoText()), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Tideover").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The scenario “%1” has unsaved changes.").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Do you want to save them before going on?"));
    makePlain(box);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_autosave->discard();
        return true;
    default:
        return false;
    }
}

bool MainWindow::newFromBuiltin(const QString& name)
{
    const std::string text(core::builtinScenarioText(name.toStdString()));
    if (text.empty() || !maybeSave())
        return false;
    core::Scenario scenario = loadBuiltinScenario(name);
    // The default scenario is the blank slate: a new scenario from it takes the preferred
    // horizon. The other built-ins are worked examples and keep their own.
    if (name == QLatin1String("default"))
        scenario.projection.years = Preferences::instance()->defaultHorizon();
    m_document->reset(withRememberedRunSettings(scenario));
    return true;
}

bool MainWindow::openFile(const QString& path)
{
    // As on the command line, builtin:NAME names a bundled scenario.
    if (path.startsWith(QLatin1String("builtin:"))) {
        const QString name = path.mid(int(QStringLiteral("builtin:").size()));
        if (core::builtinScenarioText(name.toStdString()).empty()) {
            QStringList names;
            for (const auto& n : core::builtinScenarioNames())
                names << QStringLiteral("builtin:") + QString::fromStdString(n);
            showError(tr("Cannot open the scenario"), tr("There is no built-in scenario “%1”. The built-in scenarios are %2.")
                                                          .arg(name, QLocale().createSeparatedList(names)));
            return false;
        }
        return newFromBuiltin(name);
    }
    if (!maybeSave())
        return false;
    QString error;
    if (!m_document->load(path, &error)) {
        showError(tr("Cannot open the scenario"), error);
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (!saveDocument(QString()))
        return false;
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        QString title = m_document->displayName();
        title.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|]+)")), QStringLiteral(" "));
        suggestion = QDir::home().filePath(title.simplified() + QStringLiteral(".tideover"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario as"), suggestion, kFileFilter);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".tideover"), Qt::CaseInsensitive))
        path += QStringLiteral(".tideover");
    if (!saveDocument(path))
        return false;
    addRecentFile(m_document->filePath());
    return true;
}

bool MainWindow::saveDocument(const QString& path)
{
    QString error;
    bool readOnly = false;
    if (m_document->save(path, &error, false, &readOnly))
        return true;
    if (readOnly) {
        const QString target = QDir::toNativeSeparators(path.isEmpty() ? m_document->filePath() : path);
        QMessageBox box(QMessageBox::Question, tr("Replace a read-only file?"),
                        tr("“%1” is read-only. Replace it anyway? It stays read-only.").arg(target),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("readOnlyBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        makePlain(box);
        if (box.exec() != QMessageBox::Yes)
            return false;  // kept, as the user chose: nothing to report
        if (m_document->save(path, &error, true))
            return true;
    }
    showError(tr("Cannot save the scenario"), error);
    return false;
}

void MainWindow::revert()
{
    if (m_document->filePath().isEmpty() || !m_document->isModified())
        return;
    const auto answer = plainQuestion(this, tr("Revert to saved"),
                                              tr("Discard every change since “%1” was last saved?").arg(m_document->displayName()),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    QString error;
    if (!m_document->revert(&error))
        showError(tr("Cannot revert"), error);
}

QStringList MainWindow::recentFiles() const { return Preferences::instance()->recentFiles(); }

void MainWindow::addRecentFile(const QString& path)
{
    if (path.isEmpty())
        return;
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    Preferences::instance()->setRecentFiles(files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int n = 0;
    for (const QString& path : files) {
        const QString label = QStringLiteral("&%1 %2").arg(++n % 10).arg(QFileInfo(path).fileName());
        QAction* a = m_recentMenu->addAction(label, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                showError(tr("Cannot open the scenario"), tr("%1 no longer exists.").arg(path));
                QStringList list = recentFiles();
                list.removeAll(path);
                Preferences::instance()->setRecentFiles(list);
                updateRecentMenu();
                return;
            }
            openFile(path);
        });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            Preferences::instance()->setRecentFiles({});
            updateRecentMenu();
        });
    }
}

void MainWindow::offerRecovery()
{
    const auto leftovers = Autosave::findRecoverable(m_autosave->folder());
    if (leftovers.isEmpty())
        return;
    const Autosave::Recoverable& r = leftovers.first();
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work?"),
                    tr("Tideover did not close normally. Unsaved changes to “%1” were kept (autosaved %2).")
                        .arg(r.title, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("recoveryBox"));
    box.setInformativeText(r.originalPath.isEmpty() ? tr("The scenario had never been saved.")
                                                    : tr("Its file is %1.").arg(r.originalPath));
    makePlain(box);
    QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover) {
        QString error;
        const auto scenario = Autosave::load(r, &error);
        if (!scenario) {
            showError(tr("Cannot recover"), error);
            return;  // keep the copy: nothing the user had is lost
        }
        m_document->reset(*scenario, r.originalPath, true);
        m_autosave->saveNow();
    }
    Autosave::remove(r);
    for (int i = 1; i < leftovers.size(); ++i)  // older copies: the newest was offered
        if (leftovers[i].savedAt.isValid() && leftovers[i].savedAt.daysTo(QDateTime::currentDateTime()) > 30)
            Autosave::remove(leftovers[i]);
}

void MainWindow::showParameterHelp()
{
    QString key = m_editor->currentParameterKey();
    const core::ParameterInfo* p = core::findParameter(key.toStdString());
    // A worker group's key (model-spec v4): its row of the group key table.
    const core::GroupParameterInfo* groupKey = nullptr;
    if (!p && core::isGroupKey(key.toStdString())) {
        const core::GroupKeyReference ref = core::parseGroupKey(key.toStdString());
        if (ref.error.empty() && ref.info) {
            groupKey = ref.info;
            p = &groupKey->info;
        }
    }
    if (!p) {
        QMessageBox::information(this, tr("Parameter help"),
                                 tr("Click in a parameter's field, then press F1 to read what it means, its unit, "
                                    "its allowed range and its source."));
        return;
    }
    const QString currency = m_document->currency();
    const QString unit = format::unitLabel(*p, currency);
    QString range = q(p->range.describe(p->kind));
    if (format::showsPercent(*p) && std::isfinite(p->range.min) && std::isfinite(p->range.max))
        range = format::percent(p->range.min, 3) + QStringLiteral(" … ") + format::percent(p->range.max, 3);
    QString text = QStringLiteral("<h3>%1</h3><p>%2</p><table>").arg(coretext::translatedLabel(*p).toHtmlEscaped(), coretext::translatedHelp(*p).toHtmlEscaped());
    auto row = [&text](const QString& name, const QString& value) {
        text += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(name, value.toHtmlEscaped());
    };
    row(tr("Key"), groupKey ? key : q(p->key));
    row(tr("Value"), format::displayValue(*p, m_document->value(key), currency));
    if (!unit.isEmpty())
        row(tr("Unit"), unit);
    if (!range.isEmpty())
        row(tr("Allowed"), range);
    if (groupKey && !groupKey->inherits.empty())
        row(tr("Default"), tr("the scheme's value (%1)").arg(q(groupKey->inherits)));
    else
        row(tr("Default"), p->defaultValue ? format::displayValue(*p, *p->defaultValue, currency) : tr("none: the scenario must give it"));
    const QString source = m_document->source(key);
    row(tr("Source"), source.isEmpty() ? tr("not given") : source);
    const QString problem = m_document->problemFor(key, true);
    if (!problem.isEmpty())
        row(tr("Problem"), problem);
    text += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::Information, tr("Parameter help"), text, QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("parameterHelpBox"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::goToFirstProblem()
{
    for (const auto& p : m_document->problems())
        if (p.isError() && !p.key.empty()) {
            if (std::string_view(p.key).starts_with(core::kHistoryPrefix))
                showHistory(QString::fromStdString(p.key));
            else
                m_editor->focusParameter(QString::fromStdString(p.key));
            statusBar()->showMessage(coretext::translatedProblem(p), 8000);
            return;
        }
    statusBar()->showMessage(tr("No problems: every value is valid."), 4000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tideover"),
                       tr("<h3>Tideover %1</h3><p>Design and cost unemployment insurance schemes.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(q(core::appVersion())));
}

void MainWindow::showError(const QString& title, const QString& text)
{
    plainWarning(this, title, text, QStringLiteral("errorBox"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discard();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localTideoverFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = localTideoverFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop returns, so a dialog does not block the drag source.
    QMetaObject::invokeMethod(this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::readSettings()
{
    const Preferences* preferences = Preferences::instance();
    if (!restoreGeometry(preferences->windowGeometry())) {
        // The first start: 1500 x 940, within the screen (a 1366 x 768 laptop, a 1280 x 720
        // projector) less room for the window's frame.
        QSize size(1500, 940);
        if (const QScreen* s = screen())
            size = size.boundedTo(s->availableGeometry().size() - QSize(16, 40));
        resize(size);
    }
    m_splitter->restoreState(preferences->windowSplitter());
    m_autosave->setIntervalSeconds(preferences->autosaveSeconds());
}

void MainWindow::writeSettings()
{
    Preferences* preferences = Preferences::instance();
    preferences->setWindowGeometry(saveGeometry());
    preferences->setWindowSplitter(m_splitter->saveState());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(Preferences::instance(), this);
    dialog.exec();
}

void MainWindow::applyPreferences()
{
    const Preferences* preferences = Preferences::instance();
    m_autosave->setIntervalSeconds(preferences->autosaveSeconds());
    if (preferences->language() != m_languagePreference) {
        m_languagePreference = preferences->language();
        applyLanguage(m_languagePreference);
        if (const QLocale numbers = preferences->numberLocale(); numbers != QLocale())
            QLocale::setDefault(numbers);
        // Rebuilt once the Preferences dialog and the menu action that opened it have
        // returned: they belong to the menus being replaced.
        QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
        return;
    }
    m_trainer->setTrainerMode(isTrainerMode());
    const QLocale locale = preferences->numberLocale();
    if (locale != QLocale()) {
        QLocale::setDefault(locale);
        setLocale(locale);
        // The results are unchanged, only their format: announcing them again redraws the
        // headline figures, tables and charts (editor fields follow on their next update).
        emit m_document->resultsChanged();
    }
    applyChartAppearance();
}

void MainWindow::setTrainerMode(bool on)
{
    m_trainerSession = on;
    m_trainer->setTrainerMode(isTrainerMode());
}

void MainWindow::setProjectorMode(bool on)
{
    m_projectorSession = on;
    applyChartAppearance();
}

bool MainWindow::isProjectorMode() const
{
    return m_projectorSession || Preferences::instance()->projectorMode();
}

bool MainWindow::isTrainerMode() const
{
    return m_trainerSession || Preferences::instance()->trainerMode();
}

UserGuideWindow* MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::applyChartAppearance()
{
    const Preferences::ChartTheme theme = Preferences::instance()->chartTheme();
    // An empty palette undoes a forced one: the charts follow the window's palette again.
    const QPalette palette = theme == Preferences::ChartTheme::System
                                 ? QPalette()
                                 : ChartStyle::themePalette(theme == Preferences::ChartTheme::Dark);
    // Likewise an empty font: the charts' type follows the window's again. Charts and the
    // headline bar derive every size (titles, axes, legends, figures) from their own font; the
    // headline's figures are large already, so they grow less and stay on one row.
    const bool projector = isProjectorMode();
    const QFont type = projector ? ChartStyle::scaledFont(font(), kProjectorScale) : QFont();
    const QFont headline = projector ? ChartStyle::scaledFont(font(), kProjectorHeadlineScale) : QFont();
    const auto widgets = findChildren<QWidget*>();
    for (QWidget* w : widgets)
        if (qobject_cast<ChartView*>(w) || qobject_cast<TornadoChart*>(w) || qobject_cast<FunnelChart*>(w) ||
            qobject_cast<SparklineChart*>(w) || qobject_cast<WhoPaysChart*>(w) || qobject_cast<WorkerIncomeChart*>(w)) {
            w->setPalette(palette);
            w->setFont(type);
        }
    m_headline->setFont(headline);
    if (m_projectorAction)
        m_projectorAction->setChecked(isProjectorMode());
}

}  // namespace tideover::ui
