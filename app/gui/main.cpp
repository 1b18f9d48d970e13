// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// tideover: the desktop application. Opens the file given on the command line, or the
// bundled default scenario, and offers to recover work left by a crash.

#include "document/preferences.h"
#include "document/scenariodocument.h"
#include "version.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

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

// The languages with a shipped translation (resources/translations/tideover_<code>.ts), and
// the locale whose numbers, dates and currency they use. English is the source language.
QLocale localeForLanguage(const QString& code)
{
    if (code == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    if (code == QLatin1String("vi"))
        return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

// Chooses the GUI's language -- the Preferences' choice (QSettings "ui/language", the key
// tideover::ui::Preferences uses) if set, else the system locale's language if we ship it,
// else English -- installs our translation and Qt's own (standard buttons), and makes the
// language's locale the default so numbers and dates are formatted for it.
void installTranslations(QApplication& app)
{
    static const QStringList shipped{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("vi")};
    QString code = QSettings().value(QStringLiteral("ui/language")).toString();
    const bool chosen = shipped.contains(code);
    if (!chosen) {
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        code = shipped.contains(system) ? system : QStringLiteral("en");
    }
    if (code == QLatin1String("en")) {
        // Under the bare C/POSIX locale Qt would print 1234567 without separators; a planner
        // reading millions needs them, so fall back to English (United States) number formats.
        if (chosen || QLocale::system().language() == QLocale::C)
            QLocale::setDefault(localeForLanguage(code));
        return;
    }
    // A system locale of the same language (fr_CA, fr_BE) keeps its own formats.
    const QLocale locale = !chosen && QLocale::system().language() == localeForLanguage(code).language()
                               ? QLocale::system()
                               : localeForLanguage(code);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/tideover/translations/tideover_%1.qm").arg(code)))
        QCoreApplication::installTranslator(ours);
    else
        std::fprintf(stderr, "tideover: the %s translation is missing from the build\n", qPrintable(code));
    // Qt's own strings (OK, Cancel, Save, Discard); optional: qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
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
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Design and cost unemployment insurance schemes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A .tideover scenario file to open."), QStringLiteral("[file]"));
    parser.process(app);

    tideover::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the event loop starts, so dialogs have a visible parent.
    QTimer::singleShot(0, &window, [&window, files] {
        window.offerRecovery();
        if (!files.isEmpty() && !window.document()->isModified())
            window.openFile(files.first());
    });
    return app.exec();
}
