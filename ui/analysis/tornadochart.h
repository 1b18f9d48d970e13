// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "charts/chartstyle.h"
#include "models/resultstablemodel.h"
#include "core/analysis/sensitivity.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCustomPlot;
class QCPBars;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QLabel;
class QMenu;
class QMouseEvent;

namespace tideover::ui {

// A tornado chart of a one-at-a-time sensitivity analysis: one row per varied key, a bar from
// the base value of the measure to its value with the key lowered and another to its value
// with the key raised, the rows sorted by the spread between the two so the assumptions that
// matter most stand on top. Pointing at a row reads out the values used and their effects.
// Exports as PNG, PDF and as the CSV tideover-cli writes.
class TornadoChart : public QWidget {
    Q_OBJECT

public:
    explicit TornadoChart(QWidget* parent = nullptr);

    // Shows `result` under `title`; `measureTitle` names the measure on its axis ("Reserve
    // ratio in 2055"), `unit` says how its values read. Absent depletion years ("never") are
    // drawn at `neverYear`, the year after the horizon, and read "never". `stale` fades the bars.
    void setResult(const core::SensitivityResult& result, const QString& title, const QString& measureTitle,
                   ResultUnit unit, const QString& currency, int neverYear, bool stale);
    void clear(const QString& note);

    QCustomPlot* plot() const { return m_plot; }
    // The bars of the lowered and raised variants; their values are effects, measure - base.
    QCPBars* lowBars() const { return m_low; }
    QCPBars* highBars() const { return m_high; }
    // The rows of the result in the order drawn, top first (indices into result.rows).
    const std::vector<int>& order() const { return m_order; }
    // The spread |high - low| of a row of the result, as sorted (absent values count as the base).
    double spread(int row) const;
    QString readoutText() const { return m_readoutPlain; }
    QString noteText() const;
    void setHoverRow(std::optional<int> position); // position in order(), top first

    bool exportPng(const QString& path, QString* error, const QSize& size = QSize());
    bool exportPdf(const QString& path, QString* error, const QSize& size = QSize());
    bool exportCsv(const QString& path, QString* error) const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Sets the value axis's range so that the value labels at both ends of the bars fit inside
    // the axes at the chart's width (bars of the data range [m_dataLo, m_dataHi]).
    void fitLabels();
    double m_dataLo = 0;
    double m_dataHi = 0;

    double shown(double measure) const; // NaN depletion years -> m_neverYear
    // Why a row has no bar: its value was not varied, or the measure does not depend on it;
    // empty when it has an effect (or the base measure is absent).
    QString noEffectReason(const core::SensitivityRow& row) const;
    QString valueText(double measure) const;
    void applyTheme();
    void rebuild();
    void onMouseMove(QMouseEvent* event);
    void exportWithDialog(const QString& what);

    QCustomPlot* m_plot = nullptr;
    QLabel* m_readout = nullptr;
    QMenu* m_exportMenu = nullptr;
    QCPBars* m_low = nullptr;
    QCPBars* m_high = nullptr;
    QCPItemStraightLine* m_baseLine = nullptr;
    QCPItemText* m_baseLabel = nullptr;
    QCPItemText* m_note = nullptr;
    QCPItemRect* m_hoverRect = nullptr;
    std::vector<QCPItemText*> m_valueLabels;
    std::vector<QString> m_rowNames; // top row first, as translated
    ChartStyle m_style;
    std::optional<core::SensitivityResult> m_result;
    std::vector<int> m_order;
    QString m_title;
    QString m_measureTitle;
    ResultUnit m_unit = ResultUnit::Years;
    QString m_currency;
    int m_neverYear = 0;
    bool m_stale = false;
    QString m_noteText;
    std::optional<int> m_hoverRow;
    QString m_readoutPlain;
};

} // namespace tideover::ui
