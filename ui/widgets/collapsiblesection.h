// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace tideover::ui {

// A titled part of the scenario editor that folds away: a header button with an arrow and
// the title (plus a count of problems inside), and a body below it.
class CollapsibleSection : public QWidget {
    Q_OBJECT

public:
    explicit CollapsibleSection(const QString& title, QWidget* parent = nullptr);

    QVBoxLayout* bodyLayout() const { return m_bodyLayout; }
    QWidget* body() const { return m_body; }
    QString title() const { return m_title; }
    QToolButton* header() const { return m_header; }

    void setExpanded(bool expanded);
    bool isExpanded() const { return m_expanded; }
    // While a filter is active every matching section shows its body whatever the planner
    // chose; the choice comes back when the filter is cleared.
    void setForcedOpen(bool forced);
    // "Benefits · 1 error" in the header, so a problem is seen even when folded.
    void setProblemCount(int errors, int warnings);

signals:
    void expandedChanged(bool expanded);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateHeader();

    QString m_title;
    QToolButton* m_header = nullptr;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_bodyLayout = nullptr;
    bool m_expanded = true;
    bool m_forced = false;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace tideover::ui
