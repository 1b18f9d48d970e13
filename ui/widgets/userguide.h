// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace tideover::ui {

// Help > User Guide: docs/user-guide.md and its pictures, bundled in the application as Qt
// resources (:/tideover/guide/, the docs folder's layout), shown offline in a QTextBrowser
// from its Markdown. Links between the bundled documents and to headings stay in the window;
// a link to the web opens in the system browser, and only when clicked: nothing is fetched
// from the network to show the guide.
class UserGuideWindow : public QWidget {
    Q_OBJECT

public:
    // The guide as a resource URL ("qrc:/tideover/guide/user-guide.md").
    static QUrl guideUrl();

    explicit UserGuideWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // Opens a bundled document (a qrc: URL, with an optional #fragment).
    void showDocument(const QUrl& url);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // A link out of the bundled documents was clicked and handed to the system browser.
    void externalLinkOpened(const QUrl& url);

private:
    void onAnchorClicked(const QUrl& url);
    // Scales the pictures down to the window's width (never up) and lets code lines wrap, so
    // the page never scrolls sideways; called when a page opens and when the window is resized.
    void fitPictures();

    QTextBrowser* m_browser = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_home = nullptr;
};

}  // namespace tideover::ui
