// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "coretext.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>

namespace tideover::ui::coretext {

QString translatedText(std::string_view text)
{
    if (text.empty())
        return QString();
    // translate() needs a NUL-terminated source; the table's views usually are literals, but
    // a copy costs nothing next to the lookup and does not rely on it.
    const std::string source(text);
    return QCoreApplication::translate(kContext, source.c_str());
}

QString translatedGroupText(std::string_view text)
{
    if (text.empty())
        return QString();
    const std::string source(text);
    return QCoreApplication::translate(kGroupsContext, source.c_str());
}

QString translatedLabel(const core::ParameterInfo& info)
{
    return translatedText(info.label);
}

QString translatedHelp(const core::ParameterInfo& info)
{
    return translatedText(info.help);
}

QString translatedGroupName(core::Group group)
{
    return translatedText(core::groupName(group));
}

QString translatedProblem(const core::Problem& problem)
{
    if (problem.text.empty())
        return QString::fromStdString(problem.message);
    const QString text = QCoreApplication::translate(kProblemContext, problem.text.c_str());
    const QString filled = QString::fromStdString(core::fillPlaceholders(text.toStdString(), problem.args));
    return problem.key.empty() ? filled : QString::fromStdString(problem.key) + QStringLiteral(": ") + filled;
}

QString translatedCalibrationWarning(const core::CalibrationWarning& warning)
{
    if (warning.text.empty())
        return QString::fromStdString(warning.message());
    const QString text = QCoreApplication::translate(kCalibrationContext, warning.text.c_str());
    return QString::fromStdString(core::fillPlaceholders(text.toStdString(), warning.args));
}

QString translatedStandardTopic(const core::StandardFinding& finding)
{
    return QCoreApplication::translate(kStandardsContext, finding.topic.c_str());
}

QString translatedStandardExplanation(const core::StandardFinding& finding)
{
    if (finding.phrases.empty())
        return QString::fromStdString(finding.explanation);
    QStringList sentences;
    for (const core::StandardPhrase& phrase : finding.phrases) {
        const QString text = QCoreApplication::translate(kStandardsContext, phrase.text.c_str());
        sentences << QString::fromStdString(core::fillPlaceholders(text.toStdString(), phrase.args));
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace tideover::ui::coretext
