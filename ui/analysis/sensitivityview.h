// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/sensitivity.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace tideover::ui {

class ScenarioDocument;
class TornadoChart;

// The "Sensitivity" page: each assumption (or scheme-design setting) lowered and raised by a
// chosen share, one at a time, and the effect on a chosen measure (the reserve ratio at the
// end of a year, the lowest reserve ratio, the break-even rate or the depletion year) as a
// tornado chart and a table. A full analysis takes about a millisecond, so it follows the
// scenario and the form as they change.
class SensitivityView : public QWidget {
    Q_OBJECT

public:
    explicit SensitivityView(ScenarioDocument* document, QWidget* parent = nullptr);

    TornadoChart* chart() const { return m_chart; }
    QTableWidget* table() const { return m_table; }
    QComboBox* measureBox() const { return m_measure; }
    QComboBox* keysBox() const { return m_keys; }
    QSpinBox* changeBox() const { return m_change; }
    QSpinBox* yearBox() const { return m_year; }
    // The options the form describes.
    core::SensitivityOptions options() const;
    const std::optional<core::SensitivityResult>& result() const { return m_result; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onScenarioChanged();
    void recompute();
    void fillTable();

    ScenarioDocument* m_document;
    QComboBox* m_keys = nullptr;
    QSpinBox* m_change = nullptr;
    QComboBox* m_measure = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_notes = nullptr;
    TornadoChart* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
    std::optional<core::SensitivityResult> m_result;
    bool m_stale = false;
    bool m_dirty = true;
    int m_horizonStart = 0;
    int m_horizonYears = 0;
};

} // namespace tideover::ui
