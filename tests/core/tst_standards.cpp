// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The ILO standards check flags the known cases of standards.md: each finding names its
// convention and article, its status and the scheme's own figure.

#include "core/training/standards.h"
#include "core/model/validation.h"

#include <algorithm>
#include "testsupport.h"

using namespace tideover::core;
using namespace tideover::test;

class StandardsTest : public QObject {
    Q_OBJECT

private slots:
    void knownCases_data();
    void knownCases();
    void everyBuiltin_isAssessed();
    void vietnam2024_waitingPeriodFails();
};

namespace {

const StandardFinding* find(const std::vector<StandardFinding>& findings, const std::string& standard,
                            const std::string& article, const std::string& topic)
{
    for (const auto& f : findings)
        if (f.standard == standard && f.article == article && f.topic == topic)
            return &f;
    return nullptr;
}

}  // namespace

void StandardsTest::knownCases_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("figure");  // the scheme's figure, quoted in the explanation
    const auto row = [](const char* name, const char* key, const char* value, const char* standard, const char* article,
                        const char* topic, const char* status, const char* figure) {
        QTest::newRow(name) << key << value << standard << article << topic << status << figure;
    };
    const char* rr = "benefits.replacement_rates";
    row("40 % fails C102", rr, "0.4", "C102", "Art. 22", "benefit level (first month)", "fail", "40 %");
    row("40 % fails C168", rr, "0.4", "C168", "Art. 15", "benefit level (first month)", "fail", "40 %");
    row("45 % passes C102", rr, "0.45", "C102", "Art. 22", "benefit level (first month)", "pass", "45 %");
    row("45 % fails C168", rr, "0.45", "C168", "Art. 15", "benefit level (first month)", "fail", "45 %");
    row("50 % passes C168", rr, "0.5", "C168", "Art. 15", "benefit level (first month)", "pass", "50 %");
    row("falling rates: average fails C168", rr, "0.8,0.5,0.4,0.4,0.3,0.3", "C168", "Art. 15", "benefit level (average)", "fail", "45 %");
    row("falling rates: average passes C102", rr, "0.8,0.5,0.4,0.4,0.3,0.3", "C102", "Art. 22", "benefit level (average)", "pass", "45 %");
    row("waiting 10 days fails C168", "benefits.waiting_days", "10", "C168", "Art. 18", "waiting period", "fail", "10 days");
    row("waiting 10 days fails C102", "benefits.waiting_days", "10", "C102", "Art. 24(3)", "waiting period", "fail", "10 days");
    row("waiting 7 days passes C168", "benefits.waiting_days", "7", "C168", "Art. 18", "waiting period", "pass", "7 days");
    row("60 % coverage passes C102", "coverage.legal_coverage", "0.6", "C102", "Art. 21", "coverage", "pass", "60 %");
    row("60 % coverage fails C168", "coverage.legal_coverage", "0.6", "C168", "Art. 11", "coverage", "fail", "60 %");
    row("40 % coverage fails C102", "coverage.legal_coverage", "0.4", "C102", "Art. 21", "coverage", "fail", "40 %");
    row("90 % coverage passes C168", "coverage.legal_coverage", "0.9", "C168", "Art. 11", "coverage", "pass", "90 %");
    row("3 months pass C102", "benefits.duration_months", "3", "C102", "Art. 24(1)", "duration", "pass", "13.0 weeks");
    row("3 months fail C168", "benefits.duration_months", "3", "C168", "Art. 19", "duration", "fail", "13.0 weeks");
    row("2 months fail C102", "benefits.duration_months", "2", "C102", "Art. 24(1)", "duration", "fail", "8.7 weeks");
    row("6 months pass C168", "benefits.duration_months", "6", "C168", "Art. 19", "duration", "pass", "26.0 weeks");
}

void StandardsTest::knownCases()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, standard);
    QFETCH(QString, article);
    QFETCH(QString, topic);
    QFETCH(QString, status);
    QFETCH(QString, figure);
    Scenario s = basicScenario();
    setValue(s, key.toStdString(), value.toStdString());
    const auto findings = checkStandards(s);
    const StandardFinding* f = find(findings, standard.toStdString(), article.toStdString(), topic.toStdString());
    QVERIFY2(f, qPrintable("no finding " + standard + " " + article + " " + topic));
    QCOMPARE(QString::fromStdString(std::string(standardStatusName(f->status))), status);
    QVERIFY2(QString::fromStdString(f->explanation).contains(figure), f->explanation.c_str());
}

void StandardsTest::everyBuiltin_isAssessed()
{
    for (const auto& name : builtinScenarioNames()) {
        const auto findings = checkStandards(loadScenario("builtin:" + name));
        QCOMPARE(findings.size(), std::size_t{13});
        for (const auto& f : findings) {
            QVERIFY(f.standard == "C102" || f.standard == "C168");
            QVERIFY(f.article.rfind("Art. ", 0) == 0);
            QVERIFY(!f.explanation.empty());
            // Translatable: the topic and every phrase are known texts, and the explanation is
            // the phrases filled with the figures and joined.
            const auto& texts = standardTexts();
            QVERIFY2(std::find(texts.begin(), texts.end(), f.topic) != texts.end(), f.topic.c_str());
            std::string joined;
            for (const auto& phrase : f.phrases) {
                QVERIFY2(std::find(texts.begin(), texts.end(), phrase.text) != texts.end(), phrase.text.c_str());
                joined += (joined.empty() ? "" : " ") + fillPlaceholders(phrase.text, phrase.args);
            }
            QCOMPARE(joined, f.explanation);
        }
    }
}

void StandardsTest::vietnam2024_waitingPeriodFails()
{
    const auto findings = checkStandards(loadScenario("builtin:vietnam"));
    QCOMPARE(find(findings, "C168", "Art. 18", "waiting period")->status, StandardStatus::Fail);
    QCOMPARE(find(findings, "C168", "Art. 15", "benefit level (first month)")->status, StandardStatus::Pass);
    QCOMPARE(find(findings, "C102", "Art. 23", "qualifying period")->status, StandardStatus::NotAssessed);
}

QTEST_GUILESS_MAIN(StandardsTest)
#include "tst_standards.moc"
