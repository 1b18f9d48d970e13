// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The link rule inside ui/ (ui/README.md): the document library (document/, models/, format/,
// analysisdata/) uses Qt Core and Gui only. None of its sources includes a header of Qt Widgets,
// Qt PrintSupport, QCustomPlot or the widgets library, its CMake target links none of them, and a
// test linking only it loads no such library.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class UiLayeringTest : public QObject {
    Q_OBJECT

private slots:
    void documentLibrary_includesNoWidgetsHeader();
    void documentLibrary_linksNoWidgetsModule();
    void documentTest_loadsNoWidgetsLibrary();
};

namespace {

const QStringList kDocumentFolders = {QStringLiteral("document"), QStringLiteral("models"),
                                      QStringLiteral("format"), QStringLiteral("analysisdata")};
const QStringList kWidgetsFolders = {QStringLiteral("widgets"), QStringLiteral("charts"),
                                     QStringLiteral("analysis"), QStringLiteral("training"),
                                     QStringLiteral("report")};
// What the document library must not link or load.
const QStringList kWidgetsModules = {QStringLiteral("Widgets"), QStringLiteral("PrintSupport"),
                                     QStringLiteral("QCustomPlot")};

// The class headers of Qt Widgets and Qt PrintSupport (<QLabel>, <QPrinter>, ...), read from the
// installed Qt's include folders.
QSet<QString> widgetsClassHeaders()
{
    QSet<QString> names;
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const QString& module : {QStringLiteral("QtWidgets"), QStringLiteral("QtPrintSupport")})
        for (const QString& name : QDir(headers + QLatin1Char('/') + module).entryList(QDir::Files))
            names.insert(name);
    return names;
}

} // namespace

void UiLayeringTest::documentLibrary_includesNoWidgetsHeader()
{
    const QSet<QString> classHeaders = widgetsClassHeaders();
    QVERIFY2(classHeaders.contains(QStringLiteral("QWidget")) &&
                 classHeaders.contains(QStringLiteral("QPrinter")),
             qPrintable("the Qt Widgets headers were not found under " +
                        QLibraryInfo::path(QLibraryInfo::HeadersPath)));
    const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                     QRegularExpression::MultilineOption);
    int files = 0;
    QStringList offenders;
    for (const QString& folder : kDocumentFolders) {
        QDirIterator it(QStringLiteral(TIDEOVER_SOURCE_DIR "/ui/") + folder, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            for (auto m = include.globalMatch(QString::fromUtf8(f.readAll())); m.hasNext();) {
                const auto match = m.next();
                const QString header = match.captured(1);
                const QString top = header.section(QLatin1Char('/'), 0, 0);
                if (classHeaders.contains(header) || top == QLatin1String("QtWidgets") ||
                    top == QLatin1String("QtPrintSupport") ||
                    header.startsWith(QLatin1String("qcustomplot")) ||
                    (header.contains(QLatin1Char('/')) && kWidgetsFolders.contains(top)))
                    offenders << path + ": " + match.captured(0).trimmed();
            }
        }
    }
    QVERIFY2(files >= 10, "the document library's sources were not found");
    QVERIFY2(offenders.isEmpty(),
             qPrintable("the document library includes a widgets header:\n" + offenders.join('\n')));
}

void UiLayeringTest::documentLibrary_linksNoWidgetsModule()
{
    QFile cmake(QStringLiteral(TIDEOVER_SOURCE_DIR "/ui/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cmake.readAll());
    const QRegularExpression links(
        QStringLiteral(R"(target_link_libraries\(\s*tideover_ui_document\b([^)]*)\))"));
    const auto match = links.match(text);
    QVERIFY2(match.hasMatch(), "ui/CMakeLists.txt has no target_link_libraries(tideover_ui_document ...)");
    const QString linked = match.captured(1);
    QVERIFY2(linked.contains(QLatin1String("Qt6::Core")), qPrintable(linked));
    for (const QString& module : kWidgetsModules)
        QVERIFY2(!linked.contains(module), qPrintable("tideover_ui_document links " + module + ":" + linked));
}

void UiLayeringTest::documentTest_loadsNoWidgetsLibrary()
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral(TIDEOVER_DOCUMENT_TEST)});
    QVERIFY2(readelf.waitForFinished(30000), "readelf did not run (binutils is needed)");
    const QString dynamic = QString::fromUtf8(readelf.readAllStandardOutput());
    QVERIFY2(dynamic.contains(QLatin1String("libQt6Core")),
             qPrintable("no Qt Core found in the dynamic section of " TIDEOVER_DOCUMENT_TEST "\n" + dynamic));
    for (const QString& module : kWidgetsModules)
        QVERIFY2(!dynamic.contains(module, Qt::CaseInsensitive),
                 qPrintable("a test of the document library loads " + module + ":\n" + dynamic));
}

QTEST_GUILESS_MAIN(UiLayeringTest)
#include "tst_uilayering.moc"
