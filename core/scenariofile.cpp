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
#include <cmath>
#include <cstdio>
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
// The class version Tideover writes for Body and Metadata (BOOST_CLASS_VERSION below); a file
// claiming a later one was not written by any Tideover: format changes bump format_version.
constexpr unsigned kClassVersion = 1;

}  // namespace file

}  // namespace tideover::core

BOOST_CLASS_IMPLEMENTATION(tideover::core::file::Envelope, boost::serialization::object_serializable)
BOOST_CLASS_IMPLEMENTATION(tideover::core::file::Entry, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(tideover::core::file::Body, boost::serialization::track_never)
BOOST_CLASS_TRACKING(tideover::core::Scenario::Metadata, boost::serialization::track_never)
BOOST_CLASS_VERSION(tideover::core::file::Body, tideover::core::file::kClassVersion)
BOOST_CLASS_VERSION(tideover::core::Scenario::Metadata, tideover::core::file::kClassVersion)

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

template <class Archive> void serialize(Archive& ar, Scenario::Metadata& m, unsigned version)
{
    if (Archive::is_loading::value && version > file::kClassVersion)
        throw ScenarioFileError("<metadata> has class version " + std::to_string(version) +
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
        throw ScenarioFileError("<scenario> has class version " + std::to_string(version) +
                                "; Tideover writes version " + std::to_string(file::kClassVersion));
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

constexpr std::string_view kRootOpen = "<boost_serialization";
constexpr std::string_view kRootClose = "</boost_serialization>";
// The envelope is looked for in the file's first bytes only (docs/file-format.md).
constexpr std::size_t kEnvelopeWindow = 4096;

// 1-based line of a byte offset.
int lineAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Up to `limit` characters of a piece of the file for a message, cut at a line end.
std::string excerpt(std::string_view s, std::size_t limit = 40)
{
    s = s.substr(0, std::min({limit, s.size(), s.find_first_of("\r\n")}));
    std::string out(s);
    std::replace(out.begin(), out.end(), '\t', ' ');
    return out + (s.size() == limit ? "..." : "");
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
}

// The text between <tag> and </tag> within `text`, if present.
std::optional<std::string_view> peekElement(std::string_view text, std::string_view tag)
{
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

// The format version a text says, or 0 when it is not a whole number >= 1.
int parseFormatVersion(std::string_view text)
{
    int version = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), version);
    return ec == std::errc() && ptr == text.data() + text.size() && version >= 1 ? version : 0;
}

// Refuses a foreign format or a format version this Tideover cannot read.
void checkFormat(std::string_view format, int version, std::string_view writer, const std::string& where)
{
    if (format != kScenarioFormatName) {
        throw ScenarioFileError(where + " is not a Tideover scenario file: it is a '" + excerpt(format, 60) +
                                "' file");
    }
    if (version < 1)
        throw ScenarioFileError(where + " has no valid scenario format version");
    if (version > kScenarioFormatVersion) {
        throw ScenarioFileError(where + " was written by Tideover " + excerpt(writer) +
                                " in scenario format version " + std::to_string(version) +
                                "; this Tideover (" + std::string(appVersion()) +
                                ") reads scenario format versions up to " +
                                std::to_string(kScenarioFormatVersion) +
                                ". Open it with a newer Tideover.");
    }
}

// Checks the envelope before anything else reads the file, so a foreign or newer file gets a
// clear message even when the rest of it follows rules this Tideover does not know. Returns
// the format version. The envelope is looked for from the root element on (a decoy placed
// before the root is not taken for it), within the file's first 4096 bytes.
int checkEnvelope(std::string_view text, const std::string& where)
{
    std::string_view window = text.substr(0, std::min(kEnvelopeWindow, text.size()));
    if (const auto root = window.find(kRootOpen); root != std::string_view::npos)
        window.remove_prefix(root);
    const auto format = peekElement(window, "format");
    if (!format) {
        throw ScenarioFileError(where + " is not a Tideover scenario file (it has no Tideover "
                                        "envelope; expected a .tideover file saved by Tideover)");
    }
    const auto versionText = peekElement(window, "format_version");
    const int version = versionText ? parseFormatVersion(*versionText) : 0;
    checkFormat(*format, version, peekElement(window, "app_version").value_or("an unknown version"), where);
    return version;
}

// Reads the archive's elements exactly as format version 1 lays them out, before Boost sees
// them. Boost's XML reader checks little: it ignores the names of start tags and of the
// outermost end tags, attributes it has no use for and anything after the last element it
// reads; it turns &#0; into a NUL and &#233; into a single Latin-1 byte; and it reports every
// problem as "input stream error" without saying where. This pass refuses all of that with
// the line and the element, so Boost only ever reads files of the shape Tideover writes. It is
// linear in the file's size and holds no state beyond the current position: no nesting depth
// to exhaust, since an element where the layout has none is an error at once.
class LayoutCheck {
public:
    LayoutCheck(std::string_view text, std::size_t begin, std::size_t end, const std::string& where)
        : m_text(text), m_pos(begin), m_end(end), m_where(where)
    {
    }

    void run()
    {
        open("envelope", "the archive");
        textElement("format", "envelope");
        textElement("format_version", "envelope");
        textElement("app_version", "envelope");
        close("envelope");
        open("scenario", "the archive", true);
        open("metadata", "scenario", true);
        for (const auto* field : {"title", "description", "author", "country", "currency"})
            textElement(field, "metadata");
        close("metadata");
        const std::size_t countAt = m_pos;
        const std::size_t count = countValue(textElement("count", "scenario"), countAt);
        while (nextIsStartOf("parameter")) {
            if (parameterOffsets.size() == file::kMaxEntries)
                fail(m_pos, "there are more than " + std::to_string(file::kMaxEntries) +
                                " <parameter> elements; at most " + std::to_string(file::kMaxEntries) +
                                " are allowed");
            skipSpace();
            parameterOffsets.push_back(m_pos);
            open("parameter", "scenario");
            textElement("key", "parameter");
            textElement("value", "parameter");
            textElement("source", "parameter");
            close("parameter");
        }
        close("scenario", "<parameter> or ");
        skipSpace();
        if (m_pos != m_end)
            fail(m_pos, "expected nothing after </scenario> but the closing </boost_serialization>, found " + describeNext());
        if (count != parameterOffsets.size())
            fail(countAt, "<count> is " + std::to_string(count) + " but " +
                              std::to_string(parameterOffsets.size()) + " <parameter> elements follow");
    }

    // Where each <parameter> element starts, in file order.
    std::vector<std::size_t> parameterOffsets;

private:
    [[noreturn]] void fail(std::size_t at, const std::string& what) const
    {
        throw ScenarioFileError(m_where + " is malformed at line " + std::to_string(lineAt(m_text, at)) + ": " + what);
    }

    char peek(std::size_t ahead = 0) const { return m_pos + ahead < m_end ? m_text[m_pos + ahead] : '\0'; }
    bool startsWith(std::string_view s) const { return m_text.substr(m_pos, m_end - m_pos).substr(0, s.size()) == s; }

    void skipSpace()
    {
        while (m_pos < m_end && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    std::string_view nameAt(std::size_t pos) const
    {
        std::size_t e = pos;
        while (e < m_end && isNameChar(m_text[e]) && e - pos < 60)
            ++e;
        return m_text.substr(pos, e - pos);
    }

    // What comes next, for "expected X, found Y".
    std::string describeNext() const
    {
        if (m_pos >= m_end)
            return "the end of the archive";
        const std::string_view rest = m_text.substr(m_pos, m_end - m_pos);
        if (rest.substr(0, 4) == "<!--")
            return "an XML comment (comments are not accepted in a scenario file)";
        if (rest.substr(0, 9) == "<![CDATA[")
            return "a CDATA section (write the text with &lt; and &amp; instead)";
        if (rest.substr(0, 2) == "<!")
            return "a <!...> declaration";
        if (rest.substr(0, 2) == "<?")
            return "a processing instruction <?...?>";
        if (rest.substr(0, 2) == "</")
            return "</" + std::string(nameAt(m_pos + 2)) + ">";
        if (rest.front() == '<')
            return nameAt(m_pos + 1).empty() ? std::string("a bare '<'") : "<" + std::string(nameAt(m_pos + 1)) + ">";
        return "the text '" + excerpt(rest) + "'";
    }

    bool nextIsStartOf(std::string_view name)
    {
        const std::size_t saved = m_pos;
        skipSpace();
        const bool yes = peek() == '<' && nameAt(m_pos + 1) == name;
        m_pos = saved;
        return yes;
    }

    // <name> with, for the two classes Boost versions, its class attributes.
    void open(std::string_view name, std::string_view parent, bool classInfo = false)
    {
        skipSpace();
        const std::size_t at = m_pos;
        if (peek() != '<' || nameAt(m_pos + 1) != name)
            fail(at, "expected <" + std::string(name) + "> in " + describe(parent) + ", found " + describeNext());
        m_pos += 1 + name.size();
        std::vector<std::string_view> seen;
        while (true) {
            const std::size_t before = m_pos;
            skipSpace();
            if (peek() == '>') {
                ++m_pos;
                if (classInfo)
                    requireClassAttributes(name, at, seen);
                return;
            }
            if (peek() == '/' && peek(1) == '>')
                fail(at, "<" + std::string(name) + "/> (an empty-element tag) is not accepted; write <" +
                             std::string(name) + "></" + std::string(name) + ">");
            const std::string_view attribute = nameAt(m_pos);
            if (attribute.empty() || before == m_pos)
                fail(m_pos, "the tag <" + std::string(name) + "> is not well-formed near '" +
                                excerpt(m_text.substr(m_pos, m_end - m_pos), 20) + "'");
            m_pos += attribute.size();
            skipSpace();
            if (peek() != '=')
                fail(m_pos, "attribute '" + std::string(attribute) + "' of <" + std::string(name) + "> has no value");
            ++m_pos;
            skipSpace();
            if (peek() != '"')
                fail(m_pos, "the value of attribute '" + std::string(attribute) + "' of <" + std::string(name) +
                                "> must be in double quotes");
            const std::size_t valueStart = ++m_pos;
            while (m_pos < m_end && m_text[m_pos] != '"' && m_text[m_pos] != '<' && m_pos - valueStart < 64)
                ++m_pos;
            if (peek() != '"')
                fail(valueStart, "the value of attribute '" + std::string(attribute) + "' of <" + std::string(name) +
                                     "> is not closed or is too long");
            const std::string_view value = m_text.substr(valueStart, m_pos - valueStart);
            ++m_pos;
            checkAttribute(name, attribute, value, classInfo, valueStart);
            if (std::find(seen.begin(), seen.end(), attribute) != seen.end())
                fail(valueStart, "<" + std::string(name) + "> has the attribute '" + std::string(attribute) + "' twice");
            seen.push_back(attribute);
        }
    }

    // Boost reads these three from every versioned class's tag; where one is missing it would
    // use whatever the previous tag said, or an uninitialised value.
    void requireClassAttributes(std::string_view name, std::size_t at, const std::vector<std::string_view>& seen) const
    {
        for (const std::string_view required : {"class_id", "tracking_level", "version"})
            if (std::find(seen.begin(), seen.end(), required) == seen.end())
                fail(at, "<" + std::string(name) + "> lacks the attribute " + std::string(required) +
                             " (keep class_id, tracking_level and version as Tideover writes them)");
    }

    // Boost writes class_id, tracking_level and version on <scenario> and <metadata> and
    // nothing else anywhere; Tideover never tracks these objects and writes class version 1.
    void checkAttribute(std::string_view element, std::string_view name, std::string_view value, bool classInfo,
                        std::size_t at) const
    {
        const std::string tag = "<" + std::string(element) + ">";
        if (!classInfo)
            fail(at, tag + " may not have attributes (found '" + std::string(name) + "')");
        const bool known = name == "class_id" || name == "tracking_level" || name == "version";
        if (!known)
            fail(at, tag + " has an unknown attribute '" + std::string(name) +
                         "' (only class_id, tracking_level and version are allowed)");
        unsigned long number = 0;
        const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (value.empty() || ec != std::errc() || ptr != value.data() + value.size() || value.size() > 9)
            fail(at, "attribute " + std::string(name) + " of " + tag + " must be a small whole number, found '" +
                         excerpt(value, 20) + "'");
        if (name == "class_id" && number > 32767)
            fail(at, "attribute class_id of " + tag + " is " + std::string(value) + "; at most 32767 is allowed");
        if (name == "tracking_level" && number != 0)
            fail(at, "attribute tracking_level of " + tag + " is " + std::string(value) +
                         "; Tideover writes 0 (objects are not tracked)");
        if (name == "version" && number > file::kClassVersion)
            fail(at, tag + " has class version " + std::string(value) + "; Tideover writes version " +
                         std::to_string(file::kClassVersion) + " (format changes are marked by format_version)");
    }

    void close(std::string_view name, std::string_view alternatives = "")
    {
        skipSpace();
        const std::size_t at = m_pos;
        if (!startsWith("</") || nameAt(m_pos + 2) != name)
            fail(at, "expected " + std::string(alternatives) + "</" + std::string(name) + ">, found " + describeNext());
        m_pos += 2 + name.size();
        skipSpace();
        if (peek() != '>')
            fail(at, "the closing tag </" + std::string(name) + "> is not well-formed");
        ++m_pos;
    }

    // <name>text</name>; the text is checked as Boost will decode it. Returns the raw text.
    std::string_view textElement(std::string_view name, std::string_view parent)
    {
        open(name, parent);
        const std::size_t start = m_pos;
        while (m_pos < m_end && m_text[m_pos] != '<') {
            if (m_text[m_pos] == '&')
                reference(name);
            else
                ++m_pos;
        }
        const std::string_view content = m_text.substr(start, m_pos - start);
        if (!startsWith("</")) {
            const std::string next = describeNext();
            fail(m_pos, "<" + std::string(name) + "> may hold only text, but holds " + next +
                            (next.front() == '<' || next.rfind("a bare", 0) == 0 ? " (a '<' in text is written &lt;)" : ""));
        }
        close(name);
        return content;
    }

    // An entity or character reference: the five XML entities, and character references to
    // printable ASCII, tab and line ends. Boost's reader decodes &#N; to the single byte N,
    // which is wrong above 127 (UTF-8 needs several bytes) and dangerous below 32.
    void reference(std::string_view element)
    {
        const std::size_t at = m_pos;
        std::size_t end = at + 1;
        while (end < m_end && end - at < 12 && m_text[end] != ';' && m_text[end] != '<' && m_text[end] != '&' &&
               !isSpace(m_text[end]))
            ++end;
        const std::string_view ref = m_text.substr(at, end - at + 1);  // with the ';' when present
        const std::string where = " in <" + std::string(element) + ">";
        if ((end >= m_end || m_text[end] != ';') && m_text.substr(at, 2) == "&#")
            fail(at, "'" + excerpt(m_text.substr(at, end - at), 14) + "'" + where + " is not a valid character reference");
        if (end >= m_end || m_text[end] != ';')
            fail(at, "a bare '&'" + where + ": write & as &amp; (found '" + excerpt(m_text.substr(at, end - at), 14) + "')");
        if (ref == "&lt;" || ref == "&gt;" || ref == "&amp;" || ref == "&quot;" || ref == "&apos;") {
            m_pos = end + 1;
            return;
        }
        if (ref.size() > 3 && ref[1] == '#') {
            const bool hex = ref[2] == 'x';
            const std::string_view digits = ref.substr(hex ? 3 : 2, ref.size() - (hex ? 4 : 3));
            unsigned code = 0;
            const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
            if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size())
                fail(at, "'" + std::string(ref) + "'" + where + " is not a valid character reference");
            if (code == 9 || code == 10 || code == 13 || (code >= 32 && code <= 127)) {
                m_pos = end + 1;
                return;
            }
            fail(at, "the character reference '" + std::string(ref) + "'" + where +
                         (code < 32 ? " is a control character, which a scenario file may not hold"
                                                   : " is not supported; write the character itself (the file is UTF-8)"));
        }
        fail(at, "unknown entity '" + std::string(ref) + "'" + where +
                     " (only &lt; &gt; &amp; &quot; &apos; are known)");
    }

    std::size_t countValue(std::string_view text, std::size_t at) const
    {
        // Digits only: Boost reads the number but not spaces after it.
        const std::string_view digits = text;
        if (digits.empty() || !std::all_of(digits.begin(), digits.end(), isDigit))
            fail(at, "<count> must be the number of <parameter> elements, in digits only, found '" + excerpt(digits) + "'");
        std::size_t count = 0;
        const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
        if (ec != std::errc() || count > file::kMaxEntries)
            throw ScenarioFileError(m_where + ", line " + std::to_string(lineAt(m_text, at)) + ": it lists " +
                                    excerpt(digits) + " parameters; at most " + std::to_string(file::kMaxEntries) +
                                    " are allowed");
        return count;
    }

    static std::string describe(std::string_view parent)
    {
        return parent == "the archive" ? std::string(parent) : "<" + std::string(parent) + ">";
    }

    std::string_view m_text;
    std::size_t m_pos;
    std::size_t m_end;
    const std::string& m_where;
};

// The first control character (other than tab and line ends) in `text`, or npos. XML forbids
// them, Tideover never writes them, and echoed in a message they could drive a terminal.
std::size_t findControlCharacter(std::string_view text)
{
    const auto it = std::find_if(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
    });
    return it == text.end() ? std::string_view::npos : static_cast<std::size_t>(it - text.begin());
}

std::string describeArchiveError(const std::exception& e)
{
    const std::string what = e.what();
    if (what.find("stream error") != std::string::npos)
        return "the XML is not what Tideover writes at this point";
    if (what.find("XML start/end tag mismatch") != std::string::npos)
        return "an XML element is not where the format expects it (" + excerpt(what, 80) + ")";
    if (what.find("unrecognized XML syntax") != std::string::npos)
        return "the XML here is not well-formed";
    if (what.find("invalid signature") != std::string::npos)
        return "it is not a Boost XML archive";
    if (what.find("unsupported version") != std::string::npos)
        return "it was written by a newer version of the Boost serialization library";
    return "the Boost archive reader failed (" + excerpt(what, 80) + ")";
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
    const int version = checkEnvelope(text, where);
    if (const auto bad = findControlCharacter(text); bad != std::string_view::npos) {
        char code[8];
        std::snprintf(code, sizeof code, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
        throw ScenarioFileError(where + " is malformed at line " + std::to_string(lineAt(text, bad)) +
                                ": it holds the control character " + code +
                                ", which a scenario file may not contain");
    }

    // We read the archive's outer element ourselves and hand Boost only its content (with
    // no_header): Boost's reader checks the closing tag in its destructor, where a missing
    // or damaged tag would end the process instead of raising an error.
    const auto open = text.find(kRootOpen);
    const auto openEnd = open == std::string_view::npos ? open : text.find('>', open);
    const auto close = text.rfind(kRootClose);
    if (open == std::string_view::npos || openEnd == std::string_view::npos || close == std::string_view::npos || close < openEnd)
        throw ScenarioFileError(where + " is malformed: the file is incomplete (its closing "
                                        "</boost_serialization> tag is missing)");
    if (text.substr(open, openEnd - open).find("signature=\"serialization::archive\"") == std::string_view::npos)
        throw ScenarioFileError(where + " is malformed: it is not a Boost XML archive");
    if (text.find_first_not_of(" \t\r\n", close + kRootClose.size()) != std::string_view::npos)
        throw ScenarioFileError(where + " is malformed: there is text after the closing </boost_serialization> tag");
    const std::size_t contentStart = openEnd + 1;

    LayoutCheck layout(text, contentStart, close, where);
    layout.run();

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
    // What Boost read must be what the quick look at the envelope saw.
    if (envelope.format != kScenarioFormatName || envelope.formatVersion != version)
        checkFormat(envelope.format, envelope.formatVersion, envelope.appVersion, where);
    if (envelope.formatVersion != version || body.entries.size() != layout.parameterOffsets.size())
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
        const auto at = [&] { return where + ", line " + std::to_string(lineAt(text, layout.parameterOffsets[i])) + ": "; };
        const ParameterInfo* p = findParameter(e.key);
        if (!p)
            throw ScenarioFileError(at() + "unknown parameter '" + excerpt(e.key, 80) + "'");
        if (!seen.insert(e.key).second)
            throw ScenarioFileError(at() + e.key + " is given twice");
        const ParseResult parsed = parseValue(*p, e.value);
        if (!parsed.value) {
            std::string error = parsed.error;  // quotes the value, which may span lines
            std::replace_if(error.begin(), error.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
            throw ScenarioFileError(at() + e.key + ": " + error);
        }
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
    for (const auto& p : parameters()) {
        const ParamValue value = p.get(scenario);
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
        const auto source = scenario.sources.find(std::string(p.key));
        body.entries.push_back({std::string(p.key), formatValue(value),
                                source == scenario.sources.end() ? std::string() : printable(source->second)});
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
