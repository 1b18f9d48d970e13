// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "trainerpanel.h"

#include "format/coretext.h"
#include "format/language.h"

#include "charts/chartstyle.h"
#include "document/scenariodocument.h"
#include "core/training/exercisefile.h"
#include "format/displayformat.h"
#include "core/io/scenariofile.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace tideover::ui {

namespace {

constexpr auto kBuiltinPrefix = "builtin:";


// "Diagnose the labour market": the step's title without its number (core writes "1. ...").
QString stepWords(core::FeasibilityStep step)
{
    static const QRegularExpression number(QStringLiteral("^\\d+\\.\\s*"));
    return coretext::translatedText(core::stepTitle(step)).remove(number);
}

// The first words of the note for command-line users, in each language an exercise is written
// in (docs/exercises.md).
const char* const kCommandLineNoteStarts[] = {"On the command line:", "En ligne de commande :", "Trên dòng lệnh:"};

// Free text as rich text: blank lines part paragraphs, single line breaks are kept; the note
// for command-line users in small, muted type.
QString paragraphsHtml(const std::string& text, const QColor& muted = QColor())
{
    QString html;
    const QStringList paragraphs =
        QString::fromStdString(text).split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString& p : paragraphs) {
        const QString body = p.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (muted.isValid() && TrainerPanel::isCommandLineNote(p))
            html += QStringLiteral("<p style=\"color:%1\"><small>%2</small></p>").arg(muted.name(), body);
        else
            html += QStringLiteral("<p>") + body + QStringLiteral("</p>");
    }
    return html;
}

QString colouredHtml(const QColor& colour, const QString& text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), text);
}

// Okabe-Ito greens and reds, darkened a little so text on a light background stays readable.
QColor goodColour(const QPalette& palette)
{
    const QColor c = ChartStyle::series(ChartStyle::Series::BluishGreen);
    return palette.color(QPalette::Base).lightness() > 128 ? c.darker(130) : c.lighter(120);
}

QColor badColour(const QPalette& palette)
{
    const QColor c = ChartStyle::series(ChartStyle::Series::Vermillion);
    return palette.color(QPalette::Base).lightness() > 128 ? c.darker(115) : c.lighter(120);
}

}  // namespace

QString TrainerPanel::answerText(const std::optional<double>& value, const std::string& unit) const
{
    // Counts and sums with the locale's separators ("4,826,304 persons"); the rest as the CLI
    // shows them ("5.43 %", "2031", "none").
    if (value && (unit == "persons" || unit == "money"))
        return format::number(*value) + QLatin1Char(' ') + (unit == "money" ? m_currency : tr("persons"));
    return QString::fromStdString(core::formatAnswer(value, unit));
}

QStringList TrainerPanel::builtinNames()
{
    struct Row {
        core::FeasibilityStep step;
        QString name;
    };
    std::vector<Row> rows;
    for (const auto& name : core::builtinExerciseNames()) {
        try {
            rows.push_back({core::loadExercise(kBuiltinPrefix + name).step, QString::fromStdString(name)});
        } catch (const std::exception&) {
            // A bundled exercise always reads (tests/core check them); never list a broken one.
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.step < b.step; });
    QStringList names;
    for (const auto& r : rows)
        names << r.name;
    return names;
}

TrainerPanel::TrainerPanel(ScenarioDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_builtinBox = new QComboBox(this);
    m_builtinBox->setObjectName(QStringLiteral("exerciseList"));
    m_builtinBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The dock is narrow: the box shows the start of a long exercise name and its tooltip the
    // whole name (the list, when open, shows every name whole).
    m_builtinBox->setMinimumContentsLength(12);
    m_builtinBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const QString& name : builtinNames()) {
        const core::Exercise e = core::loadExercise(kBuiltinPrefix + name.toStdString(), currentLanguage().toStdString());
        const int step = int(e.step) + 1;
        m_builtinBox->addItem(tr("%1. %2 — %3").arg(step).arg(stepWords(e.step), QString::fromStdString(e.title)), name);
        m_builtinBox->setItemData(m_builtinBox->count() - 1,
                                  tr("Step %1 of %2: %3\n%4")
                                      .arg(step)
                                      .arg(core::kFeasibilityStepCount)
                                      .arg(stepWords(e.step), QString::fromStdString(e.title)),
                                  Qt::ToolTipRole);
    }
    m_startButton = new QPushButton(tr("&Start"), this);
    m_startButton->setToolTip(tr("Open the chosen exercise and load its starting scenario"));
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        QString error;
        openBuiltin(m_builtinBox->currentData().toString(), &error);
    });
    m_fileButton = new QPushButton(tr("Open exercise &file…"), this);
    m_fileButton->setToolTip(tr("Open a trainer's own .tideover-exercise file"));
    connect(m_fileButton, &QPushButton::clicked, this, &TrainerPanel::openFileWithDialog);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exerciseError"));
    m_error->setTextFormat(Qt::PlainText);  // quotes an exercise file: untrusted
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setContentsMargins(6, 4, 6, 4);
    m_error->hide();

    m_trainerBanner = new QLabel(tr("Trainer mode: the expected answers and the debrief are shown. Turn it off in "
                                    "Edit ▸ Preferences before a trainee uses this computer."),
                                 this);
    m_trainerBanner->setObjectName(QStringLiteral("trainerModeBanner"));
    m_trainerBanner->setWordWrap(true);
    m_trainerBanner->setFrameShape(QFrame::StyledPanel);
    m_trainerBanner->setContentsMargins(6, 4, 6, 4);
    m_trainerBanner->hide();

    auto* chooser = new QGridLayout;
    chooser->setContentsMargins(0, 0, 0, 0);
    auto* chooserLabel = new QLabel(tr("E&xercise:"), this);
    chooserLabel->setBuddy(m_builtinBox);
    // The label above the list, the buttons below it: the panel fits a narrow dock.
    chooser->addWidget(chooserLabel, 0, 0, 1, 2);
    chooser->addWidget(m_builtinBox, 1, 0, 1, 2);
    chooser->addWidget(m_startButton, 2, 0, Qt::AlignLeft);
    chooser->addWidget(m_fileButton, 2, 1, Qt::AlignRight);
    chooser->setColumnStretch(1, 1);
    const auto showWholeName = [this] { m_builtinBox->setToolTip(m_builtinBox->currentText()); };
    connect(m_builtinBox, &QComboBox::currentIndexChanged, this, showWholeName);
    showWholeName();

    m_page = new QWidget;
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(10, 8, 10, 10);
    m_pageLayout->setSpacing(8);
    m_placeholder = new QLabel(tr("<p>Choose an exercise and press <b>Start</b>, or open a trainer's own "
                                  "exercise file.</p><p>Each exercise is one step of a feasibility study of "
                                  "unemployment insurance (ILO 2017): diagnose the labour market, choose the "
                                  "parameters, cost them, stress them, finance them, extend coverage. Starting an "
                                  "exercise replaces the scenario being edited.</p>"),
                               m_page);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::RichText);
    m_title = new QLabel(m_page);
    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_step = new QLabel(m_page);
    m_step->setWordWrap(true);
    QPalette muted = m_step->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_step->setPalette(muted);
    m_instructions = new QLabel(m_page);
    m_instructions->setObjectName(QStringLiteral("exerciseInstructions"));
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::RichText);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_questionsBox = new QWidget(m_page);
    new QVBoxLayout(m_questionsBox);
    m_questionsBox->layout()->setContentsMargins(0, 0, 0, 0);
    m_questionsBox->layout()->setSpacing(8);

    m_hintButton = new QPushButton(m_page);
    m_hintButton->setObjectName(QStringLiteral("hintButton"));
    connect(m_hintButton, &QPushButton::clicked, this, [this] { revealNextHint(); });
    m_hints = new QLabel(m_page);
    m_hints->setObjectName(QStringLiteral("hints"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::RichText);
    m_hints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_debriefButton = new QPushButton(tr("&Debrief"), m_page);
    m_debriefButton->setObjectName(QStringLiteral("debriefButton"));
    connect(m_debriefButton, &QPushButton::clicked, this, [this] {
        if (!allAttempted() &&
            QMessageBox::question(this, tr("Debrief"),
                                  tr("Not every question has been answered yet. The debrief discusses the answers. "
                                     "Show it anyway?")) != QMessageBox::Yes)
            return;
        revealDebrief();
    });
    m_debrief = new QLabel(m_page);
    m_debrief->setObjectName(QStringLiteral("debrief"));
    m_debrief->setWordWrap(true);
    m_debrief->setTextFormat(Qt::RichText);
    m_debrief->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_debrief->setFrameShape(QFrame::StyledPanel);
    m_debrief->setContentsMargins(8, 4, 8, 4);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_hintButton);
    buttons->addWidget(m_debriefButton);
    buttons->addStretch(1);

    m_pageLayout->addWidget(m_placeholder);
    m_pageLayout->addWidget(m_title);
    m_pageLayout->addWidget(m_step);
    m_pageLayout->addWidget(m_instructions);
    m_pageLayout->addWidget(m_questionsBox);
    m_pageLayout->addLayout(buttons);
    m_pageLayout->addWidget(m_hints);
    m_pageLayout->addWidget(m_debrief);
    m_pageLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(chooser);
    layout->addWidget(m_error);
    layout->addWidget(m_trainerBanner);
    layout->addWidget(m_scroll, 1);

    rebuild();
}

bool TrainerPanel::openBuiltin(const QString& name, QString* error)
{
    QString spec = name;
    if (!spec.startsWith(QLatin1String(kBuiltinPrefix)))
        spec.prepend(QLatin1String(kBuiltinPrefix));
    return open(spec, spec, error);
}

bool TrainerPanel::openFile(const QString& path, QString* error) { return open(path, path, error); }

void TrainerPanel::openFileWithDialog()
{
    const QString folder = m_spec.startsWith(QLatin1String(kBuiltinPrefix)) || m_spec.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_spec).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open exercise file"), folder,
                                                      tr("Tideover exercises (*.tideover-exercise);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    openFile(path, &error);
}

bool TrainerPanel::open(const QString& spec, const QString& origin, QString* error, bool loadScenario)
{
    core::Exercise exercise;
    core::Scenario start;
    try {
        const bool builtin = spec.startsWith(QLatin1String(kBuiltinPrefix));
        const std::filesystem::path path(QFile::encodeName(spec).toStdString());
        exercise = builtin ? core::loadExercise(spec.toStdString(), currentLanguage().toStdString())
                           : core::loadExerciseFile(path);
        start = core::exerciseScenario(exercise, builtin ? std::filesystem::path() : path.parent_path(),
                                       currentLanguage().toStdString());
    } catch (const std::exception& e) {
        // ExerciseFileError names the file and the line; a scenario error names its file.
        QString message = QString::fromStdString(e.what());
        if (!message.contains(QFileInfo(origin).fileName()))
            message = tr("%1: %2").arg(QFileInfo(origin).fileName(), message);
        message = tr("Could not open the exercise. %1").arg(message);
        showError(message);
        if (error)
            *error = message;
        return false;
    }
    if (loadScenario && m_maybeDiscard && !m_maybeDiscard()) {
        if (error)
            error->clear();
        return false;
    }
    m_exercise = std::move(exercise);
    m_spec = spec;
    m_start = start;
    m_currency = start.meta.currency.empty() ? QStringLiteral("LCU") : QString::fromStdString(start.meta.currency);
    const std::size_t n = m_exercise->questions.size();
    m_expected.assign(n, std::nullopt);
    m_attempts.assign(n, 0);
    m_correct.assign(n, false);
    m_hintsShown = 0;
    m_debriefShown = false;
    showError({});
    if (m_document && loadScenario)
        m_document->reset(start, QString(), false);
    rebuild();
    if (error)
        error->clear();
    if (loadScenario)
        emit exerciseOpened(exerciseTitle());
    return true;
}

TrainerPanel::State TrainerPanel::state() const
{
    State state;
    if (!m_exercise)
        return state;
    state.spec = m_spec;
    for (const QuestionWidgets& w : m_questionWidgets)
        state.answers << w.answer->text();
    state.attempts = m_attempts;
    state.hintsShown = m_hintsShown;
    state.debriefShown = m_debriefShown;
    return state;
}

void TrainerPanel::restoreState(const State& state)
{
    if (state.spec.isEmpty() || !open(state.spec, state.spec, nullptr, false))
        return;
    for (int i = 0; i < questionCount() && i < state.answers.size(); ++i) {
        const int attempts = i < int(state.attempts.size()) ? state.attempts[std::size_t(i)] : 0;
        if (attempts > 0) {
            // Checked again, so the feedback is in the new language; the count stays.
            m_attempts[std::size_t(i)] = attempts - 1;
            checkAnswer(i, state.answers[i]);
            m_attempts[std::size_t(i)] = attempts;
        } else {
            m_questionWidgets[std::size_t(i)].answer->setText(state.answers[i]);
        }
    }
    m_hintsShown = std::clamp(state.hintsShown, 0, hintCount());
    m_debriefShown = state.debriefShown;
    updateHintsAndDebrief();
}

void TrainerPanel::showError(const QString& error)
{
    m_error->setText(error);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, badColour(palette()));
    m_error->setPalette(p);
    m_error->setVisible(!error.isEmpty());
}

QString TrainerPanel::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

QString TrainerPanel::exerciseTitle() const { return m_exercise ? QString::fromStdString(m_exercise->title) : QString(); }

QString TrainerPanel::instructionsHtml() const
{
    return m_exercise ? paragraphsHtml(m_exercise->instructions, palette().color(QPalette::PlaceholderText)) : QString();
}

bool TrainerPanel::isCommandLineNote(const QString& paragraph)
{
    const QString text = paragraph.trimmed();
    for (const char* start : kCommandLineNoteStarts)
        if (text.startsWith(QString::fromUtf8(start)))
            return true;
    return false;
}

QString TrainerPanel::placeholderText(int index) const
{
    if (index < 0 || index >= questionCount())
        return {};
    // Words, not digits: an example number could sit near the answer and give it away.
    const std::string& unit = m_exercise->questions[std::size_t(index)].unit;
    if (unit == "fraction")
        return tr("%, two decimals");
    if (unit == "persons")
        return tr("number of persons");
    if (unit == "money")
        return tr("number, in %1").arg(m_currency);
    if (unit == "year")
        return tr("a calendar year, or none");
    if (unit == "years")
        return tr("number of years, two decimals");
    if (unit == "months")
        return tr("number of months, one decimal");
    return tr("a number");
}

void TrainerPanel::setTrainerMode(bool on)
{
    if (on == m_trainerMode)
        return;
    m_trainerMode = on;
    updateTrainerAnswers();
    updateHintsAndDebrief();
}

void TrainerPanel::updateTrainerAnswers()
{
    m_trainerBanner->setVisible(m_trainerMode);
    for (int i = 0; i < int(m_questionWidgets.size()); ++i) {
        QLabel* label = m_questionWidgets[std::size_t(i)].expected;
        label->setVisible(m_trainerMode);
        if (!m_trainerMode)
            continue;
        QString error;
        const QString answer = expectedAnswerText(i, &error);
        const core::Question& q = m_exercise->questions[std::size_t(i)];
        const QString tolerance =
            q.toleranceKind == core::ToleranceKind::Relative
                ? format::percent(q.tolerance, 2)
                : (q.unit == "fraction" ? tr("%1 points").arg(QLocale().toString(q.tolerance * 100, 'g', 3))
                                        : QLocale().toString(q.tolerance, 'g', 6));
        label->setText(answer.isEmpty() ? tr("Expected answer: the model cannot compute it (%1)").arg(error)
                       : q.tolerance > 0 ? tr("Expected answer: %1 (accepted within ±%2)").arg(answer, tolerance)
                                         : tr("Expected answer: %1").arg(answer));
    }
}

int TrainerPanel::questionCount() const { return m_exercise ? int(m_exercise->questions.size()) : 0; }

QString TrainerPanel::questionId(int index) const
{
    return index >= 0 && index < questionCount() ? QString::fromStdString(m_exercise->questions[std::size_t(index)].id)
                                                 : QString();
}

QString TrainerPanel::questionText(int index) const
{
    return index >= 0 && index < questionCount()
               ? QString::fromStdString(m_exercise->questions[std::size_t(index)].text)
               : QString();
}

QString TrainerPanel::unitLabel(int index) const
{
    if (index < 0 || index >= questionCount())
        return {};
    const std::string& unit = m_exercise->questions[std::size_t(index)].unit;
    if (unit == "fraction")
        return QStringLiteral("%");
    if (unit == "money")
        return m_currency;
    if (unit == "year")
        return tr("(year)");
    if (unit == "years")
        return tr("years");
    if (unit == "months")
        return tr("months");
    if (unit == "persons")
        return tr("persons");
    return {};
}

bool TrainerPanel::isAttempted(int index) const
{
    return index >= 0 && index < questionCount() && m_attempts[std::size_t(index)] > 0;
}

bool TrainerPanel::isAnsweredCorrectly(int index) const
{
    return index >= 0 && index < questionCount() && m_correct[std::size_t(index)];
}

bool TrainerPanel::allAttempted() const
{
    return m_exercise && std::all_of(m_attempts.begin(), m_attempts.end(), [](int n) { return n > 0; });
}

std::optional<double> TrainerPanel::expected(int index)
{
    auto& cached = m_expected[std::size_t(index)];
    if (!cached)
        cached = core::expectedAnswer(m_start, m_exercise->questions[std::size_t(index)]);
    return *cached;
}

QString TrainerPanel::expectedAnswerText(int index, QString* error)
{
    if (index < 0 || index >= questionCount())
        return {};
    try {
        return answerText(expected(index), m_exercise->questions[std::size_t(index)].unit);
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return {};
    }
}

bool TrainerPanel::checkAnswer(int index, const QString& typed, QString* feedback)
{
    if (index < 0 || index >= questionCount())
        return false;
    const core::Question& q = m_exercise->questions[std::size_t(index)];
    const bool fraction = q.unit == "fraction";

    // Accept what people type: spaces, grouping commas ("4,800,000"), a decimal comma ("5,4").
    QString text = typed.trimmed();
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    static const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?%?$"));
    if (grouped.match(text).hasMatch())
        text.remove(QLatin1Char(','));
    else if (text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    const QString lower = text.toLower();
    if (fraction && !text.isEmpty() && !text.endsWith(QLatin1Char('%')) && lower != QLatin1String("none") &&
        lower != QLatin1String("never"))
        text += QLatin1Char('%');

    QString message;
    bool correct = false;
    bool graded = false;
    const core::AnswerParse parsed = core::parseAnswer(lower == QLatin1String("none") || lower == QLatin1String("never")
                                                           ? lower.toStdString()
                                                           : text.toStdString(),
                                                       q.unit);
    if (typed.trimmed().isEmpty()) {
        message = tr("Type an answer first.");
    } else if (!parsed.answer) {
        message = fraction ? tr("“%1” is not a number. Type a percentage such as 5.4, or none where the model has no "
                                "answer.")
                                 .arg(typed.trimmed())
                           : tr("“%1” is not a number. Type a number such as 2031, or none where the model has no "
                                "answer.")
                                 .arg(typed.trimmed());
    } else {
        try {
            const std::optional<double> model = expected(index);
            correct = core::isCorrect(q, model, *parsed.answer);
            graded = true;
            if (correct) {
                message = tr("Correct! The model gives %1.").arg(answerText(model, q.unit));
            } else if (!model || parsed.answer->none) {
                message = parsed.answer->none ? tr("Not quite: the model does give a figure here. Try again, or take a hint.")
                                              : tr("Not quite. Try again, or take a hint.");
            } else {
                message = parsed.answer->value > *model ? tr("Not quite: your answer is too high. Try again, or take a hint.")
                                                        : tr("Not quite: your answer is too low. Try again, or take a hint.");
            }
        } catch (const std::exception& e) {
            message = tr("The model could not compute this question's answer: %1").arg(QString::fromStdString(e.what()));
        }
    }
    if (graded) {
        ++m_attempts[std::size_t(index)];
        m_correct[std::size_t(index)] = correct;
    }

    QuestionWidgets& w = m_questionWidgets[std::size_t(index)];
    if (w.answer->text() != typed)
        w.answer->setText(typed);
    const QString mark = !graded ? QString() : correct ? QStringLiteral("✔ ") : QStringLiteral("✘ ");
    const QColor colour = !graded ? palette().color(QPalette::WindowText)
                          : correct ? goodColour(palette())
                                    : badColour(palette());
    w.feedback->setText(colouredHtml(colour, (mark + message).toHtmlEscaped()) +
                        (graded && !correct && m_attempts[std::size_t(index)] > 1
                             ? QStringLiteral(" <small>(") + tr("attempt %1").arg(m_attempts[std::size_t(index)]) +
                                   QStringLiteral(")</small>")
                             : QString()));
    w.feedback->show();
    updateHintsAndDebrief();
    if (feedback)
        *feedback = message;
    if (graded)
        emit answerChecked(index, correct);
    return correct;
}

int TrainerPanel::hintCount() const { return m_exercise ? int(m_exercise->hints.size()) : 0; }

QString TrainerPanel::revealNextHint()
{
    if (m_hintsShown >= hintCount())
        return {};
    const QString hint = QString::fromStdString(m_exercise->hints[std::size_t(m_hintsShown)]);
    ++m_hintsShown;
    updateHintsAndDebrief();
    return hint;
}

QString TrainerPanel::debriefText() const { return m_exercise ? QString::fromStdString(m_exercise->debrief) : QString(); }

void TrainerPanel::revealDebrief()
{
    if (!m_exercise)
        return;
    m_debriefShown = true;
    updateHintsAndDebrief();
}

void TrainerPanel::rebuild()
{
    const bool has = m_exercise.has_value();
    m_placeholder->setVisible(!has);
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_step, m_instructions, m_questionsBox, m_hintButton,
                                                      m_debriefButton})
        w->setVisible(has);
    qDeleteAll(m_questionsBox->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
    m_questionWidgets.clear();
    if (!has) {
        updateHintsAndDebrief();
        return;
    }
    const core::Exercise& e = *m_exercise;
    m_title->setText(QString::fromStdString(e.title));
    QString where = m_spec.startsWith(QLatin1String(kBuiltinPrefix)) ? tr("bundled exercise")
                                                                     : QFileInfo(m_spec).fileName();
    m_step->setText(tr("Step %1 of %2: %3 · starting scenario %4 · %5")
                        .arg(int(e.step) + 1)
                        .arg(core::kFeasibilityStepCount)
                        .arg(stepWords(e.step), QString::fromStdString(e.scenario), where));
    m_instructions->setText(instructionsHtml());

    auto* questionsLayout = static_cast<QVBoxLayout*>(m_questionsBox->layout());
    for (int i = 0; i < questionCount(); ++i) {
        const core::Question& q = e.questions[std::size_t(i)];
        auto* frame = new QFrame(m_questionsBox);
        frame->setObjectName(QStringLiteral("question_%1").arg(QString::fromStdString(q.id)));
        frame->setFrameShape(QFrame::StyledPanel);
        auto* grid = new QGridLayout(frame);
        grid->setContentsMargins(8, 6, 8, 6);
        auto* text = new QLabel(QStringLiteral("<b>%1.</b> %2").arg(i + 1).arg(QString::fromStdString(q.text).toHtmlEscaped()),
                                frame);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QuestionWidgets w;
        w.answer = new QLineEdit(frame);
        w.answer->setObjectName(QStringLiteral("answer_%1").arg(QString::fromStdString(q.id)));
        w.answer->setClearButtonEnabled(true);
        w.answer->setPlaceholderText(placeholderText(i));
        w.answer->setToolTip(tr("Question %1 (%2); type none where the model has no answer")
                                 .arg(QString::fromStdString(q.id), QString::fromStdString(q.unit)));
        auto* unitLabel = new QLabel(this->unitLabel(i), frame);
        unitLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("persons")));
        w.check = new QPushButton(tr("Check"), frame);
        w.check->setObjectName(QStringLiteral("check_%1").arg(QString::fromStdString(q.id)));
        w.check->setToolTip(tr("Compare with the model's answer on the exercise's scenario"));
        w.feedback = new QLabel(frame);
        w.feedback->setWordWrap(true);
        w.feedback->setTextFormat(Qt::RichText);
        w.feedback->hide();
        w.expected = new QLabel(frame);
        w.expected->setObjectName(QStringLiteral("expected_%1").arg(QString::fromStdString(q.id)));
        w.expected->setWordWrap(true);
        w.expected->setTextFormat(Qt::PlainText);  // an error may quote the exercise file
        w.expected->setTextInteractionFlags(Qt::TextSelectableByMouse);
        w.expected->hide();
        grid->addWidget(text, 0, 0, 1, 3);
        grid->addWidget(w.answer, 1, 0);
        grid->addWidget(unitLabel, 1, 1);
        grid->addWidget(w.check, 1, 2);
        grid->addWidget(w.feedback, 2, 0, 1, 3);
        grid->addWidget(w.expected, 3, 0, 1, 3);
        grid->setColumnStretch(0, 1);
        connect(w.check, &QPushButton::clicked, this, [this, i] { checkAnswer(i, m_questionWidgets[std::size_t(i)].answer->text()); });
        connect(w.answer, &QLineEdit::returnPressed, w.check, &QPushButton::click);
        questionsLayout->addWidget(frame);
        m_questionWidgets.push_back(w);
    }
    updateTrainerAnswers();
    updateHintsAndDebrief();
    m_scroll->ensureVisible(0, 0);
}

void TrainerPanel::updateHintsAndDebrief()
{
    const int total = hintCount();
    m_hintButton->setText(m_hintsShown == 0 ? tr("Show a &hint (%1)").arg(total)
                          : m_hintsShown < total ? tr("Next &hint (%1 of %2 shown)").arg(m_hintsShown).arg(total)
                                                 : tr("All %n hint(s) shown", nullptr, total));
    m_hintButton->setEnabled(m_exercise && m_hintsShown < total);
    if (m_exercise && total == 0)
        m_hintButton->setText(tr("No hints for this exercise"));
    QString hints;
    for (int i = 0; i < m_hintsShown; ++i)
        hints += QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(tr("Hint %1:").arg(i + 1), QString::fromStdString(m_exercise->hints[std::size_t(i)]).toHtmlEscaped());
    m_hints->setText(hints);
    m_hints->setVisible(m_exercise && m_hintsShown > 0);

    const bool hasDebrief = m_exercise && !m_exercise->debrief.empty();
    const bool debriefShown = m_debriefShown || m_trainerMode;
    m_debriefButton->setEnabled(hasDebrief && !debriefShown);
    m_debriefButton->setToolTip(!hasDebrief ? tr("This exercise has no debrief")
                                : allAttempted() ? tr("Show the trainer's debrief")
                                                 : tr("Show the trainer's debrief (not every question is answered yet)"));
    m_debrief->setText(debriefShown && m_exercise
                           ? QStringLiteral("<p><b>%1</b></p>").arg(tr("Debrief")) + paragraphsHtml(m_exercise->debrief)
                           : QString());
    m_debrief->setVisible(debriefShown && hasDebrief);
}

}  // namespace tideover::ui
