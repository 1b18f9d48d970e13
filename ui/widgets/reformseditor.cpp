// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "reformseditor.h"

#include "core/model/datedchanges.h"
#include "document/scenariodocument.h"
#include "durationclasseditor.h"
#include "fieldstyle.h"
#include "listeditor.h"
#include "parametertext.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace tideover::ui {

namespace {

constexpr const char* kRates = "benefits.replacement_rates";
constexpr const char* kMonths = "benefits.duration_months";
constexpr const char* kShares = "benefits.duration_shares";
constexpr const char* kRuleKeys[] = {kRates, kMonths, kShares};

const core::ParameterInfo& info(const char* key)
{
    return *core::findParameter(key);
}

// The change of `key` in force in `year` (the latest at or before it), or null.
const core::ParamValue* inForce(const core::Scenario& s, const char* key, int year)
{
    const auto it = s.dated.find(key);
    if (it == s.dated.end())
        return nullptr;
    auto at = it->second.upper_bound(year);
    if (at == it->second.begin())
        return nullptr;
    return &std::prev(at)->second;
}

bool hasChange(const core::Scenario& s, const char* key, int year)
{
    const auto it = s.dated.find(key);
    return it != s.dated.end() && it->second.count(year) > 0;
}

QString percents(const std::vector<double>& values)
{
    QStringList parts;
    for (double v : values)
        parts << parametertext::number(info(kRates), v);
    return parts.join(QStringLiteral(", "));
}

QString months(const std::vector<int>& values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ReformsEditor::ReformsEditor(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("reformsEditor"));
    setProperty("parameterKey", QString::fromLatin1(kRates));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 4);
    layout->setSpacing(6);

    auto* title = new QLabel(tr("Reforms"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    auto* explanation =
        new QLabel(tr("A reform applies to claims whose benefit starts in its year or later; claimants "
                      "already on benefit keep their rule."),
                   this);
    explanation->setObjectName(QStringLiteral("reformsExplanation"));
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(explanation);

    // The rule in force today, read-only, with links to its fields above.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reformsToday"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    // One link a line: side by side they would make the editor wider than its pane in French.
    auto* links = new QVBoxLayout;
    links->setSpacing(0);
    auto* editRates = new QToolButton(this);
    editRates->setText(tr("Edit the replacement rates"));
    editRates->setAutoRaise(true);
    connect(editRates, &QToolButton::clicked, this, [this] { emit editRequested(QString::fromLatin1(kRates)); });
    auto* editClasses = new QToolButton(this);
    editClasses->setText(tr("Edit the duration classes"));
    editClasses->setAutoRaise(true);
    connect(editClasses, &QToolButton::clicked, this,
            [this] { emit editRequested(QString::fromLatin1(kMonths)); });
    links->addWidget(editRates, 0, Qt::AlignLeft);
    links->addWidget(editClasses, 0, Qt::AlignLeft);
    layout->addLayout(links);

    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(8);
    layout->addLayout(m_rowsLayout);
    m_empty = new QLabel(tr("No reform: today's rule applies to every claim."), this);
    m_empty->setObjectName(QStringLiteral("reformsEmpty"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    m_add = new QPushButton(tr("Add a reform…"), this);
    m_add->setObjectName(QStringLiteral("addReform"));
    m_add->setToolTip(tr("Add a rule for claims from a later year, starting from the rule in force then"));
    connect(m_add, &QPushButton::clicked, this, &ReformsEditor::addReform);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_add);
    bottom->addStretch(1);
    layout->addLayout(bottom);

    // It follows the document itself: a reform shows base keys it does not change.
    connect(m_document, &ScenarioDocument::scenarioChanged, this, [this](const QString& key) {
        if (key.isEmpty() || key.startsWith(QLatin1String("benefits.")) || key.startsWith(QLatin1String("projection.")))
            refresh();
    });
    connect(m_document, &ScenarioDocument::resultsChanged, this, &ReformsEditor::refreshProblems);
    refresh();
}

ReformsEditor::Reform ReformsEditor::reformAt(int year) const
{
    const core::Scenario& s = m_document->scenario();
    Reform r;
    r.year = year;
    const core::ParamValue* v = inForce(s, kRates, year);
    r.rates = v ? std::get<std::vector<double>>(*v) : s.benefits.replacement_rates;
    v = inForce(s, kMonths, year);
    r.months = v ? std::get<std::vector<int>>(*v) : s.benefits.duration_months;
    v = inForce(s, kShares, year);
    r.shares = v ? std::get<std::vector<double>>(*v) : s.benefits.duration_shares;
    // The reform's note is the first of its keys' notes.
    for (const char* key : kRuleKeys)
        if (hasChange(s, key, year)) {
            const QString note = m_document->source(QString::fromStdString(core::datedKey(key, year)));
            if (!note.isEmpty()) {
                r.note = note;
                break;
            }
        }
    return r;
}

std::vector<ReformsEditor::Reform> ReformsEditor::reforms() const
{
    const core::Scenario& s = m_document->scenario();
    std::set<int> years;
    for (const char* key : kRuleKeys)
        if (const auto it = s.dated.find(key); it != s.dated.end())
            for (const auto& [year, value] : it->second)
                years.insert(year);
    std::vector<Reform> result;
    for (int year : years)
        result.push_back(reformAt(year));
    return result;
}

void ReformsEditor::refresh()
{
    updateSummary();
    std::vector<Reform> now = reforms();
    if (now != m_shown) {
        m_shown = std::move(now);
        rebuild();
    }
    refreshProblems();
}

void ReformsEditor::updateSummary()
{
    const core::Scenario& s = m_document->scenario();
    const auto& b = s.benefits;
    m_summary->setText(tr("Today's rule (claims from %1): replacement rate by month of benefit %2; "
                          "durations of %3 months for %4 of claims.")
                           .arg(s.projection.start_year)
                           .arg(percents(b.replacement_rates), months(b.duration_months),
                                percents(b.duration_shares)));
}

void ReformsEditor::rebuild()
{
    for (const Row& row : m_rows) {
        m_rowsLayout->removeWidget(row.frame);
        row.frame->setObjectName(QString());
        row.frame->hide();
        row.frame->deleteLater(); // its remove button may be the sender
    }
    m_rows.clear();
    for (const Reform& r : m_shown)
        buildRow(r);
    m_empty->setVisible(m_shown.empty());
}

void ReformsEditor::buildRow(const Reform& reform)
{
    const int year = reform.year;
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("reform.%1").arg(year));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(frame);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);

    QFont bold = font();
    bold.setBold(true);
    auto* yearLabel = new QLabel(tr("For claims from"), frame);
    yearLabel->setWordWrap(true);
    auto* yearBox = new QSpinBox(frame);
    yearBox->setObjectName(QStringLiteral("reformYear"));
    yearBox->setRange(core::kFirstChangeYear, core::kLastChangeYear);
    yearBox->setKeyboardTracking(false);
    yearBox->setValue(year);
    yearBox->setToolTip(tr("The first calendar year of claims under this rule"));
    fieldstyle::guardWheel(yearBox);
    auto* remove = new QToolButton(frame);
    remove->setObjectName(QStringLiteral("reformRemove"));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this reform"));
    auto* head = new QHBoxLayout;
    head->addWidget(yearLabel, 1);
    head->addWidget(yearBox);
    head->addWidget(remove);
    grid->addLayout(head, 0, 0, 1, 2);

    auto* ratesLabel = new QLabel(tr("Replacement rate"), frame);
    ratesLabel->setFont(bold);
    ratesLabel->setWordWrap(true);
    auto* rates = new ListEditor(info(kRates), frame);
    rates->setObjectName(QStringLiteral("reformRates"));
    rates->setValues(reform.rates);
    // Labels above their editors: the editor column is narrow beside the parameter labels.
    grid->addWidget(ratesLabel, 1, 0, 1, 2);
    grid->addWidget(rates, 2, 0, 1, 2);

    auto* classesLabel = new QLabel(tr("Duration classes"), frame);
    classesLabel->setFont(bold);
    classesLabel->setWordWrap(true);
    auto* classes = new DurationClassEditor(info(kMonths), info(kShares), frame);
    classes->setObjectName(QStringLiteral("reformClasses"));
    classes->setClasses(reform.months, reform.shares);
    grid->addWidget(classesLabel, 3, 0, 1, 2);
    grid->addWidget(classes, 4, 0, 1, 2);

    auto* note = new QLineEdit(frame);
    note->setObjectName(QStringLiteral("reformNote"));
    note->setPlaceholderText(tr("Source: the law and its date"));
    note->setText(reform.note); // plain text
    note->setCursorPosition(0);
    note->setToolTip(reform.note.isEmpty() ? tr("Where this reform comes from: the law and its date")
                                           : QStringLiteral("<p>%1</p>").arg(reform.note.toHtmlEscaped()));
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    small.setItalic(true);
    note->setFont(small);
    grid->addWidget(note, 5, 0, 1, 2);

    auto* problem = new QLabel(frame);
    problem->setObjectName(QStringLiteral("reformProblem"));
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    problem->setVisible(false);
    grid->addWidget(problem, 6, 0, 1, 2);

    // Every edit writes the reform as the row shows it, one undo step.
    auto current = [this, year] {
        const int i = rowIndex(year);
        return i < 0 ? Reform{} : m_shown[std::size_t(i)];
    };
    connect(yearBox, &QSpinBox::valueChanged, this, [this, year, yearBox, problem, current](int to) {
        Reform r = current();
        if (r.year == 0 || to == year)
            return;
        r.year = to;
        if (!setReform(r, year)) {
            const QSignalBlocker block(yearBox);
            yearBox->setValue(year);
            fieldstyle::showProblem(problem, tr("There is already a reform in %1.").arg(to), fieldstyle::Mark::Warning);
        }
    });
    connect(rates, &ListEditor::valuesEdited, this, [this, year, current](const std::vector<double>& values) {
        Reform r = current();
        if (r.year == 0)
            return;
        r.rates = values;
        setReform(r, year);
    });
    connect(classes, &DurationClassEditor::classesEdited, this,
            [this, year, current](const std::vector<int>& m, const std::vector<double>& sh) {
                Reform r = current();
                if (r.year == 0)
                    return;
                r.months = m;
                r.shares = sh;
                setReform(r, year);
            });
    connect(note, &QLineEdit::editingFinished, this, [this, year, note, current] {
        Reform r = current();
        note->setCursorPosition(0);
        if (r.year == 0 || r.note == note->text().trimmed())
            return;
        r.note = note->text().trimmed();
        setReform(r, year);
    });
    connect(remove, &QToolButton::clicked, this, [this, year] { removeReform(year); });

    m_rowsLayout->addWidget(frame);
    m_rows.push_back({year, frame, problem});
}

int ReformsEditor::rowIndex(int year) const
{
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        if (m_shown[i].year == year)
            return int(i);
    return -1;
}

QWidget* ReformsEditor::reformWidget(int year) const
{
    for (const Row& r : m_rows)
        if (r.year == year)
            return r.frame;
    return nullptr;
}

void ReformsEditor::focusReform(int year)
{
    if (QWidget* w = reformWidget(year))
        if (auto* box = w->findChild<QSpinBox*>(QStringLiteral("reformYear")))
            box->setFocus(Qt::OtherFocusReason);
}

void ReformsEditor::refreshProblems()
{
    for (const Row& row : m_rows) {
        QStringList texts;
        fieldstyle::Mark mark = fieldstyle::Mark::None;
        for (const char* key : kRuleKeys) {
            const QString k = QString::fromStdString(core::datedKey(key, row.year));
            const QString error = m_document->problemFor(k);
            const QString warning = error.isEmpty() ? m_document->problemFor(k, true) : QString();
            if (!error.isEmpty())
                mark = fieldstyle::Mark::Error;
            else if (!warning.isEmpty() && mark == fieldstyle::Mark::None)
                mark = fieldstyle::Mark::Warning;
            const QString text = error.isEmpty() ? warning : error;
            if (!text.isEmpty())
                texts << parametertext::problem(text, k);
        }
        fieldstyle::showProblem(row.problem, texts.join(QLatin1Char('\n')), mark);
        row.frame->setProperty("problem", mark == fieldstyle::Mark::Error     ? QStringLiteral("error")
                                          : mark == fieldstyle::Mark::Warning ? QStringLiteral("warning")
                                                                              : QString());
    }
}

void ReformsEditor::addReform()
{
    const core::Scenario& s = m_document->scenario();
    int year = static_cast<int>(s.projection.start_year) + 2;
    for (const Reform& r : m_shown)
        year = std::max(year, r.year + 1);
    year = std::clamp(year, core::kFirstChangeYear, core::kLastChangeYear);
    if (rowIndex(year) >= 0)
        return;
    // A new reform holds all three keys, copied from the rule in force in its year.
    Reform r = reformAt(year);
    r.note.clear();
    core::Scenario next = s;
    core::setDatedChange(next, kRates, year, r.rates);
    core::setDatedChange(next, kMonths, year, r.months);
    core::setDatedChange(next, kShares, year, r.shares);
    m_document->replaceScenario(next, tr("Add a reform from %1").arg(year));
    focusReform(year);
}

bool ReformsEditor::setReform(const Reform& reform, int previousYear)
{
    const core::Scenario& s = m_document->scenario();
    const int year = reform.year;
    if (year < core::kFirstChangeYear || year > core::kLastChangeYear)
        return false;
    const bool moved = year != previousYear;
    if (moved)
        for (const char* key : kRuleKeys)
            if (hasChange(s, key, year))
                return false;
    const Reform before = reformAt(previousYear);
    core::Scenario next = s;
    // The keys the reform holds: those it had, and those this edit changes (the durations and
    // their shares together, so that the two lists keep one length).
    bool write[3] = {hasChange(s, kRates, previousYear), hasChange(s, kMonths, previousYear),
                     hasChange(s, kShares, previousYear)};
    write[0] = write[0] || reform.rates != before.rates;
    const bool classes = reform.months != before.months || reform.shares != before.shares;
    write[1] = write[1] || classes;
    write[2] = write[2] || classes;
    if (!write[0] && !write[1] && !write[2])
        write[0] = true; // a note alone: the reform holds at least its replacement rates
    std::map<std::string, std::string> notes;
    for (int k = 0; k < 3; ++k) {
        const std::string old = core::datedKey(kRuleKeys[k], previousYear);
        if (const auto it = s.sources.find(old); it != s.sources.end())
            notes[kRuleKeys[k]] = it->second;
        core::removeDatedChange(next, kRuleKeys[k], previousYear);
    }
    const core::ParamValue values[3] = {reform.rates, reform.months, reform.shares};
    const char* noteKey = nullptr;
    for (int k = 0; k < 3; ++k) {
        if (!write[k])
            continue;
        core::setDatedChange(next, kRuleKeys[k], year, values[k]);
        const std::string dated = core::datedKey(kRuleKeys[k], year);
        if (const auto it = notes.find(kRuleKeys[k]); it != notes.end())
            next.sources[dated] = it->second;
    }
    // The reform's note lives with its first key that had one, else with its first key.
    for (int k = 0; k < 3 && !noteKey; ++k)
        if (write[k] && notes.count(kRuleKeys[k]))
            noteKey = kRuleKeys[k];
    for (int k = 0; k < 3 && !noteKey; ++k)
        if (write[k])
            noteKey = kRuleKeys[k];
    if (noteKey) {
        const std::string dated = core::datedKey(noteKey, year);
        if (reform.note.isEmpty())
            next.sources.erase(dated);
        else
            next.sources[dated] = reform.note.toStdString();
    }
    if (next == s)
        return true;
    // What the row shows is what the document will answer: keep the rows (and the focus).
    const int i = rowIndex(previousYear);
    if (i >= 0 && !moved)
        m_shown[std::size_t(i)] = reform;
    m_document->replaceScenario(next, moved ? tr("Move the reform from %1 to %2").arg(previousYear).arg(year)
                                            : tr("Change the reform from %1").arg(year));
    if (moved)
        focusReform(year);
    return true;
}

void ReformsEditor::removeReform(int year)
{
    core::Scenario next = m_document->scenario();
    bool any = false;
    for (const char* key : kRuleKeys)
        any = core::removeDatedChange(next, key, year) || any;
    if (any)
        m_document->replaceScenario(next, tr("Remove the reform from %1").arg(year));
}

} // namespace tideover::ui
