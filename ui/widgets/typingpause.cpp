// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "typingpause.h"

#include <QAbstractSpinBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

namespace tideover::ui {

namespace {

QString suffixOf(const QAbstractSpinBox* box)
{
    if (const auto* d = qobject_cast<const QDoubleSpinBox*>(box))
        return d->suffix();
    if (const auto* i = qobject_cast<const QSpinBox*>(box))
        return i->suffix();
    return {};
}

QString cleanTextOf(const QAbstractSpinBox* box)
{
    if (const auto* d = qobject_cast<const QDoubleSpinBox*>(box))
        return d->cleanText();
    if (const auto* i = qobject_cast<const QSpinBox*>(box))
        return i->cleanText();
    return box->text();
}

}  // namespace

TypingPause::TypingPause(QAbstractSpinBox* box)
    : QObject(box), m_box(box), m_edit(box->findChild<QLineEdit*>()), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("typingPause"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(kPauseMs);
    connect(m_timer, &QTimer::timeout, this, &TypingPause::onPause);
    // textEdited: typed by the user, never a value set by the program (a refresh, an undo).
    if (m_edit)
        connect(m_edit, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    // Enter or leaving the box commits at once; the pause has nothing left to do.
    connect(box, &QAbstractSpinBox::editingFinished, m_timer, &QTimer::stop);
}

TypingPause* TypingPause::attach(QAbstractSpinBox* box)
{
    if (TypingPause* existing = of(box))
        return existing;
    return new TypingPause(box);
}

TypingPause* TypingPause::of(const QAbstractSpinBox* box)
{
    return box ? box->findChild<TypingPause*>(QStringLiteral("typingPause"), Qt::FindDirectChildrenOnly) : nullptr;
}

bool TypingPause::isPending() const
{
    return m_timer->isActive();
}

void TypingPause::commitNow()
{
    m_timer->stop();
    // interpretText() of an unfinished text would correct it to the nearest value (an empty box
    // to 0): only a whole number is committed.
    if (m_box->hasAcceptableInput())
        m_box->interpretText();
}

void TypingPause::onPause()
{
    if (!m_box->hasAcceptableInput() || !keepsTypedText())
        return;  // the next key restarts the pause; Enter or leaving the box commits anyway
    const QString suffix = suffixOf(m_box);
    const bool atEnd = m_edit && m_edit->selectedText().isEmpty() &&
                       m_edit->cursorPosition() >= m_edit->text().size() - suffix.size();
    m_box->interpretText();
    // Separators the box adds ("1000000" -> "1,000,000") must not leave the cursor mid-number.
    if (atEnd && m_edit)
        m_edit->setCursorPosition(int(m_edit->text().size() - suffix.size()));
}

bool TypingPause::keepsTypedText() const
{
    const QLocale locale = m_box->locale();
    const auto plain = [&locale](QString text) {
        text.remove(locale.groupSeparator());
        text.remove(QLatin1Char(' '));
        text.remove(QChar(0x00A0));
        text.remove(QChar(0x202F));
        return text;
    };
    const QString typed = cleanTextOf(m_box);
    if (const auto* d = qobject_cast<const QDoubleSpinBox*>(m_box))
        return plain(d->textFromValue(d->valueFromText(typed))) == plain(typed);
    if (qobject_cast<const QSpinBox*>(m_box)) {
        bool ok = false;
        const int value = locale.toInt(plain(typed), &ok);
        return ok && plain(locale.toString(value)) == plain(typed);
    }
    return true;
}

}  // namespace tideover::ui
