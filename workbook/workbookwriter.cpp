// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "workbook/workbookwriter.h"

#include "core/engine/package.h"
#include "core/io/resultformat.h"
#include "core/io/version.h"
#include "core/model/datedchanges.h"
#include "core/model/groups.h"
#include "core/model/history.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <set>
#include <sstream>

namespace tideover::workbook {

namespace fs = std::filesystem;
using namespace tideover::core;

namespace {

constexpr const char* kSummary = "Summary";
constexpr const char* kAnnual = "Annual";
constexpr const char* kGroups = "Groups";
constexpr const char* kPackage = "Package";
constexpr const char* kMonthly = "Monthly";
constexpr const char* kParameters = "Parameters";
constexpr const char* kRisk = "Risk";
constexpr const char* kStress = "Stress";
constexpr const char* kComparison = "Comparison";

// What went wrong while building the workbook; writeWorkbook adds the path.
struct BuildFailure {
    std::string what;
};

void check(lxw_error error, const char* doing)
{
    if (error != LXW_NO_ERROR)
        throw BuildFailure{std::string(doing) + ": " + lxw_strerror(error)};
}

// A folder of our own for libxlsxwriter's files, removed with everything in it.
class PrivateFolder {
public:
    PrivateFolder()
    {
        std::error_code ec;
        const fs::path base = fs::temp_directory_path(ec);
        if (ec)
            throw BuildFailure{"no folder for temporary files: " + ec.message()};
        std::string pattern = (base / "tideover-workbook-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            throw BuildFailure{"cannot create a temporary folder in " + base.string() + ": " +
                               std::strerror(errno)};
        m_path = pattern;
    }
    ~PrivateFolder()
    {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    PrivateFolder(const PrivateFolder&) = delete;
    PrivateFolder& operator=(const PrivateFolder&) = delete;
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// How a column's numbers are shown; the stored value is the double, whatever the format.
enum class Style { General, Whole, Persons, Money, Rate, Years, Probability };

Style columnStyle(std::string_view name)
{
    static const std::set<std::string_view> whole = {"year", "month"};
    static const std::set<std::string_view> persons = {"labour_force", "unemployed", "insured",
                                                       "separations",  "new_claims", "beneficiaries"};
    static const std::set<std::string_view> money = {"wage_bill",         "contributions",   "benefits",
                                                     "other_expenditure", "admin",           "expenditure",
                                                     "investment_income", "transfers",       "balance",
                                                     "reserve",           "average_benefit", "state_subsidy"};
    static const std::set<std::string_view> rates = {"contribution_rate",   "reserve_to_wages",
                                                     "cost_rate",           "effective_coverage",
                                                     "average_replacement", "unemployment_rate"};
    static const std::set<std::string_view> years = {"reserve_ratio", "high_cost_multiple"};
    // model-spec v4 "Output with groups": who pays, and the balance, are money; the ratio of
    // benefits to contributions is a factor shown like the ratios in years.
    static const std::set<std::string_view> groupMoney = {"worker_contributions", "employer_contributions",
                                                          "state_contributions", "cross_subsidy"};
    if (groupMoney.count(name))
        return Style::Money;
    // model-spec v5 "Package results": persons, shares (of wages, GDP, government spending, the
    // unemployed), the rest money.
    static const std::set<std::string_view> packagePersons = {"severance_recipients", "savings_drawers",
                                                              "assistance_recipients"};
    static const std::set<std::string_view> packageShares = {
        "package_cost_to_wages", "package_cost_to_gdp", "package_cost_to_government", "insurance_coverage",
        "savings_coverage",      "assistance_coverage", "any_coverage",               "severance_coverage"};
    if (packagePersons.count(name))
        return Style::Persons;
    if (packageShares.count(name))
        return Style::Rate;
    if (name != "year" && name != "unemployed" &&
        std::find(packageColumnNames().begin(), packageColumnNames().end(), name) != packageColumnNames().end())
        return Style::Money;
    if (name == "benefit_contribution_ratio")
        return Style::Years;
    // The analyses' columns: a measure with a suffix (reserve_p5, reserve_ratio_stressed).
    for (const std::string_view suffix : {"_p5", "_p25", "_p50", "_p75", "_p95", "_stressed", "_baseline"})
        if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
            name = name.substr(0, name.size() - suffix.size());
            break;
        }
    if (whole.count(name))
        return Style::Whole;
    if (persons.count(name))
        return Style::Persons;
    if (money.count(name))
        return Style::Money;
    if (rates.count(name))
        return Style::Rate;
    if (years.count(name))
        return Style::Years;
    if (name == "depletion_probability")
        return Style::Probability;
    return Style::General;
}

double columnWidth(std::string_view name, Style style)
{
    const double minimum = style == Style::Money ? 16 : style == Style::Whole ? 7 : 11;
    return std::max(minimum, double(name.size()) + 2);
}

std::string yearMonth(int year, int month)
{
    char text[32];
    std::snprintf(text, sizeof text, "%d-%02d", year, month);
    return text;
}

// A chart title, axis or series name for libxlsxwriter, which reads a name that starts with
// "=" as a reference: such a name gets a leading space.
std::string chartText(const std::string& text)
{
    const std::string clean = cellText(text);
    return !clean.empty() && clean.front() == '=' ? " " + clean : clean;
}

// Builds one workbook; every cell and chart goes through it.
class Builder {
public:
    Builder(const fs::path& file, const fs::path& tmpdir, const WorkbookContent& content)
        : m_content(content), m_texts(content.texts), m_tmpdir(tmpdir.string())
    {
        if (hasPackage(content.scenario))
            m_package = projectPackage(content.scenario);
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.tmpdir = m_tmpdir.data();
        options.use_zip64 = LXW_FALSE;
        m_book = workbook_new_opt(file.c_str(), &options);
        if (!m_book)
            throw BuildFailure{"libxlsxwriter could not start a workbook"};
        makeFormats();
    }
    ~Builder()
    {
        if (m_book)
            lxw_workbook_free(m_book);
    }
    Builder(const Builder&) = delete;
    Builder& operator=(const Builder&) = delete;

    void build()
    {
        setProperties();
        // The sheets first, in their order; the Summary's charts refer to the others.
        lxw_worksheet* summary = addSheet(kSummary);
        lxw_worksheet* annual = addSheet(kAnnual);
        lxw_worksheet* groups = m_content.result.hasGroups() ? addSheet(kGroups) : nullptr;
        lxw_worksheet* package = m_package ? addSheet(kPackage) : nullptr;
        lxw_worksheet* monthly = addSheet(kMonthly);
        lxw_worksheet* parameters = addSheet(kParameters);
        lxw_worksheet* risk = m_content.stochastic ? addSheet(kRisk) : nullptr;
        lxw_worksheet* stress = m_content.stress ? addSheet(kStress) : nullptr;
        lxw_worksheet* comparison = m_content.comparison.empty() ? nullptr : addSheet(kComparison);

        writeAnnual(annual);
        if (groups)
            writeGroups(groups);
        if (package)
            writePackage(package);
        writeMonthly(monthly);
        writeParameters(parameters);
        if (risk)
            writeRisk(risk);
        if (stress)
            writeStress(stress);
        if (comparison)
            writeComparison(comparison);
        writeSummary(summary);
        worksheet_activate(summary);

        const lxw_error closed = workbook_close(m_book);
        m_book = nullptr; // workbook_close frees it, even when it fails
        check(closed, "libxlsxwriter could not write the workbook");
    }

private:
    lxw_worksheet* addSheet(const char* name)
    {
        lxw_worksheet* sheet = workbook_add_worksheet(m_book, name);
        if (!sheet)
            throw BuildFailure{std::string("libxlsxwriter could not add the sheet ") + name};
        return sheet;
    }

    lxw_format* addFormat(const char* numberFormat)
    {
        lxw_format* f = workbook_add_format(m_book);
        if (!f)
            throw BuildFailure{"libxlsxwriter could not add a cell format"};
        if (numberFormat)
            format_set_num_format(f, numberFormat);
        return f;
    }

    void makeFormats()
    {
        m_header = addFormat(nullptr);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_bg_color(m_header, 0xE8EEF4);
        m_title = addFormat(nullptr);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_heading = addFormat(nullptr);
        format_set_bold(m_heading);
        format_set_bottom(m_heading, LXW_BORDER_THIN);
        m_wrap = addFormat(nullptr);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
        m_columnHeading = addFormat(nullptr);
        format_set_bold(m_columnHeading);
        format_set_align(m_columnHeading, LXW_ALIGN_RIGHT);
        format_set_text_wrap(m_columnHeading);
        m_topText = addFormat(nullptr);
        format_set_align(m_topText, LXW_ALIGN_VERTICAL_TOP);
        m_rightText = addFormat(nullptr);
        format_set_align(m_rightText, LXW_ALIGN_RIGHT);
        m_styles[Style::General] = nullptr;
        m_styles[Style::Whole] = addFormat("0");
        m_styles[Style::Persons] = addFormat("#,##0");
        m_styles[Style::Money] = addFormat("#,##0;[Red]-#,##0");
        m_styles[Style::Rate] = addFormat("0.00%");
        m_styles[Style::Years] = addFormat("0.00");
        m_styles[Style::Probability] = addFormat("0.0%");
        m_rate3 = addFormat("0.000%");
        m_factor = addFormat("0.00");
    }

    void setProperties()
    {
        const Scenario::Metadata& meta = m_content.scenario.meta;
        std::string title = cellText(meta.title);
        std::string author = cellText(meta.author);
        std::string comments = "Written by Tideover " + std::string(appVersion());
        lxw_doc_properties properties{};
        properties.title = title.data();
        properties.author = author.data();
        properties.comments = comments.data();
        check(workbook_set_properties(m_book, &properties), "cannot set the workbook's properties");
    }

    // --- cells ---------------------------------------------------------------------------

    static void number(lxw_worksheet* sheet, int row, int col, double x, lxw_format* format)
    {
        // The CSV's empty cell (an undefined value) stays empty; a blank keeps the format.
        if (!std::isfinite(x)) {
            check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(col), format),
                  "cannot write a cell");
            return;
        }
        check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), x, format),
              "cannot write a number");
    }

    // Text as text: never a formula, whatever it starts with.
    static void text(lxw_worksheet* sheet, int row, int col, std::string_view value,
                     lxw_format* format = nullptr)
    {
        const std::string clean = cellText(value);
        if (clean.empty())
            return;
        check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), clean.c_str(), format),
              "cannot write a text");
    }

    void optionalNumber(lxw_worksheet* sheet, int row, int col, const std::optional<double>& x,
                        lxw_format* format, const std::string& absent)
    {
        if (x && std::isfinite(*x))
            number(sheet, row, col, *x, format);
        else
            text(sheet, row, col, absent, m_rightText);
    }

    void optionalYear(lxw_worksheet* sheet, int row, int col, const std::optional<int>& year,
                      const std::string& absent)
    {
        optionalNumber(sheet, row, col, year ? std::optional<double>(*year) : std::nullopt,
                       m_styles[Style::Whole], absent);
    }

    // A table: a header row of `names`, then one row per row of `values` (NaN: an empty
    // cell), number formats by column name, the header row and first column frozen.
    void writeTable(lxw_worksheet* sheet, const std::vector<std::string>& names,
                    const Eigen::ArrayXXd& values, int headerRows = 1)
    {
        for (std::size_t c = 0; c < names.size(); ++c) {
            const Style style = columnStyle(names[c]);
            if (headerRows == 1)
                text(sheet, 0, int(c), names[c], m_header);
            check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(names[c], style),
                                       nullptr),
                  "cannot set a column's width");
            for (Eigen::Index r = 0; r < values.rows(); ++r)
                number(sheet, int(r) + headerRows, int(c), values(r, Eigen::Index(c)), m_styles[style]);
        }
        worksheet_freeze_panes(sheet, lxw_row_t(headerRows), 1);
        // On paper: landscape, the header on every page.
        worksheet_set_landscape(sheet);
        check(worksheet_repeat_rows(sheet, 0, lxw_row_t(headerRows - 1)),
              "cannot set the rows printed on every page");
    }

    // --- charts --------------------------------------------------------------------------

    lxw_chart* lineChart(const std::string& title, const char* valueFormat)
    {
        lxw_chart* chart = workbook_add_chart(m_book, LXW_CHART_LINE);
        if (!chart)
            throw BuildFailure{"libxlsxwriter could not add a chart"};
        const std::string name = chartText(title);
        chart_title_set_name(chart, name.c_str());
        lxw_chart_font font{};
        font.size = 12;
        font.bold = LXW_TRUE;
        chart_title_set_name_font(chart, &font);
        const std::string axis = chartText(m_texts.yearAxis);
        chart_axis_set_name(chart->x_axis, axis.c_str());
        if (valueFormat)
            chart_axis_set_num_format(chart->y_axis, valueFormat);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
        return chart;
    }

    // A money axis in millions of the scenario's currency (a number format that scales, so
    // that Excel and LibreOffice show the same).
    void millionsAxis(lxw_chart* chart)
    {
        chart_axis_set_num_format(chart->y_axis, "#,##0,,");
        std::string name = m_texts.millionsAxis;
        if (const auto at = name.find("%1"); at != std::string::npos)
            name.replace(at, 2, m_content.scenario.meta.currency);
        const std::string axis = chartText(name);
        chart_axis_set_name(chart->y_axis, axis.c_str());
    }

    // A line of the values in column `col`, rows first..last of `sheet`, against the years of
    // column `yearCol`; named by the cell in `nameRow` above the column (or in column `nameCol`
    // of that row). The name is set once: libxlsxwriter leaks a name range set twice.
    static lxw_chart_series* addLine(lxw_chart* chart, const char* sheet, int first, int last, int yearCol,
                                     int col, lxw_color_t color, double width = 2.0,
                                     uint8_t dash = LXW_CHART_LINE_DASH_SOLID, int nameRow = 0, int nameCol = -1)
    {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        if (!series)
            throw BuildFailure{"libxlsxwriter could not add a chart series"};
        chart_series_set_categories(series, sheet, lxw_row_t(first), lxw_col_t(yearCol), lxw_row_t(last),
                                    lxw_col_t(yearCol));
        chart_series_set_values(series, sheet, lxw_row_t(first), lxw_col_t(col), lxw_row_t(last),
                                lxw_col_t(col));
        chart_series_set_name_range(series, sheet, lxw_row_t(nameRow), lxw_col_t(nameCol < 0 ? col : nameCol));
        lxw_chart_line line{};
        line.color = color;
        line.width = float(width);
        line.dash_type = dash;
        chart_series_set_line(series, &line);
        chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
        return series;
    }

    static void insertChart(lxw_worksheet* sheet, int row, int col, lxw_chart* chart, double xScale = 1.6,
                            double yScale = 1.25)
    {
        lxw_chart_options options{};
        options.x_scale = xScale;
        options.y_scale = yScale;
        check(worksheet_insert_chart_opt(sheet, lxw_row_t(row), lxw_col_t(col), chart, &options),
              "cannot place a chart");
    }

    static int indexOf(const std::vector<std::string>& names, std::string_view name)
    {
        const auto it = std::find(names.begin(), names.end(), name);
        return it == names.end() ? -1 : int(it - names.begin());
    }

    // --- sheets --------------------------------------------------------------------------

    void writeAnnual(lxw_worksheet* sheet)
    {
        const std::vector<std::string> names(columnNames().begin(), columnNames().end());
        const Eigen::ArrayXXd& table = m_content.result.annual;
        writeTable(sheet, names, table);
        const int last = int(table.rows());
        if (last < 1)
            return;
        const int year = indexOf(names, "year");
        const int chartCol = int(names.size()) + 1;
        const auto lineOf = [&](lxw_chart* chart, std::string_view column, lxw_color_t color) {
            if (const int col = indexOf(names, column); col >= 0)
                addLine(chart, kAnnual, 1, last, year, col, color);
        };
        lxw_chart* reserve = lineChart(m_texts.reserveChart, "#,##0");
        millionsAxis(reserve);
        lineOf(reserve, "reserve", 0x1F4E79);
        chart_legend_set_position(reserve, LXW_CHART_LEGEND_NONE);
        insertChart(sheet, 1, chartCol, reserve);

        lxw_chart* ratio = lineChart(m_texts.reserveRatioChart, "0.0");
        lineOf(ratio, "reserve_ratio", 0x2E75B6);
        chart_legend_set_position(ratio, LXW_CHART_LEGEND_NONE);
        insertChart(sheet, 21, chartCol, ratio);

        lxw_chart* income = lineChart(m_texts.incomeChart, "#,##0");
        millionsAxis(income);
        lineOf(income, "contributions", 0x2E7D32);
        lineOf(income, "investment_income", 0x8BC34A);
        lineOf(income, "benefits", 0xE65100);
        lineOf(income, "expenditure", 0xB71C1C);
        insertChart(sheet, 41, chartCol, income);
    }

    // model-spec v4 "Output with groups": the grouped table of `tideover-cli project` (a first
    // column `group`, one block of rows per group, main first, then the total, and the five
    // group columns after state_subsidy), with a chart of each group's cross-subsidy.
    void writeGroups(lxw_worksheet* sheet)
    {
        const ProjectionResult& r = m_content.result;
        std::vector<std::string> names(columnNames().begin(), columnNames().end());
        names.insert(names.end(), groupColumnNames().begin(), groupColumnNames().end());
        text(sheet, 0, 0, "group", m_header);
        check(worksheet_set_column(sheet, 0, 0, 14, nullptr), "cannot set a column's width");
        for (std::size_t c = 0; c < names.size(); ++c) {
            const Style style = columnStyle(names[c]);
            text(sheet, 0, int(c) + 1, names[c], m_header);
            check(worksheet_set_column(sheet, lxw_col_t(c + 1), lxw_col_t(c + 1), columnWidth(names[c], style),
                                       nullptr),
                  "cannot set a column's width");
        }
        int row = 1;
        std::vector<int> blockFirstRow;
        const auto block = [&](const std::string& name, const Eigen::ArrayXXd& annual, const Eigen::ArrayXXd& extra) {
            blockFirstRow.push_back(row);
            for (Eigen::Index y = 0; y < annual.rows(); ++y, ++row) {
                text(sheet, row, 0, name);
                for (Eigen::Index c = 0; c < annual.cols(); ++c)
                    number(sheet, row, int(c) + 1, annual(y, c), m_styles[columnStyle(names[std::size_t(c)])]);
                for (Eigen::Index c = 0; c < extra.cols(); ++c) {
                    const std::size_t at = std::size_t(annual.cols() + c);
                    number(sheet, row, int(at) + 1, extra(y, c), m_styles[columnStyle(names[at])]);
                }
            }
        };
        for (const GroupTable& g : r.groups)
            block(g.name, g.annual, g.extra);
        block(std::string(kTotalGroupName), r.annual, r.totalExtra);
        // The header row and the group and year columns stay in view.
        worksheet_freeze_panes(sheet, 1, 2);
        worksheet_set_landscape(sheet);
        check(worksheet_repeat_rows(sheet, 0, 0), "cannot set the rows printed on every page");
        if (r.years < 1)
            return;
        // One line per group (not the total), named by the group's cell: the name is the
        // scenario's text, written once as a cell.
        const int yearCol = 1 + indexOf(names, "year");
        const int crossCol = 1 + indexOf(names, "cross_subsidy");
        const lxw_color_t colors[] = {0x1F4E79, 0xC00000, 0x2E7D32, 0x7030A0,
                                      0xED7D31, 0x00838F, 0x7F6000, 0x7F7F7F};
        lxw_chart* cross = lineChart(m_texts.groupsChart, "#,##0");
        millionsAxis(cross);
        for (std::size_t g = 0; g < r.groups.size(); ++g) {
            const int first = blockFirstRow[g];
            addLine(cross, kGroups, first, first + r.years - 1, yearCol, crossCol, colors[g % 8], 2.0,
                    LXW_CHART_LINE_DASH_SOLID, first, 0);
        }
        insertChart(sheet, 1, int(names.size()) + 2, cross);
    }

    // model-spec v5 "Package results": the table of `tideover-cli package`, with a chart of
    // the cost by who pays (stacked columns) and one of the share of the unemployed protected.
    void writePackage(lxw_worksheet* sheet)
    {
        const std::vector<std::string> names(packageColumnNames().begin(), packageColumnNames().end());
        const PackageResult& p = *m_package;
        writeTable(sheet, names, p.annual);
        const int last = int(p.annual.rows());
        if (last < 1)
            return;
        const int year = indexOf(names, "year");
        const int chartCol = int(names.size()) + 1;
        lxw_chart* cost = workbook_add_chart(m_book, LXW_CHART_COLUMN_STACKED);
        if (!cost)
            throw BuildFailure{"libxlsxwriter could not add a chart"};
        const std::string title = chartText(m_texts.packageChart);
        chart_title_set_name(cost, title.c_str());
        lxw_chart_font font{};
        font.size = 12;
        font.bold = LXW_TRUE;
        chart_title_set_name_font(cost, &font);
        const std::string axis = chartText(m_texts.yearAxis);
        chart_axis_set_name(cost->x_axis, axis.c_str());
        millionsAxis(cost);
        chart_legend_set_position(cost, LXW_CHART_LEGEND_BOTTOM);
        chart_set_series_gap(cost, 50);
        // The payers' colours of the application's charts (ChartStyle::payer: Okabe-Ito blue,
        // sky blue and yellow).
        for (const auto& [column, colour] : std::initializer_list<std::pair<std::string_view, lxw_color_t>>{
                 {"employers_cost", 0x0072B2}, {"workers_cost", 0x56B4E9}, {"state_cost", 0xF0E442}}) {
            const int col = indexOf(names, column);
            lxw_chart_series* series = chart_add_series(cost, nullptr, nullptr);
            if (!series || col < 0)
                throw BuildFailure{"libxlsxwriter could not add a chart series"};
            chart_series_set_categories(series, kPackage, 1, lxw_col_t(year), lxw_row_t(last), lxw_col_t(year));
            chart_series_set_values(series, kPackage, 1, lxw_col_t(col), lxw_row_t(last), lxw_col_t(col));
            chart_series_set_name_range(series, kPackage, 0, lxw_col_t(col));
            lxw_chart_fill fill{};
            fill.color = colour;
            chart_series_set_fill(series, &fill);
        }
        insertChart(sheet, 1, chartCol, cost);

        lxw_chart* coverage = lineChart(m_texts.packageCoverageChart, "0%");
        for (const auto& [column, colour] : std::initializer_list<std::pair<std::string_view, lxw_color_t>>{
                 {"insurance_coverage", 0x1F4E79}, {"severance_coverage", 0xC00000}, {"savings_coverage", 0x2E7D32},
                 {"assistance_coverage", 0x7030A0}, {"any_coverage", 0x404040}})
            if (const int col = indexOf(names, column); col >= 0)
                addLine(coverage, kPackage, 1, last, year, col, colour, column == "any_coverage" ? 3.0 : 2.0);
        insertChart(sheet, 21, chartCol, coverage);
    }

    void writeMonthly(lxw_worksheet* sheet)
    {
        const std::vector<std::string> names(monthlyColumnNames().begin(), monthlyColumnNames().end());
        const Eigen::ArrayXXd& table = m_content.result.monthly;
        writeTable(sheet, names, table);
        const int last = int(table.rows());
        const int year = indexOf(names, "year");
        const int reserveCol = indexOf(names, "reserve");
        if (last < 1 || reserveCol < 0)
            return;
        lxw_chart* reserve = lineChart(m_texts.monthlyReserveChart, "#,##0");
        millionsAxis(reserve);
        addLine(reserve, kMonthly, 1, last, year, reserveCol, 0x1F4E79, 1.5);
        // One label and one tick a year, not one a month.
        chart_axis_set_interval_unit(reserve->x_axis, 12);
        chart_axis_set_interval_tick(reserve->x_axis, 12);
        chart_legend_set_position(reserve, LXW_CHART_LEGEND_NONE);
        insertChart(sheet, 1, int(names.size()) + 1, reserve, 2.0);
    }

    void writeParameters(lxw_worksheet* sheet)
    {
        const Scenario& s = m_content.scenario;
        const char* headers[] = {"key", "value", "unit", "source", "label"};
        const double widths[] = {42, 28, 16, 60, 44};
        for (int c = 0; c < 5; ++c) {
            text(sheet, 0, c, headers[c], m_header);
            check(
                worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], c == 3 ? m_wrap : nullptr),
                "cannot set a column's width");
        }
        worksheet_freeze_panes(sheet, 1, 1);
        int row = 1;
        const auto sourceOf = [&](const std::string& key) {
            const auto it = s.sources.find(key);
            return it == s.sources.end() ? std::string() : it->second;
        };
        const auto writeRow = [&](const std::string& key, const ParamValue& value, const ParameterInfo& p) {
            text(sheet, row, 0, key);
            // A number is a number; a list, a series, a word or a seed (a 64-bit identifier,
            // beyond a double's exact range) is the text `tideover-cli show` prints.
            if (const double* x = std::get_if<double>(&value))
                number(sheet, row, 1, *x, nullptr);
            else if (const std::int64_t* n = std::get_if<std::int64_t>(&value))
                number(sheet, row, 1, double(*n), nullptr);
            else
                text(sheet, row, 1, formatValue(value));
            text(sheet, row, 2, p.unit);
            text(sheet, row, 3, sourceOf(key), m_wrap);
            text(sheet, row, 4, m_texts.parameterLabel ? m_texts.parameterLabel(p) : std::string(p.label));
            ++row;
        };
        for (const ParameterInfo& p : parameters()) {
            writeRow(std::string(p.key), p.get(s), p);
            if (const auto changes = s.dated.find(std::string(p.key)); changes != s.dated.end())
                for (const auto& [year, value] : changes->second)
                    writeRow(datedKey(p.key, year), value, p);
        }
        // The history (model-spec v3), year by year as `tideover-cli show` lists it: each
        // recorded figure with its source, then the year's notes.
        for (const auto& [year, recorded] : s.history.years) {
            for (const HistoryColumnInfo& info : historyColumns())
                if (const auto x = recorded[info.column]) {
                    const std::string key = historySourceKey(info.column, year);
                    text(sheet, row, 0, key);
                    number(sheet, row, 1, *x, nullptr);
                    text(sheet, row, 2, info.unit);
                    text(sheet, row, 3, sourceOf(key), m_wrap);
                    ++row;
                }
            if (!recorded.notes.empty()) {
                text(sheet, row, 0, historyNotesKey(year));
                text(sheet, row, 1, recorded.notes, m_wrap);
                ++row;
            }
        }
        // The worker groups (model-spec v4) as `tideover-cli show` lists them: each group's
        // title, then the keys it sets with their dated changes.
        const auto titleRow = [&](const std::string& name, const std::string& title) {
            text(sheet, row, 0, groupKey(name, "title"));
            text(sheet, row, 1, title);
            text(sheet, row, 2, "text");
            text(sheet, row, 4, "Group title");
            ++row;
        };
        if (!s.mainGroupTitle.empty())
            titleRow(std::string(kMainGroupName), s.mainGroupTitle);
        for (const WorkerGroup& g : s.groups) {
            titleRow(g.name, g.title);
            for (const GroupParameterInfo& p : groupParameters()) {
                const std::string key = groupKey(g.name, p.info.key);
                if (const auto base = g.values.find(std::string(p.info.key)); base != g.values.end())
                    writeRow(key, base->second, p.info);
                if (const auto changes = g.dated.find(std::string(p.info.key)); changes != g.dated.end())
                    for (const auto& [year, value] : changes->second)
                        writeRow(datedKey(key, year), value, p.info);
            }
        }
    }

    void writeRisk(lxw_worksheet* sheet)
    {
        const StochasticResult& r = *m_content.stochastic;
        std::vector<std::string> names = {"year"};
        for (const auto measure : stochasticMeasureNames())
            for (const auto level : percentileNames())
                names.push_back(std::string(measure) + "_" + std::string(level));
        names.emplace_back("depletion_probability");
        Eigen::ArrayXXd table(r.years, Eigen::Index(names.size()));
        for (int y = 0; y < r.years; ++y) {
            table(y, 0) = r.startYear + y;
            Eigen::Index c = 1;
            for (const auto& measure : r.percentiles)
                for (int k = 0; k < kPercentileCount; ++k)
                    table(y, c++) = measure(y, k);
            table(y, c) = r.depletionProbability[y];
        }
        writeTable(sheet, names, table);
        if (r.years < 1)
            return;
        const int chartCol = int(names.size()) + 1;
        // A fan: the median bold, the quartiles lighter, the 5 and 95 percentiles dashed.
        lxw_chart* fan = lineChart(m_texts.riskChart, "0.0");
        const int first = indexOf(names, "reserve_ratio_p5");
        const lxw_color_t colors[] = {0x9DC3E6, 0x2E75B6, 0x1F3864, 0x2E75B6, 0x9DC3E6};
        const double widths[] = {1.25, 1.75, 2.75, 1.75, 1.25};
        for (int k = 0; k < kPercentileCount; ++k)
            addLine(fan, kRisk, 1, r.years, 0, first + k, colors[k], widths[k],
                    k == 0 || k == kPercentileCount - 1 ? LXW_CHART_LINE_DASH_DASH
                                                        : LXW_CHART_LINE_DASH_SOLID);
        insertChart(sheet, 1, chartCol, fan);

        lxw_chart* depletion = lineChart(m_texts.depletionChart, "0%");
        addLine(depletion, kRisk, 1, r.years, 0, int(names.size()) - 1, 0xB71C1C);
        chart_axis_set_min(depletion->y_axis, 0);
        chart_axis_set_max(depletion->y_axis, 1);
        chart_legend_set_position(depletion, LXW_CHART_LEGEND_NONE);
        insertChart(sheet, 21, chartCol, depletion);
    }

    void writeStress(lxw_worksheet* sheet)
    {
        const StressResult& r = *m_content.stress;
        const int years = int(r.stressed.reserve.size());
        const std::vector<std::string> names = {"year",
                                                "unemployment_rate_baseline",
                                                "unemployment_rate_stressed",
                                                "reserve_baseline",
                                                "reserve_stressed",
                                                "reserve_ratio_baseline",
                                                "reserve_ratio_stressed"};
        const auto annualMean = [](const Eigen::ArrayXd& monthly, int y) {
            return monthly.size() >= 12 * (y + 1) ? monthly.segment(12 * y, 12).mean()
                                                  : std::numeric_limits<double>::quiet_NaN();
        };
        const auto at = [](const Eigen::ArrayXd& a, int y) {
            return y < a.size() ? a[y] : std::numeric_limits<double>::quiet_NaN();
        };
        Eigen::ArrayXXd table(years, Eigen::Index(names.size()));
        for (int y = 0; y < years; ++y) {
            table(y, 0) = m_content.result.startYear + y;
            table(y, 1) = annualMean(r.baseline.monthlyUnemployment, y);
            table(y, 2) = annualMean(r.stressed.monthlyUnemployment, y);
            table(y, 3) = at(r.baseline.reserve, y);
            table(y, 4) = at(r.stressed.reserve, y);
            table(y, 5) = at(r.baseline.reserveRatio, y);
            table(y, 6) = at(r.stressed.reserveRatio, y);
        }
        writeTable(sheet, names, table);
        if (years < 1)
            return;
        const int chartCol = int(names.size()) + 1;
        lxw_chart* ratio = lineChart(m_texts.stressChart, "0.0");
        addLine(ratio, kStress, 1, years, 0, 5, 0x7F7F7F, 2.0, LXW_CHART_LINE_DASH_DASH);
        addLine(ratio, kStress, 1, years, 0, 6, 0xB71C1C, 2.5);
        insertChart(sheet, 1, chartCol, ratio);

        lxw_chart* unemployment = lineChart(m_texts.unemploymentChart, "0.0%");
        addLine(unemployment, kStress, 1, years, 0, 1, 0x7F7F7F, 2.0, LXW_CHART_LINE_DASH_DASH);
        addLine(unemployment, kStress, 1, years, 0, 2, 0xB71C1C, 2.5);
        insertChart(sheet, 21, chartCol, unemployment);
    }

    void writeComparison(lxw_worksheet* sheet)
    {
        // Two header rows: the measure over its columns, then the scenario's name (untrusted
        // text: a cell, and the charts name their lines after that cell).
        const auto& compared = m_content.comparison;
        std::set<int> yearSet;
        for (const auto& c : compared)
            for (int y = 0; y < c.result.years; ++y)
                yearSet.insert(c.result.startYear + y);
        const std::vector<int> years(yearSet.begin(), yearSet.end());
        const int n = int(compared.size());
        const char* measures[] = {"reserve_ratio", "reserve"};
        const Column columns[] = {Column::reserve_ratio, Column::reserve};
        std::vector<std::string> names = {"year"};
        for (const char* m : measures)
            for (int i = 0; i < n; ++i)
                names.emplace_back(m);
        Eigen::ArrayXXd table = Eigen::ArrayXXd::Constant(
            Eigen::Index(years.size()), Eigen::Index(names.size()), std::numeric_limits<double>::quiet_NaN());
        for (std::size_t row = 0; row < years.size(); ++row) {
            table(Eigen::Index(row), 0) = years[row];
            for (int m = 0; m < 2; ++m)
                for (int i = 0; i < n; ++i) {
                    const ProjectionResult& result = compared[std::size_t(i)].result;
                    const int y = years[row] - result.startYear;
                    if (y >= 0 && y < result.years)
                        table(Eigen::Index(row), 1 + m * n + i) = result.at(y, columns[m]);
                }
        }
        text(sheet, 0, 0, "year", m_header);
        check(worksheet_write_blank(sheet, 1, 0, m_header), "cannot write a cell");
        for (int m = 0; m < 2; ++m)
            for (int i = 0; i < n; ++i) {
                text(sheet, 0, 1 + m * n + i, measures[m], m_header);
                text(sheet, 1, 1 + m * n + i, compared[std::size_t(i)].name, m_header);
                if (compared[std::size_t(i)].name.empty())
                    check(worksheet_write_blank(sheet, 1, lxw_col_t(1 + m * n + i), m_header),
                          "cannot write a cell");
            }
        writeTable(sheet, names, table, 2);
        for (int c = 1; c < int(names.size()); ++c)
            check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 22, nullptr),
                  "cannot set a column's width");
        const int last = int(years.size()) + 1;
        if (years.empty())
            return;
        const lxw_color_t colors[] = {0x1F4E79, 0xC00000, 0x2E7D32, 0x7030A0,
                                      0xED7D31, 0x00838F, 0x7F6000, 0x7F7F7F};
        lxw_chart* ratio = lineChart(m_texts.comparisonChart, "0.0");
        for (int i = 0; i < n; ++i)
            addLine(ratio, kComparison, 2, last, 0, 1 + i, colors[i % 8], 2.0, LXW_CHART_LINE_DASH_SOLID, 1);
        insertChart(sheet, 2, int(names.size()) + 1, ratio);
    }

    // Label | value rows of the Summary sheet.
    void label(lxw_worksheet* sheet, int row, const std::string& text_) { text(sheet, row, 0, text_); }

    void writeSummary(lxw_worksheet* sheet)
    {
        const Scenario& s = m_content.scenario;
        const WorkbookTexts& t = m_texts;
        const int n = int(m_content.comparison.size());
        check(worksheet_set_column(sheet, 0, 0, 58, nullptr), "cannot set a column's width");
        // On paper: one page wide, the chart beside the figures.
        worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        check(worksheet_set_column(sheet, 1, lxw_col_t(std::max(2, n)), 22, nullptr),
              "cannot set a column's width");
        int row = 0;
        text(sheet, row, 0, s.meta.title.empty() ? std::string("Tideover") : s.meta.title, m_title);
        row += 2;
        const auto textRow = [&](const std::string& name, const std::string& value,
                                 lxw_format* format = nullptr) {
            label(sheet, row, name);
            text(sheet, row, 1, value, format);
            ++row;
        };
        textRow(t.scenario, s.meta.title);
        if (!s.meta.description.empty()) {
            // A long description wraps over the value columns.
            const std::string& description = s.meta.description;
            text(sheet, row, 0, t.description, m_topText);
            check(worksheet_merge_range(sheet, lxw_row_t(row), 1, lxw_row_t(row), lxw_col_t(std::max(3, n)),
                                        "", m_wrap),
                  "cannot merge cells");
            text(sheet, row, 1, description, m_wrap);
            const double lines = std::clamp(std::ceil(double(description.size()) / 70.0), 1.0, 15.0);
            check(worksheet_set_row(sheet, lxw_row_t(row), 15 * lines, nullptr), "cannot set a row's height");
            ++row;
        }
        if (!s.meta.author.empty())
            textRow(t.author, s.meta.author);
        if (!s.meta.country.empty())
            textRow(t.country, s.meta.country);
        textRow(t.currency, s.meta.currency);
        const ProjectionResult& r = m_content.result;
        textRow(t.years, r.years > 0
                             ? std::to_string(r.startYear) + "-" + std::to_string(r.startYear + r.years - 1)
                             : std::string());
        textRow(t.writtenBy, "Tideover " + std::string(appVersion()));
        ++row;

        text(sheet, row, 0, t.headline, m_heading);
        ++row;
        const Summary m = reportableSummary(r.summary);
        label(sheet, row, t.depletionYear);
        optionalYear(sheet, row++, 1, m.depletionYear, t.never);
        label(sheet, row, t.minimumRatio);
        optionalNumber(sheet, row++, 1, m.minimumReserveRatio, m_styles[Style::Years], t.none);
        label(sheet, row, t.minimumRatioYear);
        optionalYear(sheet, row++, 1, m.minimumReserveRatioYear, t.none);
        label(sheet, row, t.breakEven);
        optionalNumber(sheet, row++, 1, m.breakEvenRate, m_rate3, t.none);
        label(sheet, row, t.finalRatio);
        optionalNumber(sheet, row++, 1,
                       r.years > 0 ? std::optional<double>(r.at(r.years - 1, Column::reserve_ratio))
                                   : std::nullopt,
                       m_styles[Style::Years], t.none);
        label(sheet, row, t.targetRatio);
        number(sheet, row++, 1, s.projection.target_reserve_ratio, m_styles[Style::Years]);
        const int chartRow = 2;

        if (m_content.stochastic) {
            const StochasticResult& x = *m_content.stochastic;
            ++row;
            text(sheet, row++, 0, t.risk, m_heading);
            label(sheet, row, t.paths);
            number(sheet, row++, 1, double(x.paths), m_styles[Style::Persons]);
            // A 64-bit seed is an identifier, as text (a double would round it).
            textRow(t.seed, std::to_string(x.seed), m_rightText);
            label(sheet, row, t.medianDepletion);
            optionalYear(sheet, row++, 1, x.medianDepletionYear, t.never);
            label(sheet, row, t.depletionProbability);
            number(sheet, row++, 1, x.years > 0 ? x.depletionProbability[x.years - 1] : 0.0,
                   m_styles[Style::Probability]);
        }

        if (m_content.stress) {
            const StressResult& x = *m_content.stress;
            ++row;
            text(sheet, row++, 0, t.stress, m_heading);
            if (!x.shock.name.empty())
                textRow(t.shockName, x.shock.name);
            label(sheet, row, t.shockStart);
            number(sheet, row++, 1, x.shock.startYear, m_styles[Style::Whole]);
            label(sheet, row, t.shockRise);
            number(sheet, row++, 1, x.shock.rise, m_styles[Style::Rate]);
            label(sheet, row, t.shockMonthsToPeak);
            number(sheet, row++, 1, x.shock.monthsToPeak, m_styles[Style::Whole]);
            label(sheet, row, t.shockRecovery);
            number(sheet, row++, 1, x.shock.monthsToRecover, m_styles[Style::Whole]);
            label(sheet, row, t.shockClaims);
            number(sheet, row++, 1, x.shock.claimsFactor, m_factor);
            text(sheet, row, 1, t.withoutRecession, m_columnHeading);
            text(sheet, row, 2, t.withRecession, m_columnHeading);
            ++row;
            const StressOutcome* outcomes[] = {&x.baseline, &x.stressed};
            label(sheet, row, t.minimumRatio);
            for (int k = 0; k < 2; ++k)
                optionalNumber(sheet, row, 1 + k,
                               outcomes[k]->minimumReserveRatio && outcomes[k]->minimumReserveRatioYear
                                   ? outcomes[k]->minimumReserveRatio
                                   : std::nullopt,
                               m_styles[Style::Years], t.none);
            ++row;
            label(sheet, row, t.minimumRatioYear);
            for (int k = 0; k < 2; ++k)
                optionalYear(sheet, row, 1 + k,
                             outcomes[k]->minimumReserveRatio &&
                                     std::isfinite(*outcomes[k]->minimumReserveRatio)
                                 ? outcomes[k]->minimumReserveRatioYear
                                 : std::nullopt,
                             t.none);
            ++row;
            label(sheet, row, t.monthsCovered);
            for (int k = 0; k < 2; ++k)
                optionalNumber(sheet, row, 1 + k, outcomes[k]->monthsOfBenefitsCovered, m_factor, t.none);
            ++row;
            label(sheet, row, t.depletionYear);
            for (int k = 0; k < 2; ++k)
                optionalYear(sheet, row, 1 + k, outcomes[k]->depletionYear, t.never);
            ++row;
            label(sheet, row, t.depletionMonth);
            for (int k = 0; k < 2; ++k)
                optionalYear(sheet, row, 1 + k, outcomes[k]->depletionMonth, t.never);
            ++row;
            const auto peak = [&](const std::string& name, const StressPeak& p, lxw_format* format) {
                label(sheet, row, name);
                number(sheet, row, 1, p.baseline, format);
                number(sheet, row, 2, p.stressed, format);
                ++row;
                label(sheet, row, t.peakMonth);
                text(sheet, row, 1, yearMonth(p.year, p.month), m_rightText);
                text(sheet, row, 2, yearMonth(p.year, p.month), m_rightText);
                ++row;
            };
            peak(t.peakBenefits, x.benefits, m_styles[Style::Money]);
            peak(t.peakBeneficiaries, x.beneficiaries, m_styles[Style::Persons]);
        }

        if (n > 0) {
            ++row;
            text(sheet, row, 0, t.comparison, m_heading);
            for (int i = 0; i < n; ++i) {
                const std::string& name = m_content.comparison[std::size_t(i)].name;
                text(sheet, row, 1 + i, name, m_columnHeading);
            }
            ++row;
            std::vector<Summary> summaries;
            for (const auto& c : m_content.comparison)
                summaries.push_back(reportableSummary(c.result.summary));
            label(sheet, row, t.depletionYear);
            for (int i = 0; i < n; ++i)
                optionalYear(sheet, row, 1 + i, summaries[std::size_t(i)].depletionYear, t.never);
            ++row;
            label(sheet, row, t.minimumRatio);
            for (int i = 0; i < n; ++i)
                optionalNumber(sheet, row, 1 + i, summaries[std::size_t(i)].minimumReserveRatio,
                               m_styles[Style::Years], t.none);
            ++row;
            label(sheet, row, t.minimumRatioYear);
            for (int i = 0; i < n; ++i)
                optionalYear(sheet, row, 1 + i, summaries[std::size_t(i)].minimumReserveRatioYear, t.none);
            ++row;
            label(sheet, row, t.breakEven);
            for (int i = 0; i < n; ++i)
                optionalNumber(sheet, row, 1 + i, summaries[std::size_t(i)].breakEvenRate, m_rate3, t.none);
            ++row;
            label(sheet, row, t.finalRatio);
            for (int i = 0; i < n; ++i) {
                const ProjectionResult& cr = m_content.comparison[std::size_t(i)].result;
                optionalNumber(sheet, row, 1 + i,
                               cr.years > 0
                                   ? std::optional<double>(cr.at(cr.years - 1, Column::reserve_ratio))
                                   : std::nullopt,
                               m_styles[Style::Years], t.none);
            }
            ++row;
        }

        if (m_package && m_package->years > 0) {
            const PackageResult& p = *m_package;
            const int y = p.years - 1;
            ++row;
            text(sheet, row++, 0, t.package, m_heading);
            const auto figure = [&](const std::string& name, PackageColumn c, Style style) {
                label(sheet, row, name);
                number(sheet, row++, 1, p.at(y, c), m_styles[style]);
            };
            label(sheet, row, t.yearAxis);
            number(sheet, row++, 1, p.startYear + y, m_styles[Style::Whole]);
            figure(t.packageCost, PackageColumn::package_cost, Style::Money);
            figure(t.paidByEmployers, PackageColumn::employers_cost, Style::Money);
            figure(t.paidByWorkers, PackageColumn::workers_cost, Style::Money);
            figure(t.paidByState, PackageColumn::state_cost, Style::Money);
            figure(t.packageToWages, PackageColumn::package_cost_to_wages, Style::Rate);
            if (std::isfinite(p.at(y, PackageColumn::package_cost_to_gdp)))
                figure(t.packageToGdp, PackageColumn::package_cost_to_gdp, Style::Rate);
            figure(t.anyCoverage, PackageColumn::any_coverage, Style::Rate);
        }

        // The reserve, beside the figures: the first thing a reader looks for.
        if (r.years > 0) {
            const std::vector<std::string> names(columnNames().begin(), columnNames().end());
            const int reserveCol = indexOf(names, "reserve");
            if (reserveCol >= 0) {
                lxw_chart* reserve = lineChart(t.reserveChart, "#,##0");
                millionsAxis(reserve);
                addLine(reserve, kAnnual, 1, r.years, indexOf(names, "year"), reserveCol, 0x1F4E79);
                chart_legend_set_position(reserve, LXW_CHART_LEGEND_NONE);
                insertChart(sheet, chartRow, std::max(3, n + 1) + 1, reserve, 1.4, 1.2);
            }
        }
    }

    const WorkbookContent& m_content;
    const WorkbookTexts& m_texts;
    std::optional<PackageResult> m_package; // model-spec v5, when the scenario has a package
    std::string m_tmpdir;
    lxw_workbook* m_book = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_title = nullptr;
    lxw_format* m_heading = nullptr;
    lxw_format* m_wrap = nullptr;
    lxw_format* m_columnHeading = nullptr;
    lxw_format* m_rightText = nullptr;
    lxw_format* m_topText = nullptr;
    lxw_format* m_rate3 = nullptr;
    lxw_format* m_factor = nullptr;
    std::map<Style, lxw_format*> m_styles;
};

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw BuildFailure{"cannot read back the workbook built in " + file.parent_path().string()};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in.good() && !in.eof())
        throw BuildFailure{"cannot read back the workbook built in " + file.parent_path().string()};
    return bytes.str();
}

} // namespace

std::vector<std::string> sheetNames(const WorkbookContent& content)
{
    std::vector<std::string> names = {kSummary, kAnnual};
    if (content.result.hasGroups())
        names.emplace_back(kGroups);
    if (hasPackage(content.scenario))
        names.emplace_back(kPackage);
    names.insert(names.end(), {kMonthly, kParameters});
    if (content.stochastic)
        names.emplace_back(kRisk);
    if (content.stress)
        names.emplace_back(kStress);
    if (!content.comparison.empty())
        names.emplace_back(kComparison);
    return names;
}

void writeWorkbook(const fs::path& path, const WorkbookContent& content, const SaveOptions& options)
{
    if (path.empty())
        throw SaveError("cannot save the workbook: no file name given");
    std::string bytes;
    try {
        const PrivateFolder folder;
        const fs::path file = folder.path() / "workbook.xlsx";
        Builder(file, folder.path(), content).build();
        bytes = readFile(file);
    } catch (const BuildFailure& failure) {
        throw SaveError("cannot save " + path.string() + ": " + failure.what);
    }
    writeFileAtomically(path, bytes, options);
}

std::string cellText(std::string_view in)
{
    constexpr std::size_t kMaxCharacters = 32767;
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(in.size());
    std::size_t characters = 0;
    bool truncated = false;
    const auto isHex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    std::size_t i = 0;
    while (i < in.size()) {
        const auto c = static_cast<unsigned char>(in[i]);
        std::size_t length = c < 0x80             ? 1
                             : (c & 0xE0) == 0xC0 ? 2
                             : (c & 0xF0) == 0xE0 ? 3
                             : (c & 0xF8) == 0xF0 ? 4
                                                  : 0;
        char32_t cp = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
        bool valid = length > 0 && i + length <= in.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            const auto d = static_cast<unsigned char>(in[i + k]);
            valid = (d & 0xC0) == 0x80;
            cp = (cp << 6) | (d & 0x3F);
        }
        // Overlong forms, surrogates and what lies beyond Unicode are not UTF-8.
        if (valid && ((length == 2 && cp < 0x80) || (length == 3 && cp < 0x800) ||
                      (length == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            valid = false;
        std::string_view piece;
        std::size_t pieceCharacters = 1;
        if (!valid) {
            piece = kReplacement;
            length = 1;
        } else if (cp == '\r') {
            piece = "\n";
            if (i + 1 < in.size() && in[i + 1] == '\n')
                length = 2; // CR LF: one line break
        } else if (cp < 0x20 && cp != '\t' && cp != '\n') {
            piece = " ";
        } else if (cp == 0xFFFE || cp == 0xFFFF) {
            piece = kReplacement; // not characters of XML
        } else if (cp == '_' && i + 7 <= in.size() && in[i + 1] == 'x' && isHex(in[i + 2]) &&
                   isHex(in[i + 3]) && isHex(in[i + 4]) && isHex(in[i + 5]) && in[i + 6] == '_') {
            piece = "_x005F_"; // the escape of "_" itself: the text stays as it was typed
            pieceCharacters = 7;
        } else {
            piece = in.substr(i, length);
        }
        // The last piece may fill the cell; before it, one character is kept for the ellipsis.
        const std::size_t room = i + length >= in.size() ? kMaxCharacters : kMaxCharacters - 1;
        if (characters + pieceCharacters > room) {
            truncated = true;
            break;
        }
        out += piece;
        characters += pieceCharacters;
        i += length;
    }
    if (truncated)
        out += "\xE2\x80\xA6"; // …
    return out;
}

} // namespace tideover::workbook
