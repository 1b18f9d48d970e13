// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// tideover-cli: the command line for consultants' scripts and batches. A thin client of the
// core; it links no Qt module. Exit status: 0 success, 2 bad input, 1 internal error, 3 a wrong
// answer to an exercise (tideover-cli exercise check).

#include "common/assignment.h"
#include "core/io/analysisformat.h"
#include "core/io/atomicfile.h"
#include "core/training/exercise.h"
#include "core/training/exercisefile.h"
#include "core/training/funnel.h"
#include "common/optionvalues.h"
#include "core/model/parameters.h"
#include "core/engine/projection.h"
#include "core/io/resultformat.h"
#include "core/model/scenariodiff.h"
#include "core/io/scenariofile.h"
#include "core/analysis/sensitivity.h"
#include "core/analysis/solvers.h"
#include "core/training/standards.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"
#include "core/model/validation.h"
#include "core/io/version.h"

#include "../report/reportusage.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <cerrno>
#include <climits>
#include <cstring>
#include <unistd.h>

using namespace tideover::core;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitWrongAnswer = 3;

// Bad input from the user: the message is printed as is and the exit status is 2.
using UsageError = tideover::core::OptionError;

constexpr const char* kMainHelp = R"(Usage: tideover-cli COMMAND [ARGUMENTS] [OPTIONS]

Project the finances of an unemployment insurance scheme.

Commands:
  project  SCENARIO [--set KEY=VALUE]... [--output FILE] [--monthly] [--format csv|table]
           the annual projection as CSV (the model spec's columns)
  summary  SCENARIO [--set KEY=VALUE]...
           depletion year, lowest reserve ratio and break-even rate as JSON
  validate SCENARIO [--set KEY=VALUE]...
           check every parameter; lists each problem
  save     SCENARIO OUT [--set KEY=VALUE]...
           write the scenario (with any changes) to a .tideover file
  show     SCENARIO [--set KEY=VALUE]...
           one line per parameter: key, value, unit, source note (tab-separated)
  keys     every parameter key with unit, range and default (tab-separated)
  scenarios
           the built-in scenarios

Risk analysis:
  simulate SCENARIO [--set KEY=VALUE]... [--paths N] [--seed S] [--output FILE] [--summary]
           the stochastic projection: percentiles of reserve, reserve ratio and cost rate
           and the probability of depletion, per year, as CSV
  stress   SCENARIO --start YEAR --rise R [--months M] [--recovery K] [--name NAME] [--set ...]
           a recession on top of the scenario: lowest reserve ratio, months of benefits the
           reserve covers, depletion (JSON)
  sensitivity SCENARIO [--output-measure MEASURE] [--year YEAR] [--relative F | --absolute D]
           [--keys assumptions|policy|all|KEY,...] [--set ...] [--output FILE]
           each assumption down and up, one at a time, and its effect on a measure (CSV)
  solve    SCENARIO --for contribution_rate|replacement_rate [--set KEY=VALUE]...
           the contribution rate or the replacement rate the scheme can afford (JSON)
  diff     A B
           the parameters that differ between two scenarios and the headline figures of both

Reports:
  report   SCENARIO --output FILE.pdf [--set KEY=VALUE]... [--simulate] [--start YEAR --rise R]
           [--compare SCENARIO]...
           the PDF report: design, headline figures, charts, ILO standards check,
           parameters and sources, annual table; optionally the stochastic projection, a
           stress test and a comparison (runs tideover-report; needs no display)

Training and design checks:
  exercise list | show EXERCISE [--hints] [--debrief] | check EXERCISE --answer ID=VALUE... [--reveal]
           the workshop exercises: list them, read one, check answers against the model
  standards SCENARIO [--set KEY=VALUE]...
           the scheme against the ILO minimum standards (C102, C168), article by article
  funnel   SCENARIO [--set KEY=VALUE]... [--year YEAR]
           the coverage funnel per year, from the labour force to new beneficiaries (CSV)

SCENARIO is a .tideover file or builtin:NAME (builtin:default); EXERCISE is a
.tideover-exercise file or builtin:NAME (tideover-cli exercise list).
--set KEY=VALUE changes a parameter: rates are fractions (0.6 = 60 %), lists and series
are comma-separated (--set benefits.replacement_rates=0.8,0.5), enums are their word. The
keys title, description, author, country and currency set the scenario's own texts
(--set "author=Ministry of Labour", for a report).

Options:
  -h, --help     help for a command: tideover-cli COMMAND --help
  --version      print the version

Exit status: 0 success, 2 bad input (unknown key, value out of range, unreadable or
malformed file), 1 internal error, 3 a wrong answer (tideover-cli exercise check).
)";

struct CommandHelp {
    const char* name;
    const char* text;
};

const CommandHelp kCommandHelp[] = {
    {"project", R"(Usage: tideover-cli project SCENARIO [--set KEY=VALUE]... [--output FILE] [--monthly] [--format csv|table]

Runs the deterministic projection and writes the annual table as CSV: a header of the model
spec's columns in its order, one row per year, numbers with 17 significant digits and an
empty cell where a value is undefined.

  --set KEY=VALUE   change a parameter (repeatable)
  -o, --output FILE write to FILE instead of standard output
  --monthly         the monthly table instead of the annual one
  --format table    an aligned, readable table of the main columns instead of CSV
)"},
    {"summary", R"(Usage: tideover-cli summary SCENARIO [--set KEY=VALUE]...

Prints the summary measures as a JSON object: depletion_year, minimum_reserve_ratio,
minimum_reserve_ratio_year and break_even_rate (null when absent).
)"},
    {"validate", R"(Usage: tideover-cli validate SCENARIO [--set KEY=VALUE]...

Checks every parameter and the rules between them. Prints each problem, naming the key, the
value and what is allowed. Exit status 0 when the scenario is valid (warnings allowed), 2
when it has errors.
)"},
    {"save", R"(Usage: tideover-cli save SCENARIO OUT [--set KEY=VALUE]...

Writes the scenario, with any --set changes, to the .tideover file OUT (replacing it
atomically). An invalid scenario is not saved.
)"},
    {"show", R"(Usage: tideover-cli show SCENARIO [--set KEY=VALUE]...

Prints one tab-separated line per parameter: key, value, unit, source note (empty when
none). Lists and series are comma-separated.
)"},
    {"keys", R"(Usage: tideover-cli keys

Prints one tab-separated line per parameter key: key, unit, allowed range, default
("required" when the scenario must give it).
)"},
    {"scenarios", R"(Usage: tideover-cli scenarios

Prints the built-in scenarios, one per line: builtin:NAME, tab, title.
)"},
    {"simulate", R"(Usage: tideover-cli simulate SCENARIO [--set KEY=VALUE]... [--paths N] [--seed S] [--threads T] [--output FILE] [--summary]

Runs the stochastic projection of the model spec: N random futures, each the deterministic
monthly projection with an AR(1) shock to the unemployment rate and a normal shock to the
reserve return (stochastic.* keys), and writes one CSV row per year:

  year, reserve_p5 .. reserve_p95, reserve_ratio_p5 .. reserve_ratio_p95,
  cost_rate_p5 .. cost_rate_p95, depletion_probability

p5 .. p95 are the 5, 25, 50, 75 and 95 percentiles over the paths (linear interpolation
between order statistics, as R's default quantile); reserve_ratio and cost_rate over the paths
where they are defined. depletion_probability is the share of paths whose reserve has been
below 0 at the end of some month up to the end of that year. The same seed gives the same
numbers on any number of threads.

  --set KEY=VALUE   change a parameter (repeatable), e.g. stochastic.unemployment_volatility=0.02
  --paths N         number of paths, 1..1000000 (default: stochastic.paths)
  --seed S          seed, 0..18446744073709551615 (default: stochastic.seed)
  --threads T       threads to use, 1..1024 (default: all cores); never changes the results
  -o, --output FILE write to FILE instead of standard output
  --summary         instead of the CSV, a JSON object: paths, seed, median_depletion_year
                    (the first year in which at least half the paths are depleted; null
                    when none) and depletion_probability at the horizon
)"},
    {"stress", R"(Usage: tideover-cli stress SCENARIO --start YEAR --rise R [--months M] [--recovery K] [--name NAME] [--set KEY=VALUE]...

Applies a recession to the scenario's unemployment rate and reports how the fund copes, as a
JSON object. The shock starts on 1 January of YEAR, rises linearly for M months to R above
the scenario's rate (month M is the peak), then falls linearly back over K months:

  shock in month t = R (t + 1) / M for t < M,  R (1 - (t - M + 1) / K) for M <= t < M + K

The unemployment rate becomes monthly, clamp(u[y] + shock, 0.001, 0.6), and the insured,
wage bill, separations and new claims follow it month by month; with R = 0 the result is the
deterministic projection exactly. Reported for the shock and, under "baseline", without it:

  minimum_reserve_ratio, minimum_reserve_ratio_year   lowest reserve / expenditure (years)
  months_of_benefits_covered   reserve at the start of the peak year divided by that year's
                               average monthly benefit spending (peak_year: the year of the
                               peak month, or the last year when the peak lies beyond)
  depleted, depletion_year, depletion_month   the first month-end with a negative reserve

  --start YEAR      calendar year in which the shock starts (within the projection)
  --rise R          peak rise of the unemployment rate, a fraction 0..0.6 (0.03 = 3 points)
  --months M        months from the start to the peak, 1..600 (default 12)
  --recovery K      months from the peak back to the scenario's rate, 0..1200 (default 24)
  --name NAME       a name for the shock, repeated in the output (default "recession")
  --set KEY=VALUE   change a parameter (repeatable)
)"},
    {"sensitivity", R"(Usage: tideover-cli sensitivity SCENARIO [--output-measure MEASURE] [--year YEAR] [--relative F | --absolute D] [--keys KEYS] [--set KEY=VALUE]... [--output FILE]

One-at-a-time sensitivity (the figures of a tornado chart): each key is lowered and raised
while every other parameter keeps its value, and the chosen measure is computed for both.
Every value of the key changes (each element of a list or series); the new value is rounded
to 12 significant digits (whole-number keys to whole numbers) and clamped into the key's
allowed range.

  --output-measure MEASURE   what to report (default reserve_ratio):
        reserve_ratio           reserve / expenditure at the end of --year (years)
        break_even_rate         the flat contribution rate reaching the target at the horizon
        depletion_year          the first year with a negative month-end reserve
        minimum_reserve_ratio   the lowest reserve ratio over the projection
  --year YEAR       the calendar year of reserve_ratio (default: the last projected year)
  --relative F      change each value by F times its size: x -/+ F |x| (default 0.1, i.e. 10 %)
  --absolute D      change each value by D in the key's own unit: x -/+ D
  --keys KEYS       assumptions (default): the labour-market, coverage, wage, economy,
                    eligibility and reserve keys; policy: the contribution, benefit,
                    expenditure and financing-rule keys; all: both; or KEY,KEY,...
  --set KEY=VALUE   change a parameter before the analysis (repeatable)
  -o, --output FILE write to FILE instead of standard output

Output, one row per key, in the parameter table's order:

  key,label,low_value,base_value,high_value,measure_low,measure_base,measure_high,note

Values are in --set syntax (a list or series in double quotes). An empty measure is absent:
never depleted, or no break-even rate in 0..1. The note says why a varied scenario could not
be projected (e.g. duration shares that no longer sum to 1).
)"},
    {"solve", R"(Usage: tideover-cli solve SCENARIO --for contribution_rate|replacement_rate [--set KEY=VALUE]...

Solves for a financing figure, with the financing rule switched off, and prints a JSON object
(null when no answer exists in the range; the exit status is 0 either way). T is
projection.target_reserve_ratio.

--for contribution_rate
  break_even_rate                  the flat total contribution rate in 0..1 at which the
                                   reserve at the horizon is T times the last year's
                                   expenditure (the model spec's general average premium)
  rate_keeping_target_every_year   the lowest flat total rate in 0..1 at which the reserve
                                   ratio is at least T at the end of every projected year

--for replacement_rate
  max_replacement_rate             the highest flat replacement rate in 0..1.5 (one rate for
                                   every month of benefit, durations unchanged) that the
                                   legislated contribution rates finance: the reserve at the
                                   horizon is at least T times the last year's expenditure,
                                   the break-even condition; 1.5 when even that is financed

  --set KEY=VALUE   change a parameter before solving (repeatable)
)"},
    {"diff", R"(Usage: tideover-cli diff A B

Compares two scenarios (.tideover files or builtin:NAME). Prints, tab-separated:

  # N parameters differ
  key, value in A, value in B        one line per parameter that differs, in the table's order
  # headline figures
  figure, A, B                       depletion_year, minimum_reserve_ratio,
                                     minimum_reserve_ratio_year, break_even_rate,
                                     final_reserve_ratio and final_year

A series equals the same series with its last value repeated. Absent figures are "none".
Metadata and source notes are not compared. Both scenarios must be valid (exit status 2
otherwise).
)"},
    {"exercise", R"(Usage: tideover-cli exercise list
       tideover-cli exercise show EXERCISE [--hints] [--debrief]
       tideover-cli exercise check EXERCISE --answer ID=VALUE... [--reveal]
       (each with [--language LANG])

Workshop exercises, each a step of a feasibility study (diagnosis, design, costing, stress,
financing, coverage) on a starting scenario. EXERCISE is a .tideover-exercise file or
builtin:NAME; docs/exercises.md describes the file for trainers who write their own.

  list    one line per built-in exercise, in the order of the steps: builtin:NAME, step,
          title (tab-separated)
  show    the title, step, starting scenario, instructions and questions (id, unit, text);
          --hints adds the hints, in order; --debrief adds the debrief
  check   computes each question's answer from the model and compares yours with it, within
          the question's tolerance. One tab-separated line per answered question:
            ID, correct or incorrect, your answer
          --reveal adds the computed answer to each line and lists the questions not answered
          (as "unanswered"); without --answer it prints every answer (a trainer's key).

  --answer ID=VALUE  an answer (repeatable): a number, a percentage for a fraction (1.5%),
                     or none/never where the model has no answer (never depleted)
  --reveal           show the computed answers
  --hints            (show) the hints
  --debrief          (show) the debrief
  --language LANG    the built-in exercises in LANG: en (default), fr or vi; a file is shown
                     as written. The questions, measures and answers are the same in every
                     language; only the texts are translated.

Exit status of check: 0 when every given answer is correct (or only --reveal is given), 3 when
at least one is incorrect, 2 for bad input (an unknown question id, an answer that is not a
number, an unreadable exercise or scenario).
)"},
    {"report", kReportUsage},
    {"standards", R"(Usage: tideover-cli standards SCENARIO [--set KEY=VALUE]...

Compares the scheme's design with the ILO minimum standards for unemployment benefit,
Convention No. 102 (1952) Part IV and Convention No. 168 (1988). Prints a tab-separated table
with a header: standard, article, topic, status (pass, fail or not-assessed), explanation
with the scheme's own figure. Topics: coverage (legal coverage of employees; effective
coverage is far lower), benefit level (first month and average over the longest duration),
waiting period, duration (longest class in weeks), qualifying period and financial
equilibrium (not assessed: the conventions set no figure). Exit status 0 whatever the findings.
)"},
    {"funnel", R"(Usage: tideover-cli funnel SCENARIO [--set KEY=VALUE]... [--year YEAR]

The coverage funnel as CSV, one row per year (or only YEAR): year, then the stocks
labour_force, employed, wage_employees, legally_covered, insured (persons), then the flows
separations, qualifying_reason, contribution_condition, claims, new_beneficiaries (persons a
year; new_beneficiaries is the projection's new_claims), then unemployed and beneficiaries
(the year's mean stock on benefit) for effective coverage.
)"},
};


// The options that take a value beyond --set, --output and --format, and the commands that
// accept each.
const std::map<std::string, std::set<std::string>> kValueOptions = {
    {"--paths", {"simulate"}},
    {"--seed", {"simulate"}},
    {"--threads", {"simulate"}},
    {"--start", {"stress"}},
    {"--rise", {"stress"}},
    {"--months", {"stress"}},
    {"--recovery", {"stress"}},
    {"--name", {"stress"}},
    {"--output-measure", {"sensitivity"}},
    {"--year", {"sensitivity", "funnel"}},
    {"--relative", {"sensitivity"}},
    {"--absolute", {"sensitivity"}},
    {"--keys", {"sensitivity"}},
    {"--for", {"solve"}},
    {"--language", {"exercise"}},
};
// Flags beyond --monthly and --help, and their commands.
const std::map<std::string, std::set<std::string>> kFlagOptions = {
    {"--summary", {"simulate"}},
    {"--reveal", {"exercise"}},
    {"--hints", {"exercise"}},
    {"--debrief", {"exercise"}},
};
// Commands that write a file with --output.
const std::set<std::string> kOutputCommands = {"project", "simulate", "sensitivity"};

struct Arguments {
    std::string command;
    std::vector<std::string> positional;
    std::vector<std::string> sets;
    std::vector<std::string> answers;  // --answer ID=VALUE
    std::optional<std::string> output;
    bool monthly = false;
    std::string format = "csv";
    bool help = false;
    std::map<std::string, std::string> values;  // kValueOptions given: option -> text
    std::set<std::string> flags;                // kFlagOptions given
};

Arguments parseArguments(int argc, char** argv)
{
    Arguments a;
    auto valueOf = [&](int& i, const std::string& option) -> std::string {
        if (i + 1 >= argc)
            throw UsageError(option + " needs a value");
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            a.help = true;
        } else if (arg == "--set") {
            a.sets.push_back(valueOf(i, arg));
        } else if (arg.rfind("--set=", 0) == 0) {
            a.sets.push_back(arg.substr(6));
        } else if (arg == "--answer") {
            a.answers.push_back(valueOf(i, arg));
        } else if (arg.rfind("--answer=", 0) == 0) {
            a.answers.push_back(arg.substr(9));
        } else if (arg == "-o" || arg == "--output") {
            a.output = valueOf(i, arg);
        } else if (arg.rfind("--output=", 0) == 0) {
            a.output = arg.substr(9);
        } else if (arg == "--monthly") {
            a.monthly = true;
        } else if (arg == "--format") {
            a.format = valueOf(i, arg);
        } else if (arg.rfind("--format=", 0) == 0) {
            a.format = arg.substr(9);
        } else if (kValueOptions.count(arg)) {
            a.values[arg] = valueOf(i, arg);
        } else if (const auto eq = arg.find('='); eq != std::string::npos && kValueOptions.count(arg.substr(0, eq))) {
            a.values[arg.substr(0, eq)] = arg.substr(eq + 1);
        } else if (kFlagOptions.count(arg)) {
            a.flags.insert(arg);
        } else if (arg == "--version") {
            a.command = "--version";
        } else if (arg.size() > 1 && arg[0] == '-') {
            throw UsageError("unknown option '" + arg + "'; see tideover-cli --help");
        } else if (a.command.empty()) {
            a.command = arg;
        } else {
            a.positional.push_back(arg);
        }
    }
    return a;
}

void applySets(Scenario& s, const std::vector<std::string>& sets)
{
    for (const auto& assignment : sets)
        if (const std::string error = applyAssignment(s, assignment); !error.empty())
            throw UsageError("--set " + assignment + ": " + error);
}

Scenario loadWithSets(const Arguments& a, std::size_t expectedPositional)
{
    if (a.positional.empty())
        throw UsageError("tideover-cli " + a.command + ": a SCENARIO is needed (a .tideover file or builtin:NAME); see tideover-cli " + a.command + " --help");
    if (a.positional.size() > expectedPositional)
        throw UsageError("tideover-cli " + a.command + ": unexpected argument '" + a.positional[expectedPositional] + "'");
    Scenario s = loadScenario(a.positional[0]);
    applySets(s, a.sets);
    return s;
}

void printProblems(const std::vector<Problem>& problems, bool warningsToo)
{
    for (const auto& p : problems)
        if (p.isError() || warningsToo)
            std::cerr << (p.isError() ? "error: " : "warning: ") << p.message << '\n';
}

// Loads, applies --set, validates: errors end the command with exit status 2.
Scenario loadValid(const Arguments& a, std::size_t expectedPositional = 1)
{
    Scenario s = loadWithSets(a, expectedPositional);
    const auto problems = validate(s);
    if (hasErrors(problems)) {
        printProblems(problems, false);
        const auto errors = std::count_if(problems.begin(), problems.end(), [](const Problem& p) { return p.isError(); });
        throw UsageError(a.positional[0] + " is not a valid scenario (" + std::to_string(errors) +
                         (errors == 1 ? " error" : " errors") + " above)");
    }
    printProblems(problems, true);
    return s;
}

void writeOutput(const std::optional<std::string>& path, const std::string& text)
{
    if (!path || *path == "-") {
        std::cout << text;
        std::cout.flush();
        return;
    }
    try {
        writeFileAtomically(*path, text);
    } catch (const std::exception& e) {
        throw UsageError(e.what());
    }
}

std::string withThousands(double x, int decimals)
{
    if (std::isnan(x))
        return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(x));
    std::string digits = buf;
    const auto point = digits.find('.');
    std::string whole = digits.substr(0, point);
    const std::string fraction = point == std::string::npos ? "" : digits.substr(point);
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(static_cast<std::size_t>(i), ",");
    return (x < 0 && std::abs(x) >= 0.5 * std::pow(10.0, -decimals) ? "-" : "") + whole + fraction;
}

std::string readableTable(const ProjectionResult& r, const Scenario& s)
{
    struct Col {
        Column column;
        const char* title;
        double scale;
        int decimals;
    };
    const std::string money = s.meta.currency.empty() ? "LCU" : s.meta.currency;
    const Col cols[] = {
        {Column::insured, "insured", 1, 0},
        {Column::beneficiaries, "beneficiaries", 1, 0},
        {Column::contribution_rate, "rate %", 100, 2},
        {Column::contributions, "contributions m", 1e-6, 1},
        {Column::expenditure, "expenditure m", 1e-6, 1},
        {Column::reserve, "reserve m", 1e-6, 1},
        {Column::reserve_ratio, "ratio yrs", 1, 2},
        {Column::cost_rate, "cost rate %", 100, 3},
        {Column::effective_coverage, "coverage %", 100, 1},
    };
    std::ostringstream out;
    out << (s.meta.title.empty() ? "Projection" : s.meta.title) << " (money in millions of " << money << ")\n";
    char line[512];
    std::snprintf(line, sizeof line, "%-6s", "year");
    out << line;
    for (const auto& c : cols) {
        std::snprintf(line, sizeof line, " %15s", c.title);
        out << line;
    }
    out << '\n';
    for (int y = 0; y < r.years; ++y) {
        std::snprintf(line, sizeof line, "%-6d", r.startYear + y);
        out << line;
        for (const auto& c : cols) {
            std::snprintf(line, sizeof line, " %15s", withThousands(r.at(y, c.column) * c.scale, c.decimals).c_str());
            out << line;
        }
        out << '\n';
    }
    const auto& m = r.summary;
    out << "\nDepletion year: " << (m.depletionYear ? std::to_string(*m.depletionYear) : "never")
        << "\nLowest reserve ratio: "
        << (m.minimumReserveRatio ? withThousands(*m.minimumReserveRatio, 2) + " years in " +
                                        std::to_string(*m.minimumReserveRatioYear)
                                  : "-")
        << "\nBreak-even contribution rate: "
        << (m.breakEvenRate ? withThousands(*m.breakEvenRate * 100, 3) + " % of insured wages" : "none in 0..100 %")
        << '\n';
    return out.str();
}

std::optional<std::string> valueOption(const Arguments& a, const std::string& option)
{
    const auto it = a.values.find(option);
    return it == a.values.end() ? std::nullopt : std::optional(it->second);
}

int runSimulate(const Arguments& a)
{
    Scenario s = loadValid(a);
    StochasticOptions options;
    applyStochasticOptions(s, valueOption(a, "--paths"), valueOption(a, "--seed"));
    if (const auto text = valueOption(a, "--threads"))
        options.threads = static_cast<int>(wholeNumberOption("--threads", *text, 1, 1024));
    const StochasticResult result = StochasticProjection(s).run(options);
    std::ostringstream out;
    if (a.flags.count("--summary"))
        out << stochasticSummaryJson(result);
    else
        writeStochasticCsv(out, result);
    writeOutput(a.output, out.str());
    return kExitOk;
}

int runStress(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const RecessionShock shock = shockFromOptions(s,
                                                  {valueOption(a, "--start"), valueOption(a, "--rise"), valueOption(a, "--months"),
                                                   valueOption(a, "--recovery"), valueOption(a, "--name")},
                                                  "tideover-cli stress");
    std::cout << stressJson(StressTest(s).run(shock));
    return kExitOk;
}

int runSensitivity(const Arguments& a)
{
    const Scenario s = loadValid(a);
    SensitivityOptions options;
    if (const auto name = valueOption(a, "--output-measure")) {
        const auto measure = sensitivityMeasureFromName(*name);
        if (!measure)
            throw UsageError("--output-measure " + *name +
                             ": expected reserve_ratio, break_even_rate, depletion_year or minimum_reserve_ratio");
        options.measure = *measure;
    }
    if (const auto year = valueOption(a, "--year")) {
        if (options.measure != SensitivityMeasure::reserve_ratio)
            throw UsageError("--year applies to --output-measure reserve_ratio only");
        const auto first = s.projection.start_year;
        options.year = static_cast<int>(wholeNumberOption("--year", *year, first, first + s.projection.years - 1));
    }
    const auto relative = valueOption(a, "--relative");
    const auto absolute = valueOption(a, "--absolute");
    if (relative && absolute)
        throw UsageError("--relative and --absolute exclude each other; give one");
    if (relative) {
        options.change = realNumberOption("--relative", *relative, 0, 1, " (a fraction: 0.1 means 10 %)");
        if (options.change == 0)
            throw UsageError("--relative " + *relative + ": must be greater than 0");
    } else if (absolute) {
        options.change = realNumberOption("--absolute", *absolute, 0, std::numeric_limits<double>::max());
        if (options.change == 0)
            throw UsageError("--absolute " + *absolute + ": must be greater than 0");
        options.relative = false;
    }
    const std::string keys = valueOption(a, "--keys").value_or("assumptions");
    if (keys == "policy") {
        options.keys = policyKeys();
    } else if (keys == "all") {
        options.keys = assumptionKeys();
        const auto more = policyKeys();
        options.keys.insert(options.keys.end(), more.begin(), more.end());
    } else if (keys != "assumptions") {
        std::stringstream list(keys);
        for (std::string key; std::getline(list, key, ',');) {
            const ParameterInfo* p = findParameter(key);
            if (!p)
                throw UsageError("--keys: " + unknownKeyMessage(key));
            if (p->kind == Kind::Enum || p->kind == Kind::Seed)
                throw UsageError("--keys: " + key + " is not a number, list or series and cannot be varied");
            options.keys.push_back(key);
        }
        if (options.keys.empty())
            throw UsageError("--keys: give assumptions, policy, all or a comma-separated list of keys");
    }
    std::ostringstream out;
    writeSensitivityCsv(out, analyseSensitivity(s, options));
    writeOutput(a.output, out.str());
    return kExitOk;
}

int runSolve(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const auto what = valueOption(a, "--for");
    if (!what)
        throw UsageError("tideover-cli solve: --for contribution_rate or --for replacement_rate is needed");
    if (*what == "contribution_rate")
        std::cout << contributionRateJson(s);
    else if (*what == "replacement_rate")
        std::cout << replacementRateJson(s);
    else
        throw UsageError("--for " + *what + ": expected contribution_rate or replacement_rate");
    return kExitOk;
}

// A scenario of `tideover-cli diff`, checked like every command's.
Scenario loadValidNamed(const std::string& spec)
{
    Scenario s = loadScenario(spec);
    const auto problems = validate(s);
    if (hasErrors(problems)) {
        printProblems(problems, false);
        throw UsageError(spec + " is not a valid scenario (errors above)");
    }
    return s;
}

int runDiff(const Arguments& a)
{
    if (!a.sets.empty())
        throw UsageError("--set does not apply to tideover-cli diff; compare saved scenarios");
    if (a.positional.size() != 2)
        throw UsageError(a.positional.size() < 2 ? "tideover-cli diff: A and B are needed; see tideover-cli diff --help"
                                                 : "tideover-cli diff: unexpected argument '" + a.positional[2] + "'");
    const std::string& nameA = a.positional[0];
    const std::string& nameB = a.positional[1];
    const Scenario sa = loadValidNamed(nameA);
    const Scenario sb = loadValidNamed(nameB);
    const auto keys = differingKeys(sa, sb);
    std::ostringstream out;
    out << "# " << keys.size() << (keys.size() == 1 ? " parameter differs" : " parameters differ") << '\n';
    out << "key\t" << nameA << '\t' << nameB << '\n';
    for (const auto& key : keys) {
        const ParameterInfo* p = findParameter(key);
        out << key << '\t' << formatValue(p->get(sa)) << '\t' << formatValue(p->get(sb)) << '\n';
    }
    const ProjectionResult ra = project(sa), rb = project(sb);
    const auto number = [](const std::optional<double>& x) { return x ? formatCell(*x) : std::string("none"); };
    const auto whole = [](const std::optional<int>& x) { return x ? std::to_string(*x) : std::string("none"); };
    const auto finalRatio = [](const ProjectionResult& r) {
        const double x = r.at(r.years - 1, Column::reserve_ratio);
        return std::isnan(x) ? std::string("none") : formatCell(x);
    };
    out << "# headline figures\n";
    out << "figure\t" << nameA << '\t' << nameB << '\n';
    out << "depletion_year\t" << whole(ra.summary.depletionYear) << '\t' << whole(rb.summary.depletionYear) << '\n';
    out << "minimum_reserve_ratio\t" << number(ra.summary.minimumReserveRatio) << '\t'
        << number(rb.summary.minimumReserveRatio) << '\n';
    out << "minimum_reserve_ratio_year\t" << whole(ra.summary.minimumReserveRatioYear) << '\t'
        << whole(rb.summary.minimumReserveRatioYear) << '\n';
    out << "break_even_rate\t" << number(ra.summary.breakEvenRate) << '\t' << number(rb.summary.breakEvenRate) << '\n';
    out << "final_reserve_ratio\t" << finalRatio(ra) << '\t' << finalRatio(rb) << '\n';
    out << "final_year\t" << ra.startYear + ra.years - 1 << '\t' << rb.startYear + rb.years - 1 << '\n';
    std::cout << out.str();
    return kExitOk;
}

// Exercise files are checked like scenario files; a bad one is bad input.
Exercise loadExerciseSpec(const std::string& spec, const std::string& language)
{
    try {
        return loadExercise(spec, language);
    } catch (const ExerciseFileError& e) {
        throw UsageError(e.what());
    }
}

std::string oneLine(std::string text)
{
    std::replace(text.begin(), text.end(), '\t', ' ');
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::replace(text.begin(), text.end(), '\r', ' ');
    return text;
}

int runExerciseList(const std::string& language)
{
    struct Row {
        FeasibilityStep step;
        std::string name, title;
    };
    std::vector<Row> rows;
    for (const auto& name : builtinExerciseNames()) {
        const Exercise e = loadExerciseSpec(std::string(kBuiltinPrefix) + name, language);
        rows.push_back({e.step, name, e.title});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.step < y.step; });
    for (const auto& r : rows)
        std::cout << kBuiltinPrefix << r.name << '\t' << stepName(r.step) << '\t' << oneLine(r.title) << '\n';
    return kExitOk;
}

int runExerciseShow(const Arguments& a, const Exercise& e)
{
    std::ostringstream out;
    out << e.title << "\nStep: " << stepTitle(e.step) << " (" << stepName(e.step) << ")\nScenario: " << e.scenario;
    if (e.changes.find_first_not_of(" \t\r\n") != std::string::npos)
        out << " with " << oneLine(e.changes);
    out << "\n\n" << e.instructions << "\n\nQuestions:\n";
    for (const auto& q : e.questions)
        out << "  " << q.id << " (" << q.unit << "): " << q.text << '\n';
    if (a.flags.count("--hints")) {
        out << "\nHints:\n";
        for (std::size_t i = 0; i < e.hints.size(); ++i)
            out << "  " << i + 1 << ". " << e.hints[i] << '\n';
    }
    if (a.flags.count("--debrief"))
        out << "\nDebrief:\n" << e.debrief << '\n';
    std::cout << out.str();
    return kExitOk;
}

int runExerciseCheck(const Arguments& a, const Exercise& e)
{
    const bool reveal = a.flags.count("--reveal") > 0;
    if (a.answers.empty() && !reveal)
        throw UsageError("tideover-cli exercise check: give answers with --answer ID=VALUE, or --reveal; see tideover-cli exercise --help");
    std::map<std::string, Answer> given;
    std::map<std::string, std::string> typed;
    for (const auto& assignment : a.answers) {
        const auto eq = assignment.find('=');
        if (eq == std::string::npos || eq == 0)
            throw UsageError("--answer " + assignment + ": expected ID=VALUE");
        const std::string id = assignment.substr(0, eq);
        const auto q = std::find_if(e.questions.begin(), e.questions.end(), [&](const Question& x) { return x.id == id; });
        if (q == e.questions.end()) {
            std::string ids;
            for (const auto& x : e.questions)
                ids += (ids.empty() ? "" : ", ") + x.id;
            throw UsageError("--answer " + assignment + ": the exercise has no question '" + id + "'; its questions: " + ids);
        }
        const AnswerParse parsed = parseAnswer(assignment.substr(eq + 1), q->unit);
        if (!parsed.answer)
            throw UsageError("--answer " + assignment + ": " + parsed.error);
        if (!given.emplace(id, *parsed.answer).second)
            throw UsageError("--answer " + assignment + ": question '" + id + "' is answered twice");
        typed[id] = assignment.substr(eq + 1);
    }
    Scenario start;
    try {
        start = exerciseScenario(e, exerciseFolder(a.positional[1]));
    } catch (const std::invalid_argument& error) {
        throw UsageError(a.positional[1] + ": " + error.what());
    }
    bool allCorrect = true;
    std::ostringstream out;
    for (const auto& q : e.questions) {
        const auto answer = given.find(q.id);
        if (answer == given.end() && !reveal)
            continue;
        std::optional<double> expected;
        try {
            expected = expectedAnswer(start, q);
        } catch (const std::invalid_argument& error) {
            throw UsageError(a.positional[1] + ": question " + q.id + ": " + error.what());
        }
        out << q.id << '\t';
        if (answer == given.end()) {
            out << "unanswered\t";
        } else {
            const bool correct = isCorrect(q, expected, answer->second);
            allCorrect = allCorrect && correct;
            out << (correct ? "correct" : "incorrect") << '\t' << typed[q.id];
        }
        if (reveal)
            out << "\texpected " << formatAnswer(expected, q.unit);
        out << '\n';
    }
    std::cout << out.str();
    return allCorrect ? kExitOk : kExitWrongAnswer;
}

int runExercise(const Arguments& a)
{
    if (!a.sets.empty())
        throw UsageError("--set does not apply to tideover-cli exercise: an exercise sets its own scenario");
    if (a.positional.empty())
        throw UsageError("tideover-cli exercise: list, show or check is needed; see tideover-cli exercise --help");
    const std::string& what = a.positional[0];
    if (what != "list" && what != "show" && what != "check")
        throw UsageError("tideover-cli exercise " + what + ": expected list, show or check");
    if (what != "check" && (!a.answers.empty() || a.flags.count("--reveal")))
        throw UsageError("--answer and --reveal apply to tideover-cli exercise check only");
    if (what != "show" && (a.flags.count("--hints") || a.flags.count("--debrief")))
        throw UsageError("--hints and --debrief apply to tideover-cli exercise show only");
    const std::string language = valueOption(a, "--language").value_or("en");
    if (const auto languages = builtinExerciseLanguages();
        std::find(languages.begin(), languages.end(), language) == languages.end()) {
        std::string known;
        for (const auto& l : languages)
            known += (known.empty() ? "" : ", ") + l;
        throw UsageError("--language " + language + ": the built-in exercises are in " + known);
    }
    if (what == "list") {
        if (a.positional.size() > 1)
            throw UsageError("tideover-cli exercise list: unexpected argument '" + a.positional[1] + "'");
        return runExerciseList(language);
    }
    if (a.positional.size() < 2)
        throw UsageError("tideover-cli exercise " + what + ": an EXERCISE is needed (a .tideover-exercise file or builtin:NAME)");
    if (a.positional.size() > 2)
        throw UsageError("tideover-cli exercise " + what + ": unexpected argument '" + a.positional[2] + "'");
    const Exercise e = loadExerciseSpec(a.positional[1], language);
    return what == "show" ? runExerciseShow(a, e) : runExerciseCheck(a, e);
}

int runStandards(const Arguments& a)
{
    const Scenario s = loadValid(a);
    std::ostringstream out;
    out << "standard\tarticle\ttopic\tstatus\texplanation\n";
    for (const auto& f : checkStandards(s))
        out << f.standard << '\t' << f.article << '\t' << f.topic << '\t' << standardStatusName(f.status) << '\t'
            << oneLine(f.explanation) << '\n';
    std::cout << out.str();
    return kExitOk;
}

int runFunnel(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const CoverageFunnel f = coverageFunnel(s);
    const int years = static_cast<int>(f.persons.rows());
    int from = 0, to = years;
    if (const auto year = valueOption(a, "--year")) {
        from = static_cast<int>(wholeNumberOption("--year", *year, f.startYear, f.startYear + years - 1)) - f.startYear;
        to = from + 1;
    }
    std::ostringstream out;
    out << "year";
    for (const auto& stage : funnelStages())
        out << ',' << stage.key;
    out << ",unemployed,beneficiaries\n";
    for (int y = from; y < to; ++y) {
        out << f.startYear + y;
        for (int c = 0; c < kFunnelStageCount; ++c)
            out << ',' << formatCell(f.persons(y, c));
        out << ',' << formatCell(f.unemployed[y]) << ',' << formatCell(f.beneficiaries[y]) << '\n';
    }
    std::cout << out.str();
    return kExitOk;
}

// `report` runs tideover-report from tideover-cli's own directory with the arguments as given:
// the report draws Qt charts, and tideover-cli must load no Qt library (tests/core/
// tst_layering). tideover-report reads and checks them, and names itself "tideover-cli report"
// in its messages.
int runReport(int argc, char** argv)
{
    for (int i = 0; i < argc; ++i)
        if (std::string_view(argv[i]) == "-h" || std::string_view(argv[i]) == "--help") {
            const auto help = std::find_if(std::begin(kCommandHelp), std::end(kCommandHelp),
                                           [](const CommandHelp& h) { return std::string_view(h.name) == "report"; });
            std::cout << help->text;
            return kExitOk;
        }

    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string program = "tideover-report";
    if (n > 0) {
        const std::string exe(self, static_cast<std::size_t>(n));
        const auto slash = exe.rfind('/');
        program = (slash == std::string::npos ? std::string() : exe.substr(0, slash + 1)) + "tideover-report";
    }
    std::string name = "tideover-cli report";
    std::vector<char*> args = {name.data()};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    std::cout.flush();
    std::cerr.flush();
    execv(program.c_str(), args.data());
    // Only reached when the program could not be started.
    std::cerr << "tideover-cli: cannot run " << program << " (" << std::strerror(errno)
              << "); the PDF report needs tideover-report, which is installed with the desktop application\n";
    return kExitInternal;
}

int runCommand(const Arguments& a)
{
    const std::string& cmd = a.command;
    if (cmd == "--version") {
        std::cout << "tideover-cli " << appVersion() << '\n';
        return kExitOk;
    }
    if (cmd.empty() || cmd == "help") {
        if (a.help || cmd == "help") {
            std::cout << kMainHelp;
            return kExitOk;
        }
        std::cerr << kMainHelp;
        return kExitBadInput;
    }
    const auto help = std::find_if(std::begin(kCommandHelp), std::end(kCommandHelp),
                                   [&](const CommandHelp& h) { return cmd == h.name; });
    if (help == std::end(kCommandHelp))
        throw UsageError("unknown command '" + cmd + "'; commands: project, summary, validate, save, show, keys, "
                         "scenarios, simulate, stress, sensitivity, solve, diff, report, exercise, standards, funnel (see tideover-cli --help)");
    if (a.help) {
        std::cout << help->text;
        return kExitOk;
    }
    if (cmd == "report")
        throw UsageError("write report first: tideover-cli report SCENARIO --output FILE.pdf [OPTIONS]");
    if (!a.answers.empty() && cmd != "exercise")
        throw UsageError("--answer applies to tideover-cli exercise check only");
    const bool takesSets = cmd != "keys" && cmd != "scenarios" && cmd != "exercise";
    if (!takesSets && cmd != "exercise" && (!a.positional.empty() || !a.sets.empty()))
        throw UsageError("tideover-cli " + cmd + " takes no arguments");
    if (cmd != "project" && (a.monthly || a.format != "csv"))
        throw UsageError("--monthly and --format apply to tideover-cli project only");
    if (a.output && !kOutputCommands.count(cmd))
        throw UsageError("--output applies to tideover-cli project, simulate and sensitivity only");
    for (const auto& [option, text] : a.values)
        if (!kValueOptions.at(option).count(cmd))
            throw UsageError(option + " does not apply to tideover-cli " + cmd + "; see tideover-cli " + cmd + " --help");
    for (const auto& flag : a.flags)
        if (!kFlagOptions.at(flag).count(cmd))
            throw UsageError(flag + " does not apply to tideover-cli " + cmd + "; see tideover-cli " + cmd + " --help");

    if (cmd == "keys") {
        for (const auto& p : parameters())
            std::cout << p.key << '\t' << p.unit << '\t'
                      << (p.kind == Kind::Enum ? [&] {
                             std::string w;
                             for (const auto word : p.words)
                                 w += (w.empty() ? "" : "|") + std::string(word);
                             return w;
                         }()
                                               : p.range.describe(p.kind))
                      << '\t' << (p.defaultValue ? formatValue(*p.defaultValue) : "required") << '\n';
        return kExitOk;
    }
    if (cmd == "scenarios") {
        for (const auto& name : builtinScenarioNames())
            std::cout << kBuiltinPrefix << name << '\t' << loadScenario(std::string(kBuiltinPrefix) + name).meta.title << '\n';
        return kExitOk;
    }
    if (cmd == "validate") {
        const Scenario s = loadWithSets(a, 1);
        const auto problems = validate(s);
        if (hasErrors(problems)) {
            // Bad input: every problem goes to stderr, as for every other command.
            for (const auto& p : problems)
                std::cerr << (p.isError() ? "error: " : "warning: ") << p.message << '\n';
            std::cerr << a.positional[0] << ": invalid\n";
            return kExitBadInput;
        }
        for (const auto& p : problems)
            std::cout << "warning: " << p.message << '\n';
        std::cout << a.positional[0] << ": valid" << (problems.empty() ? "" : " (with warnings)") << '\n';
        return kExitOk;
    }
    if (cmd == "show") {
        // Like every command but validate, show refuses an invalid scenario (exit 2, the
        // problems on stderr) rather than printing values that nothing may be computed from.
        const Scenario s = loadValid(a);
        for (const auto& p : parameters()) {
            const auto source = s.sources.find(std::string(p.key));
            std::string note = source == s.sources.end() ? "" : source->second;
            std::replace(note.begin(), note.end(), '\t', ' ');
            std::replace(note.begin(), note.end(), '\n', ' ');
            std::cout << p.key << '\t' << formatValue(p.get(s)) << '\t' << p.unit << '\t' << note << '\n';
        }
        return kExitOk;
    }
    if (cmd == "save") {
        if (a.positional.size() < 2)
            throw UsageError("tideover-cli save: SCENARIO and OUT are needed; see tideover-cli save --help");
        const Scenario s = loadValid(a, 2);
        try {
            saveScenarioFile(s, a.positional[1]);
        } catch (const std::exception& e) {
            throw UsageError(e.what());
        }
        return kExitOk;
    }
    if (cmd == "simulate")
        return runSimulate(a);
    if (cmd == "stress")
        return runStress(a);
    if (cmd == "sensitivity")
        return runSensitivity(a);
    if (cmd == "solve")
        return runSolve(a);
    if (cmd == "diff")
        return runDiff(a);
    if (cmd == "exercise")
        return runExercise(a);
    if (cmd == "standards")
        return runStandards(a);
    if (cmd == "funnel")
        return runFunnel(a);
    const Scenario s = loadValid(a);
    const ProjectionResult result = project(s);
    if (cmd == "summary") {
        std::cout << summaryJson(result.summary);
        return kExitOk;
    }
    // project
    std::ostringstream out;
    if (a.format == "table") {
        if (a.monthly)
            throw UsageError("--monthly writes CSV; it cannot be combined with --format table");
        out << readableTable(result, s);
    } else if (a.format == "csv") {
        if (a.monthly)
            writeMonthlyCsv(out, result);
        else
            writeAnnualCsv(out, result);
    } else {
        throw UsageError("--format " + a.format + ": expected csv or table");
    }
    writeOutput(a.output, out.str());
    return kExitOk;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc >= 2 && std::string_view(argv[1]) == "report")
        return runReport(argc - 2, argv + 2);
    try {
        const int status = runCommand(parseArguments(argc, argv));
        // A full disk or a closed pipe must not pass for success.
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "tideover-cli: cannot write to standard output\n";
            return kExitInternal;
        }
        return status;
    } catch (const UsageError& e) {
        std::cerr << "tideover-cli: " << e.what() << '\n';
        return kExitBadInput;
    } catch (const ScenarioFileError& e) {
        std::cerr << "tideover-cli: " << e.what() << '\n';
        return kExitBadInput;
    } catch (const InvalidScenario& e) {
        std::cerr << "tideover-cli: invalid scenario:\n" << e.what() << '\n';
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::cerr << "tideover-cli: internal error: " << e.what() << '\n';
        return kExitInternal;
    } catch (...) {
        std::cerr << "tideover-cli: internal error\n";
        return kExitInternal;
    }
}
