// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "displayformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace tideover::ui::format {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tideover::ui::format", text); }

// Drops trailing zeros after the decimal point ("1.50" -> "1.5", "2.00" -> "2").
QString trimZeros(QString s, const QLocale& locale)
{
    const QString point = locale.decimalPoint();
    if (!s.contains(point))
        return s;
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith(point))
        s.chop(point.size());
    return s;
}

}  // namespace

QString undefinedMark() { return QStringLiteral("—"); }

QString nonBreaking(QString text)
{
    text.replace(QLatin1Char(' '), QChar(0x00a0));
    return text;
}

QString number(double x, int decimals, const QLocale& locale)
{
    if (!std::isfinite(x))
        return undefinedMark();
    return locale.toString(x, 'f', decimals);
}

QString percent(double fraction, int maxDecimals, const QLocale& locale)
{
    if (!std::isfinite(fraction))
        return undefinedMark();
    return trimZeros(locale.toString(fraction * 100.0, 'f', maxDecimals), locale) + QStringLiteral(" %");
}

QString figure(core::Figure kind, double value, const QLocale& locale)
{
    if (!std::isfinite(value))
        return undefinedMark();
    const core::FigureStyle f = core::figureStyle(kind, value);
    return locale.toString(f.shown, 'f', f.decimals);
}

QString figure(core::Figure kind, double value, int decimals, const QLocale& locale)
{
    if (!std::isfinite(value))
        return undefinedMark();
    const core::FigureStyle f = core::figureStyle(kind, value, decimals);
    return locale.toString(f.shown, 'f', f.decimals);
}

QString rate(double fraction, const QLocale& locale)
{
    if (!std::isfinite(fraction))
        return undefinedMark();
    return figure(core::Figure::Rate, fraction, locale) + QChar(0x00a0) + QLatin1Char('%');
}

QString rate(double fraction, int decimals, const QLocale& locale)
{
    if (!std::isfinite(fraction))
        return undefinedMark();
    return figure(core::Figure::Rate, fraction, decimals, locale) + QChar(0x00a0) + QLatin1Char('%');
}

QString persons(double count, const QLocale& locale) { return figure(core::Figure::Persons, count, locale); }

QString money(double amount, const QString& currency, bool compact, const QLocale& locale)
{
    if (!std::isfinite(amount))
        return undefinedMark();
    const int exponent = compact ? core::compactMoneyExponent(amount) : 0;
    if (exponent == 0)
        return nonBreaking(QStringLiteral("%1 %2").arg(figure(core::Figure::Money, amount, locale), currency));
    const QString scaled = figure(core::Figure::Scaled, amount / std::pow(10.0, exponent), locale);
    if (exponent == 12)
        return nonBreaking(tr("%1 tn %2").arg(scaled, currency));
    if (exponent == 9)
        return nonBreaking(tr("%1 bn %2").arg(scaled, currency));
    return nonBreaking(tr("%1 m %2").arg(scaled, currency));
}

QString moneyWithDecimals(double amount, const QString& currency, int decimals, const QLocale& locale)
{
    if (!std::isfinite(amount))
        return undefinedMark();
    return nonBreaking(QStringLiteral("%1 %2").arg(figure(core::Figure::Money, amount, decimals, locale), currency));
}

QString years(double value, const QLocale& locale)
{
    if (!std::isfinite(value))
        return undefinedMark();
    return nonBreaking(tr("%1 years").arg(figure(core::Figure::Ratio, value, locale)));
}

bool showsPercent(const core::ParameterInfo& p) { return p.display == core::Display::Fraction; }

QString unitLabel(const core::ParameterInfo& p, const QString& currency)
{
    using core::Display;
    switch (p.display) {
    case Display::Fraction: {
        const QString unit = QString::fromUtf8(p.unit.data(), int(p.unit.size()));
        if (unit.endsWith(QStringLiteral("/yr")))
            return tr("% a year");
        if (unit.endsWith(QStringLiteral("/month")))
            return tr("% a month");
        if (unit.contains(QStringLiteral("of benefits")))
            return tr("% of benefits");
        if (unit.contains(QStringLiteral("of contributions")))
            return tr("% of contributions");
        return QStringLiteral("%");
    }
    case Display::Money: {
        QString unit = QString::fromUtf8(p.unit.data(), int(p.unit.size()));
        unit.replace(QStringLiteral("LCU"), currency);
        unit.replace(QStringLiteral("/month"), tr(" a month"));
        unit.replace(QStringLiteral("/yr"), tr(" a year"));
        return unit;
    }
    case Display::Persons: return tr("persons");
    case Display::Year: return QString();
    case Display::Years: return tr("years");
    case Display::Months: return tr("months");
    case Display::Days: return tr("days");
    case Display::Factor: return tr("×");
    case Display::Count: return QString();
    case Display::Word: return QString();
    }
    return QString();
}

QString displayValue(const core::ParameterInfo& p, const core::ParamValue& value, const QString& currency,
                     const QLocale& locale)
{
    auto one = [&](double x) -> QString {
        switch (p.display) {
        case core::Display::Fraction: return percent(x, 4, locale);
        case core::Display::Money: return money(x, currency, false, locale);
        case core::Display::Persons: return number(x, 0, locale);
        case core::Display::Year: return QString::number(static_cast<long long>(x));
        default: return trimZeros(locale.toString(x, 'f', 4), locale);
        }
    };
    return std::visit(
        [&](const auto& v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, double>)
                return one(v);
            else if constexpr (std::is_same_v<T, std::int64_t>)
                return one(static_cast<double>(v));
            else if constexpr (std::is_same_v<T, std::uint64_t>)
                return QString::number(v);
            else if constexpr (std::is_same_v<T, core::Series> || std::is_same_v<T, std::vector<double>> ||
                               std::is_same_v<T, std::vector<int>>) {
                QStringList parts;
                const auto& list = [&]() -> const auto& {
                    if constexpr (std::is_same_v<T, core::Series>)
                        return v.values;
                    else
                        return v;
                }();
                for (const auto x : list)
                    parts << one(static_cast<double>(x));
                return parts.join(QStringLiteral(", "));
            } else
                return QString::fromStdString(v);
        },
        value);
}

}  // namespace tideover::ui::format
