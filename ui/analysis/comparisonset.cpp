// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "comparisonset.h"
#include "format/language.h"

#include "format/coretext.h"

#include "document/scenariodocument.h"
#include "projection.h"
#include "scenariofile.h"
#include "validation.h"

#include <QFileInfo>

namespace tideover::ui {

ComparisonSet::ComparisonSet(ScenarioDocument* document, QObject* parent)
    : QObject(parent), m_document(document)
{
    connect(m_document, &ScenarioDocument::resultsChanged, this, [this] {
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

void ComparisonSet::setIncludesCurrent(bool include)
{
    if (include == m_includeCurrent)
        return;
    m_includeCurrent = include;
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
        p.result = core::project(scenario);
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    m_pinned.push_back(std::move(p));
    emit changed();
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
    emit changed();
}

void ComparisonSet::clear()
{
    if (m_pinned.empty())
        return;
    m_pinned.clear();
    emit changed();
}

} // namespace tideover::ui
