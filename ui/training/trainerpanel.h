// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/training/exercise.h"
#include "core/model/scenario.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace tideover::ui {

class ScenarioDocument;

// A workshop exercise for trainees (docs/exercises.md): pick a bundled exercise or open a
// trainer's own .tideover-exercise file; its starting scenario replaces the document's; the
// panel shows the instructions, one answer field per question with a Check button, the hints
// one at a time and the debrief. Answers are graded exactly as `tideover-cli exercise check`
// grades them: against the model's answer on the exercise's own scenario with the question's
// changes, never on the trainee's edited document. An answer field's placeholder says the unit
// and format expected ("%, two decimals"), never an example near the answer. In trainer mode
// the panel shows each question's expected answer and the debrief. The instructions' note for
// command-line users (a paragraph that starts "On the command line:", in the exercise's
// language) is set apart in small type.
class TrainerPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainerPanel(ScenarioDocument* document, QWidget* parent = nullptr);

    // Asked before an exercise replaces the document's scenario; returning false cancels the
    // opening. The host window passes its "save changes?" prompt; without one the panel proceeds.
    void setMaybeDiscard(std::function<bool()> maybeDiscard) { m_maybeDiscard = std::move(maybeDiscard); }

    // The bundled exercises, in the order of the steps: their names and "Step: title".
    static QStringList builtinNames();

    // Open an exercise and load its starting scenario into the document. On failure (an
    // unreadable or invalid file, a missing scenario) they return false with a sentence for
    // the user in `error`, show it in the panel and leave the document and the current
    // exercise as they were; when the host declined to discard changes they return false
    // with an empty `error`.
    bool openBuiltin(const QString& name, QString* error = nullptr);
    bool openFile(const QString& path, QString* error);

    bool hasExercise() const { return m_exercise.has_value(); }
    QString exerciseTitle() const;
    // "builtin:NAME" or the file's path.
    QString exerciseSpec() const { return m_spec; }
    // The scenario the exercise starts from (its scenario with its changes).
    const core::Scenario& startScenario() const { return m_start; }
    QString instructionsHtml() const;
    QString errorText() const;

    int questionCount() const;
    QString questionId(int index) const;
    QString questionText(int index) const;
    // How the answer field reads: "%" for a fraction, "persons", "LCU", "year", ...
    QString unitLabel(int index) const;
    // Grades `text` as typed in the question's field: for a fraction a bare number is a
    // percentage ("5.4" is 5.4 %; "0.054" would be 0.054 %), as the field's "%" says; "none"
    // and "never" where the model may have no answer. Records the attempt, shows the feedback
    // in the panel and returns true when correct; `feedback` gets the message shown.
    bool checkAnswer(int index, const QString& text, QString* feedback = nullptr);
    bool isAttempted(int index) const;
    bool isAnsweredCorrectly(int index) const;
    bool allAttempted() const;
    // The model's answer (the trainer's key), as the exercise's unit shows it ("5.43 %",
    // "2031", "4,826,304 persons", "none"), or "" with `error` when the model cannot compute it.
    QString expectedAnswerText(int index, QString* error = nullptr);

    int hintCount() const;
    int hintsShown() const { return m_hintsShown; }
    // Reveals the next hint and returns it; "" when every hint is shown.
    QString revealNextHint();

    // Trainer mode: every question shows the model's answer (and the tolerance it grades
    // with), and the debrief is shown without asking.
    void setTrainerMode(bool on);
    bool isTrainerMode() const { return m_trainerMode; }
    // The text of question `index`'s answer field when it is empty: the unit and format.
    QString placeholderText(int index) const;
    // Whether a paragraph of an exercise text is the note for command-line users, the only
    // place an exercise names tideover-cli (docs/exercises.md).
    static bool isCommandLineNote(const QString& paragraph);

    QString debriefText() const;
    bool isDebriefShown() const { return m_debriefShown; }
    // Shows the debrief (the Debrief button asks first while questions are unanswered).
    void revealDebrief();

    // What the trainee has done with the open exercise, to carry it into a rebuilt panel (a
    // change of language): the exercise, the answers typed, how often each was checked, the
    // hints and debrief shown.
    struct State {
        QString spec;  // "" when no exercise is open
        QStringList answers;
        std::vector<int> attempts;
        int hintsShown = 0;
        bool debriefShown = false;
    };
    State state() const;
    // Opens the state's exercise again (a built-in one in the current language) without
    // touching the document, and puts the answers, their checks, hints and debrief back.
    void restoreState(const State& state);

public slots:
    // "Open exercise file…": a file dialog, then openFile().
    void openFileWithDialog();

signals:
    // After an exercise was opened and its scenario loaded.
    void exerciseOpened(const QString& title);
    void answerChecked(int index, bool correct);

private:
    struct QuestionWidgets {
        QLineEdit* answer = nullptr;
        QPushButton* check = nullptr;
        QLabel* feedback = nullptr;
        QLabel* expected = nullptr;  // trainer mode
    };
    // `loadScenario` false leaves the document alone (restoreState()).
    bool open(const QString& spec, const QString& origin, QString* error, bool loadScenario = true);
    void showError(const QString& error);
    QString answerText(const std::optional<double>& value, const std::string& unit) const;
    void rebuild();
    void updateHintsAndDebrief();
    void updateTrainerAnswers();
    // The model's answer, computed once per question; throws as core::expectedAnswer.
    std::optional<double> expected(int index);

    QPointer<ScenarioDocument> m_document;
    std::function<bool()> m_maybeDiscard;
    QComboBox* m_builtinBox = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_fileButton = nullptr;
    QLabel* m_error = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_page = nullptr;
    QVBoxLayout* m_pageLayout = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_instructions = nullptr;
    QWidget* m_questionsBox = nullptr;
    QPushButton* m_hintButton = nullptr;
    QLabel* m_hints = nullptr;
    QPushButton* m_debriefButton = nullptr;
    QLabel* m_debrief = nullptr;
    QLabel* m_trainerBanner = nullptr;
    std::vector<QuestionWidgets> m_questionWidgets;

    std::optional<core::Exercise> m_exercise;
    QString m_spec;
    core::Scenario m_start;
    QString m_currency;
    std::vector<std::optional<std::optional<double>>> m_expected;  // outer: computed yet
    std::vector<int> m_attempts;
    std::vector<bool> m_correct;
    int m_hintsShown = 0;
    bool m_debriefShown = false;
    bool m_trainerMode = false;
};

}  // namespace tideover::ui
