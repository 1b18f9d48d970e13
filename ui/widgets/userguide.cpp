// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "userguide.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace tideover::ui {

namespace {

// Where ui/CMakeLists.txt bundles docs/ (Markdown at the top, pictures under images/).
const QString kGuideFolder = QStringLiteral("qrc:/tideover/guide/");

// Markdown links and pictures point at .md files and images relative to the document. Qt
// resources are found as ":/..." paths by the document's resource loader.
bool isBundled(const QUrl& url)
{
    return url.scheme() == QLatin1String("qrc") || url.isRelative();
}

}  // namespace

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(kGuideFolder + QStringLiteral("user-guide.md"));
}

UserGuideWindow::UserGuideWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Tideover User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    // Every link is handled here: bundled ones in the window, the web's in the system browser.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::onAnchorClicked);

    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("userGuideBack"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to the previous page (Alt+Left)"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    m_home = new QToolButton(this);
    m_home->setText(tr("Contents"));
    m_home->setToolTip(tr("The start of the user guide"));
    connect(m_home, &QToolButton::clicked, this, [this] { showDocument(guideUrl()); });

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    bar->addWidget(m_back);
    bar->addWidget(m_home);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    auto* close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    resize(900, 700);
    showDocument(guideUrl());
}

void UserGuideWindow::showDocument(const QUrl& url)
{
    // setSource reads the resource through QTextBrowser::loadResource, which knows qrc: URLs,
    // and resolves the pictures' relative paths against it.
    m_browser->setSource(url, QTextDocument::MarkdownResource);
}

void UserGuideWindow::onAnchorClicked(const QUrl& link)
{
    const QUrl url = m_browser->source().resolved(link);
    if (link.isRelative() && link.path().isEmpty() && link.hasFragment()) {
        m_browser->scrollToAnchor(link.fragment());
        return;
    }
    if (isBundled(link) || url.scheme() == QLatin1String("qrc")) {
        if (url.path().endsWith(QLatin1String(".md")))
            showDocument(url);
        return;
    }
    // The web (or a mail address): only on a click, and never inside the window.
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
        url.scheme() == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        emit externalLinkOpened(url);
    }
}

}  // namespace tideover::ui
