// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "scenariodocument.h"

#include "safefile.h"

#include "changegroupscommand.h"
#include "changehistorycommand.h"
#include "changevaluecommand.h"
#include "core/engine/projection.h"
#include "core/io/scenariofile.h"
#include "core/model/datedchanges.h"
#include "core/model/scenariodiff.h"
#include "format/coretext.h"
#include "format/historytext.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace tideover::ui {

namespace {

std::string& metadataField(core::Scenario& s, ScenarioDocument::MetadataField field)
{
    switch (field) {
    case ScenarioDocument::MetadataField::Title: return s.meta.title;
    case ScenarioDocument::MetadataField::Description: return s.meta.description;
    case ScenarioDocument::MetadataField::Author: return s.meta.author;
    case ScenarioDocument::MetadataField::Country: return s.meta.country;
    case ScenarioDocument::MetadataField::Currency: return s.meta.currency;
    }
    return s.meta.title;
}

bool sameAlternative(const core::ParamValue& a, const core::ParamValue& b) { return a.index() == b.index(); }

}  // namespace

ScenarioDocument::ScenarioDocument(QObject* parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    m_scenario = core::Scenario::withDefaults();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    recompute();
}

ScenarioDocument::~ScenarioDocument() = default;

QString ScenarioDocument::problemFor(const QString& key, bool includeWarnings) const
{
    const std::string k = key.toStdString();
    for (const auto& p : m_problems)
        if (p.key == k && (p.isError() || includeWarnings))
            return coretext::translatedProblem(p);
    return {};
}

QString ScenarioDocument::currency() const
{
    return m_scenario.meta.currency.empty() ? QStringLiteral("LCU") : QString::fromStdString(m_scenario.meta.currency);
}

bool ScenarioDocument::setValue(const QString& key, const core::ParamValue& given)
{
    if (core::isGroupKey(key.toStdString()))
        return setGroupValue(key, given);
    const core::ParameterInfo* p = core::findParameter(key.toStdString());
    if (!p)
        return false;
    // A number for a series key is that constant (model-spec: a single value is a constant).
    core::ParamValue value = given;
    if (p->kind == core::Kind::Series) {
        if (const double* x = std::get_if<double>(&given))
            value = core::Series(*x);
        else if (const std::int64_t* n = std::get_if<std::int64_t>(&given))
            value = core::Series(static_cast<double>(*n));
    }
    core::ParamValue old = p->get(m_scenario);
    if (!sameAlternative(old, value))
        return false;
    if (p->kind == core::Kind::Enum) {
        const auto& word = std::get<std::string>(value);
        if (std::find(p->words.begin(), p->words.end(), word) == p->words.end())
            return false;
    }
    if (old == value)
        return true;
    if (core::isRunSetting(p->key)) {
        core::Scenario s = m_scenario;
        p->set(s, value);
        takeRunSettings(s);
        return true;
    }
    const QString label = coretext::translatedLabel(*p);
    m_undoStack->push(new SetParameterCommand(this, CommandId::SetParameter, &ScenarioDocument::applyValue, key,
                                              std::move(old), value, tr("Change %1").arg(label)));
    return true;
}

bool ScenarioDocument::setDatedChange(const QString& key, int year, const core::ParamValue& value,
                                      const QString& source, std::optional<int> previousYear)
{
    std::string groupName;
    if (const core::GroupParameterInfo* g = groupKeyInfo(key, &groupName)) {
        const bool series = g->info.kind == core::Kind::Series;
        if (!series && !core::isBenefitRuleKey(g->inherits))
            return false;
        const bool seriesValue =
            std::holds_alternative<core::Series>(value) && std::get<core::Series>(value).values.size() == 1;
        if (series ? !seriesValue : !sameAlternative(this->value(key), value))
            return false;
        GroupsState state = groupsState();
        core::WorkerGroup& group = *std::find_if(state.groups.begin(), state.groups.end(),
                                                 [&](const core::WorkerGroup& w) { return w.name == groupName; });
        auto& changes = group.dated[std::string(g->info.key)];
        const std::string full = key.toStdString();
        if (previousYear && *previousYear != year) {
            changes.erase(*previousYear);
            state.sources.erase(core::datedKey(full, *previousYear));
        }
        changes[year] = value;
        const std::string dated = core::datedKey(full, year);
        if (source.trimmed().isEmpty())
            state.sources.erase(dated);
        else
            state.sources[dated] = source.toStdString();
        const QString label = coretext::translatedLabel(g->info);
        pushGroups(state, QString(),
                   previousYear ? tr("Change %1 from %2").arg(label).arg(year) : tr("Add %1 from %2").arg(label).arg(year));
        return true;
    }
    const core::ParameterInfo* p = core::findParameter(key.toStdString());
    if (!p || !core::takesDatedChanges(*p))
        return false;
    const core::ParamValue base = p->get(m_scenario);
    const bool seriesValue = std::holds_alternative<core::Series>(value) && std::get<core::Series>(value).values.size() == 1;
    if (p->kind == core::Kind::Series ? !seriesValue : !sameAlternative(base, value))
        return false;
    core::Scenario s = m_scenario;
    if (previousYear && *previousYear != year)
        core::removeDatedChange(s, p->key, *previousYear);
    core::setDatedChange(s, p->key, year, value);
    const std::string dated = core::datedKey(p->key, year);
    if (source.trimmed().isEmpty())
        s.sources.erase(dated);
    else
        s.sources[dated] = source.toStdString();
    if (s == m_scenario)
        return true;
    const QString label = coretext::translatedLabel(*p);
    replaceScenario(s, previousYear ? tr("Change %1 from %2").arg(label).arg(year) : tr("Add %1 from %2").arg(label).arg(year));
    return true;
}

bool ScenarioDocument::removeDatedChange(const QString& key, int year)
{
    std::string groupName;
    if (const core::GroupParameterInfo* g = groupKeyInfo(key, &groupName)) {
        GroupsState state = groupsState();
        core::WorkerGroup& group = *std::find_if(state.groups.begin(), state.groups.end(),
                                                 [&](const core::WorkerGroup& w) { return w.name == groupName; });
        const auto it = group.dated.find(std::string(g->info.key));
        if (it == group.dated.end() || !it->second.erase(year))
            return false;
        if (it->second.empty())
            group.dated.erase(it);
        state.sources.erase(core::datedKey(key.toStdString(), year));
        pushGroups(state, QString(), tr("Remove %1 from %2").arg(coretext::translatedLabel(g->info)).arg(year));
        return true;
    }
    const core::ParameterInfo* p = core::findParameter(key.toStdString());
    if (!p)
        return false;
    core::Scenario s = m_scenario;
    if (!core::removeDatedChange(s, p->key, year))
        return false;
    replaceScenario(s, tr("Remove %1 from %2").arg(coretext::translatedLabel(*p)).arg(year));
    return true;
}

bool ScenarioDocument::setValueFromText(const QString& key, const QString& text, QString* error)
{
    if (core::isGroupKey(key.toStdString())) {
        const core::GroupParameterInfo* g = groupKeyInfo(key);
        if (!g) {
            if (error)
                *error = tr("unknown group key %1").arg(key);
            return false;
        }
        const core::ParseResult r = core::parseValue(g->info, text.toStdString());
        if (!r.value) {
            if (error)
                *error = QString::fromStdString(r.error);
            return false;
        }
        return setValue(key, *r.value);
    }
    const core::ParameterInfo* p = core::findParameter(key.toStdString());
    if (!p) {
        if (error)
            *error = tr("unknown parameter %1").arg(key);
        return false;
    }
    const core::ParseResult r = core::parseValue(*p, text.toStdString());
    if (!r.value) {
        if (error)
            *error = QString::fromStdString(r.error);
        return false;
    }
    return setValue(key, *r.value);
}

core::ParamValue ScenarioDocument::value(const QString& key) const
{
    std::string groupName;
    if (const core::GroupParameterInfo* g = groupKeyInfo(key, &groupName)) {
        const auto v = core::groupValue(m_scenario, *core::findGroup(m_scenario, groupName), *g);
        // A required key the group does not give yet (employed_share) shows as undefined.
        return v ? *v : core::ParamValue(core::Series(std::nan("")));
    }
    const core::ParameterInfo* p = core::findParameter(key.toStdString());
    return p ? p->get(m_scenario) : core::ParamValue{};
}

void ScenarioDocument::setSource(const QString& key, const QString& note)
{
    const QString old = source(key);
    if (old == note || (!core::findParameter(key.toStdString()) && !groupKeyInfo(key)))
        return;
    m_undoStack->push(new SetSourceCommand(this, CommandId::SetSource, &ScenarioDocument::applySource, key, old, note,
                                           tr("Change source of %1").arg(key)));
}

QString ScenarioDocument::source(const QString& key) const
{
    const auto it = m_scenario.sources.find(key.toStdString());
    return it == m_scenario.sources.end() ? QString() : QString::fromStdString(it->second);
}

void ScenarioDocument::setMetadata(MetadataField field, const QString& text)
{
    const QString old = metadata(field);
    if (old == text)
        return;
    m_undoStack->push(new SetMetadataCommand(this, CommandId::SetMetadata, &ScenarioDocument::applyMetadata, field, old,
                                             text, tr("Change scenario details")));
}

QString ScenarioDocument::metadata(MetadataField field) const
{
    return QString::fromStdString(metadataField(const_cast<core::Scenario&>(m_scenario), field));
}

void ScenarioDocument::replaceScenario(const core::Scenario& scenario, const QString& description)
{
    takeRunSettings(scenario);
    if (scenario == m_scenario)
        return;
    m_undoStack->push(new ReplaceScenarioCommand(this, m_scenario, scenario, description));
}

void ScenarioDocument::takeRunSettings(const core::Scenario& from)
{
    QStringList changed;
    for (const core::ParameterInfo& p : core::parameters()) {
        if (!core::isRunSetting(p.key) || p.get(from) == p.get(m_scenario))
            continue;
        p.set(m_scenario, p.get(from));
        changed << QString::fromUtf8(p.key.data(), qsizetype(p.key.size()));
    }
    if (changed.isEmpty())
        return;
    recompute();  // a run setting out of range is a problem shown at its field
    emit runSettingsChanged();
    emit scenarioChanged(changed.size() == 1 ? changed.front() : QString());
}

core::Scenario ScenarioDocument::withCurrentRunSettings(core::Scenario scenario) const
{
    for (const core::ParameterInfo& p : core::parameters())
        if (core::isRunSetting(p.key))
            p.set(scenario, p.get(m_scenario));
    return scenario;
}

namespace {

bool historyYearAllowed(int year)
{
    return year >= core::kFirstHistoryYear && year <= core::kLastHistoryYear;
}

} // namespace

bool ScenarioDocument::setHistoryValue(int year, core::HistoryColumn column, std::optional<double> value)
{
    if (!historyYearAllowed(year) || (value && !core::historyValueAllowed(column, *value)))
        return false;
    core::HistoryTable table = historyTable();
    table.history.set(year, column, value);
    const std::string key = core::historySourceKey(column, year);
    if (!value)
        table.sources.erase(key);
    pushHistory(table, QString::fromStdString(key),
                tr("Change actual figure: %1 %2").arg(historytext::title(column)).arg(year));
    return true;
}

bool ScenarioDocument::setHistorySource(int year, core::HistoryColumn column, const QString& note)
{
    if (!m_scenario.history.value(year, column))
        return false;
    core::HistoryTable table = historyTable();
    const std::string key = core::historySourceKey(column, year);
    if (note.isEmpty())
        table.sources.erase(key);
    else
        table.sources[key] = note.toStdString();
    pushHistory(table, QString::fromStdString(key) + QStringLiteral("#source"),
                tr("Change source of actual figure: %1 %2").arg(historytext::title(column)).arg(year));
    return true;
}

QString ScenarioDocument::historySource(int year, core::HistoryColumn column) const
{
    return source(QString::fromStdString(core::historySourceKey(column, year)));
}

bool ScenarioDocument::setHistoryNotes(int year, const QString& notes)
{
    const std::string text = notes.toStdString();
    if (!historyYearAllowed(year) || text.size() > core::kMaxHistoryNotes)
        return false;
    core::HistoryTable table = historyTable();
    table.history.setNotes(year, text);
    pushHistory(table, QString::fromStdString(core::historyNotesKey(year)),
                tr("Change notes of actual figures: %1").arg(year));
    return true;
}

bool ScenarioDocument::removeHistoryYear(int year)
{
    if (!m_scenario.history.years.count(year))
        return false;
    core::HistoryTable table = historyTable();
    table.history.years.erase(year);
    for (const auto& info : core::historyColumns())
        table.sources.erase(core::historySourceKey(info.column, year));
    pushHistory(table, QString(), tr("Remove actual figures of %1").arg(year));
    return true;
}

void ScenarioDocument::setHistory(const core::HistoryTable& table, const QString& description)
{
    pushHistory(table, QString(), description);
}

void ScenarioDocument::pushHistory(const core::HistoryTable& table, const QString& target,
                                   const QString& description)
{
    core::HistoryTable old = historyTable();
    if (old == table)
        return;
    m_undoStack->push(new ChangeHistoryCommand(this, std::move(old), table, target, description));
}

// --- worker groups ------------------------------------------------------------------

ScenarioDocument::GroupsState ScenarioDocument::groupsState() const
{
    GroupsState state{m_scenario.mainGroupTitle, m_scenario.groups, {}};
    for (const auto& [key, note] : m_scenario.sources)
        if (core::isGroupKey(key))
            state.sources.emplace(key, note);
    return state;
}

const core::GroupParameterInfo* ScenarioDocument::groupKeyInfo(const QString& key, std::string* name) const
{
    const std::string k = key.toStdString();
    if (!core::isGroupKey(k) || k.find('@') != std::string::npos)
        return nullptr;
    const core::GroupKeyReference ref = core::parseGroupKey(k);
    if (!ref.error.empty() || !ref.info || !core::findGroup(m_scenario, ref.group))
        return nullptr;
    if (name)
        *name = ref.group;
    return ref.info;
}

bool ScenarioDocument::setGroupValue(const QString& key, const core::ParamValue& given)
{
    std::string name;
    const core::GroupParameterInfo* g = groupKeyInfo(key, &name);
    if (!g)
        return false;
    core::ParamValue value = given;
    if (g->info.kind == core::Kind::Series) {
        if (const double* x = std::get_if<double>(&given))
            value = core::Series(*x);
        else if (const std::int64_t* n = std::get_if<std::int64_t>(&given))
            value = core::Series(static_cast<double>(*n));
    }
    if (!sameAlternative(this->value(key), value))
        return false;
    if (g->info.kind == core::Kind::Enum) {
        const auto& word = std::get<std::string>(value);
        if (std::find(g->info.words.begin(), g->info.words.end(), word) == g->info.words.end())
            return false;
    }
    GroupsState state = groupsState();
    for (core::WorkerGroup& group : state.groups)
        if (group.name == name)
            group.values[std::string(g->info.key)] = value;
    pushGroups(state, key, tr("Change %1").arg(coretext::translatedLabel(g->info)));
    return true;
}

bool ScenarioDocument::setGroupValues(const QString& name, const std::map<std::string, core::ParamValue>& values,
                                      const QString& description)
{
    GroupsState state = groupsState();
    const auto group = std::find_if(state.groups.begin(), state.groups.end(),
                                    [&](const core::WorkerGroup& w) { return w.name == name.toStdString(); });
    if (group == state.groups.end())
        return false;
    for (const auto& [shortKey, value] : values) {
        const core::GroupParameterInfo* g = core::findGroupParameter(shortKey);
        const QString key = QString::fromStdString(core::groupKey(group->name, shortKey));
        if (!g || !sameAlternative(this->value(key), value))
            return false;
        group->values[shortKey] = value;
    }
    pushGroups(state, QString(), description);
    return true;
}

QString ScenarioDocument::addGroup(const core::GroupTemplate& model, const QString& title)
{
    core::Scenario s = m_scenario;
    const std::string name = core::addGroupFromTemplate(s, model, title.toStdString());
    if (name.empty())
        return {};
    GroupsState state{s.mainGroupTitle, s.groups, {}};
    for (const auto& [key, note] : s.sources)
        if (core::isGroupKey(key))
            state.sources.emplace(key, note);
    pushGroups(state, QString(), tr("Add group %1").arg(title));
    return QString::fromStdString(name);
}

bool ScenarioDocument::removeGroup(const QString& name)
{
    GroupsState state = groupsState();
    const std::string n = name.toStdString();
    const auto it = std::find_if(state.groups.begin(), state.groups.end(),
                                 [&](const core::WorkerGroup& w) { return w.name == n; });
    if (it == state.groups.end())
        return false;
    const QString title = groupTitle(name);
    state.groups.erase(it);
    const std::string prefix = std::string(core::kGroupPrefix) + n + ".";
    std::erase_if(state.sources, [&](const auto& entry) { return entry.first.starts_with(prefix); });
    pushGroups(state, QString(), tr("Remove group %1").arg(title));
    return true;
}

bool ScenarioDocument::setGroupTitle(const QString& name, const QString& title)
{
    GroupsState state = groupsState();
    const std::string n = name.toStdString();
    if (n == core::kMainGroupName) {
        state.mainTitle = title.toStdString();
    } else {
        const auto it = std::find_if(state.groups.begin(), state.groups.end(),
                                     [&](const core::WorkerGroup& w) { return w.name == n; });
        if (it == state.groups.end())
            return false;
        it->title = title.toStdString();
    }
    pushGroups(state, QString::fromStdString(core::groupKey(n, "title")), tr("Rename group %1").arg(title));
    return true;
}

QString ScenarioDocument::groupTitle(const QString& name) const
{
    const std::string n = name.toStdString();
    if (n == core::kMainGroupName)
        return m_scenario.mainGroupTitle.empty() ? tr("Main group") : QString::fromStdString(m_scenario.mainGroupTitle);
    const core::WorkerGroup* g = core::findGroup(m_scenario, n);
    if (!g)
        return {};
    return QString::fromStdString(g->title.empty() ? g->name : g->title);
}

bool ScenarioDocument::groupSets(const QString& name, const QString& shortKey) const
{
    const core::WorkerGroup* g = core::findGroup(m_scenario, name.toStdString());
    return g && core::groupSets(*g, shortKey.toStdString());
}

bool ScenarioDocument::clearGroupValue(const QString& name, const QString& shortKey)
{
    GroupsState state = groupsState();
    const std::string n = name.toStdString();
    const std::string k = shortKey.toStdString();
    const auto it = std::find_if(state.groups.begin(), state.groups.end(),
                                 [&](const core::WorkerGroup& w) { return w.name == n; });
    const core::GroupParameterInfo* g = core::findGroupParameter(k);
    if (it == state.groups.end() || !g || !core::groupSets(*it, k))
        return false;
    it->values.erase(k);
    it->dated.erase(k);
    const std::string full = core::groupKey(n, k);
    std::erase_if(state.sources, [&](const auto& entry) {
        return entry.first == full || entry.first.starts_with(full + "@");
    });
    pushGroups(state, QString(), tr("Inherit %1").arg(coretext::translatedLabel(g->info)));
    return true;
}

void ScenarioDocument::pushGroups(const GroupsState& state, const QString& target, const QString& description)
{
    GroupsState old = groupsState();
    if (old == state)
        return;
    m_undoStack->push(new ChangeGroupsCommand(this, std::move(old), state, target, description));
}

void ScenarioDocument::applyGroups(const GroupsState& state, const QString& target)
{
    m_scenario.mainGroupTitle = state.mainTitle;
    m_scenario.groups = state.groups;
    std::erase_if(m_scenario.sources, [](const auto& entry) { return core::isGroupKey(entry.first); });
    m_scenario.sources.insert(state.sources.begin(), state.sources.end());
    recompute();
    emit scenarioChanged(target.isEmpty() || target.endsWith(QLatin1String(".title")) ? QStringLiteral("groups")
                                                                                        : target);
}

QString ScenarioDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_scenario.meta.title.empty() ? tr("Untitled") : QString::fromStdString(m_scenario.meta.title);
}

bool ScenarioDocument::isModified() const { return !m_undoStack->isClean(); }

void ScenarioDocument::reset(const core::Scenario& scenario, const QString& filePath, bool modified)
{
    const bool wasModified = isModified();
    m_undoStack->clear();
    m_scenario = scenario;
    m_result.reset();  // results of another document must not show as this one's
    m_package.reset();
    if (modified) {
        // A recovered document is unsaved work: make the stack unclean without an undo step.
        m_undoStack->resetClean();
    }
    m_filePath = filePath;
    m_loadedFormatVersion = 0;
    emit filePathChanged(m_filePath);
    recompute();
    emit scenarioChanged(QString());
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

bool ScenarioDocument::load(const QString& path, QString* error)
{
    try {
        core::ScenarioFileInfo info;
        const core::Scenario s = core::loadScenarioFile(path.toStdString(), &info);
        reset(s, QFileInfo(path).absoluteFilePath());
        m_loadedFormatVersion = info.formatVersion;
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool ScenarioDocument::save(const QString& path, QString* error, bool replaceReadOnly, bool* readOnly)
{
    if (readOnly)
        *readOnly = false;
    const QString target = path.isEmpty() ? m_filePath : path;
    if (target.isEmpty()) {
        if (error)
            *error = tr("The scenario has no file name yet.");
        return false;
    }
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    if (absoluteTarget == m_filePath &&
        !backupBeforeUpgrade(m_filePath, m_loadedFormatVersion, core::kScenarioFormatVersion, nullptr, error))
        return false;
    if (!writeFileSafely(target, QByteArray::fromStdString(core::writeScenario(m_scenario)), error, replaceReadOnly,
                         readOnly))
        return false;
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        emit filePathChanged(m_filePath);
    }
    m_loadedFormatVersion = core::kScenarioFormatVersion;
    m_undoStack->setClean();
    return true;
}

bool ScenarioDocument::backupBeforeUpgrade(const QString& path, int fileVersion, int currentVersion,
                                           QString* backupPath, QString* error)
{
    if (fileVersion <= 0 || fileVersion >= currentVersion || !QFileInfo::exists(path))
        return true;
    const QString backup = path + QStringLiteral(".format-v%1.bak").arg(fileVersion);
    if (QFileInfo::exists(backup))
        return true;  // the first backup of the old format is the one worth keeping
    if (!QFile::copy(path, backup)) {
        if (error)
            *error = tr("Cannot keep a copy of the file in its older format (%1) before saving: the folder may "
                        "be read-only. The file was not changed.")
                         .arg(backup);
        return false;
    }
    if (backupPath)
        *backupPath = backup;
    return true;
}

bool ScenarioDocument::revert(QString* error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("The scenario has never been saved, so there is no file to revert to.");
        return false;
    }
    return load(m_filePath, error);
}

void ScenarioDocument::applyValue(const QString& key, const core::ParamValue& value)
{
    const core::ParameterInfo* p = core::findParameter(key.toStdString());
    if (!p)
        return;
    p->set(m_scenario, value);
    recompute();
    emit scenarioChanged(key);
}

void ScenarioDocument::applySource(const QString& key, const QString& note)
{
    if (note.isEmpty())
        m_scenario.sources.erase(key.toStdString());
    else
        m_scenario.sources[key.toStdString()] = note.toStdString();
    emit scenarioChanged(key);
}

void ScenarioDocument::applyMetadata(const MetadataField& field, const QString& text)
{
    metadataField(m_scenario, field) = text.toStdString();
    recompute();  // the currency shows in results
    emit scenarioChanged(QString());
}

void ScenarioDocument::applyScenario(const core::Scenario& scenario)
{
    m_scenario = withCurrentRunSettings(scenario);
    recompute();
    emit scenarioChanged(QString());
}

void ScenarioDocument::applyHistory(const core::HistoryTable& table)
{
    core::setHistory(m_scenario, table);
    // The projection does not read the history, but the problems do (a figure out of its
    // range), and the charts and tables that show it follow resultsChanged.
    recompute();
    emit scenarioChanged(QStringLiteral("history"));
}

void ScenarioDocument::recompute()
{
    m_problems = core::validate(m_scenario);
    if (core::hasErrors(m_problems)) {
        m_stale = m_result != nullptr;
    } else {
        try {
            // The package needs the projection's engine and flows, so it is computed here, with
            // the projection it belongs to (a fraction of the projection's time).
            const core::Projection projection(m_scenario);
            auto result = std::make_unique<core::ProjectionResult>(projection.run());
            std::unique_ptr<core::PackageResult> package;
            if (core::hasPackage(m_scenario))
                package = std::make_unique<core::PackageResult>(core::projectPackage(projection, *result));
            m_result = std::move(result);
            m_package = std::move(package);
            m_stale = false;
        } catch (const std::exception& e) {
            // Validation passed, so this is a defect; keep the last results and say so.
            const std::string message = std::string("internal error: ") + e.what();
            m_problems.push_back({core::Problem::Severity::Error, std::string(), message, message, {}});
            m_stale = m_result != nullptr;
        }
    }
    emit resultsChanged();
}

}  // namespace tideover::ui
