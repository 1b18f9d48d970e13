// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QGridLayout;
class QLabel;

namespace tideover::ui {

class MonitoringTableModel;

// A small chart of one monitoring indicator over the years, for small multiples: the actual
// values (from the history's figures) as markers, the projected ones as a line, a faint
// vertical line where the projection starts, the first and last years under it and the
// indicator's range beside it. The title names the indicator; the caption gives its latest
// actual and its last projected value. Colours follow the widget's palette (the chart theme).
class SparklineChart : public QWidget {
    Q_OBJECT

public:
    // `indicator` is a column of MonitoringTableModel (MonitoringText's numbering).
    explicit SparklineChart(int indicator, QWidget* parent = nullptr);

    int indicator() const { return m_indicator; }
    // Takes the indicator's values from the model (every year of it).
    void setData(const MonitoringTableModel& model);

    // For tests: the years shown and the values, NaN where none.
    int firstYear() const { return m_firstYear; }
    const QVector<double>& actualValues() const { return m_actual; }
    const QVector<double>& projectedValues() const { return m_projected; }
    QString title() const;
    QString caption() const;
    QCustomPlot* plot() const { return m_plot; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();

    int m_indicator;
    QLabel* m_title = nullptr;
    QLabel* m_caption = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_projectedGraph = nullptr;
    QCPGraph* m_actualGraph = nullptr;
    QCPItemStraightLine* m_split = nullptr;
    int m_firstYear = 0;
    QVector<double> m_actual;
    QVector<double> m_projected;
    bool m_stale = false;
};

// Small multiples that reflow: as many columns of charts as the width holds (each at least
// `minimumCellWidth` wide), one under another on a narrow screen.
class SparklineGrid : public QWidget {
    Q_OBJECT

public:
    explicit SparklineGrid(int minimumCellWidth, QWidget* parent = nullptr);

    void addChart(QWidget* chart);
    int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout(int columns);

    QGridLayout* m_grid = nullptr;
    QList<QWidget*> m_charts;
    int m_minimumCellWidth;
    int m_columns = 0;
};

}  // namespace tideover::ui
