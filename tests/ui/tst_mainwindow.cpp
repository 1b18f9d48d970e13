// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The main window as a planner uses it: it opens on the default scenario, an edit through a
// field changes the results, undo restores, unsaved changes are asked about before they are
// lost, a bad file leaves the document alone, files open by menu, by drop and from the
// recent list, and autosaved work is offered back after a crash.

#include "analysisdata/comparisonset.h"
#include "analysis/comparisonview.h"
#include "analysis/depletionchart.h"
#include "analysis/fanchart.h"
#include "analysis/riskview.h"
#include "analysis/sensitivityview.h"
#include "analysis/solvedialog.h"
#include "analysisdata/stochasticrunner.h"
#include "analysis/stresstestview.h"
#include "analysis/tornadochart.h"
#include "charts/reservechart.h"
#include "charts/resultsview.h"
#include "document/autosave.h"
#include "document/scenariodocument.h"
#include "core/io/scenariofile.h"
#include "widgets/headlinebar.h"
#include "analysis/workercaseview.h"
#include "widgets/mainwindow.h"
#include "charts/funnelchart.h"
#include "report/reportwriter.h"
#include "training/trainerpanel.h"
#include "widgets/scenarioeditor.h"
#include "widgets/parameterfield.h"
#include "widgets/userguide.h"
#include "document/preferences.h"

#include <qcustomplot.h>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QImage>
#include <QPixmap>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace tideover;
using namespace tideover::ui;

namespace {

// Answers the next modal message box named `name` by clicking `button`, and records its text.
class BoxAnswerer : public QObject {
public:
    BoxAnswerer(const QString& name, QMessageBox::StandardButton button, QString roleText = {})
        : m_name(name), m_button(button), m_roleText(std::move(roleText))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &BoxAnswerer::poll);
        m_timer.start();
    }
    bool answered() const { return m_answered; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != m_name)
            return;
        m_text = box->text() + "\n" + box->informativeText();
        QAbstractButton* b = nullptr;
        if (!m_roleText.isEmpty()) {
            for (QAbstractButton* candidate : box->buttons())
                if (candidate->text().remove('&') == m_roleText)
                    b = candidate;
        } else {
            b = box->button(m_button);
        }
        if (!b)
            return;
        m_answered = true;
        m_timer.stop();
        b->click();
    }

    QString m_name;
    QMessageBox::StandardButton m_button;
    QString m_roleText;
    QTimer m_timer;
    bool m_answered = false;
    QString m_text;
};

double finalReserve(const ScenarioDocument* d)
{
    const auto* r = d->result();
    return r->at(r->years - 1, core::Column::reserve);
}

}  // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensOnTheDefaultScenario();
    void editingAField_changesDocumentAndResults();
    void undoAction_restoresValueAndCleanState();
    void invalidValue_showsMessageAndKeepsResults();
    void close_withUnsavedChanges_asks();
    void corruptFile_showsErrorAndKeepsDocument();
    void saveThenOpen_givesTheSameScenario();
    void droppedFile_opens();
    void newFromBuiltin_asksAndResets();
    void crashLeftover_isOfferedAndRecovered();
    void f1_showsHelpOfTheFocusedParameter();
    void trainingAndReport_areReachable();
    void analysis_tabsBesideTheResults_menuHasEveryAction();
    void runMonteCarlo_showsRiskAndRuns();
    void solveFromTheMenu_applyIsOneUndoStep();
    void pinCurrent_showsCompareWithTheSnapshot();
    void standardShortcuts_saveAsCloseQuitFindUndoRedo();
    void findParameter_ctrlF_focusesTheSearchBox();
    void userGuide_opensTheBundledGuideWithItsPictures();
    void trainerMode_fromTheSessionOrThePreference();
    void projectorMode_enlargesChartsAndHeadline();
    void runSettings_chosenOnTheRiskPage_areRememberedForNewScenarios();

private:
    QTemporaryDir m_autosaveDir;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("tideover-tests"));
    QApplication::setApplicationName(QStringLiteral("TideoverTests"));
}

void MainWindowTest::init() { QSettings().clear(); }

void MainWindowTest::opensOnTheDefaultScenario()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    QVERIFY(w.windowTitle().contains(QString::fromStdString(core::loadScenario("builtin:default").meta.title)));
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.document()->scenario(), core::loadScenario("builtin:default"));
    QVERIFY(w.document()->result());
    QCOMPARE(w.headlineBar()->figureText("depletion"), QStringLiteral("never"));
}

void MainWindowTest::editingAField_changesDocumentAndResults()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    auto* field = w.editor()->findChild<QDoubleSpinBox*>(QStringLiteral("labour.job_finding_rate"));
    QVERIFY2(field, "the job-finding rate has no spin box named by its key");
    const double before = finalReserve(w.document());
    field->setFocus();
    field->setValue(field->value() + 5);  // shown as a percentage: +5 points
    emit field->editingFinished();
    QVERIFY(qAbs(w.document()->scenario().labour.job_finding_rate.at(0) - 0.40) < 1e-9);
    QVERIFY(finalReserve(w.document()) != before);
    QVERIFY(w.isWindowModified());
    QVERIFY(w.windowTitle().contains("[*]"));  // Qt shows it as "*"
}

void MainWindowTest::undoAction_restoresValueAndCleanState()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    const core::Scenario original = w.document()->scenario();
    w.document()->setValue("benefits.replacement_rates", core::ParamValue(std::vector<double>{0.7}));
    auto* undo = w.findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(w.document()->scenario(), original);
    QVERIFY(!w.isWindowModified());
    auto* redo = w.findChild<QAction*>(QStringLiteral("redoAction"));
    redo->trigger();
    QCOMPARE(w.document()->scenario().benefits.replacement_rates, std::vector<double>{0.7});
}

void MainWindowTest::invalidValue_showsMessageAndKeepsResults()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    const double valid = finalReserve(w.document());
    w.document()->setValue("benefits.waiting_days", core::ParamValue(std::int64_t{365}));
    auto* error = w.editor()->findChild<QLabel*>(QStringLiteral("benefits.waiting_days.error"));
    QVERIFY2(error, "no error label named benefits.waiting_days.error");
    QVERIFY(error->isVisibleTo(w.editor()));
    QVERIFY2(error->text().contains("365") && error->text().contains("90"), qPrintable(error->text()));
    QVERIFY(w.document()->isResultStale());
    QCOMPARE(finalReserve(w.document()), valid);
    w.document()->undoStack()->undo();
    QVERIFY(!error->isVisibleTo(w.editor()));
}

void MainWindowTest::close_withUnsavedChanges_asks()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    w.document()->setValue("labour.job_finding_rate", core::ParamValue(0.33));
    {
        BoxAnswerer answer(QStringLiteral("unsavedChangesBox"), QMessageBox::Cancel);
        QVERIFY(!w.close());
        QVERIFY(answer.answered());
        QVERIFY(answer.text().contains("unsaved changes"));
    }
    QVERIFY(w.isVisible());
    QCOMPARE(w.document()->scenario().labour.job_finding_rate, 0.33);  // nothing lost
    {
        BoxAnswerer answer(QStringLiteral("unsavedChangesBox"), QMessageBox::Discard);
        QVERIFY(w.close());
        QVERIFY(answer.answered());
    }
}

void MainWindowTest::corruptFile_showsErrorAndKeepsDocument()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath("broken.tideover");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<?xml version=\"1.0\"?><oops>");
    f.close();
    MainWindow w(m_autosaveDir.path());
    w.show();
    w.document()->setValue("labour.job_finding_rate", core::ParamValue(0.33));
    {
        BoxAnswerer keep(QStringLiteral("unsavedChangesBox"), QMessageBox::Discard);
        BoxAnswerer error(QStringLiteral("errorBox"), QMessageBox::Ok);
        QVERIFY(!w.openFile(bad));
        QVERIFY(error.answered());
        QVERIFY2(error.text().contains("broken.tideover") && error.text().contains("not a Tideover scenario file"), qPrintable(error.text()));
    }
    QCOMPARE(w.document()->scenario().labour.job_finding_rate, 0.33);
    QVERIFY(w.recentFiles().isEmpty());

    // builtin:NAME, as the command line takes it: an unknown name is refused with the known ones.
    {
        BoxAnswerer error(QStringLiteral("errorBox"), QMessageBox::Ok);
        QVERIFY(!w.openFile(QStringLiteral("builtin:atlantis")));
        QVERIFY(error.answered());
        QVERIFY2(error.text().contains("atlantis") && error.text().contains("builtin:vietnam"), qPrintable(error.text()));
    }
    QCOMPARE(w.document()->scenario().labour.job_finding_rate, 0.33);
    {
        BoxAnswerer discard(QStringLiteral("unsavedChangesBox"), QMessageBox::Discard);
        QVERIFY(w.openFile(QStringLiteral("builtin:vietnam")));
    }
    QCOMPARE(w.document()->scenario(), core::loadScenario("builtin:vietnam"));
    QVERIFY(w.recentFiles().isEmpty());
}

void MainWindowTest::saveThenOpen_givesTheSameScenario()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("variant.tideover");
    MainWindow w(m_autosaveDir.path());
    w.document()->setValue("benefits.replacement_rates", core::ParamValue(std::vector<double>{0.8, 0.5}));
    QString error;
    QVERIFY(w.document()->save(path, &error));
    const core::Scenario saved = w.document()->scenario();
    QVERIFY(w.newFromBuiltin("default"));
    QVERIFY(w.document()->scenario() != saved);
    QVERIFY(w.openFile(path));
    QCOMPARE(w.document()->scenario(), saved);
    QVERIFY(w.windowTitle().startsWith("variant.tideover"));
    QCOMPARE(w.recentFiles().value(0), path);
    auto* recent = w.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(recent && recent->actions().first()->text().contains("variant.tideover"));
}

void MainWindowTest::droppedFile_opens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("dropped.tideover");
    core::Scenario s = core::loadScenario("builtin:default");
    s.labour.force = 12345678;
    core::saveScenarioFile(s, path.toStdString());
    MainWindow w(m_autosaveDir.path());
    w.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QTRY_COMPARE(w.document()->scenario().labour.force, 12345678.0);
    QMimeData text;
    text.setText("hello");
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.setAccepted(false);
    QApplication::sendEvent(&w, &other);
    QVERIFY(!other.isAccepted());
}

void MainWindowTest::newFromBuiltin_asksAndResets()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    w.document()->setValue("labour.job_finding_rate", core::ParamValue(0.33));
    {
        BoxAnswerer answer(QStringLiteral("unsavedChangesBox"), QMessageBox::Cancel);
        QVERIFY(!w.newFromBuiltin("default"));
        QVERIFY(answer.answered());
    }
    QCOMPARE(w.document()->scenario().labour.job_finding_rate, 0.33);
    {
        BoxAnswerer answer(QStringLiteral("unsavedChangesBox"), QMessageBox::Discard);
        QVERIFY(w.newFromBuiltin("default"));
    }
    QCOMPARE(w.document()->scenario(), core::loadScenario("builtin:default"));
    QVERIFY(!w.newFromBuiltin("no-such-scenario"));
}

void MainWindowTest::crashLeftover_isOfferedAndRecovered()
{
    QTemporaryDir dir;
    core::Scenario s = core::loadScenario("builtin:default");
    s.labour.job_finding_rate = 0.27;
    core::saveScenarioFile(s, dir.filePath("autosave-999999997.tideover").toStdString());
    QFile note(dir.filePath("autosave-999999997.json"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write(QJsonDocument(QJsonObject{{"originalPath", "/tmp/lost.tideover"}, {"title", "lost.tideover"}, {"pid", 999999997}}).toJson());
    note.close();

    MainWindow w(dir.path());
    w.show();
    {
        BoxAnswerer answer(QStringLiteral("recoveryBox"), QMessageBox::NoButton, QStringLiteral("Recover"));
        w.offerRecovery();
        QVERIFY(answer.answered());
        QVERIFY(answer.text().contains("lost.tideover"));
    }
    QCOMPARE(w.document()->scenario().labour.job_finding_rate, 0.27);
    QVERIFY(w.document()->isModified());  // recovered work is unsaved work
    QCOMPARE(w.document()->filePath(), QStringLiteral("/tmp/lost.tideover"));
    QVERIFY(!QFile::exists(dir.filePath("autosave-999999997.tideover")));
    QVERIFY(QFile::exists(w.autosave()->autosavePath()));  // now kept as this process's copy
    w.autosave()->discard();
}

void MainWindowTest::f1_showsHelpOfTheFocusedParameter()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.editor()->focusParameter(QStringLiteral("benefits.waiting_days"));
    QTRY_COMPARE(w.editor()->currentParameterKey(), QStringLiteral("benefits.waiting_days"));
    BoxAnswerer answer(QStringLiteral("parameterHelpBox"), QMessageBox::Close);
    w.findChild<QAction*>(QStringLiteral("parameterHelpAction"))->trigger();
    QVERIFY(answer.answered());
    QVERIFY2(answer.text().contains("Waiting days") && answer.text().contains("benefits.waiting_days") &&
                 answer.text().contains("0..90"),
             qPrintable(answer.text()));
}

void MainWindowTest::analysis_tabsBesideTheResults_menuHasEveryAction()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    QTabWidget* tabs = w.areaTabs();
    QCOMPARE(tabs->count(), 8);  // Monitoring, the worker's view, then the coverage funnel as the last page
    // Analysis pages scroll inside their tab; compare the page itself.
    auto page = [tabs](int i) {
        auto* scroll = qobject_cast<QScrollArea*>(tabs->widget(i));
        return scroll ? scroll->widget() : tabs->widget(i);
    };
    QCOMPARE(tabs->widget(0), w.resultsView());
    QCOMPARE(tabs->currentWidget(), w.resultsView());  // the projection first, as before
    QCOMPARE(page(1), w.riskView());
    QCOMPARE(page(2), w.stressTestView());
    QCOMPARE(page(3), w.sensitivityView());
    QCOMPARE(page(4), w.comparisonView());
    QCOMPARE(page(6), static_cast<QWidget*>(w.workerCaseView()));
    QVERIFY(!w.riskView()->runner()->isRunning());  // nothing runs until the page is looked at
    auto* menu = w.findChild<QMenu*>(QStringLiteral("analysisMenu"));
    QVERIFY(menu);
    for (const char* name : {"runMonteCarloAction", "stressTestAction", "sensitivityAction", "solveContributionAction",
                             "solveReplacementAction", "pinCurrentAction", "pinFileAction"})
        QVERIFY2(w.findChild<QAction*>(QLatin1String(name)), name);
    QVERIFY(!w.findChild<QMenu*>(QStringLiteral("pinBuiltinMenu"))->actions().isEmpty());
    w.findChild<QAction*>(QStringLiteral("sensitivityAction"))->trigger();
    QCOMPARE(page(tabs->currentIndex()), w.sensitivityView());
    w.findChild<QAction*>(QStringLiteral("stressTestAction"))->trigger();
    QCOMPARE(page(tabs->currentIndex()), w.stressTestView());
    // A scenario with errors has nothing to analyse: the actions say so by being disabled.
    QVERIFY(w.document()->setValue("labour.job_finding_rate", core::ParamValue(-1.0)));
    QVERIFY(!w.findChild<QAction*>(QStringLiteral("solveContributionAction"))->isEnabled());
    QVERIFY(!w.findChild<QAction*>(QStringLiteral("runMonteCarloAction"))->isEnabled());
}

void MainWindowTest::runMonteCarlo_showsRiskAndRuns()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), w.riskView());
    QTRY_VERIFY_WITH_TIMEOUT(w.riskView()->runner()->hasResult() && !w.riskView()->runner()->isRunning(), 120000);
    QCOMPARE(w.riskView()->runner()->result().paths, w.document()->scenario().stochastic.paths);
    QVERIFY(w.riskView()->ratioChart()->isSeriesShown(w.riskView()->ratioChart()->percentileSeries(2)));
}

void MainWindowTest::solveFromTheMenu_applyIsOneUndoStep()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    const core::Scenario original = w.document()->scenario();
    w.findChild<QAction*>(QStringLiteral("solveContributionAction"))->trigger();
    auto* dialog = w.findChild<SolveDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());  // window-modal, without blocking
    QVERIFY(dialog->answer());
    const double rate = *dialog->answer();
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(w.document()->undoStack()->count(), 1);
    const auto& c = w.document()->scenario().contributions;
    QVERIFY(std::abs(c.employee_rate.at(0) + c.employer_rate.at(0) + c.government_rate.at(0) - rate) < 1e-15);
    QVERIFY(w.isWindowModified());
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Undo")));
    w.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(w.document()->scenario(), original);
    QVERIFY(!w.isWindowModified());
    QTRY_VERIFY(!w.findChild<SolveDialog*>());  // deleted on close
}

void MainWindowTest::pinCurrent_showsCompareWithTheSnapshot()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    w.findChild<QAction*>(QStringLiteral("pinCurrentAction"))->trigger();
    QCOMPARE(w.currentPage(), w.comparisonView());
    QCOMPARE(w.comparisonView()->set()->count(), 1);
    QCOMPARE(w.comparisonView()->set()->at(0).scenario, w.document()->scenario());
    QVERIFY(!w.isWindowModified());  // pinning is not an edit
}

void MainWindowTest::trainingAndReport_areReachable()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    QVERIFY(w.findChild<QMenu*>(QStringLiteral("trainingMenu")));
    QVERIFY(w.findChild<QAction*>(QStringLiteral("exportReportAction")));
    w.showPage(w.funnelChart());
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.funnelChart()));

    // An exercise opens its starting scenario in the document (nothing unsaved to ask about).
    const QStringList exercises = TrainerPanel::builtinNames();
    QVERIFY(!exercises.isEmpty());
    QString error;
    QVERIFY2(w.trainerPanel()->openBuiltin(exercises.first(), &error), qPrintable(error));
    QVERIFY(w.document()->scenario() != core::loadScenario("builtin:default"));
    QVERIFY(w.trainerPanel()->questionCount() > 0);

    QTemporaryDir dir;
    const QString pdf = dir.filePath("report.pdf");
    QVERIFY2(exportReport(w.document(), pdf, &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(f.size() > 10000);
}

void MainWindowTest::standardShortcuts_saveAsCloseQuitFindUndoRedo()
{
    MainWindow w(m_autosaveDir.path());
    const auto shortcuts = [&w](const char* name) {
        auto* action = w.findChild<QAction*>(QString::fromLatin1(name));
        return action ? action->shortcuts() : QList<QKeySequence>{};
    };
    // Explicitly, whatever the platform defines: some have no Save As or Quit key at all.
    QVERIFY(shortcuts("saveAsAction").contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    QVERIFY(shortcuts("closeAction").contains(QKeySequence(Qt::CTRL | Qt::Key_W)));
    QVERIFY(shortcuts("quitAction").contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QVERIFY(shortcuts("findParameterAction").contains(QKeySequence(Qt::CTRL | Qt::Key_F)));
    QVERIFY(shortcuts("undoAction").contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(shortcuts("redoAction").contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    // No key does two things.
    QList<QKeySequence> all;
    for (QAction* action : w.findChildren<QAction*>())
        for (const QKeySequence& key : action->shortcuts()) {
            QVERIFY2(!all.contains(key), qPrintable(key.toString()));
            all << key;
        }
}

void MainWindowTest::findParameter_ctrlF_focusesTheSearchBox()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto* filter = w.editor()->findChild<QLineEdit*>(QStringLiteral("scenarioEditor.filter"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("wage"));
    w.areaTabs()->setFocus();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), filter);
    QCOMPARE(filter->selectedText(), QStringLiteral("wage"));  // typing replaces the last search
    QTest::keyClicks(filter, QStringLiteral("waiting"));
    QVERIFY(w.editor()->field(QStringLiteral("benefits.waiting_days"))->isVisible());
    QVERIFY(!w.editor()->field(QStringLiteral("labour.job_finding_rate"))->isVisible());
}

// Help > User Guide shows docs/user-guide.md from the application's resources, offline, with
// its pictures; a link out of the bundled documents goes to the system browser only when
// clicked, never into the window.
void MainWindowTest::userGuide_opensTheBundledGuideWithItsPictures()
{
    MainWindow w(m_autosaveDir.path());
    w.show();
    auto* action = w.findChild<QAction*>(QStringLiteral("userGuideAction"));
    QVERIFY(action);
    action->trigger();
    auto* guide = w.findChild<UserGuideWindow*>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QTextDocument* document = guide->browser()->document();
    QCOMPARE(document->firstBlock().text(), QStringLiteral("Tideover user guide"));
    QCOMPARE(document->firstBlock().blockFormat().headingLevel(), 1);

    // Every picture the guide shows resolves from the resources.
    QFile source(QStringLiteral(":/tideover/guide/user-guide.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(source.readAll());
    int pictures = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            // The document's loader, as the browser uses it to show the picture (a cached QImage
            // once shown, else the file's bytes).
            const QVariant loaded = document->resource(QTextDocument::ImageResource, QUrl(name));
            QImage image;
            if (loaded.typeId() == QMetaType::QImage)
                image = loaded.value<QImage>();
            else if (loaded.typeId() == QMetaType::QPixmap)
                image = loaded.value<QPixmap>().toImage();
            else
                image.loadFromData(loaded.toByteArray());
            QVERIFY2(!image.isNull(), qPrintable(name));
            ++pictures;
        }
    QCOMPARE(pictures, int(markdown.count(QStringLiteral("](images/"))));
    QVERIFY(pictures > 5);

    // The same window is raised when asked again.
    QCOMPARE(w.showUserGuide(), guide);
    QCOMPARE(w.findChildren<UserGuideWindow*>().size(), 1);
    // Links to the bundled documents stay inside; nothing is fetched from the network.
    QSignalSpy external(guide, &UserGuideWindow::externalLinkOpened);
    emit guide->browser()->anchorClicked(QUrl(QStringLiteral("model.md")));
    QCOMPARE(guide->browser()->source(), QUrl(QStringLiteral("qrc:/tideover/guide/model.md")));
    QVERIFY(guide->browser()->document()->firstBlock().text().size() > 0);
    QCOMPARE(external.count(), 0);
}

void MainWindowTest::trainerMode_fromTheSessionOrThePreference()
{
    {
        MainWindow w(m_autosaveDir.path());
        QVERIFY(!w.isTrainerMode());
        QVERIFY(!w.trainerPanel()->isTrainerMode());
        w.setTrainerMode(true);  // tideover --trainer
        QVERIFY(w.trainerPanel()->isTrainerMode());
        QVERIFY(!Preferences::instance()->trainerMode());  // for the session only
    }
    Preferences::instance()->setTrainerMode(true);
    {
        MainWindow w(m_autosaveDir.path());
        QVERIFY(w.trainerPanel()->isTrainerMode());
        Preferences::instance()->setTrainerMode(false);  // applies to the open window at once
        QVERIFY(!w.trainerPanel()->isTrainerMode());
    }
}

void MainWindowTest::projectorMode_enlargesChartsAndHeadline()
{
    constexpr double scale = MainWindow::kProjectorScale;
    // The first axis rect's left axis: the funnel's stages have no default x axis.
    const auto tickSize = [](QCustomPlot* plot) {
        return plot->axisRects().first()->axis(QCPAxis::atLeft)->tickLabelFont().pointSizeF();
    };
    MainWindow w(m_autosaveDir.path());
    QCustomPlot* reserve = w.resultsView()->reserveChart()->plot();
    QCustomPlot* tornado = w.findChild<TornadoChart*>()->plot();
    QCustomPlot* funnel = w.findChild<FunnelChart*>()->plot();
    auto* figure = w.headlineBar()->findChild<QLabel*>(QStringLiteral("horizonRatio"));
    QVERIFY(figure);
    const double reserveTicks = tickSize(reserve);
    const double tornadoTicks = tickSize(tornado);
    const double funnelTicks = tickSize(funnel);
    const double figureSize = figure->font().pointSizeF();
    const double legendSize = reserve->legend->font().pointSizeF();
    const double editorSize = w.editor()->font().pointSizeF();
    QVERIFY(reserveTicks > 0 && figureSize > reserveTicks);

    auto* action = w.findChild<QAction*>(QStringLiteral("projectorModeAction"));
    QVERIFY(action && action->isCheckable() && !action->isChecked());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F9));
    action->trigger();  // Training > Projector Mode
    QVERIFY(w.isProjectorMode());
    QVERIFY(Preferences::instance()->projectorMode());  // remembered
    QVERIFY(action->isChecked());
    QCOMPARE(tickSize(reserve), reserveTicks * scale);
    QCOMPARE(tickSize(tornado), tornadoTicks * scale);
    QCOMPARE(tickSize(funnel), funnelTicks * scale);
    QCOMPARE(reserve->legend->font().pointSizeF(), legendSize * scale);
    QCOMPARE(figure->font().pointSizeF(), figureSize * MainWindow::kProjectorHeadlineScale);
    QVERIFY(figure->font().bold());
    QCOMPARE(w.editor()->font().pointSizeF(), editorSize);  // the rest of the window keeps its type

    action->trigger();  // off again: every size as before
    QVERIFY(!w.isProjectorMode());
    QVERIFY(!Preferences::instance()->projectorMode());
    QCOMPARE(tickSize(reserve), reserveTicks);
    QCOMPARE(tickSize(funnel), funnelTicks);
    QCOMPARE(figure->font().pointSizeF(), figureSize);

    w.setProjectorMode(true);  // tideover --projector: for the session only
    QVERIFY(action->isChecked());
    QCOMPARE(tickSize(reserve), reserveTicks * scale);
    QVERIFY(!Preferences::instance()->projectorMode());
    w.setProjectorMode(false);

    // The preference, set elsewhere (Preferences dialog), reaches an open window and a new one.
    Preferences::instance()->setProjectorMode(true);
    QCOMPARE(tickSize(reserve), reserveTicks * scale);
    MainWindow second(m_autosaveDir.path());
    QCOMPARE(tickSize(second.resultsView()->reserveChart()->plot()), reserveTicks * scale);
    Preferences::instance()->setProjectorMode(false);
    QCOMPARE(tickSize(second.resultsView()->reserveChart()->plot()), reserveTicks);
}

void MainWindowTest::runSettings_chosenOnTheRiskPage_areRememberedForNewScenarios()
{
    {
        MainWindow w(m_autosaveDir.path());
        auto* paths = w.riskView()->findChild<QSpinBox*>(QStringLiteral("simulationPaths"));
        QVERIFY(paths);
        paths->setValue(3000);
        QVERIFY(!w.document()->isModified());
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.document()->undoStack()->count(), 0);
        QCOMPARE(Preferences::instance()->riskPaths(), 3000);
        // A file opened keeps its own paths.
        QTemporaryDir dir;
        core::Scenario s = core::loadScenario("builtin:default");
        s.stochastic.paths = 1234;
        const QString path = dir.filePath("own.tideover");
        core::saveScenarioFile(s, path.toStdString());
        QVERIFY(w.openFile(path));
        QCOMPARE(w.document()->scenario().stochastic.paths, std::int64_t(1234));
        // A new scenario takes the remembered ones.
        QVERIFY(w.newFromBuiltin(QStringLiteral("default")));
        QCOMPARE(w.document()->scenario().stochastic.paths, std::int64_t(3000));
    }
    MainWindow next(m_autosaveDir.path());
    QCOMPARE(next.document()->scenario().stochastic.paths, std::int64_t(3000));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
