// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tideover::app {

// The command line as a table. A Program declares its options once and each Command once
// (name, synopsis, help, the options it takes with their help, handler); the parser (Boost.
// Program_options underneath), the main help, each command's help, the check that a command
// takes the options given and the dispatch all come from that declaration.

constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitWrongAnswer = 3;

// One option of a program.
struct Option {
    std::string_view name{};          // "--output"
    std::string_view shortName{};   // "-o", or empty
    std::string_view value{};       // the value's name in the help ("FILE"); empty for a switch
    bool repeatable = false;        // every value counts (--set KEY=VALUE...)
    // What a command that does not take the option says; "{commands}" stands for the commands
    // that do ("--output applies to tideover-cli {commands} only"). Empty: "--paths does not
    // apply to tideover-cli diff; see tideover-cli diff --help".
    std::string_view misplaced{};
    // Part of the command's arguments (--set changes the SCENARIO): a command that takes no
    // arguments refuses it as it refuses a SCENARIO ("tideover-cli keys takes no arguments").
    bool changesArguments = false;
    // A value that means the option's default ("--format csv"): given last, any command takes it.
    std::string_view implied{};
};

// An option as a command takes it, with its help for that command (lines after the first are
// indented under it). An empty help takes the option without showing it: the handler refuses
// it with a message of its own.
struct OptionHelp {
    std::string_view name{};
    std::string_view help{};
    std::string_view label{}; // the help's name for it when not "-o, --output FILE"
};

// What the command line holds: the command, the other words, and each option given with its
// values in order (none for a switch).
struct Arguments {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>, std::less<>> options;
    bool help = false;
    bool version = false;

    bool has(std::string_view option) const { return options.find(option) != options.end(); }
    // The value given last.
    std::optional<std::string> value(std::string_view option) const;
    std::vector<std::string> values(std::string_view option) const;
};

struct Program;

struct Command {
    std::string_view name{};
    std::string_view group{};       // the heading it is listed under in the main help
    std::string_view synopsis{};    // the usage after the name; '\n' where the main help wraps it
    std::string_view summary{};     // the main help's lines under the synopsis
    std::string_view description{}; // the command's help, after its usage line
    std::vector<OptionHelp> options{};
    std::string_view notes{};     // the command's help, after its options
    bool takesArguments = true;   // false: no SCENARIO and no --set
    std::function<int(const Arguments&)> run{};
    // A command that another program carries out (tideover-cli report runs tideover-report):
    // its help is that program's only command's.
    const Program* delegate = nullptr;
};

// How the messages of a program name what was typed.
struct Rules {
    bool commandWord = true;     // the first word is the command (tideover-cli); else one command
    bool quoteAsTyped = true;    // "-o needs a value", "unknown option '--x=1'"; else by name: "--output needs a value"
    bool lastValueWins = true;   // an option without repeatable given twice: the last counts; else "--date is given twice"
};

struct Program {
    std::string_view name{};         // "tideover-cli": usage lines and messages
    std::string_view helpTopic;    // what unknown options refer to: "tideover-cli --help"
    std::string_view preamble;     // the main help before the commands
    std::string_view epilogue;     // the main help after them
    std::vector<Option> options;   // in the order a command checks them
    std::vector<Command> commands; // in the order of the main help
    Rules rules;
};

// Bad input on the command line (OptionError, exit status 2) from the table's checks.
Arguments parseArguments(const Program& program, int argc, char** argv);
std::string mainHelp(const Program& program);
std::string commandHelp(const Program& program, const Command& command);
const Command* findCommand(const Program& program, std::string_view name);
// Refuses options (and arguments) the command does not take, in the program's option order.
void checkOptions(const Program& program, const Command& command, const Arguments& arguments);

// tideover-cli's main: --version, the help, the command's checks and its handler, under
// runGuarded.
int runProgram(const Program& program, int argc, char** argv);

// Runs `body` and turns what it throws into a message on stderr, "SELF: ...", and the exit
// status: 2 for bad input (OptionError, an unreadable or invalid scenario), 1 for anything
// else. Output that could not be written is an internal error too.
int runGuarded(std::string_view self, const std::function<int()>& body);

} // namespace tideover::app
