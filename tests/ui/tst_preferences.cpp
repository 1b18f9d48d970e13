// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Preferences: values survive a restart, settings of Tideover before preferences (version 1)
// migrate to version 2, a newer Tideover's settings are left alone, out-of-range values clamp;
// the dialog writes on OK only, and the main window follows the preferences.

#include "analysis/tornadochart.h"
#include "analysis/workerincomechart.h"
#include "charts/chartview.h"
#include "charts/funnelchart.h"
#include "charts/whopayschart.h"
#include "document/autosave.h"
#include "document/preferences.h"
#include "document/scenariodocument.h"
#include "widgets/headlinebar.h"
#include "widgets/mainwindow.h"
#include "widgets/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tideover;
using namespace tideover::ui;

class PreferencesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaults_whenNothingIsStored();
    void values_surviveARestart();
    void setters_clampOutOfRangeValues();
    void migrate_emptySettings_writesTheVersion();
    void migrate_fromVersion1_movesKeysAndDropsTheOldOnes();
    void migrate_fromVersion1_clampsOutOfRangeValues_data();
    void migrate_fromVersion1_clampsOutOfRangeValues();
    void migrate_isIdempotent();
    void migrate_leavesANewerVersionAlone_andReadsItLeniently();
    void dialog_okWritesTheValues();
    void dialog_cancelWritesNothing();
    void mainWindow_readsMigratedRecentFiles();
    void mainWindow_autosaveIntervalFollowsThePreference();
    void mainWindow_chartThemeForcesTheChartsPalette();
    void mainWindow_numberFormatRedrawsTheFigures();
    void mainWindow_newDefaultScenarioTakesThePreferredHorizon();
    void mainWindow_hasAPreferencesAction();

private:
    QTemporaryDir m_autosaveDir;
};

void PreferencesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("tideover-tests"));
    QApplication::setApplicationName(QStringLiteral("TideoverPreferencesTests"));
    QVERIFY(m_autosaveDir.isValid());
}

void PreferencesTest::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void PreferencesTest::defaults_whenNothingIsStored()
{
    Preferences p;
    QCOMPARE(p.language(), QString());
    QCOMPARE(p.numberFormat(), QString());
    QCOMPARE(p.defaultHorizon(), 30);
    QCOMPARE(p.autosaveSeconds(), 30);
    QCOMPARE(p.chartTheme(), Preferences::ChartTheme::System);
    QVERIFY(!p.projectorMode());
    QVERIFY(!p.trainerMode());
    QVERIFY(p.recentFiles().isEmpty());
    QCOMPARE(QSettings().value("settingsVersion").toInt(), Preferences::kSettingsVersion);
}

void PreferencesTest::values_surviveARestart()
{
    {
        Preferences before;
        QSignalSpy changed(&before, &Preferences::changed);
        before.setLanguage("vi");
        before.setNumberFormat("fr_FR");
        before.setDefaultHorizon(45);
        before.setAutosaveSeconds(120);
        before.setChartTheme(Preferences::ChartTheme::Dark);
        before.setProjectorMode(true);
        before.setRecentFiles({"/tmp/a.tideover", "/tmp/b.tideover"});
        before.setWindowGeometry("geometry");
        before.setWindowSplitter("splitter");
        QCOMPARE(changed.count(), 6); // window state and recent files are not preferences
        before.setAutosaveSeconds(120);
        before.setProjectorMode(true);
        QCOMPARE(changed.count(), 6); // no change, no signal
    }
    Preferences after; // as a new Tideover would
    QCOMPARE(after.language(), QStringLiteral("vi"));
    QCOMPARE(after.numberFormat(), QStringLiteral("fr_FR"));
    QCOMPARE(after.numberLocale().decimalPoint(), QStringLiteral(","));
    QCOMPARE(after.defaultHorizon(), 45);
    QCOMPARE(after.autosaveSeconds(), 120);
    QCOMPARE(after.chartTheme(), Preferences::ChartTheme::Dark);
    QVERIFY(after.projectorMode());
    QCOMPARE(after.recentFiles(), (QStringList{"/tmp/a.tideover", "/tmp/b.tideover"}));
    QCOMPARE(after.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(after.windowSplitter(), QByteArray("splitter"));
    // The documented layout, read without Preferences.
    QSettings raw;
    QCOMPARE(raw.value("settingsVersion").toInt(), 2);
    QCOMPARE(raw.value("ui/language").toString(), QStringLiteral("vi"));
    QCOMPARE(raw.value("ui/numberFormat").toString(), QStringLiteral("fr_FR"));
    QCOMPARE(raw.value("projection/defaultHorizon").toInt(), 45);
    QCOMPARE(raw.value("autosave/intervalSeconds").toInt(), 120);
    QCOMPARE(raw.value("charts/theme").toString(), QStringLiteral("dark"));
    QCOMPARE(raw.value("charts/projectorMode").toBool(), true);
    QCOMPARE(raw.value("files/recent").toStringList().size(), 2);
}

void PreferencesTest::setters_clampOutOfRangeValues()
{
    Preferences p;
    p.setAutosaveSeconds(1);
    QCOMPARE(p.autosaveSeconds(), Preferences::kMinAutosaveSeconds);
    p.setAutosaveSeconds(1000000);
    QCOMPARE(p.autosaveSeconds(), Preferences::kMaxAutosaveSeconds);
    p.setDefaultHorizon(0);
    QCOMPARE(p.defaultHorizon(), Preferences::kMinHorizon);
    p.setDefaultHorizon(500);
    QCOMPARE(p.defaultHorizon(), Preferences::kMaxHorizon);
    p.setLanguage("xx");
    QCOMPARE(p.language(), QString());
    p.setNumberFormat("not a locale");
    QCOMPARE(p.numberFormat(), QString());
}

void PreferencesTest::migrate_emptySettings_writesTheVersion()
{
    QSettings settings;
    QCOMPARE(Preferences::migrate(settings), 0);
    QCOMPARE(settings.value("settingsVersion").toInt(), Preferences::kSettingsVersion);
}

void PreferencesTest::migrate_fromVersion1_movesKeysAndDropsTheOldOnes()
{
    const QStringList recent{"/home/planner/vn-2026.tideover", "/home/planner/draft.tideover"};
    {
        // What Tideover before preferences wrote: no version key.
        QSettings old;
        old.setValue("recentFiles", recent);
        old.setValue("autosaveSeconds", 90);
        old.setValue("mainWindow/geometry", QByteArray("old geometry"));
        old.setValue("mainWindow/splitter", QByteArray("old splitter"));
        old.setValue("someoneElse/key", 7); // not ours to touch
    }
    QSettings settings;
    QCOMPARE(Preferences::migrate(settings), 1);

    QCOMPARE(settings.value("settingsVersion").toInt(), 2);
    QCOMPARE(settings.value("files/recent").toStringList(), recent);
    QCOMPARE(settings.value("autosave/intervalSeconds").toInt(), 90);
    QCOMPARE(settings.value("window/geometry").toByteArray(), QByteArray("old geometry"));
    QCOMPARE(settings.value("window/splitter").toByteArray(), QByteArray("old splitter"));
    for (const char* key : {"recentFiles", "autosaveSeconds", "mainWindow/geometry", "mainWindow/splitter"})
        QVERIFY2(!settings.contains(key), key);
    QCOMPARE(settings.value("someoneElse/key").toInt(), 7);

    Preferences p;
    QCOMPARE(p.recentFiles(), recent);
    QCOMPARE(p.autosaveSeconds(), 90);
}

void PreferencesTest::migrate_fromVersion1_clampsOutOfRangeValues_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("expected");
    QTest::newRow("too short") << QVariant(1) << Preferences::kMinAutosaveSeconds;
    QTest::newRow("zero") << QVariant(0) << Preferences::kMinAutosaveSeconds;
    QTest::newRow("negative") << QVariant(-30) << Preferences::kMinAutosaveSeconds;
    QTest::newRow("too long") << QVariant(86400) << Preferences::kMaxAutosaveSeconds;
    QTest::newRow("in range") << QVariant(600) << 600;
    QTest::newRow("text number") << QVariant(QStringLiteral("45")) << 45;
    QTest::newRow("not a number") << QVariant(QStringLiteral("often"))
                                  << Preferences::kDefaultAutosaveSeconds;
}

void PreferencesTest::migrate_fromVersion1_clampsOutOfRangeValues()
{
    QFETCH(QVariant, stored);
    QFETCH(int, expected);
    QSettings settings;
    settings.setValue("autosaveSeconds", stored);
    QCOMPARE(Preferences::migrate(settings), 1);
    QCOMPARE(settings.value("autosave/intervalSeconds").toInt(), expected);
    QCOMPARE(Preferences().autosaveSeconds(), expected);
}

void PreferencesTest::migrate_isIdempotent()
{
    QSettings settings;
    settings.setValue("recentFiles", QStringList{"/tmp/x.tideover"});
    settings.setValue("autosaveSeconds", 60);
    QCOMPARE(Preferences::migrate(settings), 1);
    const QStringList keys = settings.allKeys();
    QCOMPARE(Preferences::migrate(settings), 2);
    QCOMPARE(settings.allKeys(), keys);
    QCOMPARE(settings.value("files/recent").toStringList(), QStringList{"/tmp/x.tideover"});
    QCOMPARE(settings.value("autosave/intervalSeconds").toInt(), 60);
}

void PreferencesTest::migrate_leavesANewerVersionAlone_andReadsItLeniently()
{
    {
        QSettings newer;
        newer.setValue("settingsVersion", 3);
        newer.setValue("autosave/intervalSeconds", 2); // allowed by that version, perhaps
        newer.setValue("projection/defaultHorizon", QStringLiteral("many"));
        newer.setValue("charts/theme", QStringLiteral("sepia"));
        newer.setValue("ui/language", QStringLiteral("de"));
        newer.setValue("recentFiles", QStringList{"/tmp/kept.tideover"});
        newer.setValue("future/thing", QStringLiteral("x"));
    }
    QSettings settings;
    const QStringList keys = settings.allKeys();
    QCOMPARE(Preferences::migrate(settings), 3);
    Preferences p; // its constructor migrates too
    QCOMPARE(settings.allKeys(), keys);
    QCOMPARE(settings.value("settingsVersion").toInt(), 3);
    QCOMPARE(settings.value("autosave/intervalSeconds").toInt(), 2);
    QCOMPARE(settings.value("charts/theme").toString(), QStringLiteral("sepia"));
    QCOMPARE(settings.value("ui/language").toString(), QStringLiteral("de"));
    QCOMPARE(settings.value("recentFiles").toStringList(), QStringList{"/tmp/kept.tideover"});
    // Read leniently: clamped, or the default where the value makes no sense to us.
    QCOMPARE(p.autosaveSeconds(), Preferences::kMinAutosaveSeconds);
    QCOMPARE(p.defaultHorizon(), Preferences::kDefaultHorizon);
    QCOMPARE(p.chartTheme(), Preferences::ChartTheme::System);
    QCOMPARE(p.language(), QString());
}

void PreferencesTest::dialog_okWritesTheValues()
{
    Preferences p;
    PreferencesDialog dialog(&p);
    QCOMPARE(dialog.horizonBox()->value(), 30);
    QCOMPARE(dialog.autosaveBox()->value(), 30);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
    dialog.numberFormatBox()->setCurrentIndex(dialog.numberFormatBox()->findData(QStringLiteral("vi_VN")));
    dialog.horizonBox()->setValue(50);
    dialog.autosaveBox()->setValue(240);
    dialog.chartThemeBox()->setCurrentIndex(2);
    QVERIFY(!dialog.projectorModeBox()->isChecked());
    dialog.projectorModeBox()->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    Preferences after;
    QCOMPARE(after.language(), QStringLiteral("fr"));
    QCOMPARE(after.numberFormat(), QStringLiteral("vi_VN"));
    QCOMPARE(after.defaultHorizon(), 50);
    QCOMPARE(after.autosaveSeconds(), 240);
    QCOMPARE(after.chartTheme(), Preferences::ChartTheme::Dark);
    QVERIFY(after.projectorMode());

    PreferencesDialog again(&after); // shows what is stored
    QVERIFY(again.projectorModeBox()->isChecked());
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(again.numberFormatBox()->currentData().toString(), QStringLiteral("vi_VN"));
    QCOMPARE(again.horizonBox()->value(), 50);
    QCOMPARE(again.autosaveBox()->value(), 240);
    QCOMPARE(again.chartThemeBox()->currentIndex(), 2);
}

void PreferencesTest::dialog_cancelWritesNothing()
{
    Preferences p;
    p.setAutosaveSeconds(60);
    const QStringList keys = QSettings().allKeys();
    QSignalSpy changed(&p, &Preferences::changed);
    PreferencesDialog dialog(&p);
    dialog.languageBox()->setCurrentIndex(3);
    dialog.horizonBox()->setValue(80);
    dialog.autosaveBox()->setValue(900);
    dialog.chartThemeBox()->setCurrentIndex(1);
    dialog.projectorModeBox()->setChecked(true);
    dialog.reject();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(QSettings().allKeys(), keys);
    QCOMPARE(p.autosaveSeconds(), 60);
    QCOMPARE(p.defaultHorizon(), 30);
    QCOMPARE(p.language(), QString());
}

void PreferencesTest::mainWindow_readsMigratedRecentFiles()
{
    {
        QSettings old;
        old.setValue("recentFiles", QStringList{"/tmp/one.tideover"});
    }
    QSettings settings;
    Preferences::migrate(settings);
    MainWindow w(m_autosaveDir.path());
    QCOMPARE(w.recentFiles(), QStringList{"/tmp/one.tideover"});
}

void PreferencesTest::mainWindow_autosaveIntervalFollowsThePreference()
{
    Preferences::instance()->setAutosaveSeconds(120);
    MainWindow w(m_autosaveDir.path());
    QCOMPARE(w.autosave()->intervalSeconds(), 120);
    Preferences::instance()->setAutosaveSeconds(300); // as the dialog's OK does
    QCOMPARE(w.autosave()->intervalSeconds(), 300);
}

void PreferencesTest::mainWindow_chartThemeForcesTheChartsPalette()
{
    Preferences::instance()->setChartTheme(Preferences::ChartTheme::System);
    MainWindow w(m_autosaveDir.path());
    const auto charts = w.findChildren<ChartView*>();
    QVERIFY(!charts.isEmpty());
    const bool systemDark = charts.first()->palette().color(QPalette::Base).lightnessF() < 0.5;

    Preferences::instance()->setChartTheme(Preferences::ChartTheme::Dark);
    for (ChartView* chart : charts)
        QVERIFY2(chart->palette().color(QPalette::Base).lightnessF() < 0.5, qPrintable(chart->title()));
    // The charts that are not ChartViews follow too.
    QList<QWidget*> others;
    others << w.findChild<WhoPaysChart*>() << w.findChild<WorkerIncomeChart*>() << w.findChild<TornadoChart*>()
           << w.findChild<FunnelChart*>();
    for (QWidget* chart : others) {
        QVERIFY(chart);
        QVERIFY2(chart->palette().color(QPalette::Base).lightnessF() < 0.5, chart->metaObject()->className());
    }
    Preferences::instance()->setChartTheme(Preferences::ChartTheme::Light);
    for (ChartView* chart : charts)
        QVERIFY2(chart->palette().color(QPalette::Base).lightnessF() > 0.5, qPrintable(chart->title()));
    Preferences::instance()->setChartTheme(Preferences::ChartTheme::System);
    QCOMPARE(charts.first()->palette().color(QPalette::Base).lightnessF() < 0.5, systemDark);

    // Stored, so the next window starts with it.
    Preferences::instance()->setChartTheme(Preferences::ChartTheme::Dark);
    MainWindow next(m_autosaveDir.path());
    QVERIFY(next.findChildren<ChartView*>().first()->palette().color(QPalette::Base).lightnessF() < 0.5);
    Preferences::instance()->setChartTheme(Preferences::ChartTheme::System);
}

void PreferencesTest::mainWindow_numberFormatRedrawsTheFigures()
{
    const QLocale original;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow w(m_autosaveDir.path());
    const QString english = w.headlineBar()->figureText(QStringLiteral("breakEven"));
    QVERIFY2(english.contains(QLatin1Char('.')), qPrintable(english));

    Preferences::instance()->setNumberFormat(QStringLiteral("fr_FR")); // as the dialog's OK does
    const QString french = w.headlineBar()->figureText(QStringLiteral("breakEven"));
    QCOMPARE(QLocale().name(), QStringLiteral("fr_FR"));
    QVERIFY2(french.contains(QLatin1Char(',')) && !french.contains(QLatin1Char('.')), qPrintable(french));

    Preferences::instance()->setNumberFormat(QString());
    QLocale::setDefault(original);
}

void PreferencesTest::mainWindow_newDefaultScenarioTakesThePreferredHorizon()
{
    Preferences::instance()->setDefaultHorizon(12);
    MainWindow w(m_autosaveDir.path());
    QVERIFY(w.newFromBuiltin(QStringLiteral("default")));
    QCOMPARE(w.document()->scenario().projection.years, 12);
    QVERIFY(!w.document()->isModified());
    QVERIFY(w.document()->result());
    Preferences::instance()->setDefaultHorizon(Preferences::kDefaultHorizon);
}

void PreferencesTest::mainWindow_hasAPreferencesAction()
{
    MainWindow w(m_autosaveDir.path());
    auto* action = w.findChild<QAction*>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcuts().isEmpty());
}

QTEST_MAIN(PreferencesTest)
#include "tst_preferences.moc"
