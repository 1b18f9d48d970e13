// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/engine/pathprojection.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace tideover::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

using ColumnData = const double*;  // one column (P values) of a paths x time array

}  // namespace

PathProjection::Inputs PathProjection::baselineInputs(int paths) const
{
    const Scenario& s = m_base.scenario();
    const int years = m_base.years();
    Inputs in;
    in.unemployment.resize(paths, years);
    for (int y = 0; y < years; ++y)
        in.unemployment.col(y).setConstant(s.labour.unemployment_rate.at(y));
    return in;
}

// Every expression below repeats the one of Projection (projection.cpp) with the same
// association, so that equal inputs give equal bits: keep them in step.
void PathProjection::run(const Inputs& in, Outputs& out) const
{
    const Projection& p = m_base;
    const Scenario& s = p.scenario();
    const int years = in.years < 0 ? p.years() : std::min(in.years, p.years());
    const Eigen::Index P = in.unemployment.rows();
    const int monthsPerColumn = in.monthly ? 1 : 12;
    const int columns = in.monthly ? 12 * years : years;
    if (years < 1 || P < 1 || in.unemployment.cols() < columns)
        throw std::invalid_argument("PathProjection: the unemployment paths do not cover the years walked");
    if (in.returnRate.size() != 0 && (in.returnRate.rows() != P || in.returnRate.cols() < years))
        throw std::invalid_argument("PathProjection: the return paths do not match the unemployment paths");
    if (in.priorUnemployment.size() != 0 && in.priorUnemployment.size() != P)
        throw std::invalid_argument("PathProjection: one prior unemployment rate per path is needed");

    const Eigen::ArrayXd& labourForce = p.labourForce();
    const Eigen::ArrayXd& contributoryWage = p.contributoryWage();
    const double f = s.labour.job_finding_rate;
    const double claimFraction = p.claimFraction();

    // model-spec "Economy" and "Flows" for each path and column (year, or month when
    // monthly): the monthly contributory wage bill WB and the monthly new claims N.
    // Shapes P x columns; persons and LCU per month.
    Eigen::ArrayXXd wageBill(P, columns);
    Eigen::ArrayXXd claims(P, columns);
    Eigen::ArrayXd unemployed(P), insured(P);
    auto flows = [&](int y, const Eigen::Ref<const Eigen::ArrayXd>& u, Eigen::Ref<Eigen::ArrayXd> wb,
                     Eigen::Ref<Eigen::ArrayXd> n) {
        const double employeeShare = s.coverage.wage_employee_share.at(y);
        const double legal = s.coverage.legal_coverage.at(y);
        const double compliance = s.coverage.compliance.at(y);
        unemployed = labourForce[y] * u;
        insured = (labourForce[y] - unemployed) * employeeShare * legal * compliance;
        wb = insured * contributoryWage[y];
        n = f * u / (1.0 - u) * insured * claimFraction;
    };
    for (int c = 0; c < columns; ++c)
        flows(c / (12 / monthsPerColumn), in.unemployment.col(c), wageBill.col(c), claims.col(c));

    // Claims of the months before the start (model-spec "Initial stock"), size P.
    Eigen::ArrayXd priorClaims = Eigen::ArrayXd::Zero(P);
    if (s.projection.initial_claimants == InitialClaimants::SteadyState) {
        if (in.priorUnemployment.size() == 0 && !in.monthly) {
            priorClaims = claims.col(0);
        } else {
            Eigen::ArrayXd ignoredWageBill(P);
            const Eigen::ArrayXd u = in.priorUnemployment.size() != 0 ? in.priorUnemployment
                                                                      : Eigen::ArrayXd(in.unemployment.col(0));
            flows(0, u, ignoredWageBill, priorClaims);
        }
    }

    const Eigen::ArrayXd& kernel = p.survivorsKernel();   // k[d-1], d = 1 .. maxDuration
    const Eigen::ArrayXXd& benefit = p.benefitTable();    // years x distinct rates, LCU
    const int maxDuration = static_cast<int>(kernel.size());
    const int distinct = static_cast<int>(benefit.cols());
    const Eigen::ArrayXd& legislated = p.legislatedRate();
    const Eigen::ArrayXd& borrow = p.monthlyBorrow();
    const Eigen::ArrayXd& transfer = p.monthlyTransfer();
    const double benefitRelated = s.expenditure.benefit_related_rate;
    const double almp = s.expenditure.almp_share;
    const double adminShare = s.expenditure.admin_share;
    const auto& rule = s.financing;
    const bool band = !in.flatRate && rule.rule == FinancingRule::ReserveBand;

    for (auto* a : {&out.reserve, &out.expenditure, &out.wageBill, &out.benefits, &out.contributionRate,
                    &out.lowestReserve})
        a->resize(P, years);
    if (in.recordMonthlyReserve)
        out.monthlyReserve.resize(P, 12 * years);
    else
        out.monthlyReserve.resize(0, 0);

    // Working vectors, one value per path.
    Eigen::ArrayXd reserve = Eigen::ArrayXd::Constant(P, s.reserve.initial);
    Eigen::ArrayXd rate(P), previousRatio(P), adjustment(P), monthlyReturn(P);
    Eigen::ArrayXd paid(P), contributions(P), spent(P), yearSpent(P), yearPaid(P), lowest(P);
    for (int y = 0; y < years; ++y) {
        // model-spec "reserve_band": the adjustment a = c - cb moves one step a year, per path.
        if (in.flatRate) {
            rate.setConstant(*in.flatRate);
        } else if (!band || y == 0) {
            rate.setConstant(legislated[y]);
        } else {
            adjustment = rate - legislated[y - 1];
            adjustment = (previousRatio < rule.lower_ratio)
                             .select(adjustment + rule.step,
                                     (previousRatio > rule.upper_ratio).select(adjustment - rule.step, adjustment));
            rate = (legislated[y] + adjustment).max(rule.min_rate).min(rule.max_rate);
        }
        // model-spec "Reserve": i = (1 + r)^(1/12) - 1, with std::pow as Projection has it.
        if (in.returnRate.size() != 0) {
            for (Eigen::Index i = 0; i < P; ++i)
                monthlyReturn[i] = std::pow(1.0 + in.returnRate(i, y), 1.0 / 12.0) - 1.0;
        } else {
            monthlyReturn.setConstant(p.monthlyReturn()[y]);
        }

        yearSpent.setZero();
        yearPaid.setZero();
        lowest.setConstant(kInf);
        for (int k = 0; k < 12; ++k) {
            const int m = 12 * y + k;
            // BX[m] = sum over d of k[d] * N[m-d+1] * b[y,d], summed in d order; four terms per
            // statement (evaluated left to right, as the running sum) to pass over `paid` less.
            paid.setZero();
            for (int d = 1; d <= maxDuration; d += 4) {
                std::array<ColumnData, 4> n{};
                std::array<double, 4> weight{}, perBeneficiary{};
                const int terms = std::min(4, maxDuration - d + 1);
                for (int j = 0; j < terms; ++j) {
                    const int start = m - (d + j) + 1;  // month in which these claimants entered
                    n[static_cast<std::size_t>(j)] = start >= 0 ? claims.col(start / monthsPerColumn).data() : priorClaims.data();
                    weight[static_cast<std::size_t>(j)] = kernel[d + j - 1];
                    perBeneficiary[static_cast<std::size_t>(j)] = benefit(y, std::min(d + j, distinct) - 1);
                }
                const auto term = [&](std::size_t j) {
                    return weight[j] * Eigen::Map<const Eigen::ArrayXd>(n[j], P) * perBeneficiary[j];
                };
                switch (terms) {
                case 4: paid = paid + term(0) + term(1) + term(2) + term(3); break;
                case 3: paid = paid + term(0) + term(1) + term(2); break;
                case 2: paid = paid + term(0) + term(1); break;
                default: paid = paid + term(0); break;
                }
            }
            if (in.monthly || k == 0)
                contributions = rate * wageBill.col(in.monthly ? m : y);
            // TX = BX + OX + AX, OX = benefit_related_rate BX + almp_share CI, AX = admin_share CI
            spent = paid + (benefitRelated * paid + almp * contributions) + adminShare * contributions;
            // R[m+1] = R[m] + II[m] + CI[m] - TX[m] + T[m], interest at the return rate on a
            // reserve >= 0 and at the borrowing rate below. II is written max(R, 0) i_return +
            // min(R, 0) i_borrow: one product is +-0, so II equals Projection's R * i exactly,
            // and unlike select() it vectorises (Eigen 3.4 has no packet path for select).
            reserve = reserve + (reserve.max(0.0) * monthlyReturn + reserve.min(0.0) * borrow[y]) + contributions -
                      spent + transfer[y];
            yearSpent += spent;
            yearPaid += paid;
            lowest = lowest.min(reserve);
            if (in.recordMonthlyReserve)
                out.monthlyReserve.col(m) = reserve;
        }
        out.reserve.col(y) = reserve;
        out.expenditure.col(y) = yearSpent;
        out.benefits.col(y) = yearPaid;
        out.contributionRate.col(y) = rate;
        out.lowestReserve.col(y) = lowest;
        if (in.monthly) {
            out.wageBill.col(y) = wageBill.col(12 * y);
            for (int k = 1; k < 12; ++k)
                out.wageBill.col(y) += wageBill.col(12 * y + k);
        } else {
            out.wageBill.col(y) = 12.0 * wageBill.col(y);
        }
        if (band) {
            // A year without expenditure counts as +inf (reserve >= 0) or -inf.
            previousRatio = (yearSpent != 0.0)
                                .select(reserve / yearSpent,
                                        (reserve >= 0.0).select(Eigen::ArrayXd::Constant(P, kInf), -kInf));
        }
    }
}

}  // namespace tideover::core
