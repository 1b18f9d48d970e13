// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "parameterfield.h"

#include "core/model/datedchanges.h"
#include "core/model/groups.h"
#include "document/scenariodocument.h"
#include "durationclasseditor.h"
#include "fieldstyle.h"
#include "format/displayformat.h"
#include "listeditor.h"
#include "numberspinbox.h"
#include "parametertext.h"
#include "serieseditor.h"
#include "typingpause.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace tideover::ui {

namespace {

constexpr std::string_view kDurationMonths = "benefits.duration_months";
constexpr std::string_view kDurationShares = "benefits.duration_shares";

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Wraps plain text so that a long tooltip breaks into lines.
QString wrappedTip(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

template <class T> int firstOutOfRange(const core::ParameterInfo& p, const std::vector<T>& values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = static_cast<double>(values[i]);
        if (!std::isfinite(x) || !p.range.contains(x))
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

ParameterField::ParameterField(ScenarioDocument* document, const core::ParameterInfo& info, QWidget* parent,
                               const QString& group)
    : QWidget(parent), m_document(document), m_info(info), m_group(group.toStdString())
{
    const QString prefix = group.isEmpty() ? QString() : QString::fromStdString(core::groupKey(m_group, ""));
    m_keys << prefix + fromView(info.key);
    if (group.isEmpty() && info.key == kDurationMonths) {
        m_sharesInfo = core::findParameter(kDurationShares);
        m_keys << fromView(kDurationShares);
    } else if (!group.isEmpty() && info.key == "duration_months") {
        m_sharesInfo = &core::findGroupParameter("duration_shares")->info;
        m_keys << prefix + QStringLiteral("duration_shares");
    }
    setObjectName(key() + QStringLiteral(".field"));
    setProperty("parameterKey", key());

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 3, 0, 3);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(1, 1);

    m_label = new QLabel(labelText(), this);
    m_label->setObjectName(key() + QStringLiteral(".label"));
    m_label->setWordWrap(true);
    m_unit = new QLabel(this);
    m_unit->setObjectName(key() + QStringLiteral(".unit"));
    m_unit->setForegroundRole(QPalette::PlaceholderText);
    // A long unit ("milliers de VND par mois") wraps within the column the editor gives units,
    // so the row fits the editor's default width in every language.
    m_unit->setWordWrap(true);

    buildEditor();

    const QString placeholder = tr("Source (law, report, year) or assumption");
    if (m_sharesInfo) {
        addSourceAndProblem(m_info, 0, tr("Source of the durations (law, report, year) or assumption"));
        addSourceAndProblem(*m_sharesInfo, 1, tr("Source of the shares (law, report, year) or assumption"));
    } else {
        addSourceAndProblem(m_info, 0, placeholder);
    }

    refreshUnits();
    refreshValue();
    refreshProblems();
}

QString ParameterField::key() const
{
    return m_keys.front();
}

QString ParameterField::labelText() const
{
    if (m_sharesInfo)
        return tr("Duration classes");
    return parametertext::label(m_info);
}

void ParameterField::buildEditor()
{
    const QString k = key();
    switch (m_info.kind) {
    case core::Kind::Real: {
        m_number = new NumberSpinBox(m_info, this);
        m_editor = m_number;
        connect(m_number, &QDoubleSpinBox::valueChanged, this, &ParameterField::commitReal);
        break;
    }
    case core::Kind::Integer: {
        m_integer = new QSpinBox(this);
        m_integer->setRange(-1000000000, 1000000000); // out-of-range values show as problems
        m_integer->setKeyboardTracking(false);
        m_integer->setAccelerated(true);
        m_integer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_integer->setGroupSeparatorShown(m_info.display == core::Display::Count);
        TypingPause::attach(m_integer);
        fieldstyle::guardWheel(m_integer);
        m_editor = m_integer;
        connect(m_integer, &QSpinBox::valueChanged, this, [this](int v) {
            const auto current = std::get<std::int64_t>(m_document->value(key()));
            if (current != v)
                m_document->setValue(key(), std::int64_t{v});
        });
        break;
    }
    case core::Kind::Seed: {
        m_seed = new QLineEdit(this);
        m_seed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_seed->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_seed));
        m_editor = m_seed;
        connect(m_seed, &QLineEdit::editingFinished, this, [this] {
            bool ok = false;
            const qulonglong v = m_seed->text().toULongLong(&ok);
            if (ok)
                m_document->setValue(key(), std::uint64_t{v});
            else
                refreshValue(); // not a number that fits: show the stored seed again
        });
        break;
    }
    case core::Kind::Enum: {
        m_choice = new QComboBox(this);
        for (const auto word : m_info.words)
            m_choice->addItem(parametertext::enumWord(m_info.key, word), fromView(word));
        m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_choice->setMinimumContentsLength(12);
        fieldstyle::guardWheel(m_choice);
        m_editor = m_choice;
        connect(m_choice, &QComboBox::activated, this, [this](int index) {
            m_document->setValue(key(), m_choice->itemData(index).toString().toStdString());
        });
        break;
    }
    case core::Kind::Series: {
        auto* box = new QWidget(this);
        box->setObjectName(k + QStringLiteral(".inline"));
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        m_number = new NumberSpinBox(m_info, box);
        connect(m_number, &QDoubleSpinBox::valueChanged, this, &ParameterField::commitSeriesConstant);
        connect(m_number, &QAbstractSpinBox::editingFinished, m_document, &ScenarioDocument::endMerge);
        m_summary = new QLabel(box);
        m_summary->setObjectName(k + QStringLiteral(".summary"));
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_byYear = new QToolButton(box);
        m_byYear->setObjectName(k + QStringLiteral(".byYear"));
        m_byYear->setText(tr("By year…"));
        m_byYear->setCheckable(true);
        m_byYear->setToolTip(tr("Let the value change from a given year onward"));
        connect(m_byYear, &QToolButton::toggled, this, &ParameterField::setByYearVisible);
        row->addWidget(m_number, 1);
        row->addWidget(m_summary, 1);
        row->addWidget(m_byYear, 0, Qt::AlignTop);
        m_editor = m_number;
        m_grid->addWidget(m_label, 0, 0, Qt::AlignTop);
        m_grid->addWidget(box, 0, 1);
        m_grid->addWidget(m_unit, 0, 2, Qt::AlignTop);
        m_number->setObjectName(k);
        m_label->setMinimumHeight(m_number->sizeHint().height());
        m_unit->setMinimumHeight(m_number->sizeHint().height());
        m_label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_unit->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        return;
    }
    case core::Kind::RealList: {
        m_list = new ListEditor(m_info, this);
        m_editor = m_list;
        connect(m_list, &ListEditor::valuesEdited, this,
                [this](const std::vector<double>& values) { m_document->setValue(key(), values); });
        m_list->setObjectName(k);
        m_grid->addWidget(m_label, 0, 0, Qt::AlignTop);
        m_grid->addWidget(m_list, 0, 1, 1, 2);
        m_unit->hide();
        m_label->setMinimumHeight(m_list->findChild<QWidget*>(QStringLiteral("item0"))->sizeHint().height());
        return;
    }
    case core::Kind::IntegerList: {
        // The duration classes: months and shares edited together.
        m_sharesAnchor = new QWidget(this);
        m_sharesAnchor->setObjectName(m_keys.at(1));
        m_sharesAnchor->setProperty("parameterKey", m_keys.at(1));
        auto* anchorLayout = new QVBoxLayout(m_sharesAnchor);
        anchorLayout->setContentsMargins(0, 0, 0, 0);
        m_classes = new DurationClassEditor(m_info, *m_sharesInfo, m_sharesAnchor);
        anchorLayout->addWidget(m_classes);
        m_editor = m_classes;
        connect(m_classes, &DurationClassEditor::classesEdited, this, &ParameterField::commitDurationClasses);
        m_classes->setObjectName(k);
        m_grid->addWidget(m_label, 0, 0, Qt::AlignTop);
        m_grid->addWidget(m_sharesAnchor, 0, 1, 1, 2);
        m_unit->hide();
        return;
    }
    }
    m_editor->setObjectName(k);
    m_grid->addWidget(m_label, 0, 0);
    m_grid->addWidget(m_editor, 0, 1);
    m_grid->addWidget(m_unit, 0, 2);
    // Finishing with a field closes its undo step: a later edit of the same key is a new step.
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(m_editor))
        connect(spin, &QAbstractSpinBox::editingFinished, m_document, &ScenarioDocument::endMerge);
}

void ParameterField::addSourceAndProblem(const core::ParameterInfo& /*info*/, int index,
                                         const QString& placeholder)
{
    // Rows: 0 the editor, 1 the per-year table, then the problem lines (next to the value they
    // are about), then the source notes.
    const int keyCount = static_cast<int>(m_keys.size());
    const QString k = m_keys.at(index);
    auto* source = new QLineEdit(this);
    source->setObjectName(k + QStringLiteral(".source"));
    source->setProperty("parameterKey", k);
    source->setPlaceholderText(placeholder);
    // Smaller and in italics, so a note does not read as a value.
    QFont small = source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    small.setItalic(true);
    source->setFont(small);
    connect(source, &QLineEdit::editingFinished, this, [this, source, k] {
        m_document->setSource(k, source->text().trimmed());
        m_document->endMerge();
        source->setModified(false);
        source->setCursorPosition(0);
    });
    m_grid->addWidget(source, 2 + keyCount + index, 1, 1, 2);
    m_sources[k] = source;

    auto* problem = new QLabel(this);
    problem->setObjectName(k + QStringLiteral(".error"));
    problem->setProperty("parameterKey", k);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->setVisible(false);
    m_grid->addWidget(problem, 2 + index, 1, 1, 2);
    m_problems[k] = problem;
}

std::vector<DatedStep> ParameterField::datedSteps() const
{
    std::vector<DatedStep> steps;
    const core::Scenario& s = m_document->scenario();
    const std::map<int, core::ParamValue>* changes = nullptr;
    if (m_group.empty()) {
        const auto it = s.dated.find(std::string(m_info.key));
        changes = it == s.dated.end() ? nullptr : &it->second;
    } else if (const core::WorkerGroup* g = core::findGroup(s, m_group)) {
        const auto it = g->dated.find(std::string(m_info.key));
        changes = it == g->dated.end() ? nullptr : &it->second;
    }
    if (!changes)
        return steps;
    for (const auto& [year, value] : *changes) {
        const auto* series = std::get_if<core::Series>(&value);
        const double x = series && !series->values.empty() ? series->values.front() : std::nan("");
        steps.push_back({year, x, m_document->source(QString::fromStdString(core::datedKey(key().toStdString(), year)))});
    }
    return steps;
}

std::vector<double> ParameterField::effectiveSeries() const
{
    const core::Scenario& s = m_document->scenario();
    if (m_group.empty())
        return core::seriesByYear(s, m_info, horizon());
    const core::WorkerGroup* g = core::findGroup(s, m_group);
    const core::GroupParameterInfo* info = core::findGroupParameter(m_info.key);
    if (!g || !info)
        return {};
    return core::groupSeriesByYear(s, *g, *info, horizon());
}

int ParameterField::startYear() const
{
    return static_cast<int>(m_document->scenario().projection.start_year);
}

int ParameterField::horizon() const
{
    return static_cast<int>(m_document->scenario().projection.years);
}

void ParameterField::refreshValue()
{
    const core::ParamValue value = m_document->value(key());
    switch (m_info.kind) {
    case core::Kind::Real: {
        const double x = std::get<double>(value);
        if (!m_number->shows(x)) {
            const QSignalBlocker block(m_number);
            m_number->setModelValue(x);
        }
        break;
    }
    case core::Kind::Integer: {
        const auto x = std::get<std::int64_t>(value);
        if (m_integer->value() != x) {
            const QSignalBlocker block(m_integer);
            m_integer->setValue(
                static_cast<int>(std::clamp<std::int64_t>(x, m_integer->minimum(), m_integer->maximum())));
        }
        break;
    }
    case core::Kind::Seed: {
        const QString text = QString::number(std::get<std::uint64_t>(value));
        if (m_seed->text() != text && !(m_seed->hasFocus() && m_seed->isModified()))
            m_seed->setText(text);
        break;
    }
    case core::Kind::Enum: {
        const int index = m_choice->findData(QString::fromStdString(std::get<std::string>(value)));
        if (index != m_choice->currentIndex()) {
            const QSignalBlocker block(m_choice);
            m_choice->setCurrentIndex(index);
        }
        break;
    }
    case core::Kind::Series: {
        const auto& series = std::get<core::Series>(value);
        const std::vector<DatedStep> dated = datedSteps();
        const bool constant = series.values.size() <= 1 && dated.empty();
        if (constant && !series.values.empty() && !m_number->shows(series.values.front())) {
            const QSignalBlocker block(m_number);
            m_number->setModelValue(series.values.front());
        }
        m_number->setVisible(constant);
        m_summary->setVisible(!constant);
        std::vector<std::pair<int, double>> changes;
        for (const DatedStep& d : dated)
            changes.emplace_back(d.year, d.value);
        m_summary->setText(parametertext::datedSummary(m_info, series, changes, startYear()));
        // The tooltip gives the value of every year, the dated changes applied.
        const core::Series effective(effectiveSeries());
        m_summary->setToolTip(wrappedTip(parametertext::seriesDetail(m_info, effective, startYear())));
        if (m_seriesEditor) {
            m_seriesEditor->setSeries(series, startYear(), horizon());
            m_seriesEditor->setDatedChanges(dated);
        }
        break;
    }
    case core::Kind::RealList:
        m_list->setValues(std::get<std::vector<double>>(value));
        break;
    case core::Kind::IntegerList:
        m_classes->setClasses(std::get<std::vector<int>>(value),
                              std::get<std::vector<double>>(m_document->value(m_keys.at(1))));
        break;
    }

    for (const auto& [k, edit] : m_sources) {
        const QString note = m_document->source(k);
        if (edit->text() != note && !(edit->hasFocus() && edit->isModified())) {
            edit->setText(note);
            edit->setModified(false);
            edit->setCursorPosition(0); // show the start of a long note, not its end
        }
        edit->setToolTip(note.isEmpty() ? tr("Where this value comes from: a law, a report and its year, or "
                                             "\"assumption:\" and why")
                                        : wrappedTip(note));
    }
}

void ParameterField::setInactiveReason(const QString& reason)
{
    if (reason == m_inactiveReason)
        return;
    m_inactiveReason = reason;
    setEnabled(reason.isEmpty());
    refreshUnits();
}

void ParameterField::refreshUnits()
{
    const QString currency = m_document->currency();
    const QString reason = m_inactiveReason.isEmpty()
                               ? QString()
                               : QStringLiteral("<p><i>%1</i></p>").arg(m_inactiveReason.toHtmlEscaped());
    const QString tip = reason + parametertext::toolTip(m_info, currency);
    m_label->setToolTip(m_sharesInfo ? tip + parametertext::toolTip(*m_sharesInfo, currency) : tip);
    // The field's own tooltip covers the parts without one (the unit, the space between).
    setToolTip(reason);
    m_unit->setText(parametertext::unit(m_info, currency));
    if (m_number)
        m_number->setToolTip(tip);
    if (m_integer)
        m_integer->setToolTip(tip);
    if (m_seed)
        m_seed->setToolTip(tip);
    if (m_choice)
        m_choice->setToolTip(tip);
    if (m_seriesEditor) {
        m_seriesEditor->setCurrency(currency);
        m_seriesEditor->setSeries(std::get<core::Series>(m_document->value(key())), startYear(), horizon());
    }
}

QString ParameterField::problemText(const QString& k, const QString& message) const
{
    // A value out of range is described in the unit the field shows ("300 %", not "3"); any
    // other problem reads as the validation wrote it.
    const core::ParameterInfo* p = core::findParameter(k.toStdString());
    if (!p)
        return parametertext::problem(message, k);
    const QString currency = m_document->currency();
    const QString allowed = parametertext::range(*p, currency);
    auto shown = [&](double x) {
        QString text = parametertext::number(*p, x);
        if (p->display == core::Display::Money)
            text += QLatin1Char(' ') + currency;
        else if (p->display != core::Display::Fraction && p->display != core::Display::Factor) {
            const QString u = format::unitLabel(*p, currency);
            if (!u.isEmpty())
                text += QLatin1Char(' ') + u;
        }
        return text;
    };
    const core::ParamValue value = m_document->value(k);
    switch (p->kind) {
    case core::Kind::Real: {
        const double x = std::get<double>(value);
        if (std::isnan(x))
            return tr("Required: enter a value (%1).").arg(allowed);
        if (!std::isfinite(x) || !p->range.contains(x))
            return tr("%1 is outside the allowed range: %2.").arg(shown(x), allowed);
        break;
    }
    case core::Kind::Integer: {
        const double x = static_cast<double>(std::get<std::int64_t>(value));
        if (!p->range.contains(x))
            return tr("%1 is outside the allowed range: %2.").arg(shown(x), allowed);
        break;
    }
    case core::Kind::Series: {
        const auto& v = std::get<core::Series>(value).values;
        const int i = firstOutOfRange(*p, v);
        if (i >= 0 && v.size() > 1)
            return tr("%1 in %2 is outside the allowed range: %3.")
                .arg(shown(v[std::size_t(i)]))
                .arg(startYear() + i)
                .arg(allowed);
        if (i >= 0)
            return tr("%1 is outside the allowed range: %2.").arg(shown(v[std::size_t(i)]), allowed);
        break;
    }
    case core::Kind::RealList: {
        const auto& v = std::get<std::vector<double>>(value);
        const int i = firstOutOfRange(*p, v);
        if (i >= 0)
            return tr("%1 in row %2 is outside the allowed range: %3.")
                .arg(shown(v[std::size_t(i)]))
                .arg(i + 1)
                .arg(allowed);
        break;
    }
    case core::Kind::IntegerList: {
        const auto& v = std::get<std::vector<int>>(value);
        const int i = firstOutOfRange(*p, v);
        if (i >= 0)
            return tr("%1 in row %2 is outside the allowed range: %3.")
                .arg(shown(v[std::size_t(i)]))
                .arg(i + 1)
                .arg(allowed);
        break;
    }
    default:
        break;
    }
    return parametertext::problem(message, k);
}

void ParameterField::refreshProblems()
{
    m_hasError = false;
    fieldstyle::Mark editorMark = fieldstyle::Mark::None;
    for (const auto& [k, label] : m_problems) {
        const QString error = m_document->problemFor(k);
        const QString warning = error.isEmpty() ? m_document->problemFor(k, true) : QString();
        const fieldstyle::Mark mark = !error.isEmpty()     ? fieldstyle::Mark::Error
                                      : !warning.isEmpty() ? fieldstyle::Mark::Warning
                                                           : fieldstyle::Mark::None;
        const QString message = error.isEmpty() ? warning : error;
        fieldstyle::showProblem(label, message.isEmpty() ? QString() : problemText(k, message), mark);
        label->setToolTip(message.isEmpty() ? QString() : wrappedTip(message));
        m_hasError = m_hasError || mark == fieldstyle::Mark::Error;
        if (static_cast<int>(mark) > static_cast<int>(editorMark))
            editorMark = mark;
    }
    // A dated change's problem shows at its row of the per-year table and, while the table is
    // closed or the key has no problem of its own, under the field ("From 2030: ...").
    if (m_info.kind == core::Kind::Series) {
        QString first;
        fieldstyle::Mark firstMark = fieldstyle::Mark::None;
        for (const DatedStep& d : datedSteps()) {
            const QString k = QString::fromStdString(core::datedKey(key().toStdString(), d.year));
            const QString error = m_document->problemFor(k);
            const QString warning = error.isEmpty() ? m_document->problemFor(k, true) : QString();
            const QString text = error.isEmpty() ? warning : error;
            const QString shown = text.isEmpty() ? QString() : parametertext::problem(text, k);
            if (m_seriesEditor)
                m_seriesEditor->setDatedProblem(d.year, shown, !error.isEmpty());
            if (!text.isEmpty() && (first.isEmpty() || (!error.isEmpty() && firstMark != fieldstyle::Mark::Error))) {
                first = tr("From %1: %2").arg(d.year).arg(shown);
                firstMark = error.isEmpty() ? fieldstyle::Mark::Warning : fieldstyle::Mark::Error;
            }
        }
        QLabel* label = m_problems.at(key());
        if (!first.isEmpty() && static_cast<int>(firstMark) > static_cast<int>(editorMark)) {
            fieldstyle::showProblem(label, first, firstMark);
            label->setToolTip(wrappedTip(first));
            m_hasError = m_hasError || firstMark == fieldstyle::Mark::Error;
            editorMark = firstMark;
        }
    }
    // Lists and per-year tables mark their own rows; a single editor is marked as a whole.
    for (QWidget* w : {static_cast<QWidget*>(m_number), static_cast<QWidget*>(m_integer),
                       static_cast<QWidget*>(m_seed), static_cast<QWidget*>(m_choice)})
        fieldstyle::mark(w, editorMark);
    setProperty("problem", editorMark == fieldstyle::Mark::Error     ? QStringLiteral("error")
                           : editorMark == fieldstyle::Mark::Warning ? QStringLiteral("warning")
                                                                     : QString());
}

void ParameterField::commitReal()
{
    const double current = std::get<double>(m_document->value(key()));
    if (m_number->shows(current))
        return; // nothing the planner can see has changed
    m_document->setValue(key(), m_number->modelValue());
}

void ParameterField::commitSeriesConstant()
{
    const core::ParamValue value = m_document->value(key());
    const auto& series = std::get<core::Series>(value);
    if (series.values.size() == 1 && m_number->shows(series.values.front()))
        return;
    m_document->setValue(key(), core::Series(m_number->modelValue()));
}

void ParameterField::commitDurationClasses(const std::vector<int>& months, const std::vector<double>& shares)
{
    const QString sharesKey = m_keys.at(1);
    const bool monthsChanged = std::get<std::vector<int>>(m_document->value(key())) != months;
    const bool sharesChanged = std::get<std::vector<double>>(m_document->value(sharesKey)) != shares;
    if (monthsChanged && sharesChanged && !m_group.empty()) {
        m_document->setGroupValues(QString::fromStdString(m_group),
                                   {{std::string(m_info.key), months}, {std::string(m_sharesInfo->key), shares}},
                                   tr("Change duration classes"));
    } else if (monthsChanged && sharesChanged) {
        core::Scenario s = m_document->scenario();
        m_info.set(s, months);
        m_sharesInfo->set(s, shares);
        m_document->replaceScenario(s, tr("Change duration classes"));
    } else if (monthsChanged) {
        m_document->setValue(key(), months);
    } else if (sharesChanged) {
        m_document->setValue(sharesKey, shares);
    }
}

void ParameterField::setLabelWidth(int width)
{
    m_label->setFixedWidth(width);
}

int ParameterField::labelWidthHint() const
{
    return m_label->fontMetrics().horizontalAdvance(m_label->text()) + 4;
}

int ParameterField::unitWidthHint() const
{
    return m_unit->isHidden() ? 0 : m_unit->fontMetrics().horizontalAdvance(m_unit->text()) + 2;
}

int ParameterField::unitWordWidthHint() const
{
    if (m_unit->isHidden())
        return 0;
    int widest = 0;
    for (const QString& word : m_unit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, m_unit->fontMetrics().horizontalAdvance(word));
    return widest + 2;
}

void ParameterField::setUnitWidth(int width)
{
    m_unit->setFixedWidth(width);
    // Wrapped onto two lines, the unit still reads whole in its tooltip.
    m_unit->setToolTip(unitWidthHint() > width ? m_unit->text() : QString());
}

bool ParameterField::matches(const QString& text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    if (labelText().contains(t, Qt::CaseInsensitive))
        return true;
    for (const QString& k : m_keys) {
        const core::ParameterInfo* p = core::findParameter(k.toStdString());
        if (k.contains(t, Qt::CaseInsensitive) ||
            (p && parametertext::label(*p).contains(t, Qt::CaseInsensitive)))
            return true;
    }
    return false;
}

QWidget* ParameterField::editorFor(const QString& k) const
{
    if (m_sharesInfo && k == m_keys.at(1))
        return m_sharesAnchor;
    return m_keys.contains(k) ? m_editor : nullptr;
}

void ParameterField::focusEditor(const QString& k)
{
    if (m_classes) {
        QWidget* w = k == m_keys.at(1) ? m_classes->shareEditor(0) : m_classes->monthsEditor(0);
        if (w)
            w->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_list) {
        if (auto* first = m_list->findChild<QWidget*>(QStringLiteral("item0")))
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_info.kind == core::Kind::Series && m_number->isHidden()) {
        setByYearVisible(true);
        m_seriesEditor->focusFirstProblem();
        return;
    }
    m_editor->setFocus(Qt::OtherFocusReason);
    if (m_number)
        m_number->selectAll();
}

void ParameterField::buildSeriesEditor()
{
    if (m_seriesEditor)
        return;
    m_seriesEditor = new SeriesEditor(m_info, this);
    m_seriesEditor->setObjectName(key() + QStringLiteral(".series"));
    m_seriesEditor->setProperty("parameterKey", key());
    m_seriesEditor->setCurrency(m_document->currency());
    m_seriesEditor->setSeries(std::get<core::Series>(m_document->value(key())), startYear(), horizon());
    m_seriesEditor->setDatedChanges(datedSteps());
    connect(m_seriesEditor, &SeriesEditor::seriesEdited, this,
            [this](const core::Series& series) { m_document->setValue(key(), series); });
    // Each edit of a dated change is one undo step, its source note with it.
    connect(m_seriesEditor, &SeriesEditor::datedChangeSet, this,
            [this](int year, double value, const QString& note, int previousYear) {
                m_document->setDatedChange(key(), year, core::Series(value), note,
                                           previousYear == 0 ? std::nullopt : std::optional<int>(previousYear));
            });
    connect(m_seriesEditor, &SeriesEditor::datedChangeRemoved, this,
            [this](int year) { m_document->removeDatedChange(key(), year); });
    refreshProblems();
    m_grid->addWidget(m_seriesEditor, 1, 1, 1, 2);
}

void ParameterField::setByYearVisible(bool visible)
{
    if (!m_byYear)
        return;
    if (visible)
        buildSeriesEditor();
    if (m_seriesEditor)
        m_seriesEditor->setVisible(visible);
    if (m_byYear->isChecked() != visible) {
        const QSignalBlocker block(m_byYear);
        m_byYear->setChecked(visible);
    }
}

bool ParameterField::isByYearVisible() const
{
    return m_seriesEditor && !m_seriesEditor->isHidden();
}

} // namespace tideover::ui
