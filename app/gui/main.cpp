// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// tideover: the desktop application. Opens the file given on the command line, or the
// bundled default scenario, and offers to recover work left by a crash.

#include "document/preferences.h"
#include "document/scenariodocument.h"
#include "format/language.h"
#include "core/io/version.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

// Without a display Qt would abort with a terse platform-plugin error; say what to do instead.
bool hasDisplay()
{
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform)
        return true;  // the user chose a platform (offscreen, wayland, vnc, ...)
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

}  // namespace

int main(int argc, char** argv)
{
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "tideover: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                     "The desktop application needs one. On a server, use the command line instead, e.g.\n"
                     "  tideover-cli project builtin:default --format table\n"
                     "or run the application under a virtual display: xvfb-run tideover\n");
        return 1;
    }
    // The icons live in the static ui library, whose resources the linker would otherwise drop.
    Q_INIT_RESOURCE(tideover);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("tideover"));
    QApplication::setApplicationName(QStringLiteral("Tideover"));
    // Brings an older Tideover's settings to today's layout before anything reads them. (An
    // explicit number-format preference is applied by MainWindow, after the language's locale.)
    {
        QSettings settings;
        tideover::ui::Preferences::migrate(settings);
    }
    QApplication::setApplicationDisplayName(QStringLiteral("Tideover"));
    QApplication::setApplicationVersion(QString::fromUtf8(tideover::core::appVersion().data(),
                                                          int(tideover::core::appVersion().size())));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tideover/icons/tideover.svg")));
    // Lets Wayland desktops match the window to the menu entry (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tideover.Tideover"));
    // The Preferences' language (QSettings "ui/language"), else the system's when we ship it.
    tideover::ui::applyLanguage(tideover::ui::Preferences::instance()->language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Design and cost unemployment insurance schemes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption trainer(QStringLiteral("trainer"),
                                     QStringLiteral("Trainer mode for this session: the workshop-exercise panel shows "
                                                    "the expected answers and the debrief."));
    parser.addOption(trainer);
    const QCommandLineOption projector(QStringLiteral("projector"),
                                       QStringLiteral("Projector mode for this session: charts and headline figures "
                                                      "in larger type."));
    parser.addOption(projector);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A .tideover scenario file to open, or builtin:NAME for a bundled one."), QStringLiteral("[file]"));
    parser.process(app);

    tideover::ui::MainWindow window;
    if (parser.isSet(trainer))
        window.setTrainerMode(true);
    if (parser.isSet(projector))
        window.setProjectorMode(true);
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the event loop starts, so dialogs have a visible parent.
    QTimer::singleShot(0, &window, [&window, files] {
        // The Compare page's pins of the last session.
        const QString pins = window.setPinnedStorage(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/pinned"));
        if (!pins.isEmpty())
            window.statusBar()->showMessage(pins, 15000);
        window.offerRecovery();
        if (!files.isEmpty() && !window.document()->isModified())
            window.openFile(files.first());
    });
    return app.exec();
}
