// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "common/terminaltext.h"

#include <cstdio>
#include <iostream>
#include <streambuf>

namespace tideover::app {

namespace {

// The length of the valid UTF-8 sequence at the start of `s` (1..4), 0 when the bytes there
// are not valid UTF-8, or -1 when `s` ends inside a sequence that may still be completed.
int sequenceLength(std::string_view s)
{
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = b(0);
    if (lead < 0x80)
        return 1;
    int length = 0;
    unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        lo = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        hi = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        lo = lead == 0xF0 ? 0x90 : 0x80;
        hi = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else
        return 0;
    for (int i = 1; i < length; ++i) {
        if (static_cast<std::size_t>(i) >= s.size())
            return -1;
        const unsigned char c = b(static_cast<std::size_t>(i));
        if (c < (i == 1 ? lo : 0x80) || c > (i == 1 ? hi : 0xBF))
            return 0;
    }
    return length;
}

void appendEscape(std::string& out, const char* format, unsigned value)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, format, value);
    out += buf;
}

// Escapes `text`. With `consumed`, an unfinished UTF-8 sequence at the end is left unwritten
// (the rest of it may come with the next write) and *consumed says how much was escaped.
std::string escape(std::string_view text, std::size_t* consumed)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const int length = sequenceLength(text.substr(i));
        if (length < 0 && consumed)
            break;
        if (length <= 0) {
            appendEscape(out, "\\x%02X", c);
            ++i;
        } else if (length == 1) {
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
                appendEscape(out, "\\u{%02x}", c);
            else
                out += static_cast<char>(c);
            ++i;
        } else {
            // C1 controls are U+0080..U+009F: C2 80 .. C2 9F.
            const unsigned char next = static_cast<unsigned char>(text[i + 1]);
            if (c == 0xC2 && next <= 0x9F)
                appendEscape(out, "\\u{%02x}", next);
            else
                out.append(text.substr(i, static_cast<std::size_t>(length)));
            i += static_cast<std::size_t>(length);
        }
    }
    if (consumed)
        *consumed = i;
    return out;
}

// A stream buffer that escapes everything on its way to another one.
class EscapingBuffer : public std::streambuf {
public:
    explicit EscapingBuffer(std::streambuf* target) : m_target(target) {}
    ~EscapingBuffer() override { drain(true); }

protected:
    int_type overflow(int_type c) override
    {
        if (!traits_type::eq_int_type(c, traits_type::eof()))
            m_pending += traits_type::to_char_type(c);
        if (m_pending.size() >= kChunk)
            drain(false);
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override
    {
        m_pending.append(s, static_cast<std::size_t>(n));
        if (m_pending.size() >= kChunk)
            drain(false);
        return n;
    }
    int sync() override
    {
        const bool written = drain(false);
        return m_target->pubsync() == 0 && written ? 0 : -1;
    }

private:
    static constexpr std::size_t kChunk = 1 << 16;

    // Writes what is pending; an unfinished UTF-8 sequence waits for its end unless `all`.
    // False when the target took less than all of it (a full disk, a closed pipe).
    bool drain(bool all)
    {
        std::size_t consumed = 0;
        const std::string text = escape(m_pending, all ? nullptr : &consumed);
        const auto size = static_cast<std::streamsize>(text.size());
        m_pending.erase(0, all ? m_pending.size() : consumed);
        return m_target->sputn(text.data(), size) == size;
    }

    std::streambuf* m_target;
    std::string m_pending;
};

} // namespace

std::string escapeForTerminal(std::string_view text)
{
    return escape(text, nullptr);
}

struct TerminalOutput::Streams {
    std::streambuf* out = std::cout.rdbuf();
    std::streambuf* err = std::cerr.rdbuf();
    EscapingBuffer escapedOut{out};
    EscapingBuffer escapedErr{err};
};

TerminalOutput::TerminalOutput() : m_streams(std::make_unique<Streams>())
{
    std::cout.rdbuf(&m_streams->escapedOut);
    std::cerr.rdbuf(&m_streams->escapedErr);
    // cerr is unit-buffered: every message reaches the terminal as it is written.
}

TerminalOutput::~TerminalOutput()
{
    std::cout.flush();
    std::cerr.flush();
    std::cout.rdbuf(m_streams->out);
    std::cerr.rdbuf(m_streams->err);
}

} // namespace tideover::app
