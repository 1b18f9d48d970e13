// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "comparisonset.h"

#include "document/scenariodocument.h"
#include "format/coretext.h"
#include "format/language.h"
#include "core/engine/projection.h"
#include "core/io/scenariofile.h"
#include "core/model/validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <stdexcept>

namespace tideover::ui {

ComparisonSet::ComparisonSet(ScenarioDocument* document, QObject* parent)
    : QObject(parent), m_document(document)
{
    connect(m_document, &ScenarioDocument::resultsChanged, this, [this] {
        m_currentPackage.reset();
        m_currentPackageDone = false;
        if (m_includeCurrent)
            emit changed();
    });
}

std::vector<ComparedScenario> ComparisonSet::compared() const
{
    std::vector<ComparedScenario> columns;
    if (m_includeCurrent)
        columns.push_back({tr("%1 (editing)").arg(m_document->displayName()), &m_document->scenario(),
                           m_document->result(), true, m_document->isResultStale()});
    for (const PinnedScenario& p : m_pinned)
        columns.push_back({p.name, &p.scenario, &p.result, false, false});
    return columns;
}

const core::PackageResult* ComparisonSet::package(int index) const
{
    if (index < 0)
        return nullptr;
    if (m_includeCurrent) {
        if (index == 0) {
            if (!m_currentPackageDone) {
                m_currentPackageDone = true;
                if (m_document->result() && !m_document->isResultStale()) {
                    try {
                        m_currentPackage = core::projectPackage(m_document->scenario());
                    } catch (const std::exception&) {
                        m_currentPackage.reset();  // no results to show, as for a stale one
                    }
                }
            }
            return m_currentPackage ? &*m_currentPackage : nullptr;
        }
        --index;
    }
    return index < count() ? &m_pinned[std::size_t(index)].package : nullptr;
}

bool ComparisonSet::anyPackage() const
{
    if (m_includeCurrent && core::hasPackage(m_document->scenario()))
        return true;
    return std::any_of(m_pinned.begin(), m_pinned.end(),
                       [](const PinnedScenario& p) { return core::hasPackage(p.scenario); });
}

void ComparisonSet::setIncludesCurrent(bool include)
{
    if (include == m_includeCurrent)
        return;
    m_includeCurrent = include;
    persist();
    emit changed();
}

QString ComparisonSet::uniqueName(const QString& name, int except) const
{
    const QString base = name.trimmed().isEmpty() ? tr("Scenario") : name.trimmed();
    auto taken = [&](const QString& candidate) {
        for (int i = 0; i < count(); ++i)
            if (i != except && m_pinned[std::size_t(i)].name == candidate)
                return true;
        return false;
    };
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return candidate;
}

QString ComparisonSet::headerText(const QString& name, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

bool ComparisonSet::pin(const QString& name, const QString& origin, const core::Scenario& scenario,
                        QString* error)
{
    if (!pinQuietly(name, origin, scenario, error))
        return false;
    persist();
    emit changed();
    return true;
}

bool ComparisonSet::pinQuietly(const QString& name, const QString& origin, const core::Scenario& scenario,
                               QString* error)
{
    const auto problems = core::validate(scenario);
    if (core::hasErrors(problems)) {
        if (error) {
            QString first;
            for (const auto& p : problems)
                if (p.isError()) {
                    first = coretext::translatedProblem(p);
                    break;
                }
            *error = tr("“%1” has errors, so it has no results to compare: %2").arg(name, first);
        }
        return false;
    }
    PinnedScenario p;
    p.name = uniqueName(name);
    p.origin = origin;
    p.scenario = scenario;
    try {
        const core::Projection projection(scenario);
        p.result = projection.run();
        p.package = core::projectPackage(projection, p.result);
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    m_pinned.push_back(std::move(p));
    return true;
}

bool ComparisonSet::pinFile(const QString& path, QString* error)
{
    core::Scenario s;
    try {
        s = core::loadScenarioFile(path.toStdString());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return pin(QFileInfo(path).completeBaseName(), QFileInfo(path).absoluteFilePath(), s, error);
}

bool ComparisonSet::pinBuiltin(const QString& name, QString* error)
{
    core::Scenario s;
    try {
        s = loadBuiltinScenario(name);
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    const QString title = s.meta.title.empty() ? name : QString::fromStdString(s.meta.title);
    return pin(title, QStringLiteral("builtin:") + name, s, error);
}

void ComparisonSet::remove(int index)
{
    if (index < 0 || index >= count())
        return;
    m_pinned.erase(m_pinned.begin() + index);
    persist();
    emit changed();
}

void ComparisonSet::rename(int index, const QString& name)
{
    if (index < 0 || index >= count() || name.trimmed().isEmpty())
        return;
    const QString unique = uniqueName(name, index);
    if (unique == m_pinned[std::size_t(index)].name)
        return;
    m_pinned[std::size_t(index)].name = unique;
    persist();
    emit changed();
}

void ComparisonSet::clear()
{
    if (m_pinned.empty())
        return;
    m_pinned.clear();
    persist();
    emit changed();
}

QString ComparisonSet::setStorageFolder(const QString& folder)
{
    m_storageFolder = folder;
    QString message;
    if (m_pinned.empty())
        message = restore();
    if (!m_pinned.empty())
        emit changed();
    persist();
    return message;
}

namespace {

constexpr auto kIndexName = "pins.json";
constexpr int kStorageVersion = 1;

} // namespace

void ComparisonSet::persist() const
{
    if (m_storageFolder.isEmpty())
        return;
    // Best effort: a folder that cannot be written loses nothing of the session, only the
    // pins of the next one.
    const QDir dir(m_storageFolder);
    if (!dir.mkpath(QStringLiteral(".")))
        return;
    QJsonArray pins;
    QStringList files;
    for (std::size_t i = 0; i < m_pinned.size(); ++i) {
        const QString file = QStringLiteral("pin-%1.tideover").arg(i + 1);
        try {
            core::saveScenarioFile(m_pinned[i].scenario, QFile::encodeName(dir.filePath(file)).toStdString());
        } catch (const std::exception&) {
            return;
        }
        files << file;
        pins.append(QJsonObject{{QStringLiteral("name"), m_pinned[i].name},
                                {QStringLiteral("origin"), m_pinned[i].origin},
                                {QStringLiteral("file"), file}});
    }
    const QJsonObject index{{QStringLiteral("version"), kStorageVersion},
                            {QStringLiteral("includeCurrent"), m_includeCurrent},
                            {QStringLiteral("pins"), pins}};
    QSaveFile out(dir.filePath(QLatin1String(kIndexName)));
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.write(QJsonDocument(index).toJson());
    if (!out.commit())
        return;
    // Scenario files of pins that are gone.
    for (const QString& stale : dir.entryList({QStringLiteral("pin-*.tideover")}, QDir::Files))
        if (!files.contains(stale))
            QFile::remove(dir.filePath(stale));
}

QString ComparisonSet::restore()
{
    const QDir dir(m_storageFolder);
    QFile in(dir.filePath(QLatin1String(kIndexName)));
    if (!in.exists())
        return {};
    if (in.size() > 1 << 20 || !in.open(QIODevice::ReadOnly))
        return tr("The pinned scenarios of the last session could not be read (%1).")
            .arg(QDir::toNativeSeparators(in.fileName()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
    const QJsonObject index = document.object();
    if (parseError.error != QJsonParseError::NoError || !index.value(QStringLiteral("pins")).isArray() ||
        index.value(QStringLiteral("version")).toInt() != kStorageVersion)
        return tr("The pinned scenarios of the last session could not be read (%1).")
            .arg(QDir::toNativeSeparators(in.fileName()));
    m_includeCurrent = index.value(QStringLiteral("includeCurrent")).toBool(true);
    QStringList lost;
    const QJsonArray pins = index.value(QStringLiteral("pins")).toArray();
    for (qsizetype i = 0; i < pins.size() && i < kMaxStoredPins; ++i) {
        const QJsonObject entry = pins.at(i).toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        const QString file = entry.value(QStringLiteral("file")).toString();
        // Only our own file names, in our own folder.
        static const QRegularExpression ownName(QStringLiteral("^pin-\\d{1,4}\\.tideover$"));
        QString error;
        try {
            if (!ownName.match(file).hasMatch())
                throw std::runtime_error("not a pin file");
            const core::Scenario s =
                core::loadScenarioFile(QFile::encodeName(dir.filePath(file)).toStdString());
            if (!pinQuietly(name.isEmpty() ? tr("Scenario") : name.left(200),
                            entry.value(QStringLiteral("origin")).toString(), s, &error))
                lost << (name.isEmpty() ? file : name);
        } catch (const std::exception&) {
            lost << (name.isEmpty() ? file : name);
        }
    }
    if (lost.isEmpty())
        return {};
    const QString names = QLocale().createSeparatedList(lost);
    return lost.size() == 1
               ? tr("A pinned scenario of the last session could not be restored: %1.").arg(names)
               : tr("%1 pinned scenarios of the last session could not be restored: %2.")
                     .arg(lost.size())
                     .arg(names);
}

} // namespace tideover::ui
