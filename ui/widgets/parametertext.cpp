// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "parametertext.h"

#include "format/coretext.h"
#include "format/displayformat.h"
#include "serieseditor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace tideover::ui::parametertext {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tideover::ui::parametertext", text);
}

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString trimmed(double x, int decimals)
{
    QString s = QLocale().toString(x, 'f', decimals);
    const QString point = QLocale().decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

// A bound of the range with its unit, for the tooltip.
QString bound(const core::ParameterInfo& info, double x, const QString& currency)
{
    const QString n = number(info, x);
    if (info.display == core::Display::Money)
        return n + QLatin1Char(' ') + currency;
    return n;
}

} // namespace

QString label(const core::ParameterInfo& info)
{
    return coretext::translatedLabel(info);
}

QString key(const core::ParameterInfo& info)
{
    return fromView(info.key);
}

QString unit(const core::ParameterInfo& info, const QString& currency)
{
    QString u = format::unitLabel(info, currency);
    if (format::showsPercent(info) && u.startsWith(QLatin1Char('%')))
        u = u.mid(1).trimmed();
    return u;
}

QString enumWord(std::string_view key, std::string_view word)
{
    // labour.flow_model shares the word steady_state with projection.initial_claimants.
    if (key == "labour.flow_model") {
        if (word == "steady_state")
            return tr("Steady state (job losses keep each year's unemployment)");
        if (word == "dynamic")
            return tr("Dynamic (a rise in unemployment adds job losses)");
    }
    // The protection package's switches (model-spec v5): "none" is "no such part" there.
    if (key == "severance.formula") {
        if (word == "none")
            return tr("None (no severance pay)");
        if (word == "per_year")
            return tr("Months of wage per year of service");
        if (word == "steps")
            return tr("Months of wage by steps of service");
    }
    if (key == "severance.tenure_distribution") {
        if (word == "exponential")
            return tr("Exponential, from a mean service");
        if (word == "table")
            return tr("A table of service bands");
    }
    if (key == "severance.offset") {
        if (word == "none")
            return tr("No offset");
        if (word == "insured_years")
            return tr("Years insured are not counted");
    }
    if (key == "savings.accounts") {
        if (word == "none")
            return tr("None (no savings accounts)");
        if (word == "individual")
            return tr("Individual accounts");
    }
    if (key == "assistance.benefit") {
        if (word == "none")
            return tr("None (no assistance)");
        if (word == "poverty_line_share")
            return tr("A share of the poverty line");
    }
    if (word == "steady_state")
        return tr("Existing scheme (steady state)");
    if (word == "empty")
        return tr("New scheme (nobody on benefit yet)");
    if (word == "none")
        return tr("Not indexed");
    if (word == "prices")
        return tr("With prices");
    if (word == "wages")
        return tr("With wages");
    if (word == "fixed")
        return tr("Fixed legislated rate");
    if (word == "reserve_band")
        return tr("Adjust the rate to keep the reserve in a band");
    // Worker groups (model-spec v4).
    if (word == "mandatory")
        return tr("Mandatory");
    if (word == "voluntary")
        return tr("Voluntary (members join by choice)");
    if (word == "wage")
        return tr("A rate on wages");
    if (word == "declared_income")
        return tr("A rate on a declared income");
    if (word == "flat")
        return tr("A flat amount a month");
    return fromView(word);
}

QString number(const core::ParameterInfo& info, double value)
{
    if (!std::isfinite(value))
        return format::undefinedMark();
    switch (info.display) {
    case core::Display::Fraction:
        return format::percent(value, 4);
    case core::Display::Money:
        return trimmed(value, 2);
    case core::Display::Persons:
        return format::number(value, 0);
    case core::Display::Year:
    case core::Display::Count:
        return QString::number(static_cast<long long>(value));
    default:
        return trimmed(value, 4);
    }
}

QString range(const core::ParameterInfo& info, const QString& currency)
{
    if (info.kind == core::Kind::Enum) {
        QStringList words;
        for (const auto w : info.words)
            words << enumWord(info.key, w);
        return words.join(QStringLiteral(", "));
    }
    if (info.kind == core::Kind::Seed)
        return tr("any whole number from 0 to 18,446,744,073,709,551,615");
    const core::Range& r = info.range;
    const bool hasMin = std::isfinite(r.min);
    const bool hasMax = std::isfinite(r.max);
    QString text;
    if (hasMin && hasMax) {
        const QString lo = bound(info, r.min, currency);
        const QString hi = bound(info, r.max, currency);
        if (!r.minOpen && !r.maxOpen)
            text = tr("%1 to %2").arg(lo, hi);
        else if (r.minOpen && !r.maxOpen)
            text = tr("more than %1, up to %2").arg(lo, hi);
        else if (!r.minOpen && r.maxOpen)
            text = tr("%1 or more, below %2").arg(lo, hi);
        else
            text = tr("between %1 and %2 (both excluded)").arg(lo, hi);
    } else if (hasMin) {
        const QString lo = bound(info, r.min, currency);
        text = r.minOpen ? tr("more than %1").arg(lo) : tr("%1 or more").arg(lo);
    } else if (hasMax) {
        const QString hi = bound(info, r.max, currency);
        text = r.maxOpen ? tr("less than %1").arg(hi) : tr("%1 or less").arg(hi);
    } else {
        text = tr("any value");
    }
    if (info.kind == core::Kind::RealList || info.kind == core::Kind::IntegerList)
        text = tr("each %1").arg(text);
    else if (info.kind == core::Kind::Series && (hasMin || hasMax))
        text = tr("%1 in every year").arg(text);
    if (info.key == "benefits.duration_shares")
        text += tr("; the shares add up to 100 %");
    return text;
}

QString defaultValue(const core::ParameterInfo& info, const QString& currency)
{
    if (!info.defaultValue)
        return tr("none: the scenario must give it");
    const core::ParamValue& v = *info.defaultValue;
    if (info.kind == core::Kind::Enum)
        return enumWord(info.key, std::get<std::string>(v));
    const QString u = info.display == core::Display::Money ? QLatin1Char(' ') + currency : QString();
    if (const auto* x = std::get_if<double>(&v))
        return number(info, *x) + u;
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return number(info, static_cast<double>(*i)) + u;
    if (const auto* s = std::get_if<std::uint64_t>(&v))
        return QString::number(*s);
    if (const auto* series = std::get_if<core::Series>(&v)) {
        if (series->values.size() == 1)
            return tr("%1 in every year").arg(number(info, series->values.front()) + u);
    }
    return format::displayValue(info, v, currency);
}

QString toolTip(const core::ParameterInfo& info, const QString& currency)
{
    QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                      .arg(label(info).toHtmlEscaped(), coretext::translatedHelp(info).toHtmlEscaped());
    tip += QStringLiteral("<p>%1 %2<br>%3 %4</p>")
               .arg(tr("Allowed:"), range(info, currency).toHtmlEscaped(), tr("Default:"),
                    defaultValue(info, currency).toHtmlEscaped());
    tip += QStringLiteral("<p style='color:#666'>%1 <code>%2</code></p>").arg(tr("Key:"), key(info));
    return tip;
}

QString seriesSummary(const core::ParameterInfo& info, const core::Series& series, int startYear)
{
    const std::vector<SeriesStep> steps = SeriesEditor::stepsFromSeries(series, startYear);
    if (steps.empty())
        return tr("no value");
    if (steps.size() == 1)
        return number(info, steps.front().value);
    // Non-breaking spaces inside "4 % from 2026" so a wrapped summary breaks between steps.
    const auto keepTogether = [](QString text) { return text.replace(QLatin1Char(' '), QChar(0x00a0)); };
    if (steps.size() <= 3) {
        QStringList parts;
        for (const SeriesStep& s : steps)
            parts << keepTogether(tr("%1 from %2").arg(number(info, s.value)).arg(s.year));
        return parts.join(QStringLiteral("; "));
    }
    // A long schedule (a value a year) in brief: where it starts, where it ends, how many steps.
    const SeriesStep& first = steps.front();
    const SeriesStep& last = steps.back();
    return tr("%1 … %2 (%3)")
        .arg(keepTogether(tr("%1 from %2").arg(number(info, first.value)).arg(first.year)),
             keepTogether(tr("%1 from %2").arg(number(info, last.value)).arg(last.year)),
             keepTogether(tr("%1 steps").arg(steps.size())));
}

QString datedSummary(const core::ParameterInfo& info, const core::Series& base,
                     const std::vector<std::pair<int, double>>& changes, int startYear)
{
    QString text = seriesSummary(info, base, startYear);
    if (changes.empty())
        return text;
    const auto keepTogether = [](QString t) { return t.replace(QLatin1Char(' '), QChar(0x00a0)); };
    const auto step = [&](const std::pair<int, double>& c) {
        return keepTogether(tr("%1 from %2").arg(number(info, c.second)).arg(c.first));
    };
    const QString arrow = QStringLiteral("\u00a0\u2192 ");
    if (changes.size() <= 2) {
        for (const auto& c : changes)
            text += arrow + step(c);
        return text;
    }
    return text + arrow + step(changes.back()) + QLatin1Char(' ') +
           keepTogether(tr("(%1 changes)").arg(changes.size()));
}

QString seriesDetail(const core::ParameterInfo& info, const core::Series& series, int startYear)
{
    QStringList parts;
    for (const SeriesStep& s : SeriesEditor::stepsFromSeries(series, startYear))
        parts << tr("%1 from %2").arg(number(info, s.value)).arg(s.year);
    return parts.join(QStringLiteral("; "));
}

QString count(int n, const char* context, const char* one, const char* many)
{
    return n == 1 ? QCoreApplication::translate(context, one) : QCoreApplication::translate(context, many).arg(n);
}

QString problem(const QString& message, const QString& key)
{
    QString text = message;
    const QString prefix = key + QStringLiteral(": ");
    if (text.startsWith(prefix))
        text = text.mid(prefix.size());
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace tideover::ui::parametertext
