// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace tideover::app {

// Text on its way to a terminal, made harmless: the one place where the command-line programs
// escape what a file (or a file name) could smuggle in. Line feed and tab pass, as does every
// printable UTF-8 character (Vietnamese, French); every other C0 control, DEL and every C1
// control (U+0080..U+009F, such as the 8-bit CSI) becomes \u{NN}; a byte that is not part of
// valid UTF-8 (a stray 0x9B or 0xFF, an overlong form, a surrogate) becomes \xNN. So a file
// whose <format> holds "ESC]0;title BEL" can neither set the terminal's title nor clear it.
std::string escapeForTerminal(std::string_view text);

// While it lives, everything written to std::cout and std::cerr passes escapeForTerminal on
// its way out (a UTF-8 character split across two writes is kept whole). The programs create
// one at the start of main, so no message or output can bypass the escaping. Files written
// with --output are not touched.
class TerminalOutput {
public:
    TerminalOutput();
    ~TerminalOutput();
    TerminalOutput(const TerminalOutput&) = delete;
    TerminalOutput& operator=(const TerminalOutput&) = delete;

private:
    struct Streams;
    std::unique_ptr<Streams> m_streams;
};

} // namespace tideover::app
