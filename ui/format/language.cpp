// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "language.h"

#include "core/io/scenariofile.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QStringList>
#include <QTranslator>

#include <cstdio>

namespace tideover::ui {

namespace {

const QStringList& shipped()
{
    static const QStringList codes{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("vi")};
    return codes;
}

// The translators applyLanguage() installed, to take out on the next change.
QPointer<QTranslator> g_ours;
QPointer<QTranslator> g_qt;
QString g_current = QStringLiteral("en");

void remove(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QLocale localeForLanguage(const QString& code)
{
    if (code == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    if (code == QLatin1String("vi"))
        return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString currentLanguage()
{
    return g_current;
}

core::Scenario loadBuiltinScenario(const QString& name)
{
    return core::loadScenario("builtin:" + name.toStdString(), g_current.toStdString());
}

QString applyLanguage(const QString& preference)
{
    const bool chosen = shipped().contains(preference);
    QString code = preference;
    if (!chosen) {
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        code = shipped().contains(system) ? system : QStringLiteral("en");
    }
    remove(g_ours);
    remove(g_qt);
    g_current = code;
    // A system locale of the same language (fr_CA, fr_BE) keeps its own formats. Under the bare
    // C/POSIX locale Qt would print 1234567 without separators; a planner reading millions
    // needs them, so that falls back to English (United States) formats.
    const QLocale system = QLocale::system();
    const QLocale locale = !chosen && system.language() == localeForLanguage(code).language() ? system
                           : code == QLatin1String("en") && !chosen && system.language() != QLocale::C
                               ? system
                               : localeForLanguage(code);
    QLocale::setDefault(locale);
    if (code == QLatin1String("en"))
        return code;
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/tideover/translations/tideover_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(ours);
        g_ours = ours;
    } else {
        std::fprintf(stderr, "tideover: the %s translation is missing from the build\n", qPrintable(code));
        delete ours;
    }
    // Qt's own strings (OK, Cancel, Save, Discard); optional: qt6-translations-l10n.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    return code;
}

} // namespace tideover::ui
