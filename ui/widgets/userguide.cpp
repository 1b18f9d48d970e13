// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "userguide.h"

#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextList>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <vector>

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
    // A long command line or key breaks rather than widen the page.
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::onAnchorClicked);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::fitPictures);
    m_browser->viewport()->installEventFilter(this);

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

    // A comfortable page, within a laptop's or a projector's screen.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(900, screen.width() * 4 / 5), std::min(700, screen.height() * 4 / 5));
    showDocument(guideUrl());
}

bool UserGuideWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitPictures();
    return QWidget::eventFilter(watched, event);
}

void UserGuideWindow::fitPictures()
{
    QTextDocument* document = m_browser->document();
    // Leave room for the vertical scroll bar even before a long page shows it: its arrival
    // narrows the page after the pictures were fitted.
    const int scrollBar = m_browser->verticalScrollBar()->isVisible()
                              ? 0
                              : m_browser->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_browser);
    const double available = m_browser->viewport()->width() - scrollBar - 2 * document->documentMargin() - 8;
    if (available <= 0)
        return;
    struct Picture {
        int position;
        int length;
        QTextImageFormat format;
    };
    std::vector<Picture> changes;
    std::vector<int> codeBlocks;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // Code lines wrap too, rather than widen the page.
        if (block.blockFormat().nonBreakableLines())
            codeBlocks.push_back(block.position());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(format.name()));
            QSize natural;
            if (resource.typeId() == QMetaType::QImage)
                natural = resource.value<QImage>().size();
            else if (resource.typeId() == QMetaType::QPixmap)
                natural = resource.value<QPixmap>().size();
            else
                natural = QImage::fromData(resource.toByteArray()).size();
            if (natural.isEmpty())
                continue;
            // A picture in a list item starts further right.
            const QTextBlockFormat blockFormat = block.blockFormat();
            double indent = blockFormat.leftMargin() + blockFormat.indent() * document->indentWidth();
            if (const QTextList* list = block.textList())
                indent += list->format().indent() * document->indentWidth();
            const double width = std::min<double>(natural.width(), available - indent);
            if (std::abs(format.width() - width) < 0.5)
                continue;
            format.setWidth(width);
            format.setHeight(natural.height() * width / natural.width());
            changes.push_back({fragment.position(), fragment.length(), format});
        }
    }
    QTextCursor cursor(document);
    for (const int position : codeBlocks) {
        cursor.setPosition(position);
        QTextBlockFormat format = cursor.blockFormat();
        format.setNonBreakableLines(false);
        cursor.setBlockFormat(format);
    }
    for (const Picture& p : changes) {
        cursor.setPosition(p.position);
        cursor.setPosition(p.position + p.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(p.format);
    }
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
