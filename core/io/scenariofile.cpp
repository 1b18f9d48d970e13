// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/scenariofile.h"

#include "core/io/archivereader.h"
#include "core/io/atomicfile.h"
#include "core/io/embeddedfiles.h"
#include "core/io/version.h"
#include "core/model/datedchanges.h"
#include "core/model/groups.h"
#include "core/model/parameters.h"

#include <boost/archive/xml_oarchive.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/version.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

namespace tideover::core {

namespace file {

struct Entry {
    std::string key;
    std::string value;  // in --set syntax
    std::string source;
};

// Everything after the envelope.
struct Body {
    Scenario::Metadata meta;
    std::vector<Entry> entries;
};

// Sanity limit on the number of entries read: the table's keys (about fifty), up to
// kMaxDatedChanges dated changes (of the scheme's keys and the groups'), a full history (format
// version 3), and every key and the title of each group (format version 4).
constexpr std::size_t kMaxEntries = 200 + tideover::core::kMaxDatedChanges +
                                    (tideover::core::kHistoryColumnCount + 1) * tideover::core::kMaxHistoryYears +
                                    1 + tideover::core::kMaxGroups * 40;
// The class version Tideover writes for Body and Metadata (BOOST_CLASS_VERSION below); a file
// claiming a later one was not written by any Tideover: format changes bump format_version.
constexpr unsigned kClassVersion = 1;

}  // namespace file

}  // namespace tideover::core

BOOST_CLASS_IMPLEMENTATION(tideover::core::file::Entry, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(tideover::core::file::Body, boost::serialization::track_never)
BOOST_CLASS_TRACKING(tideover::core::Scenario::Metadata, boost::serialization::track_never)
BOOST_CLASS_VERSION(tideover::core::file::Body, tideover::core::file::kClassVersion)
BOOST_CLASS_VERSION(tideover::core::Scenario::Metadata, tideover::core::file::kClassVersion)

namespace boost::serialization {

using namespace tideover::core;
using boost::serialization::make_nvp;

template <class Archive> void serialize(Archive& ar, file::Entry& e, unsigned /*version*/)
{
    ar & make_nvp("key", e.key);
    ar & make_nvp("value", e.value);
    ar & make_nvp("source", e.source);
}

template <class Archive> void serialize(Archive& ar, Scenario::Metadata& m, unsigned version)
{
    if (Archive::is_loading::value && version > file::kClassVersion)
        throw tideover::core::detail::ArchiveError("<metadata> has class version " + std::to_string(version) +
                                "; Tideover writes version " + std::to_string(file::kClassVersion));
    ar & make_nvp("title", m.title);
    ar & make_nvp("description", m.description);
    ar & make_nvp("author", m.author);
    ar & make_nvp("country", m.country);
    ar & make_nvp("currency", m.currency);
}

// Written by hand rather than with serialization/vector.hpp so that the count read from a file
// is checked before anything is allocated for it.
template <class Archive> void save(Archive& ar, const file::Body& b, unsigned /*version*/)
{
    ar << make_nvp("metadata", b.meta);
    const std::size_t count = b.entries.size();
    ar << make_nvp("count", count);
    for (const auto& e : b.entries)
        ar << make_nvp("parameter", e);
}

template <class Archive> void load(Archive& ar, file::Body& b, unsigned version)
{
    if (version > file::kClassVersion)
        throw tideover::core::detail::ArchiveError("<scenario> has class version " + std::to_string(version) +
                                "; Tideover writes version " + std::to_string(file::kClassVersion));
    ar >> make_nvp("metadata", b.meta);
    std::size_t count = 0;
    ar >> make_nvp("count", count);
    if (count > file::kMaxEntries)
        throw tideover::core::detail::ArchiveError("it lists " + std::to_string(count) + " parameters; at most " +
                                std::to_string(file::kMaxEntries) + " are allowed");
    for (std::size_t i = 0; i < count; ++i) {
        file::Entry e;
        ar >> make_nvp("parameter", e);
        b.entries.push_back(std::move(e));
    }
}

}  // namespace boost::serialization

BOOST_SERIALIZATION_SPLIT_FREE(tideover::core::file::Body)

namespace tideover::core {

namespace {

using detail::excerpt;
using detail::lineAt;

constexpr detail::ArchiveKind kScenarioKind{kScenarioFormatName, "scenario", "a", "a .tideover file saved by Tideover",
                                            kScenarioFormatVersion, kMaxScenarioFileBytes, file::kClassVersion};

// The body of format version 1, read before Boost sees it (docs/file-format.md, "Structure"):
// <scenario>, <metadata> and its five fields, <count>, then <parameter> elements of <key>,
// <value>, <source>, and nothing after </scenario>. Returns where each <parameter> starts.
std::vector<std::size_t> checkLayout(detail::LayoutReader& r)
{
    std::vector<std::size_t> parameterOffsets;
    r.envelope();
    r.open("scenario", "the archive", true);
    r.open("metadata", "scenario", true);
    for (const auto* field : {"title", "description", "author", "country", "currency"})
        r.textElement(field, "metadata");
    r.close("metadata");
    const std::size_t countAt = r.position();
    const std::size_t count = r.countValue(r.textElement("count", "scenario"), countAt, file::kMaxEntries, "count",
                                             "parameter", "parameters");
    while (r.nextIsStartOf("parameter")) {
        if (parameterOffsets.size() == file::kMaxEntries)
            r.fail(r.position(), "there are more than " + std::to_string(file::kMaxEntries) +
                                     " <parameter> elements; at most " + std::to_string(file::kMaxEntries) +
                                     " are allowed");
        r.skipSpace();
        parameterOffsets.push_back(r.position());
        r.open("parameter", "scenario");
        r.textElement("key", "parameter");
        r.textElement("value", "parameter");
        r.textElement("source", "parameter");
        r.close("parameter");
    }
    r.close("scenario", "<parameter> or ");
    r.expectEnd("scenario");
    if (count != parameterOffsets.size())
        r.fail(countAt, "<count> is " + std::to_string(count) + " but " + std::to_string(parameterOffsets.size()) +
                            " <parameter> elements follow");
    return parameterOffsets;
}

Scenario readScenarioChecked(std::string_view text, const std::string& where, ScenarioFileInfo* info)
{
    const detail::ArchiveContent content = detail::checkArchive(text, where, kScenarioKind);
    detail::LayoutReader layout(text, content, where, kScenarioKind);
    const std::vector<std::size_t> parameterOffsets = checkLayout(layout);

    detail::Envelope envelope;
    file::Body body;
    detail::readArchiveBody(text, content, where, kScenarioKind, "scenario", envelope, body);
    if (envelope.formatVersion != content.formatVersion || body.entries.size() != parameterOffsets.size())
        throw ScenarioFileError(where + " is malformed: its envelope or parameters do not read consistently");
    if (info) {
        info->formatVersion = envelope.formatVersion;
        info->appVersion = envelope.appVersion;
    }

    Scenario s = Scenario::withDefaults();
    s.meta = body.meta;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < body.entries.size(); ++i) {
        const auto& e = body.entries[i];
        const auto at = [&] { return where + ", line " + std::to_string(lineAt(text, parameterOffsets[i])) + ": "; };
        // "history.COLUMN@YEAR" and "history.notes@YEAR": the history (format version 3).
        if (std::string_view(e.key).starts_with(kHistoryPrefix)) {
            std::string error;
            const std::optional<HistoryKey> hk = parseHistoryKey(e.key, &error);
            if (!hk)
                throw ScenarioFileError(at() + excerpt(e.key, 80) + ": " + excerpt(error, 200));
            if (envelope.formatVersion < 3)
                throw ScenarioFileError(at() + excerpt(e.key, 80) + ": a history needs format version 3; "
                                        "this file says version " + std::to_string(envelope.formatVersion));
            const std::string key = hk->column ? historySourceKey(*hk->column, hk->year) : historyNotesKey(hk->year);
            if (!seen.insert(key).second)
                throw ScenarioFileError(at() + key + " is given twice");
            if (!hk->column) {
                if (e.value.size() > kMaxHistoryNotes)
                    throw ScenarioFileError(at() + key + ": the notes are " + std::to_string(e.value.size()) +
                                            " bytes long; at most " + std::to_string(kMaxHistoryNotes) +
                                            " are allowed");
                s.history.setNotes(hk->year, e.value);
                continue;
            }
            double x = 0;
            if (!parseNumber(e.value, x, error)) {
                std::replace_if(error.begin(), error.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
                throw ScenarioFileError(at() + key + ": " + error);
            }
            s.history.set(hk->year, *hk->column, x);
            if (!e.source.empty())
                s.sources[key] = e.source;
            continue;
        }
        // "group.NAME.KEY", "group.NAME.KEY@YEAR" and "group.NAME.title": worker groups
        // (format version 4).
        if (isGroupKey(e.key)) {
            const GroupKeyReference ref = parseGroupKey(e.key);
            if (!ref.error.empty())
                throw ScenarioFileError(at() + excerpt(ref.error, 300));
            if (envelope.formatVersion < 4)
                throw ScenarioFileError(at() + excerpt(e.key, 80) + ": worker groups need format version 4; "
                                        "this file says version " + std::to_string(envelope.formatVersion));
            const std::string key = ref.year ? datedKey(groupKey(ref.group, ref.key), *ref.year) : groupKey(ref.group, ref.key);
            if (!seen.insert(key).second)
                throw ScenarioFileError(at() + key + " is given twice");
            std::string error = setGroupFromText(s, key, e.value);
            if (!error.empty()) {
                std::replace_if(error.begin(), error.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
                throw ScenarioFileError(at() + excerpt(error, 300));
            }
            if (!e.source.empty() && !ref.isTitle())
                s.sources[key] = e.source;
            continue;
        }
        // "KEY", or "KEY@YEAR" for a dated change (format version 2).
        const KeyReference ref = parseKeyReference(e.key);
        if (!ref.info && !findParameter(std::string_view(e.key).substr(0, e.key.find('@'))))
            throw ScenarioFileError(at() + "unknown parameter '" + excerpt(e.key, 80) + "'");
        if (!ref.info)
            throw ScenarioFileError(at() + excerpt(ref.error, 300));
        if (envelope.formatVersion < 5 && isPackageKey(*ref.info))
            throw ScenarioFileError(at() + excerpt(e.key, 80) + ": the keys of a protection package need format "
                                    "version 5; this file says version " + std::to_string(envelope.formatVersion));
        if (ref.year && envelope.formatVersion < 2)
            throw ScenarioFileError(at() + excerpt(e.key, 80) + ": dated changes (KEY@YEAR) need format version 2; "
                                    "this file says version " + std::to_string(envelope.formatVersion));
        // The key as Tideover writes it ("KEY@2028" for "KEY@ 2028"), so that a change given
        // twice in two spellings is caught.
        const std::string key = ref.year ? datedKey(ref.info->key, *ref.year) : e.key;
        if (!seen.insert(key).second)
            throw ScenarioFileError(at() + key + " is given twice");
        const ParseResult parsed = ref.year ? parseDatedValue(*ref.info, e.value) : parseValue(*ref.info, e.value);
        if (!parsed.value) {
            std::string error = parsed.error;  // quotes the value, which may span lines
            std::replace_if(error.begin(), error.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
            throw ScenarioFileError(at() + key + ": " + error);
        }
        if (ref.year)
            setDatedChange(s, ref.info->key, *ref.year, *parsed.value);
        else
            ref.info->set(s, *parsed.value);
        if (!e.source.empty())
            s.sources[key] = e.source;
    }
    return s;
}

}  // namespace

Scenario readScenario(std::string_view text, std::string_view origin, ScenarioFileInfo* info)
{
    try {
        return readScenarioChecked(text, std::string(origin), info);
    } catch (const detail::ArchiveError& e) {
        throw ScenarioFileError(e.what());
    }
}

std::string writeScenario(const Scenario& scenario)
{
    detail::Envelope envelope{std::string(kScenarioFormatName), kScenarioFormatVersion, std::string(appVersion())};
    file::Body body;
    // Control characters (text pasted from elsewhere: a form feed, a vertical tab) would make a
    // file that no Tideover reads back; they become spaces.
    const auto printable = [](std::string text) {
        std::replace_if(text.begin(), text.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
        }, ' ');
        return text;
    };
    body.meta = scenario.meta;
    for (auto* field : {&body.meta.title, &body.meta.description, &body.meta.author, &body.meta.country, &body.meta.currency})
        *field = printable(*field);
    const auto finite = [](const ParamValue& value) {
        if (const double* x = std::get_if<double>(&value))
            return std::isfinite(*x);
        const std::vector<double>* list = std::get_if<std::vector<double>>(&value);
        if (const Series* series = std::get_if<Series>(&value))
            list = &series->values;
        return !list || std::all_of(list->begin(), list->end(), [](double x) { return std::isfinite(x); });
    };
    const auto sourceOf = [&](const std::string& key) {
        const auto source = scenario.sources.find(key);
        return source == scenario.sources.end() ? std::string() : printable(source->second);
    };
    for (const auto& p : parameters()) {
        const ParamValue value = p.get(scenario);
        // model-spec v5: a package key at its default, with no dated change and no source, is
        // left out (it reads back as the default), so that a scenario without a package writes
        // the entries it wrote in version 4.
        if (isPackageKey(p) && p.defaultValue && value == *p.defaultValue && !scenario.dated.count(std::string(p.key)) &&
            !scenario.sources.count(std::string(p.key)))
            continue;
        // A required key with no value yet (NaN) is left out, which reads back as "not given";
        // any other value that is not finite would make a file no Tideover can read.
        if (const double* x = std::get_if<double>(&value); x && !std::isfinite(*x)) {
            if (p.isRequired() && std::isnan(*x))
                continue;
            throw std::runtime_error("cannot write " + std::string(p.key) + ": its value is not a finite number");
        }
        if (const Series* series = std::get_if<Series>(&value);
            series && !std::all_of(series->values.begin(), series->values.end(), [](double x) { return std::isfinite(x); }))
            throw std::runtime_error("cannot write " + std::string(p.key) + ": a value is not a finite number");
        if (const auto* list = std::get_if<std::vector<double>>(&value);
            list && !std::all_of(list->begin(), list->end(), [](double x) { return std::isfinite(x); }))
            throw std::runtime_error("cannot write " + std::string(p.key) + ": a value is not a finite number");
        body.entries.push_back({std::string(p.key), formatValue(value), sourceOf(std::string(p.key))});
        // Its dated changes, in year order, right after it (format version 2).
        const auto changes = scenario.dated.find(std::string(p.key));
        if (changes == scenario.dated.end())
            continue;
        for (const auto& [year, change] : changes->second) {
            const std::string key = datedKey(p.key, year);
            if (!finite(change))
                throw std::runtime_error("cannot write " + key + ": a value is not a finite number");
            body.entries.push_back({key, formatValue(change), sourceOf(key)});
        }
    }
    // The history, year by year, column by column, then the year's notes (format version 3).
    for (const auto& [year, row] : scenario.history.years) {
        for (const auto& info : historyColumns()) {
            const std::optional<double> x = row[info.column];
            if (!x)
                continue;
            const std::string key = historySourceKey(info.column, year);
            if (!std::isfinite(*x))
                throw std::runtime_error("cannot write " + key + ": its value is not a finite number");
            body.entries.push_back({key, formatNumber(*x), sourceOf(key)});
        }
        if (!row.notes.empty())
            body.entries.push_back({historyNotesKey(year), printable(row.notes), {}});
    }
    // The groups (format version 4): the main group's title, then each group's title and the
    // keys it sets, in the table's order, each followed by its dated changes.
    if (!scenario.mainGroupTitle.empty())
        body.entries.push_back({groupKey(kMainGroupName, "title"), printable(scenario.mainGroupTitle), {}});
    for (const WorkerGroup& g : scenario.groups) {
        body.entries.push_back({groupKey(g.name, "title"), printable(g.title), {}});
        for (const auto& p : groupParameters()) {
            const std::string key = groupKey(g.name, p.info.key);
            const auto base = g.values.find(std::string(p.info.key));
            if (base != g.values.end()) {
                if (!finite(base->second))
                    throw std::runtime_error("cannot write " + key + ": a value is not a finite number");
                body.entries.push_back({key, formatValue(base->second), sourceOf(key)});
            }
            const auto changes = g.dated.find(std::string(p.info.key));
            if (changes == g.dated.end())
                continue;
            for (const auto& [year, change] : changes->second) {
                const std::string dated = datedKey(key, year);
                if (!finite(change))
                    throw std::runtime_error("cannot write " + dated + ": a value is not a finite number");
                body.entries.push_back({dated, formatValue(change), sourceOf(dated)});
            }
        }
    }
    std::ostringstream out;
    {
        boost::archive::xml_oarchive ar(out, boost::archive::no_codecvt);
        ar << boost::serialization::make_nvp("envelope", envelope);
        ar << boost::serialization::make_nvp("scenario", body);
    }  // the archive writes its closing tag when destroyed
    return out.str();
}

Scenario loadScenarioFile(const std::filesystem::path& path, ScenarioFileInfo* info)
{
    const std::string name = path.string();
    std::string text;
    try {
        text = detail::readArchiveFile(name, kScenarioKind);
    } catch (const detail::ArchiveError& e) {
        throw ScenarioFileError(e.what());
    }
    return readScenario(text, name, info);
}

void saveScenarioFile(const Scenario& scenario, const std::filesystem::path& path, const SaveOptions& options)
{
    writeFileAtomically(path, writeScenario(scenario), options);
}

std::vector<std::string> builtinScenarioNames()
{
    std::vector<std::string> names;
    for (const auto& f : detail::builtinScenarioFiles())
        names.emplace_back(f.name);
    std::sort(names.begin(), names.end());
    return names;
}

std::string_view builtinScenarioText(std::string_view name, std::string_view language)
{
    return detail::translatedText(detail::builtinScenarioFiles(), detail::builtinScenarioTranslationFiles(), name, language);
}

Scenario loadScenario(std::string_view spec, std::string_view language)
{
    if (spec.substr(0, kBuiltinPrefix.size()) == kBuiltinPrefix) {
        const auto name = spec.substr(kBuiltinPrefix.size());
        const auto text = builtinScenarioText(name, language);
        if (text.empty()) {
            std::string known;
            for (const auto& n : builtinScenarioNames())
                known += (known.empty() ? "" : ", ") + n;
            throw ScenarioFileError("no built-in scenario '" + std::string(name) + "'; built-in: " + known);
        }
        return readScenario(text, spec);
    }
    return loadScenarioFile(std::filesystem::path(std::string(spec)));
}

}  // namespace tideover::core
