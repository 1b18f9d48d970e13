// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "autosave.h"

#include "scenariodocument.h"
#include "core/io/scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <signal.h>

namespace tideover::ui {

namespace {

constexpr int kDefaultIntervalSeconds = 30;

QString notePathFor(const QString& autosavePath)
{
    QString note = autosavePath;
    note.chop(QStringLiteral(".tideover").size());
    return note + QStringLiteral(".json");
}

// Whether the Tideover that wrote a copy still runs (then its work is not ours to recover).
bool writerIsRunning(qint64 pid)
{
    if (pid <= 0 || pid == QCoreApplication::applicationPid())
        return pid == QCoreApplication::applicationPid();
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return false;
    // The pid may have been reused by another program since the crash.
    const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
    return exe.isEmpty() || QFileInfo(exe).fileName() == QFileInfo(QCoreApplication::applicationFilePath()).fileName();
}

}  // namespace

Autosave::Autosave(ScenarioDocument* document, const QString& folder, QObject* parent)
    : QObject(parent), m_document(document), m_folder(folder.isEmpty() ? defaultFolder() : folder)
{
    m_timer.setInterval(kDefaultIntervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    m_timer.start();
    // Saved work needs no copy.
    connect(m_document, &ScenarioDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Autosave::~Autosave() = default;

QString Autosave::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString Autosave::autosavePath() const
{
    return m_folder + QStringLiteral("/autosave-%1.tideover").arg(QCoreApplication::applicationPid());
}

void Autosave::setIntervalSeconds(int seconds) { m_timer.setInterval(std::max(5, seconds) * 1000); }

int Autosave::intervalSeconds() const { return m_timer.interval() / 1000; }

bool Autosave::saveNow(QString* error)
{
    if (!m_document->isModified()) {
        discard();
        return true;
    }
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("cannot create the folder %1").arg(m_folder);
        return false;
    }
    try {
        core::saveScenarioFile(m_document->scenario(), autosavePath().toStdString());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    QJsonObject note;
    note[QStringLiteral("originalPath")] = m_document->filePath();
    note[QStringLiteral("title")] = m_document->displayName();
    note[QStringLiteral("savedAt")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    note[QStringLiteral("pid")] = QCoreApplication::applicationPid();
    QFile f(notePathFor(autosavePath()));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(note).toJson()) < 0) {
        if (error)
            *error = tr("cannot write %1").arg(f.fileName());
        return false;
    }
    return true;
}

void Autosave::discard()
{
    QFile::remove(autosavePath());
    QFile::remove(notePathFor(autosavePath()));
}

QList<Autosave::Recoverable> Autosave::findRecoverable(const QString& folder)
{
    const QDir dir(folder.isEmpty() ? defaultFolder() : folder);
    QList<Recoverable> found;
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("autosave-*.tideover")}, QDir::Files)) {
        Recoverable r;
        r.autosavePath = info.absoluteFilePath();
        r.notePath = notePathFor(r.autosavePath);
        QFile f(r.notePath);
        QJsonObject note;
        if (f.open(QIODevice::ReadOnly))
            note = QJsonDocument::fromJson(f.readAll()).object();
        const qint64 pid = note.value(QStringLiteral("pid")).toInteger(info.baseName().section('-', 1).toLongLong());
        if (writerIsRunning(pid))
            continue;
        r.originalPath = note.value(QStringLiteral("originalPath")).toString();
        r.title = note.value(QStringLiteral("title")).toString(info.fileName());
        r.savedAt = QDateTime::fromString(note.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        if (!r.savedAt.isValid())
            r.savedAt = info.lastModified();
        found << r;
    }
    std::sort(found.begin(), found.end(), [](const Recoverable& a, const Recoverable& b) { return a.savedAt > b.savedAt; });
    return found;
}

std::optional<core::Scenario> Autosave::load(const Recoverable& r, QString* error)
{
    try {
        return core::loadScenarioFile(r.autosavePath.toStdString());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

void Autosave::remove(const Recoverable& r)
{
    QFile::remove(r.autosavePath);
    QFile::remove(r.notePath);
}

}  // namespace tideover::ui
