// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "chartstyle.h"
#include "core/training/funnel.h"

#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPItemText;
class QLabel;
class QMenu;
class QMouseEvent;
class QComboBox;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace tideover::ui {

class ScenarioDocument;

// The coverage funnel of the ILO good-practices guide for one projection year: horizontal bars
// from the labour force down to the insured (stocks, persons), then from the insured's job
// losses down to new beneficiaries (flows, persons a year), each bar labelled with its count
// and its share of the stage before. A year selector picks the year; a table below lists every
// stage of every year (the CSV of `tideover-cli funnel`). Follows the document like the other
// charts and greys out while the scenario has errors. The funnel is one year's bars by stage,
// not a series over years, so it draws its own plot with the charts' palette (ChartStyle)
// instead of deriving from ChartView, whose axis is the calendar year.
class FunnelChart : public QWidget {
    Q_OBJECT

public:
    explicit FunnelChart(ScenarioDocument* document, QWidget* parent = nullptr);

    // The funnel shown, or nullptr before any valid scenario.
    const core::CoverageFunnel* funnel() const { return m_funnel ? &*m_funnel : nullptr; }
    int firstYear() const { return m_funnel ? m_funnel->startYear : 0; }
    int yearCount() const { return m_funnel ? int(m_funnel->persons.rows()) : 0; }
    // The calendar year shown; 0 before any valid scenario.
    int year() const { return m_year; }
    // The shown year's persons at a stage (FunnelStage order), as drawn; NaN when none.
    double stageValue(int stage) const;
    // The stage's share of the one before it (NaN for the labour force and an empty stage).
    double stageShare(int stage) const;
    // The label at the end of the stage's bar: "4,812,345 · 93.5 % of the previous".
    QString stageLabel(int stage) const;
    // The label without words ("26,460,000  ·  94.5 %"), for a chart too narrow for the whole.
    QString briefStageLabel(int stage) const;

    bool isStale() const { return m_stale; }
    QString noteText() const;
    QString readoutText() const;

    QCustomPlot* plot() const { return m_plot; }
    QSpinBox* yearSelector() const { return m_yearBox; }
    // Worker groups (model-spec v4): the group whose funnel shows, "total" (the default),
    // "main" or a group's name; the selector shows only while the scenario has groups.
    QComboBox* groupSelector() const { return m_groupBox; }
    QString group() const { return m_group; }
    void setGroup(const QString& name);
    QStandardItemModel* tableModel() const { return m_model; }
    QTableView* table() const { return m_table; }

    // The table as `tideover-cli funnel` writes it: year, the stage keys, unemployed, beneficiaries.
    QString csvText() const;
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPng(const QString& path, QString* error, const QSize& size = QSize());
    bool exportPdf(const QString& path, QString* error, const QSize& size = QSize());

public slots:
    // Shows `year` when the projection has it (clamped to its years otherwise).
    void setYear(int year);
    // Takes the document's current scenario and state.
    void refresh();

signals:
    void yearChanged(int year);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyTheme();
    void rebuildPlot();
    // Widens the value axes so that every bar's label fits to its right at the chart's width.
    void fitLabels();
    void rebuildTable();
    void setHoverStage(std::optional<int> stage);
    void onMouseMove(QMouseEvent* event);
    void exportWithDialog(const QString& what);

    QPointer<ScenarioDocument> m_document;
    QSpinBox* m_yearBox = nullptr;
    QComboBox* m_groupBox = nullptr;
    QLabel* m_groupLabel = nullptr;
    QWidget* m_groupRow = nullptr; // the group's label and selector, shown when there are groups
    QString m_group = QStringLiteral("total");
    std::optional<core::CoverageFunnels> m_funnels;
    QLabel* m_readout = nullptr;
    QLabel* m_note = nullptr;
    QMenu* m_exportMenu = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_stockRect = nullptr;
    QCPAxisRect* m_flowRect = nullptr;
    QCPBars* m_stockBars = nullptr;
    QCPBars* m_flowBars = nullptr;
    QCPBars* m_lastBar = nullptr;  // new beneficiaries, the funnel's outcome, in its own colour
    std::vector<QCPItemText*> m_labels;  // one per stage
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    ChartStyle m_style;
    std::optional<core::CoverageFunnel> m_funnel;
    int m_year = 0;
    bool m_stale = false;
    std::optional<int> m_hoverStage;
};

}  // namespace tideover::ui
