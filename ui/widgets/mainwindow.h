// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QSplitter;
class QTabWidget;

namespace tideover::ui {

class Autosave;
class CalibrationDialog;
class ComparisonView;
class MonitoringView;
class FunnelChart;
class HistoryEditor;
class StandardsView;
class TrainerPanel;
class UserGuideWindow;
class HeadlineBar;
class ResultsView;
class RiskView;
class SensitivityView;
class SolveDialog;
class StressTestView;
class WorkerCaseView;
class ScenarioDocument;
class ScenarioEditor;

// Tideover's main window: headline figures on top, the scenario editor on the left and, on the
// right, the projection's results next to the risk analyses (Risk, Stress test, Sensitivity,
// Compare); the File and Edit menus carry the document's life (new from a built-in scenario,
// open, save, revert, recent files, undo and redo, autosave and recovery, drag and drop), the
// Analysis menu runs the analyses, the solvers and pins scenarios for comparison.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `autosaveFolder` "" is the standard application data folder (tests pass a temporary one).
    explicit MainWindow(const QString& autosaveFolder = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument* document() const { return m_document; }
    ScenarioEditor* editor() const { return m_editor; }
    ResultsView* resultsView() const { return m_results; }
    HeadlineBar* headlineBar() const { return m_headline; }
    // The tabs on the right: the projection's results, then the analyses.
    QTabWidget* areaTabs() const { return m_area; }
    RiskView* riskView() const { return m_risk; }
    StressTestView* stressTestView() const { return m_stress; }
    SensitivityView* sensitivityView() const { return m_sensitivity; }
    ComparisonView* comparisonView() const { return m_compare; }
    MonitoringView* monitoringView() const { return m_monitoring; }
    // One laid-off worker's income month by month (model-spec v5 "The worker's view").
    WorkerCaseView* workerCaseView() const { return m_worker; }
    Autosave* autosave() const { return m_autosave; }

    // Starts an untitled document from a built-in scenario ("default"), after asking about
    // unsaved changes. False when the user cancels or there is no such scenario.
    TrainerPanel* trainerPanel() const { return m_trainer; }
    StandardsView* standardsView() const { return m_standards; }
    FunnelChart* funnelChart() const { return m_funnel; }
    // The actual figures' table, in a dock below (Edit ▸ Actual Figures).
    HistoryEditor* historyEditor() const { return m_historyEditor; }
    // Shows it, at the figure of a problem's key ("history.benefits@2015") when one is given.
    void showHistory(const QString& key = {});

    // Shows one of the result or analysis pages (resultsView(), riskView(), ...) in its tab.
    void showPage(QWidget* page);
    // The page of the current tab.
    QWidget* currentPage() const;

    bool newFromBuiltin(const QString& name);
    // Opens a file after asking about unsaved changes. On failure shows why and keeps the
    // current document. False when cancelled or failed.
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    // File > Export Workbook without its file dialog: writes the Excel workbook of the scenario
    // and of the analyses the pages have results for to `path`; asks before replacing a
    // read-only file, shows why a write failed. False when nothing was written.
    bool exportWorkbook(const QString& path);
    // Offers to recover work left by a Tideover that did not close normally.
    void offerRecovery();
    // Opens the solver's dialog (window-modal, without blocking); it applies its answer as one
    // undoable edit. Returns the dialog, which deletes itself when closed.
    SolveDialog* solveContributionRate();
    SolveDialog* solveReplacementRate();
    // Analysis > Calibrate to History: opens the calibration dialog (window-modal, without
    // blocking); its Apply is one undoable edit. Returns the dialog, which deletes itself.
    CalibrationDialog* calibrateToHistory();

    // Keeps the Compare page's pinned scenarios in `folder` across sessions (the application
    // passes its data folder; tests leave it unset). Returns a sentence about stored pins that
    // could not be restored, or "".
    QString setPinnedStorage(const QString& folder);

    // Asks whether to save unsaved changes: true when it is fine to go on (saved or
    // discarded), false when the user cancels.
    bool maybeSave();

    static constexpr int kMaxRecentFiles = 10;
    QStringList recentFiles() const;

    // Trainer mode for this session (`tideover --trainer`), whatever the preference says: the
    // exercise panel shows the expected answers and the debrief.
    void setTrainerMode(bool on);
    bool isTrainerMode() const;
    // Projector mode: charts in kProjectorScale times larger type, the headline figures (large
    // already) in kProjectorHeadlineScale times.
    // On when the preference is (Training > Projector Mode, Preferences) or for this session
    // (`tideover --projector`, which this sets).
    static constexpr double kProjectorScale = 1.35;
    static constexpr double kProjectorHeadlineScale = 1.2;
    void setProjectorMode(bool on);
    bool isProjectorMode() const;
    // Help > User Guide: the bundled guide in its own window (one window, raised if open).
    UserGuideWindow* showUserGuide();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Builds the central widget, the docks and the menus (in the current language).
    void buildUi();
    // Rebuilds them after a change of language, keeping the document and the pages' state.
    void retranslate();
    void updateProblems();
    void createActions();
    void createAnalysisMenu();
    void createTrainingMenu();
    void createHistoryDock();
    void exportReportWithDialog();
    void exportWorkbookWithDialog();
    SolveDialog* openSolveDialog(bool contribution);
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString& path);
    void revert();
    void showParameterHelp();
    void goToFirstProblem();
    void showAbout();
    void showError(const QString& title, const QString& text);
    // Saves the document to `path` ("" : its file); asks before replacing a read-only file.
    bool saveDocument(const QString& path);
    void readSettings();
    void writeSettings();
    void showPreferences();
    // Applies changed preferences: the autosave interval, the number format, the chart theme.
    void applyPreferences();
    // The charts' theme (palette) and type size (projector mode), from the preferences.
    void applyChartAppearance();

    ScenarioDocument* m_document = nullptr;
    ScenarioEditor* m_editor = nullptr;
    ResultsView* m_results = nullptr;
    QTabWidget* m_area = nullptr;
    RiskView* m_risk = nullptr;
    StressTestView* m_stress = nullptr;
    SensitivityView* m_sensitivity = nullptr;
    ComparisonView* m_compare = nullptr;
    MonitoringView* m_monitoring = nullptr;
    WorkerCaseView* m_worker = nullptr;
    TrainerPanel* m_trainer = nullptr;
    StandardsView* m_standards = nullptr;
    FunnelChart* m_funnel = nullptr;
    QDockWidget* m_trainerDock = nullptr;
    QDockWidget* m_standardsDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    HistoryEditor* m_historyEditor = nullptr;
    HeadlineBar* m_headline = nullptr;
    Autosave* m_autosave = nullptr;
    QSplitter* m_splitter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_statusProblems = nullptr;
    QString m_languagePreference;  // as applied: "" (system), "en", "fr", "vi"
    QString m_pinnedStorage;       // setPinnedStorage()
    bool m_trainerSession = false; // setTrainerMode()
    bool m_projectorSession = false; // setProjectorMode()
    QAction* m_projectorAction = nullptr;
    QPointer<UserGuideWindow> m_guide;
};

}  // namespace tideover::ui
