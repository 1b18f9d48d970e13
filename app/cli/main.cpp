// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// tideover-cli: the command line for consultants' scripts and batches. A thin client of the
// core; it links no Qt module. Each command is declared once below (app/common/commandline.h):
// the help, the parser and the dispatch come from these declarations; the handlers are in
// commands.cpp. Exit status: 0 success, 2 bad input, 1 internal error, 3 a wrong answer to an
// exercise (tideover-cli exercise check).

#include "cli/commands.h"
#include "common/optionvalues.h"
#include "common/reportcommand.h"
#include "common/terminaltext.h"

#include <string_view>

using namespace tideover::app;
using tideover::app::OptionError;
using namespace tideover::cli;

namespace {

constexpr std::string_view kBasics = "Commands";
constexpr std::string_view kRisk = "Risk analysis";
constexpr std::string_view kTraining = "Training and design checks";
constexpr std::string_view kHistoryGroup = "History: back-tests, calibration, monitoring";
constexpr std::string_view kPackageGroup = "Protection packages: severance, savings accounts, assistance";

constexpr std::string_view kSet = "change a parameter (repeatable); KEY@YEAR=VALUE changes it from a calendar year on";
constexpr std::string_view kHistory = "take the scenario's history (actual yearly figures) from a CSV file:\n"
                                      "a year column, then columns named as the projection's CSV";
constexpr std::string_view kOutput = "write to FILE instead of standard output";
constexpr std::string_view kForce = "replace FILE even when it is read-only (it stays read-only)";

Program cliProgram(const Program& report)
{
    Program p;
    p.name = "tideover-cli";
    p.helpTopic = "tideover-cli --help";
    p.preamble = R"(Usage: tideover-cli COMMAND [ARGUMENTS] [OPTIONS]

Project the finances of an unemployment insurance scheme.

)";
    p.epilogue = R"(SCENARIO is a .tideover file or builtin:NAME (builtin:default); EXERCISE is a
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
    // In the order a command checks them: a command given several it does not take names the
    // first of them.
    p.options = {
        {.name = "--answer", .value = "ID=VALUE", .repeatable = true,
         .misplaced = "--answer applies to tideover-cli exercise check only"},
        {.name = "--set", .value = "KEY=VALUE", .repeatable = true, .changesArguments = true},
        {.name = "--history", .value = "FILE.csv", .changesArguments = true},
        {.name = "--monthly", .misplaced = "--monthly and --format apply to tideover-cli {commands} only"},
        {.name = "--format", .value = "csv|table|xlsx", .misplaced = "--monthly and --format apply to tideover-cli {commands} only",
         .implied = "csv"},
        {.name = "--with-risk", .misplaced = "--with-risk applies to tideover-cli project --format xlsx only"},
        {.name = "--output", .shortName = "-o", .value = "FILE", .misplaced = "--output applies to tideover-cli {commands} only"},
        {.name = "--force", .misplaced = "--force applies to tideover-cli {commands} only"},
        {.name = "--absolute", .value = "D"},
        {.name = "--for", .value = "contribution_rate|replacement_rate"},
        {.name = "--fit", .value = "KEY[,KEY]", .repeatable = true},
        {.name = "--from", .value = "YEAR"},
        {.name = "--to", .value = "COLUMN[,COLUMN]", .repeatable = true},
        {.name = "--save", .value = "OUT"},
        {.name = "--keys", .value = "KEYS"},
        {.name = "--language", .value = "LANG"},
        {.name = "--months", .value = "M"},
        {.name = "--claims", .value = "F"},
        {.name = "--group", .value = "NAME"},
        {.name = "--group-claims", .value = "F"},
        {.name = "--name", .value = "NAME"},
        {.name = "--output-measure", .value = "MEASURE"},
        {.name = "--paths", .value = "N"},
        {.name = "--recovery", .value = "K"},
        {.name = "--relative", .value = "F"},
        {.name = "--rise", .value = "R"},
        {.name = "--seed", .value = "S"},
        {.name = "--start", .value = "YEAR"},
        {.name = "--threads", .value = "T"},
        {.name = "--year", .value = "YEAR"},
        {.name = "--wage", .value = "W"},
        {.name = "--tenure", .value = "T"},
        {.name = "--class", .value = "K"},
        {.name = "--balance", .value = "B"},
        {.name = "--uninsured"},
        {.name = "--solidarity"},
        {.name = "--expected"},
        {.name = "--debrief"},
        {.name = "--hints"},
        {.name = "--reveal"},
        {.name = "--summary"},
    };

    p.commands.push_back({
        .name = "project",
        .group = kBasics,
        .synopsis = "SCENARIO [--set KEY=VALUE]... [--output FILE] [--monthly] [--format csv|table|xlsx]\n[--with-risk]",
        .summary = "the annual projection as CSV (the model spec's columns), a table or an Excel workbook",
        .description = R"(Runs the deterministic projection and writes the annual table as CSV: a header of the model
spec's columns in its order, one row per year, numbers with 17 significant digits and an
empty cell where a value is undefined.

--format xlsx writes an Excel workbook to --output FILE.xlsx (never to a terminal) with the
sheets Summary (the scenario and the headline figures), Annual and Monthly (the CSV's columns
and values, with number formats, frozen headers and charts) and Parameters (each key's value,
unit and source note, and the dated changes KEY@YEAR with theirs); --with-risk adds the sheet
Risk, the stochastic projection's percentiles with the scenario's stochastic.paths and
stochastic.seed (--set stochastic.paths=N changes them). The file is saved as every file is:
atomically, a read-only one kept unless --force.
)",
        .options = {{"--set", kSet}, {"--history", kHistory},
                    {"--output", kOutput},
                    {"--force", kForce},
                    {"--monthly", "the monthly table instead of the annual one"},
                    {"--format", "table: an aligned, readable table of the main columns instead of CSV;\n"
                                 "xlsx: an Excel workbook (needs --output)", "--format table|xlsx"},
                    {"--with-risk", "(xlsx) add the Risk sheet: the stochastic projection's percentiles"}},
        .run = runProject,
    });
    p.commands.push_back({
        .name = "summary",
        .group = kBasics,
        .synopsis = "SCENARIO [--set KEY=VALUE]...",
        .summary = "depletion year, lowest reserve ratio and break-even rate as JSON",
        .description = R"(Prints the summary measures as a JSON object: depletion_year, minimum_reserve_ratio,
minimum_reserve_ratio_year and break_even_rate (null when absent).
)",
        .options = {{"--set", kSet}, {"--history", kHistory}},
        .run = runSummary,
    });
    p.commands.push_back({
        .name = "validate",
        .group = kBasics,
        .synopsis = "SCENARIO [--set KEY=VALUE]...",
        .summary = "check every parameter; lists each problem",
        .description = R"(Checks every parameter and the rules between them. Prints each problem, naming the key, the
value and what is allowed. Exit status 0 when the scenario is valid (warnings allowed), 2
when it has errors.
)",
        .options = {{"--set", kSet}, {"--history", kHistory}},
        .run = runValidate,
    });
    p.commands.push_back({
        .name = "save",
        .group = kBasics,
        .synopsis = "SCENARIO OUT [--set KEY=VALUE]...",
        .summary = "write the scenario (with any changes) to a .tideover file",
        .description = R"(Writes the scenario, with any --set changes, to the .tideover file OUT (replacing it
atomically). An invalid scenario is not saved. A read-only OUT is kept unless --force; a
device or FIFO is written through; a symbolic link is followed only when it and its folder
belong to you.
)",
        .options = {{"--set", kSet}, {"--history", kHistory}, {"--force", "replace OUT even when it is read-only (it stays read-only)"}},
        .run = runSave,
    });
    p.commands.push_back({
        .name = "show",
        .group = kBasics,
        .synopsis = "SCENARIO [--set KEY=VALUE]...",
        .summary = "one line per parameter: key, value, unit, source note (tab-separated)",
        .description = R"(Prints one tab-separated line per parameter: key, value, unit, source note (empty when
none). Lists and series are comma-separated. Dated changes follow their key as KEY@YEAR; a
history follows the parameters as history.COLUMN@YEAR lines, and history.notes@YEAR.
)",
        .options = {{"--set", kSet}, {"--history", kHistory}},
        .run = runShow,
    });
    p.commands.push_back({
        .name = "keys",
        .group = kBasics,
        .summary = "every parameter key with unit, range and default (tab-separated)",
        .description = R"(Prints one tab-separated line per parameter key: key, unit, allowed range, default
("required" when the scenario must give it), and how it moves over time: "series, dated
changes" (one value per year; KEY@YEAR=VALUE sets it from a calendar year on), "benefit rule,
dated changes by claim year" (KEY@YEAR=LIST sets the rule for claims starting from YEAR;
a claim keeps its rule), or "constant".
)",
        .takesArguments = false,
        .run = runKeys,
    });
    p.commands.push_back({
        .name = "scenarios",
        .group = kBasics,
        .summary = "the built-in scenarios",
        .description = "Prints the built-in scenarios, one per line: builtin:NAME, tab, title.\n",
        .takesArguments = false,
        .run = runScenarios,
    });

    p.commands.push_back({
        .name = "simulate",
        .group = kRisk,
        .synopsis = "SCENARIO [--set KEY=VALUE]... [--paths N] [--seed S] [--threads T] [--output FILE]\n[--summary]",
        .summary = "the stochastic projection: percentiles of reserve, reserve ratio and cost rate\n"
                   "and the probability of depletion, per year, as CSV",
        .description = R"(Runs the stochastic projection of the model spec: N random futures, each the deterministic
monthly projection with an AR(1) shock to the unemployment rate and a normal shock to the
reserve return (stochastic.* keys), and writes one CSV row per year:

  year, reserve_p5 .. reserve_p95, reserve_ratio_p5 .. reserve_ratio_p95,
  cost_rate_p5 .. cost_rate_p95, depletion_probability

p5 .. p95 are the 5, 25, 50, 75 and 95 percentiles over the paths (linear interpolation
between order statistics, as R's default quantile); reserve_ratio and cost_rate over the paths
where they are defined. depletion_probability is the share of paths whose reserve has been
below 0 at the end of some month up to the end of that year. The same seed gives the same
numbers on any number of threads.
)",
        .options = {{"--set", "change a parameter (repeatable), e.g. stochastic.unemployment_volatility=0.02"},
                    {"--history", kHistory},
                    {"--paths", "number of paths, 1..1000000 (default: stochastic.paths)"},
                    {"--seed", "seed, 0..18446744073709551615 (default: stochastic.seed)"},
                    {"--threads", "threads to use, 1..1024 (default: all cores); never changes the results"},
                    {"--output", kOutput},
                    {"--force", kForce},
                    {"--summary", "instead of the CSV, a JSON object: paths, seed, median_depletion_year\n"
                                  "(the first year in which at least half the paths are depleted; null\n"
                                  "when none) and depletion_probability at the horizon"}},
        .run = runSimulate,
    });
    p.commands.push_back({
        .name = "stress",
        .group = kRisk,
        .synopsis = "SCENARIO --start YEAR --rise R [--months M] [--recovery K] [--claims F] [--name NAME]\n"
                    "[--group NAME --group-claims F] [--set KEY=VALUE]...",
        .summary = "a recession on top of the scenario: lowest reserve ratio, months of benefits the\n"
                   "reserve covers, depletion (JSON)",
        .description = R"(Applies a recession to the scenario's unemployment rate and reports how the fund copes, as a
JSON object. The shock starts on 1 January of YEAR, rises linearly for M months to R above
the scenario's rate (month M is the peak), then falls linearly back over K months:

  shock in month t = R (t + 1) / M for t < M,  R (1 - (t - M + 1) / K) for M <= t < M + K

The unemployment rate becomes monthly, clamp(u[y] + shock, 0.001, 0.6), and the insured,
wage bill, separations and new claims follow it month by month; with R = 0 the result is the
deterministic projection exactly. --claims F adds a claims shock the unemployment rate does not
show (job-retention schemes ending, mass lay-offs): the job losses of the insured are
multiplied by F in every month of the recession (t < M + K). With worker groups (model-spec
v4) every group's unemployment follows the shocked rate; --group NAME --group-claims F also
multiplies that group's job losses by F over the recession ("main" is the main group). Reported
for the shock and,
under "baseline", without it:

  minimum_reserve_ratio, minimum_reserve_ratio_year   lowest reserve / expenditure (years)
  months_of_benefits_covered   reserve at the start of the peak year divided by that year's
                               average monthly benefit spending (peak_year: the year of the
                               peak month, or the last year when the peak lies beyond)
  depleted, depletion_year, depletion_month   the first month-end with a negative reserve
and, for the shock against the baseline:

  peak_monthly_benefits, peak_beneficiaries   the month (year, month 1..12) from the shock's
                               start on in which the recession raises monthly benefit spending
                               (LCU) or beneficiaries (persons) most above the baseline, with
                               "stressed" and "baseline" figures of that month
)",
        .options = {{"--start", "calendar year in which the shock starts (within the projection)"},
                    {"--rise", "peak rise of the unemployment rate, a fraction 0..0.6 (0.03 = 3 points)"},
                    {"--months", "months from the start to the peak, 1..600 (default 12)"},
                    {"--recovery", "months from the peak back to the scenario's rate, 0..1200 (default 24)"},
                    {"--claims", "a factor on job losses over the recession months, 0..5 (default 1: none)"},
                    {"--group", "a worker group hit harder: main or a group's name"},
                    {"--group-claims", "a factor on that group's job losses over the recession, 0..5 (default 1)"},
                    {"--name", "a name for the shock, repeated in the output (default \"recession\")"},
                    {"--set", kSet}, {"--history", kHistory}},
        .run = runStress,
    });
    p.commands.push_back({
        .name = "sensitivity",
        .group = kRisk,
        .synopsis = "SCENARIO [--output-measure MEASURE] [--year YEAR] [--relative F | --absolute D]\n"
                    "[--keys assumptions|policy|all|KEY,...] [--set ...] [--output FILE]",
        .summary = "each assumption down and up, one at a time, and its effect on a measure (CSV)",
        .description = R"(One-at-a-time sensitivity (the figures of a tornado chart): each key is lowered and raised
while every other parameter keeps its value, and the chosen measure is computed for both.
Every value of the key changes (each element of a list or series); the new value is rounded
to 12 significant digits (whole-number keys to whole numbers) and clamped into the key's
allowed range.
)",
        .options = {{"--output-measure", "what to report (default reserve_ratio; the measures are below)"},
                    {"--year", "the calendar year of reserve_ratio (default: the last projected year)"},
                    {"--relative", "change each value by F times its size: x -/+ F |x| (default 0.1, i.e. 10 %)"},
                    {"--absolute", "change each value by D in the key's own unit: x -/+ D"},
                    {"--keys", "assumptions (default): the labour-market, coverage, wage, economy,\n"
                               "eligibility and reserve keys; policy: the contribution, benefit,\n"
                               "expenditure and financing-rule keys; all: both; or KEY,KEY,..."},
                    {"--set", "change a parameter before the analysis (repeatable)"},
                    {"--history", kHistory},
                    {"--output", kOutput},
                    {"--force", kForce}},
        .notes = R"(Measures (--output-measure):
  reserve_ratio           reserve / expenditure at the end of --year (years)
  break_even_rate         the flat contribution rate reaching the target at the horizon
  depletion_year          the first year with a negative month-end reserve
  minimum_reserve_ratio   the lowest reserve ratio over the projection

Output, one row per key, in the parameter table's order:

  key,label,low_value,base_value,high_value,measure_low,measure_base,measure_high,note

Values are in --set syntax (a list or series in double quotes). An empty measure is absent:
never depleted, or no break-even rate in 0..1. The note says why a varied scenario could not
be projected (e.g. duration shares that no longer sum to 1).
)",
        .run = runSensitivity,
    });
    p.commands.push_back({
        .name = "solve",
        .group = kRisk,
        .synopsis = "SCENARIO --for contribution_rate|replacement_rate [--set KEY=VALUE]...",
        .summary = "the contribution rate or the replacement rate the scheme can afford (JSON)",
        .description = R"(Solves for a financing figure, with the financing rule switched off, and prints a JSON object
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
)",
        .options = {{"--for", "contribution_rate or replacement_rate: what to solve for (required)", "--for WHAT"},
                    {"--set", "change a parameter before solving (repeatable)"},
                    {"--history", kHistory}},
        .run = runSolve,
    });
    p.commands.push_back({
        .name = "diff",
        .group = kRisk,
        .synopsis = "A B",
        .summary = "the parameters that differ between two scenarios and the headline figures of both",
        .description = R"(Compares two scenarios (.tideover files or builtin:NAME). Prints, tab-separated:

  # N parameters differ
  key, value in A, value in B        one line per parameter that differs, in the table's order
  # N history figures differ           (only when the histories differ)
  history.COLUMN@YEAR, A, B          one line per figure or year's notes, "-" where one has none
  # headline figures
  figure, A, B                       depletion_year, minimum_reserve_ratio,
                                     minimum_reserve_ratio_year, break_even_rate,
                                     final_reserve_ratio and final_year

A series equals the same series with its last value repeated. Absent figures are "none".
Metadata and source notes are not compared. Both scenarios must be valid (exit status 2
otherwise).
)",
        // Taken to be refused with a reason: compare saved scenarios.
        .options = {{"--set", ""}},
        .run = runDiff,
    });

    Command reportEntry = report.commands.front();
    reportEntry.delegate = &report;
    // `tideover-cli report ...` goes straight to tideover-report (main); anywhere else it is a
    // mistake of order.
    reportEntry.run = [](const Arguments&) -> int {
        throw OptionError("write report first: tideover-cli report SCENARIO --output FILE.pdf [OPTIONS]");
    };
    p.commands.push_back(reportEntry);

    p.commands.push_back({
        .name = "exercise",
        .group = kTraining,
        .synopsis = "list | show EXERCISE [--hints] [--debrief] | check EXERCISE --answer ID=VALUE... [--reveal]",
        .summary = "the workshop exercises: list them, read one, check answers against the model",
        .description = R"(Each with [--language LANG]:
  tideover-cli exercise list
  tideover-cli exercise show EXERCISE [--hints] [--debrief]
  tideover-cli exercise check EXERCISE --answer ID=VALUE... [--reveal]

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
)",
        .options = {{"--answer", "an answer (repeatable): a number, a percentage for a fraction (1.5%),\n"
                                 "or none/never where the model has no answer (never depleted)"},
                    {"--reveal", "show the computed answers"},
                    {"--hints", "(show) the hints"},
                    {"--debrief", "(show) the debrief"},
                    {"--language", "the built-in exercises in LANG: en (default), fr or vi; a file is shown\n"
                                   "as written. The questions, measures and answers are the same in every\n"
                                   "language; only the texts are translated."},
                    // Taken to be refused with a reason: an exercise sets its own scenario.
                    {"--set", ""}},
        .notes = R"(Exit status of check: 0 when every given answer is correct (or only --reveal is given), 3 when
at least one is incorrect, 2 for bad input (an unknown question id, an answer that is not a
number, an unreadable exercise or scenario).
)",
        .run = runExercise,
    });
    p.commands.push_back({
        .name = "standards",
        .group = kTraining,
        .synopsis = "SCENARIO [--set KEY=VALUE]...",
        .summary = "the scheme against the ILO minimum standards (C102, C168), article by article",
        .description = R"(Compares the scheme's design with the ILO minimum standards for unemployment benefit,
Convention No. 102 (1952) Part IV and Convention No. 168 (1988). Prints a tab-separated table
with a header: standard, article, topic, status (pass, fail or not-assessed), explanation
with the scheme's own figure. Topics: coverage (legal coverage of employees; effective
coverage is far lower), benefit level (first month and average over the longest duration),
waiting period, duration (longest class in weeks), qualifying period and financial
equilibrium (not assessed: the conventions set no figure). Exit status 0 whatever the findings.
)",
        .options = {{"--set", kSet}, {"--history", kHistory}},
        .run = runStandards,
    });
    p.commands.push_back({
        .name = "funnel",
        .group = kTraining,
        .synopsis = "SCENARIO [--set KEY=VALUE]... [--year YEAR]",
        .summary = "the coverage funnel per year, from the labour force to new beneficiaries (CSV)",
        .description = R"(The coverage funnel as CSV, one row per year (or only YEAR): year, then the stocks
labour_force, employed, wage_employees, legally_covered, insured (persons), then the flows
separations, qualifying_reason, contribution_condition, claims, new_beneficiaries (persons a
year; new_beneficiaries is the projection's new_claims), then unemployed and beneficiaries
(the year's mean stock on benefit) for effective coverage.
)",
        .options = {{"--set", kSet}, {"--history", kHistory}, {"--year", "only this calendar year"}},
        .run = runFunnel,
    });
    p.commands.push_back({
        .name = "package",
        .group = kPackageGroup,
        .synopsis = "SCENARIO [--set KEY=VALUE]... [--format csv|table|json] [--output FILE]",
        .summary = "the protection package per year: the cost of insurance, severance pay, savings\n"
                   "accounts and assistance by payer, and the share of the unemployed protected",
        .description = R"(The package results of model-spec v5 ("Package results"), one row per year: the cost of
each part (insurance, severance pay, individual savings accounts, unemployment assistance)
and of the package, by payer (employers, workers, the state), as money, as a share of the
covered wage bill and of GDP (when economy.gdp is given), and the share of the unemployed
receiving each benefit. A part that is off costs nothing: the insurance alone is a package.
--format csv (the default) writes every column with 17 significant digits; table writes the
cost by part and payer (millions) and the coverage for people; json writes
{"columns": [...], "rows": [[...]]}.
)",
        .options = {{"--set", kSet}, {"--history", kHistory}, {"--format", "csv (default), table or json"},
                    {"--output", kOutput}, {"--force", kForce}},
        .run = runPackage,
    });
    p.commands.push_back({
        .name = "worker",
        .group = kPackageGroup,
        .synopsis = "SCENARIO --wage W --tenure T [--year YEAR] [--months M] [--uninsured] [--class K]\n"
                    "[--balance B] [--solidarity] [--expected] [--set KEY=VALUE]... [--format table|csv]",
        .summary = "the worker's view: a laid-off worker's income month by month under the package",
        .description = R"(For one worker of the main group earning W a month (in the money of the year of
separation) with T years of service, laid off on 1 January of YEAR (default: the first
projected year) and unemployed for M months (default 24, at most 120), the income of each
month: severance pay (in month 1), insurance (after the waiting period, for the duration
class K, 1 = the first; default the longest), withdrawals from the savings account (its
balance B, default the contributions over the years of service) and the solidarity fund's
top-up (--solidarity), and assistance (for the months without insurance; the worker is
taken to pass the means test). Then the replacement of the wage over 6, 12 and 24 months:
the income of those months over as many months of wages (model-spec v5 "The worker's view").
--uninsured: a worker the insurance does not cover (no offset of insured years, no insurance
and no account). --expected: the severance times the share actually paid.
)",
        .options = {{"--set", kSet}, {"--history", kHistory}, {"--wage", "the monthly wage W (required)"},
                    {"--tenure", "years of service T, 0..60 (required)"}, {"--year", "calendar year of the lay-off"},
                    {"--months", "months of unemployment shown, 1..120 (default 24)"},
                    {"--uninsured", "the worker is not insured"}, {"--class", "the insurance's duration class, 1.."},
                    {"--balance", "the savings account's balance at the lay-off"},
                    {"--solidarity", "the solidarity fund tops up the account"},
                    {"--expected", "severance times severance.paid_share"},
                    {"--format", "table (default) or csv"}, {"--output", kOutput}, {"--force", kForce}},
        .run = runWorker,
    });
    p.commands.push_back({
        .name = "history",
        .group = kHistoryGroup,
        .synopsis = "SCENARIO [--history FILE.csv] [--output FILE]",
        .summary = "the scenario's history (actual yearly figures) as CSV, the form --history reads",
        .description = R"(Writes the scenario's history as CSV: a header (year, the columns any year records, a
COLUMN_source column for their source notes, notes), then one row per year, numbers in
their shortest exact form and an empty cell where nothing is recorded. Edit it in a
spreadsheet and read it back with --history FILE.csv (tideover-cli save SCENARIO OUT
--history FILE.csv stores it in a scenario file).
)",
        .options = {{"--set", kSet}, {"--history", kHistory}, {"--output", kOutput}, {"--force", kForce}},
        .run = runHistory,
    });
    p.commands.push_back({
        .name = "backtest",
        .group = kHistoryGroup,
        .synopsis = "SCENARIO [--history FILE.csv] [--set KEY=VALUE]... [--from YEAR]\n[--format table|csv|json] [--output FILE]",
        .summary = "the projection over the history's years against the actual figures: per year and\n"
                   "column actual, projected and error; per column the mean absolute percentage error\n"
                   "and the bias",
        .description = R"(Projects the scenario over the years of its history (model-spec v3, "Back-test") and
compares every figure the history records with the projection. The back-test starts in
--from YEAR, else in the scenario's first year when the history covers it, else in the
year after the history's first recorded reserve; it starts from the history's reserve at
the end of the year before (or the scenario's own initial reserve in its first year) and
runs to the history's last year. Levels stated at the scenario's start (labour force,
average wage) are carried back to an earlier start at their first growth rates, or taken
from the history's labour_force.

--format table (the default) prints, per column, each year's actual and projected figure,
the error (projected - actual) and the error in percent of the actual, then a summary: years
compared, mean absolute percentage error (MAPE) and bias (mean signed error in percent).
--format csv: column,year,actual,projected,error,relative_error. --format json: the same with
the summary per column.
)",
        .options = {{"--set", kSet}, {"--history", kHistory},
                    {"--from", "start the back-test in this calendar year"},
                    {"--format", "table (default), csv or json", "--format table|csv|json"},
                    {"--output", kOutput},
                    {"--force", kForce}},
        .run = runBacktest,
    });
    p.commands.push_back({
        .name = "calibrate",
        .group = kHistoryGroup,
        .synopsis = "SCENARIO [--history FILE.csv] --fit KEY[,KEY] --to COLUMN[,COLUMN] [--from YEAR]\n[--save OUT]",
        .summary = "fit behavioural parameters to the history (Levenberg-Marquardt); prints\n"
                   "each fitted value with its standard error, and the residuals, as JSON",
        .description = R"(Fits the named parameters so that the back-test reproduces the named history columns, by
weighted least squares on relative errors (model-spec v3, "Calibration"), each parameter
kept within its range. KEY is one of eligibility.take_up,
eligibility.contribution_condition_share, eligibility.involuntary_share,
labour.claimant_exit_factor, benefits.claimant_wage_ratio, expenditure.admin_share; KEY
fits one value for every year, KEY:yearly one value per year of the back-test (written
as dated changes). COLUMN is a history column; COLUMN:W weighs it W times (default 1).

Prints a JSON object: the back-test's years, whether the solver converged, the sums of
squares before and after, "fitted" (key, year for a yearly value, initial value, fitted
value, approximate standard error or null, at_bound), "warnings" (a parameter at its bound,
one that the columns do not move, parameters that cannot be told apart), the residuals,
and each column's MAPE and bias before and after. Warnings also go to standard error.
)",
        .options = {{"--set", kSet}, {"--history", kHistory},
                    {"--fit", "the parameters to fit, comma-separated (repeatable); KEY:yearly for one\nvalue per year"},
                    {"--to", "the history columns to fit to, comma-separated (repeatable); COLUMN:W\nweighs one"},
                    {"--from", "start the back-test in this calendar year"},
                    {"--save", "write the calibrated scenario (with its history) to the .tideover file OUT"},
                    {"--force", "replace OUT even when it is read-only (it stays read-only)"}},
        .run = runCalibrate,
    });
    p.commands.push_back({
        .name = "monitor",
        .group = kHistoryGroup,
        .synopsis = "SCENARIO [--history FILE.csv] [--set KEY=VALUE]... [--format table|csv|json]\n[--output FILE]",
        .summary = "monitoring indicators per year over history and projection: coverage,\n"
                   "recipiency, replacement, cost rate, reserve ratio, average high-cost multiple",
        .description = R"(Prints the monitoring indicators of model-spec v3 for every year from the history's first
to the projection's last: legal and effective coverage of the labour force, coverage of the
unemployed (beneficiaries per unemployed person, the SDG 1.3.1 indicator for
unemployment), recipiency (new claims per insured job loser), the average replacement of
the covered wage, the cost rate and the benefit cost rate (over covered wages), the reserve
ratio, and the average high-cost multiple of the US Department of Labor (the reserve over
covered wages divided by the mean of the three highest benefit cost rates of the last 20
years, history and projection together). Each value is actual, from the history's figures,
where the history records all it needs, else projected.
)",
        .options = {{"--set", kSet}, {"--history", kHistory},
                    {"--format", "table (default), csv or json", "--format table|csv|json"},
                    {"--output", kOutput},
                    {"--force", kForce}},
        .run = runMonitor,
    });
    return p;
}

} // namespace

int main(int argc, char** argv)
{
    const TerminalOutput terminal;
    const Program report = reportProgram(nullptr);
    if (argc >= 2 && std::string_view(argv[1]) == "report")
        return runReport(argc - 2, argv + 2, report);
    return runProgram(cliProgram(report), argc, argv);
}
