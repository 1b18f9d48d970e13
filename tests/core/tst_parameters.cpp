// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The parameter table against the spec (docs/model-spec.md, a copy of the contract), and the
// text syntax of values shared by --set and the files.

#include "testsupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstring>

using namespace tideover::core;
using namespace tideover::test;

namespace {

struct SpecRow {
    QString key, unit, range, defaultText;
};

QList<SpecRow> specRows()
{
    QFile f(QStringLiteral(TIDEOVER_SOURCE_DIR "/docs/model-spec.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<SpecRow> rows;
    const QRegularExpression row(QStringLiteral(R"(^\| `([a-z_]+\.[a-z_]+)` \| ([^|]*) \| ([^|]*) \| ([^|]*) \|)"));
    for (const QString& line : QString::fromUtf8(f.readAll()).split('\n')) {
        const auto m = row.match(line);
        if (m.hasMatch())
            rows << SpecRow{m.captured(1), m.captured(2).trimmed(), m.captured(3).trimmed(), m.captured(4).trimmed()};
    }
    return rows;
}

QString q(std::string_view s) { return QString::fromUtf8(s.data(), int(s.size())); }

// The spec's v2 section: the v1 keys that become series (the backquoted keys of "Keys that
// become series") and the new keys (the rows of its "New keys" table).
QString specText()
{
    QFile f(QStringLiteral(TIDEOVER_SOURCE_DIR "/docs/model-spec.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList keysBecomingSeries()
{
    const QString text = specText();
    const qsizetype from = text.indexOf(QStringLiteral("## Keys that become series"));
    const qsizetype to = text.indexOf(QStringLiteral("\n## "), from + 1);
    QStringList keys;
    const QRegularExpression key(QStringLiteral("`([a-z_]+\\.[a-z_]+)`"));
    for (auto it = key.globalMatch(text.mid(from, to - from)); it.hasNext();)
        keys << it.next().captured(1);
    return keys;
}

QStringList newKeys()
{
    const QString text = specText();
    const qsizetype from = text.indexOf(QStringLiteral("## New keys"));
    const qsizetype to = text.indexOf(QStringLiteral("\n## "), from + 1);
    QStringList keys;
    const QRegularExpression row(QStringLiteral(R"((?:^|\n)\| `([a-z_]+\.[a-z_]+)` \|)"));
    for (auto it = row.globalMatch(text.mid(from, to - from)); it.hasNext();)
        keys << it.next().captured(1);
    return keys;
}

}  // namespace

class ParametersTest : public QObject {
    Q_OBJECT

private slots:
    void table_listsTheSpecKeysInOrder();
    void table_unitsDefaultsAndRangesMatchSpec_data();
    void table_unitsDefaultsAndRangesMatchSpec();
    void table_everyKeyHasHelpAndLabel();
    void defaults_roundTripThroughGetAndSet();
    void parse_acceptsValidText_data();
    void parse_acceptsValidText();
    void parse_rejectsBadText_data();
    void parse_rejectsBadText();
    void formatThenParse_isExactForDoubles();
    void series_lastValueCarriesForward();
};

void ParametersTest::table_listsTheSpecKeysInOrder()
{
    // The v1 table's 51 keys in its order, and the v2 section's new keys, which our table
    // places beside their kin (each group as the GUI shows it).
    // The v5 section's keys (the package, after "Specification v5 additions") come last, in
    // the spec's order, so that every earlier key keeps its place in files and lists.
    const auto spec = specRows();
    const QStringList added = newKeys();
    QCOMPARE(added.size(), 3);
    const QString text = specText();
    const qsizetype v5 = text.indexOf(QStringLiteral("# Specification v5 additions"));
    QVERIFY(v5 > 0);
    QStringList packageKeys;
    for (const auto& r : spec)
        if (text.indexOf(QStringLiteral("| `") + r.key + QStringLiteral("` |")) > v5)
            packageKeys << r.key;
    QCOMPARE(packageKeys.size(), 43);
    QCOMPARE(spec.size(), 51 + added.size() + packageKeys.size());
    QStringList ours, oursV1;
    for (const auto& p : parameters()) {
        ours << q(p.key);
        if (!added.contains(q(p.key)) && !packageKeys.contains(q(p.key)))
            oursV1 << q(p.key);
    }
    QStringList theirs;
    for (const auto& r : spec)
        if (!added.contains(r.key) && !packageKeys.contains(r.key))
            theirs << r.key;
    QCOMPARE(oursV1, theirs);
    for (const QString& key : added)
        QVERIFY2(ours.contains(key), qPrintable(key));
    QCOMPARE(ours.mid(ours.size() - packageKeys.size()), packageKeys);
}

void ParametersTest::table_unitsDefaultsAndRangesMatchSpec_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("defaultText");
    for (const auto& r : specRows())
        QTest::newRow(qPrintable(r.key)) << r.key << r.unit << r.range << r.defaultText;
}

void ParametersTest::table_unitsDefaultsAndRangesMatchSpec()
{
    QFETCH(QString, key);
    QFETCH(QString, unit);
    QFETCH(QString, range);
    QFETCH(QString, defaultText);
    const ParameterInfo* p = findParameter(key.toStdString());
    QVERIFY(p);

    // Unit: the spec writes "series, fraction/yr" for a series; we keep the unit part.
    QString specUnit = unit;
    if (specUnit.startsWith("series, "))
        specUnit = specUnit.mid(8);
    QCOMPARE(q(p->unit), specUnit);
    const QStringList becomeSeries = keysBecomingSeries();
    QCOMPARE(becomeSeries.size(), 10);
    QCOMPARE(p->kind == Kind::Series, unit.startsWith("series") || becomeSeries.contains(key));

    // Default: "—" means required; lists are written [a, b]; enums in backquotes.
    QString specDefault = defaultText;
    specDefault.remove('`').remove('[').remove(']').remove(' ');
    if (specDefault == QStringLiteral("—")) {
        QVERIFY(p->isRequired());
    } else {
        QVERIFY(p->defaultValue);
        const QString ours = q(formatValue(*p->defaultValue));
        QVERIFY2(ours == specDefault || ours.toDouble() == specDefault.toDouble(),
                 qPrintable(ours + " vs spec " + specDefault));
    }

    // Range: normalise the spec's notations to ours; enums list their words.
    if (p->kind == Kind::Enum) {
        QStringList words;
        for (const auto w : p->words)
            words << q(w);
        QString specWords = range;
        specWords.remove('`').remove(' ');
        QCOMPARE(words.join(','), specWords);
        return;
    }
    QString specRange = range;
    specRange.remove(QStringLiteral("each ")).remove(' ');
    if (specRange.startsWith("sum") || specRange.startsWith("anyuint64"))
        return;  // a rule between elements (validation tests it) or the whole type
    const QRegularExpression thousands(QStringLiteral(R"((\d),(\d\d\d))"));
    while (specRange.contains(thousands))
        specRange.replace(thousands, QStringLiteral("\\1\\2"));
    specRange.replace(QRegularExpression(QStringLiteral(R"(^\[([-\d.]+),([-\d.]+)\]$)")), QStringLiteral("\\1..\\2"));
    QString ours = q(p->range.describe(p->kind));
    ours.remove(' ');
    QCOMPARE(ours, specRange);
}

void ParametersTest::table_everyKeyHasHelpAndLabel()
{
    for (const auto& p : parameters()) {
        QVERIFY2(p.help.size() > 20, p.key.data());
        QVERIFY2(!p.label.empty(), p.key.data());
        QVERIFY2(p.get && p.set, p.key.data());
        QVERIFY2(!groupName(p.group).empty(), p.key.data());
    }
}

void ParametersTest::defaults_roundTripThroughGetAndSet()
{
    Scenario s = Scenario::withDefaults();
    QVERIFY(std::isnan(s.labour.force));
    QVERIFY(std::isnan(s.wages.average_monthly));
    QCOMPARE(s.projection.years, std::int64_t(30));
    QCOMPARE(s.benefits.replacement_rates, std::vector<double>{0.6});
    QCOMPARE(s.benefits.threshold_indexation, Indexation::Prices);
    QCOMPARE(s.contributions.threshold_indexation, Indexation::Wages);
    QCOMPARE(s.reserve.return_rate.at(7), 0.04);
    for (const auto& p : parameters()) {
        if (!p.defaultValue)
            continue;
        Scenario t;
        p.set(t, *p.defaultValue);
        QVERIFY2(p.get(t) == *p.defaultValue, p.key.data());
    }
}

void ParametersTest::parse_acceptsValidText_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("real") << "labour.force" << "1.5e7" << "15000000";
    QTest::newRow("real with spaces") << "labour.force" << "  42 " << "42";
    QTest::newRow("real with plus") << "reserve.initial" << "+3" << "3";
    QTest::newRow("negative real") << "reserve.initial" << "-2.5e9" << "-2500000000";
    QTest::newRow("integer") << "projection.years" << "50" << "50";
    QTest::newRow("integer written as decimal") << "projection.years" << "50.0" << "50";
    QTest::newRow("seed") << "stochastic.seed" << "18446744073709551615" << "18446744073709551615";
    QTest::newRow("series one value") << "labour.unemployment_rate" << "0.05" << "0.05";
    QTest::newRow("series") << "labour.unemployment_rate" << "0.04, 0.08,0.11" << "0.04,0.08,0.11";
    QTest::newRow("real list") << "benefits.replacement_rates" << "0.8,0.5,0.4" << "0.8,0.5,0.4";
    QTest::newRow("integer list") << "benefits.duration_months" << "3,6" << "3,6";
    QTest::newRow("enum") << "financing.rule" << "reserve_band" << "reserve_band";
    QTest::newRow("enum with spaces") << "projection.initial_claimants" << " empty " << "empty";
}

void ParametersTest::parse_acceptsValidText()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    const ParameterInfo* p = findParameter(key.toStdString());
    QVERIFY(p);
    const ParseResult r = parseValue(*p, text.toStdString());
    QVERIFY2(r.value, r.error.c_str());
    QCOMPARE(q(formatValue(*r.value)), formatted);
    Scenario s = Scenario::withDefaults();
    p->set(s, *r.value);  // the value has the field's own type
    QCOMPARE(q(formatValue(p->get(s))), formatted);
}

void ParametersTest::parse_rejectsBadText_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("word for number") << "labour.force" << "many" << "'many' is not a number";
    QTest::newRow("trailing junk") << "labour.force" << "12abc" << "is not a number";
    QTest::newRow("empty") << "labour.force" << "" << "missing";
    QTest::newRow("nan") << "labour.force" << "nan" << "not a finite number";
    QTest::newRow("infinity") << "reserve.initial" << "inf" << "not a finite number";
    QTest::newRow("overflow") << "reserve.initial" << "1e999" << "too large";
    QTest::newRow("fractional integer") << "projection.years" << "2.5" << "not a whole number";
    QTest::newRow("negative seed") << "stochastic.seed" << "-1" << "negative";
    QTest::newRow("seed overflow") << "stochastic.seed" << "18446744073709551616" << "too large";
    QTest::newRow("bad list element") << "benefits.replacement_rates" << "0.6,x,0.4" << "value 2: 'x' is not a number";
    QTest::newRow("empty list element") << "benefits.replacement_rates" << "0.6,,0.4" << "value 2";
    QTest::newRow("empty list") << "benefits.duration_months" << " " << "empty";
    QTest::newRow("fractional duration") << "benefits.duration_months" << "3,4.5" << "not a whole number";
    QTest::newRow("unknown word") << "financing.rule" << "magic" << "not one of: fixed, reserve_band";
    QTest::newRow("list too long") << "labour.unemployment_rate" << QString("0.05,").repeated(1300) + "0.05" << "at most 1200";
}

void ParametersTest::parse_rejectsBadText()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const ParseResult r = parseValue(*findParameter(key.toStdString()), text.toStdString());
    QVERIFY(!r.value);
    QVERIFY2(q(r.error).contains(message), r.error.c_str());
}

void ParametersTest::formatThenParse_isExactForDoubles()
{
    const ParameterInfo& p = *findParameter("reserve.initial");
    QRandomGenerator rng(12345);
    std::vector<double> samples{0.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e-300, 5e-324, 1.7976931348623157e308, -0.0, 123456789.123456789};
    for (int i = 0; i < 2000; ++i) {
        std::uint64_t bits = rng.generate64();
        double x;
        std::memcpy(&x, &bits, sizeof x);
        if (std::isfinite(x))
            samples.push_back(x);
    }
    for (const double x : samples) {
        const auto r = parseValue(p, formatNumber(x));
        QVERIFY2(r.value, r.error.c_str());
        const double back = std::get<double>(*r.value);
        QVERIFY2(std::memcmp(&back, &x, sizeof x) == 0, formatNumber(x).c_str());
    }
}

void ParametersTest::series_lastValueCarriesForward()
{
    const Series s{0.1, 0.2, 0.3};
    QCOMPARE(s.at(0), 0.1);
    QCOMPARE(s.at(2), 0.3);
    QCOMPARE(s.at(99), 0.3);
    QCOMPARE(Series(0.7).at(50), 0.7);
}

QTEST_GUILESS_MAIN(ParametersTest)
#include "tst_parameters.moc"
