// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "chartstyle.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace tideover::ui {

QColor ChartStyle::blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * t + b.redF() * (1 - t)),
                            float(a.greenF() * t + b.greenF() * (1 - t)),
                            float(a.blueF() * t + b.blueF() * (1 - t)));
}

ChartStyle ChartStyle::fromPalette(const QPalette& palette)
{
    ChartStyle s;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.dark = s.background.lightnessF() < 0.5;
    s.mutedText = blend(s.text, s.background, 0.55);
    s.grid = blend(s.text, s.background, 0.16);
    s.subGrid = blend(s.text, s.background, 0.07);
    // Amber in both themes: light text on dark amber, dark text on pale amber.
    s.noteBackground = s.dark ? QColor(0x5c, 0x43, 0x00) : QColor(0xff, 0xf0, 0xc2);
    s.noteText = s.dark ? QColor(0xff, 0xf3, 0xd6) : QColor(0x4a, 0x34, 0x00);
    return s;
}

QPalette ChartStyle::themePalette(bool dark)
{
    const QColor base = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xff, 0xff, 0xff);
    const QColor window = dark ? QColor(0x2b, 0x2d, 0x31) : QColor(0xf3, 0xf3, 0xf3);
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x1a, 0x1a, 0x1a);
    QPalette p(text, window, window.lighter(120), window.darker(160), window.darker(120), text, base);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, blend(text, base, 0.55));
    p.setColor(QPalette::Disabled, QPalette::Text, blend(text, base, 0.45));
    p.setColor(QPalette::Disabled, QPalette::WindowText, blend(text, base, 0.45));
    return p;
}

QColor ChartStyle::series(Series colour)
{
    switch (colour) {
    case Series::Orange:
        return QColor(0xe6, 0x9f, 0x00);
    case Series::SkyBlue:
        return QColor(0x56, 0xb4, 0xe9);
    case Series::BluishGreen:
        return QColor(0x00, 0x9e, 0x73);
    case Series::Yellow:
        return QColor(0xf0, 0xe4, 0x42);
    case Series::Blue:
        return QColor(0x00, 0x72, 0xb2);
    case Series::Vermillion:
        return QColor(0xd5, 0x5e, 0x00);
    case Series::ReddishPurple:
        return QColor(0xcc, 0x79, 0xa7);
    }
    return QColor(0x00, 0x72, 0xb2);
}

QColor ChartStyle::group(int index)
{
    // The main group blue, the further groups in contrasting colours, in turn.
    constexpr Series cycle[] = {Series::Blue,    Series::Orange,     Series::BluishGreen, Series::ReddishPurple,
                                Series::SkyBlue, Series::Vermillion, Series::Yellow};
    constexpr int length = int(std::size(cycle));
    return series(cycle[((index % length) + length) % length]);
}

QColor ChartStyle::payer(Payer who)
{
    switch (who) {
    case Payer::Workers:
        return series(Series::SkyBlue);
    case Payer::Employers:
        return series(Series::Blue);
    case Payer::State:
        return series(Series::Yellow);
    }
    return series(Series::Yellow);
}

QFont ChartStyle::scaledFont(QFont type, double factor)
{
    if (type.pointSizeF() > 0)
        type.setPointSizeF(type.pointSizeF() * factor);
    else if (type.pixelSize() > 0)
        type.setPixelSize(std::max(1, int(std::lround(type.pixelSize() * factor))));
    return type;
}

} // namespace tideover::ui
