// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The translations, end to end: the compiled French and Vietnamese catalogues are embedded
// in the ui library, installing one turns the main window's menus into that language, every
// message of the .ts sources is translated with its placeholders and accelerator kept, and
// numbers follow the language's locale.

#include "analysisdata/comparisonset.h"
#include "analysis/comparisonview.h"
#include "analysis/riskview.h"
#include "analysisdata/stochasticrunner.h"
#include "analysis/stresstestview.h"
#include "document/preferences.h"
#include "document/scenariodocument.h"
#include "core/training/exercisefile.h"
#include "core/io/scenariofile.h"
#include "format/displayformat.h"
#include "format/language.h"
#include "training/trainerpanel.h"
#include "widgets/mainwindow.h"
#include "widgets/preferencesdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QApplication>
#include <QTabWidget>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using tideover::ui::MainWindow;
using tideover::ui::Preferences;
using tideover::ui::TrainerPanel;

namespace {

QStringList menuTitles(MainWindow& window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction* a : actions)
        titles << a->text();
    return titles;
}

// The placeholders of a message: %1..%99, %n and %L1, sorted (their order may change).
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

// An accelerator: an '&' not doubled ("&&" is a literal ampersand) and not an HTML entity.
bool hasAccelerator(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-zA-Z]+;|#\\d+;)(?<!&&)\\S"));
    QString t = text;
    t.replace(QStringLiteral("&&"), QString());
    return re.match(t).hasMatch();
}

struct Message {
    QString context;
    QString source;
    QStringList translations;  // one, or the numerus forms
    bool finished = true;
    bool numerus = false;
    bool obsolete = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type.isEmpty();
                // Strings no longer in the sources (lupdate without -no-obsolete) don't count.
                current.obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !current.obsolete) {
            messages << current;
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return messages;
}

}  // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void catalogues_areEmbedded_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("vi") << QStringLiteral("vi");
    }
    void catalogues_areEmbedded()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/tideover/translations/tideover_%1.qm").arg(code)));
        QVERIFY(!translator.isEmpty());
    }

    void menus_followTheInstalledLanguage()
    {
        {
            MainWindow window;
            QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        }
        auto french = std::make_unique<QTranslator>();
        QVERIFY(french->load(QStringLiteral(":/tideover/translations/tideover_fr.qm")));
        QVERIFY(QCoreApplication::installTranslator(french.get()));
        {
            MainWindow window;
            const QStringList titles = menuTitles(window);
            QVERIFY2(titles.contains(QStringLiteral("&Fichier")), qPrintable(titles.join(QLatin1Char('|'))));
            QVERIFY2(titles.contains(QStringLiteral("&Édition")), qPrintable(titles.join(QLatin1Char('|'))));
            QVERIFY2(titles.contains(QStringLiteral("&Aide")), qPrintable(titles.join(QLatin1Char('|'))));
        }
        QVERIFY(QCoreApplication::removeTranslator(french.get()));

        auto vietnamese = std::make_unique<QTranslator>();
        QVERIFY(vietnamese->load(QStringLiteral(":/tideover/translations/tideover_vi.qm")));
        QVERIFY(QCoreApplication::installTranslator(vietnamese.get()));
        {
            MainWindow window;
            const QStringList titles = menuTitles(window);
            QVERIFY2(titles.contains(QStringLiteral("&Tệp")), qPrintable(titles.join(QLatin1Char('|'))));
            QVERIFY2(!titles.contains(QStringLiteral("&Fichier")), qPrintable(titles.join(QLatin1Char('|'))));
            QVERIFY2(titles.contains(QStringLiteral("Trợ &giúp")), qPrintable(titles.join(QLatin1Char('|'))));
        }
        QVERIFY(QCoreApplication::removeTranslator(vietnamese.get()));
        MainWindow window;
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
    }

    // Preferences > Language applies at once: the window is rebuilt in the new language, and the
    // planner's work -- the scenario with its undo history, pinned scenarios, the stress test,
    // the open exercise with its answers and hints, the current page -- is all still there.
    void languageChange_appliesAtOnceKeepingTheWork()
    {
        Preferences* preferences = Preferences::instance();
        preferences->setLanguage(QStringLiteral("en"));
        tideover::ui::applyLanguage(QStringLiteral("en"));
        QTemporaryDir autosave;
        MainWindow w(autosave.path());
        w.show();
        QString error;
        QVERIFY2(w.trainerPanel()->openBuiltin(QStringLiteral("kelora-1-diagnosis"), &error), qPrintable(error));
        QVERIFY(w.trainerPanel()->checkAnswer(0, QStringLiteral("4826304")));
        QVERIFY(!w.trainerPanel()->revealNextHint().isEmpty());
        QVERIFY(w.document()->setValueFromText(QStringLiteral("benefits.waiting_days"), QStringLiteral("3")));
        QVERIFY(w.comparisonView()->pinBuiltin(QStringLiteral("thailand")));
        const QString pinStore = autosave.filePath(QStringLiteral("pinned"));
        QCOMPARE(w.setPinnedStorage(pinStore), QString());
        w.stressTestView()->setShock(2030, 0.05, 6, 18);
        QSignalSpy ran(w.riskView()->runner(), &tideover::ui::StochasticRunner::finished);
        w.riskView()->run();
        QVERIFY(ran.wait(120000));
        const Eigen::ArrayXd depletion = w.riskView()->runner()->result().depletionProbability;
        w.showPage(w.stressTestView());
        const int tab = w.areaTabs()->currentIndex();
        const QString stressTab = w.areaTabs()->tabText(tab);
        const tideover::core::Scenario scenario = w.document()->scenario();
        const int undoSteps = w.document()->undoStack()->count();
        const QString pinned = w.comparisonView()->set()->at(0).name;

        const auto expectWorkKept = [&](const char* language) {
            QVERIFY2(w.document()->scenario() == scenario, language);
            QCOMPARE(w.document()->undoStack()->count(), undoSteps);
            QVERIFY(w.document()->isModified());
            QCOMPARE(w.comparisonView()->set()->count(), 1);
            QCOMPARE(w.comparisonView()->set()->at(0).name, pinned);
            // The rebuilt page keeps writing its pins for the next session.
            QCOMPARE(w.comparisonView()->set()->storageFolder(), pinStore);
            tideover::ui::ScenarioDocument scratch;
            tideover::ui::ComparisonSet stored(&scratch);
            QCOMPARE(stored.setStorageFolder(pinStore), QString());
            QCOMPARE(stored.count(), 1);
            const tideover::core::RecessionShock shock = w.stressTestView()->shock();
            QCOMPARE(shock.startYear, 2030);
            QCOMPARE(shock.rise, 0.05);
            QCOMPARE(shock.monthsToPeak, 6);
            QCOMPARE(shock.monthsToRecover, 18);
            QCOMPARE(w.areaTabs()->currentIndex(), tab);
            // The Risk page keeps its run, not out of date.
            const tideover::ui::StochasticRunner* runner = w.riskView()->runner();
            QVERIFY(runner->hasResult() && !runner->isRunning() && !w.riskView()->isStale());
            QVERIFY((runner->result().depletionProbability == depletion).all());
            TrainerPanel* trainer = w.trainerPanel();
            QVERIFY(trainer->hasExercise());
            QVERIFY(trainer->isAttempted(0) && trainer->isAnsweredCorrectly(0));
            QCOMPARE(trainer->hintsShown(), 1);
            // The exercise itself is now in the new language.
            QCOMPARE(trainer->exerciseTitle().toStdString(),
                     tideover::core::loadExercise("builtin:kelora-1-diagnosis", language).title);
        };

        // The way a planner does it: Edit > Preferences, choose Français, OK.
        QTimer::singleShot(0, &w, [] {
            auto* dialog = qobject_cast<tideover::ui::PreferencesDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("fr")));
            dialog->accept();
        });
        QAction* preferencesAction = w.findChild<QAction*>(QStringLiteral("preferencesAction"));
        QVERIFY(preferencesAction);
        preferencesAction->trigger();
        QCOMPARE(tideover::ui::currentLanguage(), QStringLiteral("fr"));
        QTRY_VERIFY(menuTitles(w).contains(QStringLiteral("&Fichier")));
        QVERIFY2(menuTitles(w).contains(QStringLiteral("&Fichier")), qPrintable(menuTitles(w).join(QLatin1Char('|'))));
        QVERIFY(w.areaTabs()->tabText(tab) != stressTab);
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        expectWorkKept("fr");
        // Undo still works on the rebuilt window.
        QAction* undo = w.findChild<QAction*>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());

        preferences->setLanguage(QStringLiteral("vi"));
        QTRY_VERIFY2(menuTitles(w).contains(QStringLiteral("&Tệp")), qPrintable(menuTitles(w).join(QLatin1Char('|'))));
        expectWorkKept("vi");

        // The bundled scenarios are offered, and open, with their texts in the language.
        const std::string vietnamese = tideover::core::loadScenario("builtin:vietnam", "vi").meta.title;
        QVERIFY(vietnamese != tideover::core::loadScenario("builtin:vietnam").meta.title);
        QAction* newVietnam = w.findChild<QAction*>(QStringLiteral("new.vietnam"));
        QVERIFY(newVietnam);
        QCOMPARE(newVietnam->text().toStdString(), vietnamese);

        preferences->setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(menuTitles(w).contains(QStringLiteral("&File")));
        QCOMPARE(w.areaTabs()->tabText(tab), stressTab);
        expectWorkKept("en");
        undo = w.findChild<QAction*>(QStringLiteral("undoAction"));
        undo->trigger();
        QVERIFY(w.document()->scenario() != scenario);
        preferences->setLanguage(QString());
    }

    // Every text the window shows in French is French: an English source text of the catalogue
    // seen on screen means a message translated in another context than lupdate filed it in (a
    // helper's tr(), a QT_TR_NOOP read elsewhere) and so never translated.
    void everyShownText_isTranslated()
    {
        const QString path = QFINDTESTDATA(QStringLiteral("../../resources/translations/tideover_fr.ts"));
        QSet<QString> english;  // sources whose French differs
        for (const Message& m : readTs(path)) {
            const QString source = QString(m.source).remove(QLatin1Char('&'));
            if (m.numerus || m.translations.isEmpty() || source.size() < 4 || source.contains(QLatin1Char('%')))
                continue;
            if (QString(m.translations.first()).remove(QLatin1Char('&')) != source)
                english.insert(source);
        }
        QVERIFY(english.size() > 500);

        Preferences::instance()->setLanguage(QStringLiteral("fr"));
        tideover::ui::applyLanguage(QStringLiteral("fr"));
        QStringList untranslated;
        QSet<QString> seen;
        {
            QTemporaryDir autosave;
            MainWindow w(autosave.path());
            w.show();
            // Something on every page: an error, a pinned scenario, an open exercise.
            QString error;
            QVERIFY(w.trainerPanel()->openBuiltin(QStringLiteral("kelora-2-design"), &error));
            QVERIFY(w.document()->setValueFromText(QStringLiteral("benefits.waiting_days"), QStringLiteral("900")));
            QVERIFY(w.comparisonView()->pinBuiltin(QStringLiteral("thailand")));
            for (QDockWidget* dock : w.findChildren<QDockWidget*>())
                dock->show();
            // English phrases of several words, to find inside composed texts ("1 error" in
            // "1 error dans le scénario").
            QStringList phrases;
            for (const QString& source : std::as_const(english))
                if (source.contains(QLatin1Char(' ')) && source.size() >= 7 && source.size() <= 40)
                    phrases << source;
            auto check = [&](const QString& text, const QString& where) {
                const QString plain = QString(text).remove(QLatin1Char('&')).trimmed();
                QString found = english.contains(plain) ? plain : QString();
                for (int i = 0; found.isEmpty() && i < phrases.size(); ++i) {
                    const qsizetype at = plain.indexOf(phrases[i]);
                    const auto boundary = [&](qsizetype pos) { return pos < 0 || pos >= plain.size() || !plain[pos].isLetter(); };
                    if (at >= 0 && boundary(at - 1) && boundary(at + phrases[i].size()))
                        found = phrases[i];
                }
                if (!found.isEmpty() && !seen.contains(found)) {
                    seen.insert(found);
                    untranslated << found + QStringLiteral("   [in \"") + plain.left(80) + QStringLiteral("\" ") + where + QLatin1Char(']');
                }
            };
            for (int page = 0; page < w.areaTabs()->count(); ++page) {
                w.areaTabs()->setCurrentIndex(page);
                QTest::qWait(20);
                for (const QLabel* label : w.findChildren<QLabel*>())
                    check(label->text(), label->objectName() + QLatin1Char(' ') + label->parent()->metaObject()->className());
                for (const QAbstractButton* button : w.findChildren<QAbstractButton*>())
                    check(button->text(), button->objectName());
                for (const QTabBar* bar : w.findChildren<QTabBar*>())
                    for (int i = 0; i < bar->count(); ++i)
                        check(bar->tabText(i), QStringLiteral("tab"));
                for (const QLineEdit* edit : w.findChildren<QLineEdit*>())
                    check(edit->placeholderText(), edit->objectName());
                for (const QWidget* widget : w.findChildren<QWidget*>())
                    check(widget->toolTip(), QStringLiteral("tooltip of ") + widget->objectName());
                for (const QComboBox* box : w.findChildren<QComboBox*>())
                    for (int i = 0; i < box->count(); ++i)
                        check(box->itemText(i), box->objectName());
            }
            for (const QAction* action : w.findChildren<QAction*>())
                check(action->text(), action->objectName());
        }
        Preferences::instance()->setLanguage(QString());
        tideover::ui::applyLanguage(QStringLiteral("en"));
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("shown in English:\n") + untranslated.join(QLatin1Char('\n'))));
    }

    void tsFiles_areCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("fr") << QStringLiteral("fr") << 2;
        QTest::newRow("vi") << QStringLiteral("vi") << 1;
    }
    void tsFiles_areCompleteAndConsistent()
    {
        QFETCH(QString, code);
        QFETCH(int, pluralForms);
        const QString path = QFINDTESTDATA(QStringLiteral("../../resources/translations/tideover_%1.ts").arg(code));
        QVERIFY2(!path.isEmpty(), "resources/translations/*.ts not found");
        const QList<Message> messages = readTs(path);
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QLatin1String(": \"") + m.source + QLatin1Char('"');
            if (!m.finished) {
                problems << QLatin1String("unfinished ") + where;
                continue;
            }
            if (m.numerus && m.translations.size() != pluralForms)
                problems << QStringLiteral("%1 plural forms instead of %2: ").arg(m.translations.size()).arg(pluralForms) + where;
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                    problems << QLatin1String("empty ") + where;
                    continue;
                }
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(t);
                // A plural form for one may spell the number out ("un", "một") instead of %n.
                if (m.numerus && m.translations.size() > 1 && &t == &m.translations.first()) {
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << QStringLiteral("placeholders %1 vs %2 in ").arg(got.join(QLatin1Char(',')), expected.join(QLatin1Char(','))) + where;
                if (hasAccelerator(m.source) && !hasAccelerator(t))
                    problems << QLatin1String("no accelerator in \"") + t + QLatin1String("\" for ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages:\n").arg(problems.size()).arg(messages.size())
                                                + problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void numbers_followTheLocale()
    {
        const QLocale french(QLocale::French, QLocale::France);
        const QString text = tideover::ui::format::number(1234567.5, 1, french);
        QVERIFY2(text.contains(QLatin1Char(',')), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('.')), qPrintable(text));
        QCOMPARE(text, french.toString(1234567.5, 'f', 1));
        QVERIFY(text.startsWith(QLatin1String("1")) && text.endsWith(QLatin1String("567,5")));
        QCOMPARE(text.size(), 11);  // a group separator (narrow no-break space) between thousands
        const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
        QCOMPARE(tideover::ui::format::number(1234567.5, 1, vietnamese), QStringLiteral("1.234.567,5"));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
