// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "common/reportcommand.h"

namespace tideover::app {

Program reportProgram(std::function<int(const Arguments&)> run)
{
    Program p;
    p.name = "tideover-cli";
    p.helpTopic = "tideover-cli report --help";
    p.rules = {.commandWord = false, .quoteAsTyped = false, .lastValueWins = false};
    p.options = {
        {.name = "--output", .shortName = "-o", .value = "FILE.pdf"},
        {.name = "--set", .value = "KEY=VALUE", .repeatable = true},
        {.name = "--history", .value = "FILE.csv"},
        {.name = "--simulate"},
        {.name = "--paths", .value = "N"},
        {.name = "--seed", .value = "S"},
        {.name = "--start", .value = "YEAR"},
        {.name = "--rise", .value = "R"},
        {.name = "--months", .value = "M"},
        {.name = "--recovery", .value = "K"},
        {.name = "--claims", .value = "F"},
        {.name = "--name", .value = "NAME"},
        {.name = "--group", .value = "NAME"},
        {.name = "--group-claims", .value = "F"},
        {.name = "--compare", .value = "SCENARIO", .repeatable = true},
        {.name = "--date", .value = "YYYY-MM-DD"},
        {.name = "--language", .value = "LANG"},
    };
    p.commands = {{
        .name = "report",
        .group = "Reports",
        .synopsis = "SCENARIO --output FILE.pdf [--set KEY=VALUE]... [--simulate] [--start YEAR --rise R\n"
                    "[--claims F] [--group NAME --group-claims F]]\n"
                    "[--compare SCENARIO]...",
        .summary = "the PDF report: design, headline figures, charts, ILO standards check,\n"
                   "parameters and sources, annual table; optionally the stochastic projection, a\n"
                   "stress test and a comparison (runs tideover-report; needs no display)",
        .description = R"(Writes the PDF report of a scenario (a .tideover file or builtin:NAME): a title page (title,
country, author, date, version), the design and the headline figures in plain words, the
result charts, the ILO standards check, every parameter with its value and source note, and
the annual table; with the options below also a stress test, a stochastic projection and a
comparison with other scenarios. A4 pages, numbered; tables repeat their header row on every
page; charts are vector graphics.
)",
        .options =
            {
                {"--output", "where to write the report (required)", "--output FILE.pdf"},
                {"--set", "change a parameter first (repeatable); title, author, country,\n"
                          "description and currency set the texts of the title page"},
                {"--history", "take the scenario's history (actual yearly figures) from a CSV file"},
                {"--simulate", "add the stochastic projection: the fan chart of the reserve ratio, the\n"
                               "probability of depletion and a table every five years"},
                {"--paths", "with --simulate: number of paths, 1..1000000 (default: stochastic.paths)"},
                {"--seed", "with --simulate: the seed (default: stochastic.seed)"},
                {"--start", "add a recession stress test, as tideover-cli stress: the shock starts\n"
                            "in YEAR (with --rise)"},
                {"--rise", "with --start: unemployment rises by R (0.03 = 3 points)"},
                {"--months", "with --start: over M months (default 12)"},
                {"--recovery", "with --start: and falls back over K months (default 24)"},
                {"--claims", "with --start: job losses times F over the recession months (default 1)"},
                {"--name", "with --start: a name for the shock (default \"recession\")"},
                {"--group", "with --start: a worker group hit harder (main or a group's name)"},
                {"--group-claims", "with --group: that group's job losses times F over the recession\n"
                                   "(0..5, default 1)"},
                {"--compare", "compare with another scenario, a .tideover file or builtin:NAME\n"
                              "(repeatable, up to 8): headline figures side by side, the reserve\n"
                              "ratio of each on one chart, and every parameter on which they differ"},
                {"--date", "the date on the title page (default: today)"},
                {"--language", "the report's language, with its number and date formats: en\n"
                               "(default), fr or vi; a bundled scenario's title, description and\n"
                               "source notes are in that language too (a file's are as written)"},
            },
        .notes = R"(The report draws the desktop application's charts, so it is written by the program
tideover-report, installed beside tideover-cli; tideover-cli itself loads no Qt library. No
display is needed. Exit status: 0 success, 2 bad input (an unreadable or invalid scenario, an
option out of range, an output file that cannot be written), 1 internal error (also when
tideover-report is missing).
)",
        .run = std::move(run),
    }};
    return p;
}

} // namespace tideover::app
