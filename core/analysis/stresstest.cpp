// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/analysis/stresstest.h"

#include "core/model/parameters.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

namespace tideover::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The month from `from` on with the largest excess of `stressed` over `baseline`.
StressPeak peakOf(const Eigen::ArrayXd& stressed, const Eigen::ArrayXd& baseline, int from, int startYear)
{
    Eigen::Index at = std::clamp<Eigen::Index>(from, 0, stressed.size() - 1);
    for (Eigen::Index m = at + 1; m < stressed.size(); ++m)
        if (stressed[m] - baseline[m] > stressed[at] - baseline[at])
            at = m;
    return {startYear + static_cast<int>(at / 12), static_cast<int>(at % 12) + 1, stressed[at], baseline[at]};
}

// The outcome of row `path` of a monthly walk; the summary measures are summarise()'s.
StressOutcome outcomeOf(const MonthlyEngine::Flows& fl, const MonthlyEngine::Outputs& o, Eigen::Index path,
                        const Eigen::ArrayXd& unemployment, double initialReserve, int startYear, int peakIndex)
{
    StressOutcome r;
    // Every group's (model-spec v4): the totals when the scenario has further groups.
    r.monthlyBenefits = fl.walkedBenefits().row(path).transpose();
    r.monthlyBeneficiaries = (fl.groups.empty() ? fl.beneficiaries : fl.totalBeneficiaries).row(path).transpose();
    r.reserve = o.reserve.row(path).transpose();
    r.reserveRatio = o.reserveRatio.row(path).transpose();
    r.monthlyUnemployment = unemployment;
    r.monthlyReserve = o.monthlyReserve.row(path).transpose();
    const PathSummary summary = summarise(o, path);
    r.minimumReserveRatio = summary.minimumReserveRatio;
    if (summary.minimumReserveRatioYear)
        r.minimumReserveRatioYear = startYear + *summary.minimumReserveRatioYear;
    if (summary.depletionYear)
        r.depletionYear = startYear + *summary.depletionYear;
    if (summary.depletionMonth)
        r.depletionMonth = *summary.depletionMonth + 1;
    const double reserveAtStart = peakIndex == 0 ? initialReserve : o.reserve(path, peakIndex - 1);
    const double monthlyBenefits = o.benefits(path, peakIndex) / 12.0;
    r.monthsOfBenefitsCovered = monthlyBenefits != 0 ? reserveAtStart / monthlyBenefits : kNaN;
    return r;
}

}  // namespace

double RecessionShock::at(int t) const
{
    const int m = monthsToPeak;
    const int k = monthsToRecover;
    if (t < 0 || m < 1)
        return 0;
    if (t < m)
        return rise * static_cast<double>(t + 1) / m;
    if (t < m + k)
        return rise * (1.0 - static_cast<double>(t - m + 1) / k);
    return 0;
}

bool RecessionShock::inRecession(int t) const
{
    return t >= 0 && t < monthsToPeak + monthsToRecover;
}

StressTest::StressTest(const Scenario& scenario) : m_base(scenario) {}

StressResult StressTest::run(const RecessionShock& shock) const
{
    const Scenario& s = m_base.scenario();
    const int years = m_base.years();
    const int first = m_base.startYear();
    const int last = first + years - 1;
    if (shock.startYear < first || shock.startYear > last)
        throw std::invalid_argument("start year " + std::to_string(shock.startYear) +
                                    " is outside the projection; allowed: " + std::to_string(first) + ".." +
                                    std::to_string(last));
    if (!(shock.rise >= 0 && shock.rise <= 0.6))
        throw std::invalid_argument("rise " + formatNumber(shock.rise) +
                                    " is out of range; allowed: 0..0.6 (a fraction: 0.03 means 3 points)");
    if (shock.monthsToPeak < 1 || shock.monthsToPeak > 600)
        throw std::invalid_argument("months to peak " + std::to_string(shock.monthsToPeak) +
                                    " is out of range; allowed: 1..600");
    if (shock.monthsToRecover < 0 || shock.monthsToRecover > 1200)
        throw std::invalid_argument("months to recover " + std::to_string(shock.monthsToRecover) +
                                    " is out of range; allowed: 0..1200");
    if (!(shock.claimsFactor >= 0 && shock.claimsFactor <= 5))
        throw std::invalid_argument("claims factor " + formatNumber(shock.claimsFactor) +
                                    " is out of range; allowed: 0..5 (1 means no claims shock)");

    // Row 0: the scenario as it is; row 1: with the shock. Shapes 2 x 12*years.
    const Range& uRange = findParameter("labour.unemployment_rate")->range;
    const int startMonth = 12 * (shock.startYear - first);
    MonthlyEngine::Inputs in;
    in.monthly = true;
    in.detail = MonthlyEngine::Detail::Full;  // the monthly benefits and beneficiaries too
    in.unemployment.resize(2, 12 * years);
    if (shock.claimsFactor != 1.0) {
        in.claimsShock = Eigen::ArrayXXd::Ones(2, 12 * years);
        for (int m = 0; m < 12 * years; ++m)
            if (shock.inRecession(m - startMonth))
                in.claimsShock(1, m) = shock.claimsFactor;
    }
    // model-spec v4: one group hit harder, its job losses over the recession multiplied by
    // groupClaimsFactor on top of the claims factor.
    if (!shock.group.empty()) {
        const std::vector<std::string> names = groupNames(s);
        const auto it = std::find(names.begin(), names.end(), shock.group);
        if (it == names.end()) {
            std::string known;
            for (const auto& n : names)
                known += (known.empty() ? "" : ", ") + n;
            throw std::invalid_argument("the scenario has no group '" + shock.group.substr(0, 40) + "'; its groups: " + known);
        }
        if (!(shock.groupClaimsFactor >= 0 && shock.groupClaimsFactor <= 5))
            throw std::invalid_argument("group claims factor " + formatNumber(shock.groupClaimsFactor) +
                                        " is out of range; allowed: 0..5 (1 means no extra shock)");
        in.groupClaimsShock.assign(names.size(), Eigen::ArrayXXd());
        Eigen::ArrayXXd& hit = in.groupClaimsShock[static_cast<std::size_t>(it - names.begin())];
        hit = in.claimsShock.size() != 0 ? in.claimsShock : Eigen::ArrayXXd::Ones(2, 12 * years);
        for (int m = 0; m < 12 * years; ++m)
            if (shock.inRecession(m - startMonth))
                hit(1, m) *= shock.groupClaimsFactor;
    }
    in.priorUnemployment = Eigen::ArrayXd::Constant(2, s.labour.unemployment_rate.at(0));
    for (int m = 0; m < 12 * years; ++m) {
        const double u = s.labour.unemployment_rate.at(m / 12);
        in.unemployment(0, m) = u;
        in.unemployment(1, m) = std::clamp(u + shock.at(m - startMonth), uRange.min, uRange.max);
    }
    MonthlyEngine::Flows flows;
    MonthlyEngine::Outputs out;
    m_base.engine().run(in, flows, out);

    StressResult r;
    r.shock = shock;
    const int peakIndex = std::min(years - 1, (startMonth + shock.monthsToPeak - 1) / 12);
    r.peakYear = first + peakIndex;
    r.baseline = outcomeOf(flows, out, 0, in.unemployment.row(0).transpose(), s.reserve.initial, first, peakIndex);
    r.stressed = outcomeOf(flows, out, 1, in.unemployment.row(1).transpose(), s.reserve.initial, first, peakIndex);
    r.benefits = peakOf(r.stressed.monthlyBenefits, r.baseline.monthlyBenefits, startMonth, first);
    r.beneficiaries = peakOf(r.stressed.monthlyBeneficiaries, r.baseline.monthlyBeneficiaries, startMonth, first);
    return r;
}


}  // namespace tideover::core
