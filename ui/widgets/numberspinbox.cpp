// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "numberspinbox.h"

#include "typingpause.h"

#include <QWheelEvent>

#include <cmath>

namespace tideover::ui {

namespace {

double power10(int n)
{
    double p = 1.0;
    for (int i = 0; i < n; ++i)
        p *= 10.0;
    return p;
}

// A step that suits a percentage: fine for annual rates and narrow ranges, a whole point for
// shares that span 0..100 %.
double percentStep(const core::ParameterInfo& info)
{
    if (info.unit.ends_with("/yr"))
        return 0.1;
    const double width = (info.range.max - info.range.min) * 100.0;
    if (!std::isfinite(width) || width > 60.0)
        return 1.0;
    return width <= 10.0 ? 0.1 : 0.25;
}

} // namespace

NumberSpinBox::NumberSpinBox(const core::ParameterInfo& info, QWidget* parent) : QDoubleSpinBox(parent)
{
    // A typed number is committed after a pause in the typing (TypingPause), on Enter or when
    // leaving the box, never at each keystroke.
    setKeyboardTracking(false);
    TypingPause::attach(this);
    setAccelerated(true);
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);

    switch (info.display) {
    case core::Display::Fraction:
        m_percent = true;
        setDecimals(4);
        setRange(-1000.0, 1000.0);
        setSingleStep(percentStep(info));
        setSuffix(QStringLiteral(" %"));
        break;
    case core::Display::Money:
        setDecimals(2);
        setRange(-1e15, 1e15);
        setGroupSeparatorShown(true);
        setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        break;
    case core::Display::Persons:
        setDecimals(0);
        setRange(-1e13, 1e13);
        setGroupSeparatorShown(true);
        setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        break;
    case core::Display::Years:
        setDecimals(2);
        setRange(-1e6, 1e6);
        setSingleStep(0.25);
        break;
    default:
        setDecimals(3);
        setRange(-1e6, 1e6);
        setSingleStep(0.05);
        break;
    }
    // A value the scenario must give shows as "not set" until it is given.
    if (info.isRequired())
        setSpecialValueText(tr("not set"));
}

double NumberSpinBox::toShown(double model) const
{
    return m_percent ? model * 100.0 : model;
}

void NumberSpinBox::setModelValue(double value)
{
    if (std::isnan(value)) {
        setValue(minimum());
        return;
    }
    setValue(toShown(value));
}

double NumberSpinBox::modelValue() const
{
    const double shown = value();
    if (!specialValueText().isEmpty() && shown == minimum())
        return std::nan("");
    // Divide whole numbers by a power of ten so that "0.1 %" is stored as 0.001 exactly as it
    // would be written, not as 0.1/100 with a rounding error in the last digit.
    const double scale = power10(decimals());
    const double units = std::round(shown * scale);
    if (std::abs(units) < 1e15)
        return m_percent ? units / (scale * 100.0) : units / scale;
    return m_percent ? shown / 100.0 : shown;
}

bool NumberSpinBox::shows(double value) const
{
    if (std::isnan(value))
        return !specialValueText().isEmpty() && this->value() == minimum();
    const double shown = toShown(value);
    if (shown < minimum() || shown > maximum())
        return false;
    return QString::number(shown, 'f', decimals()).toDouble() == this->value();
}

QString NumberSpinBox::textFromValue(double value) const
{
    QString text = QDoubleSpinBox::textFromValue(value);
    const QString point = locale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QSize NumberSpinBox::sizeHint() const
{
    // The base class sizes for the widest limit (a quadrillion); size for a plausible value.
    QSize size = QDoubleSpinBox::sizeHint();
    const int wide = fontMetrics().horizontalAdvance(QStringLiteral("000,000,000,000 %")) + 40;
    size.setWidth(std::min(size.width(), wide));
    return size;
}

QSize NumberSpinBox::minimumSizeHint() const
{
    QSize size = QDoubleSpinBox::minimumSizeHint();
    const int narrow = fontMetrics().horizontalAdvance(QStringLiteral("000,000 %")) + 36;
    size.setWidth(std::min(size.width(), narrow));
    return size;
}

void NumberSpinBox::wheelEvent(QWheelEvent* event)
{
    if (!hasFocus()) {
        event->ignore(); // let the scroll area scroll
        return;
    }
    QDoubleSpinBox::wheelEvent(event);
}

} // namespace tideover::ui
