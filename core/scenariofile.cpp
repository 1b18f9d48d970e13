// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "scenariofile.h"

#include "atomicfile.h"
#include "embeddedfiles.h"
#include "parameters.h"
#include "version.h"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/version.hpp>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

namespace tideover::core {

namespace file {

// The envelope is frozen: every format version starts with exactly these three fields, so
// any Tideover can tell a newer file from a foreign one.
struct Envelope {
    std::string format;
    int formatVersion = 0;
    std::string appVersion;
};

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

// Sanity limit on the number of entries read (the table has about fifty keys).
constexpr std::size_t kMaxEntries = 1000;

}  // namespace file

}  // namespace tideover::core

BOOST_CLASS_IMPLEMENTATION(tideover::core::file::Envelope, boost::serialization::object_serializable)
BOOST_CLASS_IMPLEMENTATION(tideover::core::file::Entry, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(tideover::core::file::Body, boost::serialization::track_never)
BOOST_CLASS_TRACKING(tideover::core::Scenario::Metadata, boost::serialization::track_never)
BOOST_CLASS_VERSION(tideover::core::file::Body, 1)
BOOST_CLASS_VERSION(tideover::core::Scenario::Metadata, 1)

namespace boost::serialization {

using namespace tideover::core;
using boost::serialization::make_nvp;

template <class Archive> void serialize(Archive& ar, file::Envelope& e, unsigned /*version*/)
{
    ar & make_nvp("format", e.format);
    ar & make_nvp("format_version", e.formatVersion);
    ar & make_nvp("app_version", e.appVersion);
}

template <class Archive> void serialize(Archive& ar, file::Entry& e, unsigned /*version*/)
{
    ar & make_nvp("key", e.key);
    ar & make_nvp("value", e.value);
    ar & make_nvp("source", e.source);
}

template <class Archive> void serialize(Archive& ar, Scenario::Metadata& m, unsigned /*version*/)
{
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

template <class Archive> void load(Archive& ar, file::Body& b, unsigned /*version*/)
{
    ar >> make_nvp("metadata", b.meta);
    std::size_t count = 0;
    ar >> make_nvp("count", count);
    if (count > file::kMaxEntries)
        throw ScenarioFileError("it lists " + std::to_string(count) + " parameters; at most " +
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

// 1-based line of a byte offset.
int lineAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// The line of the n-th (0-based) <parameter> element, for messages about an entry.
int entryLine(std::string_view text, std::size_t n)
{
    std::size_t pos = 0;
    for (std::size_t i = 0; i <= n; ++i) {
        pos = text.find("<parameter", pos);
        if (pos == std::string_view::npos)
            return 0;
        if (i < n)
            pos += 10;
    }
    return lineAt(text, pos);
}

// The text between <tag> and </tag> within the first `limit` bytes, if present.
std::optional<std::string_view> peekElement(std::string_view text, std::string_view tag, std::size_t limit = 4096)
{
    text = text.substr(0, std::min(limit, text.size()));
    const std::string open = "<" + std::string(tag) + ">";
    const std::string close = "</" + std::string(tag) + ">";
    const auto a = text.find(open);
    if (a == std::string_view::npos)
        return std::nullopt;
    const auto b = text.find(close, a);
    if (b == std::string_view::npos)
        return std::nullopt;
    return text.substr(a + open.size(), b - a - open.size());
}

std::string describeArchiveError(const std::exception& e)
{
    std::string what = e.what();
    if (what == "input stream error" || what.find("stream error") != std::string::npos)
        return "the file ends early or is not well-formed XML";
    if (what.find("XML start/end tag mismatch") != std::string::npos || what == "XML start/end tag mismatch")
        return "an XML element is not where the format expects it (" + what + ")";
    if (what.find("invalid signature") != std::string::npos)
        return "it is not a Boost XML archive";
    if (what.find("unsupported version") != std::string::npos)
        return "it was written by a newer version of the Boost serialization library";
    return what;
}

// Checks the envelope before Boost parses anything, so a foreign or newer file gets a clear
// message even when Boost could not read it.
void checkEnvelope(std::string_view text, std::string_view origin)
{
    const std::string where(origin);
    const auto format = peekElement(text, "format");
    if (!format) {
        throw ScenarioFileError(where + " is not a Tideover scenario file (it has no Tideover "
                                        "envelope; expected a .tideover file saved by Tideover)");
    }
    if (*format != kScenarioFormatName) {
        throw ScenarioFileError(where + " is not a Tideover scenario file: it is a '" +
                                std::string(format->substr(0, 60)) + "' file");
    }
    const auto versionText = peekElement(text, "format_version");
    int version = 0;
    if (versionText) {
        const auto [ptr, ec] = std::from_chars(versionText->data(), versionText->data() + versionText->size(), version);
        if (ec != std::errc() || ptr != versionText->data() + versionText->size())
            version = 0;
    }
    if (version < 1)
        throw ScenarioFileError(where + " has no valid scenario format version");
    if (version > kScenarioFormatVersion) {
        const auto writer = peekElement(text, "app_version").value_or("an unknown version");
        throw ScenarioFileError(where + " was written by Tideover " + std::string(writer.substr(0, 40)) +
                                " in scenario format version " + std::to_string(version) +
                                "; this Tideover (" + std::string(appVersion()) +
                                ") reads scenario format versions up to " +
                                std::to_string(kScenarioFormatVersion) +
                                ". Open it with a newer Tideover.");
    }
}

}  // namespace

Scenario readScenario(std::string_view text, std::string_view origin, ScenarioFileInfo* info)
{
    const std::string where(origin);
    if (text.size() > kMaxScenarioFileBytes)
        throw ScenarioFileError(where + " is too large (" + std::to_string(text.size()) +
                                " bytes; a scenario file is at most " +
                                std::to_string(kMaxScenarioFileBytes) + " bytes)");
    if (text.find('\0') != std::string_view::npos)
        throw ScenarioFileError(where + " is not a Tideover scenario file (it holds binary data)");
    checkEnvelope(text, origin);

    // We read the archive's outer element ourselves and hand Boost only its content (with
    // no_header): Boost's reader checks the closing tag in its destructor, where a missing
    // or damaged tag would end the process instead of raising an error.
    const auto open = text.find("<boost_serialization");
    const auto openEnd = open == std::string_view::npos ? open : text.find('>', open);
    const auto close = text.rfind("</boost_serialization>");
    if (open == std::string_view::npos || openEnd == std::string_view::npos || close == std::string_view::npos || close < openEnd)
        throw ScenarioFileError(where + " is malformed: the file is incomplete (its closing "
                                        "</boost_serialization> tag is missing)");
    if (text.substr(open, openEnd - open).find("signature=\"serialization::archive\"") == std::string_view::npos)
        throw ScenarioFileError(where + " is malformed: it is not a Boost XML archive");
    if (text.find_first_not_of(" \t\r\n", close + std::string_view("</boost_serialization>").size()) != std::string_view::npos)
        throw ScenarioFileError(where + " is malformed: there is text after the closing </boost_serialization> tag");
    const std::size_t contentStart = openEnd + 1;

    file::Envelope envelope;
    file::Body body;
    std::istringstream stream{std::string(text.substr(contentStart, close - contentStart))};
    try {
        boost::archive::xml_iarchive ar(stream, boost::archive::no_header | boost::archive::no_codecvt);
        ar >> boost::serialization::make_nvp("envelope", envelope);
        ar >> boost::serialization::make_nvp("scenario", body);
    } catch (const ScenarioFileError& e) {
        throw ScenarioFileError(where + ": " + e.what());
    } catch (const std::exception& e) {
        stream.clear();
        const auto pos = stream.tellg();
        const std::string line = pos >= 0 ? " near line " + std::to_string(lineAt(text, contentStart + static_cast<std::size_t>(pos))) : "";
        throw ScenarioFileError(where + " is malformed" + line + ": " + describeArchiveError(e));
    }
    if (info) {
        info->formatVersion = envelope.formatVersion;
        info->appVersion = envelope.appVersion;
    }

    Scenario s = Scenario::withDefaults();
    s.meta = body.meta;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < body.entries.size(); ++i) {
        const auto& e = body.entries[i];
        const std::string at = where + ", line " + std::to_string(entryLine(text, i)) + ": ";
        const ParameterInfo* p = findParameter(e.key);
        if (!p)
            throw ScenarioFileError(at + "unknown parameter '" + e.key.substr(0, 80) + "'");
        if (!seen.insert(e.key).second)
            throw ScenarioFileError(at + e.key + " is given twice");
        const ParseResult parsed = parseValue(*p, e.value);
        if (!parsed.value)
            throw ScenarioFileError(at + e.key + ": " + parsed.error);
        p->set(s, *parsed.value);
        if (!e.source.empty())
            s.sources[e.key] = e.source;
    }
    return s;
}

std::string writeScenario(const Scenario& scenario)
{
    file::Envelope envelope{std::string(kScenarioFormatName), kScenarioFormatVersion, std::string(appVersion())};
    file::Body body;
    body.meta = scenario.meta;
    for (const auto& p : parameters()) {
        const auto source = scenario.sources.find(std::string(p.key));
        body.entries.push_back({std::string(p.key), formatValue(p.get(scenario)),
                                source == scenario.sources.end() ? std::string() : source->second});
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
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        throw ScenarioFileError(name + ": no such file");
    if (std::filesystem::is_directory(status))
        throw ScenarioFileError(name + " is a folder, not a scenario file");
    if (!std::filesystem::is_regular_file(status))
        throw ScenarioFileError(name + " is not a regular file");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        throw ScenarioFileError(name + ": cannot read: " + ec.message());
    if (size > kMaxScenarioFileBytes)
        throw ScenarioFileError(name + " is too large (" + std::to_string(size) +
                                " bytes; a scenario file is at most " +
                                std::to_string(kMaxScenarioFileBytes) + " bytes)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ScenarioFileError(name + ": cannot open for reading");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return readScenario(text, name, info);
}

void saveScenarioFile(const Scenario& scenario, const std::filesystem::path& path)
{
    writeFileAtomically(path, writeScenario(scenario));
}

std::vector<std::string> builtinScenarioNames()
{
    std::vector<std::string> names;
    for (const auto& f : detail::builtinScenarioFiles())
        names.emplace_back(f.name);
    std::sort(names.begin(), names.end());
    return names;
}

std::string_view builtinScenarioText(std::string_view name)
{
    for (const auto& f : detail::builtinScenarioFiles())
        if (f.name == name)
            return f.text;
    return {};
}

Scenario loadScenario(std::string_view spec)
{
    if (spec.substr(0, kBuiltinPrefix.size()) == kBuiltinPrefix) {
        const auto name = spec.substr(kBuiltinPrefix.size());
        const auto text = builtinScenarioText(name);
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
