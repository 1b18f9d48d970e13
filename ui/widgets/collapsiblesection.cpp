// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "collapsiblesection.h"

#include "fieldstyle.h"
#include "parametertext.h"

#include <QEvent>
#include <QFrame>
#include <QToolButton>
#include <QVBoxLayout>

namespace tideover::ui {

CollapsibleSection::CollapsibleSection(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(title)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_header = new QToolButton(this);
    m_header->setObjectName(QStringLiteral("sectionHeader"));
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont font = m_header->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_header->setFont(font);
    connect(m_header, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    // A flat (auto-raised) tool button shows no focus in most styles: raise it while focused.
    m_header->installEventFilter(this);
    layout->addWidget(m_header);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    m_body = new QWidget(this);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(8, 4, 4, 10);
    m_bodyLayout->setSpacing(2);
    layout->addWidget(m_body);
    updateHeader();
}

bool CollapsibleSection::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_header && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        m_header->setAutoRaise(event->type() == QEvent::FocusOut);
    return QWidget::eventFilter(watched, event);
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    m_expanded = expanded;
    updateHeader();
    emit expandedChanged(expanded);
}

void CollapsibleSection::setForcedOpen(bool forced)
{
    if (m_forced == forced)
        return;
    m_forced = forced;
    updateHeader();
}

void CollapsibleSection::setProblemCount(int errors, int warnings)
{
    if (errors == m_errors && warnings == m_warnings)
        return;
    m_errors = errors;
    m_warnings = warnings;
    updateHeader();
}

void CollapsibleSection::updateHeader()
{
    const bool open = m_expanded || m_forced;
    m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    QString text = m_title;
    if (m_errors > 0)
        text += QStringLiteral("  ·  ") +
                parametertext::count(m_errors, metaObject()->className(), QT_TR_NOOP("1 error"), QT_TR_NOOP("%1 errors"));
    else if (m_warnings > 0)
        text += QStringLiteral("  ·  ") +
                parametertext::count(m_warnings, metaObject()->className(), QT_TR_NOOP("1 warning"), QT_TR_NOOP("%1 warnings"));
    m_header->setText(text);
    QPalette palette;
    if (m_errors > 0)
        palette.setColor(QPalette::ButtonText, fieldstyle::errorText());
    else if (m_warnings > 0)
        palette.setColor(QPalette::ButtonText, fieldstyle::warningText());
    m_header->setPalette(palette);
    m_header->setToolTip(open ? tr("Fold this section away") : tr("Show this section"));
    m_body->setVisible(open);
}

} // namespace tideover::ui
