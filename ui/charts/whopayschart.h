// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartstyle.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPBars;
class QCPItemText;
class QLabel;

namespace tideover::ui {

class ScenarioDocument;

// "Who pays, who draws" (model-spec v4 "Output with groups"): for each worker group, two bars
// side by side: what is paid in for it, split by payer (its workers, their employers, the
// state: the state's contributions and its share of the benefits), and what it draws out
// (benefits, and the other spending that follows them). The label above each pair is the
// group's cross-subsidy: paid in minus drawn out (what it leaves to the fund, or takes from
// it, for the others and the reserve). A
// selector picks one projection year or the sum over the whole horizon (the default). Follows
// the document and greys out while the scenario has errors.
class WhoPaysChart : public QWidget {
    Q_OBJECT

public:
    // The stacked parts, bottom up: paid in (workers, employers, state), drawn (benefits, other).
    enum Part { Workers, Employers, State, Benefits, OtherSpending };
    static constexpr int kPartCount = 5;

    explicit WhoPaysChart(ScenarioDocument* document, QWidget* parent = nullptr);

    // 0: every year summed; else a calendar year of the projection.
    int year() const { return m_year; }
    void setYear(int year);
    QComboBox* yearSelector() const { return m_yearBox; }
    QCustomPlot* plot() const { return m_plot; }

    // The groups shown (main first) and their figures in LCU for the year chosen.
    QStringList groupTitles() const { return m_titles; }
    double value(int group, Part part) const { return m_values.at(std::size_t(group))[std::size_t(part)]; }
    double crossSubsidy(int group) const { return m_cross.at(std::size_t(group)); }
    QString crossSubsidyLabel(int group) const;
    bool isStale() const { return m_stale; }
    // The figures as CSV: group, the parts' columns, cross_subsidy.
    QString csvText() const;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildPlot();
    void applyTheme();
    void exportWithDialog(const QString& format);

    QPointer<ScenarioDocument> m_document;
    QComboBox* m_yearBox = nullptr;
    QLabel* m_note = nullptr;
    QCustomPlot* m_plot = nullptr;
    std::array<QCPBars*, kPartCount> m_bars{};
    std::vector<QCPItemText*> m_labels;
    ChartStyle m_style;
    QStringList m_titles;
    std::vector<std::array<double, kPartCount>> m_values;
    std::vector<double> m_cross;
    QString m_currency;
    int m_year = 0;
    bool m_stale = false;
};

} // namespace tideover::ui
