// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/archivereader.h"

#include "core/io/version.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>

namespace tideover::core::detail {

namespace {

constexpr std::string_view kRootOpen = "<boost_serialization";
constexpr std::string_view kRootClose = "</boost_serialization>";
// The envelope is looked for in the file's first bytes only (docs/file-format.md).
constexpr std::size_t kEnvelopeWindow = 4096;

}  // namespace

int lineAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string excerpt(std::string_view s, std::size_t limit)
{
    s = s.substr(0, std::min({limit, s.size(), s.find_first_of("\r\n")}));
    std::string out(s);
    std::replace(out.begin(), out.end(), '\t', ' ');
    return out + (s.size() == limit ? "..." : "");
}

namespace {

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

}  // namespace

void checkFormat(std::string_view format, int version, std::string_view writer, const std::string& where,
                 const ArchiveKind& kind)
{
    const std::string noun(kind.noun);
    if (format != kind.formatName) {
        throw ArchiveError(where + " is not a Tideover " + noun + " file: it is a '" + excerpt(format, 60) + "' file");
    }
    if (version < 1)
        throw ArchiveError(where + " has no valid " + noun + " format version");
    if (version > kind.formatVersion) {
        throw ArchiveError(where + " was written by Tideover " + excerpt(writer) + " in " + noun + " format version " +
                           std::to_string(version) + "; this Tideover (" + std::string(appVersion()) + ") reads " +
                           noun + " format versions up to " + std::to_string(kind.formatVersion) +
                           ". Open it with a newer Tideover.");
    }
}

namespace {

// Checks the envelope before anything else reads the file, so a foreign or newer file gets a
// clear message even when the rest of it follows rules this Tideover does not know. Returns
// the format version. The envelope is looked for from the root element on (a decoy placed
// before the root is not taken for it), within the file's first 4096 bytes.
int checkEnvelope(std::string_view text, const std::string& where, const ArchiveKind& kind)
{
    std::string_view window = text.substr(0, std::min(kEnvelopeWindow, text.size()));
    if (const auto root = window.find(kRootOpen); root != std::string_view::npos)
        window.remove_prefix(root);
    const auto format = peekElement(window, "format");
    if (!format) {
        throw ArchiveError(where + " is not a Tideover " + std::string(kind.noun) +
                           " file (it has no Tideover envelope; expected " + std::string(kind.expected) + ")");
    }
    const auto versionText = peekElement(window, "format_version");
    const int version = versionText ? parseFormatVersion(*versionText) : 0;
    checkFormat(*format, version, peekElement(window, "app_version").value_or("an unknown version"), where, kind);
    return version;
}


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

}  // namespace

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


ArchiveContent checkArchive(std::string_view text, const std::string& where, const ArchiveKind& kind)
{
    const std::string noun(kind.noun), a(kind.article);
    if (text.size() > kind.maxBytes)
        throw ArchiveError(where + " is too large (" + std::to_string(text.size()) + " bytes; " + a + " " + noun +
                           " file is at most " + std::to_string(kind.maxBytes) + " bytes)");
    if (text.find('\0') != std::string_view::npos)
        throw ArchiveError(where + " is not a Tideover " + noun + " file (it holds binary data)");
    ArchiveContent content;
    content.formatVersion = checkEnvelope(text, where, kind);
    if (const auto bad = findControlCharacter(text); bad != std::string_view::npos) {
        char code[8];
        std::snprintf(code, sizeof code, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
        throw ArchiveError(where + " is malformed at line " + std::to_string(lineAt(text, bad)) +
                           ": it holds the control character " + code + ", which " + a + " " + noun + " file may not contain");
    }

    // The archive's outer element is read here; Boost is handed only its content.
    const auto open = text.find(kRootOpen);
    const auto openEnd = open == std::string_view::npos ? open : text.find('>', open);
    const auto close = text.rfind(kRootClose);
    if (open == std::string_view::npos || openEnd == std::string_view::npos || close == std::string_view::npos ||
        close < openEnd)
        throw ArchiveError(where + " is malformed: the file is incomplete (its closing "
                                   "</boost_serialization> tag is missing)");
    if (text.substr(open, openEnd - open).find("signature=\"serialization::archive\"") == std::string_view::npos)
        throw ArchiveError(where + " is malformed: it is not a Boost XML archive");
    if (text.find_first_not_of(" \t\r\n", close + kRootClose.size()) != std::string_view::npos)
        throw ArchiveError(where + " is malformed: there is text after the closing </boost_serialization> tag");
    content.begin = openEnd + 1;
    content.end = close;
    return content;
}

std::string readArchiveFile(const std::string& name, const ArchiveKind& kind)
{
    const std::filesystem::path path(name);
    const std::string noun(kind.noun), a(kind.article);
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        throw ArchiveError(name + ": no such file");
    if (std::filesystem::is_directory(status))
        throw ArchiveError(name + " is a folder, not " + a + " " + noun + " file");
    if (!std::filesystem::is_regular_file(status))
        throw ArchiveError(name + " is not a regular file");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        throw ArchiveError(name + ": cannot read: " + ec.message());
    if (size > kind.maxBytes)
        throw ArchiveError(name + " is too large (" + std::to_string(size) + " bytes; " + a + " " + noun + " file is at most " +
                           std::to_string(kind.maxBytes) + " bytes)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ArchiveError(name + ": cannot open for reading");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

LayoutReader::LayoutReader(std::string_view text, const ArchiveContent& content, const std::string& where,
                           const ArchiveKind& kind)
    : m_text(text), m_pos(content.begin), m_end(content.end), m_where(where), m_kind(kind)
{
}

void LayoutReader::envelope()
{
    open("envelope", "the archive");
    textElement("format", "envelope");
    textElement("format_version", "envelope");
    textElement("app_version", "envelope");
    close("envelope");
}

void LayoutReader::expectEnd(std::string_view last)
{
    skipSpace();
    if (m_pos != m_end)
        fail(m_pos, "expected nothing after </" + std::string(last) + "> but the closing </boost_serialization>, found " +
                        describeNext());
}

void LayoutReader::fail(std::size_t at, const std::string& what) const
{
    throw ArchiveError(m_where + " is malformed at line " + std::to_string(lineAt(m_text, at)) + ": " + what);
}

bool LayoutReader::startsWith(std::string_view s) const
{
    return m_text.substr(m_pos, m_end - m_pos).substr(0, s.size()) == s;
}

void LayoutReader::skipSpace()
{
    while (m_pos < m_end && isSpace(m_text[m_pos]))
        ++m_pos;
}

std::string_view LayoutReader::nameAt(std::size_t pos) const
{
    std::size_t e = pos;
    while (e < m_end && isNameChar(m_text[e]) && e - pos < 60)
        ++e;
    return m_text.substr(pos, e - pos);
}

// What comes next, for "expected X, found Y".
std::string LayoutReader::describeNext() const
{
    if (m_pos >= m_end)
        return "the end of the archive";
    const std::string_view rest = m_text.substr(m_pos, m_end - m_pos);
    if (rest.substr(0, 4) == "<!--")
        return "an XML comment (comments are not accepted in " + std::string(m_kind.article) + " " + std::string(m_kind.noun) + " file)";
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

bool LayoutReader::nextIsStartOf(std::string_view name)
{
    const std::size_t saved = m_pos;
    skipSpace();
    const bool yes = peek() == '<' && nameAt(m_pos + 1) == name;
    m_pos = saved;
    return yes;
}

// <name> with, for the two classes Boost versions, its class attributes.
void LayoutReader::open(std::string_view name, std::string_view parent, bool classInfo)
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
void LayoutReader::requireClassAttributes(std::string_view name, std::size_t at, const std::vector<std::string_view>& seen) const
{
    for (const std::string_view required : {"class_id", "tracking_level", "version"})
        if (std::find(seen.begin(), seen.end(), required) == seen.end())
            fail(at, "<" + std::string(name) + "> lacks the attribute " + std::string(required) +
                         " (keep class_id, tracking_level and version as Tideover writes them)");
}

// Boost writes class_id, tracking_level and version on the versioned classes (<scenario> and
// <metadata>, <exercise>) and nothing else anywhere; Tideover never tracks these objects and
// writes class version 1.
void LayoutReader::checkAttribute(std::string_view element, std::string_view name, std::string_view value, bool classInfo,
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
    if (name == "version" && number > m_kind.classVersion)
        fail(at, tag + " has class version " + std::string(value) + "; Tideover writes version " +
                     std::to_string(m_kind.classVersion) + " (format changes are marked by format_version)");
}

void LayoutReader::close(std::string_view name, std::string_view alternatives)
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
std::string_view LayoutReader::textElement(std::string_view name, std::string_view parent)
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
void LayoutReader::reference(std::string_view element)
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
                     (code < 32 ? " is a control character, which " + std::string(m_kind.article) + " " + std::string(m_kind.noun) + " file may not hold"
                                               : " is not supported; write the character itself (the file is UTF-8)"));
    }
    fail(at, "unknown entity '" + std::string(ref) + "'" + where +
                 " (only &lt; &gt; &amp; &quot; &apos; are known)");
}

std::size_t LayoutReader::countValue(std::string_view text, std::size_t at, std::size_t max, std::string_view element,
                                     std::string_view item, std::string_view items) const
{
    // Digits only: Boost reads the number but not spaces after it.
    const std::string_view digits = text;
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), isDigit))
        fail(at, "<" + std::string(element) + "> must be the number of <" + std::string(item) + "> elements, in digits only, found '" +
                     excerpt(digits) + "'");
    std::size_t count = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    if (ec != std::errc() || count > max)
        throw ArchiveError(m_where + ", line " + std::to_string(lineAt(m_text, at)) + ": it lists " + excerpt(digits) + " " +
                           std::string(items) + "; at most " + std::to_string(max) + " are allowed");
    return count;
}

std::string LayoutReader::describe(std::string_view parent)
{
    return parent == "the archive" ? std::string(parent) : "<" + std::string(parent) + ">";
}


}  // namespace tideover::core::detail
