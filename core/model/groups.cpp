// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/model/groups.h"

#include "core/model/datedchanges.h"
#include "core/model/text.h"

#include <algorithm>
#include <limits>

namespace tideover::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The texts of the groups' own keys (labels and help), marked for translators.
#define GROUP_TEXT(text) TIDEOVER_TEXT("tideover::core::parameters", text)

// A key of the group's own.
GroupParameterInfo own(std::string_view key, Group section, Kind kind, Display display, std::string_view unit,
                       Range range, std::optional<ParamValue> def, std::string_view label, std::string_view help,
                       std::vector<std::string_view> words = {})
{
    return {ParameterInfo{key, section, kind, display, unit, range, std::move(def), label, help, std::move(words),
                          nullptr, nullptr},
            {}};
}

// A key that inherits the scheme key `scheme`: its row, under the short key, with no default.
GroupParameterInfo inherited(std::string_view key, std::string_view scheme)
{
    const ParameterInfo& s = *findParameter(scheme);
    return {ParameterInfo{key, s.group, s.kind, s.display, s.unit, s.range, std::nullopt, s.label, s.help, s.words,
                          nullptr, nullptr},
            scheme};
}

std::vector<GroupParameterInfo> buildGroupTable()
{
    using G = Group;
    using D = Display;
    constexpr Range unit01{0, 1};
    constexpr Range factor5{0, 5};
    constexpr Range money{0, kInf};
    std::vector<GroupParameterInfo> t;
    t.push_back(own("membership", G::Coverage, Kind::Enum, D::Word, "enum", {0, 0}, ParamValue(std::string("mandatory")),
                    GROUP_TEXT("Membership"),
                    GROUP_TEXT("mandatory: the law obliges the group to contribute; voluntary: members join by "
                               "choice (participation)."),
                    {"mandatory", "voluntary"}));
    t.push_back(own("employed_share", G::Coverage, Kind::Series, D::Fraction, "fraction", unit01, std::nullopt,
                    GROUP_TEXT("Share of the employed"),
                    GROUP_TEXT("Size of the group: its share of all employed persons.")));
    t.push_back(own("relative_unemployment", G::Labour, Kind::Series, D::Factor, "factor", factor5, Series{1.0},
                    GROUP_TEXT("Relative unemployment"),
                    GROUP_TEXT("The group's unemployment rate relative to the national rate (1: the same).")));
    t.push_back(inherited("job_finding_rate", "labour.job_finding_rate"));
    t.push_back(inherited("claimant_exit_factor", "labour.claimant_exit_factor"));
    t.push_back(inherited("legal_coverage", "coverage.legal_coverage"));
    t.push_back(inherited("compliance", "coverage.compliance"));
    t.push_back(own("participation", G::Coverage, Kind::Series, D::Fraction, "fraction", unit01, Series{0.1},
                    GROUP_TEXT("Participation"),
                    GROUP_TEXT("Voluntary groups: share of the legally covered who join and contribute.")));
    t.push_back(own("member_risk", G::Coverage, Kind::Series, D::Factor, "factor", factor5, Series{1.0},
                    GROUP_TEXT("Members' relative risk"),
                    GROUP_TEXT("Job-loss risk of the group's insured members relative to the whole group; above 1 "
                               "when those who join a voluntary scheme are those most at risk (adverse selection).")));
    t.push_back(own("contribution_base", G::Contributions, Kind::Enum, D::Word, "enum", {0, 0},
                    ParamValue(std::string("wage")), GROUP_TEXT("Contribution base"),
                    GROUP_TEXT("wage: a rate on wages; declared_income: a rate on an income the member declares; "
                               "flat: a fixed amount per member per month."),
                    {"wage", "declared_income", "flat"}));
    t.push_back(own("wage_ratio", G::Wages, Kind::Series, D::Factor, "factor", {0, 10, true, false}, Series{1.0},
                    GROUP_TEXT("Relative wage"),
                    GROUP_TEXT("The group's mean wage relative to the mean insured wage of the scheme.")));
    t.push_back(inherited("wage_dispersion", "wages.dispersion"));
    t.push_back(own("declared_income", G::Contributions, Kind::Series, D::Money, "LCU/month", money, Series{0.0},
                    GROUP_TEXT("Declared income"),
                    GROUP_TEXT("Mean monthly income members declare (bases declared_income and flat); 0: the "
                               "group's mean wage. Indexed as the contribution thresholds.")));
    t.push_back(own("flat_contribution", G::Contributions, Kind::Series, D::Money, "LCU/month", money, Series{0.0},
                    GROUP_TEXT("Flat contribution"),
                    GROUP_TEXT("Contribution per member per month under the flat base, paid by the member; "
                               "indexed as the contribution thresholds.")));
    t.push_back(inherited("employee_rate", "contributions.employee_rate"));
    t.push_back(inherited("employer_rate", "contributions.employer_rate"));
    t.push_back(inherited("government_rate", "contributions.government_rate"));
    t.push_back(inherited("wage_floor", "contributions.wage_floor"));
    t.push_back(inherited("wage_ceiling", "contributions.wage_ceiling"));
    t.push_back(own("subsidy_rate", G::Contributions, Kind::Series, D::Fraction, "fraction", unit01, Series{0.0},
                    GROUP_TEXT("State subsidy of contributions"),
                    GROUP_TEXT("Share of a low-income member's own contribution that the state pays.")));
    t.push_back(own("subsidy_income_limit", G::Contributions, Kind::Series, D::Money, "LCU/month", money,
                    Series{0.0}, GROUP_TEXT("Subsidy income limit"),
                    GROUP_TEXT("Members whose income is below this are subsidised; 0: every member. Indexed as "
                               "the contribution thresholds.")));
    t.push_back(inherited("involuntary_share", "eligibility.involuntary_share"));
    t.push_back(inherited("contribution_condition_share", "eligibility.contribution_condition_share"));
    t.push_back(inherited("take_up", "eligibility.take_up"));
    t.push_back(inherited("replacement_rates", "benefits.replacement_rates"));
    t.push_back(inherited("duration_months", "benefits.duration_months"));
    t.push_back(inherited("duration_shares", "benefits.duration_shares"));
    t.push_back(inherited("waiting_days", "benefits.waiting_days"));
    t.push_back(inherited("claimant_wage_ratio", "benefits.claimant_wage_ratio"));
    t.push_back(inherited("benefit_minimum", "benefits.minimum"));
    t.push_back(inherited("benefit_maximum", "benefits.maximum"));
    t.push_back(own("departure_rate", G::Benefits, Kind::Series, D::Fraction, "fraction/month", {0, 1, false, true},
                    Series{0.0}, GROUP_TEXT("Departure rate"),
                    GROUP_TEXT("Migrant workers: monthly probability that a beneficiary leaves the country, after "
                               "which nothing is paid.")));
    t.push_back(own("return_share", G::Benefits, Kind::Series, D::Fraction, "fraction", unit01, Series{0.0},
                    GROUP_TEXT("Return on job loss"),
                    GROUP_TEXT("Migrant workers: share of those who lose their job who return home at once and "
                               "never claim.")));
    return t;
}

std::string shown(std::string_view s)
{
    constexpr std::size_t kShown = 60;
    return s.size() > kShown ? std::string(s.substr(0, kShown)) + "..." : std::string(s);
}

bool takesGroupChanges(const GroupParameterInfo& key)
{
    return key.info.kind == Kind::Series || isBenefitRuleKey(key.inherits);
}

// Control characters other than tab would reach terminals and files.
bool hasControl(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t') || u == 0x7f;
    });
}

}  // namespace

const std::vector<GroupParameterInfo>& groupParameters()
{
    static const std::vector<GroupParameterInfo> table = buildGroupTable();
    return table;
}

const GroupParameterInfo* findGroupParameter(std::string_view shortKey)
{
    for (const auto& p : groupParameters())
        if (p.info.key == shortKey)
            return &p;
    return nullptr;
}

const std::vector<std::string_view>& groupTexts()
{
    static const std::vector<std::string_view> texts = [] {
        std::vector<std::string_view> out;
        for (const auto& p : groupParameters())
            if (p.inherits.empty()) {
                out.push_back(p.info.label);
                out.push_back(p.info.help);
            }
        return out;
    }();
    return texts;
}

bool isGroupKey(std::string_view key) { return key.starts_with(kGroupPrefix); }

std::string groupKey(std::string_view name, std::string_view shortKey)
{
    return std::string(kGroupPrefix) + std::string(name) + "." + std::string(shortKey);
}

bool isValidGroupName(std::string_view name)
{
    if (name.empty() || name.size() > kMaxGroupNameLength || !(name[0] >= 'a' && name[0] <= 'z'))
        return false;
    if (name == kMainGroupName || name == kTotalGroupName || name == "all")
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

GroupKeyReference parseGroupKey(std::string_view text)
{
    GroupKeyReference r;
    const std::string typed = shown(text);
    const auto fail = [&](std::string message) {
        r.info = nullptr;
        r.error = std::move(message);
        return r;
    };
    if (!isGroupKey(text))
        return fail("'" + typed + "' is not a group key (group.NAME.KEY)");
    const auto at = text.find('@');
    const std::string_view body = text.substr(kGroupPrefix.size(), at == std::string_view::npos ? std::string_view::npos
                                                                                              : at - kGroupPrefix.size());
    const auto dot = body.find('.');
    if (dot == std::string_view::npos)
        return fail("'" + typed + "': write group.NAME.KEY, e.g. group.own_account.take_up");
    r.group = std::string(body.substr(0, dot));
    r.key = std::string(trim(body.substr(dot + 1)));
    const bool main = r.group == kMainGroupName;
    if (!main && !isValidGroupName(r.group))
        return fail("'" + typed + "': the group name '" + shown(r.group) +
                    "' is not allowed; a name is 1 to 32 lower-case letters, digits and '_', starting with a "
                    "letter, and not main, total or all");
    if (r.isTitle()) {
        if (at != std::string_view::npos)
            return fail("'" + typed + "': a group's title takes no dated changes");
        return r;
    }
    if (main)
        return fail("'" + typed + "': the main group is described by the scheme's own keys (coverage.*, "
                    "eligibility.*, benefits.*, ...); only group.main.title can be set");
    r.info = findGroupParameter(r.key);
    if (!r.info) {
        std::string known;
        for (const auto& p : groupParameters())
            known += (known.empty() ? "" : ", ") + std::string(p.info.key);
        return fail("unknown group key '" + typed + "'; a group has: title, " + known);
    }
    if (at == std::string_view::npos)
        return r;
    const std::string_view yearText = trim(text.substr(at + 1));
    if (!takesGroupChanges(*r.info))
        return fail(typed + ": " + r.key + " takes no dated changes; only series keys and the benefit rule do");
    int year = 0;
    if (!parseChangeYear(yearText, year))
        return fail(typed + ": the year '" + shown(yearText) + "' is not a calendar year in " +
                    std::to_string(kFirstChangeYear) + ".." + std::to_string(kLastChangeYear));
    r.year = year;
    return r;
}

WorkerGroup* findGroup(Scenario& scenario, std::string_view name)
{
    for (auto& g : scenario.groups)
        if (g.name == name)
            return &g;
    return nullptr;
}

const WorkerGroup* findGroup(const Scenario& scenario, std::string_view name)
{
    return findGroup(const_cast<Scenario&>(scenario), name);
}

WorkerGroup& groupNamed(Scenario& scenario, std::string_view name)
{
    if (WorkerGroup* g = findGroup(scenario, name))
        return *g;
    scenario.groups.push_back(WorkerGroup{std::string(name), {}, {}, {}});
    return scenario.groups.back();
}

std::string setGroupFromText(Scenario& scenario, std::string_view key, std::string_view value)
{
    const GroupKeyReference ref = parseGroupKey(key);
    if (!ref.error.empty())
        return ref.error;
    if (ref.group != kMainGroupName && !findGroup(scenario, ref.group) && scenario.groups.size() >= kMaxGroups)
        return shown(key) + ": the scenario already has " + std::to_string(scenario.groups.size()) +
               " further groups; at most " + std::to_string(kMaxGroups) + " are allowed";
    if (ref.isTitle()) {
        if (value.size() > kMaxGroupTitleLength)
            return shown(key) + ": the title is " + std::to_string(value.size()) + " characters long; at most " +
                   std::to_string(kMaxGroupTitleLength) + " are allowed";
        if (hasControl(value))
            return shown(key) + ": the title holds a control character (a line break, an escape code)";
        if (ref.group == kMainGroupName)
            scenario.mainGroupTitle = std::string(value);
        else
            groupNamed(scenario, ref.group).title = std::string(value);
        return {};
    }
    ParseResult parsed = parseValue(ref.info->info, value);
    if (parsed.value && ref.year && ref.info->info.kind == Kind::Series && valueLength(*parsed.value) != 1) {
        parsed.value.reset();
        parsed.error = "a dated change holds one value, not a list; give each year its own KEY@YEAR";
    }
    if (!parsed.value)
        return shown(key) + ": " + parsed.error;
    WorkerGroup& group = groupNamed(scenario, ref.group);
    if (ref.year)
        group.dated[ref.key][*ref.year] = std::move(*parsed.value);
    else
        group.values[ref.key] = std::move(*parsed.value);
    return {};
}

bool groupSets(const WorkerGroup& group, std::string_view shortKey)
{
    const std::string key(shortKey);
    return group.values.count(key) != 0 || group.dated.count(key) != 0;
}

std::optional<ParamValue> groupValue(const Scenario& scenario, const WorkerGroup& group, const GroupParameterInfo& key)
{
    const auto it = group.values.find(std::string(key.info.key));
    if (it != group.values.end())
        return it->second;
    if (!key.inherits.empty())
        return findParameter(key.inherits)->get(scenario);
    return key.info.defaultValue;
}

Membership membershipOf(const WorkerGroup& group)
{
    const auto it = group.values.find("membership");
    const std::string* word = it == group.values.end() ? nullptr : std::get_if<std::string>(&it->second);
    return word && *word == "voluntary" ? Membership::Voluntary : Membership::Mandatory;
}

ContributionBase contributionBaseOf(const WorkerGroup& group)
{
    const auto it = group.values.find("contribution_base");
    const std::string* word = it == group.values.end() ? nullptr : std::get_if<std::string>(&it->second);
    if (word && *word == "declared_income")
        return ContributionBase::DeclaredIncome;
    if (word && *word == "flat")
        return ContributionBase::Flat;
    return ContributionBase::Wage;
}

std::vector<double> groupSeriesByYear(const Scenario& scenario, const WorkerGroup& group,
                                      const GroupParameterInfo& key, int years)
{
    if (!key.inherits.empty() && !groupSets(group, key.info.key))
        return seriesByYear(scenario, *findParameter(key.inherits), years);
    const std::optional<ParamValue> base = groupValue(scenario, group, key);
    const auto changes = group.dated.find(std::string(key.info.key));
    return seriesWithChanges(scenario, base ? *base : ParamValue(Series{0.0}),
                             changes == group.dated.end() ? nullptr : &changes->second, years);
}

Scenario groupView(const Scenario& scenario, const WorkerGroup& group)
{
    Scenario v = scenario;
    v.groups.clear();
    v.mainGroupTitle.clear();
    v.history = History{};
    // Puts the group key `shortKey` (its base value or `fallback`, and its dated changes) in
    // place of the scheme key `scheme`.
    const auto replace = [&](std::string_view shortKey, std::string_view scheme, const std::optional<ParamValue>& fallback) {
        const ParameterInfo* info = findParameter(scheme);
        const auto base = group.values.find(std::string(shortKey));
        const auto changes = group.dated.find(std::string(shortKey));
        if (base != group.values.end())
            info->set(v, base->second);
        else if (fallback)
            info->set(v, *fallback);
        if (changes != group.dated.end())
            v.dated[std::string(scheme)] = changes->second;
        else
            v.dated.erase(std::string(scheme));
    };
    for (const auto& key : groupParameters()) {
        if (key.inherits.empty() || !groupSets(group, key.info.key))
            continue;
        replace(key.info.key, key.inherits, std::nullopt);
    }
    replace("employed_share", "coverage.wage_employee_share", ParamValue(Series{0.0}));
    if (membershipOf(group) == Membership::Voluntary)
        replace("participation", "coverage.compliance", findGroupParameter("participation")->info.defaultValue);
    return v;
}

GroupTerms groupTerms(const Scenario& scenario, const WorkerGroup& group, int years)
{
    GroupTerms t;
    t.base = contributionBaseOf(group);
    const auto byYear = [&](std::string_view key) {
        return groupSeriesByYear(scenario, group, *findGroupParameter(key), years);
    };
    t.relativeUnemployment = byYear("relative_unemployment");
    t.memberRisk = byYear("member_risk");
    t.wageRatio = byYear("wage_ratio");
    t.declaredIncome = byYear("declared_income");
    t.flatContribution = byYear("flat_contribution");
    t.subsidyRate = byYear("subsidy_rate");
    t.subsidyIncomeLimit = byYear("subsidy_income_limit");
    t.departureRate = byYear("departure_rate");
    t.returnShare = byYear("return_share");
    return t;
}

const std::vector<GroupTemplate>& groupTemplates()
{
#define TEMPLATE_TEXT(text) TIDEOVER_TEXT("tideover::core::groups", text)
    static const std::vector<GroupTemplate> templates{
        {"formal_employees", TEMPLATE_TEXT("Formal employees"),
         TEMPLATE_TEXT("Wage employees under the scheme's own rules, e.g. a sector brought in later."),
         {{"membership", "mandatory"}, {"employed_share", "0.1"}},
         "template: formal employees under the scheme's rules (assumption)"},
        {"public_employees", TEMPLATE_TEXT("Public employees"),
         TEMPLATE_TEXT("Civil servants and public-sector employees: full compliance, a third of the job-loss "
                       "risk."),
         {{"membership", "mandatory"}, {"employed_share", "0.05"}, {"relative_unemployment", "0.3"},
          {"compliance", "1"}, {"wage_ratio", "1.2"}},
         "template: public employees, secure jobs (assumption)"},
        {"own_account", TEMPLATE_TEXT("Own-account workers (voluntary)"),
         TEMPLATE_TEXT("Self-employed who may join by choice on a declared income, as in Korea since 2012: few "
                       "join, and those who do are more at risk."),
         {{"membership", "voluntary"}, {"employed_share", "0.2"}, {"participation", "0.05"}, {"member_risk", "1.5"},
          {"contribution_base", "declared_income"}, {"wage_ratio", "0.7"}, {"employer_rate", "0"},
          {"involuntary_share", "0.3"}, {"contribution_condition_share", "0.6"}},
         "template: voluntary own-account workers after Korea's design of 2012 (OECD 2018, Connecting People "
         "with Jobs: Korea); values are assumptions"},
        {"platform_workers", TEMPLATE_TEXT("Platform workers"),
         TEMPLATE_TEXT("Delivery riders and drivers covered by law, the platform paying the employer's share, as "
                       "in Korea since 2021; unstable work and weak compliance."),
         {{"membership", "mandatory"}, {"employed_share", "0.03"}, {"relative_unemployment", "1.5"},
          {"compliance", "0.6"}, {"wage_ratio", "0.8"}, {"involuntary_share", "0.4"}},
         "template: platform workers after Korea's 2021 extension (OECD 2023, Benefit Reforms for Inclusive "
         "Societies in Korea); values are assumptions"},
        {"migrant_workers", TEMPLATE_TEXT("Registered migrant workers"),
         TEMPLATE_TEXT("Foreign workers with permits: many go home when the job ends and benefits are not paid "
                       "abroad (Malaysia's EIS excludes them; Thailand's fund covers them)."),
         {{"membership", "mandatory"}, {"employed_share", "0.05"}, {"compliance", "0.7"}, {"wage_ratio", "0.7"},
          {"departure_rate", "0.1"}, {"return_share", "0.3"}},
         "template: registered migrant workers (PERKESO EIS eligibility; assumptions for departure and return)"},
    };
#undef TEMPLATE_TEXT
    return templates;
}

double unassignedEmployedShare(const Scenario& scenario)
{
    const int years = static_cast<int>(std::clamp<std::int64_t>(scenario.projection.years, 1, 100));
    std::vector<double> total = seriesByYear(scenario, *findParameter("coverage.wage_employee_share"), years);
    for (const auto& g : scenario.groups) {
        if (!groupSets(g, "employed_share"))
            continue;
        const std::vector<double> size = groupSeriesByYear(scenario, g, *findGroupParameter("employed_share"), years);
        for (int y = 0; y < years; ++y)
            total[static_cast<std::size_t>(y)] += size[static_cast<std::size_t>(y)];
    }
    return std::max(0.0, 1.0 - *std::max_element(total.begin(), total.end()));
}

std::string addGroupFromTemplate(Scenario& scenario, const GroupTemplate& model, std::string_view title)
{
    const double room = unassignedEmployedShare(scenario);
    if (scenario.groups.size() >= kMaxGroups || room <= 0)
        return {};
    std::string name(model.name);
    for (int i = 2; findGroup(scenario, name); ++i)
        name = std::string(model.name) + "_" + std::to_string(i);
    WorkerGroup group{name, std::string(title.empty() ? model.title : title), {}, {}};
    for (const auto& [key, text] : model.values) {
        const GroupParameterInfo* info = findGroupParameter(key);
        ParseResult parsed = parseValue(info->info, text);
        if (key == "employed_share")
            parsed.value = Series{std::min(room, std::get<Series>(*parsed.value).values.front())};
        group.values[std::string(key)] = *parsed.value;
        scenario.sources[groupKey(name, key)] = std::string(model.source);
    }
    scenario.groups.push_back(std::move(group));
    return name;
}

std::vector<std::string> groupNames(const Scenario& scenario)
{
    std::vector<std::string> names{std::string(kMainGroupName)};
    for (const auto& g : scenario.groups)
        names.push_back(g.name);
    return names;
}

}  // namespace tideover::core
