// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "preferences.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <optional>

namespace tideover::ui {

namespace {

// Version 2 keys (the layout is documented in preferences.h).
const QString kVersionKey = QStringLiteral("settingsVersion");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kNumberFormatKey = QStringLiteral("ui/numberFormat");
const QString kHorizonKey = QStringLiteral("projection/defaultHorizon");
const QString kAutosaveKey = QStringLiteral("autosave/intervalSeconds");
const QString kChartThemeKey = QStringLiteral("charts/theme");
const QString kTrainerKey = QStringLiteral("training/trainerMode");
const QString kProjectorKey = QStringLiteral("charts/projectorMode");
const QString kRiskPathsKey = QStringLiteral("risk/paths");
const QString kRiskSeedKey = QStringLiteral("risk/seed");
constexpr int kMaxRiskPaths = 1000000;
const QString kRecentKey = QStringLiteral("files/recent");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");

// Version 1 keys and the version 2 keys that replaced them.
struct Renamed {
    const char* from;
    const char* to;
};
constexpr Renamed kVersion1Keys[] = {
    {"recentFiles", "files/recent"},
    {"autosaveSeconds", "autosave/intervalSeconds"},
    {"mainWindow/geometry", "window/geometry"},
    {"mainWindow/splitter", "window/splitter"},
};

QString themeName(Preferences::ChartTheme theme)
{
    switch (theme) {
    case Preferences::ChartTheme::Light:
        return QStringLiteral("light");
    case Preferences::ChartTheme::Dark:
        return QStringLiteral("dark");
    case Preferences::ChartTheme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Preferences::ChartTheme> themeFromName(const QString& name)
{
    if (name == QLatin1String("system"))
        return Preferences::ChartTheme::System;
    if (name == QLatin1String("light"))
        return Preferences::ChartTheme::Light;
    if (name == QLatin1String("dark"))
        return Preferences::ChartTheme::Dark;
    return std::nullopt;
}

bool isKnownLocaleName(const QString& name)
{
    return !name.isEmpty() && QLocale(name).language() != QLocale::C;
}

// An int in [lo, hi], or `fallback` when the stored value is missing or not a number.
int boundedInt(const QSettings& settings, const QString& key, int fallback, int lo, int hi)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? std::clamp(value, lo, hi) : fallback;
}

} // namespace

Preferences::Preferences(QObject* parent) : QObject(parent)
{
    migrate(m_settings);
}

Preferences* Preferences::instance()
{
    static Preferences* preferences = new Preferences(QCoreApplication::instance());
    return preferences;
}

QStringList Preferences::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("vi")};
}

QString Preferences::language() const
{
    const QString code = m_settings.value(kLanguageKey).toString();
    return languages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString& code)
{
    const QString value = languages().contains(code) ? code : QString();
    if (value == language())
        return;
    m_settings.setValue(kLanguageKey, value);
    emit changed();
}

int Preferences::defaultHorizon() const
{
    return boundedInt(m_settings, kHorizonKey, kDefaultHorizon, kMinHorizon, kMaxHorizon);
}

void Preferences::setDefaultHorizon(int years)
{
    const int value = std::clamp(years, kMinHorizon, kMaxHorizon);
    if (value == defaultHorizon() && m_settings.contains(kHorizonKey))
        return;
    m_settings.setValue(kHorizonKey, value);
    emit changed();
}

QString Preferences::numberFormat() const
{
    const QString name = m_settings.value(kNumberFormatKey).toString();
    return isKnownLocaleName(name) ? name : QString();
}

void Preferences::setNumberFormat(const QString& localeName)
{
    const QString value = isKnownLocaleName(localeName) ? localeName : QString();
    if (value == numberFormat())
        return;
    m_settings.setValue(kNumberFormatKey, value);
    emit changed();
}

QLocale Preferences::numberLocale() const
{
    if (const QString name = numberFormat(); !name.isEmpty())
        return QLocale(name);
    if (const QString code = language(); !code.isEmpty())
        return QLocale(code);
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

int Preferences::autosaveSeconds() const
{
    return boundedInt(m_settings, kAutosaveKey, kDefaultAutosaveSeconds, kMinAutosaveSeconds,
                      kMaxAutosaveSeconds);
}

void Preferences::setAutosaveSeconds(int seconds)
{
    const int value = std::clamp(seconds, kMinAutosaveSeconds, kMaxAutosaveSeconds);
    if (value == autosaveSeconds() && m_settings.contains(kAutosaveKey))
        return;
    m_settings.setValue(kAutosaveKey, value);
    emit changed();
}

Preferences::ChartTheme Preferences::chartTheme() const
{
    return themeFromName(m_settings.value(kChartThemeKey).toString()).value_or(ChartTheme::System);
}

void Preferences::setChartTheme(ChartTheme theme)
{
    if (theme == chartTheme() && m_settings.contains(kChartThemeKey))
        return;
    m_settings.setValue(kChartThemeKey, themeName(theme));
    emit changed();
}

bool Preferences::trainerMode() const
{
    return m_settings.value(kTrainerKey, false).toBool();
}

void Preferences::setTrainerMode(bool on)
{
    if (on == trainerMode() && m_settings.contains(kTrainerKey))
        return;
    m_settings.setValue(kTrainerKey, on);
    emit changed();
}

bool Preferences::projectorMode() const
{
    return m_settings.value(kProjectorKey, false).toBool();
}

void Preferences::setProjectorMode(bool on)
{
    if (on == projectorMode() && m_settings.contains(kProjectorKey))
        return;
    m_settings.setValue(kProjectorKey, on);
    emit changed();
}

int Preferences::riskPaths() const
{
    return boundedInt(m_settings, kRiskPathsKey, 0, 0, kMaxRiskPaths);
}

void Preferences::setRiskPaths(int paths)
{
    m_settings.setValue(kRiskPathsKey, std::clamp(paths, 1, kMaxRiskPaths));
}

std::optional<quint64> Preferences::riskSeed() const
{
    bool ok = false;
    const quint64 seed = m_settings.value(kRiskSeedKey).toString().toULongLong(&ok);
    return ok ? std::optional<quint64>(seed) : std::nullopt;
}

void Preferences::setRiskSeed(quint64 seed)
{
    // As text: QSettings' INI files keep 64-bit integers only as far as a double does.
    m_settings.setValue(kRiskSeedKey, QString::number(seed));
}

QStringList Preferences::recentFiles() const
{
    return m_settings.value(kRecentKey).toStringList();
}

void Preferences::setRecentFiles(const QStringList& files)
{
    if (files.isEmpty())
        m_settings.remove(kRecentKey);
    else
        m_settings.setValue(kRecentKey, files);
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings.value(kGeometryKey).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometryKey, geometry);
}

QByteArray Preferences::windowSplitter() const
{
    return m_settings.value(kSplitterKey).toByteArray();
}

void Preferences::setWindowSplitter(const QByteArray& state)
{
    m_settings.setValue(kSplitterKey, state);
}

int Preferences::migrate(QSettings& settings)
{
    int found = 0;
    if (settings.contains(kVersionKey)) {
        found = settings.value(kVersionKey).toInt();
        // A newer Tideover's settings: changing them could lose what it stored; read leniently.
        if (found > kSettingsVersion)
            return found;
    } else if (std::any_of(std::begin(kVersion1Keys), std::end(kVersion1Keys), [&settings](const Renamed& r) {
                   return settings.contains(QLatin1String(r.from));
               })) {
        found = 1;
    }
    if (found == kSettingsVersion)
        return found;

    // Version 1 -> 2: renamed keys. A value already under the new name wins (it is newer).
    for (const Renamed& r : kVersion1Keys) {
        const QString from = QLatin1String(r.from);
        const QString to = QLatin1String(r.to);
        if (!settings.contains(from))
            continue;
        if (!settings.contains(to))
            settings.setValue(to, settings.value(from));
        settings.remove(from);
    }
    // Values an older version (or a hand-edited file) may have left out of range.
    if (settings.contains(kAutosaveKey))
        settings.setValue(kAutosaveKey, boundedInt(settings, kAutosaveKey, kDefaultAutosaveSeconds,
                                                   kMinAutosaveSeconds, kMaxAutosaveSeconds));
    if (settings.contains(kHorizonKey))
        settings.setValue(kHorizonKey,
                          boundedInt(settings, kHorizonKey, kDefaultHorizon, kMinHorizon, kMaxHorizon));
    if (settings.contains(kLanguageKey) && !languages().contains(settings.value(kLanguageKey).toString()))
        settings.remove(kLanguageKey);
    if (settings.contains(kNumberFormatKey) &&
        !isKnownLocaleName(settings.value(kNumberFormatKey).toString()))
        settings.remove(kNumberFormatKey);
    if (settings.contains(kChartThemeKey) && !themeFromName(settings.value(kChartThemeKey).toString()))
        settings.remove(kChartThemeKey);
    if (settings.contains(kRecentKey) && settings.value(kRecentKey).toStringList().isEmpty())
        settings.remove(kRecentKey);

    settings.setValue(kVersionKey, kSettingsVersion);
    settings.sync();
    return found;
}

} // namespace tideover::ui
