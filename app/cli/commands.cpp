// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "cli/commands.h"

#include "common/assignment.h"
#include "common/optionvalues.h"
#include "core/analysis/backtest.h"
#include "core/analysis/calibration.h"
#include "core/analysis/monitoring.h"
#include "core/analysis/sensitivity.h"
#include "core/analysis/solvers.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"
#include "core/engine/projection.h"
#include "core/io/analysisformat.h"
#include "core/io/atomicfile.h"
#include "core/io/historycsv.h"
#include "core/io/historyformat.h"
#include "core/io/resultformat.h"
#include "core/io/scenariofile.h"
#include "core/model/datedchanges.h"
#include "core/model/groups.h"
#include "core/model/parameters.h"
#include "core/model/scenariodiff.h"
#include "core/model/text.h"
#include "core/model/validation.h"
#include "core/training/exercise.h"
#include "core/training/exercisefile.h"
#include "core/training/funnel.h"
#include "core/engine/package.h"
#include "core/io/packageformat.h"
#include "core/training/standards.h"
#include "workbook/workbookwriter.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <limits>
#include <map>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace tideover::cli {

using namespace tideover::app;
using namespace tideover::core;

namespace {

Scenario loadWithSets(const Arguments& a, std::size_t expectedPositional)
{
    if (a.positional.empty())
        throw OptionError("tideover-cli " + a.command + ": a SCENARIO is needed (a .tideover file or builtin:NAME); see tideover-cli " + a.command + " --help");
    if (a.positional.size() > expectedPositional)
        throw OptionError("tideover-cli " + a.command + ": unexpected argument '" + a.positional[expectedPositional] + "'");
    Scenario s = loadScenario(a.positional[0]);
    applyAssignments(s, a.values("--set"));
    applyHistoryFile(s, a.value("--history"));
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
        throw OptionError(a.positional[0] + " is not a valid scenario (" + std::to_string(errors) +
                         (errors == 1 ? " error" : " errors") + " above)");
    }
    printProblems(problems, true);
    return s;
}

// How the file commands save: --force replaces a read-only file (it stays read-only).
SaveOptions saveOptions(const Arguments& a)
{
    SaveOptions options;
    options.replaceReadOnly = a.has("--force");
    return options;
}

// The reason a save failed, with what to do about a read-only file.
[[noreturn]] void refuseSave(const SaveError& e)
{
    if (dynamic_cast<const ReadOnlyFileError*>(&e))
        throw OptionError(std::string(e.what()) + "; --force replaces it");
    throw OptionError(e.what());
}

void writeOutput(const Arguments& a, const std::string& text)
{
    const auto path = a.value("--output");
    if (!path || *path == "-") {
        std::cout << text;
        std::cout.flush();
        return;
    }
    try {
        writeFileAtomically(*path, text, saveOptions(a));
    } catch (const SaveError& e) {
        refuseSave(e);
    }
}

// True when `path` names a terminal (following links): a workbook is binary and would only
// garble the screen.
bool namesTerminal(const std::string& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISCHR(st.st_mode))
        return false;
    const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool terminal = ::isatty(fd) != 0;
    ::close(fd);
    return terminal;
}

// `project --format xlsx`: the workbook to --output, saved as every file is (writeWorkbook).
void writeWorkbookOutput(const Arguments& a, const Scenario& s, const ProjectionResult& result)
{
    const auto path = a.value("--output");
    if (!path)
        throw OptionError("--format xlsx writes an Excel workbook, a binary file: give it a name with --output FILE.xlsx");
    const bool toStdout = *path == "-";
    if (toStdout ? ::isatty(STDOUT_FILENO) != 0 : namesTerminal(*path))
        throw OptionError("--format xlsx: " + (toStdout ? std::string("standard output") : *path) +
                          " is a terminal, and a workbook is a binary file: give a file with --output FILE.xlsx");
    workbook::WorkbookContent content;
    content.scenario = s;
    content.result = result;
    if (a.has("--with-risk"))
        content.stochastic = StochasticProjection(s).run({});
    try {
        workbook::writeWorkbook(toStdout ? std::string("/dev/stdout") : *path, content, saveOptions(a));
    } catch (const SaveError& e) {
        refuseSave(e);
    }
}

// A scenario of `tideover-cli diff`, checked like every command's.
Scenario loadValidNamed(const std::string& spec)
{
    Scenario s = loadScenario(spec);
    const auto problems = validate(s);
    if (hasErrors(problems)) {
        printProblems(problems, false);
        throw OptionError(spec + " is not a valid scenario (errors above)");
    }
    return s;
}

// Exercise files are checked like scenario files; a bad one is bad input.
Exercise loadExerciseSpec(const std::string& spec, const std::string& language)
{
    try {
        return loadExercise(spec, language);
    } catch (const ExerciseFileError& e) {
        throw OptionError(e.what());
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
    if (a.has("--hints")) {
        out << "\nHints:\n";
        for (std::size_t i = 0; i < e.hints.size(); ++i)
            out << "  " << i + 1 << ". " << e.hints[i] << '\n';
    }
    if (a.has("--debrief"))
        out << "\nDebrief:\n" << e.debrief << '\n';
    std::cout << out.str();
    return kExitOk;
}

int runExerciseCheck(const Arguments& a, const Exercise& e)
{
    const bool reveal = a.has("--reveal");
    if (a.values("--answer").empty() && !reveal)
        throw OptionError("tideover-cli exercise check: give answers with --answer ID=VALUE, or --reveal; see tideover-cli exercise --help");
    std::map<std::string, Answer> given;
    std::map<std::string, std::string> typed;
    for (const auto& assignment : a.values("--answer")) {
        const auto eq = assignment.find('=');
        if (eq == std::string::npos || eq == 0)
            throw OptionError("--answer " + assignment + ": expected ID=VALUE");
        const std::string id = assignment.substr(0, eq);
        const auto q = std::find_if(e.questions.begin(), e.questions.end(), [&](const Question& x) { return x.id == id; });
        if (q == e.questions.end()) {
            std::string ids;
            for (const auto& x : e.questions)
                ids += (ids.empty() ? "" : ", ") + x.id;
            throw OptionError("--answer " + assignment + ": the exercise has no question '" + id + "'; its questions: " + ids);
        }
        const AnswerParse parsed = parseAnswer(assignment.substr(eq + 1), q->unit);
        if (!parsed.answer)
            throw OptionError("--answer " + assignment + ": " + parsed.error);
        if (!given.emplace(id, *parsed.answer).second)
            throw OptionError("--answer " + assignment + ": question '" + id + "' is answered twice");
        typed[id] = assignment.substr(eq + 1);
    }
    Scenario start;
    try {
        start = exerciseScenario(e, exerciseFolder(a.positional[1]));
    } catch (const std::invalid_argument& error) {
        throw OptionError(a.positional[1] + ": " + error.what());
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
            throw OptionError(a.positional[1] + ": question " + q.id + ": " + error.what());
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

} // namespace

int runSimulate(const Arguments& a)
{
    Scenario s = loadValid(a);
    StochasticOptions options;
    applyStochasticOptions(s, a.value("--paths"), a.value("--seed"));
    if (const auto text = a.value("--threads"))
        options.threads = static_cast<int>(wholeNumberOption("--threads", *text, 1, 1024));
    const StochasticResult result = StochasticProjection(s).run(options);
    std::ostringstream out;
    if (a.has("--summary"))
        out << stochasticSummaryJson(result);
    else
        writeStochasticCsv(out, result);
    writeOutput(a, out.str());
    return kExitOk;
}

int runStress(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const RecessionShock shock = shockFromOptions(s,
                                                  {a.value("--start"), a.value("--rise"), a.value("--months"),
                                                   a.value("--recovery"), a.value("--name"), a.value("--claims")},
                                                  "tideover-cli stress");
    const GroupShock group = groupShockFromOptions(s, a.value("--group"), a.value("--group-claims"), "tideover-cli stress");
    std::cout << stressJson(StressTest(s).run(shock, group));
    return kExitOk;
}

int runSensitivity(const Arguments& a)
{
    const Scenario s = loadValid(a);
    SensitivityOptions options;
    if (const auto name = a.value("--output-measure")) {
        const auto measure = sensitivityMeasureFromName(*name);
        if (!measure)
            throw OptionError("--output-measure " + *name +
                             ": expected reserve_ratio, break_even_rate, depletion_year or minimum_reserve_ratio");
        options.measure = *measure;
    }
    if (const auto year = a.value("--year")) {
        if (options.measure != SensitivityMeasure::reserve_ratio)
            throw OptionError("--year applies to --output-measure reserve_ratio only");
        const auto first = s.projection.start_year;
        options.year = static_cast<int>(wholeNumberOption("--year", *year, first, first + s.projection.years - 1));
    }
    const auto relative = a.value("--relative");
    const auto absolute = a.value("--absolute");
    if (relative && absolute)
        throw OptionError("--relative and --absolute exclude each other; give one");
    if (relative) {
        options.change = realNumberOption("--relative", *relative, 0, 1, " (a fraction: 0.1 means 10 %)");
        if (options.change == 0)
            throw OptionError("--relative " + *relative + ": must be greater than 0");
    } else if (absolute) {
        options.change = realNumberOption("--absolute", *absolute, 0, std::numeric_limits<double>::max());
        if (options.change == 0)
            throw OptionError("--absolute " + *absolute + ": must be greater than 0");
        options.relative = false;
    }
    const std::string keys = a.value("--keys").value_or("assumptions");
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
                throw OptionError("--keys: " + unknownKeyMessage(key));
            if (p->kind == Kind::Enum || p->kind == Kind::Seed)
                throw OptionError("--keys: " + key + " is not a number, list or series and cannot be varied");
            options.keys.push_back(key);
        }
        if (options.keys.empty())
            throw OptionError("--keys: give assumptions, policy, all or a comma-separated list of keys");
    }
    std::ostringstream out;
    writeSensitivityCsv(out, analyseSensitivity(s, options));
    writeOutput(a, out.str());
    return kExitOk;
}

int runSolve(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const auto what = a.value("--for");
    if (!what)
        throw OptionError("tideover-cli solve: --for contribution_rate or --for replacement_rate is needed");
    if (*what == "contribution_rate")
        std::cout << contributionRateJson(s);
    else if (*what == "replacement_rate")
        std::cout << replacementRateJson(s);
    else
        throw OptionError("--for " + *what + ": expected contribution_rate or replacement_rate");
    return kExitOk;
}

int runDiff(const Arguments& a)
{
    if (!a.values("--set").empty())
        throw OptionError("--set does not apply to tideover-cli diff; compare saved scenarios");
    if (a.positional.size() != 2)
        throw OptionError(a.positional.size() < 2 ? "tideover-cli diff: A and B are needed; see tideover-cli diff --help"
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
        // model-spec v4: "group.NAME" (a group one scenario has) or "group.NAME.KEY[@YEAR]"
        // ("-" where a scenario has no such group or the group does not set the key).
        if (isGroupKey(key)) {
            const GroupKeyReference ref = parseGroupKey(key);
            const auto groupValueIn = [&](const Scenario& s) -> std::string {
                const WorkerGroup* g = findGroup(s, ref.group);
                if (ref.group == kMainGroupName && ref.isTitle())
                    return s.mainGroupTitle.empty() ? "-" : oneLine(s.mainGroupTitle);
                if (!g)
                    return "-";
                if (!ref.error.empty())
                    return "present";
                if (ref.isTitle())
                    return oneLine(g->title);
                if (ref.year) {
                    const auto changes = g->dated.find(ref.key);
                    const auto change = changes == g->dated.end() ? decltype(changes->second.end()){} : changes->second.find(*ref.year);
                    return changes == g->dated.end() || change == changes->second.end() ? "-" : formatValue(change->second);
                }
                const auto value = g->values.find(ref.key);
                return value == g->values.end() ? "-" : formatValue(value->second);
            };
            out << key << '\t' << groupValueIn(sa) << '\t' << groupValueIn(sb) << '\n';
            continue;
        }
        // "KEY@YEAR": a dated change that one scenario has ("-" where the other has none).
        const KeyReference ref = parseKeyReference(key);
        if (!ref.info)
            continue;
        const auto valueIn = [&](const Scenario& s) {
            if (!ref.year)
                return formatValue(ref.info->get(s));
            const ParamValue* change = findDatedChange(s, ref.info->key, *ref.year);
            return change ? formatValue(*change) : std::string("-");
        };
        out << key << '\t' << valueIn(sa) << '\t' << valueIn(sb) << '\n';
    }
    // The histories (model-spec v3), when they differ: each figure, "-" where one has none.
    if (const auto history = differingHistoryKeys(sa.history, sb.history); !history.empty()) {
        out << "# " << history.size() << (history.size() == 1 ? " history figure differs" : " history figures differ")
            << '\n';
        out << "key\t" << nameA << '\t' << nameB << '\n';
        for (const auto& key : history) {
            const auto hk = parseHistoryKey(key);
            const auto valueIn = [&](const Scenario& s) -> std::string {
                if (!hk->column) {
                    const auto row = s.history.years.find(hk->year);
                    return row == s.history.years.end() || row->second.notes.empty() ? "-" : oneLine(row->second.notes);
                }
                const auto x = s.history.value(hk->year, *hk->column);
                return x ? formatNumber(*x) : std::string("-");
            };
            out << key << '\t' << valueIn(sa) << '\t' << valueIn(sb) << '\n';
        }
    }
    const ProjectionResult ra = project(sa), rb = project(sb);
    const Summary ma = reportableSummary(ra.summary), mb = reportableSummary(rb.summary);
    const auto number = [](const std::optional<double>& x) { return x ? formatCell(*x) : std::string("none"); };
    const auto whole = [](const std::optional<int>& x) { return x ? std::to_string(*x) : std::string("none"); };
    const auto finalRatio = [](const ProjectionResult& r) {
        const double x = r.at(r.years - 1, Column::reserve_ratio);
        return std::isfinite(x) ? formatCell(x) : std::string("none");
    };
    out << "# headline figures\n";
    out << "figure\t" << nameA << '\t' << nameB << '\n';
    out << "depletion_year\t" << whole(ma.depletionYear) << '\t' << whole(mb.depletionYear) << '\n';
    out << "minimum_reserve_ratio\t" << number(ma.minimumReserveRatio) << '\t'
        << number(mb.minimumReserveRatio) << '\n';
    out << "minimum_reserve_ratio_year\t" << whole(ma.minimumReserveRatioYear) << '\t'
        << whole(mb.minimumReserveRatioYear) << '\n';
    out << "break_even_rate\t" << number(ma.breakEvenRate) << '\t' << number(mb.breakEvenRate) << '\n';
    out << "final_reserve_ratio\t" << finalRatio(ra) << '\t' << finalRatio(rb) << '\n';
    out << "final_year\t" << ra.startYear + ra.years - 1 << '\t' << rb.startYear + rb.years - 1 << '\n';
    std::cout << out.str();
    return kExitOk;
}

int runExercise(const Arguments& a)
{
    if (!a.values("--set").empty())
        throw OptionError("--set does not apply to tideover-cli exercise: an exercise sets its own scenario");
    if (a.positional.empty())
        throw OptionError("tideover-cli exercise: list, show or check is needed; see tideover-cli exercise --help");
    const std::string& what = a.positional[0];
    if (what != "list" && what != "show" && what != "check")
        throw OptionError("tideover-cli exercise " + what + ": expected list, show or check");
    if (what != "check" && (!a.values("--answer").empty() || a.has("--reveal")))
        throw OptionError("--answer and --reveal apply to tideover-cli exercise check only");
    if (what != "show" && (a.has("--hints") || a.has("--debrief")))
        throw OptionError("--hints and --debrief apply to tideover-cli exercise show only");
    const std::string language = a.value("--language").value_or("en");
    if (const auto languages = builtinExerciseLanguages();
        std::find(languages.begin(), languages.end(), language) == languages.end()) {
        std::string known;
        for (const auto& l : languages)
            known += (known.empty() ? "" : ", ") + l;
        throw OptionError("--language " + language + ": the built-in exercises are in " + known);
    }
    if (what == "list") {
        if (a.positional.size() > 1)
            throw OptionError("tideover-cli exercise list: unexpected argument '" + a.positional[1] + "'");
        return runExerciseList(language);
    }
    if (a.positional.size() < 2)
        throw OptionError("tideover-cli exercise " + what + ": an EXERCISE is needed (a .tideover-exercise file or builtin:NAME)");
    if (a.positional.size() > 2)
        throw OptionError("tideover-cli exercise " + what + ": unexpected argument '" + a.positional[2] + "'");
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
    std::optional<int> year;
    if (const auto text = a.value("--year"))
        year = static_cast<int>(
            wholeNumberOption("--year", *text, f.startYear, f.startYear + static_cast<int>(f.persons.rows()) - 1));
    std::ostringstream out;
    writeFunnelCsv(out, f, year);
    std::cout << out.str();
    return kExitOk;
}

int runPackage(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const Projection projection(s);
    const PackageResult package = projectPackage(projection, projection.run());
    const std::string format = a.value("--format").value_or("csv");
    std::ostringstream out;
    if (format == "csv")
        writePackageCsv(out, package);
    else if (format == "table")
        out << packageTable(package, s);
    else if (format == "json")
        out << packageJson(package);
    else
        throw OptionError("--format " + format + ": expected csv, table or json");
    writeOutput(a, out.str());
    return kExitOk;
}

int runWorker(const Arguments& a)
{
    const Scenario s = loadValid(a);
    WorkerCase c;
    const auto wage = a.value("--wage");
    const auto tenure = a.value("--tenure");
    if (!wage || !tenure)
        throw OptionError("worker needs --wage W and --tenure T (the monthly wage and the years of service)");
    c.wage = realNumberOption("--wage", *wage, 0, 1e15);
    c.tenure = realNumberOption("--tenure", *tenure, 0, 60);
    const int first = static_cast<int>(s.projection.start_year);
    const int last = first + static_cast<int>(s.projection.years) - 1;
    if (const auto year = a.value("--year"))
        c.year = static_cast<int>(wholeNumberOption("--year", *year, first, last));
    if (const auto months = a.value("--months"))
        c.months = static_cast<int>(wholeNumberOption("--months", *months, 1, 120));
    if (const auto cls = a.value("--class"))
        c.durationClass = static_cast<int>(wholeNumberOption("--class", *cls, 1, 60)) - 1;
    if (const auto balance = a.value("--balance"))
        c.balance = realNumberOption("--balance", *balance, 0, 1e18);
    c.insured = !a.has("--uninsured");
    c.solidarity = a.has("--solidarity");
    c.expected = a.has("--expected");
    WorkerView view;
    try {
        view = workerView(s, c);
    } catch (const std::invalid_argument& e) {
        throw OptionError(e.what());
    }
    const std::string format = a.value("--format").value_or("table");
    std::ostringstream out;
    if (format == "table")
        out << workerTable(view, s);
    else if (format == "csv")
        writeWorkerCsv(out, view);
    else
        throw OptionError("--format " + format + ": expected table or csv");
    writeOutput(a, out.str());
    return kExitOk;
}

int runProject(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const ProjectionResult result = project(s);
    const std::string format = a.value("--format").value_or("csv");
    const bool monthly = a.has("--monthly");
    if (a.has("--with-risk") && format != "xlsx")
        throw OptionError("--with-risk adds a Risk sheet to a workbook; it needs --format xlsx");
    std::ostringstream out;
    if (format == "xlsx") {
        if (monthly)
            throw OptionError("--monthly: a workbook holds both the annual and the monthly table; leave --monthly out");
        writeWorkbookOutput(a, s, result);
        return kExitOk;
    }
    if (format == "table") {
        if (monthly)
            throw OptionError("--monthly writes CSV; it cannot be combined with --format table");
        out << readableTable(result, s);
    } else if (format == "csv") {
        if (monthly)
            writeMonthlyCsv(out, result);
        else
            writeAnnualCsv(out, result);
    } else {
        throw OptionError("--format " + format + ": expected csv, table or xlsx");
    }
    writeOutput(a, out.str());
    return kExitOk;
}

namespace {

// --from YEAR of the history commands.
std::optional<int> fromOption(const Arguments& a)
{
    const auto text = a.value("--from");
    if (!text)
        return std::nullopt;
    return static_cast<int>(wholeNumberOption("--from", *text, kFirstHistoryYear, kLastHistoryYear));
}

// The comma-separated items of every value of a repeatable option.
std::vector<std::string> listOption(const Arguments& a, std::string_view option)
{
    std::vector<std::string> items;
    for (const std::string& value : a.values(option)) {
        std::size_t start = 0;
        while (start <= value.size()) {
            const std::size_t comma = value.find(',', start);
            const std::string item(trim(std::string_view(value).substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
            if (item.empty())
                throw OptionError(std::string(option) + " " + value + ": an empty item; separate names with single commas");
            items.push_back(item);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    return items;
}

}  // namespace

int runBacktest(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const std::string format = a.value("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json")
        throw OptionError("--format " + format + ": expected table, csv or json");
    BacktestResult result;
    try {
        result = runBacktest(s, fromOption(a));
    } catch (const BacktestError& e) {
        throw OptionError("cannot back-test " + a.positional[0] + ": " + e.what());
    }
    std::ostringstream out;
    if (format == "csv")
        writeBacktestCsv(out, result);
    else if (format == "json")
        out << backtestJson(result);
    else
        out << backtestTable(result);
    writeOutput(a, out.str());
    return kExitOk;
}

int runCalibrate(const Arguments& a)
{
    const Scenario s = loadValid(a);
    CalibrationRequest request;
    request.from = fromOption(a);
    const auto fit = listOption(a, "--fit");
    const auto to = listOption(a, "--to");
    if (fit.empty())
        throw OptionError("tideover-cli calibrate: --fit KEY[,KEY] is needed; the keys it fits are " +
                          [] {
                              std::string list;
                              for (auto k : fittableKeys())
                                  list += (list.empty() ? "" : ", ") + std::string(k);
                              return list;
                          }());
    if (to.empty())
        throw OptionError("tideover-cli calibrate: --to COLUMN[,COLUMN] is needed: the history columns to fit to");
    for (const std::string& item : fit) {
        FitParameter p;
        if (const std::string error = parseFitParameter(item, p); !error.empty())
            throw OptionError("--fit: " + error);
        request.parameters.push_back(p);
    }
    for (const std::string& item : to) {
        FitTarget t;
        if (const std::string error = parseFitTarget(item, t); !error.empty())
            throw OptionError("--to: " + error);
        request.targets.push_back(t);
    }
    CalibrationResult result;
    try {
        result = calibrate(s, request);
    } catch (const BacktestError& e) {
        throw OptionError("cannot calibrate " + a.positional[0] + ": " + e.what());
    } catch (const CalibrationError& e) {
        throw OptionError("cannot calibrate " + a.positional[0] + ": " + e.what());
    }
    if (const auto out = a.value("--save")) {
        try {
            saveScenarioFile(result.calibrated, *out, saveOptions(a));
        } catch (const SaveError& e) {
            refuseSave(e);
        }
    }
    for (const auto& w : result.warnings)
        std::cerr << "warning: " << w.message() << '\n';
    std::cout << calibrationJson(result);
    return kExitOk;
}

int runHistory(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const HistoryTable table = historyTable(s);
    writeOutput(a, writeHistoryCsv(table.history, table.sources));
    return kExitOk;
}

int runMonitor(const Arguments& a)
{
    const Scenario s = loadValid(a);
    const std::string format = a.value("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json")
        throw OptionError("--format " + format + ": expected table, csv or json");
    const auto rows = monitoringIndicators(s, project(s));
    std::ostringstream out;
    if (format == "csv")
        writeMonitoringCsv(out, rows);
    else if (format == "json")
        out << monitoringJson(rows);
    else
        out << monitoringTable(rows);
    writeOutput(a, out.str());
    return kExitOk;
}

int runSummary(const Arguments& a)
{
    std::cout << summaryJson(project(loadValid(a)).summary);
    return kExitOk;
}

int runValidate(const Arguments& a)
{
    const Scenario s = loadWithSets(a, 1);
    const auto problems = validate(s);
    if (hasErrors(problems)) {
        // Bad input: every problem goes to stderr, as for every other command.
        printProblems(problems, true);
        std::cerr << a.positional[0] << ": invalid\n";
        return kExitBadInput;
    }
    for (const auto& p : problems)
        std::cout << "warning: " << p.message << '\n';
    std::cout << a.positional[0] << ": valid" << (problems.empty() ? "" : " (with warnings)") << '\n';
    return kExitOk;
}

int runSave(const Arguments& a)
{
    if (a.positional.size() < 2)
        throw OptionError("tideover-cli save: SCENARIO and OUT are needed; see tideover-cli save --help");
    const Scenario s = loadValid(a, 2);
    try {
        saveScenarioFile(s, a.positional[1], saveOptions(a));
    } catch (const SaveError& e) {
        refuseSave(e);
    }
    return kExitOk;
}

int runShow(const Arguments& a)
{
    // Like every command but validate, show refuses an invalid scenario (exit 2, the
    // problems on stderr) rather than printing values that nothing may be computed from.
    const Scenario s = loadValid(a);
    const auto noteOf = [&](const std::string& key) {
        const auto source = s.sources.find(key);
        return source == s.sources.end() ? std::string() : oneLine(source->second);
    };
    for (const auto& p : parameters()) {
        std::cout << p.key << '\t' << formatValue(p.get(s)) << '\t' << p.unit << '\t' << noteOf(std::string(p.key)) << '\n';
        // Its dated changes (model-spec v2), in year order, each with its own source.
        if (const auto changes = s.dated.find(std::string(p.key)); changes != s.dated.end())
            for (const auto& [year, value] : changes->second) {
                const std::string key = datedKey(p.key, year);
                std::cout << key << '\t' << formatValue(value) << '\t' << p.unit << '\t' << noteOf(key) << '\n';
            }
    }
    // The history (model-spec v3), year by year: each figure with its source, then the notes.
    for (const auto& [year, row] : s.history.years) {
        for (const auto& info : historyColumns())
            if (const auto x = row[info.column]) {
                const std::string key = historySourceKey(info.column, year);
                std::cout << key << '\t' << formatNumber(*x) << '\t' << info.unit << '\t' << noteOf(key) << '\n';
            }
        if (!row.notes.empty())
            std::cout << historyNotesKey(year) << '\t' << oneLine(row.notes) << "\t\t\n";
    }
    // The worker groups (model-spec v4): each group's title and the keys it sets, with their
    // dated changes; the keys it does not set are the scheme's, listed above.
    if (!s.mainGroupTitle.empty())
        std::cout << groupKey(kMainGroupName, "title") << '\t' << oneLine(s.mainGroupTitle) << "\ttext\t\n";
    for (const WorkerGroup& g : s.groups) {
        std::cout << groupKey(g.name, "title") << '\t' << oneLine(g.title) << "\ttext\t\n";
        for (const auto& p : groupParameters()) {
            const std::string key = groupKey(g.name, p.info.key);
            if (const auto base = g.values.find(std::string(p.info.key)); base != g.values.end())
                std::cout << key << '\t' << formatValue(base->second) << '\t' << p.info.unit << '\t' << noteOf(key) << '\n';
            if (const auto changes = g.dated.find(std::string(p.info.key)); changes != g.dated.end())
                for (const auto& [year, value] : changes->second) {
                    const std::string dated = datedKey(key, year);
                    std::cout << dated << '\t' << formatValue(value) << '\t' << p.info.unit << '\t' << noteOf(dated) << '\n';
                }
        }
    }
    return kExitOk;
}

int runKeys(const Arguments&)
{
    for (const auto& p : parameters()) {
        std::string allowed;
        if (p.kind == Kind::Enum)
            for (const auto word : p.words)
                allowed += (allowed.empty() ? "" : "|") + std::string(word);
        else
            allowed = p.range.describe(p.kind);
        // Which keys hold one value per year, and which take dated changes KEY@YEAR.
        const std::string_view timing = p.kind == Kind::Series  ? "series, dated changes"
                                        : isBenefitRuleKey(p.key) ? "benefit rule, dated changes by claim year"
                                                                  : "constant";
        std::cout << p.key << '\t' << p.unit << '\t' << allowed << '\t'
                  << (p.defaultValue ? formatValue(*p.defaultValue) : "required") << '\t' << timing << '\n';
    }
    // The keys of a worker group (model-spec v4), NAME standing for the group's name.
    std::cout << "group.NAME.title\ttext\tat most 200 characters\tNAME\tconstant\n";
    for (const auto& g : groupParameters()) {
        const ParameterInfo& p = g.info;
        std::string allowed;
        if (p.kind == Kind::Enum)
            for (const auto word : p.words)
                allowed += (allowed.empty() ? "" : "|") + std::string(word);
        else
            allowed = p.range.describe(p.kind);
        const std::string_view timing = p.kind == Kind::Series    ? "series, dated changes"
                                        : isBenefitRuleKey(g.inherits) ? "benefit rule, dated changes by claim year"
                                                                    : "constant";
        const std::string fallback = !g.inherits.empty() ? "inherits " + std::string(g.inherits)
                                     : p.defaultValue      ? formatValue(*p.defaultValue)
                                                           : "required";
        std::cout << groupKey("NAME", p.key) << '\t' << p.unit << '\t' << allowed << '\t' << fallback << '\t' << timing
                  << '\n';
    }
    return kExitOk;
}

int runScenarios(const Arguments&)
{
    for (const auto& name : builtinScenarioNames())
        std::cout << kBuiltinPrefix << name << '\t' << loadScenario(std::string(kBuiltinPrefix) + name).meta.title << '\n';
    return kExitOk;
}

int runReport(int argc, char** argv, const Program& report)
{
    for (int i = 0; i < argc; ++i)
        if (std::string_view(argv[i]) == "-h" || std::string_view(argv[i]) == "--help") {
            std::cout << commandHelp(report, report.commands.front());
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

} // namespace tideover::cli
