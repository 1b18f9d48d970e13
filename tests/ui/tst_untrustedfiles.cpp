// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Scenario files are email attachments from strangers. The desktop app opens every hostile
// file of tests/data/hostile and every extreme of tests/core/extremes.h (each key at its
// limits, the longest lists), directly and through Recover, shows the pages and docks on them
// and stays up; and text from a file reaches the screen as plain text, never as HTML.

#include "../core/extremes.h"

#include "analysis/comparisonview.h"
#include "document/autosave.h"
#include "document/scenariodocument.h"
#include "training/standardsview.h"
#include "widgets/mainwindow.h"

#include "core/io/scenariofile.h"
#include "core/model/validation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace tideover;
using namespace tideover::ui;

namespace {

// Answers every modal message box while alive: clicks the button whose text is `choose` (or
// the box's escape button), and records each box's text and whether it shows as plain text.
// It acts whenever a box is up, so what it does does not depend on timing.
class ModalAnswerer : public QObject {
public:
    explicit ModalAnswerer(QString choose = {}) : m_choose(std::move(choose))
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswerer::poll);
        m_timer.start();
    }
    int count() const { return m_count; }
    QStringList texts() const { return m_texts; }
    QStringList richTexts() const { return m_richTexts; }

private:
    void poll()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
        ++m_count;
        m_texts << text;
        bool plain = box->textFormat() == Qt::PlainText;
        for (const QLabel* label : box->findChildren<QLabel*>())
            if (label->objectName() == QLatin1String("qt_msgbox_informativelabel") &&
                label->textFormat() != Qt::PlainText)
                plain = false;
        if (!plain)
            m_richTexts << box->objectName() + QStringLiteral(": ") + text.left(200);
        QAbstractButton* button = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (!m_choose.isEmpty() && b->text().remove(QLatin1Char('&')) == m_choose)
                button = b;
        if (!button)
            button = box->escapeButton() ? box->escapeButton() : box->buttons().value(0);
        if (button)
            button->click();
        else
            box->reject();
    }

    QString m_choose;
    QTimer m_timer;
    int m_count = 0;
    QStringList m_texts;
    QStringList m_richTexts;
};

// Shows the docks and the next result or analysis page in turn (every page sees many
// files; each file is seen by one page and the always-visible parts), and draws that page
// (grab() lays out and paints it, even in a window that is not shown).
void visitNextPage(MainWindow& w)
{
    for (QDockWidget* dock : w.findChildren<QDockWidget*>())
        dock->show();
    QTabWidget* tabs = w.areaTabs();
    tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count());
    QCoreApplication::processEvents();
    (void)tabs->currentWidget()->grab();
}

// What one file costs is mostly laying out the rebuilt editor of a shown window; the
// extremes and the recoveries run in a window that is not shown, so that the test takes
// tens of seconds rather than minutes on a loaded machine. The views refresh on the
// document's signals all the same, and visitNextPage still draws the pages.

// Files under tests/data/hostile (the loads/ folder included).
QStringList hostileFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(TIDEOVER_TEST_DATA "/hostile"), {QStringLiteral("*.tideover")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// A recoverable autosave of `scenarioFile` in `folder`, as a Tideover that died leaves it.
void leaveAutosave(const QString& folder, const QByteArray& scenarioFile, const QString& title)
{
    QDir().mkpath(folder);
    QFile copy(folder + QStringLiteral("/autosave-999999997.tideover"));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(scenarioFile);
    copy.close();
    QFile note(folder + QStringLiteral("/autosave-999999997.json"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write(QJsonDocument(QJsonObject{{QStringLiteral("originalPath"), QString()},
                                         {QStringLiteral("title"), title},
                                         {QStringLiteral("pid"), 999999997}})
                   .toJson());
}

constexpr const char* kHtml = "<h1>BIG</h1><a href=\"https://example.org/x\">click</a><style>*{color:red}</style>";

bool rendersAsHtml(const QLabel* label)
{
    return label->textFormat() == Qt::RichText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

}  // namespace

class UntrustedFilesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void everyHostileFile_opensOrIsRefused_andTheWindowStaysUp();
    void everyExtreme_opensAndEveryPageDraws();
    void everyHostileAndExtreme_recoveredFromAutosave_staysUp();
    void invalidScenario_runsNoAnalysis();
    void textFromAFile_isShownAsPlainText();

private:
    QTemporaryDir m_autosaveDir;
};

void UntrustedFilesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("tideover-tests"));
    QApplication::setApplicationName(QStringLiteral("TideoverUntrusted"));
}

void UntrustedFilesTest::everyHostileFile_opensOrIsRefused_andTheWindowStaysUp()
{
    MainWindow w(m_autosaveDir.path());
    w.resize(1366, 768);
    w.show();
    const QStringList files = hostileFiles();
    QVERIFY(files.size() > 90);
    int opened = 0;
    for (const QString& file : files) {
        ModalAnswerer answerer;
        const core::Scenario before = w.document()->scenario();
        const bool ok = w.openFile(file);
        if (ok) {
            ++opened;
        } else {
            // Refused with a message, and the document the user had is kept.
            QVERIFY2(answerer.count() == 1, qPrintable(file));
            QVERIFY2(w.document()->scenario() == before, qPrintable(file));
        }
        visitNextPage(w);
        QVERIFY2(answerer.richTexts().isEmpty(), qPrintable(answerer.richTexts().join('\n')));
    }
    qInfo("%lld hostile files: %d opened, %lld refused with a message", qlonglong(files.size()), opened,
          qlonglong(files.size() - opened));
}

void UntrustedFilesTest::everyExtreme_opensAndEveryPageDraws()
{
    QTemporaryDir dir;
    MainWindow w(m_autosaveDir.path());
    w.resize(1280, 720);  // not shown: see visitNextPage
    const auto extremes = test::extremeScenarios(QStringLiteral(TIDEOVER_TEST_DATA "/hostile/loads"));
    int invalid = 0;
    for (std::size_t i = 0; i < extremes.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("extreme-%1.tideover").arg(i));
        core::saveScenarioFile(extremes[i].scenario, path.toStdString());
        ModalAnswerer answerer;
        QVERIFY2(w.openFile(path), extremes[i].name.c_str());
        QCOMPARE(w.document()->scenario(), extremes[i].scenario);
        invalid += core::hasErrors(w.document()->problems()) ? 1 : 0;
        visitNextPage(w);
    }
    qInfo("%lld extremes opened (%d of them invalid, shown with their problems)", qlonglong(extremes.size()),
          invalid);
    QVERIFY(invalid > 0);
}

void UntrustedFilesTest::everyHostileAndExtreme_recoveredFromAutosave_staysUp()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("autosave"));
    QList<QByteArray> files;
    for (const QString& file : hostileFiles()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        files << f.readAll();
    }
    for (const auto& extreme : test::extremeScenarios(QStringLiteral(TIDEOVER_TEST_DATA "/hostile/loads")))
        files << QByteArray::fromStdString(core::writeScenario(extreme.scenario));

    MainWindow w(folder);  // not shown: see visitNextPage
    int recovered = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        leaveAutosave(folder, files[i], QString::fromUtf8(kHtml));
        ModalAnswerer answerer(QStringLiteral("Recover"));
        const core::Scenario before = w.document()->scenario();
        w.offerRecovery();
        QVERIFY(answerer.count() >= 1);  // the question, and a refusal when the copy cannot be read
        QVERIFY2(answerer.richTexts().isEmpty(), qPrintable(answerer.richTexts().join('\n')));
        if (answerer.count() == 1)
            ++recovered;
        else
            QVERIFY(w.document()->scenario() == before);
        // The pages were drawn on each of these files by the tests above; here the window
        // only takes what Recover hands it (laying out its rebuilt editor now and then).
        if (i % 25 == 0)
            QCoreApplication::processEvents();
        // What the recovery could not read is kept for another try; clear it for the next file.
        QFile::remove(folder + QStringLiteral("/autosave-999999997.tideover"));
        QFile::remove(folder + QStringLiteral("/autosave-999999997.json"));
    }
    qInfo("%lld autosaves offered: %d recovered, the rest refused with a message", qlonglong(files.size()),
          recovered);
    w.autosave()->discard();
}

void UntrustedFilesTest::invalidScenario_runsNoAnalysis()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("duration.tideover"));
    QVERIFY(QFile::copy(QStringLiteral(TIDEOVER_TEST_DATA "/hostile/loads/duration-int-max.tideover"), path));
    MainWindow w(m_autosaveDir.path());
    w.show();
    QVERIFY(w.openFile(path));
    QVERIFY(core::hasErrors(w.document()->problems()));
    // The standards check ran on it and crashed the app (signal 11) before.
    QVERIFY(w.standardsView()->findings().empty());
    QVERIFY(w.standardsView()->model()->rowCount() == 0);
    QVERIFY(!w.document()->result());
}

void UntrustedFilesTest::textFromAFile_isShownAsPlainText()
{
    QTemporaryDir dir;
    const QString html = QString::fromUtf8(kHtml);
    core::Scenario s = core::loadScenario("builtin:default");
    s.meta.title = kHtml;
    s.meta.description = kHtml;
    s.meta.author = kHtml;
    s.meta.country = kHtml;
    for (auto& [key, source] : s.sources)
        source = kHtml;
    const QString path = dir.filePath(QStringLiteral("html.tideover"));
    core::saveScenarioFile(s, path.toStdString());

    MainWindow w(m_autosaveDir.path());
    w.resize(1366, 768);
    w.show();
    {
        ModalAnswerer answerer;
        QVERIFY(w.openFile(path));
    }
    visitNextPage(w);
    QStringList offenders;
    for (const QLabel* label : w.findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("<h1>BIG")) && rendersAsHtml(label))
            offenders << label->objectName() + QStringLiteral(" (") + label->parent()->metaObject()->className() +
                             QStringLiteral(")");
    QVERIFY2(offenders.isEmpty(), qPrintable("labels render a file's HTML: " + offenders.join(", ")));

    // A file whose unknown key and bad value hold HTML: the refusal quotes them as text.
    std::string text = core::writeScenario(core::loadScenario("builtin:default"));
    const auto at = text.find("<key>labour.force</key>");
    QVERIFY(at != std::string::npos);
    text.replace(at, std::string("<key>labour.force</key>").size(),
                 "<key>&lt;h1&gt;BIG&lt;/h1&gt;&lt;a href=&quot;https://example.org&quot;&gt;x&lt;/a&gt;</key>");
    QFile bad(dir.filePath(QStringLiteral("bad-key.tideover")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray::fromStdString(text));
    bad.close();
    {
        ModalAnswerer answerer;
        QVERIFY(!w.openFile(bad.fileName()));
        QCOMPARE(answerer.count(), 1);
        QVERIFY2(answerer.texts().value(0).contains(QStringLiteral("<h1>BIG")), qPrintable(answerer.texts().value(0)));
        QVERIFY2(answerer.richTexts().isEmpty(), qPrintable(answerer.richTexts().join('\n')));
    }

    // The recovery question quotes the autosave's title as text.
    const QString folder = dir.filePath(QStringLiteral("autosave"));
    leaveAutosave(folder, QByteArray::fromStdString(core::writeScenario(s)), html);
    MainWindow recovering(folder);
    recovering.show();
    {
        ModalAnswerer answerer(QStringLiteral("Discard"));
        recovering.offerRecovery();
        QCOMPARE(answerer.count(), 1);
        QVERIFY2(answerer.texts().value(0).contains(QStringLiteral("<h1>BIG")), qPrintable(answerer.texts().value(0)));
        QVERIFY2(answerer.richTexts().isEmpty(), qPrintable(answerer.richTexts().join('\n')));
    }
}

QTEST_MAIN(UntrustedFilesTest)
#include "tst_untrustedfiles.moc"
