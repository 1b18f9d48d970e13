// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QFrame>

class QLabel;

namespace tideover::ui {

class ScenarioDocument;

// The row of headline figures above the results, summary first as the best policy tools do:
// reserve ratio at the horizon, lowest reserve ratio and its year, depletion year or "never",
// break-even contribution rate, effective coverage. Greyed and labelled while the results
// are stale.
class HeadlineBar : public QFrame {
    Q_OBJECT

public:
    explicit HeadlineBar(ScenarioDocument* document, QWidget* parent = nullptr);

    // The text of a figure's value label, by name: "horizonRatio", "lowestRatio",
    // "depletion", "breakEven", "coverage" (for tests and accessibility).
    QString figureText(const QString& name) const;

private:
    struct Figure {
        QLabel* value = nullptr;
        QLabel* caption = nullptr;
    };
    Figure addFigure(const QString& name, const QString& caption, const QString& help);
    void applyFonts(const Figure& f);
    void changeEvent(QEvent* event) override;
    void refresh();

    ScenarioDocument* m_document;
    Figure m_horizonRatio, m_lowestRatio, m_depletion, m_breakEven, m_coverage;
    QLabel* m_status = nullptr;
};

}  // namespace tideover::ui
