// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/training/standards.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace tideover::ui {

class ScenarioDocument;

// The scheme's design against the ILO minimum standards for unemployment benefit (C102 Part
// IV, C168), article by article as `tideover-cli standards` lists them, with a one-line
// summary on top. Follows the document: every scenario change checks again.
class StandardsView : public QWidget {
    Q_OBJECT

public:
    enum Column { StandardColumn, ArticleColumn, TopicColumn, StatusColumn, ExplanationColumn, ColumnCount };

    explicit StandardsView(ScenarioDocument* document, QWidget* parent = nullptr);

    const std::vector<core::StandardFinding>& findings() const { return m_findings; }
    QStandardItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // "Meets 9 of 13 minimum standards; falls short on C102 Art. 22 (benefit level ...), ..."
    QString summaryText() const;
    int passCount() const;
    int failCount() const;
    // "Meets", "Falls short", "Not assessed".
    static QString statusText(core::StandardStatus status);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QIcon statusIcon(core::StandardStatus status) const;

    QPointer<ScenarioDocument> m_document;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    std::vector<core::StandardFinding> m_findings;
};

}  // namespace tideover::ui
