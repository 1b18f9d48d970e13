// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Runs the real tideover-cli (TIDEOVER_CLI) for the training commands: exercise list, show and
// check (exit 0 when every answer is right, 3 when one is wrong, 2 for bad input), standards and
// funnel. Every failure prints the command line, its exit status and its output.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "clirunner.h"

namespace {

using namespace clitest;



QList<QStringList> lines(const QByteArray& text)
{
    QList<QStringList> out;
    for (const auto& line : QString::fromUtf8(text).split('\n', Qt::SkipEmptyParts))
        out.append(line.split('\t'));
    return out;
}

// The computed answers of an exercise, by question id (from check --reveal).
QMap<QString, QString> revealed(const QString& exercise)
{
    QMap<QString, QString> answers;
    const Run r = runCli({"exercise", "check", exercise, "--reveal"});
    for (const auto& f : lines(r.out))
        if (f.size() == 4)
            answers[f[0]] = f[3].mid(QString("expected ").size()).section(' ', 0, 0);
    return answers;
}

}  // namespace

class CliTrainingTest : public QObject {
    Q_OBJECT

private slots:
    void help_namesTrainingCommands();
    void scenarios_listsTheCountries();
    void exerciseList_isInStepOrder();
    void exerciseShow_printsQuestionsHintsDebrief();
    void exerciseCheck_everyBuiltin_revealedAnswersAreCorrect();
    void exerciseCheck_wrongAnswer_exitsThree();
    void exercise_language_translatesTextsNotAnswers();
    void exerciseCheck_badInput_exitsTwo_data();
    void exerciseCheck_badInput_exitsTwo();
    void exerciseCheck_ownFile_withOwnScenario();
    void standards_printsTable();
    void funnel_lastStageIsNewClaims();
};

void CliTrainingTest::help_namesTrainingCommands()
{
    const Run r = runCli({"--help"});
    EXPECT_EXIT(r, 0);
    for (const char* command : {"exercise", "standards", "funnel"})
        VERIFY_RUN(r.out.contains(QByteArray("\n  ") + command + ' '), r);
    VERIFY_RUN(r.out.contains("3 a wrong answer"), r);
    for (const char* command : {"exercise", "standards", "funnel"}) {
        const Run h = runCli({command, "--help"});
        EXPECT_EXIT(h, 0);
        VERIFY_RUN(h.out.startsWith(QByteArray("Usage: tideover-cli ") + command), h);
    }
}

void CliTrainingTest::scenarios_listsTheCountries()
{
    const Run r = runCli({"scenarios"});
    EXPECT_EXIT(r, 0);
    for (const char* name : {"vietnam", "thailand", "malaysia", "indonesia", "philippines", "bahrain", "kelora",
                             "kelora-new-scheme"})
        VERIFY_RUN(r.out.contains(QByteArray("builtin:") + name + '\t'), r);
    for (const auto& f : lines(r.out)) {
        const Run v = runCli({"validate", f[0]});
        EXPECT_EXIT(v, 0);
        VERIFY_RUN(!v.out.contains("warning") && v.err.isEmpty(), v);  // valid without warnings
    }
}

void CliTrainingTest::exerciseList_isInStepOrder()
{
    const Run r = runCli({"exercise", "list"});
    EXPECT_EXIT(r, 0);
    const QStringList steps{"diagnosis", "design", "costing", "stress", "financing", "coverage"};
    int last = -1;
    const auto rows = lines(r.out);
    VERIFY_RUN(rows.size() >= 6, r);
    QSet<QString> seen;
    for (const auto& f : rows) {
        VERIFY_RUN(f.size() == 3 && f[0].startsWith("builtin:") && !f[2].isEmpty(), r);
        const int step = steps.indexOf(f[1]);
        VERIFY_RUN(step >= last, r);
        last = step;
        seen.insert(f[1]);
    }
    VERIFY_RUN(seen.size() == 6, r);
}

void CliTrainingTest::exerciseShow_printsQuestionsHintsDebrief()
{
    const Run plain = runCli({"exercise", "show", "builtin:kelora-1-diagnosis"});
    EXPECT_EXIT(plain, 0);
    VERIFY_RUN(plain.out.contains("Step: 1. Diagnose the labour market") && plain.out.contains("  q1 (persons): "), plain);
    VERIFY_RUN(!plain.out.contains("Hints:") && !plain.out.contains("Debrief:"), plain);
    const Run full = runCli({"exercise", "show", "builtin:kelora-1-diagnosis", "--hints", "--debrief"});
    EXPECT_EXIT(full, 0);
    VERIFY_RUN(full.out.contains("Hints:\n  1. ") && full.out.contains("Debrief:\n"), full);
}

void CliTrainingTest::exerciseCheck_everyBuiltin_revealedAnswersAreCorrect()
{
    const Run list = runCli({"exercise", "list"});
    for (const auto& f : lines(list.out)) {
        const auto answers = revealed(f[0]);
        QVERIFY2(!answers.isEmpty(), qPrintable(f[0]));
        QStringList args{"exercise", "check", f[0]};
        for (auto it = answers.begin(); it != answers.end(); ++it)
            args << "--answer" << it.key() + "=" + it.value();
        const Run r = runCli(args);
        EXPECT_EXIT(r, 0);
        VERIFY_RUN(r.out.count("\tcorrect\t") == answers.size(), r);
    }
}

void CliTrainingTest::exerciseCheck_wrongAnswer_exitsThree()
{
    const Run r = runCli({"exercise", "check", "builtin:kelora-3-costing", "--answer", "q2=5%", "--answer", "q1=0.0108"});
    EXPECT_EXIT(r, 3);
    VERIFY_RUN(r.out == "q1\tcorrect\t0.0108\nq2\tincorrect\t5%\n", r);
    const Run reveal = runCli({"exercise", "check", "builtin:kelora-3-costing", "--answer", "q2=5%", "--reveal"});
    EXPECT_EXIT(reveal, 3);
    VERIFY_RUN(reveal.out.contains("q2\tincorrect\t5%\texpected 0.009791 (0.9791 %)"), reveal);
    VERIFY_RUN(reveal.out.contains("q1\tunanswered\t\texpected "), reveal);
    const Run never = runCli({"exercise", "check", "builtin:kelora-4-stress", "--answer", "q3=never"});
    EXPECT_EXIT(never, 3);  // the fund is depleted in 2028
}

void CliTrainingTest::exercise_language_translatesTextsNotAnswers()
{
    const Run english = runCli({"exercise", "list"});
    EXPECT_EXIT(english, 0);
    for (const char* language : {"fr", "vi"}) {
        const Run list = runCli({"exercise", "list", "--language", language});
        EXPECT_EXIT(list, 0);
        const auto rows = lines(list.out);
        const auto englishRows = lines(english.out);
        VERIFY_RUN(rows.size() == englishRows.size(), list);
        for (int i = 0; i < rows.size(); ++i) {
            // The same exercises in the same order, with translated titles.
            VERIFY_RUN(rows[i][0] == englishRows[i][0] && rows[i][1] == englishRows[i][1], list);
            VERIFY_RUN(rows[i][2] != englishRows[i][2], list);
            // The trainer's key is the same in every language.
            const Run key = runCli({"exercise", "check", rows[i][0], "--reveal", "--language", language});
            const Run englishKey = runCli({"exercise", "check", rows[i][0], "--reveal"});
            EXPECT_EXIT(key, 0);
            VERIFY_RUN(key.out == englishKey.out, key);
        }
    }
    const Run vi = runCli({"exercise", "show", "builtin:vietnam-financing", "--language", "vi", "--hints"});
    EXPECT_EXIT(vi, 0);
    VERIFY_RUN(QString::fromUtf8(vi.out).contains(QStringLiteral("Việt Nam")), vi);
}

void CliTrainingTest::exerciseCheck_badInput_exitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString e = "builtin:kelora-1-diagnosis";
    QTest::newRow("no answer") << QStringList{"exercise", "check", e} << "--answer ID=VALUE, or --reveal";
    QTest::newRow("unknown question") << QStringList{"exercise", "check", e, "--answer", "q9=1"} << "no question 'q9'";
    QTest::newRow("not a number") << QStringList{"exercise", "check", e, "--answer", "q1=many"} << "'many' is not a number";
    QTest::newRow("percent of persons") << QStringList{"exercise", "check", e, "--answer", "q1=5%"} << "a percentage";
    QTest::newRow("twice") << QStringList{"exercise", "check", e, "--answer", "q1=1", "--answer", "q1=2"} << "answered twice";
    QTest::newRow("no equals") << QStringList{"exercise", "check", e, "--answer", "q1"} << "expected ID=VALUE";
    QTest::newRow("unknown exercise") << QStringList{"exercise", "check", "builtin:atlantis", "--reveal"} << "no built-in exercise 'atlantis'";
    QTest::newRow("missing file") << QStringList{"exercise", "show", "/nonexistent.tideover-exercise"} << "no such file";
    QTest::newRow("a scenario as exercise") << QStringList{"exercise", "show", TIDEOVER_SOURCE_DIR "/scenarios/default.tideover"}
                                            << "is not a Tideover exercise file";
    QTest::newRow("unknown subcommand") << QStringList{"exercise", "solve"} << "expected list, show or check";
    QTest::newRow("no subcommand") << QStringList{"exercise"} << "list, show or check is needed";
    QTest::newRow("set") << QStringList{"exercise", "check", e, "--reveal", "--set", "labour.force=1"} << "--set does not apply";
    QTest::newRow("answer elsewhere") << QStringList{"summary", "builtin:default", "--answer", "q1=1"} << "--answer applies to";
    QTest::newRow("reveal with show") << QStringList{"exercise", "show", e, "--reveal"} << "apply to tideover-cli exercise check only";
    QTest::newRow("hints with check") << QStringList{"exercise", "check", e, "--reveal", "--hints"} << "apply to tideover-cli exercise show only";
    QTest::newRow("unknown language") << QStringList{"exercise", "list", "--language", "de"} << "--language de: the built-in exercises are in en, fr, vi";
    QTest::newRow("language elsewhere") << QStringList{"summary", "builtin:default", "--language", "vi"} << "--language";
    QTest::newRow("list with argument") << QStringList{"exercise", "list", e} << "unexpected argument";
    QTest::newRow("standards: invalid") << QStringList{"standards", "builtin:default", "--set", "benefits.waiting_days=900"} << "not a valid scenario";
    QTest::newRow("funnel: year outside") << QStringList{"funnel", "builtin:kelora", "--year", "2100"} << "--year 2100: out of range";
}

void CliTrainingTest::exerciseCheck_badInput_exitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runCli(args);
    EXPECT_EXIT(r, 2);
    VERIFY_RUN(r.out.isEmpty() && QString::fromUtf8(r.err).contains(message), r);
}

void CliTrainingTest::exerciseCheck_ownFile_withOwnScenario()
{
    // A trainer's own exercise beside their own scenario file, as docs/exercises.md describes.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(TIDEOVER_SOURCE_DIR "/scenarios/default.tideover", dir.filePath("country.tideover")));
    QFile in(TIDEOVER_SOURCE_DIR "/exercises/kelora-3-costing.tideover-exercise");
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    text.replace("<scenario>builtin:kelora</scenario>", "<scenario>country.tideover</scenario>");
    QFile out(dir.filePath("own.tideover-exercise"));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const Run r = runCli({"exercise", "check", dir.filePath("own.tideover-exercise"), "--answer", "q2=0.01297"});
    EXPECT_EXIT(r, 0);  // the default scenario's break-even rate, 1.297 %
    const Run missing = runCli({"exercise", "check", dir.filePath("own.tideover-exercise"), "--reveal"});
    EXPECT_EXIT(missing, 0);
    QVERIFY(QFile::remove(dir.filePath("country.tideover")));
    const Run gone = runCli({"exercise", "check", dir.filePath("own.tideover-exercise"), "--reveal"});
    EXPECT_EXIT(gone, 2);
    VERIFY_RUN(gone.err.contains("country.tideover: no such file"), gone);
}

void CliTrainingTest::standards_printsTable()
{
    const Run r = runCli({"standards", "builtin:default", "--set", "benefits.replacement_rates=0.4", "--set",
                          "benefits.waiting_days=10"});
    EXPECT_EXIT(r, 0);
    const auto rows = lines(r.out);
    VERIFY_RUN(rows.value(0) == (QStringList{"standard", "article", "topic", "status", "explanation"}), r);
    const auto status = [&](const QString& standard, const QString& article, const QString& topic) {
        for (const auto& f : rows)
            if (f.size() == 5 && f[0] == standard && f[1] == article && f[2] == topic)
                return f[3];
        return QString("missing");
    };
    VERIFY_RUN(status("C102", "Art. 22", "benefit level (first month)") == "fail", r);
    VERIFY_RUN(status("C168", "Art. 15", "benefit level (first month)") == "fail", r);
    VERIFY_RUN(status("C168", "Art. 18", "waiting period") == "fail", r);
    VERIFY_RUN(status("C102", "Art. 21", "coverage") == "pass", r);
    VERIFY_RUN(status("C102", "Art. 23", "qualifying period") == "not-assessed", r);
}

void CliTrainingTest::funnel_lastStageIsNewClaims()
{
    const Run f = runCli({"funnel", "builtin:vietnam"});
    EXPECT_EXIT(f, 0);
    const Run p = runCli({"project", "builtin:vietnam"});
    EXPECT_EXIT(p, 0);
    const auto funnel = QString::fromUtf8(f.out).split('\n', Qt::SkipEmptyParts);
    // Viet Nam has a worker group (model-spec v4): the funnel is the total's, the projection's
    // `total` rows (after its header).
    QStringList projection = QString::fromUtf8(p.out).split('\n', Qt::SkipEmptyParts);
    VERIFY_RUN(projection[0].startsWith("group,"), p);
    for (QString& line : projection)
        line = line.section(',', 1);
    const QStringList all = QString::fromUtf8(p.out).split('\n', Qt::SkipEmptyParts);
    QStringList totals{projection[0]};
    for (int i = 1; i < all.size(); ++i)
        if (all[i].startsWith("total,"))
            totals << projection[i];
    projection = totals;
    VERIFY_RUN(funnel.size() == projection.size(), f);
    const QStringList header = funnel[0].split(',');
    VERIFY_RUN(header.first() == "year" && header.contains("new_beneficiaries") && header.last() == "beneficiaries", f);
    const int newClaims = projection[0].split(',').indexOf("new_claims");
    for (int row = 1; row < funnel.size(); ++row) {
        const double a = funnel[row].split(',')[header.indexOf("new_beneficiaries")].toDouble();
        const double b = projection[row].split(',')[newClaims].toDouble();
        VERIFY_RUN(std::abs(a - b) <= 1e-9 * b, f);
    }
    const Run one = runCli({"funnel", "builtin:vietnam", "--year", "2030"});
    EXPECT_EXIT(one, 0);
    VERIFY_RUN(one.out.count('\n') == 2 && one.out.contains("\n2030,"), one);
}

QTEST_GUILESS_MAIN(CliTrainingTest)
#include "tst_cli_training.moc"
