// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "common/commandline.h"

#include "common/optionvalues.h"
#include "core/io/scenariofile.h"
#include "core/io/version.h"
#include "core/model/validation.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <iostream>

namespace tideover::app {

namespace po = boost::program_options;

namespace {

constexpr std::size_t kSummaryIndent = 11; // the main help's summaries, under "  project  "
constexpr std::size_t kNameWidth = 8;

std::string_view bare(std::string_view option)
{
    while (!option.empty() && option.front() == '-')
        option.remove_prefix(1);
    return option;
}

const Option* findOption(const Program& program, std::string_view typed)
{
    for (const auto& o : program.options)
        if (typed == o.name || (!o.shortName.empty() && typed == o.shortName))
            return &o;
    return nullptr;
}

// "unknown option 'X'; see tideover-cli --help", X as typed or, by the report's rules,
// without an "=VALUE".
[[noreturn]] void unknownOption(const Program& program, std::string token)
{
    if (!program.rules.quoteAsTyped && token.rfind("--", 0) == 0)
        token = token.substr(0, token.find('='));
    throw OptionError("unknown option '" + token + "'; see " + std::string(program.helpTopic));
}

// Lines of `text` after the first, each indented by `indent` spaces.
std::string indentLines(std::string_view text, std::size_t indent)
{
    std::string out;
    for (std::size_t start = 0; start < text.size();) {
        const auto end = std::min(text.find('\n', start), text.size());
        if (start > 0)
            out += std::string(indent, ' ');
        out.append(text.substr(start, end - start));
        out += '\n';
        start = end + 1;
    }
    return out;
}

std::string joinedSynopsis(std::string_view synopsis)
{
    std::string out(synopsis);
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

// "a, b and c"
std::string listWithAnd(const std::vector<std::string_view>& names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + std::string(names[i]);
    return out;
}

void replaceAll(std::string& text, std::string_view from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

bool takes(const Command& command, std::string_view option)
{
    return std::any_of(command.options.begin(), command.options.end(),
                       [&](const OptionHelp& o) { return o.name == option; });
}

} // namespace

std::optional<std::string> Arguments::value(std::string_view option) const
{
    const auto it = options.find(option);
    if (it == options.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::values(std::string_view option) const
{
    const auto it = options.find(option);
    return it == options.end() ? std::vector<std::string>{} : it->second;
}

Arguments parseArguments(const Program& program, int argc, char** argv)
{
    po::options_description described;
    described.add_options()("help,h", po::bool_switch())("version", po::bool_switch());
    for (const auto& o : program.options) {
        std::string names(bare(o.name));
        if (!o.shortName.empty())
            names += "," + std::string(bare(o.shortName));
        if (o.value.empty())
            described.add_options()(names.c_str(), po::bool_switch());
        else
            described.add_options()(names.c_str(), po::value<std::vector<std::string>>());
    }

    // "--set=" gives an empty value, as "--set ''" does.
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const Option* o = arg.size() > 3 && arg.back() == '=' ? findOption(program, arg.substr(0, arg.size() - 1)) : nullptr;
        if (o && !o->value.empty()) {
            args.push_back(arg.substr(0, arg.size() - 1));
            args.emplace_back();
        } else {
            args.push_back(arg);
        }
    }

    namespace style = po::command_line_style;
    po::parsed_options parsed(&described);
    try {
        parsed = po::command_line_parser(args)
                     .options(described)
                     .style(style::allow_long | style::long_allow_adjacent | style::long_allow_next | style::allow_short |
                            style::allow_dash_for_short | style::short_allow_next)
                     .allow_unregistered()
                     .run();
    } catch (const po::invalid_command_line_syntax& e) {
        const std::string typed = args.empty() ? std::string() : args.back();
        if (e.kind() == po::invalid_command_line_syntax::missing_parameter) {
            const Option* o = findOption(program, typed);
            throw OptionError((program.rules.quoteAsTyped || !o ? typed : std::string(o->name)) + " needs a value");
        }
        if (e.kind() == po::invalid_command_line_syntax::extra_parameter) {
            // A switch given a value: "--monthly=3".
            const std::string name = "--" + std::string(bare(e.get_option_name()));
            if (!program.rules.quoteAsTyped)
                throw OptionError(name + " takes no value");
            const auto token = std::find_if(args.begin(), args.end(),
                                            [&](const std::string& a) { return a.rfind(name + "=", 0) == 0; });
            unknownOption(program, token == args.end() ? name : *token);
        }
        throw OptionError(e.what());
    }

    Arguments a;
    std::size_t tokens = 0;
    for (const auto& o : parsed.options) {
        tokens += o.original_tokens.size();
        const std::string& token = o.original_tokens.empty() ? std::string() : o.original_tokens.front();
        if (o.position_key >= 0) {
            for (const auto& word : o.value)
                (program.rules.commandWord && a.command.empty() ? a.command : a.positional.emplace_back()) = word;
            continue;
        }
        // Unknown, or a short option with its value stuck to it ("-ofile").
        if (o.unregistered || (token.size() > 2 && token[0] == '-' && token[1] != '-'))
            unknownOption(program, token);
        if (o.string_key == "help") {
            a.help = true;
        } else if (o.string_key == "version") {
            a.version = true;
        } else {
            const Option* option = findOption(program, "--" + o.string_key);
            auto [it, added] = a.options.try_emplace(std::string(option->name));
            if (option->value.empty())
                continue;
            if (!added && !option->repeatable) {
                if (!program.rules.lastValueWins)
                    throw OptionError(std::string(option->name) + " is given twice");
                it->second.clear();
            }
            it->second.insert(it->second.end(), o.value.begin(), o.value.end());
        }
    }
    // Program_options ends the options at a bare "--"; Tideover has no such marker.
    if (tokens < args.size())
        unknownOption(program, "--");
    return a;
}

std::string mainHelp(const Program& program)
{
    std::string out(program.preamble);
    std::string_view group;
    for (const auto& c : program.commands) {
        if (c.group != group) {
            out += (group.empty() ? "" : "\n") + std::string(c.group) + ":\n";
            group = c.group;
        }
        // "  project  SYNOPSIS" and the summary under it; a short name without a synopsis has
        // its summary beside it.
        std::string name(c.name);
        const bool beside = c.synopsis.empty() && name.size() <= kNameWidth;
        if (!c.synopsis.empty() || beside)
            name.resize(std::max(name.size(), kNameWidth), ' ');
        out += "  " + name;
        if (beside)
            out += " " + indentLines(c.summary, kSummaryIndent);
        else
            out += (c.synopsis.empty() ? "\n" : " " + indentLines(c.synopsis, kSummaryIndent)) +
                   std::string(kSummaryIndent, ' ') + indentLines(c.summary, kSummaryIndent);
    }
    return out + "\n" + std::string(program.epilogue);
}

std::string commandHelp(const Program& program, const Command& command)
{
    if (command.delegate)
        return commandHelp(*command.delegate, command.delegate->commands.front());
    std::string out = "Usage: " + std::string(program.name) + " " + std::string(command.name) +
                      (command.synopsis.empty() ? "" : " " + joinedSynopsis(command.synopsis)) + "\n\n" +
                      std::string(command.description);
    std::vector<std::pair<std::string, std::string_view>> lines;
    std::size_t width = 0;
    for (const auto& use : command.options) {
        if (use.help.empty())
            continue;
        const Option* o = findOption(program, use.name);
        std::string label(use.label);
        if (label.empty())
            label = (o->shortName.empty() ? "" : std::string(o->shortName) + ", ") + std::string(o->name) +
                    (o->value.empty() ? "" : " " + std::string(o->value));
        width = std::max(width, label.size());
        lines.emplace_back(std::move(label), use.help);
    }
    if (!lines.empty()) {
        out += "\nOptions:\n";
        for (auto& [label, help] : lines) {
            label.resize(width + 2, ' ');
            out += "  " + label + indentLines(help, width + 4);
        }
    }
    if (!command.notes.empty())
        out += "\n" + std::string(command.notes);
    return out;
}

const Command* findCommand(const Program& program, std::string_view name)
{
    const auto it = std::find_if(program.commands.begin(), program.commands.end(),
                                 [&](const Command& c) { return c.name == name; });
    return it == program.commands.end() ? nullptr : &*it;
}

void checkOptions(const Program& program, const Command& command, const Arguments& a)
{
    const std::string self = std::string(program.name) + " " + std::string(command.name);
    for (const auto& o : program.options) {
        if (o.changesArguments && !command.takesArguments && (a.has(o.name) || !a.positional.empty()))
            throw OptionError(self + " takes no arguments");
        if (!a.has(o.name) || takes(command, o.name) || (!o.implied.empty() && a.value(o.name) == o.implied))
            continue;
        if (o.misplaced.empty())
            throw OptionError(std::string(o.name) + " does not apply to " + self + "; see " + self + " --help");
        std::vector<std::string_view> takers;
        for (const auto& c : program.commands)
            if (!c.delegate && takes(c, o.name))
                takers.push_back(c.name);
        std::string message(o.misplaced);
        replaceAll(message, "{commands}", listWithAnd(takers));
        throw OptionError(message);
    }
    if (!command.takesArguments && !a.positional.empty())
        throw OptionError(self + " takes no arguments");
}

int runProgram(const Program& program, int argc, char** argv)
{
    return runGuarded(program.name, [&] {
        const Arguments a = parseArguments(program, argc, argv);
        if (a.version) {
            std::cout << program.name << ' ' << core::appVersion() << '\n';
            return kExitOk;
        }
        if (a.command.empty() || a.command == "help") {
            (a.help || a.command == "help" ? std::cout : std::cerr) << mainHelp(program);
            return a.help || a.command == "help" ? kExitOk : kExitBadInput;
        }
        const Command* command = findCommand(program, a.command);
        if (!command) {
            std::string list;
            for (const auto& c : program.commands)
                list += (list.empty() ? "" : ", ") + std::string(c.name);
            throw OptionError("unknown command '" + a.command + "'; commands: " + list + " (see " +
                              std::string(program.helpTopic) + ")");
        }
        if (a.help) {
            std::cout << commandHelp(program, *command);
            return kExitOk;
        }
        // A delegate's options are its own program's to check.
        if (!command->delegate)
            checkOptions(program, *command, a);
        return command->run(a);
    });
}

int runGuarded(std::string_view self, const std::function<int()>& body)
{
    const std::string prefix = std::string(self) + ": ";
    try {
        const int status = body();
        // A full disk or a closed pipe must not pass for success.
        std::cout.flush();
        if (!std::cout) {
            std::cerr << prefix << "cannot write to standard output\n";
            return kExitInternal;
        }
        return status;
    } catch (const OptionError& e) {
        std::cerr << prefix << e.what() << '\n';
        return kExitBadInput;
    } catch (const core::ScenarioFileError& e) {
        std::cerr << prefix << e.what() << '\n';
        return kExitBadInput;
    } catch (const core::InvalidScenario& e) {
        std::cerr << prefix << "invalid scenario:\n" << e.what() << '\n';
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::cerr << prefix << "internal error: " << e.what() << '\n';
        return kExitInternal;
    } catch (...) {
        std::cerr << prefix << "internal error\n";
        return kExitInternal;
    }
}

} // namespace tideover::app
