// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "document/scenariodocument.h"
#include "core/training/exercise.h"
#include "core/training/exercisefile.h"
#include "core/io/scenariofile.h"
#include "training/trainerpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tideover;

namespace {

constexpr auto kDiagnosis = "kelora-1-diagnosis";

// The model's answer to a question of a built-in exercise, computed as `tideover-cli exercise
// check` computes it.
std::optional<double> modelAnswer(const char* name, int question)
{
    const core::Exercise e = core::loadExercise(std::string("builtin:") + name);
    return core::expectedAnswer(core::exerciseScenario(e), e.questions[std::size_t(question)]);
}

// An answer as a trainee types it in the field: percentages for fractions.
QString typed(double value, const std::string& unit)
{
    return unit == "fraction" ? QString::number(value * 100, 'g', 12) : QString::number(value, 'f', 6);
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

}  // namespace

class TestTrainerPanel : public QObject {
    Q_OBJECT

private slots:
    void builtinNames_listEveryBundledExerciseInStepOrder()
    {
        const QStringList names = ui::TrainerPanel::builtinNames();
        QCOMPARE(names.size(), qsizetype(core::builtinExerciseNames().size()));
        QCOMPARE(names.first(), QStringLiteral("kelora-1-diagnosis"));
        QVERIFY(names.indexOf(QStringLiteral("kelora-6-coverage")) > names.indexOf(QStringLiteral("kelora-5-financing")));
    }

    void openBuiltin_loadsItsStartingScenarioIntoTheDocument()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:default"));
        ui::TrainerPanel panel(&document);
        QSignalSpy opened(&panel, &ui::TrainerPanel::exerciseOpened);
        QString error;
        QVERIFY2(panel.openBuiltin(QString::fromLatin1(kDiagnosis), &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(opened.count(), 1);
        const core::Exercise e = core::loadExercise(std::string("builtin:") + kDiagnosis);
        QVERIFY(document.scenario() == core::exerciseScenario(e));
        QVERIFY(!document.isModified());
        QCOMPARE(panel.questionCount(), int(e.questions.size()));
        QCOMPARE(panel.exerciseTitle(), QString::fromStdString(e.title));
        QVERIFY(!panel.instructionsHtml().isEmpty());
        QVERIFY(panel.findChild<QLineEdit*>(QStringLiteral("answer_q1")));
    }

    void maybeDiscard_declinedLeavesTheDocumentAlone()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:default"));
        QVERIFY(document.setValue("benefits.waiting_days", core::ParamValue(std::int64_t(3))));
        const core::Scenario before = document.scenario();
        ui::TrainerPanel panel(&document);
        int asked = 0;
        panel.setMaybeDiscard([&] {
            ++asked;
            return false;
        });
        QString error = QStringLiteral("x");
        QVERIFY(!panel.openBuiltin(QString::fromLatin1(kDiagnosis), &error));
        QCOMPARE(asked, 1);
        QVERIFY(error.isEmpty());
        QVERIFY(document.scenario() == before);
        QVERIFY(document.isModified());
        QVERIFY(!panel.hasExercise());
    }

    void checkAnswer_gradesAgainstTheModel_data()
    {
        QTest::addColumn<int>("question");
        for (int q = 0; q < 3; ++q)
            QTest::addRow("q%d", q + 1) << q;
    }

    void checkAnswer_gradesAgainstTheModel()
    {
        QFETCH(int, question);
        ui::ScenarioDocument document;
        ui::TrainerPanel panel(&document);
        QVERIFY(panel.openBuiltin(QString::fromLatin1(kDiagnosis)));
        const core::Exercise e = core::loadExercise(std::string("builtin:") + kDiagnosis);
        const auto& q = e.questions[std::size_t(question)];
        const std::optional<double> expected = modelAnswer(kDiagnosis, question);
        QVERIFY(expected);
        // The trainee's edits of the document do not change the model's answer.
        QVERIFY(document.setValue("coverage.compliance", core::ParamValue(core::Series(0.3))));

        QString feedback;
        const QString wrong = typed(*expected * 1.5, q.unit);
        QVERIFY2(!panel.checkAnswer(question, wrong, &feedback), qPrintable(wrong));
        QVERIFY2(feedback.contains(QStringLiteral("too high")), qPrintable(feedback));
        QVERIFY(panel.isAttempted(question));
        QVERIFY(!panel.isAnsweredCorrectly(question));

        const QString right = typed(*expected, q.unit);
        QVERIFY2(panel.checkAnswer(question, right, &feedback),
                 qPrintable(QStringLiteral("%1 (%2): typed %3, model %4: %5")
                                .arg(QString::fromStdString(q.id), QString::fromStdString(q.measure), right)
                                .arg(*expected, 0, 'g', 17)
                                .arg(feedback)));
        QVERIFY(feedback.startsWith(QStringLiteral("Correct")));
        QVERIFY(panel.isAnsweredCorrectly(question));
        const QString key = panel.expectedAnswerText(question);
        if (q.unit == "fraction")
            QCOMPARE(key, QString::fromStdString(core::formatAnswer(expected, q.unit)));
        else
            QVERIFY2(key.startsWith(QLocale().toString(std::round(*expected), 'f', 0)), qPrintable(key));
        QVERIFY2(feedback.contains(key), qPrintable(feedback));
    }

    void checkAnswer_acceptsPercentSignsSeparatorsAndRejectsText()
    {
        ui::ScenarioDocument document;
        ui::TrainerPanel panel(&document);
        QVERIFY(panel.openBuiltin(QString::fromLatin1(kDiagnosis)));
        const double coverage = *modelAnswer(kDiagnosis, 2);
        QCOMPARE(panel.unitLabel(2), QStringLiteral("%"));
        QVERIFY(panel.checkAnswer(2, QString::number(coverage * 100, 'f', 6) + QStringLiteral(" %")));
        const double insured = *modelAnswer(kDiagnosis, 0);
        QVERIFY(panel.checkAnswer(0, QLocale(QLocale::English).toString(std::round(insured), 'f', 0)));
        QString feedback;
        QVERIFY(!panel.checkAnswer(1, QStringLiteral("lots"), &feedback));
        QVERIFY(feedback.contains(QStringLiteral("not a number")));
        QVERIFY(!panel.isAttempted(1));  // text that is not an answer is no attempt
        QVERIFY(!panel.allAttempted());
    }

    void hints_revealInOrderThenStop()
    {
        ui::ScenarioDocument document;
        ui::TrainerPanel panel(&document);
        QVERIFY(panel.openBuiltin(QString::fromLatin1(kDiagnosis)));
        const core::Exercise e = core::loadExercise(std::string("builtin:") + kDiagnosis);
        QCOMPARE(panel.hintCount(), int(e.hints.size()));
        QVERIFY(panel.hintCount() >= 2);
        auto* hints = panel.findChild<QLabel*>(QStringLiteral("hints"));
        QVERIFY(hints);
        for (int i = 0; i < panel.hintCount(); ++i) {
            QCOMPARE(panel.revealNextHint(), QString::fromStdString(e.hints[std::size_t(i)]));
            QCOMPARE(panel.hintsShown(), i + 1);
            QVERIFY(hints->text().contains(QStringLiteral("Hint %1:").arg(i + 1)));
        }
        QVERIFY(panel.revealNextHint().isEmpty());
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("hintButton"))->isEnabled());
    }

    void debrief_shownOnRequest()
    {
        ui::ScenarioDocument document;
        ui::TrainerPanel panel(&document);
        QVERIFY(panel.openBuiltin(QString::fromLatin1(kDiagnosis)));
        QVERIFY(!panel.isDebriefShown());
        for (int q = 0; q < panel.questionCount(); ++q)
            panel.checkAnswer(q, QStringLiteral("1"));
        QVERIFY(panel.allAttempted());
        panel.revealDebrief();
        QVERIFY(panel.isDebriefShown());
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("debrief"))->text().contains(
            panel.debriefText().left(20).toHtmlEscaped()));
    }

    void openFile_invalidGivesAnErrorAndKeepsEverything()
    {
        QTemporaryDir dir;
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:default"));
        QVERIFY(document.setValue("benefits.waiting_days", core::ParamValue(std::int64_t(3))));
        const core::Scenario before = document.scenario();
        ui::TrainerPanel panel(&document);
        QVERIFY(panel.openBuiltin(QString::fromLatin1(kDiagnosis)));
        QVERIFY(document.setValue("benefits.waiting_days", core::ParamValue(std::int64_t(3))));
        const core::Scenario edited = document.scenario();
        const QString title = panel.exerciseTitle();
        Q_UNUSED(before);

        // A bundled exercise with a step that does not exist.
        QByteArray text(core::builtinExerciseText(kDiagnosis).data(), qsizetype(core::builtinExerciseText(kDiagnosis).size()));
        text.replace("<step>diagnosis</step>", "<step>diagnose</step>");
        const QString bad = dir.filePath(QStringLiteral("bad.tideover-exercise"));
        writeFile(bad, text);
        QString error;
        QVERIFY(!panel.openFile(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("bad.tideover-exercise")) && error.contains(QStringLiteral("diagnose")),
                 qPrintable(error));
        QVERIFY(document.scenario() == edited);
        QVERIFY(document.isModified());
        QCOMPARE(panel.exerciseTitle(), title);
        QCOMPARE(panel.errorText(), error);

        QVERIFY(!panel.openFile(dir.filePath(QStringLiteral("missing.tideover-exercise")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(document.scenario() == edited);

        // A good file opens and clears the error.
        const QString good = dir.filePath(QStringLiteral("good.tideover-exercise"));
        writeFile(good, QByteArray(core::builtinExerciseText(kDiagnosis).data(),
                                   qsizetype(core::builtinExerciseText(kDiagnosis).size())));
        QVERIFY2(panel.openFile(good, &error), qPrintable(error));
        QVERIFY(panel.errorText().isEmpty());
        QVERIFY(!document.isModified());
    }

    // An answer field's placeholder gives the unit and the format, never a number that could
    // hint at the answer: no number in it lies within 50 % of the model's answer, in every
    // bundled exercise.
    void placeholders_giveUnitAndFormat_neverANumberNearTheAnswer_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto& name : core::builtinExerciseNames())
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void placeholders_giveUnitAndFormat_neverANumberNearTheAnswer()
    {
        QFETCH(QString, name);
        ui::ScenarioDocument document;
        ui::TrainerPanel panel(&document);
        QVERIFY(panel.openBuiltin(name));
        const core::Exercise e = core::loadExercise("builtin:" + name.toStdString());
        const core::Scenario start = core::exerciseScenario(e);
        static const QRegularExpression number(QStringLiteral("\\d+(?:[.,]\\d+)*"));
        for (int i = 0; i < panel.questionCount(); ++i) {
            const core::Question& q = e.questions[std::size_t(i)];
            auto* field = panel.findChild<QLineEdit*>(QStringLiteral("answer_%1").arg(QString::fromStdString(q.id)));
            QVERIFY(field);
            const QString placeholder = field->placeholderText();
            QVERIFY(!placeholder.isEmpty());
            QCOMPARE(placeholder, panel.placeholderText(i));
            if (q.unit == "fraction")
                QVERIFY2(placeholder.contains(QLatin1Char('%')), qPrintable(placeholder));
            if (q.unit == "money")
                QVERIFY2(placeholder.contains(QString::fromStdString(start.meta.currency)), qPrintable(placeholder));
            const std::optional<double> answer = core::expectedAnswer(start, q);
            if (!answer)
                continue;
            const double shown = q.unit == "fraction" ? *answer * 100 : *answer;  // as the field reads it
            for (auto it = number.globalMatch(placeholder); it.hasNext();) {
                const double x = it.next().captured().remove(QLatin1Char(',')).toDouble();
                QVERIFY2(std::abs(x - shown) > 0.5 * std::abs(shown),
                         qPrintable(QStringLiteral("%1 %2: \"%3\" is near the answer %4")
                                        .arg(name, QString::fromStdString(q.id), placeholder)
                                        .arg(shown)));
            }
        }
    }

    // Trainer mode shows every question's expected answer and the debrief at once, and a
    // banner saying so; without it they stay hidden.
    void trainerMode_showsTheAnswersAndTheDebrief()
    {
        ui::ScenarioDocument document;
        ui::TrainerPanel panel(&document);
        panel.show();
        QVERIFY(panel.openBuiltin(QString::fromLatin1(kDiagnosis)));
        auto* expected = panel.findChild<QLabel*>(QStringLiteral("expected_q1"));
        auto* debrief = panel.findChild<QLabel*>(QStringLiteral("debrief"));
        auto* banner = panel.findChild<QLabel*>(QStringLiteral("trainerModeBanner"));
        QVERIFY(expected && debrief && banner);
        QVERIFY(!expected->isVisibleTo(&panel));
        QVERIFY(!debrief->isVisibleTo(&panel));
        QVERIFY(!banner->isVisibleTo(&panel));

        panel.setTrainerMode(true);
        QVERIFY(panel.isTrainerMode());
        QVERIFY(banner->isVisibleTo(&panel));
        for (int i = 0; i < panel.questionCount(); ++i) {
            auto* label = panel.findChild<QLabel*>(QStringLiteral("expected_%1").arg(panel.questionId(i)));
            QVERIFY(!label->isHidden());
            QVERIFY2(label->text().contains(panel.expectedAnswerText(i)), qPrintable(label->text()));
        }
        QVERIFY(debrief->isVisibleTo(&panel));
        QVERIFY(debrief->text().contains(panel.debriefText().left(20).toHtmlEscaped()));
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("debriefButton"))->isEnabled());
        // Another exercise opens with its answers shown too.
        QVERIFY(panel.openBuiltin(QStringLiteral("kelora-2-design")));
        QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("expected_q1"))->isHidden());

        panel.setTrainerMode(false);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("expected_q1"))->isHidden());
        QVERIFY(!debrief->isVisibleTo(&panel));
        QVERIFY(!banner->isVisibleTo(&panel));
    }

    // The exercises speak to a desktop user: they name the app's pages, charts and fields, and
    // the command-line form sits in one note for command-line users, the last paragraph of the
    // instructions (shown apart, in small type). Nowhere else do they name tideover-cli, a CSV
    // column or a parameter key.
    void exercises_nameTheCommandLineOnlyInTheirNote_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        for (const auto& language : core::builtinExerciseLanguages())
            for (const auto& name : core::builtinExerciseNames())
                QTest::newRow((language + "/" + name).c_str())
                    << QString::fromStdString(language) << QString::fromStdString(name);
    }

    void exercises_nameTheCommandLineOnlyInTheirNote()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        const core::Exercise e =
            core::loadExercise("builtin:" + name.toStdString(), language == QLatin1String("en") ? "" : language.toStdString());
        static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
        static const QRegularExpression identifier(QStringLiteral("\\b[a-z]+_[a-z_]+\\b"));
        const QStringList instructions =
            QString::fromStdString(e.instructions).split(paragraphBreak, Qt::SkipEmptyParts);
        QVERIFY(ui::TrainerPanel::isCommandLineNote(instructions.last()));
        QVERIFY(instructions.last().contains(QStringLiteral("tideover-cli ")));
        QStringList texts = instructions.mid(0, instructions.size() - 1);
        texts << QString::fromStdString(e.debrief).split(paragraphBreak, Qt::SkipEmptyParts);
        for (const auto& hint : e.hints)
            texts << QString::fromStdString(hint);
        for (const auto& q : e.questions)
            texts << QString::fromStdString(q.text);
        for (const QString& text : texts) {
            QVERIFY2(!ui::TrainerPanel::isCommandLineNote(text), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("tideover-cli")), qPrintable(text));
            QVERIFY2(!identifier.match(text).hasMatch(),
                     qPrintable(identifier.match(text).captured() + QStringLiteral(" in: ") + text));
        }
    }

    void commandLineNote_isShownApart()
    {
        ui::ScenarioDocument document;
        ui::TrainerPanel panel(&document);
        QVERIFY(panel.openBuiltin(QString::fromLatin1(kDiagnosis)));
        const QString html = panel.instructionsHtml();
        const qsizetype note = html.indexOf(QStringLiteral("On the command line:"));
        QVERIFY(note > 0);
        QVERIFY(html.lastIndexOf(QStringLiteral("<small>"), note) > html.lastIndexOf(QStringLiteral("<p>"), note));
        QVERIFY(html.indexOf(QStringLiteral("Coverage funnel")) < note);
    }
};

QTEST_MAIN(TestTrainerPanel)
#include "tst_trainerpanel.moc"
