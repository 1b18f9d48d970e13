// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "metadataeditor.h"

#include "fieldstyle.h"
#include "parametertext.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tideover::ui {

using Field = ScenarioDocument::MetadataField;

MetadataEditor::MetadataEditor(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 3, 0, 3);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(5);
    grid->setColumnStretch(1, 1);

    QLineEdit* title = addLine(Field::Title, QStringLiteral("scenario.title"), tr("Title"),
                               tr("A short name, e.g. \"Reform 2027: 65 % for 6 months\""));
    grid->addWidget(addLabel(tr("Title"), title, 0), 0, 0);
    grid->addWidget(title, 0, 1);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("scenario.description"));
    m_description->setPlaceholderText(tr("What this scenario is for and what it assumes"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->installEventFilter(this);
    grid->addWidget(addLabel(tr("Description"), m_description, 1), 1, 0, Qt::AlignTop);
    grid->addWidget(m_description, 1, 1);

    QLineEdit* author = addLine(Field::Author, QStringLiteral("scenario.author"), tr("Author"),
                                tr("Who prepared it (person or unit)"));
    grid->addWidget(addLabel(tr("Author"), author, 2), 2, 0);
    grid->addWidget(author, 2, 1);

    QLineEdit* country =
        addLine(Field::Country, QStringLiteral("scenario.country"), tr("Country"), tr("Country or region"));
    grid->addWidget(addLabel(tr("Country"), country, 3), 3, 0);
    grid->addWidget(country, 3, 1);

    QLineEdit* currency = addLine(Field::Currency, QStringLiteral("scenario.currency"), tr("Currency"),
                                  tr("e.g. VND, THB, IDR"));
    currency->setMaxLength(10);
    currency->setToolTip(tr("<p>The currency code every amount is shown in (ISO 4217 where there is one, "
                            "such as VND or THB). Amounts are not converted: the code only names them.</p>"));
    currency->setMaximumWidth(currency->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMM")) + 24);
    grid->addWidget(addLabel(tr("Currency code"), currency, 4), 4, 0);
    grid->addWidget(currency, 4, 1, Qt::AlignLeft);

    m_currencyProblem = new QLabel(this);
    m_currencyProblem->setObjectName(QStringLiteral("scenario.currency.error"));
    m_currencyProblem->setWordWrap(true);
    m_currencyProblem->setVisible(false);
    grid->addWidget(m_currencyProblem, 5, 1);

    refresh();
    refreshProblems();
}

MetadataEditor::~MetadataEditor()
{
    // The description loses the focus while the children are deleted; do not commit then.
    m_description->removeEventFilter(this);
}

QLabel* MetadataEditor::addLabel(const QString& text, QWidget* buddy, int)
{
    auto* label = new QLabel(text, this);
    label->setBuddy(buddy);
    label->setWordWrap(true);
    m_labels << label;
    return label;
}

QLineEdit* MetadataEditor::addLine(Field field, const QString& name, const QString& label,
                                   const QString& placeholder)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(name);
    line->setPlaceholderText(placeholder);
    line->setAccessibleName(label);
    connect(line, &QLineEdit::editingFinished, this, [this, line, field] {
        m_document->setMetadata(field, line->text().trimmed());
        line->setModified(false);
    });
    m_lines[field] = line;
    return line;
}

void MetadataEditor::setLabelWidth(int width)
{
    for (QLabel* label : m_labels)
        label->setFixedWidth(width);
}

QWidget* MetadataEditor::currencyEditor() const
{
    return m_lines.at(Field::Currency);
}

void MetadataEditor::refresh()
{
    for (const auto& [field, line] : m_lines) {
        const QString text = m_document->metadata(field);
        if (line->text() != text && !(line->hasFocus() && line->isModified())) {
            line->setText(text);
            line->setModified(false);
            line->setCursorPosition(0);
        }
    }
    const QString description = m_document->metadata(Field::Description);
    if (m_description->toPlainText() != description &&
        !(m_description->hasFocus() && m_description->document()->isModified())) {
        const QSignalBlocker block(m_description);
        m_description->setPlainText(description);
        m_description->document()->setModified(false);
    }
}

void MetadataEditor::refreshProblems()
{
    const QString warning = m_document->problemFor(QStringLiteral("currency"), true);
    const fieldstyle::Mark mark = warning.isEmpty() ? fieldstyle::Mark::None : fieldstyle::Mark::Warning;
    fieldstyle::showProblem(m_currencyProblem, parametertext::problem(warning, QStringLiteral("currency")),
                            mark);
    fieldstyle::mark(m_lines.at(Field::Currency), mark);
}

bool MetadataEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

void MetadataEditor::commitDescription()
{
    if (!m_description->document()->isModified())
        return;
    m_document->setMetadata(Field::Description, m_description->toPlainText().trimmed());
    m_description->document()->setModified(false);
}

} // namespace tideover::ui
