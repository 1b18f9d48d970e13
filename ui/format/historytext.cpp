// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "historytext.h"

#include <QCoreApplication>

#include <cmath>

namespace tideover::ui::historytext {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tideover::ui::historytext", text);
}

struct Text {
    const char* title;
    const char* definition;
};

// In core::HistoryColumn order; the definitions are model-spec v3's.
const Text kTexts[core::kHistoryColumnCount] = {
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Labour force"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext", "the labour force, annual average")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Unemployment rate"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext", "the unemployment rate, annual average")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Insured"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext", "insured persons (contributors)")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Contributory wage bill"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext", "total covered (contributory) wages of the year")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Contributions"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext", "contributions received in the year (all payers)")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "State subsidy"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext",
                       "the state's payments into the fund other than contributions")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "New claims"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext", "new beneficiaries in the year")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Beneficiaries"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext", "beneficiaries, average over the year")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Benefits"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext", "benefits paid in the year")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Expenditure"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext",
                       "total expenditure of the year: benefits, other expenditure and administration")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Investment income"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext",
                       "the fund's investment income (negative: losses or interest paid)")},
    {QT_TRANSLATE_NOOP("tideover::ui::historytext", "Reserve"),
     QT_TRANSLATE_NOOP("tideover::ui::historytext", "the fund at the end of the year")},
};

const Text& text(core::HistoryColumn column)
{
    return kTexts[static_cast<std::size_t>(column)];
}

// Drops trailing zeros after the decimal point ("5.20000000" -> "5.2").
QString trimZeros(QString s, const QLocale& locale)
{
    const QString point = locale.decimalPoint();
    if (!s.contains(point))
        return s;
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(point))
        s.chop(point.size());
    return s;
}

// A rate in percent with up to eight decimals: 0.052 is "5.2", never "5.200000000000001".
QString percentText(double fraction, const QLocale& locale)
{
    return trimZeros(locale.toString(fraction * 100.0, 'f', 8), locale);
}

QString rangeText(core::HistoryColumn column)
{
    const core::HistoryColumnInfo& info = core::historyColumn(column);
    if (info.fraction)
        return tr("from 0 % to below 100 %");
    return info.mayBeNegative ? tr("any number") : tr("zero or more");
}

} // namespace

QString title(core::HistoryColumn column)
{
    return tr(text(column).title);
}

QString definition(core::HistoryColumn column)
{
    return tr(text(column).definition);
}

QString unit(core::HistoryColumn column, const QString& currency)
{
    const core::HistoryColumnInfo& info = core::historyColumn(column);
    if (info.fraction)
        return QStringLiteral("%");
    if (info.money)
        return info.column == core::HistoryColumn::reserve ? currency : tr("%1 a year").arg(currency);
    return info.column == core::HistoryColumn::new_claims ? tr("persons a year") : tr("persons");
}

QString name(core::HistoryColumn column)
{
    const std::string_view n = core::historyColumn(column).name;
    return QString::fromUtf8(n.data(), qsizetype(n.size()));
}

QString formatValue(core::HistoryColumn column, double value, const QString& currency, const QLocale& locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const core::HistoryColumnInfo& info = core::historyColumn(column);
    if (info.fraction)
        return percentText(value, locale) + QStringLiteral(" %");
    const QString number = locale.toString(value, 'f', QLocale::FloatingPointShortest);
    return info.money ? QStringLiteral("%1 %2").arg(number, currency) : number;
}

QString editText(core::HistoryColumn column, double value, const QLocale& given)
{
    if (!std::isfinite(value))
        return {};
    QLocale locale = given;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    if (core::historyColumn(column).fraction)
        return percentText(value, locale);
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<double> parseValue(core::HistoryColumn column, const QString& typed, QString* error,
                                 const QLocale& locale)
{
    const core::HistoryColumnInfo& info = core::historyColumn(column);
    QString text = typed.trimmed();
    // A unit typed after the number, as the table shows it ("5.2 %", "1,000 VND").
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    qsizetype letters = 0;
    while (letters < text.size() && text.at(text.size() - 1 - letters).isLetter())
        ++letters;
    // A currency code or a word; one letter straight after the digits may be an exponent's "e".
    if (letters >= 2 || (letters == 1 && text.size() > 1 && text.at(text.size() - 2).isSpace()))
        text.chop(letters);
    text = text.trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = typed.trimmed().isEmpty() ? QString() : tr("“%1” is not a number").arg(typed.trimmed());
        return std::nullopt;
    }
    bool ok = false;
    double x = locale.toDouble(text, &ok);
    if (!ok) {
        // Spaces as group separators ("1 234 567,5"), whatever space the locale uses.
        QString compact = text;
        compact.removeIf([](QChar c) { return c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0); });
        x = locale.toDouble(compact, &ok);
        if (!ok)
            x = QLocale::c().toDouble(compact, &ok);
    }
    if (!ok || !std::isfinite(x)) {
        if (error)
            *error = tr("“%1” is not a number").arg(typed.trimmed());
        return std::nullopt;
    }
    if (info.fraction)
        x /= 100.0;
    if (!core::historyValueAllowed(column, x)) {
        if (error)
            *error =
                tr("%1 is out of range for %2: %3").arg(typed.trimmed(), title(column), rangeText(column));
        return std::nullopt;
    }
    return x;
}

} // namespace tideover::ui::historytext
