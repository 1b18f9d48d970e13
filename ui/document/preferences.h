// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QByteArray>
#include <QLocale>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace tideover::ui {

// The user's preferences, stored with QSettings under a settings version so that a newer
// Tideover can migrate what an older one wrote (migrate()). One instance for the application;
// changed() tells open windows to apply a new value.
//
// Settings layout, version 2 (every key below; anything else is left alone):
//   settingsVersion           int          2
//   ui/language               string       "" (system), "en", "fr", "vi"
//   ui/numberFormat           string       "" (the language's), or a locale name ("fr_FR")
//   projection/defaultHorizon int, years   1..100, default 30
//   autosave/intervalSeconds  int, s       5..3600, default 30
//   charts/theme              string       "system" | "light" | "dark"
//   training/trainerMode      bool         the exercise panel shows the answers and debrief
//   charts/projectorMode      bool         larger type in charts and headline figures
//   risk/paths                int          1..1000000, the Risk page's paths as last chosen
//   risk/seed                 string       0..2^64-1 in decimal, the Risk page's seed
//   files/recent              string list  absolute paths, newest first
//   window/geometry           bytes        QWidget::saveGeometry()
//   window/splitter           bytes        QSplitter::saveState()
// Version 1 (Tideover before preferences) stored no version key and used "recentFiles",
// "autosaveSeconds", "mainWindow/geometry" and "mainWindow/splitter".
class Preferences : public QObject {
    Q_OBJECT

public:
    // The layout of the stored settings; bump it and extend migrate() when keys change.
    static constexpr int kSettingsVersion = 2;

    static constexpr int kDefaultHorizon = 30;
    static constexpr int kMinHorizon = 1;
    static constexpr int kMaxHorizon = 100;
    static constexpr int kDefaultAutosaveSeconds = 30;
    static constexpr int kMinAutosaveSeconds = 5;
    static constexpr int kMaxAutosaveSeconds = 3600;

    enum class ChartTheme { System, Light, Dark };
    Q_ENUM(ChartTheme)

    // Reads the application's settings (QSettings() with the organisation and application
    // names set at construction); migrates them first.
    explicit Preferences(QObject* parent = nullptr);

    // The application's instance (created on first use).
    static Preferences* instance();

    // "" follows the system locale; otherwise a language code with a shipped translation
    // ("en", "fr", "vi"). An unknown stored code reads as "".
    QString language() const;
    void setLanguage(const QString& code);
    static QStringList languages(); // the shipped codes
    // The horizon of a new scenario started from scratch, in years (1..100).
    int defaultHorizon() const;
    void setDefaultHorizon(int years);
    // The locale whose number format the GUI uses: "" = the language's own, or a locale name
    // ("en_US", "fr_FR", "vi_VN", ...).
    QString numberFormat() const;
    void setNumberFormat(const QString& localeName);
    // The locale numbers are formatted in: numberFormat(), else the language's, else the
    // system's (English (United States) under the bare C locale, which has no separators).
    QLocale numberLocale() const;
    // Seconds between autosaves of unsaved work (5..3600).
    int autosaveSeconds() const;
    void setAutosaveSeconds(int seconds);
    ChartTheme chartTheme() const;
    void setChartTheme(ChartTheme theme);
    // Trainer mode: the workshop-exercise panel shows each question's expected answer and the
    // debrief at once (`tideover --trainer` turns it on for one session).
    bool trainerMode() const;
    void setTrainerMode(bool on);
    // Projector mode: charts and the headline figures in larger type, for a room reading a
    // projected screen (`tideover --projector` turns it on for one session).
    bool projectorMode() const;
    void setProjectorMode(bool on);

    // The Risk page's run settings as the planner last chose them (0 when never): a new
    // scenario started from a built-in one takes them; an opened file keeps its own. They do
    // not emit changed().
    int riskPaths() const;
    void setRiskPaths(int paths);
    std::optional<quint64> riskSeed() const;
    void setRiskSeed(quint64 seed);

    // Window state and the recent files: stored here so every key lives in one layout, but
    // they are not "preferences" and do not emit changed().
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowSplitter() const;
    void setWindowSplitter(const QByteArray& state);

    // Brings settings written by an older Tideover to kSettingsVersion (idempotent): moves
    // renamed keys, clamps out-of-range values, drops invalid ones. Settings of a newer
    // Tideover (a higher version) are left untouched, and read leniently. Returns the version
    // found before migrating: 0 for empty settings, 1 for unversioned settings of Tideover
    // before preferences, otherwise the stored "settingsVersion".
    static int migrate(QSettings& settings);

signals:
    void changed();

private:
    mutable QSettings m_settings;
};

} // namespace tideover::ui
