// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The core's parameter texts for lupdate: every group name, label and help text of
// core/parameters.cpp, written out from core::groupName() and core::parameters() (one line per
// text, exact, in the table's order). ui/format/coretext.cpp translates them at run time in the
// context "tideover::core::parameters". After changing or adding a text in the core, add it
// here, run the update_translations target and translate it: tst_coretext fails while a text
// of the core is missing from a .ts file. The same holds for the funnel's stages, the
// exercise steps and the validation texts (core::problemTexts(), context
// "tideover::core::validation", which coretext::translatedProblem() fills with the problem's
// values). The arrays are unused: they only exist for lupdate.
#include <QtGlobal>

namespace tideover::ui::coretext {

namespace {

[[maybe_unused]] const char* const kCoreTexts[] = {
    // Group names
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Coverage"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Contributions"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Eligibility"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Benefits"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Other expenditure"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Financing rule"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Labour market"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Wages"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Economy"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Reserve fund"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Projection"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Stochastic"),
    // projection.start_year
    QT_TRANSLATE_NOOP("tideover::core::parameters", "First year"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "First projected calendar year; the projection starts on 1 January."),
    // projection.years
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Horizon"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Number of years projected, in monthly steps."),
    // projection.initial_claimants
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Claimants at the start"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "steady_state: an existing scheme already paying its stock of claimants; empty: a new scheme launched at the start with nobody on benefit."),
    // projection.target_reserve_ratio
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Target reserve ratio"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Reserve the fund should hold, in years of expenditure; the break-even rate reaches it at the horizon and the reserve warnings use it."),
    // labour.force
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Labour force"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Labour force (employed plus unemployed) in the start year."),
    // labour.force_growth
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Labour-force growth"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Annual growth of the labour force, from the second year on."),
    // labour.unemployment_rate
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Unemployment rate"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Annual average unemployment rate (unemployed / labour force)."),
    // labour.job_finding_rate
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Job-finding rate"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Monthly probability that an unemployed person finds a job; with the unemployment rate it sets the flow of separations."),
    // labour.claimant_exit_factor
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Claimant exit factor"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Beneficiaries' monthly exit rate relative to that of all unemployed (below 1: claimants leave benefit more slowly)."),
    // coverage.wage_employee_share
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Wage employees"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Share of the employed who are wage employees."),
    // coverage.legal_coverage
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Legal coverage"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Share of wage employees the law covers."),
    // coverage.compliance
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Compliance"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Share of the legally covered who actually contribute."),
    // wages.average_monthly
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Average wage"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Mean monthly wage of the insured in the start year."),
    // wages.growth
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Wage growth"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Nominal annual growth of the average wage, from the second year on."),
    // wages.dispersion
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Wage dispersion"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Standard deviation of log wages (lognormal); 0 means everyone earns the mean. It matters only where a floor, ceiling or benefit cap binds."),
    // economy.inflation
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Inflation"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Annual growth of the price index, from the second year on; indexes thresholds set to follow prices."),
    // contributions.employee_rate
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Employee rate"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Employee contribution, as a share of contributory wages."),
    // contributions.employer_rate
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Employer rate"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Employer contribution, as a share of contributory wages."),
    // contributions.government_rate
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Government rate"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Government contribution, as a share of contributory wages."),
    // contributions.wage_floor
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Wage floor"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Lowest contributory wage (0: none). It also bounds the benefit reference wage."),
    // contributions.wage_ceiling
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Wage ceiling"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Highest contributory wage (0: none). It also bounds the benefit reference wage. A stepped legal schedule is a series with indexation none."),
    // contributions.threshold_indexation
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Floor and ceiling indexation"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "How the wage floor and ceiling move after the start year: none, with prices or with wages."),
    // eligibility.involuntary_share
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Qualifying reason"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Share of separations for a qualifying (involuntary) reason."),
    // eligibility.contribution_condition_share
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Contribution condition met"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Share of qualifying job losers who meet the contribution condition."),
    // eligibility.take_up
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Take-up"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Share of the eligible who claim."),
    // benefits.replacement_rates
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Replacement rates"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Benefit as a share of the reference wage, by month of benefit; the last value repeats."),
    // benefits.duration_months
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Maximum durations"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Maximum benefit duration of each duration class, in months."),
    // benefits.duration_shares
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Duration-class shares"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Share of new claims in each duration class; as many as durations, summing to 1."),
    // benefits.waiting_days
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Waiting days"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Days after the job loss before benefit is paid; claimants who find work meanwhile never draw benefit."),
    // benefits.claimant_wage_ratio
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Claimants' wage ratio"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Claimants' mean wage relative to the insured mean."),
    // benefits.minimum
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Minimum benefit"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Lowest monthly benefit (0: none)."),
    // benefits.maximum
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Maximum benefit"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Highest monthly benefit (0: none); at least the minimum in every year when both are set."),
    // benefits.threshold_indexation
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Minimum and maximum indexation"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "How the minimum and maximum benefit move after the start year: none, with prices or with wages."),
    // expenditure.benefit_related_rate
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Benefit-related spending"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Spending tied to benefits, such as health-insurance contributions paid for beneficiaries, as a share of benefits."),
    // expenditure.almp_share
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Active labour-market spending"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Training, placement and job-retention support, as a share of contributions."),
    // expenditure.admin_share
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Administration"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Administrative cost, as a share of contributions."),
    // reserve.initial
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Initial reserve"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Reserve fund at the start of the projection (negative: a debt)."),
    // reserve.return
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Investment return"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Nominal annual return earned on a positive reserve."),
    // reserve.borrowing_rate
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Borrowing rate"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Annual interest paid while the reserve is negative."),
    // reserve.transfers
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Transfers"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Transfers into (+) or out of (-) the fund each year, spread evenly over its months; the last value carries forward, so end a one-off with 0."),
    // financing.rule
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Financing rule"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "fixed: the legislated rate; reserve_band: the total rate moves by one step a year to keep the reserve ratio between the lower and upper ratio."),
    // financing.lower_ratio
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Lower reserve ratio"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Below this reserve ratio the rate goes up (reserve_band rule)."),
    // financing.upper_ratio
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Upper reserve ratio"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Above this reserve ratio the rate goes down (reserve_band rule); must exceed the lower ratio."),
    // financing.step
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Rate step"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Change of the total contribution rate per year under the rule."),
    // financing.min_rate
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Lowest rate"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Lowest total contribution rate the rule may set."),
    // financing.max_rate
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Highest rate"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Highest total contribution rate the rule may set."),
    // stochastic.paths
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Paths"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Number of random futures in a stochastic projection."),
    // stochastic.seed
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Seed"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Seed of the random numbers: the same seed gives the same results on any number of threads."),
    // stochastic.unemployment_volatility
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Unemployment volatility"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Annual standard deviation of the shock to the unemployment rate."),
    // stochastic.unemployment_persistence
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Unemployment persistence"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Annual AR(1) coefficient of the unemployment shock."),
    // stochastic.return_volatility
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Return volatility"),
    QT_TRANSLATE_NOOP("tideover::core::parameters",
                      "Annual standard deviation of the reserve's return."),
    // Coverage funnel stages (core/funnel.cpp, funnelStages())
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Labour force"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Employed"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Wage employees"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Legally covered"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Insured (contributing)"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Job losers among the insured"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Qualifying reason"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Contribution condition met"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Claim benefit"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "Still unemployed after the waiting days"),
    // Feasibility steps of the workshop exercises (core/exercise.cpp, stepTitle())
    QT_TRANSLATE_NOOP("tideover::core::parameters", "1. Diagnose the labour market"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "2. Choose the parameters"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "3. Cost them"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "4. Stress them"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "5. Finance them"),
    QT_TRANSLATE_NOOP("tideover::core::parameters", "6. Extend coverage"),
};

[[maybe_unused]] const char* const kProblemTexts[] = {
    // core/validation.cpp, problemTexts()
    QT_TRANSLATE_NOOP("tideover::core::validation", "no value given; give at least one"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "value %1 is out of range; allowed: %2"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "value %1 is out of range; allowed: %2 (a fraction: 0.6 means 60 %)"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "value %1 (year %2) is out of range; allowed: %3"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "value %1 (year %2) is out of range; allowed: %3 (a fraction: 0.6 means 60 %)"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "value %1 (item %2) is out of range; allowed: %3"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "value %1 (item %2) is out of range; allowed: %3 (a fraction: 0.6 means 60 %)"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "required, but no value is given; allowed: %1"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "required, but no value is given; allowed: %1 (a fraction: 0.6 means 60 %)"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "%1 yearly values are given but the horizon is %2 years; values after %3 are not used"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "%1 shares are given for %2 duration classes; give one share per entry of benefits.duration_months"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "the shares sum to %1; they must sum to 1"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "%1 monthly rates are given but benefit lasts at most %2 months; rates after month %3 are not used"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "value %1 (year %2) is below %3 %4; where both are set the maximum must be at least the minimum"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "value %1 must be greater than financing.lower_ratio (%2)"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "value %1 is below financing.min_rate (%2)"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "with a job-finding rate of %1 an unemployment rate of %2 (year %3) means a monthly separation rate of %4, above 1: more insured lose their job each month than there are insured"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "administration and active labour-market spending together take %1 of contributions, so contributions cannot finance benefits"),
    QT_TRANSLATE_NOOP("tideover::core::validation", "no currency code is given; amounts are shown in LCU"),
};

[[maybe_unused]] const char* const kStandardTexts[] = {
    // core/standards.cpp, standardTexts()
    QT_TRANSLATE_NOOP("tideover::core::standards", "coverage"),
    QT_TRANSLATE_NOOP("tideover::core::standards", "benefit level"),
    QT_TRANSLATE_NOOP("tideover::core::standards", "benefit level (first month)"),
    QT_TRANSLATE_NOOP("tideover::core::standards", "benefit level (average)"),
    QT_TRANSLATE_NOOP("tideover::core::standards", "waiting period"),
    QT_TRANSLATE_NOOP("tideover::core::standards", "duration"),
    QT_TRANSLATE_NOOP("tideover::core::standards", "qualifying period"),
    QT_TRANSLATE_NOOP("tideover::core::standards", "financial equilibrium"),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 50 % of all employees must be protected; the law covers %1 of wage employees in %2."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 85 % of all employees, public employees and apprentices included, must be protected; the law covers %1 of wage employees in %2."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "This is legal coverage; effective coverage (the share of the unemployed who draw benefit, in the projection's effective_coverage) is far lower, as compliance, the qualifying conditions and take-up reduce it."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "The scenario gives no replacement rate or duration."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 45 % of previous earnings (with Art. 65-67); the first month pays %1 of the reference wage."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 50 % of previous earnings; the first month pays %1 of the reference wage."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "A wage ceiling or benefit maximum lowers the rate for higher earners; the conventions measure it for a standard beneficiary (Art. 65-67 of C102), which is not assessed here."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 45 % of previous earnings; the replacement rate averages %1 over the longest duration of %2 months."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 50 % of previous earnings; the replacement rate averages %1 over the longest duration of %2 months."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "Benefit may be withheld for the first 7 days only; the scheme waits %1 day."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "Benefit may be withheld for the first 7 days only; the scheme waits %1 days."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "A waiting period of at most 7 days; the scheme waits %1 day."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "A waiting period of at most 7 days; the scheme waits %1 days."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 13 weeks within 12 months; the longest duration class pays %1 months (%2 weeks)."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 13 weeks within 12 months; the longest duration class pays %1 months (%2 weeks), the shortest %3 months (%4 weeks)."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 26 weeks per spell (or 39 weeks over 24 months); the longest duration class pays %1 months (%2 weeks)."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "At least 26 weeks per spell (or 39 weeks over 24 months); the longest duration class pays %1 months (%2 weeks), the shortest %3 months (%4 weeks)."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "As long as needed to preclude abuse: a judgement, not a figure. The model's contribution_condition_share (%1 of qualifying job losers meet it) measures its effect, not its length."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "As long as needed to prevent abuse: a judgement, not a figure."),
    QT_TRANSLATE_NOOP("tideover::core::standards", "Periodic actuarial studies of financial equilibrium, and before any change of benefits or contributions: a projection like this one is such a study; the convention sets no figure."),
};

} // namespace

} // namespace tideover::ui::coretext
