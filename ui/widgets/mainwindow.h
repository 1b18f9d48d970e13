// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QMessageBox;
class QSplitter;

namespace tideover::ui {

class Autosave;
class HeadlineBar;
class ResultsView;
class ScenarioDocument;
class ScenarioEditor;

// Tideover's main window: headline figures on top, the scenario editor on the left and the
// results on the right; the File and Edit menus carry the document's life (new from a
// built-in scenario, open, save, revert, recent files, undo and redo, autosave and recovery,
// drag and drop).
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
    Autosave* autosave() const { return m_autosave; }

    // Starts an untitled document from a built-in scenario ("default"), after asking about
    // unsaved changes. False when the user cancels or there is no such scenario.
    bool newFromBuiltin(const QString& name);
    // Opens a file after asking about unsaved changes. On failure shows why and keeps the
    // current document. False when cancelled or failed.
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    // Offers to recover work left by a Tideover that did not close normally.
    void offerRecovery();

    // Asks whether to save unsaved changes: true when it is fine to go on (saved or
    // discarded), false when the user cancels.
    bool maybeSave();

    static constexpr int kMaxRecentFiles = 10;
    QStringList recentFiles() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString& path);
    void revert();
    void showParameterHelp();
    void goToFirstProblem();
    void showAbout();
    void showError(const QString& title, const QString& text);
    void readSettings();
    void writeSettings();

    ScenarioDocument* m_document = nullptr;
    ScenarioEditor* m_editor = nullptr;
    ResultsView* m_results = nullptr;
    HeadlineBar* m_headline = nullptr;
    Autosave* m_autosave = nullptr;
    QSplitter* m_splitter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_statusProblems = nullptr;
};

}  // namespace tideover::ui
