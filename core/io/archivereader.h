// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

// Internal: the checks every Tideover file goes through before Boost.Serialization reads it
// (docs/robustness.md, "Reading a file"), shared by the scenario file (scenariofile.cpp) and
// the exercise file (exercisefile.cpp). A file kind supplies its format name, its noun for
// messages and its limits; the layout of its body is read by the caller with LayoutReader's
// primitives. Everything here throws ArchiveError, whose message starts with the file's name;
// each reader turns it into its own public error type.

#include <boost/archive/xml_iarchive.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/string.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::core::detail {

class ArchiveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A kind of Tideover file.
struct ArchiveKind {
    std::string_view formatName;  // "tideover-scenario": the envelope's <format>
    std::string_view noun;        // "scenario": "a scenario file", "scenario format version"
    std::string_view article;     // "a" ("an" for "exercise")
    std::string_view expected;    // "a .tideover file saved by Tideover"
    int formatVersion = 1;        // the newest format version this Tideover reads
    std::uintmax_t maxBytes = 0;  // the largest file read
    unsigned classVersion = 1;    // the Boost class version Tideover writes for its classes
};

// The envelope is frozen: every format version of every kind starts with exactly these three
// fields, so any Tideover can tell a newer file from a foreign one.
struct Envelope {
    std::string format;
    int formatVersion = 0;
    std::string appVersion;
};

// 1-based line of a byte offset.
int lineAt(std::string_view text, std::size_t offset);
// Up to `limit` characters of a piece of the file for a message, cut at a line end.
std::string excerpt(std::string_view s, std::size_t limit = 40);

// Refuses a foreign format or a format version this Tideover cannot read.
void checkFormat(std::string_view format, int version, std::string_view writer, const std::string& where,
                 const ArchiveKind& kind);

// Where the archive's content lies: between the root element's tags.
struct ArchiveContent {
    std::size_t begin = 0;
    std::size_t end = 0;
    int formatVersion = 0;  // from the envelope
};

// Steps 1 to 3 of the reading: size, binary data, the envelope (foreign or newer files),
// control characters, and the root element (present, signed by Boost, closed, nothing after).
ArchiveContent checkArchive(std::string_view text, const std::string& where, const ArchiveKind& kind);

// The text of a file of at most kind.maxBytes, with messages naming `path`.
std::string readArchiveFile(const std::string& path, const ArchiveKind& kind);

// A linear pass over the archive's elements, before Boost sees them. Boost's XML reader checks
// little: it ignores the names of start tags and of the outermost end tags, attributes it has
// no use for and anything after the last element it reads; it turns &#0; into a NUL and &#233;
// into a single Latin-1 byte; and it reports every problem as "input stream error" without
// saying where. A file kind's layout, written with these primitives, refuses all of that with
// the line and the element, so Boost only ever reads files of the shape Tideover writes. The
// reader holds no state beyond the current position: no nesting depth to exhaust, since an
// element where the layout has none is an error at once.
class LayoutReader {
public:
    LayoutReader(std::string_view text, const ArchiveContent& content, const std::string& where, const ArchiveKind& kind);

    // <envelope> with <format>, <format_version> and <app_version>.
    void envelope();
    // <name>, with, for the classes Boost versions (classInfo), their class attributes.
    void open(std::string_view name, std::string_view parent, bool classInfo = false);
    // </name>; `alternatives` ("<parameter> or ") is named in the message when it is missing.
    void close(std::string_view name, std::string_view alternatives = "");
    // <name>text</name>; the text is checked as Boost will decode it. Returns the raw text.
    std::string_view textElement(std::string_view name, std::string_view parent);
    // Whether the next element (after white space) starts with <name.
    bool nextIsStartOf(std::string_view name);
    // The text of a count element (<count>): digits only, at most `max`. `item` names the
    // counted element ("parameter"), `items` the things counted ("parameters").
    std::size_t countValue(std::string_view text, std::size_t at, std::size_t max, std::string_view element,
                           std::string_view item, std::string_view items) const;
    // Nothing may follow the body's closing tag </last> but the archive's own.
    void expectEnd(std::string_view last);

    void skipSpace();
    std::size_t position() const { return m_pos; }
    [[noreturn]] void fail(std::size_t at, const std::string& what) const;

private:
    char peek(std::size_t ahead = 0) const { return m_pos + ahead < m_end ? m_text[m_pos + ahead] : '\0'; }
    bool startsWith(std::string_view s) const;
    std::string_view nameAt(std::size_t pos) const;
    std::string describeNext() const;
    void requireClassAttributes(std::string_view name, std::size_t at, const std::vector<std::string_view>& seen) const;
    void checkAttribute(std::string_view element, std::string_view name, std::string_view value, bool classInfo,
                        std::size_t at) const;
    void reference(std::string_view element);
    static std::string describe(std::string_view parent);

    std::string_view m_text;
    std::size_t m_pos;
    std::size_t m_end;
    const std::string& m_where;
    const ArchiveKind& m_kind;
};

// A plain-words reason for an exception Boost's reader threw.
std::string describeArchiveError(const std::exception& e);

// Boost reads the envelope and the body named `bodyName` from the content (with no_header:
// Boost's reader checks the closing root tag in its destructor, where a missing or damaged tag
// would end the process instead of raising an error, so it is only ever given the content).
// An ArchiveError raised while reading (a class version check) gets the file's name in front;
// anything else becomes "malformed near line N". Then what Boost read must be what the quick
// look at the envelope saw.
template <class Body>
void readArchiveBody(std::string_view text, const ArchiveContent& content, const std::string& where,
                     const ArchiveKind& kind, const char* bodyName, Envelope& envelope, Body& body)
{
    std::istringstream stream{std::string(text.substr(content.begin, content.end - content.begin))};
    try {
        boost::archive::xml_iarchive ar(stream, boost::archive::no_header | boost::archive::no_codecvt);
        ar >> boost::serialization::make_nvp("envelope", envelope);
        ar >> boost::serialization::make_nvp(bodyName, body);
    } catch (const ArchiveError& e) {
        throw ArchiveError(where + ": " + e.what());
    } catch (const std::exception& e) {
        stream.clear();
        const auto pos = stream.tellg();
        const std::string line =
            pos >= 0 ? " near line " + std::to_string(lineAt(text, content.begin + static_cast<std::size_t>(pos))) : "";
        throw ArchiveError(where + " is malformed" + line + ": " + describeArchiveError(e));
    }
    if (envelope.format != kind.formatName || envelope.formatVersion != content.formatVersion)
        checkFormat(envelope.format, envelope.formatVersion, envelope.appVersion, where, kind);
}

}  // namespace tideover::core::detail

BOOST_CLASS_IMPLEMENTATION(tideover::core::detail::Envelope, boost::serialization::object_serializable)

namespace boost::serialization {

template <class Archive> void serialize(Archive& ar, tideover::core::detail::Envelope& e, unsigned /*version*/)
{
    ar & make_nvp("format", e.format);
    ar & make_nvp("format_version", e.formatVersion);
    ar & make_nvp("app_version", e.appVersion);
}

}  // namespace boost::serialization
