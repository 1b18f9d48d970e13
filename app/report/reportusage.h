// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

// The help of `tideover-cli report`, which tideover-report reads and carries out; one text
// for both programs.
inline constexpr const char* kReportUsage = R"(Usage: tideover-cli report SCENARIO --output FILE.pdf [OPTIONS]

Writes the PDF report of a scenario (a .tideover file or builtin:NAME): a title page (title,
country, author, date, version), the design and the headline figures in plain words, the
result charts, the ILO standards check, every parameter with its value and source note, and
the annual table; with the options below also a stress test, a stochastic projection and a
comparison with other scenarios. A4 pages, numbered; tables repeat their header row on every
page; charts are vector graphics.

Options:
  --output FILE.pdf   where to write the report (required)
  --set KEY=VALUE     change a parameter first (repeatable); title, author, country,
                      description and currency set the texts of the title page
  --simulate          add the stochastic projection: the fan chart of the reserve ratio, the
                      probability of depletion and a table every five years
  --paths N           with --simulate: number of paths, 1..1000000 (default: stochastic.paths)
  --seed S            with --simulate: the seed (default: stochastic.seed)
  --start YEAR --rise R [--months M] [--recovery K] [--name NAME]
                      add a recession stress test, as tideover-cli stress: the shock starts
                      in YEAR, unemployment rises by R (0.03 = 3 points) over M months
                      (default 12) and falls back over K months (default 24)
  --compare SCENARIO  compare with another scenario, a .tideover file or builtin:NAME
                      (repeatable, up to 8): headline figures side by side, the reserve
                      ratio of each on one chart, and every parameter on which they differ
  --date YYYY-MM-DD   the date on the title page (default: today)
  --language LANG     the report's language, with its number and date formats: en
                      (default), fr or vi; a bundled scenario's title, description and
                      source notes are in that language too (a file's are as written)

The report draws the desktop application's charts, so it is written by the program
tideover-report, installed beside tideover-cli; tideover-cli itself loads no Qt library. No
display is needed. Exit status: 0 success, 2 bad input (an unreadable or invalid scenario, an
option out of range, an output file that cannot be written), 1 internal error (also when
tideover-report is missing).
)";
