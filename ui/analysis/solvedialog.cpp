// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "solvedialog.h"

#include "core/model/datedchanges.h"

#include "document/scenariodocument.h"
#include "format/displayformat.h"
#include "core/engine/projection.h"
#include "core/analysis/solvers.h"
#include "core/model/validation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace tideover::ui {

namespace {

// Shown and applied to 0.001 percentage points, rounded up: a rate never misses the target by
// rounding. Replacement rates to 0.01 points, rounded down, for the same reason.
constexpr double kRateStep = 1e-5;
constexpr double kReplacementStep = 1e-4;

double roundUp(double x, double step)
{
    return std::ceil(x / step - 1e-9) * step;
}
double roundDown(double x, double step)
{
    return std::floor(x / step + 1e-9) * step;
}

QString pct(double fraction, int decimals)
{
    return format::percent(fraction, decimals);
}

QLabel* wrapped(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// Removes every dated change of `key`, with its source note.
void removeAllDatedChanges(core::Scenario& s, const char* key)
{
    const auto it = s.dated.find(key);
    if (it == s.dated.end())
        return;
    std::vector<int> years;
    for (const auto& [year, value] : it->second)
        years.push_back(year);
    for (int year : years)
        core::removeDatedChange(s, key, year);
}

bool hasDatedChanges(const core::Scenario& s, const char* key)
{
    const auto it = s.dated.find(key);
    return it != s.dated.end() && !it->second.empty();
}

} // namespace

core::Scenario SolveDialog::withTotalContributionRate(const core::Scenario& scenario, double total,
                                                      bool fixedRule)
{
    core::Scenario s = scenario;
    auto& c = s.contributions;
    const double employee = c.employee_rate.at(0);
    const double employer = c.employer_rate.at(0);
    const double government = c.government_rate.at(0);
    if (government > total) {
        const double f =
            government + employee + employer > 0 ? total / (government + employee + employer) : 0;
        c.employee_rate = core::Series(employee * f);
        c.employer_rate = core::Series(employer * f);
        c.government_rate = core::Series(government * f);
    } else {
        const double rest = total - government;
        const double share = employee + employer > 0 ? employee / (employee + employer) : 0.5;
        const double newEmployee = rest * share;
        c.employee_rate = core::Series(newEmployee);
        c.employer_rate = core::Series(rest - newEmployee);
        c.government_rate = core::Series(government);
    }
    // The solved rate holds in every year: dated changes of the rates (and their notes) go.
    for (const char* key : {"contributions.employee_rate", "contributions.employer_rate",
                            "contributions.government_rate"})
        removeAllDatedChanges(s, key);
    if (fixedRule)
        s.financing.rule = core::FinancingRule::Fixed;
    return s;
}

core::Scenario SolveDialog::withReplacementRate(const core::Scenario& scenario, double rate, bool fixedRule)
{
    core::Scenario s = scenario;
    s.benefits.replacement_rates = {rate};
    // The solved rate is for every claim: the reforms' replacement rates go with it.
    removeAllDatedChanges(s, "benefits.replacement_rates");
    if (fixedRule)
        s.financing.rule = core::FinancingRule::Fixed;
    return s;
}

SolveDialog::SolveDialog(ScenarioDocument* document, Question question, QWidget* parent)
    : QDialog(parent), m_document(document), m_question(question)
{
    setObjectName(QStringLiteral("solveDialog"));
    const bool contribution = question == Question::ContributionRate;
    setWindowTitle(contribution ? tr("Solve for the contribution rate")
                                : tr("Solve for the replacement rate"));
    const core::Scenario& s = document->scenario();
    const int lastYear = int(s.projection.start_year + s.projection.years - 1);
    const QString target = format::years(s.projection.target_reserve_ratio);
    const bool band = s.financing.rule == core::FinancingRule::ReserveBand;

    m_answer = wrapped(this);
    m_answer->setObjectName(QStringLiteral("solveAnswer"));
    QFont big = m_answer->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_answer->setFont(big);
    m_details = wrapped(this);
    m_details->setObjectName(QStringLiteral("solveDetails"));
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_explanation = wrapped(this);
    m_explanation->setObjectName(QStringLiteral("solveExplanation"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_answer);

    QString error;
    if (core::hasErrors(document->problems())) {
        error = tr("The scenario has errors. Fix the marked values first, then solve again.");
    } else {
        try {
            if (contribution) {
                m_everyYear = core::rateKeepingTargetEveryYear(s);
                m_breakEven = core::breakEvenRate(s);
            } else {
                m_replacement = core::maximumReplacementRate(s);
            }
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
    }

    if (!error.isEmpty()) {
        m_answer->setText(error);
    } else if (contribution) {
        if (m_everyYear)
            m_everyYear = roundUp(*m_everyYear, kRateStep);
        if (m_breakEven)
            m_breakEven = roundUp(*m_breakEven, kRateStep);
        if (m_everyYear)
            m_answer->setText(
                tr("A total contribution rate of <b>%1</b> keeps the reserve ratio at or above %2 in "
                   "every year to %3.")
                    .arg(pct(*m_everyYear, 3), target)
                    .arg(lastYear));
        else
            m_answer->setText(
                tr("<b>No</b> total contribution rate up to 100 % keeps the reserve ratio at or above "
                   "%1 in every year to %2.")
                    .arg(target)
                    .arg(lastYear));
        QString details;
        const QString today = pct(s.contributions.employee_rate.at(0) + s.contributions.employer_rate.at(0) +
                                      s.contributions.government_rate.at(0),
                                  3);
        if (!m_everyYear)
            details =
                tr("The first years usually decide this: a reserve that starts below the target cannot be "
                   "filled within a year by any rate. A transfer into the fund, a larger initial reserve or "
                   "a "
                   "lower target would help.") +
                QLatin1Char(' ');
        if (m_breakEven && m_everyYear && std::abs(*m_breakEven - *m_everyYear) < kRateStep / 2)
            details +=
                tr("It is also the break-even rate, which looks at %1 alone: the last year is the one that "
                   "binds.")
                    .arg(lastYear);
        else if (m_breakEven)
            details += tr("The break-even rate, which brings the reserve to %1 in %2 alone, is %3.")
                           .arg(target)
                           .arg(lastYear)
                           .arg(pct(*m_breakEven, 3));
        else {
            bool aboveAtZero = false;
            try {
                aboveAtZero = core::Projection(s).terminalGap(0.0) > 0;
            } catch (const std::exception&) {
            }
            details += aboveAtZero
                           ? tr("There is no break-even rate either: even with no contributions at all the "
                                "reserve in %1 exceeds the target.")
                                 .arg(lastYear)
                           : tr("There is no break-even rate either: even 100 % leaves the reserve in %1 "
                                "below the target.")
                                 .arg(lastYear);
        }
        details += QLatin1Char(' ') + tr("Today's total rate is %1.").arg(today);
        m_details->setText(details);
        layout->addWidget(m_details);
        if (m_everyYear && m_breakEven && std::abs(*m_breakEven - *m_everyYear) >= kRateStep / 2) {
            m_everyYearChoice = new QRadioButton(
                tr("Apply the rate that keeps the target every year (%1)").arg(pct(*m_everyYear, 3)), this);
            m_breakEvenChoice =
                new QRadioButton(tr("Apply the break-even rate (%1)").arg(pct(*m_breakEven, 3)), this);
            m_everyYearChoice->setChecked(true);
            auto* group = new QButtonGroup(this);
            group->addButton(m_everyYearChoice);
            group->addButton(m_breakEvenChoice);
            connect(m_breakEvenChoice, &QRadioButton::toggled, this, &SolveDialog::updateExplanation);
            layout->addWidget(m_everyYearChoice);
            layout->addWidget(m_breakEvenChoice);
        } else if (!m_everyYear && m_breakEven) {
            // Nothing keeps the target every year, but the horizon can be met.
            m_breakEvenChoice =
                new QRadioButton(tr("Apply the break-even rate (%1)").arg(pct(*m_breakEven, 3)), this);
            m_breakEvenChoice->setChecked(true);
            m_breakEvenChoice->setVisible(false);
        }
    } else {
        const double legislated = s.contributions.employee_rate.at(0) + s.contributions.employer_rate.at(0) +
                                  s.contributions.government_rate.at(0);
        if (m_replacement)
            m_replacement = roundDown(*m_replacement, kReplacementStep);
        if (m_replacement && *m_replacement >= 1.5 - 1e-12)
            m_answer->setText(
                tr("The legislated contribution rate of %1 finances even a replacement rate of "
                   "<b>150 %</b>, the highest the model allows, with the reserve at %2 of spending in %3.")
                    .arg(pct(legislated, 3), target)
                    .arg(lastYear));
        else if (m_replacement)
            m_answer->setText(
                tr("The legislated contribution rate of %1 finances a replacement rate of up to <b>%2</b> "
                   "of the reference wage, for every month of benefit, with the reserve at %3 of "
                   "spending in %4.")
                    .arg(pct(legislated, 3), pct(*m_replacement, 2), target)
                    .arg(lastYear));
        else
            m_answer->setText(
                tr("The legislated contribution rate of %1 does not reach the target in %2 <b>even "
                   "with no benefit at all</b>: administration, other spending or a debt take more "
                   "than it brings in.")
                    .arg(pct(legislated, 3))
                    .arg(lastYear));
        QStringList today;
        for (double r : s.benefits.replacement_rates)
            today << pct(r, 2);
        m_details->setText(
            (today.size() == 1 ? tr("Today: %1 for every month of benefit.").arg(today.front())
                               : tr("Today: %1 by month of benefit.").arg(today.join(QStringLiteral(", ")))) +
            QLatin1Char(' ') + tr("The maximum durations stay as they are."));
        layout->addWidget(m_details);
    }

    if (band && answer()) {
        m_fixedRule =
            new QCheckBox(tr("Also switch the financing rule to fixed (the answer assumes the contribution "
                             "rate stays fixed; the reserve-band rule would move it)"),
                          this);
        m_fixedRule->setObjectName(QStringLiteral("solveFixedRule"));
        m_fixedRule->setChecked(true);
        connect(m_fixedRule, &QCheckBox::toggled, this, &SolveDialog::updateExplanation);
        layout->addWidget(m_fixedRule);
    }
    layout->addWidget(m_explanation);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("solveApply"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_apply, &QPushButton::clicked, this, &SolveDialog::apply);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_apply->setEnabled(answer().has_value());
    m_apply->setDefault(answer().has_value());
    close->setDefault(!answer().has_value());
    layout->addWidget(buttons);
    updateExplanation();
    setMinimumWidth(520);
}

std::optional<double> SolveDialog::answer() const
{
    if (m_question == Question::ReplacementRate)
        return m_replacement;
    if (m_breakEvenChoice && m_breakEvenChoice->isChecked())
        return m_breakEven;
    return m_everyYear;
}

QString SolveDialog::answerText() const
{
    return m_answer->text();
}

QString SolveDialog::applyExplanation() const
{
    return m_explanation->text();
}

void SolveDialog::updateExplanation()
{
    const std::optional<double> value = answer();
    if (!value) {
        m_explanation->clear();
        m_explanation->setVisible(false);
        return;
    }
    const core::Scenario& s = m_document->scenario();
    const bool fixed = m_fixedRule && m_fixedRule->isChecked();
    QString text;
    if (m_question == Question::ContributionRate) {
        const core::Scenario after = withTotalContributionRate(s, *value, fixed);
        const auto& c = after.contributions;
        const double employee = s.contributions.employee_rate.at(0);
        const double employer = s.contributions.employer_rate.at(0);
        const double government = s.contributions.government_rate.at(0);
        if (government > *value)
            text = tr("<b>Apply</b> sets the employee, employer and government rates to %1, %2 and %3: the "
                      "government "
                      "rate alone exceeds the answer, so all three are scaled down together.")
                       .arg(pct(c.employee_rate.at(0), 4), pct(c.employer_rate.at(0), 4),
                            pct(c.government_rate.at(0), 4));
        else {
            const double share = employee + employer > 0 ? employee / (employee + employer) : 0.5;
            text = tr("<b>Apply</b> sets the employee rate to %1 and the employer rate to %2, splitting the "
                      "new total "
                      "as today (%3 : %4)")
                       .arg(pct(c.employee_rate.at(0), 4), pct(c.employer_rate.at(0), 4),
                            format::number(share * 100, 0), format::number((1 - share) * 100, 0));
            text += government > 0 ? tr("; the government rate stays at %1.").arg(pct(government, 3))
                                   : QStringLiteral(".");
        }
        if (s.contributions.employee_rate.values.size() > 1 ||
            s.contributions.employer_rate.values.size() > 1 ||
            s.contributions.government_rate.values.size() > 1 ||
            hasDatedChanges(s, "contributions.employee_rate") || hasDatedChanges(s, "contributions.employer_rate") ||
            hasDatedChanges(s, "contributions.government_rate"))
            text += QLatin1Char(' ') + tr("The rates become the same in every year.");
    } else {
        text = tr("<b>Apply</b> sets the replacement rate to %1 for every month of benefit.")
                   .arg(pct(*value, 2));
        if (hasDatedChanges(s, "benefits.replacement_rates"))
            text += QLatin1Char(' ') + tr("The reforms' replacement rates are removed: the rate applies to every claim.");
    }
    if (fixed)
        text += QLatin1Char(' ') + tr("The financing rule becomes fixed.");
    text += QLatin1Char(' ') + tr("Undo (Ctrl+Z) takes it back.");
    m_explanation->setText(text);
    m_explanation->setVisible(true);
}

void SolveDialog::apply()
{
    const std::optional<double> value = answer();
    if (!value)
        return;
    const core::Scenario& s = m_document->scenario();
    const bool fixed = m_fixedRule && m_fixedRule->isChecked();
    if (m_question == Question::ContributionRate)
        m_document->replaceScenario(withTotalContributionRate(s, *value, fixed),
                                    tr("Apply solved contribution rate %1").arg(pct(*value, 3)));
    else
        m_document->replaceScenario(withReplacementRate(s, *value, fixed),
                                    tr("Apply solved replacement rate %1").arg(pct(*value, 2)));
    accept();
}

} // namespace tideover::ui
