// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The layer rules of the build: the core includes no Qt, GUI or app header; each of the core's
// folders includes only its own and lower layers (model < engine < analysis < io < training,
// docs/architecture.md); and the command line, which links the core only, loads no Qt library.

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class LayeringTest : public QObject {
    Q_OBJECT

private slots:
    void core_includesNoQtHeader();
    void coreFolder_includesOnlyLowerLayers_data();
    void coreFolder_includesOnlyLowerLayers();
    void cli_linksNoQtLibrary();
};

namespace {

struct Source {
    QString path;
    QString text;
};

// The files under `folder` of the source tree, with their text.
QList<Source> sourcesIn(const QString& folder, QDirIterator::IteratorFlags flags)
{
    QList<Source> sources;
    QDirIterator it(QStringLiteral(TIDEOVER_SOURCE_DIR "/") + folder, QDir::Files, flags);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            sources.push_back({f.fileName(), QString::fromUtf8(f.readAll())});
    }
    return sources;
}

}  // namespace

void LayeringTest::core_includesNoQtHeader()
{
    const QRegularExpression forbidden(QStringLiteral(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]+|qcustomplot[^>"]*|Qt[A-Za-z]+/[^>"]*|ui/[^>"]*|app/[^>"]*)[>"])"),
                                       QRegularExpression::MultilineOption);
    const QList<Source> sources = sourcesIn(QStringLiteral("core"), QDirIterator::Subdirectories);
    QStringList offenders;
    for (const Source& source : sources) {
        auto match = forbidden.match(source.text);
        if (match.hasMatch())
            offenders << source.path + ": " + match.captured(0).trimmed();
    }
    QVERIFY2(sources.size() >= 10, "the core's sources were not found");
    QVERIFY2(offenders.isEmpty(), qPrintable("core/ must not include Qt or GUI headers:\n" + offenders.join('\n')));
    // The core's CMake target links no Qt module either.
    QFile cmake(QStringLiteral(TIDEOVER_SOURCE_DIR "/core/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    QVERIFY2(!cmake.readAll().contains("Qt6::"), "core/CMakeLists.txt links a Qt module");
}

namespace {

// The core's layers, lowest first; a folder may include its own layer and those before it.
const QStringList kCoreLayers = {QStringLiteral("model"), QStringLiteral("engine"), QStringLiteral("analysis"),
                                 QStringLiteral("io"), QStringLiteral("training")};

}  // namespace

void LayeringTest::coreFolder_includesOnlyLowerLayers_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString& folder : kCoreLayers)
        QTest::newRow(qPrintable(folder)) << folder;
}

void LayeringTest::coreFolder_includesOnlyLowerLayers()
{
    QFETCH(QString, folder);
    const qsizetype rank = kCoreLayers.indexOf(folder);
    const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s*"core/([A-Za-z_]+)/[^"]+")re"),
                                     QRegularExpression::MultilineOption);
    const QRegularExpression bareInclude(QStringLiteral(R"re(^\s*#\s*include\s*"(?!core/)([^"]+)")re"),
                                         QRegularExpression::MultilineOption);
    const QList<Source> sources = sourcesIn(QStringLiteral("core/") + folder, QDirIterator::NoIteratorFlags);
    QStringList offenders;
    for (const Source& source : sources) {
        for (auto m = include.globalMatch(source.text); m.hasNext();) {
            const auto match = m.next();
            const qsizetype other = kCoreLayers.indexOf(match.captured(1));
            if (other < 0 || other > rank)
                offenders << source.path + ": " + match.captured(0).trimmed();
        }
        // Core headers are included by their folder, so that this check sees every one.
        for (auto m = bareInclude.globalMatch(source.text); m.hasNext();)
            offenders << source.path + " (include core headers as \"core/FOLDER/NAME.h\"): " +
                             m.next().captured(0).trimmed();
    }
    QVERIFY2(sources.size() >= 2, qPrintable("no sources found in core/" + folder));
    QVERIFY2(offenders.isEmpty(), qPrintable("core/" + folder + " reaches a higher layer (allowed: " +
                                             kCoreLayers.mid(0, rank + 1).join(", ") + "):\n" +
                                             offenders.join('\n')));
}

void LayeringTest::cli_linksNoQtLibrary()
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral(TIDEOVER_CLI)});
    QVERIFY2(readelf.waitForFinished(30000), "readelf did not run (binutils is needed)");
    const QString dynamic = QString::fromUtf8(readelf.readAllStandardOutput());
    QVERIFY2(dynamic.contains("NEEDED"), qPrintable("no dynamic section read from " TIDEOVER_CLI "\n" + dynamic));
    QVERIFY2(!dynamic.contains("libQt"), qPrintable("tideover-cli loads a Qt library:\n" + dynamic));
}

QTEST_GUILESS_MAIN(LayeringTest)
#include "tst_layering.moc"
