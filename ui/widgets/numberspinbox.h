// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/parameters.h"

#include <QDoubleSpinBox>

namespace tideover::ui {

// A spin box for one number of a parameter, in the unit the planner reads: a fraction shows as
// a percentage (0.6 -> "60 %"), money and head counts with thousands separators, trailing
// zeros dropped. Its limits are far wider than the parameter's range so that an invalid value
// can be typed and then shown as a problem. The mouse wheel turns it only while it has focus,
// so scrolling the editor never changes a value by accident. A typed number is committed after
// a short pause in the typing (TypingPause), on Enter, or when the box is left.
class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit NumberSpinBox(const core::ParameterInfo& info, QWidget* parent = nullptr);

    // The stored value (a fraction for percentages); NaN shows as "not set".
    void setModelValue(double value);
    double modelValue() const;
    // Whether the box already shows `value` (after rounding to what it can display).
    bool shows(double value) const;
    bool isPercent() const { return m_percent; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    QString textFromValue(double value) const override;
    void wheelEvent(QWheelEvent* event) override;

private:
    double toShown(double model) const;
    bool m_percent = false;
};

} // namespace tideover::ui
