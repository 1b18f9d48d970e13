// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// tideover-report: the PDF report of a scenario, headless. It needs Qt's widgets to draw the
// charts, so it is a program of its own; tideover-cli stays Qt-free and runs it for
// `tideover-cli report`. Exit status as tideover-cli's: 0 success, 2 bad input, 1 internal error.

#include "assignment.h"
#include "parameters.h"
#include "projection.h"
#include "report/reportwriter.h"
#include "scenariofile.h"
#include "validation.h"
#include "version.h"

#include <QApplication>
#include <QLocale>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitBadInput = 2;

constexpr const char* kHelp = R"(Usage: tideover-report SCENARIO --output FILE.pdf [--set KEY=VALUE]...
       tideover-cli report SCENARIO --output FILE.pdf [--set KEY=VALUE]...

Writes the PDF report of a scenario (a .tideover file or builtin:NAME), with any --set changes:
a title page, the design and the headline figures in plain words, every parameter with its
source, the result charts, the annual table and the ILO standards check. A4, page numbers;
tables carry their header row on every page. Needs no display.

Exit status: 0 success, 2 bad input (an unreadable or invalid scenario, an unknown key, an
output file that cannot be written), 1 internal error.
)";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Arguments {
    std::string scenario;
    std::string output;
    std::vector<std::string> sets;
    bool help = false;
    bool version = false;
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
        if (arg == "-h" || arg == "--help")
            a.help = true;
        else if (arg == "--version")
            a.version = true;
        else if (arg == "--set")
            a.sets.push_back(valueOf(i, arg));
        else if (arg.rfind("--set=", 0) == 0)
            a.sets.push_back(arg.substr(6));
        else if (arg == "-o" || arg == "--output")
            a.output = valueOf(i, arg);
        else if (arg.rfind("--output=", 0) == 0)
            a.output = arg.substr(9);
        else if (arg.size() > 1 && arg[0] == '-')
            throw UsageError("unknown option '" + arg + "'; see tideover-cli report --help");
        else if (a.scenario.empty())
            a.scenario = arg;
        else
            throw UsageError("unexpected argument '" + arg + "'");
    }
    return a;
}

tideover::core::Scenario loadScenario(const Arguments& a)
{
    using namespace tideover::core;
    if (a.scenario.empty())
        throw UsageError("a SCENARIO is needed (a .tideover file or builtin:NAME); see tideover-cli report --help");
    if (a.output.empty())
        throw UsageError("--output FILE.pdf is needed; see tideover-cli report --help");
    Scenario s = tideover::core::loadScenario(a.scenario);
    for (const auto& assignment : a.sets)
        if (const std::string error = tideover::core::applyAssignment(s, assignment); !error.empty())
            throw UsageError("--set " + assignment + ": " + error);
    const auto problems = validate(s);
    int errors = 0;
    for (const auto& p : problems) {
        std::cerr << (p.isError() ? "error: " : "warning: ") << p.message << '\n';
        errors += p.isError() ? 1 : 0;
    }
    if (errors > 0)
        throw UsageError(a.scenario + " is not a valid scenario (" + std::to_string(errors) +
                         (errors == 1 ? " error" : " errors") + " above)");
    return s;
}

}  // namespace

int main(int argc, char** argv)
{
    try {
        const Arguments a = parseArguments(argc, argv);
        if (a.help) {
            std::cout << kHelp;
            return kExitOk;
        }
        if (a.version) {
            std::cout << "tideover-report " << tideover::core::appVersion() << '\n';
            return kExitOk;
        }
        const tideover::core::Scenario scenario = loadScenario(a);

        // Headless by default: the charts are drawn off screen whether or not there is a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's notes about the runtime directory of a headless session are noise here.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (type == QtWarningMsg && message.startsWith(QStringLiteral("QStandardPaths:")))
                return;
            std::cerr << qPrintable(qFormatLogMessage(type, context, message)) << '\n';
        });
        QApplication app(argc, argv);
        // The C locale prints 40000000; a report is for people.
        if (QLocale().language() == QLocale::C)
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

        const tideover::ui::ReportWriter writer(scenario);
        QString error;
        if (!writer.writePdf(QString::fromStdString(a.output), &error)) {
            std::cerr << "tideover-report: " << error.toStdString() << '\n';
            return kExitBadInput;
        }
        return kExitOk;
    } catch (const UsageError& e) {
        std::cerr << "tideover-report: " << e.what() << '\n';
        return kExitBadInput;
    } catch (const tideover::core::ScenarioFileError& e) {
        std::cerr << "tideover-report: " << e.what() << '\n';
        return kExitBadInput;
    } catch (const tideover::core::InvalidScenario& e) {
        std::cerr << "tideover-report: invalid scenario:\n" << e.what() << '\n';
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::cerr << "tideover-report: internal error: " << e.what() << '\n';
        return kExitInternal;
    } catch (...) {
        std::cerr << "tideover-report: internal error\n";
        return kExitInternal;
    }
}
