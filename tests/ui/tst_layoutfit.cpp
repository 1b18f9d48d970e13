// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Every page and dock of the main window fits a ministry laptop (1366 x 768) and a projector
// (1280 x 720) in English, French and Vietnamese (issue 16, item 1): the real window, on the
// bundled default scenario, is sized to what such a screen leaves for a window, and each tab of
// the results and analyses, and each dock, is shown in turn. A case fails when the window needs
// to be wider than the screen, when a scroll area shows a horizontal scrollbar, when a widget
// reaches beyond its parent or is squeezed below its minimum (its text or controls cut), when a
// label's text is wider than the label, or when a tab bar hides tabs behind scroll arrows.
// With TIDEOVER_SCREENSHOT_DIR set, each case also saves the window as
// SIZE-LANGUAGE-CASE.png in that folder (created), to look at.

#include "analysis/comparisonview.h"
#include "analysis/riskview.h"
#include "analysisdata/stochasticrunner.h"
#include "document/scenariodocument.h"
#include "format/language.h"
#include "training/trainerpanel.h"
#include "widgets/scenarioeditor.h"
#include "widgets/mainwindow.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <memory>

using namespace tideover;
using ui::MainWindow;

namespace {

// What a screen of that size leaves for a maximised window's contents: a desktop panel of
// 32 px and a title bar of 30 px (the offscreen platform draws no frame of its own).
constexpr int kPanelAndTitle = 62;

QString describe(const QWidget* w)
{
    QString name = w->objectName();
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(w))
        text = label->text();
    else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        text = button->text();
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    QString path;
    for (const QWidget* p = w->parentWidget(); p && path.count(QLatin1Char('/')) < 4; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            path = p->objectName() + QLatin1Char('/') + path;
        }
    return QStringLiteral("%1%2(%3)%4")
        .arg(path, QString::fromLatin1(w->metaObject()->className()),
             name.isEmpty() ? QString() : name,
             text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text));
}

// Inside these, the widget's own code places its parts (cells, editors, a scrolled content
// wider than the view), so the walk does not look into them.
bool placesItsOwnChildren(const QWidget* w)
{
    return qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTabBar*>(w);
}

// The labels whose text must fit: plain one-line text, not wrapped, not elided by the code.
bool labelTextOverflows(const QLabel* label)
{
    if (label->wordWrap() || label->text().isEmpty() || label->pixmap().isNull() == false)
        return false;
    if (label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
        return false;  // the code elides it to the width it gets
    int needed = 0;
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(label->text());
        needed = int(doc.idealWidth());
    } else {
        QString text = label->text();
        if (label->buddy())  // "&Exercise:" draws no "&"
            text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
        for (const QString& line : text.split(QLatin1Char('\n')))
            needed = std::max(needed, label->fontMetrics().horizontalAdvance(line));
    }
    const int available = label->contentsRect().width() - 2 * label->margin() - 2 * std::max(0, label->indent());
    return needed > available + 1;
}

// The innermost visible widgets of `content` whose minimum width reaches past `width`: what
// makes it too wide.
QStringList widestParts(const QWidget* content, int width)
{
    // Down the chain of the children with the widest minimum, each with the minimum it asks for.
    const auto minimum = [](const QWidget* w) { return std::max(w->minimumSizeHint().width(), w->minimumWidth()); };
    QStringList parts;
    const QWidget* w = content;
    while (w && minimum(w) > width / 2) {
        const QWidget* widest = nullptr;
        for (const QWidget* c : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (!c->isHidden() && !c->isWindow() && (!widest || minimum(c) > minimum(widest)))
                widest = c;
        if (widest && minimum(widest) > width / 2)
            parts << QStringLiteral("%1 %2 %3 px").arg(QString::fromLatin1(widest->metaObject()->className()),
                                                   widest->objectName()).arg(minimum(widest));
        w = widest;
    }
    return parts;
}

// A chart drawn by QCustomPlot: its title, axes and legend lie inside the widget, and the
// legend has the room its entries need (else their names are cut).
void plotFaults(QCustomPlot* plot, QStringList& faults)
{
    plot->replot(QCustomPlot::rpImmediateRefresh);  // lays the elements out at the current size
    const QRect area = plot->viewport().adjusted(-1, -1, 1, 1);  // QCustomPlot rounds to a pixel
    for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
        if (!e || !e->visible() || e->outerRect().isEmpty())
            continue;
        if (qobject_cast<QCPLayoutGrid*>(e) && !qobject_cast<QCPLegend*>(e))
            continue;
        const QRect r = e->outerRect();
        if (!area.contains(r))
            faults << QStringLiteral("%1: its %2 at %3,%4 %5x%6 is cut by the chart's %7x%8")
                          .arg(describe(plot), QString::fromLatin1(e->metaObject()->className()))
                          .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()).arg(area.width()).arg(area.height());
        if (auto* title = qobject_cast<QCPTextElement*>(e)) {
            int widest = 0;
            for (const QString& line : title->text().split(QLatin1Char('\n')))
                widest = std::max(widest, QFontMetrics(title->font()).horizontalAdvance(line));
            if (widest > r.width() + 1)
                faults << QStringLiteral("%1: its text \"%2\" is %3 px wide, cut to %4 px")
                              .arg(describe(plot), title->text()).arg(widest).arg(r.width());
        }
        if (auto* legend = qobject_cast<QCPLegend*>(e); legend && legend->itemCount() > 0 &&
                                                          r.width() + 1 < legend->minimumOuterSizeHint().width())
            faults << QStringLiteral("%1: its legend is %2 px wide for entries that need %3 px")
                          .arg(describe(plot)).arg(r.width()).arg(legend->minimumOuterSizeHint().width());
    }
    // Labels placed on the chart (a funnel's figures beside its bars): within the chart, or
    // within their axis rect when they are clipped to it.
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot->item(i));
        if (!text || !text->visible() || text->text().isEmpty() || text->rotation() != 0)
            continue;
        const QRect bounds = text->clipToAxisRect() && text->clipAxisRect()
                                 ? text->clipAxisRect()->rect().adjusted(-1, -1, 1, 1)
                                 : area;
        const QFontMetrics metrics(text->font());
        QSize size = metrics.boundingRect(QRect(0, 0, 100000, 100000), int(text->textAlignment()), text->text()).size();
        size += QSize(text->padding().left() + text->padding().right(), text->padding().top() + text->padding().bottom());
        const QPointF anchor = text->position->pixelPosition();
        const Qt::Alignment align = text->positionAlignment();
        const double x = align & Qt::AlignRight ? anchor.x() - size.width()
                         : align & Qt::AlignHCenter ? anchor.x() - size.width() / 2.0
                                                    : anchor.x();
        const QRect r(int(x), int(anchor.y()), size.width(), 1);
        if (r.left() < bounds.left() || r.right() > bounds.right())
            faults << QStringLiteral("%1: its label \"%2\" runs past the chart's edge (%3 to %4 of %5)")
                          .arg(describe(plot), text->text()).arg(r.left()).arg(r.right()).arg(bounds.right());
    }
}

// Walks the visible widgets under `root` and lists every layout fault.
void collectFaults(const QWidget* root, QStringList& faults)
{
    const QList<QWidget*> children = root->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (const QWidget* child : children) {
        if (!child->isVisible() || child->isWindow())
            continue;
        const QRect bounds = root->rect();
        const QRect g = child->geometry();
        // A scroll area's content may be taller than its viewport (it scrolls down), never wider.
        const bool inViewport = root->objectName() == QLatin1String("qt_scrollarea_viewport");
        if (inViewport) {
            if (g.left() < 0 || g.right() > bounds.right())
                faults << QStringLiteral("%1 is wider (%2 px) than its scroll area (%3 px); widest: %4")
                              .arg(describe(child)).arg(g.width()).arg(bounds.width())
                              .arg(widestParts(child, bounds.width()).join(QStringLiteral(" > ")));
        } else if (!bounds.contains(g) && g.width() > 0 && g.height() > 0) {
            faults << QStringLiteral("%1 at %2,%3 %4x%5 reaches beyond its parent %6 (%7x%8)")
                          .arg(describe(child)).arg(g.x()).arg(g.y()).arg(g.width()).arg(g.height())
                          .arg(describe(root)).arg(bounds.width()).arg(bounds.height());
        }
        // As Qt's layouts take it: an explicit minimum width replaces the widget's hint.
        const QSize minimum(child->minimumWidth() > 0 ? child->minimumWidth() : child->minimumSizeHint().width(), 0);
        const bool ignored = child->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored;
        if (!ignored && minimum.isValid() && child->width() < minimum.width() &&
            !child->objectName().startsWith(QLatin1String("qt_")))
            faults << QStringLiteral("%1 is squeezed to %2 px, below its minimum of %3 px")
                          .arg(describe(child)).arg(child->width()).arg(minimum.width());
        if (const auto* label = qobject_cast<const QLabel*>(child); label && labelTextOverflows(label))
            faults << QStringLiteral("%1: its text is wider than the label (%2 px)")
                          .arg(describe(child)).arg(label->contentsRect().width());
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(child)) {
            // A data table scrolls sideways through its columns by design.
            if (!qobject_cast<const QAbstractItemView*>(area) && area->horizontalScrollBar()->isVisible())
                faults << QStringLiteral("%1 shows a horizontal scrollbar").arg(describe(child));
        }
        if (auto* plot = qobject_cast<QCustomPlot*>(const_cast<QWidget*>(child)))
            plotFaults(plot, faults);
        if (const auto* bar = qobject_cast<const QTabBar*>(child)) {
            for (const QToolButton* arrow : bar->findChildren<QToolButton*>())
                if (arrow->isVisible()) {
                    faults << QStringLiteral("%1 scrolls: its tabs do not fit %2 px").arg(describe(child)).arg(bar->width());
                    break;
                }
        }
        if (!placesItsOwnChildren(child))
            collectFaults(child, faults);
    }
}

void settle()
{
    // Layouts are applied in posted events; a few rounds let nested ones (scroll areas,
    // splitters, docks) follow each other, deterministically.
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Gives the window what the screen leaves it. The window's frame, however thin the platform
// draws it, is on the screen too.
void resizeToScreen(QWidget* w, const QSize& screen)
{
    const QSize frame = w->frameGeometry().size() - w->geometry().size();
    w->resize(screen.width() - frame.width(), screen.height() - kPanelAndTitle - frame.height());
    settle();
}

}  // namespace

class LayoutFitTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fits_data();
    void fits();
    void mnemonics_areDistinct_data();
    void mnemonics_areDistinct();

private:
    // One window per language, size and projector mode, made when a case first needs it.
    MainWindow* window(const QString& language, const QSize& screen, bool projector);
    void runRisk(MainWindow* w);

    QTemporaryDir m_autosave;
    std::unique_ptr<MainWindow> m_window;
    QString m_windowKey;
};

void LayoutFitTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("tideover-tests"));
    QApplication::setApplicationName(QStringLiteral("TideoverLayoutTests"));
    QSettings().clear();
}

void LayoutFitTest::cleanupTestCase()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    ui::applyLanguage(QStringLiteral("en"));
}

void LayoutFitTest::runRisk(MainWindow* w)
{
    ui::StochasticRunner* runner = w->riskView()->runner();
    if (!runner->isRunning())
        w->riskView()->run();
    if (runner->isRunning()) {
        QEventLoop loop;
        connect(runner, &ui::StochasticRunner::finished, &loop, &QEventLoop::quit);
        connect(runner, &ui::StochasticRunner::cancelled, &loop, &QEventLoop::quit);
        connect(runner, &ui::StochasticRunner::failed, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

MainWindow* LayoutFitTest::window(const QString& language, const QSize& screen, bool projector)
{
    const QString key = language + QString::number(screen.width()) + (projector ? QStringLiteral("p") : QString());
    if (m_window && m_windowKey == key)
        return m_window.get();
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    ui::applyLanguage(language);
    m_window = std::make_unique<MainWindow>(m_autosave.path());
    m_windowKey = key;
    MainWindow* w = m_window.get();
    w->setProjectorMode(projector);
    w->show();
    settle();
    resizeToScreen(w, screen);
    // The pages as a planner sees them in use: a risk run, two pinned scenarios beside the
    // one being edited.
    runRisk(w);
    w->comparisonView()->pinBuiltin(QStringLiteral("default"));
    w->comparisonView()->pinBuiltin(QStringLiteral("kelora"));
    settle();
    return w;
}

void LayoutFitTest::fits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("target");  // "page:N" (a tab of the area) or "dock:NAME"
    QTest::addColumn<bool>("projector");   // projector mode: larger type in charts and headline
    // The tabs of the area, counted from a window built in English (the same in every language).
    QStringList targets;
    {
        ui::applyLanguage(QStringLiteral("en"));
        MainWindow probe(m_autosave.path());
        for (int i = 0; i < probe.areaTabs()->count(); ++i)
            targets << QStringLiteral("page:%1").arg(i);
    }
    targets << QStringLiteral("dock:trainerDock") << QStringLiteral("dock:standardsDock")
            << QStringLiteral("dock:historyDock");
    // A scenario with a protection package (model-spec v5): the results' Package tab shows.
    targets << QStringLiteral("package:kelora-insurance-severance");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("vi")})
        for (const QSize& screen : {QSize(1366, 768), QSize(1280, 720)})
            for (const QString& target : targets)
                QTest::addRow("%dx%d-%s-%s", screen.width(), screen.height(), qPrintable(language),
                              qPrintable(QString(target).replace(QLatin1Char(':'), QLatin1Char('-'))))
                    << language << screen << target << false;
    // Projector mode on a projector's screen, with the exercise dock a trainer keeps open.
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("vi")})
        for (const QString& target : targets)
            if (!target.startsWith(QLatin1String("dock:")) || target == QLatin1String("dock:trainerDock"))
                QTest::addRow("projector-1280x720-%s-%s", qPrintable(language),
                              qPrintable(QString(target).replace(QLatin1Char(':'), QLatin1Char('-'))))
                    << language << QSize(1280, 720) << target << true;
}

void LayoutFitTest::fits()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    QFETCH(QString, target);
    QFETCH(bool, projector);
    MainWindow* w = window(language, screen, projector);

    QList<QDockWidget*> docks = w->findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        dock->hide();
    // Each case starts from the screen's size, whatever an earlier case did to the window.
    resizeToScreen(w, screen);
    // Each case looks at one tab, with all of its inner tabs; a dock's case at the dock beside
    // every tab (a dock takes width from all of them).
    QList<int> pages;
    QDockWidget* dock = nullptr;
    const bool package = target.startsWith(QLatin1String("package:"));
    if (target.startsWith(QLatin1String("page:"))) {
        pages << target.mid(5).toInt();
    } else if (package) {
        w->document()->reset(ui::loadBuiltinScenario(target.mid(8)));
        for (int i = 0; i < w->areaTabs()->count(); ++i)
            pages << i;
    } else {
        dock = w->findChild<QDockWidget*>(target.mid(5));
        QVERIFY2(dock, qPrintable(target));
        for (int i = 0; i < w->areaTabs()->count(); ++i)
            pages << i;
        if (dock->objectName() == QLatin1String("trainerDock")) {
            // The exercise with the longest name in the list, as a trainee would pick it.
            QString longest;
            for (const QString& name : ui::TrainerPanel::builtinNames())
                if (name.size() > longest.size())
                    longest = name;
            QVERIFY(w->trainerPanel()->openBuiltin(longest));
        }
        if (dock->objectName() == QLatin1String("historyDock"))
            w->showHistory();
        else
            dock->show();
    }
    settle();

    QStringList faults;
    const auto check = [&](const QString& where) {
        settle();
        QStringList found;
        if (w->frameGeometry().width() > screen.width())
            found << QStringLiteral("the window is %1 px wide").arg(w->frameGeometry().width());
        if (w->minimumSizeHint().width() > screen.width()) {
            // What asks for the width: the editor, each page of the tabs and each open dock.
            QStringList parts;
            const auto add = [&parts](const QWidget* part) {
                const int minimum = part->minimumSizeHint().width();
                parts << QStringLiteral("%1 %2 px [%3]")
                             .arg(describe(part)).arg(minimum)
                             .arg(minimum > 300 ? widestParts(part, minimum).join(QStringLiteral(" > ")) : QString());
            };
            add(w->editor());
            for (int i = 0; i < w->areaTabs()->count(); ++i)
                add(w->areaTabs()->widget(i));
            for (const QDockWidget* d : w->findChildren<QDockWidget*>())
                if (d->isVisible())
                    add(d);
            found << QStringLiteral("the window needs at least %1 px: %2")
                         .arg(w->minimumSizeHint().width()).arg(parts.join(QStringLiteral(", ")));
        }
        collectFaults(w, found);
        for (const QString& f : found)
            faults << where + QStringLiteral(": ") + f;
        const QString folder = qEnvironmentVariable("TIDEOVER_SCREENSHOT_DIR");
        if (!folder.isEmpty() && QDir().mkpath(folder)) {
            QString name = QStringLiteral("%1%2x%3-%4-%5")
                               .arg(projector ? QStringLiteral("projector-") : QString())
                               .arg(screen.width()).arg(screen.height()).arg(language, where);
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]+")), QStringLiteral("-"));
            w->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
        }
    };
    for (const int page : pages) {
        w->areaTabs()->setCurrentIndex(page);
        settle();
        // Named by its view's object name (the same in every language).
        QWidget* current = w->areaTabs()->currentWidget();
        QWidget* view = current;
        if (auto* area = qobject_cast<QScrollArea*>(current))
            view = area->widget();
        const QString pageName = (dock ? dock->objectName() + QLatin1Char('-') : QString()) +
                                 (package ? QStringLiteral("package-") : QString()) +
                                 (view->objectName().isEmpty()
                                      ? QString::fromLatin1(view->metaObject()->className()).section(QLatin1Char(':'), -1)
                                      : view->objectName());
        // The page's own tabs (charts and table, the Compare page's views, ...), one by one.
        QTabWidget* inner = current->findChild<QTabWidget*>();
        if (inner && !dock) {
            for (int i = 0; i < inner->count(); ++i) {
                inner->setCurrentIndex(i);
                check(QStringLiteral("%1.%2").arg(pageName).arg(i));
            }
            inner->setCurrentIndex(0);
        } else {
            check(pageName);
        }
    }
    if (package) {
        w->document()->reset(ui::loadBuiltinScenario(QStringLiteral("default")));
        runRisk(w);
    }
    if (dock) {
        dock->hide();
        if (dock->objectName() == QLatin1String("trainerDock")) {
            w->document()->reset(ui::loadBuiltinScenario(QStringLiteral("default")));
            runRisk(w);
        }
    }
    w->areaTabs()->setCurrentIndex(0);
    if (faults.size() > 25)
        faults = faults.mid(0, 25) << QStringLiteral("…");
    QVERIFY2(faults.isEmpty(), qPrintable(QLatin1Char('\n') + faults.join(QLatin1Char('\n'))));
}

void LayoutFitTest::mnemonics_areDistinct_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "fr", "vi"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// Alt+letter reaches one thing at a time: the menus, the tabs of the results and analyses and
// the inner tabs of each page (all on screen together) have distinct mnemonics.
void LayoutFitTest::mnemonics_areDistinct()
{
    QFETCH(QString, language);
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    ui::applyLanguage(language);
    MainWindow w(m_autosave.path());
    QStringList common;
    for (const QAction* menu : w.menuBar()->actions())
        common << menu->text();
    for (int i = 0; i < w.areaTabs()->count(); ++i)
        common << w.areaTabs()->tabText(i);
    QStringList clashes;
    for (int page = 0; page < w.areaTabs()->count(); ++page) {
        QStringList texts = common;
        if (const QTabWidget* inner = w.areaTabs()->widget(page)->findChild<QTabWidget*>())
            for (int i = 0; i < inner->count(); ++i)
                texts << inner->tabText(i);
        QHash<QString, QString> byKey;
        for (const QString& text : texts) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            const QString name = key.toString();
            const QString clash = QStringLiteral("%1 opens both \"%2\" and \"%3\"").arg(name, byKey.value(name), text);
            if (byKey.contains(name) && !clashes.contains(clash))
                clashes << clash;
            byKey.insert(name, text);
        }
    }
    ui::applyLanguage(QStringLiteral("en"));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

QTEST_MAIN(LayoutFitTest)
#include "tst_layoutfit.moc"
