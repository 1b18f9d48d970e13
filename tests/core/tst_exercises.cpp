// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Workshop exercises: every bundled exercise loads, its questions are answerable from the model
// and its reference answers are right; the file reads back what it writes; hostile or mistaken
// files are refused with the line and the problem; measures, answers and tolerances.

#include "core/training/exercisefile.h"
#include "core/analysis/solvers.h"
#include "testsupport.h"
#include "core/model/validation.h"

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <fstream>
#include <set>

using namespace tideover::core;
using namespace tideover::test;

class ExercisesTest : public QObject {
    Q_OBJECT

private slots:
    void builtin_matchesFilesOnDisk();
    void builtin_coverEveryStep();
    void translations_differOnlyInTheirTexts_data();
    void translations_differOnlyInTheirTexts();
    void builtin_loadsAndReferenceAnswersAreRight_data();
    void builtin_loadsAndReferenceAnswersAreRight();
    void writeThenRead_roundTrip();
    void documentedExample_readsAndIsRight();
    void hostile_refusedWithLineAndReason_data();
    void hostile_refusedWithLineAndReason();
    void loadExercise_unknownBuiltin_namesKnownOnes();
    void scenarioFile_resolvedBesideTheExercise();
    void parseMeasure_data();
    void parseMeasure();
    void measures_agreeWithTheEngines();
    void answers_parseAndCompare();
};

namespace {

std::string readAll(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string sampleText() { return std::string(builtinExerciseText("kelora-1-diagnosis")); }

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::runtime_error("test: '" + from + "' not in the sample");
    return text.replace(at, from.size(), to);
}

}  // namespace

void ExercisesTest::builtin_matchesFilesOnDisk()
{
    const auto names = builtinExerciseNames();
    const auto files = QDir(TIDEOVER_SOURCE_DIR "/exercises").entryList({"*.tideover-exercise"});
    QCOMPARE(static_cast<qsizetype>(names.size()), files.size());
    for (const auto& name : names)
        QCOMPARE(std::string(builtinExerciseText(name)),
                 readAll(QStringLiteral(TIDEOVER_SOURCE_DIR "/exercises/") + QString::fromStdString(name) + ".tideover-exercise"));
    QVERIFY(builtinExerciseText("nonexistent").empty());
    // A language without a translation falls back to the English text.
    QCOMPARE(builtinExerciseText(names.front(), "xx"), builtinExerciseText(names.front()));
    QCOMPARE(builtinExerciseText(names.front(), "en"), builtinExerciseText(names.front()));
}

void ExercisesTest::builtin_coverEveryStep()
{
    std::set<FeasibilityStep> steps;
    for (const auto& name : builtinExerciseNames())
        steps.insert(loadExercise("builtin:" + name).step);
    QVERIFY(builtinExerciseNames().size() >= 6);
    QCOMPARE(static_cast<int>(steps.size()), kFeasibilityStepCount);
    for (int i = 0; i < kFeasibilityStepCount; ++i)
        QCOMPARE(stepFromName(stepName(static_cast<FeasibilityStep>(i))), std::optional(static_cast<FeasibilityStep>(i)));
}

void ExercisesTest::translations_differOnlyInTheirTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    const auto languages = builtinExerciseLanguages();
    QCOMPARE(languages.front(), std::string("en"));
    // French and Vietnamese ship complete: every exercise in both.
    for (const char* language : {"fr", "vi"}) {
        QVERIFY2(std::find(languages.begin(), languages.end(), language) != languages.end(), language);
        for (const auto& name : builtinExerciseNames())
            QTest::newRow((std::string(language) + "/" + name).c_str()) << QString(language) << QString::fromStdString(name);
    }
}

void ExercisesTest::translations_differOnlyInTheirTexts()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    const std::string lang = language.toStdString();
    const std::string spec = "builtin:" + name.toStdString();
    // Embedded as on disk, and read with the same checks as any exercise.
    const QString path = QStringLiteral(TIDEOVER_SOURCE_DIR "/exercises/%1/%2.tideover-exercise").arg(language, name);
    QCOMPARE(std::string(builtinExerciseText(name.toStdString(), lang)), readAll(path));
    const Exercise english = loadExercise(spec);
    const Exercise translated = loadExercise(spec, lang);

    // Everything the model computes and grades is the same...
    QCOMPARE(translated.step, english.step);
    QCOMPARE(translated.scenario, english.scenario);
    QCOMPARE(translated.changes, english.changes);
    QCOMPARE(translated.questions.size(), english.questions.size());
    for (std::size_t i = 0; i < english.questions.size(); ++i) {
        Question q = translated.questions[i];
        QVERIFY(!q.text.empty());
        QVERIFY2(q.text != english.questions[i].text, q.id.c_str());
        q.text = english.questions[i].text;
        QVERIFY2(q == english.questions[i], q.id.c_str());
    }
    QCOMPARE(translated.hints.size(), english.hints.size());
    // ... and every text is translated.
    QVERIFY(translated.title != english.title);
    QVERIFY(translated.instructions != english.instructions);
    QVERIFY(translated.debrief != english.debrief);
    // (A hint that is only a command line stays as it is.)
    for (std::size_t i = 0; i < english.hints.size(); ++i)
        QVERIFY2(!translated.hints[i].empty() &&
                     (translated.hints[i] != english.hints[i] || english.hints[i].rfind("tideover-cli ", 0) == 0),
                 std::to_string(i).c_str());
    // Commands a trainee types stay as they are.
    const auto commands = [](const Exercise& e) {
        std::multiset<std::string> found;
        std::string all = e.instructions + e.debrief;
        for (const auto& h : e.hints)
            all += h;
        for (std::size_t at = all.find("tideover-cli "); at != std::string::npos; at = all.find("tideover-cli ", at + 1))
            found.insert(all.substr(at, all.find_first_of(" \n", at + 13) - at));
        return found;
    };
    QCOMPARE(commands(translated), commands(english));
}

void ExercisesTest::builtin_loadsAndReferenceAnswersAreRight_data()
{
    QTest::addColumn<QString>("name");
    for (const auto& name : builtinExerciseNames())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
}

void ExercisesTest::builtin_loadsAndReferenceAnswersAreRight()
{
    QFETCH(QString, name);
    const Exercise e = loadExercise("builtin:" + name.toStdString());
    QVERIFY(!e.title.empty() && !e.instructions.empty() && !e.debrief.empty() && !e.hints.empty());
    QVERIFY(e.scenario.rfind("builtin:", 0) == 0);  // built-in exercises use built-in scenarios
    const Scenario start = exerciseScenario(e);
    QVERIFY(validate(start).empty());
    for (const auto& q : e.questions) {
        Scenario variant = start;
        applyChanges(variant, q.changes);
        QVERIFY2(validate(variant).empty(), q.id.c_str());  // answerable: valid, no warnings
        const std::optional<double> expected = expectedAnswer(start, q);
        const AnswerParse reference = parseAnswer(q.reference, q.unit);
        QVERIFY2(reference.answer, qPrintable(name + " " + QString::fromStdString(q.id) + ": no reference answer"));
        QVERIFY2(isCorrect(q, expected, *reference.answer),
                 qPrintable(QString("%1 %2 (%3, changes '%4'): computed %5, the file's reference %6, tolerance %7")
                                .arg(name, QString::fromStdString(q.id), QString::fromStdString(q.measure),
                                     QString::fromStdString(q.changes),
                                     QString::fromStdString(formatAnswer(expected, q.unit)),
                                     QString::fromStdString(q.reference))
                                .arg(q.tolerance)));
        // A wrong answer is told apart: twice the value (or a year later) is outside the tolerance.
        if (expected && *expected != 0)
            QVERIFY(!isCorrect(q, expected, Answer{false, q.unit == "year" ? *expected + 1 : 2 * *expected}));
    }
}

void ExercisesTest::writeThenRead_roundTrip()
{
    for (const auto& name : builtinExerciseNames()) {
        const Exercise e = loadExercise("builtin:" + name);
        const std::string once = writeExercise(e);
        const Exercise back = readExercise(once, "saved.tideover-exercise");
        QVERIFY2(back == e, name.c_str());
        QCOMPARE(writeExercise(back), once);
    }
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "saved.tideover-exercise";
    const Exercise e = loadExercise("builtin:kelora-3-costing");
    saveExerciseFile(e, path);
    QVERIFY(loadExerciseFile(path) == e);
}

void ExercisesTest::documentedExample_readsAndIsRight()
{
    // The complete example of docs/exercises.md, as a trainer would copy it.
    const std::string page = readAll(QStringLiteral(TIDEOVER_SOURCE_DIR "/docs/exercises.md"));
    const auto begin = page.find("```xml\n");
    QVERIFY(begin != std::string::npos);
    const auto end = page.find("```", begin + 7);
    const Exercise e = readExercise(page.substr(begin + 7, end - begin - 7), "docs/exercises.md");
    QCOMPARE(e.questions.size(), std::size_t{2});
    const Scenario start = exerciseScenario(e);
    for (const auto& q : e.questions)
        QVERIFY2(isCorrect(q, expectedAnswer(start, q), *parseAnswer(q.reference, q.unit).answer), q.id.c_str());
}

void ExercisesTest::hostile_refusedWithLineAndReason_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const std::string good = sampleText();
    const auto row = [](const char* name, const std::string& text, const char* expected) {
        QTest::newRow(name) << QByteArray::fromStdString(text) << QString(expected);
    };
    row("unknown step", replaced(good, "<step>diagnosis</step>", "<step>diagnose</step>"),
        "line 11: <step> is 'diagnose'; expected diagnosis, design");
    row("unknown measure", replaced(good, "<measure>insured@2027</measure>", "<measure>insurd@2027</measure>"),
        "question q1: unknown measure 'insurd'");
    row("measure without year", replaced(good, "<measure>insured@2027</measure>", "<measure>insured</measure>"),
        "needs a year");
    row("unknown key in changes", replaced(good, "<changes></changes>", "<changes>labour.forse=1</changes>"),
        "line 13: <changes>: the change 'labour.forse=1' names an unknown parameter");
    row("bad value in changes", replaced(good, "<changes></changes>", "<changes>labour.force=many</changes>"),
        "labour.force: 'many' is not a number");
    row("bad tolerance", replaced(good, "<tolerance>0.02</tolerance>", "<tolerance>2%</tolerance>"),
        "question q1: <tolerance> is '2%'; expected a number >= 0");
    row("bad tolerance kind", replaced(good, "<tolerance_kind>relative</tolerance_kind>", "<tolerance_kind>percent</tolerance_kind>"),
        "expected absolute or relative");
    row("bad unit", replaced(good, "<unit>persons</unit>", "<unit>people</unit>"), "<unit> is 'people'");
    row("duplicate id", replaced(good, "<id>q2</id>", "<id>q1</id>"), "the question id 'q1' is used twice");
    row("bad id", replaced(good, "<id>q2</id>", "<id>q 2</id>"), "an id is 1 to 32 letters");
    row("bad reference", replaced(good, "<reference>4826304</reference>", "<reference>lots</reference>"),
        "question q1: <reference> 'lots' is not a number");
    row("question count mismatch", replaced(good, "<question_count>3</question_count>", "<question_count>4</question_count>"),
        "<question_count> is 4 but 3 <question> elements follow");
    row("question count too large", replaced(good, "<question_count>3</question_count>", "<question_count>101</question_count>"),
        "it lists 101 questions; at most 100 are allowed");
    row("count not digits", replaced(good, "<hint_count>3</hint_count>", "<hint_count> 3</hint_count>"),
        "<hint_count> must be the number of <hint> elements, in digits only");
    row("no question", replaced(replaced(good, "<question_count>3</question_count>", "<question_count>0</question_count>"),
                                good.substr(good.find("\t<question>"), good.find("\t<hint_count>") - good.find("\t<question>")), ""),
        "the exercise has no question");
    row("missing element", replaced(good, "\t<scenario>builtin:kelora</scenario>\n", ""),
        "expected <scenario> in <exercise>, found <changes>");
    row("misspelt element", replaced(good, "<title>", "<titel>"), "expected <title> in <exercise>, found <titel>");
    row("empty title", replaced(good, "<title>Kelora 1: who would unemployment insurance reach?</title>", "<title> </title>"),
        "<title> is empty");
    row("unknown built-in scenario", replaced(good, "builtin:kelora<", "builtin:atlantis<"),
        "names the built-in scenario 'atlantis'");
    row("scenario path with folder", replaced(good, "builtin:kelora<", "../secret.tideover<"),
        "expected builtin:NAME or the name of a .tideover file");
    row("comment", replaced(good, "<debrief>", "<!-- note --><debrief>"), "comments are not accepted in an exercise file");
    row("bare ampersand", replaced(good, "<title>Kelora 1", "<title>Kelora & 1"), "a bare '&' in <title>");
    row("attribute", replaced(good, "<hint_count>", "<hint_count id=\"1\">"), "<hint_count> may not have attributes");
    row("class version", replaced(good, "tracking_level=\"0\" version=\"1\">", "tracking_level=\"0\" version=\"2\">"),
        "<exercise> has class version 2");
    row("text after body", replaced(good, "</exercise>", "</exercise><extra></extra>"),
        "expected nothing after </exercise>");
    row("truncated", good.substr(0, good.size() / 2), "the file is incomplete");
    row("a scenario file", std::string(builtinScenarioText("default")), "is not a Tideover exercise file: it is a 'tideover-scenario' file");
    row("newer format", replaced(good, "<format_version>1<", "<format_version>2<"),
        "in exercise format version 2; this Tideover");
    row("binary", replaced(good, "<title>", std::string("<title>\0", 8)), "it holds binary data");
    row("control character", replaced(good, "<title>", "<title>\x07"), "the control character 0x07");
    row("too large", good + std::string(kMaxExerciseFileBytes, ' '), "is too large");
    row("not XML", "hello", "is not a Tideover exercise file (it has no Tideover envelope");
}

void ExercisesTest::hostile_refusedWithLineAndReason()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    try {
        readExercise(text.toStdString(), "hostile.tideover-exercise");
        QFAIL(qPrintable("read without complaint; expected: " + expected));
    } catch (const ExerciseFileError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith("hostile.tideover-exercise"), e.what());
        QVERIFY2(message.contains(expected), qPrintable(message + "\n  expected to contain: " + expected));
        QVERIFY2(message.size() < 600, e.what());
    }
}

void ExercisesTest::loadExercise_unknownBuiltin_namesKnownOnes()
{
    try {
        loadExercise("builtin:atlantis");
        QFAIL("an unknown built-in exercise loaded");
    } catch (const ExerciseFileError& e) {
        QVERIFY2(QString(e.what()).contains("no built-in exercise 'atlantis'") && QString(e.what()).contains("kelora-1-diagnosis"), e.what());
    }
    try {
        loadExercise("/nonexistent/x.tideover-exercise");
        QFAIL("a missing file loaded");
    } catch (const ExerciseFileError& e) {
        QVERIFY2(QString(e.what()).contains("no such file"), e.what());
    }
}

void ExercisesTest::scenarioFile_resolvedBesideTheExercise()
{
    QTemporaryDir dir;
    const std::filesystem::path folder(dir.path().toStdString());
    Scenario mine = loadScenario("builtin:default");
    mine.labour.force = 12345678;
    saveScenarioFile(mine, folder / "mine.tideover");
    const std::string text = replaced(sampleText(), "builtin:kelora<", "mine.tideover<");
    {
        std::ofstream out(folder / "own.tideover-exercise", std::ios::binary);
        out << text;
    }
    const std::string spec = (folder / "own.tideover-exercise").string();
    const Exercise e = loadExercise(spec);
    QCOMPARE(e.scenario, std::string("mine.tideover"));
    const Scenario start = exerciseScenario(e, exerciseFolder(spec));
    QCOMPARE(start.labour.force, 12345678.0);
    QCOMPARE(exerciseFolder("builtin:kelora-1-diagnosis"), std::filesystem::path());
}

void ExercisesTest::parseMeasure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    for (const char* ok : {"depletion_year", "minimum_reserve_ratio", "minimum_reserve_ratio_year", "break_even_rate",
                           "rate_keeping_target_every_year", "rate_keeping_target_through@2045", "max_replacement_rate",
                           "reserve_ratio@2045", " effective_coverage@2030 ", "cost_rate@2027",
                           "stress_minimum_reserve_ratio(start=2028, rise=0.04)",
                           "stress_months_covered(start=2028,rise=0.04,months=6,recovery=0)",
                           "stress_depletion_year(start=2030, rise=0.1, months=12, recovery=24)"})
        QTest::newRow(ok) << QString(ok) << true;
    for (const char* bad : {"", "year@2030", "reserve_ratio", "reserve_ratio@", "reserve_ratio@30", "break_even_rate@2030",
                            "break_even_rate()", "stress_months_covered", "stress_months_covered(rise=0.04)",
                            "stress_months_covered(start=2028, rise=0.04", "stress_months_covered(start=2028.5, rise=0.04)",
                            "stress_months_covered(start=2028, rise=0.04, depth=3)", "unknown_measure"})
        QTest::newRow(bad[0] ? bad : "empty") << QString(bad) << false;
}

void ExercisesTest::parseMeasure()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const MeasureParse r = tideover::core::parseMeasure(text.toStdString());
    QVERIFY2(r.measure.has_value() == valid, r.error.c_str());
    QVERIFY(valid || !r.error.empty());
}

void ExercisesTest::measures_agreeWithTheEngines()
{
    const Scenario s = loadScenario("builtin:kelora-new-scheme");
    const ProjectionResult r = project(s);
    const auto measure = [](const char* text) { return *tideover::core::parseMeasure(text).measure; };
    QCOMPARE(computeMeasure(s, measure("reserve_ratio@2036")), std::optional(r.at(9, Column::reserve_ratio)));
    QCOMPARE(computeMeasure(s, measure("break_even_rate")), breakEvenRate(s));
    QCOMPARE(computeMeasure(s, measure("rate_keeping_target_through@2056")), rateKeepingTargetEveryYear(s));
    Scenario shorter = s;
    shorter.projection.years = 19;
    QCOMPARE(computeMeasure(s, measure("rate_keeping_target_through@2045")), rateKeepingTargetEveryYear(shorter));
    QVERIFY(!computeMeasure(s, measure("depletion_year")));  // never depleted: "none"
    QCOMPARE(computeMeasure(s, measure("minimum_reserve_ratio")), r.summary.minimumReserveRatio);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeMeasure(s, measure("reserve_ratio@2099")));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeMeasure(s, measure("stress_months_covered(start=2099, rise=0.01)")));
    // A stress of zero is the projection itself.
    QCOMPARE(computeMeasure(s, measure("stress_minimum_reserve_ratio(start=2029, rise=0)")), r.summary.minimumReserveRatio);
}

void ExercisesTest::answers_parseAndCompare()
{
    QCOMPARE(parseAnswer("1.5%", "fraction").answer->value, 0.015);
    QCOMPARE(parseAnswer(" 0.015 ", "fraction").answer->value, 0.015);
    QVERIFY(!parseAnswer("1.5%", "years").answer);
    QVERIFY(parseAnswer("never", "year").answer->none);
    QVERIFY(parseAnswer("none", "fraction").answer->none);
    QVERIFY(!parseAnswer("abc", "fraction").answer);
    QVERIFY(!parseAnswer("", "fraction").answer);
    QVERIFY(!parseAnswer("nan", "number").answer);
    Question q;
    q.tolerance = 0.001;
    QVERIFY(isCorrect(q, 0.02, Answer{false, 0.021}));
    QVERIFY(!isCorrect(q, 0.02, Answer{false, 0.0211}));
    QVERIFY(!isCorrect(q, 0.02, Answer{true, 0}));
    QVERIFY(isCorrect(q, std::nullopt, Answer{true, 0}));
    QVERIFY(!isCorrect(q, std::nullopt, Answer{false, 2030}));
    q.toleranceKind = ToleranceKind::Relative;
    q.tolerance = 0.02;
    QVERIFY(isCorrect(q, 1000, Answer{false, 1020}));
    QVERIFY(!isCorrect(q, 1000, Answer{false, 1021}));
    QCOMPARE(formatAnswer(0.0123, "fraction"), std::string("0.0123 (1.23 %)"));
    QCOMPARE(formatAnswer(2031, "year"), std::string("2031"));
    QCOMPARE(formatAnswer(std::nullopt, "year"), std::string("none"));
}

QTEST_GUILESS_MAIN(ExercisesTest)
#include "tst_exercises.moc"
