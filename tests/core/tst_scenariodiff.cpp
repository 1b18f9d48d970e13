// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// differingKeys: every key of the table is compared (a change to any one is found, alone),
// values compare as the model reads them, and metadata is not a parameter.

#include "core/model/groups.h"
#include "core/model/scenariodiff.h"
#include "testsupport.h"

using namespace tideover::core;
using namespace tideover::test;

class ScenarioDiffTest : public QObject {
    Q_OBJECT

private slots:
    void sameScenario_hasNoDifference();
    void everyKey_isFoundWhenItAloneChanges_data();
    void everyKey_isFoundWhenItAloneChanges();
    void series_compareAsTheModelReadsThem_data();
    void series_compareAsTheModelReadsThem();
    void severalKeys_comeInTableOrder();
    void metadataAndSources_areNotParameters();
    void missingRequiredValues_areNoDifference();
    void runSettings_areOnlyPathsAndSeed_andCanBeIgnored();
    void groups_differencesAreListedByGroupKey_data();
    void groups_differencesAreListedByGroupKey();
};

void ScenarioDiffTest::sameScenario_hasNoDifference()
{
    const Scenario s = loadScenario("builtin:default");
    QVERIFY(differingKeys(s, s).empty());
    QVERIFY(differingKeys(s, loadScenario("builtin:default")).empty());
}

void ScenarioDiffTest::everyKey_isFoundWhenItAloneChanges_data()
{
    // One row per parameter of the table, each with a different valid value.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const Scenario s = loadScenario("builtin:default");
    for (const auto& p : parameters()) {
        QString other;
        switch (p.kind) {
        case Kind::Enum:
            other = QString::fromUtf8(p.words.back().data(), int(p.words.back().size()));
            if (formatValue(p.get(s)) == std::string(p.words.back()))
                other = QString::fromUtf8(p.words.front().data(), int(p.words.front().size()));
            break;
        case Kind::Seed: other = "12345"; break;
        case Kind::Integer: other = QString::number(std::get<std::int64_t>(p.get(s)) + 1); break;
        case Kind::IntegerList: other = "2,5,8,11"; break;
        case Kind::RealList: other = "0.25,0.25,0.25,0.25"; break;
        default: {
            const double x = p.kind == Kind::Real ? std::get<double>(p.get(s)) : std::get<Series>(p.get(s)).values[0];
            other = QString::number(x == 0 ? 0.001 : x * 0.99, 'g', 17);
        }
        }
        QTest::newRow(p.key.data()) << QString::fromUtf8(p.key.data(), int(p.key.size())) << other;
    }
}

void ScenarioDiffTest::everyKey_isFoundWhenItAloneChanges()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Scenario a = loadScenario("builtin:default");
    Scenario b = a;
    setValue(b, key.toStdString(), value.toStdString());
    QCOMPARE(differingKeys(a, b), std::vector<std::string>{key.toStdString()});
    QCOMPARE(differingKeys(b, a), std::vector<std::string>{key.toStdString()});
}

void ScenarioDiffTest::series_compareAsTheModelReadsThem_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("differ");
    QTest::newRow("constant vs repeated") << "0.03" << "0.03,0.03,0.03" << false;
    QTest::newRow("same steps, repeated tail") << "0.03,0.05" << "0.03,0.05,0.05" << false;
    QTest::newRow("another last value") << "0.03" << "0.03,0.04" << true;
    QTest::newRow("another first value") << "0.04,0.03" << "0.03" << true;
    QTest::newRow("same list") << "0.02,0.03" << "0.02,0.03" << false;
}

void ScenarioDiffTest::series_compareAsTheModelReadsThem()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, differ);
    Scenario sa = loadScenario("builtin:default"), sb = sa;
    setValue(sa, "labour.unemployment_rate", a.toStdString());
    setValue(sb, "labour.unemployment_rate", b.toStdString());
    QCOMPARE(!differingKeys(sa, sb).empty(), differ);
    // Differences equal in the model give equal projections.
    if (!differ)
        QVERIFY(project(sa).annual.isApprox(project(sb).annual, 0) || (project(sa).annual == project(sb).annual).all());
}

void ScenarioDiffTest::severalKeys_comeInTableOrder()
{
    const Scenario a = loadScenario("builtin:default");
    Scenario b = a;
    setValue(b, "stochastic.seed", "9");
    setValue(b, "benefits.replacement_rates", "0.7");
    setValue(b, "labour.force", "41000000");
    QCOMPARE(differingKeys(a, b),
             (std::vector<std::string>{"labour.force", "benefits.replacement_rates", "stochastic.seed"}));
}

void ScenarioDiffTest::metadataAndSources_areNotParameters()
{
    const Scenario a = loadScenario("builtin:default");
    Scenario b = a;
    b.meta.title = "Another title";
    b.meta.currency = "VND";
    b.sources["labour.force"] = "another source";
    QVERIFY(differingKeys(a, b).empty());
}

void ScenarioDiffTest::missingRequiredValues_areNoDifference()
{
    const Scenario a = Scenario::withDefaults();  // labour.force and the wage are NaN
    QVERIFY(differingKeys(a, Scenario::withDefaults()).empty());
    Scenario b = a;
    setValue(b, "labour.force", "1000");
    QCOMPARE(differingKeys(a, b), std::vector<std::string>{"labour.force"});
}

void ScenarioDiffTest::runSettings_areOnlyPathsAndSeed_andCanBeIgnored()
{
    std::vector<std::string> runSettings;
    for (const auto& p : parameters())
        if (isRunSetting(p.key))
            runSettings.emplace_back(p.key);
    QCOMPARE(runSettings, (std::vector<std::string>{"stochastic.paths", "stochastic.seed"}));

    const Scenario a = loadScenario("builtin:default");
    Scenario b = a;
    setValue(b, "stochastic.paths", "2500");
    setValue(b, "stochastic.seed", "9");
    QCOMPARE(differingKeys(a, b).size(), std::size_t(2));  // compared unless asked otherwise
    QVERIFY(differingKeys(a, b, RunSettings::Ignored).empty());
    // The volatilities are the model's assumptions, not run settings.
    setValue(b, "stochastic.return_volatility", "0.05");
    QCOMPARE(differingKeys(a, b, RunSettings::Ignored), std::vector<std::string>{"stochastic.return_volatility"});
}

namespace {

// Sets each "KEY=VALUE" of `sets` (group keys in --set syntax) on `s`.
void setGroupKeys(Scenario& s, const QStringList& sets)
{
    for (const QString& set : sets) {
        const QString key = set.section(QLatin1Char('='), 0, 0);
        const QString value = set.section(QLatin1Char('='), 1);
        const std::string error = setGroupFromText(s, key.toStdString(), value.toStdString());
        QVERIFY2(error.empty(), error.c_str());
    }
}

}  // namespace

void ScenarioDiffTest::groups_differencesAreListedByGroupKey_data()
{
    QTest::addColumn<QStringList>("a");  // group keys set on the first scenario
    QTest::addColumn<QStringList>("b");  // and on the second
    QTest::addColumn<QStringList>("expected");
    const QStringList own{"group.own.employed_share=0.2", "group.own.membership=voluntary"};
    QTest::newRow("same groups") << own << own << QStringList{};
    QTest::newRow("a group only in b") << QStringList{} << own << QStringList{"group.own"};
    QTest::newRow("a group only in a") << own << QStringList{} << QStringList{"group.own"};
    QTest::newRow("one of two groups only in b")
        << own << (own + QStringList{"group.mig.employed_share=0.05"}) << QStringList{"group.mig"};
    QTest::newRow("a key set differently")
        << own << QStringList{"group.own.employed_share=0.25", "group.own.membership=voluntary"}
        << QStringList{"group.own.employed_share"};
    QTest::newRow("a key set on one side only, table order")
        << (own + QStringList{"group.own.take_up=0.5"}) << (own + QStringList{"group.own.participation=0.3"})
        << QStringList{"group.own.participation", "group.own.take_up"};
    QTest::newRow("a dated change")
        << own << (own + QStringList{"group.own.participation@2030=0.4"})
        << QStringList{"group.own.participation@2030"};
    QTest::newRow("titles") << (own + QStringList{"group.own.title=Own-account", "group.main.title=Employees"})
                            << (own + QStringList{"group.own.title=Self-employed"})
                            << QStringList{"group.main.title", "group.own.title"};
    QTest::newRow("a series equal as the model reads it")
        << QStringList{"group.own.employed_share=0.2"} << QStringList{"group.own.employed_share=0.2,0.2"}
        << QStringList{};
}

void ScenarioDiffTest::groups_differencesAreListedByGroupKey()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(QStringList, expected);
    Scenario x = loadScenario("builtin:default");
    Scenario y = x;
    setGroupKeys(x, a);
    setGroupKeys(y, b);
    QStringList found;
    for (const std::string& key : differingKeys(x, y))
        found << QString::fromStdString(key);
    QCOMPARE(found, expected);
    // The scheme's keys still come first when both differ.
    setValue(y, "labour.force", "41000000");
    QCOMPARE(QString::fromStdString(differingKeys(x, y).front()), QStringLiteral("labour.force"));
}

QTEST_GUILESS_MAIN(ScenarioDiffTest)
#include "tst_scenariodiff.moc"
