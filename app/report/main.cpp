// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// tideover-report: the PDF report of a scenario, headless. It needs Qt's widgets to draw the
// charts, so it is a program of its own; tideover-cli stays Qt-free and runs it for
// `tideover-cli report`, passing its arguments as given and "tideover-cli report" as the
// program's name, which the messages use. Exit status as tideover-cli's: 0 success, 2 bad
// input, 1 internal error.

#include "common/assignment.h"
#include "common/commandline.h"
#include "common/optionvalues.h"
#include "common/reportcommand.h"
#include "common/terminaltext.h"
#include "core/engine/projection.h"
#include "core/io/scenariofile.h"
#include "core/model/parameters.h"
#include "format/language.h"
#include "report/reportwriter.h"
#include "core/analysis/stochastic.h"
#include "core/analysis/stresstest.h"
#include "core/model/validation.h"
#include "core/io/version.h"

#include <QApplication>
#include <QDate>
#include <QLocale>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using tideover::app::Arguments;
using tideover::app::OptionError;

constexpr std::size_t kMaxCompared = 8;

// Loads a scenario with the --set changes, prints its warnings and refuses it with errors.
// `what` names it in messages ("SCENARIO", "--compare FILE").
tideover::core::Scenario loadValid(const std::string& source, const std::vector<std::string>& sets,
                                   const std::string& what, const std::string& language,
                                   const std::optional<std::string>& history = std::nullopt)
{
    using namespace tideover::core;
    Scenario s;
    try {
        s = loadScenario(source, language);
    } catch (const ScenarioFileError& e) {
        throw OptionError(what == source ? e.what() : what + ": " + e.what());
    }
    tideover::app::applyAssignments(s, sets);
    tideover::app::applyHistoryFile(s, history);
    int errors = 0;
    for (const auto& p : validate(s)) {
        std::cerr << (p.isError() ? "error: " : "warning: ") << (what == source ? "" : what + ": ")
                  << p.message << '\n';
        errors += p.isError() ? 1 : 0;
    }
    if (errors > 0)
        throw OptionError(what + " is not a valid scenario (" + std::to_string(errors) +
                          (errors == 1 ? " error" : " errors") + " above)");
    return s;
}

// Everything the report needs, read and computed before Qt starts.
struct Job {
    tideover::core::Scenario scenario;
    tideover::ui::ReportOptions options;
    std::string output;
    std::string language;
};

Job prepare(const Arguments& a)
{
    using namespace tideover::core;
    using namespace tideover::app;
    if (a.positional.empty())
        throw OptionError(
            "a SCENARIO is needed (a .tideover file or builtin:NAME); see tideover-cli report --help");
    const auto output = a.value("--output");
    if (!output || output->empty() || *output == "-")
        throw OptionError("--output FILE.pdf is needed; see tideover-cli report --help");
    if (!a.has("--simulate") && (a.value("--paths") || a.value("--seed")))
        throw OptionError(std::string(a.value("--paths") ? "--paths" : "--seed") +
                          " applies to the stochastic projection; add --simulate");
    if (a.values("--compare").size() > kMaxCompared)
        throw OptionError("--compare is given " + std::to_string(a.values("--compare").size()) +
                          " times; a report compares at most " + std::to_string(kMaxCompared) +
                          " other scenarios");

    Job job;
    job.output = *output;
    job.language = a.value("--language").value_or("en");
    if (job.language != "en" && job.language != "fr" && job.language != "vi")
        throw OptionError("--language " + job.language + ": the report is written in en, fr or vi");
    if (const auto date = a.value("--date")) {
        job.options.date = QDate::fromString(QString::fromStdString(*date), Qt::ISODate);
        if (!job.options.date.isValid() || date->size() != 10)
            throw OptionError("--date " + *date + ": not a date; write it as YYYY-MM-DD, e.g. 2026-11-26");
    }
    // A bundled scenario's texts in the report's language.
    job.scenario =
        loadValid(a.positional.front(), a.values("--set"), a.positional.front(), job.language, a.value("--history"));
    Scenario& s = job.scenario;

    const ShockOptionTexts shock{a.value("--start"),    a.value("--rise"), a.value("--months"),
                                 a.value("--recovery"), a.value("--name"), a.value("--claims")};
    if ((a.value("--group") || a.value("--group-claims")) && !shock.any())
        throw OptionError("tideover-cli report: --group and --group-claims need a recession (--start YEAR --rise R)");
    if (shock.any()) {
        job.options.stressGroup =
            groupShockFromOptions(s, a.value("--group"), a.value("--group-claims"), "tideover-cli report");
        RecessionShock recession = shockFromOptions(s, shock, "tideover-cli report");
        // The command line's default name is an English word; unnamed, the report says "a
        // recession" in its own language.
        if (!a.value("--name"))
            recession.name.clear();
        job.options.stress = StressTest(s).run(recession, job.options.stressGroup);
    }
    if (a.has("--simulate")) {
        applyStochasticOptions(s, a.value("--paths"), a.value("--seed"));
        job.options.stochastic = StochasticProjection(s).run();
    }
    for (const std::string& other : a.values("--compare")) {
        tideover::ui::ReportComparison c;
        c.scenario = loadValid(other, {}, "--compare " + other, job.language);
        if (c.scenario.meta.title.empty()) {
            const auto slash = other.find_last_of('/');
            c.name = QString::fromStdString(slash == std::string::npos ? other : other.substr(slash + 1));
        }
        job.options.comparison.push_back(std::move(c));
    }
    return job;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace tideover::app;
    const TerminalOutput terminal;
    // "tideover-cli report" when run by tideover-cli; the file's name otherwise.
    std::string self = argc > 0 && argv[0] && *argv[0] ? argv[0] : "tideover-report";
    if (self.find(' ') == std::string::npos)
        if (const auto slash = self.rfind('/'); slash != std::string::npos)
            self = self.substr(slash + 1);
    const Program program = reportProgram(nullptr);
    return runGuarded(self, [&] {
        const Arguments a = parseArguments(program, argc, argv);
        if (a.positional.size() > 1)
            throw OptionError("unexpected argument '" + a.positional[1] +
                              "'; one SCENARIO is reported (compare others with --compare)");
        if (a.help) {
            std::cout << commandHelp(program, program.commands.front());
            return kExitOk;
        }
        if (a.version) {
            std::cout << "tideover-report " << tideover::core::appVersion() << '\n';
            return kExitOk;
        }
        const Job job = prepare(a);

        // Headless by default: the charts are drawn off screen whether or not there is a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's notes about the runtime directory of a headless session, and the off-screen
        // platform's about window size hints (the charts are laid out in hidden windows), are
        // noise here.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (type == QtWarningMsg && (message.startsWith(QStringLiteral("QStandardPaths:")) ||
                                         message.contains(QStringLiteral("propagateSizeHints"))))
                return;
            std::cerr << qPrintable(qFormatLogMessage(type, context, message)) << '\n';
        });
        // The translations live in the static ui library, whose resources the linker would
        // otherwise drop.
        Q_INIT_RESOURCE(tideover);
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("tideover-report"));
        // The report's language, with its number and date formats (English: en_US, as the C
        // locale would print 40000000 and a report is for people).
        tideover::ui::applyLanguage(QString::fromStdString(job.language));

        const tideover::ui::ReportWriter writer(job.scenario, job.options);
        QString error;
        if (!writer.writePdf(QString::fromStdString(job.output), &error))
            throw OptionError(error.toStdString());
        return kExitOk;
    });
}
