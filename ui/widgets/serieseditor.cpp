// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "serieseditor.h"

#include "core/model/datedchanges.h"

#include "fieldstyle.h"
#include "numberspinbox.h"
#include "parametertext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tideover::ui {

std::vector<SeriesStep> SeriesEditor::stepsFromSeries(const core::Series& series, int startYear)
{
    std::vector<SeriesStep> steps;
    const auto& v = series.values;
    // Computed in 64 bits: a hostile file's start year may sit at the edge of int (the
    // scenario is then invalid, but the editor still shows it).
    for (std::size_t i = 0; i < v.size(); ++i)
        if (i == 0 || v[i] != v[i - 1])
            steps.push_back({static_cast<int>(std::min<std::int64_t>(std::int64_t(startYear) + std::int64_t(i),
                                                                     std::numeric_limits<int>::max())),
                             v[i]});
    return steps;
}

core::Series SeriesEditor::seriesFromSteps(std::vector<SeriesStep> steps, int startYear)
{
    if (steps.empty())
        return core::Series(std::vector<double>{});
    // At most kMaxListLength years from the start (64-bit arithmetic: no overflow at int's edge).
    const std::int64_t lastAllowed = std::int64_t(startYear) + std::int64_t(core::kMaxListLength) - 1;
    for (SeriesStep& s : steps)
        s.year = static_cast<int>(std::clamp<std::int64_t>(s.year, startYear, std::min<std::int64_t>(
                                                                                lastAllowed, std::numeric_limits<int>::max())));
    std::stable_sort(steps.begin(), steps.end(),
                     [](const SeriesStep& a, const SeriesStep& b) { return a.year < b.year; });
    const auto count = static_cast<std::size_t>(std::int64_t(steps.back().year) - startYear + 1);
    std::vector<double> values(count, steps.front().value);
    // Steps are sorted, so a later step (and, within one year, the later row) overwrites.
    for (const SeriesStep& s : steps)
        std::fill(values.begin() + static_cast<std::ptrdiff_t>(std::int64_t(s.year) - startYear), values.end(), s.value);
    while (values.size() > 1 && values[values.size() - 1] == values[values.size() - 2])
        values.pop_back();
    return core::Series(std::move(values));
}

SeriesEditor::SeriesEditor(const core::ParameterInfo& info, QWidget* parent) : QWidget(parent), m_info(info)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);

    auto* baseTitle = new QLabel(tr("Base value"), this);
    QFont titleFont = baseTitle->font();
    titleFont.setBold(true);
    baseTitle->setFont(titleFont);
    layout->addWidget(baseTitle);
    auto* intro = new QLabel(tr("Each value holds from its year onward, until the next change."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(3);
    auto* yearHeader = new QLabel(tr("From year"), this);
    auto* valueHeader = new QLabel(this);
    m_valueHeader = valueHeader;
    QFont bold = yearHeader->font();
    bold.setBold(true);
    yearHeader->setFont(bold);
    valueHeader->setFont(bold);
    m_grid->addWidget(yearHeader, 0, 0);
    m_grid->addWidget(valueHeader, 0, 1);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);

    auto* bottom = new QHBoxLayout;
    m_add = new QPushButton(tr("Add a change"), this);
    m_add->setObjectName(QStringLiteral("addStep"));
    m_add->setToolTip(tr("Add a year from which the value changes"));
    connect(m_add, &QPushButton::clicked, this, &SeriesEditor::addStep);
    bottom->addWidget(m_add);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    bottom->addWidget(m_note, 1);
    layout->addLayout(bottom);

    // The dated changes: laws that change the value from a calendar year on (KEY@YEAR).
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    auto* datedTitle = new QLabel(tr("Changes from a calendar year"), this);
    datedTitle->setFont(bold);
    layout->addWidget(datedTitle);
    auto* datedIntro = new QLabel(tr("A law or reform that sets the value from a year on, until the next "
                                     "change; it replaces the base value above from that year."),
                                  this);
    datedIntro->setWordWrap(true);
    datedIntro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(datedIntro);
    m_datedGrid = new QGridLayout;
    m_datedGrid->setHorizontalSpacing(6);
    m_datedGrid->setVerticalSpacing(2);
    m_datedGrid->setColumnStretch(2, 1);
    layout->addLayout(m_datedGrid);
    m_datedEmpty = new QLabel(tr("None: the base value holds in every year."), this);
    m_datedEmpty->setObjectName(QStringLiteral("datedEmpty"));
    m_datedEmpty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_datedEmpty);
    auto* datedBottom = new QHBoxLayout;
    m_addDated = new QPushButton(tr("Add a dated change"), this);
    m_addDated->setObjectName(QStringLiteral("addDated"));
    m_addDated->setToolTip(tr("Add a change from a calendar year on, such as a new law"));
    connect(m_addDated, &QPushButton::clicked, this, &SeriesEditor::addDatedChange);
    datedBottom->addWidget(m_addDated);
    datedBottom->addStretch(1);
    layout->addLayout(datedBottom);

    m_steps = {{m_startYear, 0.0}};
    setCurrency(m_currency);
    rebuildRows();
    rebuildDatedRows();
}

void SeriesEditor::setDatedChanges(std::vector<DatedStep> changes)
{
    const auto byYear = [](const DatedStep& a, const DatedStep& b) { return a.year < b.year; };
    std::stable_sort(changes.begin(), changes.end(), byYear);
    std::vector<DatedStep> shown = m_dated;
    std::stable_sort(shown.begin(), shown.end(), byYear);
    if (shown == changes) {
        markDated();
        return;
    }
    m_dated = std::move(changes);
    rebuildDatedRows();
}

void SeriesEditor::setDatedProblem(int year, const QString& text, bool error)
{
    if (text.isEmpty())
        m_datedProblems.erase(year);
    else
        m_datedProblems[year] = {text, error};
    markDated();
}

double SeriesEditor::valueInYear(int year) const
{
    const core::Series base = series();
    double value = 0;
    if (!base.values.empty()) {
        const int i = std::clamp(year - m_startYear, 0, static_cast<int>(base.values.size()) - 1);
        value = base.values[static_cast<std::size_t>(i)];
    }
    int latest = std::numeric_limits<int>::min();
    for (const DatedStep& d : m_dated)
        if (d.year <= year && d.year >= latest) {
            latest = d.year;
            value = d.value;
        }
    return value;
}

void SeriesEditor::rebuildDatedRows()
{
    // Rebuilt only when the changes differ from what is shown (a change the planner made here
    // comes back from the document equal), so an edit keeps the focus where it is.
    for (const DatedRow& row : m_datedRows) {
        for (QWidget* w : {static_cast<QWidget*>(row.year), static_cast<QWidget*>(row.value),
                           static_cast<QWidget*>(row.note), static_cast<QWidget*>(row.remove),
                           static_cast<QWidget*>(row.status)}) {
            m_datedGrid->removeWidget(w);
            w->setObjectName(QString());
            w->hide();
            w->deleteLater(); // it may be the button whose click is being handled
        }
    }
    m_datedRows.clear();
    std::stable_sort(m_dated.begin(), m_dated.end(),
                     [](const DatedStep& a, const DatedStep& b) { return a.year < b.year; });
    for (std::size_t i = 0; i < m_dated.size(); ++i) {
        const DatedStep& step = m_dated[i];
        // A change on three lines: year, value and Remove; its source note; its status.
        const int gridRow = 3 * static_cast<int>(i);
        DatedRow row;
        row.year = new QSpinBox(this);
        row.year->setObjectName(QStringLiteral("datedYear%1").arg(i));
        row.year->setRange(core::kFirstChangeYear, core::kLastChangeYear);
        row.year->setKeyboardTracking(false);
        row.year->setValue(step.year);
        row.year->setToolTip(tr("The calendar year from which this value applies"));
        fieldstyle::guardWheel(row.year);
        connect(row.year, &QSpinBox::valueChanged, this, [this](int year) {
            const int r = datedRowOf(sender());
            if (r < 0)
                return;
            DatedStep& d = m_dated[static_cast<std::size_t>(r)];
            const int previous = d.year;
            if (year == previous)
                return;
            const bool taken = std::any_of(m_dated.begin(), m_dated.end(),
                                           [&](const DatedStep& o) { return &o != &d && o.year == year; });
            if (taken) {
                // Two changes in one year would be one: keep the row where it was.
                QSpinBox* box = m_datedRows[static_cast<std::size_t>(r)].year;
                const QSignalBlocker block(box);
                box->setValue(previous);
                m_datedRows[static_cast<std::size_t>(r)].status->setText(
                    tr("There is already a change in %1.").arg(year));
                m_datedRows[static_cast<std::size_t>(r)].status->setVisible(true);
                return;
            }
            d.year = year;
            const DatedStep copy = d;
            markDated();
            emit datedChangeSet(copy.year, copy.value, copy.note, previous);
        });
        m_datedGrid->addWidget(row.year, gridRow, 0);

        row.value = new NumberSpinBox(m_info, this);
        row.value->setObjectName(QStringLiteral("datedValue%1").arg(i));
        row.value->setModelValue(step.value);
        connect(row.value, &QDoubleSpinBox::valueChanged, this, [this] {
            const int r = datedRowOf(sender());
            if (r < 0)
                return;
            DatedStep& d = m_dated[static_cast<std::size_t>(r)];
            const double v = m_datedRows[static_cast<std::size_t>(r)].value->modelValue();
            if (d.value == v)
                return;
            d.value = v;
            const DatedStep copy = d;
            markDated();
            emit datedChangeSet(copy.year, copy.value, copy.note, copy.year);
        });
        m_datedGrid->addWidget(row.value, gridRow, 1);

        row.note = new QLineEdit(this);
        row.note->setObjectName(QStringLiteral("datedNote%1").arg(i));
        row.note->setPlaceholderText(tr("Source: the law and its date"));
        row.note->setText(step.note); // plain text: a QLineEdit renders no markup
        row.note->setCursorPosition(0);
        row.note->setToolTip(step.note.isEmpty() ? tr("Where this change comes from: the law, the decree "
                                                      "or the report, and its date")
                                                 : QStringLiteral("<p>%1</p>").arg(step.note.toHtmlEscaped()));
        QFont small = row.note->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        small.setItalic(true);
        row.note->setFont(small);
        connect(row.note, &QLineEdit::editingFinished, this, [this] {
            const int r = datedRowOf(sender());
            if (r < 0)
                return;
            DatedStep& d = m_dated[static_cast<std::size_t>(r)];
            QLineEdit* edit = m_datedRows[static_cast<std::size_t>(r)].note;
            const QString note = edit->text().trimmed();
            edit->setCursorPosition(0);
            if (note == d.note)
                return;
            d.note = note;
            const DatedStep copy = d;
            emit datedChangeSet(copy.year, copy.value, copy.note, copy.year);
        });
        m_datedGrid->addWidget(row.note, gridRow + 1, 0, 1, 4);

        row.remove = new QToolButton(this);
        row.remove->setObjectName(QStringLiteral("removeDated%1").arg(i));
        row.remove->setText(tr("Remove"));
        row.remove->setToolTip(tr("Remove this change"));
        connect(row.remove, &QAbstractButton::clicked, this, [this] { removeDatedChange(datedRowOf(sender())); });
        m_datedGrid->addWidget(row.remove, gridRow, 3);

        row.status = new QLabel(this);
        row.status->setObjectName(QStringLiteral("datedStatus%1").arg(i));
        row.status->setTextFormat(Qt::PlainText);
        row.status->setWordWrap(true);
        row.status->setVisible(false);
        m_datedGrid->addWidget(row.status, gridRow + 2, 0, 1, 4);
        m_datedRows.push_back(row);
    }
    m_datedEmpty->setVisible(m_dated.empty());
    markDated();
}

void SeriesEditor::markDated()
{
    const int lastYear = m_startYear + std::max(m_years, 1) - 1;
    for (std::size_t i = 0; i < m_datedRows.size() && i < m_dated.size(); ++i) {
        const DatedRow& row = m_datedRows[i];
        const DatedStep& step = m_dated[i];
        const bool after = step.year > lastYear;
        const bool valid = std::isfinite(step.value) && m_info.range.contains(step.value);
        fieldstyle::mark(row.value, valid ? fieldstyle::Mark::None : fieldstyle::Mark::Error);
        fieldstyle::mark(row.year, after ? fieldstyle::Mark::Warning : fieldstyle::Mark::None);
        // A change after the horizon is shown greyed: it is kept, but it changes nothing.
        for (QWidget* w : {static_cast<QWidget*>(row.year), static_cast<QWidget*>(row.value),
                           static_cast<QWidget*>(row.note)}) {
            QPalette p = w->palette();
            p.setColor(QPalette::Text, palette().color(after ? QPalette::PlaceholderText : QPalette::Text));
            w->setPalette(p);
        }
        QString text;
        fieldstyle::Mark mark = fieldstyle::Mark::None;
        if (const auto it = m_datedProblems.find(step.year); it != m_datedProblems.end()) {
            text = it->second.first;
            mark = it->second.second ? fieldstyle::Mark::Error : fieldstyle::Mark::Warning;
        } else if (!valid) {
            text = tr("Outside the allowed range: %1").arg(parametertext::range(m_info, m_currency));
            mark = fieldstyle::Mark::Error;
        } else if (after) {
            text = tr("After the horizon (%1): no effect.").arg(lastYear);
        } else if (step.year <= m_startYear) {
            text = tr("At or before the start year: replaces the base value from the start.");
        }
        fieldstyle::showProblem(row.status, text, mark);
        if (mark == fieldstyle::Mark::None) {
            row.status->setForegroundRole(QPalette::PlaceholderText);
            row.status->setPalette(QPalette());
        }
    }
}

int SeriesEditor::datedRowOf(const QObject* widget) const
{
    for (std::size_t i = 0; i < m_datedRows.size(); ++i) {
        const DatedRow& r = m_datedRows[i];
        if (widget == r.year || widget == r.value || widget == r.note || widget == r.remove)
            return static_cast<int>(i);
    }
    return -1;
}

void SeriesEditor::addDatedChange()
{
    int year = m_startYear + 1;
    for (const DatedStep& d : m_dated)
        year = std::max(year, d.year + 1);
    year = std::clamp(year, core::kFirstChangeYear, core::kLastChangeYear);
    if (std::any_of(m_dated.begin(), m_dated.end(), [&](const DatedStep& d) { return d.year == year; }))
        return;
    const DatedStep step{year, valueInYear(year), QString()};
    m_dated.push_back(step);
    rebuildDatedRows();
    emit datedChangeSet(step.year, step.value, step.note, 0);
    for (std::size_t i = 0; i < m_dated.size(); ++i)
        if (m_dated[i].year == year && i < m_datedRows.size()) {
            m_datedRows[i].value->setFocus(Qt::OtherFocusReason);
            m_datedRows[i].value->selectAll();
        }
}

void SeriesEditor::setDatedChange(int row, int year, double value, const QString& note)
{
    if (row < 0 || row >= static_cast<int>(m_dated.size()))
        return;
    DatedStep& d = m_dated[static_cast<std::size_t>(row)];
    if (std::any_of(m_dated.begin(), m_dated.end(), [&](const DatedStep& o) { return &o != &d && o.year == year; }))
        return;
    const int previous = d.year;
    d = {year, value, note.trimmed()};
    const DatedStep copy = d;
    rebuildDatedRows();
    emit datedChangeSet(copy.year, copy.value, copy.note, previous);
}

void SeriesEditor::removeDatedChange(int row)
{
    if (row < 0 || row >= static_cast<int>(m_dated.size()))
        return;
    const int year = m_dated[static_cast<std::size_t>(row)].year;
    m_dated.erase(m_dated.begin() + row);
    m_datedProblems.erase(year);
    rebuildDatedRows();
    emit datedChangeRemoved(year);
}

void SeriesEditor::setCurrency(const QString& currency)
{
    m_currency = currency;
    QString unit = parametertext::unit(m_info, currency);
    if (m_info.display == core::Display::Fraction)
        unit = unit.isEmpty() ? QStringLiteral("%") : QStringLiteral("% ") + unit;
    m_valueHeader->setText(unit.isEmpty() ? tr("Value") : tr("Value (%1)").arg(unit));
    markRanges();
}

core::Series SeriesEditor::series() const
{
    return seriesFromSteps(m_steps, m_startYear);
}

void SeriesEditor::setSeries(const core::Series& series, int startYear, int years)
{
    m_years = years;
    m_note->setText(tr("The last value holds to the end of the projection (%1).")
                        .arg(startYear + std::max(years, 1) - 1));
    if (startYear == m_startYear && !m_steps.empty() && seriesFromSteps(m_steps, startYear) == series) {
        markRanges(); // the horizon may have moved
        markDated();
        return;
    }
    m_startYear = startYear;
    m_steps = stepsFromSeries(series, startYear);
    if (m_steps.empty())
        m_steps = {{startYear, 0.0}};
    rebuildRows();
    markDated();
}

void SeriesEditor::rebuildRows()
{
    // Rows are reused: a row is only created or deleted when the number of steps changes, so
    // an edit that keeps the count never takes the focus away from the planner.
    while (m_rows.size() > m_steps.size()) {
        Row row = m_rows.back();
        m_rows.pop_back();
        for (QWidget* w : {static_cast<QWidget*>(row.year), static_cast<QWidget*>(row.firstYear),
                           static_cast<QWidget*>(row.value), static_cast<QWidget*>(row.remove)}) {
            if (!w)
                continue;
            m_grid->removeWidget(w);
            w->setObjectName(QString()); // gone for findChild() before it is deleted
            w->hide();
            w->deleteLater(); // it may be the button whose click is being handled
        }
    }
    while (m_rows.size() < m_steps.size()) {
        const int index = static_cast<int>(m_rows.size());
        Row row;
        if (index == 0) {
            row.firstYear = new QLabel(this);
            row.firstYear->setToolTip(tr("The first projected year"));
            m_grid->addWidget(row.firstYear, 1, 0);
        } else {
            row.year = new QSpinBox(this);
            row.year->setObjectName(QStringLiteral("stepYear%1").arg(index));
            row.year->setKeyboardTracking(false);
            row.year->setToolTip(tr("The year from which this value applies"));
            fieldstyle::guardWheel(row.year);
            connect(row.year, &QSpinBox::valueChanged, this, [this](int year) {
                const int r = rowOf(sender());
                if (r <= 0)
                    return;
                m_steps[static_cast<std::size_t>(r)].year = year;
                commit();
            });
            connect(row.year, &QSpinBox::editingFinished, this, &SeriesEditor::sortRows);
            m_grid->addWidget(row.year, index + 1, 0);
            row.remove = new QToolButton(this);
            row.remove->setObjectName(QStringLiteral("removeStep%1").arg(index));
            row.remove->setText(tr("Remove"));
            row.remove->setToolTip(tr("Remove this change"));
            connect(row.remove, &QAbstractButton::clicked, this, [this] { removeStep(rowOf(sender())); });
            m_grid->addWidget(row.remove, index + 1, 2);
        }
        row.value = new NumberSpinBox(m_info, this);
        row.value->setObjectName(QStringLiteral("stepValue%1").arg(index));
        connect(row.value, &QDoubleSpinBox::valueChanged, this, [this] {
            const int r = rowOf(sender());
            if (r < 0)
                return;
            m_steps[static_cast<std::size_t>(r)].value =
                m_rows[static_cast<std::size_t>(r)].value->modelValue();
            commit();
        });
        m_grid->addWidget(row.value, index + 1, 1);
        m_rows.push_back(row);
    }
    showStepValues();
}

void SeriesEditor::showStepValues()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const SeriesStep& step = m_steps[i];
        if (row.firstYear)
            row.firstYear->setText(QString::number(m_startYear));
        if (row.year) {
            const QSignalBlocker block(row.year);
            row.year->setRange(m_startYear + 1, m_startYear + static_cast<int>(core::kMaxListLength) - 1);
            row.year->setValue(step.year);
        }
        if (!row.value->shows(step.value)) {
            const QSignalBlocker block(row.value);
            row.value->setModelValue(step.value);
        }
    }
    markRanges();
}

void SeriesEditor::markRanges()
{
    const int lastYear = m_startYear + std::max(m_years, 1) - 1;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const SeriesStep& step = m_steps[i];
        const bool valid = std::isfinite(step.value) && m_info.range.contains(step.value);
        fieldstyle::mark(row.value, valid ? fieldstyle::Mark::None : fieldstyle::Mark::Error);
        row.value->setToolTip(
            valid ? QString()
                  : tr("Outside the allowed range: %1").arg(parametertext::range(m_info, m_currency)));
        if (!row.year)
            continue;
        const bool duplicate = std::any_of(m_steps.begin(), m_steps.end(), [&](const SeriesStep& other) {
            return &other != &step && other.year == step.year;
        });
        QString why;
        if (duplicate)
            why = tr("Another change is in the same year; the lower row counts.");
        else if (step.year > lastYear)
            why = tr("After the end of the projection (%1): this value is never used.").arg(lastYear);
        fieldstyle::mark(row.year, why.isEmpty() ? fieldstyle::Mark::None : fieldstyle::Mark::Warning);
        row.year->setToolTip(why.isEmpty() ? tr("The year from which this value applies") : why);
    }
}

void SeriesEditor::commit()
{
    markRanges();
    emit seriesEdited(series());
}

void SeriesEditor::sortRows()
{
    std::vector<SeriesStep> sorted = m_steps;
    std::stable_sort(sorted.begin() + 1, sorted.end(),
                     [](const SeriesStep& a, const SeriesStep& b) { return a.year < b.year; });
    if (sorted == m_steps)
        return;
    m_steps = std::move(sorted);
    showStepValues();
}

int SeriesEditor::rowOf(const QObject* widget) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        if (widget == r.year || widget == r.value || widget == r.remove)
            return static_cast<int>(i);
    }
    return -1;
}

void SeriesEditor::addStep()
{
    const SeriesStep& last = m_steps.back();
    const int lastYear = std::max(last.year, m_startYear);
    m_steps.push_back({lastYear + 1, last.value});
    rebuildRows();
    // The series is unchanged until the planner edits the new row, so nothing is committed.
    QSpinBox* year = m_rows.back().year;
    year->setFocus(Qt::OtherFocusReason);
    year->selectAll();
}

void SeriesEditor::focusFirstProblem()
{
    std::size_t target = 0;
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        if (!std::isfinite(m_steps[i].value) || !m_info.range.contains(m_steps[i].value)) {
            target = i;
            break;
        }
    }
    if (target < m_rows.size()) {
        m_rows[target].value->setFocus(Qt::OtherFocusReason);
        m_rows[target].value->selectAll();
    }
}

void SeriesEditor::removeStep(int row)
{
    if (row <= 0 || row >= static_cast<int>(m_steps.size()))
        return;
    m_steps.erase(m_steps.begin() + row);
    rebuildRows();
    commit();
}

void SeriesEditor::setStep(int row, int year, double value)
{
    if (row < 0 || row >= static_cast<int>(m_steps.size()))
        return;
    m_steps[static_cast<std::size_t>(row)] = {row == 0 ? m_startYear : year, value};
    showStepValues();
    commit();
}

} // namespace tideover::ui
