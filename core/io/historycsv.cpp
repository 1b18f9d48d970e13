// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/historycsv.h"

#include "core/io/archivereader.h"
#include "core/model/parameters.h"
#include "core/model/text.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>
#include <vector>

namespace tideover::core {

namespace {

using detail::excerpt;

constexpr std::string_view kSourceSuffix = "_source";
constexpr std::string_view kNotes = "notes";

// One field of the header: what the column holds.
struct HeaderField {
    enum class Kind { Year, Value, Source, Notes } kind = Kind::Value;
    HistoryColumn column = HistoryColumn::labour_force;
};

// RFC 4180: fields separated by commas, rows by CRLF or LF; a quoted field may hold commas,
// line breaks and "" for a quote. Reads one row from `pos`; returns false at the end of the
// text. `line` is the 1-based line where the row starts.
class CsvReader {
public:
    CsvReader(std::string_view text, std::string origin) : m_text(text), m_origin(std::move(origin))
    {
        if (m_text.starts_with("\xEF\xBB\xBF"))  // a byte-order mark from a spreadsheet
            m_text.remove_prefix(3);
    }

    bool next(std::vector<std::string>& fields, int& line)
    {
        fields.clear();
        // Blank lines between rows are skipped.
        while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
            if (m_text[m_pos] == '\n')
                ++m_line;
            ++m_pos;
        }
        if (m_pos >= m_text.size())
            return false;
        line = m_line;
        std::string field;
        bool quoted = false;
        bool wasQuoted = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (quoted) {
                if (c == '"') {
                    if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                        field += '"';
                        m_pos += 2;
                        continue;
                    }
                    quoted = false;
                    ++m_pos;
                    continue;
                }
                if (c == '\n')
                    ++m_line;
                field += c;
                ++m_pos;
                continue;
            }
            if (c == '"') {
                if (!field.empty() || wasQuoted)
                    fail(line, "a quote (\") inside an unquoted field; quote the whole field");
                quoted = true;
                wasQuoted = true;
                ++m_pos;
                continue;
            }
            if (c == ',') {
                fields.push_back(std::move(field));
                field.clear();
                wasQuoted = false;
                ++m_pos;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
                    ++m_pos;
                ++m_pos;
                ++m_line;
                break;
            }
            if (wasQuoted)
                fail(line, "text after a closing quote; a quoted field ends at a comma or the end of the line");
            field += c;
            ++m_pos;
        }
        if (quoted)
            fail(line, "a quoted field is not closed before the end of the file");
        fields.push_back(std::move(field));
        return true;
    }

    [[noreturn]] void fail(int line, const std::string& message) const
    {
        throw HistoryCsvError(m_origin + ", line " + std::to_string(line) + ": " + message);
    }

private:
    std::string_view m_text;
    std::string m_origin;
    std::size_t m_pos = 0;
    int m_line = 1;
};

std::string knownColumns()
{
    std::string out = "year";
    for (const auto& info : historyColumns())
        out += ", " + std::string(info.name);
    return out + ", notes, and COLUMN_source for any column";
}

bool hasControl(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F;
    });
}

// RFC 4180 quoting where a field needs it.
std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos && (s.empty() || (s.front() != ' ' && s.back() != ' ')))
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

}  // namespace

HistoryTable readHistoryCsv(std::string_view text, std::string_view origin)
{
    const std::string where(origin);
    if (text.size() > kMaxHistoryCsvBytes)
        throw HistoryCsvError(where + " is too large (" + std::to_string(text.size()) +
                              " bytes; a history CSV file is at most " + std::to_string(kMaxHistoryCsvBytes) + " bytes)");
    if (text.find('\0') != std::string_view::npos)
        throw HistoryCsvError(where + " holds binary data (a zero byte); a history is a CSV text file");
    CsvReader reader(text, where);
    std::vector<std::string> fields;
    int line = 0;
    if (!reader.next(fields, line))
        throw HistoryCsvError(where + " is empty; a history CSV starts with a header row naming its columns "
                              "(year first)");

    // The header.
    std::vector<HeaderField> header;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string name(trim(fields[i]));
        if (hasControl(name))
            reader.fail(line, "column " + std::to_string(i + 1) + "'s name holds control characters");
        if (!seen.insert(name).second)
            reader.fail(line, "the column '" + excerpt(name) + "' is given twice");
        HeaderField f;
        if (i == 0) {
            if (name != "year")
                reader.fail(line, "the first column must be 'year', not '" + excerpt(name) + "'");
            f.kind = HeaderField::Kind::Year;
        } else if (name == "year") {
            reader.fail(line, "the column 'year' is given twice");
        } else if (name == kNotes) {
            f.kind = HeaderField::Kind::Notes;
        } else if (const auto c = findHistoryColumn(name)) {
            f.column = *c;
        } else if (name.ends_with(kSourceSuffix) &&
                   findHistoryColumn(std::string_view(name).substr(0, name.size() - kSourceSuffix.size()))) {
            f.kind = HeaderField::Kind::Source;
            f.column = *findHistoryColumn(std::string_view(name).substr(0, name.size() - kSourceSuffix.size()));
        } else {
            reader.fail(line, "unknown column '" + excerpt(name) + "'; the columns are " + knownColumns());
        }
        header.push_back(f);
    }

    HistoryTable table;
    std::set<int> seenYears;
    std::size_t rows = 0;
    while (reader.next(fields, line)) {
        if (++rows > kMaxHistoryYears)
            reader.fail(line, "more than " + std::to_string(kMaxHistoryYears) +
                                  " rows; a history holds one row per year in " + std::to_string(kFirstHistoryYear) +
                                  ".." + std::to_string(kLastHistoryYear));
        if (fields.size() != header.size())
            reader.fail(line, "the row has " + std::to_string(fields.size()) + " fields; the header has " +
                                  std::to_string(header.size()));
        // The year first, so that sources can be keyed by it.
        const std::string_view yearText = trim(fields[0]);
        int year = 0;
        const auto [end, ec] = std::from_chars(yearText.data(), yearText.data() + yearText.size(), year);
        if (yearText.empty())
            reader.fail(line, "the year is missing");
        if (ec != std::errc() || end != yearText.data() + yearText.size())
            reader.fail(line, "'" + excerpt(yearText) + "' is not a year");
        if (year < kFirstHistoryYear || year > kLastHistoryYear)
            reader.fail(line, "the year " + std::to_string(year) + " is not a calendar year in " +
                                  std::to_string(kFirstHistoryYear) + ".." + std::to_string(kLastHistoryYear));
        if (!seenYears.insert(year).second)
            reader.fail(line, "the year " + std::to_string(year) + " is given twice");
        for (std::size_t i = 1; i < fields.size(); ++i) {
            const HeaderField& f = header[i];
            const std::string& raw = fields[i];
            const std::string column =
                f.kind == HeaderField::Kind::Notes ? std::string(kNotes)
                : f.kind == HeaderField::Kind::Source ? std::string(historyColumn(f.column).name) + std::string(kSourceSuffix)
                                                       : std::string(historyColumn(f.column).name);
            const auto failAt = [&](const std::string& message) {
                reader.fail(line, "column '" + column + "': " + message);
            };
            if (f.kind == HeaderField::Kind::Notes || f.kind == HeaderField::Kind::Source) {
                if (raw.size() > kMaxHistoryNotes)
                    failAt("the text is " + std::to_string(raw.size()) + " bytes long; at most " +
                           std::to_string(kMaxHistoryNotes) + " are allowed");
                if (hasControl(raw))
                    failAt("the text holds control characters");
                if (trim(raw).empty())
                    continue;
                if (f.kind == HeaderField::Kind::Notes)
                    table.history.setNotes(year, std::string(trim(raw)));
                else
                    table.sources[historySourceKey(f.column, year)] = std::string(trim(raw));
                continue;
            }
            if (trim(raw).empty())
                continue;
            double x = 0;
            std::string error;
            if (!parseNumber(raw, x, error))
                failAt(error);
            if (!historyValueAllowed(f.column, x))
                failAt("the value " + formatNumber(x) + " is out of range; allowed: " +
                       std::string(historyRange(f.column)));
            table.history.set(year, f.column, x);
        }
    }
    // A source note for a value that is not there would be lost on saving: refuse it.
    for (const auto& [key, note] : table.sources) {
        const auto hk = parseHistoryKey(key);
        if (hk && hk->column && !table.history.value(hk->year, *hk->column))
            throw HistoryCsvError(where + ": the year " + std::to_string(hk->year) + " gives a source for " +
                                  std::string(historyColumn(*hk->column).name) + " but no value");
    }
    return table;
}

HistoryTable loadHistoryCsvFile(const std::filesystem::path& path)
{
    static constexpr detail::ArchiveKind kCsvKind{"", "history CSV", "a", "a CSV file of yearly figures", 1,
                                                  kMaxHistoryCsvBytes, 1};
    std::string text;
    try {
        text = detail::readArchiveFile(path.string(), kCsvKind);
    } catch (const detail::ArchiveError& e) {
        throw HistoryCsvError(e.what());
    }
    return readHistoryCsv(text, path.string());
}

std::string writeHistoryCsv(const History& history, const std::map<std::string, std::string>& sources)
{
    std::vector<HistoryColumn> columns;
    std::vector<HistoryColumn> sourced;
    for (const auto& info : historyColumns()) {
        if (!history.has(info.column))
            continue;
        columns.push_back(info.column);
        const bool anySource = std::any_of(history.years.begin(), history.years.end(), [&](const auto& y) {
            return sources.count(historySourceKey(info.column, y.first)) > 0;
        });
        if (anySource)
            sourced.push_back(info.column);
    }
    const bool notes = std::any_of(history.years.begin(), history.years.end(),
                                   [](const auto& y) { return !y.second.notes.empty(); });
    std::string out = "year";
    for (HistoryColumn c : columns)
        out += "," + std::string(historyColumn(c).name);
    for (HistoryColumn c : sourced)
        out += "," + std::string(historyColumn(c).name) + std::string(kSourceSuffix);
    if (notes)
        out += ",notes";
    out += "\n";
    for (const auto& [year, row] : history.years) {
        out += std::to_string(year);
        for (HistoryColumn c : columns) {
            out += ",";
            if (const auto x = row[c])
                out += formatNumber(*x);
        }
        for (HistoryColumn c : sourced) {
            out += ",";
            if (const auto s = sources.find(historySourceKey(c, year)); s != sources.end())
                out += csvField(s->second);
        }
        if (notes)
            out += "," + csvField(row.notes);
        out += "\n";
    }
    return out;
}

HistoryTable historyTable(const Scenario& scenario)
{
    HistoryTable table;
    table.history = scenario.history;
    for (const auto& [key, note] : scenario.sources)
        if (key.starts_with(kHistoryPrefix))
            table.sources[key] = note;
    return table;
}

void setHistory(Scenario& scenario, const HistoryTable& table)
{
    scenario.history = table.history;
    std::erase_if(scenario.sources, [](const auto& s) { return s.first.starts_with(kHistoryPrefix); });
    for (const auto& [key, note] : table.sources)
        scenario.sources[key] = note;
}

}  // namespace tideover::core
