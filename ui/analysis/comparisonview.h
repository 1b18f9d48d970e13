// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;
class QTabWidget;
class QTableView;
class QToolButton;

namespace tideover::ui {

class ComparisonChart;
class ComparisonSet;
class HeadlineComparisonModel;
class PackageComparisonView;
class ParameterDiffModel;
class ScenarioDocument;

// The "Compare" page: a set of pinned scenarios (snapshots of the one being edited, files,
// built-in scenarios) listed with a remove button each, next to the scenario being edited;
// their lines overlaid on one chart, their headline figures side by side, and the parameters
// in which they differ (only those).
class ComparisonView : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonView(ScenarioDocument* document, QWidget* parent = nullptr);

    ComparisonSet* set() const { return m_set; }
    ComparisonChart* chart() const { return m_chart; }
    HeadlineComparisonModel* headlineModel() const { return m_headlineModel; }
    ParameterDiffModel* diffModel() const { return m_diffModel; }
    QTableView* headlineTable() const { return m_headlineTable; }
    QTableView* diffTable() const { return m_diffTable; }
    // The list of pinned scenarios: a row each, with its colour, name, origin and remove button.
    QWidget* pinnedArea() const { return m_pinnedArea; }
    QTabWidget* tabs() const { return m_tabs; }
    // The "Package" tab (model-spec v5): shown while a compared scenario has a package part on.
    PackageComparisonView* packageView() const { return m_package; }

public slots:
    // Pins a snapshot of the scenario being edited ("Default scenario at 14:32").
    bool pinCurrent();
    // Asks for a file and pins it.
    void pinFileWithDialog();
    bool pinFile(const QString& path);
    bool pinBuiltin(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildList();
    void renamePinned(int index);
    void showError(const QString& text);
    void updateDiffCaption();
    void updatePackageTab();

    ScenarioDocument* m_document;
    ComparisonSet* m_set = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_pinnedArea = nullptr;
    QVBoxLayout* m_rows = nullptr;
    QLabel* m_none = nullptr;
    QCheckBox* m_includeCurrent = nullptr;
    QLabel* m_hint = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_measure = nullptr;
    ComparisonChart* m_chart = nullptr;
    HeadlineComparisonModel* m_headlineModel = nullptr;
    ParameterDiffModel* m_diffModel = nullptr;
    QTableView* m_headlineTable = nullptr;
    QTableView* m_diffTable = nullptr;
    QLabel* m_diffCaption = nullptr;
    PackageComparisonView* m_package = nullptr;
};

} // namespace tideover::ui
