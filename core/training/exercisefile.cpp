// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/training/exercisefile.h"

#include "core/model/text.h"

#include "core/io/archivereader.h"
#include "core/io/atomicfile.h"
#include "core/io/embeddedfiles.h"
#include "core/model/parameters.h"
#include "core/io/scenariofile.h"
#include "core/io/version.h"

#include <boost/archive/xml_oarchive.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/version.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

namespace tideover::core {

namespace exfile {

// Every field is text in the archive; Tideover parses the numbers itself (from_chars, no locale).
struct QuestionEntry {
    std::string id, text, measure, changes, unit, tolerance, toleranceKind, reference;
};

struct Body {
    std::string title, step, scenario, changes, instructions;
    std::vector<QuestionEntry> questions;
    std::vector<std::string> hints;
    std::string debrief;
};

constexpr unsigned kClassVersion = 1;

}  // namespace exfile

}  // namespace tideover::core

BOOST_CLASS_IMPLEMENTATION(tideover::core::exfile::QuestionEntry, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(tideover::core::exfile::Body, boost::serialization::track_never)
BOOST_CLASS_VERSION(tideover::core::exfile::Body, tideover::core::exfile::kClassVersion)

namespace boost::serialization {

using namespace tideover::core;

template <class Archive> void serialize(Archive& ar, exfile::QuestionEntry& q, unsigned /*version*/)
{
    ar & make_nvp("id", q.id);
    ar & make_nvp("text", q.text);
    ar & make_nvp("measure", q.measure);
    ar & make_nvp("changes", q.changes);
    ar & make_nvp("unit", q.unit);
    ar & make_nvp("tolerance", q.tolerance);
    ar & make_nvp("tolerance_kind", q.toleranceKind);
    ar & make_nvp("reference", q.reference);
}

template <class Archive> void save(Archive& ar, const exfile::Body& b, unsigned /*version*/)
{
    ar << make_nvp("title", b.title);
    ar << make_nvp("step", b.step);
    ar << make_nvp("scenario", b.scenario);
    ar << make_nvp("changes", b.changes);
    ar << make_nvp("instructions", b.instructions);
    const std::size_t questions = b.questions.size();
    ar << make_nvp("question_count", questions);
    for (const auto& q : b.questions)
        ar << make_nvp("question", q);
    const std::size_t hints = b.hints.size();
    ar << make_nvp("hint_count", hints);
    for (const auto& h : b.hints)
        ar << make_nvp("hint", h);
    ar << make_nvp("debrief", b.debrief);
}

// The counts were checked by the layout pass before Boost reads them; checked again here so
// that nothing is ever allocated for a count that is not backed by elements.
template <class Archive> void load(Archive& ar, exfile::Body& b, unsigned version)
{
    if (version > exfile::kClassVersion)
        throw tideover::core::detail::ArchiveError("<exercise> has class version " + std::to_string(version) +
                                                   "; Tideover writes version " + std::to_string(exfile::kClassVersion));
    ar >> make_nvp("title", b.title);
    ar >> make_nvp("step", b.step);
    ar >> make_nvp("scenario", b.scenario);
    ar >> make_nvp("changes", b.changes);
    ar >> make_nvp("instructions", b.instructions);
    std::size_t questions = 0;
    ar >> make_nvp("question_count", questions);
    if (questions > kMaxExerciseQuestions)
        throw tideover::core::detail::ArchiveError("it lists too many questions");
    for (std::size_t i = 0; i < questions; ++i) {
        exfile::QuestionEntry q;
        ar >> make_nvp("question", q);
        b.questions.push_back(std::move(q));
    }
    std::size_t hints = 0;
    ar >> make_nvp("hint_count", hints);
    if (hints > kMaxExerciseHints)
        throw tideover::core::detail::ArchiveError("it lists too many hints");
    for (std::size_t i = 0; i < hints; ++i) {
        std::string h;
        ar >> make_nvp("hint", h);
        b.hints.push_back(std::move(h));
    }
    ar >> make_nvp("debrief", b.debrief);
}

}  // namespace boost::serialization

BOOST_SERIALIZATION_SPLIT_FREE(tideover::core::exfile::Body)

namespace tideover::core {

namespace {

using detail::excerpt;
using detail::lineAt;

constexpr detail::ArchiveKind kExerciseKind{kExerciseFormatName, "exercise", "an", "a .tideover-exercise file",
                                            kExerciseFormatVersion, kMaxExerciseFileBytes, exfile::kClassVersion};

const char* const kUnits[] = {"fraction", "year", "years", "months", "persons", "money", "number"};

// Where the elements whose meaning is checked after Boost has read them start.
struct Offsets {
    std::map<std::string, std::size_t> top;  // title, step, scenario, changes, ...
    std::vector<std::map<std::string, std::size_t>> questions;
    std::vector<std::size_t> hints;
};

// The body of format version 1 (docs/exercises.md): <exercise> with <title>, <step>,
// <scenario>, <changes>, <instructions>, <question_count> and that many <question> elements
// of eight fields, <hint_count> and that many <hint> elements, <debrief>, nothing after.
Offsets checkLayout(detail::LayoutReader& r)
{
    Offsets at;
    const auto field = [&r](std::map<std::string, std::size_t>& where, const char* name, const char* parent) {
        r.skipSpace();
        where[name] = r.position();
        return r.textElement(name, parent);
    };
    r.envelope();
    r.open("exercise", "the archive", true);
    for (const auto* name : {"title", "step", "scenario", "changes", "instructions"})
        field(at.top, name, "exercise");
    const std::size_t questionCount =
        r.countValue(field(at.top, "question_count", "exercise"), at.top["question_count"], kMaxExerciseQuestions,
                     "question_count", "question", "questions");
    while (r.nextIsStartOf("question")) {
        if (at.questions.size() == kMaxExerciseQuestions)
            r.fail(r.position(), "there are more than " + std::to_string(kMaxExerciseQuestions) +
                                     " <question> elements; at most " + std::to_string(kMaxExerciseQuestions) +
                                     " are allowed");
        r.skipSpace();
        auto& q = at.questions.emplace_back();
        q["question"] = r.position();
        r.open("question", "exercise");
        for (const auto* name : {"id", "text", "measure", "changes", "unit", "tolerance", "tolerance_kind", "reference"})
            field(q, name, "question");
        r.close("question");
    }
    if (questionCount != at.questions.size())
        r.fail(at.top["question_count"], "<question_count> is " + std::to_string(questionCount) + " but " +
                                             std::to_string(at.questions.size()) + " <question> elements follow");
    const std::size_t hintCount = r.countValue(field(at.top, "hint_count", "exercise"), at.top["hint_count"],
                                               kMaxExerciseHints, "hint_count", "hint", "hints");
    while (r.nextIsStartOf("hint")) {
        if (at.hints.size() == kMaxExerciseHints)
            r.fail(r.position(), "there are more than " + std::to_string(kMaxExerciseHints) +
                                     " <hint> elements; at most " + std::to_string(kMaxExerciseHints) + " are allowed");
        r.skipSpace();
        at.hints.push_back(r.position());
        r.textElement("hint", "exercise");
    }
    if (hintCount != at.hints.size())
        r.fail(at.top["hint_count"], "<hint_count> is " + std::to_string(hintCount) + " but " +
                                         std::to_string(at.hints.size()) + " <hint> elements follow");
    field(at.top, "debrief", "exercise");
    r.close("exercise");
    r.expectEnd("exercise");
    return at;
}

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool blank(std::string_view s) { return trim(s).empty(); }

// The meaning of every field, with the line of its element.
Exercise interpret(const exfile::Body& body, const Offsets& at, std::string_view text, const std::string& where)
{
    const auto fail = [&](std::size_t offset, const std::string& what) {
        throw ExerciseFileError(where + ", line " + std::to_string(lineAt(text, offset)) + ": " + what);
    };
    Exercise e;
    if (blank(body.title))
        fail(at.top.at("title"), "<title> is empty; give the exercise a title");
    e.title = body.title;
    const auto step = stepFromName(trim(body.step));
    if (!step)
        fail(at.top.at("step"), "<step> is '" + excerpt(body.step) +
                                    "'; expected diagnosis, design, costing, stress, financing or coverage");
    e.step = *step;

    const std::string_view scenario = trim(body.scenario);
    if (scenario.substr(0, kBuiltinPrefix.size()) == kBuiltinPrefix) {
        const auto name = scenario.substr(kBuiltinPrefix.size());
        if (builtinScenarioText(name).empty())
            fail(at.top.at("scenario"), "<scenario> names the built-in scenario '" + excerpt(name) +
                                            "', which this Tideover does not have (tideover-cli scenarios lists them)");
    } else if (scenario.empty() || scenario.size() > 200 || scenario.find_first_of("/\\") != std::string_view::npos ||
               scenario.substr(0, 1) == "." ||
               scenario.size() < kScenarioExtension.size() ||
               scenario.substr(scenario.size() - kScenarioExtension.size()) != kScenarioExtension) {
        fail(at.top.at("scenario"), "<scenario> is '" + excerpt(body.scenario) +
                                        "'; expected builtin:NAME or the name of a .tideover file in the exercise's folder");
    }
    e.scenario = std::string(scenario);

    const auto checkChanges = [&](const std::string& changes, std::size_t offset) {
        if (std::count(changes.begin(), changes.end(), ';') >= 200)
            fail(offset, "<changes> holds more than 200 changes");
        Scenario probe = Scenario::withDefaults();
        try {
            applyChanges(probe, changes);
        } catch (const std::invalid_argument& error) {
            std::string message = error.what();
            std::replace_if(message.begin(), message.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
            fail(offset, "<changes>: " + message);
        }
    };
    checkChanges(body.changes, at.top.at("changes"));
    e.changes = body.changes;
    e.instructions = body.instructions;

    if (body.questions.empty())
        fail(at.top.at("question_count"), "the exercise has no question; give at least one");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < body.questions.size(); ++i) {
        const auto& entry = body.questions[i];
        const auto& where = at.questions[i];
        Question q;
        q.id = std::string(trim(entry.id));
        if (q.id.empty() || q.id.size() > 32 || !std::all_of(q.id.begin(), q.id.end(), isIdChar))
            fail(where.at("id"), "<id> is '" + excerpt(entry.id) +
                                     "'; an id is 1 to 32 letters, digits, '_' or '-' (e.g. q1)");
        if (!ids.insert(q.id).second)
            fail(where.at("id"), "the question id '" + q.id + "' is used twice");
        if (blank(entry.text))
            fail(where.at("text"), "question " + q.id + ": <text> is empty");
        q.text = entry.text;
        const MeasureParse measure = parseMeasure(entry.measure);
        if (!measure.measure)
            fail(where.at("measure"), "question " + q.id + ": " + measure.error);
        q.measure = std::string(trim(entry.measure));
        checkChanges(entry.changes, where.at("changes"));
        q.changes = entry.changes;
        q.unit = std::string(trim(entry.unit));
        if (std::find(std::begin(kUnits), std::end(kUnits), q.unit) == std::end(kUnits))
            fail(where.at("unit"), "question " + q.id + ": <unit> is '" + excerpt(entry.unit) +
                                       "'; expected fraction, year, years, months, persons, money or number");
        const std::string_view tolerance = trim(entry.tolerance);
        const auto [ptr, ec] = std::from_chars(tolerance.data(), tolerance.data() + tolerance.size(), q.tolerance);
        if (tolerance.empty() || ec != std::errc() || ptr != tolerance.data() + tolerance.size() ||
            !std::isfinite(q.tolerance) || q.tolerance < 0)
            fail(where.at("tolerance"), "question " + q.id + ": <tolerance> is '" + excerpt(entry.tolerance) +
                                            "'; expected a number >= 0");
        const std::string_view kind = trim(entry.toleranceKind);
        if (kind == "absolute")
            q.toleranceKind = ToleranceKind::Absolute;
        else if (kind == "relative")
            q.toleranceKind = ToleranceKind::Relative;
        else
            fail(where.at("tolerance_kind"), "question " + q.id + ": <tolerance_kind> is '" +
                                                 excerpt(entry.toleranceKind) + "'; expected absolute or relative");
        q.reference = std::string(trim(entry.reference));
        if (!q.reference.empty()) {
            const AnswerParse reference = parseAnswer(q.reference, q.unit);
            if (!reference.answer)
                fail(where.at("reference"), "question " + q.id + ": <reference> " + reference.error);
        }
        e.questions.push_back(std::move(q));
    }
    e.hints = body.hints;
    e.debrief = body.debrief;
    return e;
}

Exercise readChecked(std::string_view text, const std::string& where)
{
    const detail::ArchiveContent content = detail::checkArchive(text, where, kExerciseKind);
    detail::LayoutReader layout(text, content, where, kExerciseKind);
    const Offsets offsets = checkLayout(layout);
    detail::Envelope envelope;
    exfile::Body body;
    detail::readArchiveBody(text, content, where, kExerciseKind, "exercise", envelope, body);
    if (body.questions.size() != offsets.questions.size() || body.hints.size() != offsets.hints.size())
        throw ExerciseFileError(where + " is malformed: its questions or hints do not read consistently");
    return interpret(body, offsets, text, where);
}

}  // namespace

Exercise readExercise(std::string_view text, std::string_view origin)
{
    try {
        return readChecked(text, std::string(origin));
    } catch (const detail::ArchiveError& e) {
        throw ExerciseFileError(e.what());
    }
}

std::string writeExercise(const Exercise& e)
{
    const auto printable = [](std::string text) {
        std::replace_if(text.begin(), text.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
        }, ' ');
        return text;
    };
    detail::Envelope envelope{std::string(kExerciseFormatName), kExerciseFormatVersion, std::string(appVersion())};
    exfile::Body body{printable(e.title), std::string(stepName(e.step)), printable(e.scenario), printable(e.changes),
                      printable(e.instructions), {}, {}, printable(e.debrief)};
    for (const auto& q : e.questions)
        body.questions.push_back({printable(q.id), printable(q.text), printable(q.measure), printable(q.changes),
                                  printable(q.unit), formatNumber(q.tolerance),
                                  q.toleranceKind == ToleranceKind::Relative ? "relative" : "absolute",
                                  printable(q.reference)});
    for (const auto& h : e.hints)
        body.hints.push_back(printable(h));
    std::ostringstream out;
    {
        boost::archive::xml_oarchive ar(out, boost::archive::no_codecvt);
        ar << boost::serialization::make_nvp("envelope", envelope);
        ar << boost::serialization::make_nvp("exercise", body);
    }
    return out.str();
}

Exercise loadExerciseFile(const std::filesystem::path& path)
{
    const std::string name = path.string();
    try {
        return readChecked(detail::readArchiveFile(name, kExerciseKind), name);
    } catch (const detail::ArchiveError& e) {
        throw ExerciseFileError(e.what());
    }
}

void saveExerciseFile(const Exercise& exercise, const std::filesystem::path& path, const SaveOptions& options)
{
    writeFileAtomically(path, writeExercise(exercise), options);
}

std::vector<std::string> builtinExerciseNames()
{
    std::vector<std::string> names;
    for (const auto& f : detail::builtinExerciseFiles())
        names.emplace_back(f.name);
    std::sort(names.begin(), names.end());
    return names;
}

std::string_view builtinExerciseText(std::string_view name, std::string_view language)
{
    return detail::translatedText(detail::builtinExerciseFiles(), detail::builtinExerciseTranslationFiles(), name, language);
}

std::vector<std::string> builtinExerciseLanguages()
{
    std::vector<std::string> languages;
    for (const auto& f : detail::builtinExerciseTranslationFiles()) {
        const std::string language(f.name.substr(0, f.name.find('/')));
        if (std::find(languages.begin(), languages.end(), language) == languages.end())
            languages.push_back(language);
    }
    std::sort(languages.begin(), languages.end());
    languages.insert(languages.begin(), "en");
    return languages;
}

Exercise loadExercise(std::string_view spec, std::string_view language)
{
    if (spec.substr(0, kBuiltinPrefix.size()) == kBuiltinPrefix) {
        const auto name = spec.substr(kBuiltinPrefix.size());
        const auto text = builtinExerciseText(name, language);
        if (text.empty()) {
            std::string known;
            for (const auto& n : builtinExerciseNames())
                known += (known.empty() ? "" : ", ") + n;
            throw ExerciseFileError("no built-in exercise '" + std::string(name) + "'; built-in: " + known);
        }
        return readExercise(text, spec);
    }
    return loadExerciseFile(std::filesystem::path(std::string(spec)));
}

std::filesystem::path exerciseFolder(std::string_view spec)
{
    if (spec.substr(0, kBuiltinPrefix.size()) == kBuiltinPrefix)
        return {};
    const std::filesystem::path folder = std::filesystem::path(std::string(spec)).parent_path();
    return folder.empty() ? std::filesystem::path(".") : folder;
}

}  // namespace tideover::core
