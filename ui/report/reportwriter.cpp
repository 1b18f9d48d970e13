// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "reportwriter.h"

#include "core/model/datedchanges.h"
#include "core/model/groups.h"
#include "document/safefile.h"

#include "core/analysis/backtest.h"
#include "core/analysis/monitoring.h"
#include "format/monitoringtext.h"

#include "analysis/comparisonchart.h"
#include "analysisdata/comparisonset.h"
#include "analysis/depletionchart.h"
#include "analysis/fanchart.h"
#include "models/headlinecomparisonmodel.h"
#include "models/parameterdiffmodel.h"
#include "analysis/stresschart.h"
#include "chartpicture.h"
#include "groupschart.h"
#include "charts/beneficiarieschart.h"
#include "charts/incomeexpenditurechart.h"
#include "charts/rateschart.h"
#include "charts/reservechart.h"
#include "document/scenariodocument.h"
#include "format/coretext.h"
#include "format/displayformat.h"
#include "models/resultstablemodel.h"
#include "core/model/parameters.h"
#include "core/engine/projection.h"
#include "core/training/standards.h"
#include "core/io/version.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QBuffer>
#include <QScreen>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextDocument>
#include <QUrl>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <span>

namespace tideover::ui {

namespace {


// The page: A4 portrait at 300 dots per inch; the text document is laid out in these dots.
constexpr int kDpi = 300;
int mm(double millimetres) { return int(std::lround(millimetres / 25.4 * kDpi)); }
// The title page: the description sits between the title band (105 mm, then 14 mm of space)
// and six facts of 9 mm each, 14 mm below it, above the body's foot at 275 mm.
const int kTitleDescriptionHeight = mm(275 - 105 - 14 - 14 - 6 * 9 - 4);
// HTML lengths (cell padding, image sizes) are in screen pixels, which Qt scales to the
// printer's dots by its dpi over the screen's (qt_defaultDpi: the primary screen's, or 96).
double screenDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen && !QCoreApplication::testAttribute(Qt::AA_Use96Dpi) ? std::round(screen->logicalDotsPerInchY()) : 96.0;
}
int htmlPx(double millimetres) { return int(std::lround(millimetres / 25.4 * screenDpi())); }
const QMarginsF kMarginsMm{20, 18, 20, 22};  // left, top, right, bottom (the footer sits in it)

// The charts are drawn at this size in screen pixels, then scaled up for print, so their
// fonts come out at about 7 pt on a page-wide chart.
constexpr int kChartWidth = 860;
constexpr int kChartHeight = 470;
constexpr double kChartScale = 2.4;
// The probability of depletion is a strip below the fan chart.
constexpr int kDepletionChartHeight = 300;

QString q(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString esc(std::string_view s) { return q(s).toHtmlEscaped(); }

// 1 -> "1 year", 1.5 -> "1.5 years".
QString yearsPhrase(double value)
{
    const QString n = QLocale().toString(value, 'g', 4);
    return value == 1.0 ? ReportWriter::tr("%1 year").arg(n) : ReportWriter::tr("%1 years").arg(n);
}

QString percentList(const std::vector<double>& v)
{
    if (v.empty())
        return format::undefinedMark();
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    if (*lo == *hi)
        return format::nonBreaking(format::percent(*lo));
    return ReportWriter::tr("%1 falling to %2")
        .arg(format::nonBreaking(format::percent(v.front())), format::nonBreaking(format::percent(v.back())));
}

// A table with a header row that repeats on every page it spans.
class Table {
public:
    // `widths` in percent of the text width, one per column.
    Table(const QStringList& headers, const QList<int>& widths, const QList<bool>& numeric)
        : m_columns(int(headers.size())), m_numeric(numeric)
    {
        m_html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\"><thead><tr>")
                     .arg(htmlPx(0.9));
        for (int i = 0; i < headers.size(); ++i)
            m_html += QStringLiteral("<th width=\"%1%\" align=\"%2\">%3</th>")
                          .arg(widths.value(i))
                          .arg(m_numeric.value(i) ? QStringLiteral("right") : QStringLiteral("left"), headers[i]);
        m_html += QStringLiteral("</tr></thead><tbody>");
    }
    // Cells are HTML.
    void row(const QStringList& cells, const QString& cssClass = {})
    {
        m_html += cssClass.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(cssClass);
        for (int i = 0; i < cells.size(); ++i)
            // A number never breaks inside; text wraps.
            m_html += m_numeric.value(i) ? QStringLiteral("<td align=\"right\" nowrap>%1</td>").arg(cells[i])
                                         : QStringLiteral("<td align=\"left\">%1</td>").arg(cells[i]);
        m_html += QStringLiteral("</tr>");
    }
    void spanningRow(const QString& html, const QString& cssClass)
    {
        m_html += QStringLiteral("<tr class=\"%1\"><td colspan=\"%2\">%3</td></tr>").arg(cssClass).arg(m_columns).arg(html);
    }
    QString html() const { return m_html + QStringLiteral("</tbody></table>"); }

private:
    int m_columns;
    QList<bool> m_numeric;
    QString m_html;
};

// Money columns of the annual table share one scale, named in the section's note.
struct MoneyScale {
    double divisor = 1;
    QString name;  // "millions of VND"
};
// The scale for money columns whose largest absolute finite value is `largest`.
MoneyScale moneyScaleFor(double largest, const QString& currency)
{
    if (largest >= 1e11)
        return {1e9, ReportWriter::tr("billions of %1").arg(currency)};
    if (largest >= 1e8)
        return {1e6, ReportWriter::tr("millions of %1").arg(currency)};
    if (largest >= 1e5)
        return {1e3, ReportWriter::tr("thousands of %1").arg(currency)};
    return {1, currency};
}
MoneyScale moneyScale(const core::ProjectionResult& r, const QString& currency)
{
    double largest = 0;
    for (const core::Column c : {core::Column::contributions, core::Column::expenditure, core::Column::reserve}) {
        const Eigen::ArrayXd v = r.column(c).abs();
        for (Eigen::Index i = 0; i < v.size(); ++i)
            if (std::isfinite(v[i]))
                largest = std::max(largest, v[i]);
    }
    return moneyScaleFor(largest, currency);
}

// model-spec v4: a group's name as the report shows it ("Main group" for an untitled main
// group, the group's name for another untitled one).
QString groupTitle(const core::GroupTable& g)
{
    if (!g.title.empty())
        return q(g.title);
    return g.name == core::kMainGroupName ? ReportWriter::tr("Main group") : q(g.name);
}

// What a group (or the total) paid in and drew out, summed over the projection's years.
struct GroupSums {
    QString title;
    double workers = 0, employers = 0, state = 0;  // the payers
    double paidIn = 0;                             // workers + employers + state
    double contributions = 0, benefits = 0, spending = 0;
    double crossSubsidy = 0;  // paid in minus drawn out (the spec's cross_subsidy)
};
GroupSums sumsOf(const QString& title, const Eigen::ArrayXXd& annual, const Eigen::ArrayXXd& extra)
{
    const auto sum = [](const Eigen::ArrayXXd& a, int column) { return a.col(column).sum(); };
    using C = core::Column;
    using G = core::GroupColumn;
    GroupSums s;
    s.title = title;
    s.workers = sum(extra, int(G::worker_contributions));
    s.employers = sum(extra, int(G::employer_contributions));
    // The state's contributions (its rate, its subsidy of low incomes) and its share of the
    // benefits (state_subsidy): the spec's cross_subsidy counts both as paid in.
    s.state = sum(extra, int(G::state_contributions)) + sum(annual, int(C::state_subsidy));
    s.paidIn = s.workers + s.employers + s.state;
    s.contributions = sum(annual, int(C::contributions));
    s.benefits = sum(annual, int(C::benefits));
    s.spending = sum(annual, int(C::expenditure));
    s.crossSubsidy = sum(extra, int(G::cross_subsidy));
    return s;
}
// Each group, then the total.
std::vector<GroupSums> groupSums(const core::ProjectionResult& r)
{
    std::vector<GroupSums> sums;
    for (const core::GroupTable& g : r.groups)
        sums.push_back(sumsOf(groupTitle(g), g.annual, g.extra));
    sums.push_back(sumsOf(ReportWriter::tr("All groups"), r.annual, r.totalExtra));
    return sums;
}
// One scale for every sum shown (the table of sums and the chart).
MoneyScale sumsScale(const std::vector<GroupSums>& sums, const QString& currency)
{
    double largest = 0;
    for (const GroupSums& g : sums)
        for (const double v : {g.workers, g.employers, g.state, g.paidIn, g.benefits, g.spending, g.crossSubsidy})
            if (std::isfinite(v))
                largest = std::max(largest, std::abs(v));
    return moneyScaleFor(largest, currency);
}

QString currencyOf(const core::Scenario& s)
{
    return s.meta.currency.empty() ? QStringLiteral("LCU") : q(s.meta.currency);
}

// model-spec v5: the package table's money in one unit, a thousandth of the largest yearly
// cost or finer, so that the smaller parts keep their digits (a chart's scale would round
// them to a unit or two).
MoneyScale packageTableScale(const core::PackageResult& p, const QString& currency)
{
    double largest = 0;
    const Eigen::ArrayXd cost = p.column(core::PackageColumn::package_cost).abs();
    for (Eigen::Index i = 0; i < cost.size(); ++i)
        if (std::isfinite(cost[i]))
            largest = std::max(largest, cost[i]);
    return moneyScaleFor(largest / 1000, currency);
}

// Whether any future ran out of reserve: when none did, the depletion chart would be empty.
bool anyDepletion(const core::StochasticResult& r)
{
    for (Eigen::Index y = 0; y < r.depletionProbability.size(); ++y)
        if (r.depletionProbability[y] > 0)
            return true;
    return false;
}

// The lowest year-end reserve ratio from `fromYear` on (the recession's first year), and its
// year; none when no year from then has spending.
struct LowPoint {
    double ratio = 0;
    int year = 0;
};
std::optional<LowPoint> lowestFrom(const core::StressOutcome& o, int startYear, int fromYear)
{
    std::optional<LowPoint> low;
    for (Eigen::Index y = std::max<Eigen::Index>(0, fromYear - startYear); y < o.reserveRatio.size(); ++y)
        if (std::isfinite(o.reserveRatio[y]) && (!low || o.reserveRatio[y] < low->ratio))
            low = LowPoint{o.reserveRatio[y], startYear + int(y)};
    return low;
}

// A paragraph right after a table that ends near a page's foot can be laid out across it, its
// first line cut in two by the page. Such a paragraph is moved down to the next page. Only
// the paragraphs of the page flow (a table keeps its rows on pages itself).
void keepLinesOnPages(QTextDocument& doc)
{
    const double pageHeight = doc.pageSize().height();
    if (!(pageHeight > 0))
        return;
    for (int pass = 0; pass < 64; ++pass) {
        bool moved = false;
        for (auto it = doc.rootFrame()->begin(); !it.atEnd() && !moved; ++it) {
            const QTextBlock block = it.currentBlock();
            const QTextLayout* text = block.isValid() ? block.layout() : nullptr;
            if (!text || text->lineCount() == 0)
                continue;
            const QTextLine line = text->lineAt(0);
            const double top = text->position().y() + line.y();
            const double bottom = top + line.height();
            const double foot = (std::floor(top / pageHeight) + 1) * pageHeight;
            if (bottom > foot + 0.5) {
                QTextCursor cursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setTopMargin(format.topMargin() + (foot - top) + 1);
                cursor.setBlockFormat(format);
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

// Each section starts a new page. When one spills a few lines onto a page of their own (less
// than kSpillFill of it), the next section follows them on that page instead of leaving it
// nearly blank. `doc` is laid out in pages (its page size set).
constexpr double kSpillFill = 0.3;
void joinSpilledSections(QTextDocument& doc)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    const double pageHeight = doc.pageSize().height();
    if (!(pageHeight > 0))
        return;
    // One section at a time: moving one changes the pages of those after it.
    for (int pass = 0; pass < 64; ++pass) {
        int sectionFirstPage = 0;
        bool moved = false;
        for (QTextBlock block = doc.begin(); block.isValid() && !moved; block = block.next()) {
            if (!(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const QTextBlock previous = block.previous();
            if (previous.isValid()) {
                // Where the previous section's last line ends (a hair inside, so that a line
                // ending exactly at a page's foot counts to that page).
                const double bottom = std::max(0.0, layout->blockBoundingRect(previous).bottom() - 0.5);
                const int page = int(bottom / pageHeight);
                const double fill = (bottom - page * pageHeight) / pageHeight;
                if (page > sectionFirstPage && fill < kSpillFill) {
                    QTextCursor cursor(block);
                    QTextBlockFormat format = block.blockFormat();
                    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                    format.setTopMargin(htmlPx(8));
                    cursor.setBlockFormat(format);
                    moved = true;
                    break;
                }
            }
            sectionFirstPage = int(layout->blockBoundingRect(block).top() / pageHeight);
        }
        if (!moved)
            return;
    }
}

QPalette printPalette()
{
    // Reports are printed on white whatever the desktop theme.
    QPalette p = QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    return p;
}

}  // namespace

ReportWriter::ReportWriter(const core::Scenario& scenario, ReportOptions options)
    : m_scenario(scenario), m_result(core::project(scenario)), m_options(std::move(options))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
    if (core::hasPackage(m_scenario))
        m_package = core::projectPackage(m_scenario);
    for (const ReportComparison& c : m_options.comparison) {
        try {
            core::project(c.scenario);
        } catch (const core::InvalidScenario& e) {
            const QString name = c.name.isEmpty() ? q(c.scenario.meta.title) : c.name;
            throw core::InvalidScenario(tr("The compared scenario “%1” is not valid:").arg(name).toStdString() + '\n' + e.what());
        }
    }
    const auto matches = [&](int startYear, int years) { return startYear == m_result.startYear && years == m_result.years; };
    if (m_options.stochastic && !matches(m_options.stochastic->startYear, m_options.stochastic->years))
        throw std::invalid_argument("the stochastic result is of other projection years than the scenario");
    if (m_options.stress && (m_options.stress->stressed.reserve.size() != m_result.years))
        throw std::invalid_argument("the stress result is of other projection years than the scenario");
}

QString ReportWriter::plainSummary() const
{
    const core::Scenario& s = m_scenario;
    const core::Summary& sum = m_result.summary;
    const int last = m_result.years - 1;
    const int lastYear = m_result.startYear + last;
    QStringList sentences;

    // The design.
    const double employee = s.contributions.employee_rate.at(0);
    const double employer = s.contributions.employer_rate.at(0);
    const double government = s.contributions.government_rate.at(0);
    QStringList shares;
    if (employee > 0)
        shares << tr("%1 from employees").arg(format::nonBreaking(format::percent(employee)));
    if (employer > 0)
        shares << tr("%1 from employers").arg(format::nonBreaking(format::percent(employer)));
    if (government > 0)
        shares << tr("%1 from the government").arg(format::nonBreaking(format::percent(government)));
    const auto& months = s.benefits.duration_months;
    QString duration;
    if (!months.empty()) {
        const auto [lo, hi] = std::minmax_element(months.begin(), months.end());
        duration = *lo == *hi ? tr("for %1 months").arg(*lo)
                              : tr("for %1 to %2 months, depending on the contribution record").arg(*lo).arg(*hi);
    }
    QString design =
        tr("Contributions of %1 of insured wages").arg(format::nonBreaking(format::percent(employee + employer + government)));
    if (shares.size() > 1)
        design += QStringLiteral(" (") + shares.join(QStringLiteral(", ")) + QStringLiteral(")");
    design += tr(" pay for benefits of %1 of the reference wage %2").arg(percentList(s.benefits.replacement_rates), duration);
    if (s.benefits.waiting_days.at(0) > 0)
        design += tr(", after a waiting period of %1 days").arg(s.benefits.waiting_days.at(0));
    sentences << design + QLatin1Char('.');
    // Dated reforms of the benefit rule (model-spec v2): they apply to claims from their year.
    const auto rules = core::benefitRules(s);
    for (std::size_t r = 1; r < rules.size(); ++r)
        sentences << tr("From %1, new claims get benefits of %2 of the reference wage; claimants already on "
                        "benefit keep their rule.")
                         .arg(rules[r].fromYear)
                         .arg(percentList(rules[r].replacement_rates));
    if (s.financing.rule == core::FinancingRule::ReserveBand)
        sentences << tr("The contribution rate is adjusted, between %1 and %2, to keep the reserve between %3 and %4 "
                        "of spending.")
                         .arg(format::nonBreaking(format::percent(s.financing.min_rate)),
                              format::nonBreaking(format::percent(s.financing.max_rate)),
                              yearsPhrase(s.financing.lower_ratio), yearsPhrase(s.financing.upper_ratio));

    // The outcome.
    const QString lowest = sum.minimumReserveRatio
                               ? tr("its lowest level is %1 of spending, in %2")
                                     .arg(format::years(*sum.minimumReserveRatio))
                                     .arg(*sum.minimumReserveRatioYear)
                               : QString();
    if (sum.depletionYear)
        sentences << tr("The reserve runs out in %1.").arg(*sum.depletionYear);
    else
        sentences << (lowest.isEmpty() ? tr("The reserve never runs out.") : tr("The reserve never runs out; %1.").arg(lowest));
    const QString target = yearsPhrase(s.projection.target_reserve_ratio);
    if (sum.breakEvenRate)
        sentences << tr("The contribution rate that just reaches the target of %1 of spending in %2 is %3.")
                         .arg(target)
                         .arg(lastYear)
                         .arg(format::rate(*sum.breakEvenRate));
    else
        sentences << tr("No contribution rate from 0 to 100 % reaches the target of %1 of spending in %2.").arg(target).arg(lastYear);
    const double coverageFirst = m_result.at(0, core::Column::effective_coverage);
    const double coverageLast = m_result.at(last, core::Column::effective_coverage);
    const int coverageDecimals = core::sharedDecimals(core::Figure::Rate, {coverageFirst, coverageLast});
    sentences << tr("Benefits reach %1 of the unemployed in %2 and %3 in %4.")
                     .arg(format::rate(coverageFirst, coverageDecimals))
                     .arg(m_result.startYear)
                     .arg(format::rate(coverageLast, coverageDecimals))
                     .arg(lastYear);
    // The risks, when they were analysed.
    if (m_options.stress) {
        const core::StressOutcome& o = m_options.stress->stressed;
        if (o.depletionYear)
            sentences << tr("In the recession tested, the reserve runs out in %1 %2.")
                             .arg(QLocale().monthName(o.depletionMonth.value_or(1)))
                             .arg(*o.depletionYear);
        else if (const auto low = lowestFrom(o, m_result.startYear, m_options.stress->shock.startYear)) {
            // The low from the recession's start on: an earlier low is the scenario's own,
            // whatever the recession does.
            const auto& baseline = m_options.stress->baseline.reserveRatio;
            const double without = baseline[low->year - m_result.startYear];
            sentences << tr("In the recession tested, from %1, the reserve ratio is lowest in %2, at %3 of spending "
                            "(%4 without the recession); the reserve does not run out.")
                             .arg(m_options.stress->shock.startYear)
                             .arg(low->year)
                             .arg(format::years(low->ratio), format::years(without));
        }
    }
    if (m_options.stochastic) {
        const core::StochasticResult& r = *m_options.stochastic;
        sentences << tr("Across %1 random futures, the probability that the reserve runs out by %2 is %3.")
                         .arg(QLocale().toString(qlonglong(r.paths)))
                         .arg(r.startYear + r.years - 1)
                         .arg(format::rate(r.depletionProbability[r.years - 1]));
    }
    return sentences.join(QLatin1Char(' '));
}

QString ReportWriter::displayTitle() const
{
    return m_scenario.meta.title.empty() ? tr("Untitled scenario") : q(m_scenario.meta.title);
}

QString ReportWriter::html() const
{
    // Findings first, then the checks, then the details a reader looks up.
    QString h;
    int section = 1;
    h += summarySection(section++);
    if (m_options.includeCharts)
        h += chartsSection(section++);
    if (m_result.hasGroups())
        h += groupsSection(section++);
    if (m_package)
        h += packageSection(section++);
    if (m_options.stress)
        h += stressSection(section++);
    if (m_options.stochastic)
        h += stochasticSection(section++);
    if (!m_options.comparison.empty())
        h += comparisonSection(section++);
    if (!m_scenario.history.empty())
        h += historySection(section++);
    h += standardsSection(section++);
    h += parametersSection(section++);
    h += annualSection(section++);
    // A number never parts from its unit at a line end: the figures have a non-breaking space
    // before "%" already, and so do percentages inside the sentences ("the middle 90 %").
    static const QRegularExpression spaceBeforePercent(QStringLiteral("(\\d) %"));
    h.replace(spaceBeforePercent, QStringLiteral("\\1\u00a0%"));
    return h;
}

namespace {

QString heading(int number, const QString& title, bool newPage = true)
{
    return QStringLiteral("<h2%1>%2</h2>")
        .arg(newPage ? QStringLiteral(" style=\"page-break-before:always\"") : QString(),
             esc(ReportWriter::tr("%1. %2").arg(number).arg(title)));
}

QString note(const QString& text) { return QStringLiteral("<p class=\"note\">%1</p>").arg(esc(text)); }

// A chart across the text width, drawn from the picture registered under `name` (recorded at
// kChartWidth x `chartHeight`).
QString chartImage(const QString& name, int chartHeight = kChartHeight)
{
    const int width = htmlPx(210 - kMarginsMm.left() - kMarginsMm.right());
    const int height = width * chartHeight / kChartWidth;
    return QStringLiteral("<p class=\"chart\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>").arg(name).arg(width).arg(height);
}

// A table of a comparison model: its row headers down the left (with the key beside a
// parameter's name when the model gives one as UserRole), one column per scenario.
QString modelTable(const QAbstractItemModel& model, const QString& corner, bool withKeys)
{
    const int columns = model.columnCount();
    QStringList headers{esc(corner)};
    QList<int> widths{columns > 3 ? 28 : 34};
    QList<bool> numeric{false};
    for (int c = 0; c < columns; ++c) {
        headers << esc(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        widths << (100 - widths.front()) / std::max(1, columns);
        numeric << true;
    }
    Table t(headers, widths, numeric);
    for (int r = 0; r < model.rowCount(); ++r) {
        QString name = esc(model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString());
        if (withKeys)
            name += QStringLiteral("<br/><span class=\"key\">%1</span>").arg(esc(model.index(r, 0).data(Qt::UserRole).toString()));
        QStringList cells{name};
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const QString text = esc(index.data(Qt::DisplayRole).toString());
            const QFont font = index.data(Qt::FontRole).value<QFont>();
            cells << (font.bold() ? QStringLiteral("<b>%1</b>").arg(text) : text);
        }
        t.row(cells);
    }
    return t.html();
}

}  // namespace

QString ReportWriter::summarySection(int number) const
{
    const core::Summary& sum = m_result.summary;
    const QString currency = m_scenario.meta.currency.empty() ? QStringLiteral("LCU") : q(m_scenario.meta.currency);
    const int last = m_result.years - 1;
    const int lastYear = m_result.startYear + last;
    const QString dash = format::undefinedMark();
    QString h = heading(number, tr("Summary"), false);
    if (m_descriptionInSummary)
        h += QStringLiteral("<h3>%1</h3><p>%2</p><h3>%3</h3>")
                 .arg(esc(tr("About this scenario")), esc(q(m_scenario.meta.description)), esc(tr("The design and its outcome")));
    h += QStringLiteral("<p>%1</p>").arg(esc(plainSummary()));
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Headline figures")));
    Table t({tr("Measure"), tr("Value")}, {60, 40}, {false, false});
    auto add = [&](const QString& name, const QString& value) { t.row({esc(name), QStringLiteral("<b>%1</b>").arg(esc(value))}); };
    add(tr("Reserve ratio at the horizon (%1)").arg(lastYear), format::years(m_result.at(last, core::Column::reserve_ratio)));
    add(tr("Lowest reserve ratio"), sum.minimumReserveRatio ? tr("%1 in %2").arg(format::years(*sum.minimumReserveRatio)).arg(*sum.minimumReserveRatioYear)
                                                            : dash);
    add(tr("Reserve depleted"), sum.depletionYear ? QString::number(*sum.depletionYear) : tr("never"));
    add(tr("Break-even contribution rate"), sum.breakEvenRate ? format::rate(*sum.breakEvenRate) : tr("none in 0–100 %"));
    add(tr("Contribution rate (%1)").arg(m_result.startYear), format::rate(m_result.at(0, core::Column::contribution_rate)));
    // A change "a → b" shows both figures with the same decimals.
    const auto change = [&](core::Column c) {
        const double from = m_result.at(0, c), to = m_result.at(last, c);
        const int decimals = core::sharedDecimals(core::Figure::Rate, {from, to});
        return tr("%1 → %2").arg(format::rate(from, decimals), format::rate(to, decimals));
    };
    add(tr("Cost rate (%1 → %2)").arg(m_result.startYear).arg(lastYear), change(core::Column::cost_rate));
    add(tr("Effective coverage (%1 → %2)").arg(m_result.startYear).arg(lastYear), change(core::Column::effective_coverage));
    add(tr("Reserve at the end of %1").arg(lastYear), format::money(m_result.at(last, core::Column::reserve), currency, true));
    h += t.html();
    h += note(tr("The reserve ratio is the reserve at the end of a year in years of that year's spending. The "
                 "break-even rate is the flat total contribution rate at which the reserve at the horizon "
                 "equals the target ratio times the last year's spending. Effective coverage is "
                 "beneficiaries as a share of the unemployed."));
    return h;
}

QString ReportWriter::chartsSection(int number) const
{
    QString h = heading(number, tr("Charts"));
    for (int i = 0; i < 4; ++i)
        h += chartImage(QStringLiteral("chart:result:%1").arg(i));
    return h;
}

QString ReportWriter::groupsSummary() const
{
    if (!m_result.hasGroups())
        return {};
    const QString currency = m_scenario.meta.currency.empty() ? QStringLiteral("LCU") : q(m_scenario.meta.currency);
    const std::vector<GroupSums> sums = groupSums(m_result);
    QStringList sentences;
    for (std::size_t i = 0; i + 1 < sums.size(); ++i) {
        const GroupSums& g = sums[i];
        if (!std::isfinite(g.paidIn) || !std::isfinite(g.spending) || !std::isfinite(g.crossSubsidy))
            continue;
        if (g.crossSubsidy > 0)
            sentences << tr("The group “%1” pays in %2 more than it draws out.")
                             .arg(g.title, format::money(g.crossSubsidy, currency, true));
        else if (g.crossSubsidy < 0 && g.paidIn > 0)
            sentences << tr("The group “%1” draws out %2 times what it pays in.")
                             .arg(g.title, format::figure(core::Figure::Ratio, g.spending / g.paidIn));
        else if (g.crossSubsidy < 0)
            sentences << tr("The group “%1” draws out %2 and pays nothing in.")
                             .arg(g.title, format::money(g.spending, currency, true));
        else
            sentences << tr("The group “%1” pays in as much as it draws out.").arg(g.title);
    }
    // Together: the groups' balance is the fund's before its return and transfers.
    const GroupSums& total = sums.back();
    if (std::isfinite(total.crossSubsidy)) {
        if (total.crossSubsidy >= 0)
            sentences << tr("Together the groups pay in %1 more than they draw out.")
                             .arg(format::money(total.crossSubsidy, currency, true));
        else
            sentences << tr("Together the groups draw out %1 more than they pay in; the reserve and its return make up "
                            "the difference.")
                             .arg(format::money(-total.crossSubsidy, currency, true));
    }
    return tr("From %1 to %2:").arg(m_result.startYear).arg(m_result.startYear + m_result.years - 1) + QLatin1Char(' ') +
           sentences.join(QLatin1Char(' '));
}

QString ReportWriter::groupsSection(int number) const
{
    const QString currency = m_scenario.meta.currency.empty() ? QStringLiteral("LCU") : q(m_scenario.meta.currency);
    const QString dash = format::undefinedMark();
    const int firstYear = m_result.startYear;
    const int lastYear = firstYear + m_result.years - 1;
    QString h = heading(number, tr("Worker groups"));
    QStringList titles;
    for (const core::GroupTable& g : m_result.groups)
        titles << tr("“%1”").arg(groupTitle(g));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("The insured form %1 groups: %2. They pay into one fund; this section shows what each "
                         "group pays in and what it draws out.")
                          .arg(m_result.groups.size())
                          .arg(titles.join(QStringLiteral(", ")))));
    h += QStringLiteral("<p>%1</p>").arg(esc(groupsSummary()));

    // Who pays, who draws: the sums over the projection.
    const std::vector<GroupSums> sums = groupSums(m_result);
    const MoneyScale sumScale = sumsScale(sums, currency);
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Who pays, who draws, %1–%2").arg(firstYear).arg(lastYear)));
    if (m_options.includeCharts)
        h += chartImage(QStringLiteral("chart:groups"));
    {
        Table t({esc(tr("Group")), esc(tr("Workers")), esc(tr("Employers")), esc(tr("State")), esc(tr("Paid in")),
                 esc(tr("Benefits")), esc(tr("All spending")), esc(tr("Cross-subsidy"))},
                {14, 13, 13, 8, 10, 13, 14, 15}, {false, true, true, true, true, true, true, true});
        const auto member = [](int i) -> double GroupSums::* {
            static constexpr double GroupSums::* members[] = {&GroupSums::workers,  &GroupSums::employers,
                                                              &GroupSums::state,    &GroupSums::paidIn,
                                                              &GroupSums::benefits, &GroupSums::spending,
                                                              &GroupSums::crossSubsidy};
            return members[i];
        };
        constexpr int kSumColumns = 7;
        int decimals[kSumColumns];
        for (int c = 0; c < kSumColumns; ++c) {
            std::vector<double> shown;
            for (const GroupSums& g : sums)
                shown.push_back(g.*member(c) / sumScale.divisor);
            decimals[c] = core::sharedDecimals(core::Figure::Scaled, std::span<const double>(shown));
        }
        for (std::size_t i = 0; i < sums.size(); ++i) {
            const bool total = i + 1 == sums.size();
            QStringList cells{total ? QStringLiteral("<b>%1</b>").arg(esc(sums[i].title)) : esc(sums[i].title)};
            for (int c = 0; c < kSumColumns; ++c) {
                const double v = sums[i].*member(c);
                const QString text = std::isfinite(v) ? esc(format::figure(core::Figure::Scaled, v / sumScale.divisor, decimals[c])) : dash;
                cells << (total ? QStringLiteral("<b>%1</b>").arg(text) : text);
            }
            t.row(cells);
        }
        h += t.html();
        h += note(tr("Money in %1, nominal, summed over %2–%3. Paid in: the contributions of the group's "
                     "workers and of their employers, and what the state pays for the group (its contributions, "
                     "its subsidy of low incomes and its share of the benefits). All spending: benefits, other "
                     "benefit-related spending and administration. The cross-subsidy is what a group pays in "
                     "minus what it draws out: above zero it pays for others.")
                      .arg(sumScale.name)
                      .arg(firstYear)
                      .arg(lastYear));
    }

    // The first, a middle and the last year of each group and of the total.
    std::vector<int> years{0, (m_result.years - 1) / 2, m_result.years - 1};
    years.erase(std::unique(years.begin(), years.end()), years.end());
    h += QStringLiteral("<h3>%1</h3>")
             .arg(esc(years.size() == 3 ? tr("By group in %1, %2 and %3")
                                              .arg(firstYear + years[0])
                                              .arg(firstYear + years[1])
                                              .arg(firstYear + years[2])
                                        : tr("By group, year by year")));
    using C = core::Column;
    using G = core::GroupColumn;
    struct Block {
        QString title;
        const Eigen::ArrayXXd* annual;
        const Eigen::ArrayXXd* extra;
    };
    std::vector<Block> blocks;
    for (const core::GroupTable& g : m_result.groups)
        blocks.push_back({groupTitle(g), &g.annual, &g.extra});
    blocks.push_back({tr("All groups"), &m_result.annual, &m_result.totalExtra});
    // The columns: what each shows, from which table, in which unit.
    enum class Unit { Thousands, Money, Rate, Ratio };
    struct Col {
        QString header;
        bool extra;  // a group column (model-spec v4) rather than an annual one
        int column;
        Unit unit;
    };
    const std::vector<Col> cols = {
        {tr("Insured (’000)"), false, int(C::insured), Unit::Thousands},
        {tr("Contri­butions"), false, int(C::contributions), Unit::Money},
        {tr("Benefits"), false, int(C::benefits), Unit::Money},
        {tr("Cost rate"), false, int(C::cost_rate), Unit::Rate},
        {tr("Benefits / contri­butions"), true, int(G::benefit_contribution_ratio), Unit::Ratio},
        {tr("Cross-subsidy"), true, int(G::cross_subsidy), Unit::Money},
    };
    double largest = 0;
    for (const Block& b : blocks)
        for (const int y : years)
            for (const Col& c : cols)
                if (c.unit == Unit::Money) {
                    const double v = (c.extra ? *b.extra : *b.annual)(y, c.column);
                    if (std::isfinite(v))
                        largest = std::max(largest, std::abs(v));
                }
    const MoneyScale yearScale = moneyScaleFor(largest, currency);
    const auto shownValue = [&](const Block& b, int y, const Col& c) {
        if (c.unit == Unit::Ratio) {
            // Benefits over contributions, from the block's own flows (the spec's definition):
            // a ratio does not add up across groups as the flows do.
            const double contributions = (*b.annual)(y, int(C::contributions));
            return contributions != 0 ? (*b.annual)(y, int(C::benefits)) / contributions
                                      : std::numeric_limits<double>::quiet_NaN();
        }
        const double v = (c.extra ? *b.extra : *b.annual)(y, c.column);
        return c.unit == Unit::Thousands ? v / 1000.0 : c.unit == Unit::Money ? v / yearScale.divisor : v;
    };
    const auto kindOf = [](Unit u) {
        return u == Unit::Rate ? core::Figure::Rate : u == Unit::Ratio ? core::Figure::Ratio : core::Figure::Scaled;
    };
    std::vector<int> decimals;
    for (const Col& c : cols) {
        std::vector<double> shown;
        for (const Block& b : blocks)
            for (const int y : years)
                shown.push_back(shownValue(b, y, c));
        decimals.push_back(core::sharedDecimals(kindOf(c.unit), std::span<const double>(shown)));
    }
    QStringList headers{esc(tr("Year"))};
    for (const Col& c : cols)
        headers << esc(c.header);
    Table t(headers, {10, 15, 15, 15, 12, 16, 17}, {true, true, true, true, true, true, true});
    for (const Block& b : blocks) {
        // The group's title in a row of its own (no colspan: Qt's pagination of a table that
        // crosses a page breaks on spanning cells and loses the headings and pictures after it).
        QStringList titleRow{QStringLiteral("<b>%1</b>").arg(esc(b.title))};
        for (std::size_t i = 0; i < cols.size(); ++i)
            titleRow << QString();
        t.row(titleRow, QStringLiteral("group"));
        for (const int y : years) {
            QStringList cells{QString::number(firstYear + y)};
            for (std::size_t i = 0; i < cols.size(); ++i) {
                const double v = shownValue(b, y, cols[i]);
                cells << esc(!std::isfinite(v)                 ? dash
                             : cols[i].unit == Unit::Rate      ? format::rate(v, decimals[i])
                                                               : format::figure(kindOf(cols[i].unit), v, decimals[i]));
            }
            t.row(cells);
        }
    }
    h += t.html();
    h += note(tr("Money in %1, nominal. The cost rate is the group's spending as a share of its insured wages; "
                 "benefits / contributions is the group's benefits over its contributions (a dash when it pays "
                 "none). The fund's reserve is one for all groups: the annual results and the headline figures are "
                 "those of all groups together.")
                  .arg(yearScale.name));
    return h;
}

QString ReportWriter::packageSection(int number) const
{
    const core::PackageResult& p = *m_package;
    using C = core::PackageColumn;
    const QString dash = format::undefinedMark();
    const QString currency = currencyOf(m_scenario);
    const bool severance = core::hasSeverance(m_scenario);
    const bool savings = core::hasSavings(m_scenario);
    const bool assistance = core::hasAssistance(m_scenario);
    const bool gdp = m_scenario.economy.gdp > 0;
    const int firstYear = p.startYear;

    QString h = heading(number, tr("Protection package"));
    QStringList parts{tr("unemployment insurance")};
    if (severance)
        parts << tr("severance pay");
    if (savings)
        parts << tr("individual savings accounts");
    if (assistance)
        parts << tr("unemployment assistance");
    const QString list = parts.size() == 2 ? tr("%1 and %2").arg(parts[0], parts[1])
                                           : tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")),
                                                                 parts.back());
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("The package protecting the unemployed combines %1. This section shows what each part "
                         "costs, who pays for it (employers, workers, the state) and how many of the unemployed "
                         "it reaches.")
                          .arg(list)));
    // A sentence on the last year: the package's cost and the payers' shares.
    {
        const int last = p.years - 1;
        const double total = p.at(last, C::package_cost);
        if (total > 0 && std::isfinite(total)) {
            const double toWages = p.at(last, C::package_cost_to_wages);
            QString sentence = tr("In %1 the package costs %2 (%3 of covered wages); employers bear %4 of it, "
                                  "workers %5 and the state %6.")
                                   .arg(firstYear + last)
                                   .arg(format::money(total, currency, true))
                                   .arg(std::isfinite(toWages) ? format::rate(toWages) : dash)
                                   .arg(format::rate(p.at(last, C::employers_cost) / total))
                                   .arg(format::rate(p.at(last, C::workers_cost) / total))
                                   .arg(format::rate(p.at(last, C::state_cost) / total));
            const double any = p.at(last, C::any_coverage);
            if (std::isfinite(any) && (savings || assistance))
                sentence += QLatin1Char(' ') + tr("It protects %1 of the unemployed, against %2 by the insurance alone.")
                                                   .arg(format::rate(any))
                                                   .arg(format::rate(p.at(last, C::insurance_coverage)));
            h += QStringLiteral("<p>%1</p>").arg(esc(sentence));
        }
    }

    // No chart of the cost by payer here: with it Qt's pagination lost later headings and
    // paragraphs of the report (builtin:vietnam: the stochastic section's text and the headings
    // of sections 7 and 10). The tables below give the figures; the app's Package tab the chart.

    std::vector<int> years{0, (p.years - 1) / 2, p.years - 1};
    years.erase(std::unique(years.begin(), years.end()), years.end());
    const auto yearsTitle = [&](const QString& three, const QString& fewer) {
        return years.size() == 3 ? three.arg(firstYear + years[0]).arg(firstYear + years[1]).arg(firstYear + years[2])
                                 : fewer;
    };

    // Cost by part and payer. The savings accounts' payers are what is left of each payer's
    // cost after the insurance and severance (model-spec v5: employers_cost, workers_cost).
    struct Line {
        QString title;
        double employers, workers, state;
        bool total;
    };
    const auto linesOf = [&](int y) {
        const double insE = p.at(y, C::insurance_employers), insW = p.at(y, C::insurance_workers),
                     insS = p.at(y, C::insurance_state);
        std::vector<Line> lines{{tr("Insurance"), insE, insW, insS, false}};
        if (severance)
            lines.push_back({tr("Severance pay"), p.at(y, C::severance_cost), 0, 0, false});
        if (savings)
            lines.push_back({tr("Savings accounts"),
                             p.at(y, C::employers_cost) - insE - (severance ? p.at(y, C::severance_cost) : 0.0),
                             p.at(y, C::workers_cost) - insW,
                             p.at(y, C::state_cost) - insS - (assistance ? p.at(y, C::assistance_cost) : 0.0), false});
        if (assistance)
            lines.push_back({tr("Assistance"), 0, 0, p.at(y, C::assistance_cost), false});
        lines.push_back({tr("Package"), p.at(y, C::employers_cost), p.at(y, C::workers_cost), p.at(y, C::state_cost), true});
        return lines;
    };
    const MoneyScale scale = packageTableScale(p, currency);
    std::vector<double> moneyShown, rateShown;
    for (const int y : years) {
        const double wages = p.at(y, C::wage_bill);
        const double gdpValue = p.at(y, C::gdp);
        for (const Line& l : linesOf(y)) {
            const double sum = l.employers + l.workers + l.state;
            for (const double v : {l.employers, l.workers, l.state, sum})
                moneyShown.push_back(v / scale.divisor);
            rateShown.push_back(wages > 0 ? sum / wages : std::numeric_limits<double>::quiet_NaN());
            if (gdp)
                rateShown.push_back(gdpValue > 0 ? sum / gdpValue : std::numeric_limits<double>::quiet_NaN());
        }
    }
    const int moneyDecimals = core::sharedDecimals(core::Figure::Scaled, std::span<const double>(moneyShown));
    const int rateDecimals = core::sharedDecimals(core::Figure::Rate, std::span<const double>(rateShown));
    const auto money = [&](double v) {
        return std::isfinite(v) ? esc(format::figure(core::Figure::Scaled, v / scale.divisor, moneyDecimals)) : dash;
    };
    const auto rate = [&](double v) { return std::isfinite(v) ? esc(format::rate(v, rateDecimals)) : dash; };

    h += QStringLiteral("<h3>%1</h3>")
             .arg(esc(yearsTitle(tr("Cost by part and payer in %1, %2 and %3"), tr("Cost by part and payer"))));
    {
        QStringList headers{esc(tr("Part")), esc(tr("Employers")), esc(tr("Workers")), esc(tr("State")), esc(tr("Total")),
                            esc(tr("% of wages"))};
        QList<int> widths{24, 14, 13, 12, 13, 12};
        QList<bool> numeric{false, true, true, true, true, true};
        if (gdp) {
            headers << esc(tr("% of GDP"));
            widths = {22, 13, 12, 12, 13, 14, 14};
            numeric << true;
        }
        Table t(headers, widths, numeric);
        for (const int y : years) {
            QStringList titleRow{QStringLiteral("<b>%1</b>").arg(firstYear + y)};
            for (qsizetype i = 1; i < headers.size(); ++i)
                titleRow << QString();
            t.row(titleRow, QStringLiteral("group"));
            const double wages = p.at(y, C::wage_bill);
            const double gdpValue = p.at(y, C::gdp);
            for (const Line& l : linesOf(y)) {
                const double sum = l.employers + l.workers + l.state;
                QStringList cells{esc(l.title), money(l.employers), money(l.workers), money(l.state), money(sum),
                                  rate(wages > 0 ? sum / wages : std::numeric_limits<double>::quiet_NaN())};
                if (gdp)
                    cells << rate(gdpValue > 0 ? sum / gdpValue : std::numeric_limits<double>::quiet_NaN());
                if (l.total)
                    for (QString& c : cells)
                        c = QStringLiteral("<b>%1</b>").arg(c);
                t.row(cells);
            }
        }
        h += t.html();
        h += note(tr("Money in %1, nominal. Insurance: the contributions by payer, the state's including its "
                     "subsidy and transfers. Severance pay: what employers pay directly and into a severance fund. "
                     "Savings accounts: the contributions into the accounts and the solidarity fund (the workers' own "
                     "savings, returned to them). Assistance: benefits and their administration. "
                     "% of wages: of the covered wage bill.")
                      .arg(scale.name) +
                  (gdp ? QString() : QLatin1Char(' ') + tr("The scenario gives no GDP, so there are no ratios to GDP.")));
    }

    // Who is protected.
    h += QStringLiteral("<h3>%1</h3>")
             .arg(esc(yearsTitle(tr("Who is protected in %1, %2 and %3"), tr("Who is protected"))));
    {
        struct Share {
            QString title;
            C column;
        };
        std::vector<Share> shares{{tr("Unemployed on insurance benefits"), C::insurance_coverage}};
        if (savings)
            shares.push_back({tr("Unemployed drawing on a savings account"), C::savings_coverage});
        if (assistance)
            shares.push_back({tr("Unemployed on assistance"), C::assistance_coverage});
        shares.push_back({tr("Unemployed protected by any part"), C::any_coverage});
        if (severance)
            shares.push_back({tr("Job losers paid severance"), C::severance_coverage});
        QStringList headers{esc(tr("Share"))};
        QList<int> widths{46};
        QList<bool> numeric{false};
        for (const int y : years) {
            headers << QString::number(firstYear + y);
            widths << 54 / int(years.size());
            numeric << true;
        }
        std::vector<double> shown;
        for (const Share& sh : shares)
            for (const int y : years)
                shown.push_back(p.at(y, sh.column));
        const int decimals = core::sharedDecimals(core::Figure::Rate, std::span<const double>(shown));
        Table t(headers, widths, numeric);
        for (const Share& sh : shares) {
            QStringList cells{esc(sh.title)};
            for (const int y : years) {
                const double v = p.at(y, sh.column);
                cells << (std::isfinite(v) ? esc(format::rate(v, decimals)) : dash);
            }
            if (sh.column == C::any_coverage)
                for (QString& c : cells)
                    c = QStringLiteral("<b>%1</b>").arg(c);
            t.row(cells);
        }
        h += t.html();
        h += note(tr("Shares of the unemployed (the year's average), each person counted once in “any part”: an "
                     "insured job loser draws on the account first. Job losers paid severance: of those who lost "
                     "a job in the year."));
    }

    return h;
}

QString ReportWriter::stressSection(int number) const
{
    const core::StressResult& r = *m_options.stress;
    const QString dash = format::undefinedMark();
    QString h = heading(number, tr("Stress test"));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%1recession from %2: unemployment rises by %3 points over %4 months and falls back over "
                         "%5 months; the peak is in %6.")
                          .arg(r.shock.name.empty() ? tr("A ") : tr("“%1”: a ").arg(q(r.shock.name)))
                          .arg(r.shock.startYear)
                          .arg(format::figure(core::Figure::Rate, r.shock.rise))
                          .arg(r.shock.monthsToPeak)
                          .arg(r.shock.monthsToRecover)
                          .arg(r.peakYear)));
    // The claims shocks the unemployment rate does not show (model-spec v2 and v4).
    QStringList shocks;
    if (r.shock.claimsFactor != 1)
        shocks << tr("Job losses of the insured are multiplied by %1 in every month of the recession.")
                      .arg(format::figure(core::Figure::Ratio, r.shock.claimsFactor));
    if (const core::GroupShock& g = m_options.stressGroup; !g.group.empty() && g.claimsFactor != 1) {
        QString title = g.group == core::kMainGroupName ? tr("Main group") : q(g.group);
        for (const core::GroupTable& table : m_result.groups)
            if (table.name == g.group)
                title = groupTitle(table);
        shocks << tr("The group “%1” is hit harder: its job losses are also multiplied by %2 over the recession.")
                      .arg(title, format::figure(core::Figure::Ratio, g.claimsFactor));
    }
    if (!shocks.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(shocks.join(QLatin1Char(' '))));
    Table t({tr("Measure"), tr("Without the recession"), tr("With the recession")}, {40, 30, 30}, {false, true, true});
    auto lowest = [&](const core::StressOutcome& o) {
        return o.minimumReserveRatio ? tr("%1 in %2").arg(format::years(*o.minimumReserveRatio)).arg(*o.minimumReserveRatioYear) : dash;
    };
    auto depleted = [&](const core::StressOutcome& o) {
        return o.depletionYear ? QLocale().monthName(o.depletionMonth.value_or(1)) + QLatin1Char(' ') + QString::number(*o.depletionYear)
                               : tr("never");
    };
    // From the recession's start: the low the recession can cause (an earlier one is the
    // scenario's own).
    const int startYear = m_result.startYear;
    auto lowestSinceStart = [&](const core::StressOutcome& o) {
        const auto low = lowestFrom(o, startYear, r.shock.startYear);
        return low ? tr("%1 in %2").arg(format::years(low->ratio)).arg(low->year) : dash;
    };
    t.row({esc(tr("Lowest reserve ratio")), esc(lowest(r.baseline)), esc(lowest(r.stressed))});
    t.row({esc(tr("Lowest reserve ratio from %1, the recession's start").arg(r.shock.startYear)),
           esc(lowestSinceStart(r.baseline)), esc(lowestSinceStart(r.stressed))});
    t.row({esc(tr("Months of benefits the reserve covers in %1").arg(r.peakYear)),
           esc(format::figure(core::Figure::Ratio, r.baseline.monthsOfBenefitsCovered)),
           esc(format::figure(core::Figure::Ratio, r.stressed.monthsOfBenefitsCovered))});
    t.row({esc(tr("Reserve depleted")), esc(depleted(r.baseline)), esc(depleted(r.stressed))});
    h += t.html();
    if (m_options.includeCharts)
        h += chartImage(QStringLiteral("chart:stress"));
    h += note(shocks.isEmpty()
                  ? tr("The months of benefits covered are the reserve at the start of the peak year divided by that "
                       "year's average monthly benefit spending. The recession is laid over the scenario's own "
                       "unemployment path month by month; nothing else in the scenario changes.")
                  : tr("The months of benefits covered are the reserve at the start of the peak year divided by that "
                       "year's average monthly benefit spending. The recession is laid over the scenario's own "
                       "unemployment path month by month; apart from the job losses said above, nothing else in "
                       "the scenario changes."));
    return h;
}

QString ReportWriter::stochasticSection(int number) const
{
    const core::StochasticResult& r = *m_options.stochastic;
    const int lastYear = r.startYear + r.years - 1;
    QString h = heading(number, tr("Stochastic projection"));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%1 random futures (seed %2), with shocks to unemployment (volatility %3, persistence %4) and "
                         "to the return on the reserve (volatility %5). The probability that the reserve runs out "
                         "by %6 is %7. %8")
                          .arg(QLocale().toString(qlonglong(r.paths)))
                          .arg(r.seed)
                          .arg(format::nonBreaking(format::percent(m_scenario.stochastic.unemployment_volatility, 2)))
                          .arg(QLocale().toString(m_scenario.stochastic.unemployment_persistence, 'g', 3))
                          .arg(format::nonBreaking(format::percent(m_scenario.stochastic.return_volatility, 2)))
                          .arg(lastYear)
                          .arg(format::rate(r.depletionProbability[r.years - 1]))
                          .arg(r.medianDepletionYear
                                   ? tr("Half of the futures have run out of reserve by %1.").arg(*r.medianDepletionYear)
                                   : tr("In most futures the reserve does not run out."))));
    if (m_options.includeCharts) {
        h += chartImage(QStringLiteral("chart:fan"));
        // A chart of zeros says nothing: a sentence instead. The chart is a strip, so that the
        // section (two charts and the table) fits one page.
        if (anyDepletion(r))
            h += chartImage(QStringLiteral("chart:depletion"), kDepletionChartHeight);
        else
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("No future runs out of reserve by %1, so the chart of the probability of depletion "
                                 "is left out.")
                                  .arg(lastYear)));
    }
    Table t({tr("Year"), tr("Reserve ratio, 5th percentile"), tr("Median"), tr("95th percentile"),
             tr("Probability of depletion")},
            {12, 24, 20, 20, 24}, {true, true, true, true, true});
    using M = core::StochasticMeasure;
    const int probabilityDecimals = core::sharedDecimals(
        core::Figure::Rate, std::span<const double>(r.depletionProbability.data(), std::size_t(r.depletionProbability.size())));
    for (int y = 0; y < r.years; ++y) {
        if (y % 5 != 0 && y != r.years - 1)
            continue;
        t.row({QString::number(r.startYear + y), esc(format::years(r.percentile(M::reserve_ratio, y, 0))),
               esc(format::years(r.percentile(M::reserve_ratio, y, 2))),
               esc(format::years(r.percentile(M::reserve_ratio, y, 4))),
               esc(format::rate(r.depletionProbability[y], probabilityDecimals))});
    }
    h += t.html();
    h += note(tr("The fan shows, year by year, the band holding the middle 90 % of the futures (5th to 95th "
                 "percentile), the middle 50 % and the median, with the deterministic projection for comparison. "
                 "The probability of depletion is the share of futures whose reserve has fallen below zero at "
                 "the end of some month up to that year."));
    return h;
}

void ReportWriter::fillComparison(ComparisonSet& set) const
{
    set.setIncludesCurrent(false);
    set.pin(tr("%1 (this report)").arg(displayTitle()), QString(), m_scenario);
    for (const ReportComparison& c : m_options.comparison) {
        const QString name = !c.name.trimmed().isEmpty() ? c.name
                             : c.scenario.meta.title.empty() ? tr("Scenario")
                                                             : q(c.scenario.meta.title);
        set.pin(name, QString(), c.scenario);
    }
}

QString ReportWriter::comparisonSection(int number) const
{
    ScenarioDocument document;
    document.reset(m_scenario);
    ComparisonSet set(&document);
    fillComparison(set);
    const HeadlineComparisonModel headlines(&set);
    const ParameterDiffModel differences(&set);

    QString h = heading(number, tr("Comparison with other scenarios"));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(m_options.comparison.size() == 1
                          ? tr("This scenario beside one other: the headline figures of each, the reserve ratio of "
                               "each over the years, and every parameter on which they differ.")
                          : tr("This scenario beside %1 others: the headline figures of each, the reserve ratio of "
                               "each over the years, and every parameter on which they differ.")
                                .arg(m_options.comparison.size())));
    h += modelTable(headlines, tr("Measure"), false);
    if (m_options.includeCharts)
        h += chartImage(QStringLiteral("chart:comparison"));
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Parameters that differ")));
    if (differences.rowCount() == 0)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("The scenarios have the same parameters.")));
    else
        h += modelTable(differences, tr("Parameter and key"), true);
    h += note(tr("Values in bold differ from this scenario's. Money is in each scenario's own currency."));
    return h;
}

QString ReportWriter::standardsSection(int number) const
{
    QString h = heading(number, tr("ILO minimum standards"));
    h += note(tr("The design against Convention No. 102 (1952), Part IV, and Convention No. 168 (1988). "
                 "The check compares the scenario's parameters, not its projected figures, with the minima "
                 "the conventions set."));
    Table t({tr("Standard"), tr("Article"), tr("Topic"), tr("Finding"), tr("Explanation")}, {13, 11, 17, 12, 47},
            {false, false, false, false, false});
    for (const core::StandardFinding& f : core::checkStandards(m_scenario)) {
        QString status;
        switch (f.status) {
        case core::StandardStatus::Pass: status = QStringLiteral("<span class=\"pass\">%1</span>").arg(esc(tr("meets"))); break;
        case core::StandardStatus::Fail: status = QStringLiteral("<span class=\"fail\">%1</span>").arg(esc(tr("falls short"))); break;
        case core::StandardStatus::NotAssessed: status = QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("not assessed"))); break;
        }
        t.row({esc(f.standard), esc(f.article), esc(coretext::translatedStandardTopic(f)), status,
               esc(coretext::translatedStandardExplanation(f))});
    }
    return h + t.html();
}

QString ReportWriter::parametersSection(int number) const
{
    const core::Scenario& s = m_scenario;
    const QString currency = s.meta.currency.empty() ? QStringLiteral("LCU") : q(s.meta.currency);
    QString h = heading(number, tr("Parameters and their sources"));
    Table t({tr("Parameter and key"), tr("Value"), tr("Source")}, {38, 24, 38}, {false, false, false});
    std::optional<core::Group> group;
    for (const core::ParameterInfo& p : core::parameters()) {
        if (group != p.group) {
            group = p.group;
            t.spanningRow(esc(coretext::translatedGroupName(p.group)), QStringLiteral("group"));
        }
        QString value = format::displayValue(p, p.get(s), currency);
        const QString unit = format::unitLabel(p, currency);
        if (p.display == core::Display::Years && value == QStringLiteral("1"))
            value += QLatin1Char(' ') + tr("year");
        else if (!format::showsPercent(p) && p.display != core::Display::Money && !unit.isEmpty())
            value += QLatin1Char(' ') + unit;
        else if (format::showsPercent(p) && unit != QStringLiteral("%"))
            value += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(unit));
        const auto source = s.sources.find(std::string(p.key));
        const QString sourceNote = source == s.sources.end() ? QString() : q(source->second);
        // A number never parts from its unit at a line end.
        value.replace(QStringLiteral(" %"), QStringLiteral("\u00a0%"));
        t.row({QStringLiteral("%1<br/><span class=\"key\">%2</span>").arg(esc(coretext::translatedLabel(p)), esc(p.key)),
               value.contains(QLatin1Char('<')) ? value : esc(value),
               sourceNote.isEmpty() ? QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("no source given")))
                                    : esc(sourceNote)});
        // Its dated changes (model-spec v2), each with the law that made it.
        if (const auto changes = s.dated.find(std::string(p.key)); changes != s.dated.end())
            for (const auto& [year, change] : changes->second) {
                const std::string key = core::datedKey(p.key, year);
                const auto note = s.sources.find(key);
                QString changed = format::displayValue(p, change, currency);
                changed.replace(QStringLiteral(" %"), QStringLiteral("\u00a0%"));
                t.row({QStringLiteral("%1<br/><span class=\"key\">%2</span>")
                           .arg(esc(tr("from %1").arg(year)), esc(QString::fromStdString(key))),
                       esc(changed),
                       note == s.sources.end() ? QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("no source given")))
                                               : esc(q(note->second))});
            }
    }
    return h + t.html();
}

QString ReportWriter::annualSection(int number) const
{
    const QString currency = m_scenario.meta.currency.empty() ? QStringLiteral("LCU") : q(m_scenario.meta.currency);
    const QString dash = format::undefinedMark();
    QString h = heading(number, tr("Annual results"));
    const MoneyScale scale = moneyScale(m_result, currency);
    h += note(tr("Money in %1, nominal. Persons in thousands. Rates as percentages of the insured "
                 "wage bill; the reserve ratio in years of the year's spending. The full table of %2 columns is available "
                 "as CSV (tideover-cli project).")
                  .arg(scale.name)
                  .arg(core::kColumnCount));
    using C = core::Column;
    struct Col {
        C column;
        QString header;
        int width;
    };
    const std::vector<Col> cols = {
        // Widths that hold the longest word of each header in French and Vietnamese too
        // ("Année", "(milliers)", "Dépenses"): a header never breaks inside a word.
        {C::year, tr("Year"), 8},
        {C::insured, tr("Insured (’000)"), 11},
        {C::beneficiaries, tr("Benefi­ciaries (’000)"), 11},
        {C::contribution_rate, tr("Contri­bution rate"), 9},
        {C::contributions, tr("Contri­butions"), 9},
        {C::expenditure, tr("Spending"), 11},
        {C::reserve, tr("Reserve"), 10},
        {C::reserve_ratio, tr("Reserve ratio (years)"), 10},
        {C::cost_rate, tr("Cost rate"), 9},
        {C::effective_coverage, tr("Coverage"), 12},
    };
    QStringList headers;
    QList<int> widths;
    QList<bool> numeric;
    for (const Col& c : cols) {
        headers << esc(c.header);
        widths << c.width;
        numeric << true;
    }
    Table t(headers, widths, numeric);
    // Each column shares its decimals (docs/number-style.md): persons in thousands and money
    // in the section's scale are scaled figures, the reserve ratio a ratio, the rest rates.
    const auto kindOf = [](C c) {
        switch (c) {
        case C::insured:
        case C::beneficiaries:
        case C::contributions:
        case C::expenditure:
        case C::reserve: return core::Figure::Scaled;
        case C::reserve_ratio: return core::Figure::Ratio;
        default: return core::Figure::Rate;
        }
    };
    const auto divisorOf = [&](C c) {
        return c == C::insured || c == C::beneficiaries ? 1000.0
               : c == C::contributions || c == C::expenditure || c == C::reserve ? scale.divisor
                                                                                  : 1.0;
    };
    std::vector<int> decimals;
    for (const Col& c : cols) {
        const Eigen::ArrayXd shown = m_result.column(c.column) / divisorOf(c.column);
        decimals.push_back(core::sharedDecimals(kindOf(c.column), std::span<const double>(shown.data(), std::size_t(shown.size()))));
    }
    for (int y = 0; y < m_result.years; ++y) {
        QStringList cells;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            const Col& c = cols[i];
            const double v = m_result.at(y, c.column);
            QString text;
            if (!std::isfinite(v))
                text = dash;
            else if (c.column == C::year)
                text = QString::number(std::llround(v));
            else if (kindOf(c.column) == core::Figure::Rate)
                text = format::rate(v, decimals[i]);
            else
                text = format::figure(kindOf(c.column), v / divisorOf(c.column), decimals[i]);
            cells << esc(text);
        }
        t.row(cells);
    }
    return h + t.html();
}

QStringList ReportWriter::chartNames() const
{
    QStringList names;
    if (!m_options.includeCharts)
        return names;
    for (int i = 0; i < 4; ++i)
        names << QStringLiteral("chart:result:%1").arg(i);
    if (m_result.hasGroups())
        names << QStringLiteral("chart:groups");
    if (m_options.stress)
        names << QStringLiteral("chart:stress");
    if (m_options.stochastic) {
        names << QStringLiteral("chart:fan");
        if (anyDepletion(*m_options.stochastic))
            names << QStringLiteral("chart:depletion");
    }
    if (!m_options.comparison.empty())
        names << QStringLiteral("chart:comparison");
    return names;
}

void ReportWriter::addCharts(ChartPictureHandler& handler) const
{
    ScenarioDocument document;
    document.reset(m_scenario);
    const QSize size(kChartWidth, kChartHeight);
    // Every chart is laid out at the same size in print colours, filled, then recorded.
    auto record = [&](const QString& name, ChartView& chart, const std::function<void()>& fill, QSize chartSize = {}) {
        chart.setPalette(printPalette());
        // Shown (never on screen) so that the plot has its real size when the legend decides
        // how many entries fit on a row.
        chart.setAttribute(Qt::WA_DontShowOnScreen);
        chart.resize(chartSize.isValid() ? chartSize : size);
        chart.show();
        fill();
        QCoreApplication::sendPostedEvents();
        handler.add(name, recordChart(chart.plot(), chart.plot()->size()));
    };
    {
        ReserveChart reserve(&document);
        IncomeExpenditureChart income(&document);
        BeneficiariesChart beneficiaries(&document);
        RatesChart rates(&document);
        ChartView* charts[] = {&reserve, &income, &beneficiaries, &rates};
        for (int i = 0; i < 4; ++i)
            record(QStringLiteral("chart:result:%1").arg(i), *charts[i], [&] { charts[i]->refresh(); });
    }
    if (m_result.hasGroups()) {
        // The groups without the total, in the scale of the section's table of sums.
        const QString currency = m_scenario.meta.currency.empty() ? QStringLiteral("LCU") : q(m_scenario.meta.currency);
        const std::vector<GroupSums> sums = groupSums(m_result);
        const MoneyScale scale = sumsScale(sums, currency);
        std::vector<GroupFlow> flows;
        for (std::size_t i = 0; i + 1 < sums.size(); ++i)
            flows.push_back({sums[i].title, sums[i].workers, sums[i].employers, sums[i].state, sums[i].benefits,
                             sums[i].spending - sums[i].benefits});
        QCustomPlot plot;
        plot.setPalette(printPalette());
        plot.resize(size);
        GroupsChart::build(plot, flows, scale.divisor,
                           tr("Summed over %1–%2 (%3)")
                               .arg(m_result.startYear)
                               .arg(m_result.startYear + m_result.years - 1)
                               .arg(scale.name));
        handler.add(QStringLiteral("chart:groups"), recordChart(&plot, size));
    }
    const double target = m_scenario.projection.target_reserve_ratio;
    if (m_options.stress) {
        StressChart chart(&document, StressChart::Measure::ReserveRatio);
        record(QStringLiteral("chart:stress"), chart, [&] { chart.setResult(*m_options.stress, m_result.startYear, target, false); });
    }
    if (m_options.stochastic) {
        FanChart fan(&document, core::StochasticMeasure::reserve_ratio);
        record(QStringLiteral("chart:fan"), fan, [&] { fan.setResult(*m_options.stochastic, &m_result, target, false); });
        if (anyDepletion(*m_options.stochastic)) {
            DepletionChart depletion(&document);
            record(
                QStringLiteral("chart:depletion"), depletion, [&] { depletion.setResult(*m_options.stochastic, false); },
                QSize(kChartWidth, kDepletionChartHeight));
        }
    }
    if (!m_options.comparison.empty()) {
        ComparisonSet set(&document);
        fillComparison(set);
        ComparisonChart chart(&set);
        record(QStringLiteral("chart:comparison"), chart, [&] { chart.rebuild(); });
    }
}

ReportWriter::TitleDescription ReportWriter::titleDescription(const QPaintDevice* device, const QFont& baseFont,
                                                             const QRect& body) const
{
    // Between the title band and the facts at the foot of the page: the description in 11 pt,
    // smaller down to 8.5 pt when it is long, and cut at a word with "…" when even that does
    // not fit (the summary then carries it whole).
    const QString text = q(m_scenario.meta.description);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRect box(body.left(), 0, body.width(), 1 << 20);
    TitleDescription d;
    d.font = baseFont;
    for (const double points : {11.0, 10.5, 10.0, 9.5, 9.0, 8.5}) {
        d.font.setPointSizeF(points);
        if (QFontMetrics(d.font, device).boundingRect(box, flags, text).height() <= kTitleDescriptionHeight) {
            d.text = text;
            return d;
        }
    }
    const QFontMetrics metrics(d.font, device);
    QStringList words = text.split(QLatin1Char(' '));
    while (words.size() > 1 &&
           metrics.boundingRect(box, flags, words.join(QLatin1Char(' ')) + QStringLiteral(" …")).height() > kTitleDescriptionHeight)
        words.removeLast();
    d.text = words.join(QLatin1Char(' ')) + QStringLiteral(" …");
    d.complete = false;
    return d;
}

void ReportWriter::drawTitlePage(QPainter& painter, const QRect& page, const QRect& body, const QFont& baseFont) const
{
    const core::Scenario& s = m_scenario;
    const QString title = s.meta.title.empty() ? tr("Untitled scenario") : q(s.meta.title);
    const QColor ink(0x1b, 0x3a, 0x5c);
    const QColor muted(0x5a, 0x6b, 0x7d);
    auto fontOf = [&](double points, bool bold) {
        QFont f = baseFont;
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    };
    painter.save();
    // A band across the top holds the title.
    const QRect band(0, 0, page.width(), mm(105));
    painter.fillRect(band, ink);
    painter.setPen(QColor(0xc9, 0xd6, 0xe3));
    painter.setFont(fontOf(11, false));
    const QRect kicker(body.left(), mm(38), body.width(), mm(8));
    painter.drawText(kicker, Qt::AlignLeft | Qt::AlignTop, tr("Unemployment insurance · financial projection"));
    painter.setPen(Qt::white);
    painter.setFont(fontOf(26, true));
    const QRect titleRect(body.left(), mm(48), body.width(), band.bottom() - mm(48) - mm(8));
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);

    int y = band.bottom() + mm(14);
    if (!s.meta.description.empty()) {
        const TitleDescription description = titleDescription(painter.device(), baseFont, body);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.setFont(description.font);
        const QRect bounds = painter.boundingRect(QRect(body.left(), y, body.width(), kTitleDescriptionHeight),
                                                  Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, description.text);
        painter.drawText(QRect(body.left(), y, body.width(), bounds.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         description.text);
        y += bounds.height() + mm(14);
    }

    const QString currency = s.meta.currency.empty() ? QStringLiteral("LCU") : q(s.meta.currency);
    const int lastYear = m_result.startYear + m_result.years - 1;
    const QString dash = format::undefinedMark();
    const std::pair<QString, QString> facts[] = {
        {tr("Country"), s.meta.country.empty() ? dash : q(s.meta.country)},
        {tr("Author"), s.meta.author.empty() ? dash : q(s.meta.author)},
        {tr("Currency"), currency},
        {tr("Projection"), tr("%1 to %2 (%3 years)").arg(m_result.startYear).arg(lastYear).arg(m_result.years)},
        {tr("Date"), QLocale().toString(m_options.date, QLocale::LongFormat)},
        {tr("Prepared with"), tr("Tideover %1").arg(q(core::appVersion()))},
    };
    const int nameWidth = mm(40);
    const int rowHeight = mm(9);
    painter.setPen(QPen(QColor(0xd5, 0xdb, 0xe1), mm(0.2)));
    painter.drawLine(body.left(), y, body.right(), y);
    for (const auto& [name, value] : facts) {
        painter.setFont(fontOf(11, false));
        painter.setPen(muted);
        painter.drawText(QRect(body.left(), y, nameWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.setFont(fontOf(11, true));
        painter.drawText(QRect(body.left() + nameWidth, y, body.width() - nameWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         value);
        y += rowHeight;
        painter.setPen(QPen(QColor(0xd5, 0xdb, 0xe1), mm(0.2)));
        painter.drawLine(body.left(), y, body.right(), y);
    }
    painter.restore();
}

int ReportWriter::writePdf(QIODevice* device) const
{
    QPdfWriter writer(device);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const QString title = m_scenario.meta.title.empty() ? tr("Untitled scenario") : q(m_scenario.meta.title);
    writer.setTitle(tr("Tideover report: %1").arg(title));
    writer.setCreator(tr("Tideover %1").arg(q(core::appVersion())));

    const QRect page(0, 0, mm(210), mm(297));
    const QRect body = page.adjusted(mm(kMarginsMm.left()), mm(kMarginsMm.top()), -mm(kMarginsMm.right()),
                                     -mm(kMarginsMm.bottom()));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font = QApplication::font();
    font.setPointSizeF(9.5);
    // No ligatures: with them a PDF reader copies and finds "ﬁ" instead of "fi", and the
    // parameter keys (labour.job_finding_rate) could not be searched for.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    const auto px = [](double millimetres) { return QString::number(htmlPx(millimetres)); };
    doc.setDefaultStyleSheet(QStringLiteral(
        "body { color: #222222; }"
        "p { margin-top: 0px; margin-bottom: %1px; line-height: 125%; }"
        "h1.title { font-size: 24pt; font-weight: bold; color: #1b3a5c; margin-top: %2px; margin-bottom: %2px; }"
        "p.kicker { font-size: 11pt; color: #5a6b7d; }"
        "p.lead { font-size: 11pt; color: #333333; }"
        "h2 { font-size: 15pt; font-weight: bold; color: #1b3a5c; margin-top: 0px; margin-bottom: %2px; }"
        "h3 { font-size: 11pt; font-weight: bold; color: #1b3a5c; margin-top: %2px; margin-bottom: %1px; }"
        "p.note { font-size: 8.5pt; color: #555555; }"
        "p.chart { margin-bottom: %2px; line-height: 100%; }"
        "table.grid { border-collapse: collapse; border-style: solid; border-color: #b8c2cc; border-width: %3px; "
        "  font-size: 8.5pt; margin-bottom: %2px; }"
        "table.grid th { background-color: #e4eaf1; color: #1b3a5c; font-weight: bold; }"
        "table.grid td { border-color: #d5dbe1; }"
        "tr.group td { background-color: #f3f5f7; font-weight: bold; color: #1b3a5c; }"
        "td.factname { color: #5a6b7d; padding-right: %2px; }"
        "table.facts { font-size: 11pt; }"
        "span.key { font-size: 7.5pt; color: #5a6b7d; }"
        "span.muted { color: #777777; }"
        "span.pass { color: #1d7a3a; font-weight: bold; }"
        "span.fail { color: #b3261e; font-weight: bold; }")
                                  .arg(px(2), px(4), QString::number(std::max(1, htmlPx(0.3)))));
    if (m_options.includeCharts)
        addCharts(*new ChartPictureHandler(&doc));
    m_descriptionInSummary =
        !m_scenario.meta.description.empty() && !titleDescription(&writer, font, body).complete;
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html()));
    doc.setPageSize(body.size());
    keepLinesOnPages(doc);
    joinSpilledSections(doc);
    keepLinesOnPages(doc);

    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int pages = doc.pageCount() + 1;  // the title page, then the document
    QFont footerFont = font;
    footerFont.setPointSizeF(8);
    const QString footerLeft = tr("Tideover %1 · %2").arg(q(core::appVersion()), title);
    for (int i = 0; i < pages; ++i) {
        if (i == 0) {
            drawTitlePage(painter, page, body, font);
        } else {
            writer.newPage();
            const int docPage = i - 1;
            painter.save();
            painter.translate(body.left(), body.top() - docPage * body.height());
            const QRect clip(0, docPage * body.height(), body.width(), body.height());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
        }

        // Footer: a hairline, the report's name on the left, the page on the right.
        const int lineY = body.bottom() + mm(8);
        painter.setPen(QPen(QColor(0xb8, 0xc2, 0xcc), mm(0.2)));
        painter.drawLine(body.left(), lineY, body.right(), lineY);
        painter.setPen(QColor(0x5a, 0x6b, 0x7d));
        painter.setFont(footerFont);
        const QRect footer(body.left(), lineY + mm(1.5), body.width(), mm(6));
        const QString pageText = tr("Page %1 of %2").arg(i + 1).arg(pages);
        const int pageWidth = painter.fontMetrics().horizontalAdvance(pageText);
        painter.drawText(footer.adjusted(0, 0, -pageWidth - mm(6), 0), Qt::AlignLeft | Qt::AlignTop,
                         painter.fontMetrics().elidedText(footerLeft, Qt::ElideRight, footer.width() - pageWidth - mm(6)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    }
    painter.end();
    return pages;
}

bool ReportWriter::writePdf(const QString& path, QString* error) const
{
    // Drawn in memory, then saved by the rules of every save (devices, links, read-only files).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writePdf(&buffer);
    buffer.close();
    QString reason;
    if (!writeFileSafely(path, buffer.data(), &reason)) {
        if (error)
            *error = tr("Could not write the report %1: %2.").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

QString ReportWriter::historySection(int number) const
{
    const core::History& history = m_scenario.history;
    const QString dash = format::undefinedMark();
    QString h = heading(number, tr("Against the history: back-test and monitoring"));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("The scenario records the scheme's actual figures for %1 to %2. The back-test projects the "
                         "scenario over the history's years and compares its figures with the actual ones; the "
                         "monitoring indicators follow the scheme from the history into the projection.")
                          .arg(history.firstYear())
                          .arg(history.lastYear())));

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Back-test")));
    try {
        const core::BacktestResult backtest = core::runBacktest(m_scenario);
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Projected from %1 to %2, the scenario's start moved to %1.")
                              .arg(backtest.startYear())
                              .arg(backtest.endYear())));
        if (backtest.columns.empty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("The history records no figure of those years that the projection gives.")));
        } else {
            Table t({tr("Figure"), tr("Years compared"), tr("Mean absolute error"), tr("Bias")}, {40, 18, 22, 20},
                    {false, true, true, true});
            for (const core::BacktestColumn& c : backtest.columns) {
                const QString bias = c.bias ? MonitoringText::signedPercent(*c.bias) : dash;
                t.row({esc(MonitoringText::historyColumnTitle(c.column)), QString::number(c.points.size()),
                       esc(c.mape ? format::percent(*c.mape, 1) : dash), esc(bias)});
            }
            h += t.html();
            h += note(tr("The mean absolute error is the average of |projected − actual| / |actual| over the years "
                         "compared; the bias is the average of (projected − actual) / |actual|: above 0 the "
                         "projection runs high."));
        }
    } catch (const std::exception& e) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("The back-test could not run: %1.").arg(QString::fromStdString(e.what()))));
    }

    // The indicators in every year of the history, then every fifth projected year and the last.
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Monitoring indicators")));
    using I = core::Indicator;
    const std::vector<int> shown = {int(I::effective_coverage_lf), int(I::coverage_of_unemployed),
                                    int(I::average_replacement_covered), int(I::cost_rate), int(I::reserve_ratio),
                                    int(I::average_high_cost_multiple), MonitoringText::kProjectionHighCostMultiple};
    QStringList headers{esc(tr("Year"))};
    for (int i : shown)
        headers << esc(MonitoringText::indicatorTitle(i));
    Table t(headers, {9, 13, 13, 13, 11, 11, 15, 15}, {true, true, true, true, true, true, true, true});
    const std::vector<core::MonitoringRow> rows = core::monitoringIndicators(m_scenario, m_result);
    const int start = m_result.startYear;
    const int end = start + m_result.years - 1;
    for (const core::MonitoringRow& row : rows) {
        const bool historyYear = row.year >= history.firstYear() && row.year <= history.lastYear();
        if (!historyYear && (row.year - start) % 5 != 0 && row.year != end)
            continue;
        QStringList cells{QString::number(row.year)};
        for (int i : shown) {
            std::optional<core::IndicatorValue> v;
            if (i == MonitoringText::kProjectionHighCostMultiple) {
                if (row.year >= start && row.year <= end)
                    v = core::IndicatorValue{m_result.at(row.year - start, core::Column::high_cost_multiple), false};
            } else {
                v = row.values[std::size_t(i)];
            }
            const QString text = v ? esc(MonitoringText::formatIndicator(i, v->value)) : dash;
            cells << (v && v->actual ? QStringLiteral("<b>%1</b>").arg(text) : text);
        }
        t.row(cells);
    }
    h += t.html();
    h += note(tr("Figures in bold are actual: computed from the history's figures. The others are projected. The "
                 "average high-cost multiple (US Department of Labor) is the reserve over the year's covered wages "
                 "divided by the mean of the three highest benefit cost rates of the last 20 years, actual where "
                 "recorded; the projection's own high-cost multiple uses projected years only. Effective coverage "
                 "is of the labour force; the coverage of the unemployed is the SDG indicator 1.3.1."));
    return h;
}

bool exportReport(ScenarioDocument* document, const QString& path, QString* error, const ReportOptions& options)
{
    if (!document || !document->result() || document->isResultStale()) {
        if (error)
            *error = ReportWriter::tr("The scenario has errors; fix them before exporting a report.");
        return false;
    }
    try {
        ReportWriter writer(document->scenario(), options);
        return writer.writePdf(path, error);
    } catch (const std::exception& e) {
        if (error)
            *error = ReportWriter::tr("Could not build the report: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
}

}  // namespace tideover::ui
