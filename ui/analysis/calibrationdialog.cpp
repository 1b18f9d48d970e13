// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "calibrationdialog.h"

#include "core/engine/projection.h"
#include "core/model/parameters.h"
#include "core/model/validation.h"
#include "document/scenariodocument.h"
#include "format/coretext.h"
#include "format/displayformat.h"
#include "format/monitoringtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace tideover::ui {

namespace {

QString q(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// A fitted value as the editor shows its key: a percentage for a fraction, else a factor.
QString valueText(const std::string& key, double value)
{
    const core::ParameterInfo* p = core::findParameter(key);
    if (p && p->display == core::Display::Fraction)
        return format::percent(value, 2);
    return format::number(value, 3);
}

QString errorText(const std::string& key, double se)
{
    const core::ParameterInfo* p = core::findParameter(key);
    if (p && p->display == core::Display::Fraction)
        return QStringLiteral("± ") + format::percent(se, 2);
    return QStringLiteral("± ") + format::number(se, 3);
}

QTableWidgetItem* cell(const QString& text, const QVariant& raw = {}, bool numeric = true)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (raw.isValid())
        i->setData(Qt::UserRole, raw);
    i->setTextAlignment(numeric ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    return i;
}

QTableWidget* resultTable(const QStringList& headers, QWidget* parent, const QString& name)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

}  // namespace

CalibrationDialog::CalibrationDialog(ScenarioDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("calibrationDialog"));
    setWindowTitle(tr("Calibrate to history"));
    const core::Scenario& s = document->scenario();
    const core::History& history = s.history;
    const QString currency = document->currency();

    auto* intro = new QLabel(tr("Fits behavioural parameters so that the back-test reproduces the history's "
                                "figures: the weighted sum of squared relative errors is made as small as the "
                                "parameters' ranges allow. Apply sets the fitted values as one undoable step."),
                             this);
    intro->setWordWrap(true);

    // The parameters, in the core's order, each as one value or one value a year.
    auto* parameters = new QGroupBox(tr("Parameters to fit"), this);
    auto* parameterGrid = new QGridLayout(parameters);
    parameterGrid->setHorizontalSpacing(8);
    parameterGrid->setVerticalSpacing(4);
    for (std::string_view key : core::fittableKeys()) {
        const core::ParameterInfo* p = core::findParameter(key);
        if (!p)
            continue;
        ParameterRow row;
        row.key = q(key);
        row.box = new QCheckBox(coretext::translatedLabel(*p), parameters);
        row.box->setObjectName(QStringLiteral("fit.") + row.key);
        row.box->setToolTip(QStringLiteral("<b>%1</b><br/>%2").arg(row.key, coretext::translatedHelp(*p).toHtmlEscaped()));
        row.shape = new QComboBox(parameters);
        row.shape->setObjectName(QStringLiteral("fitShape.") + row.key);
        row.shape->addItem(tr("one value"), int(core::FitShape::Constant));
        row.shape->addItem(tr("one value a year"), int(core::FitShape::Yearly));
        row.shape->setToolTip(tr("One value for every year from the back-test's start, or one value per year of "
                                 "the history (written as dated changes)"));
        QString now = format::displayValue(*p, p->get(s), currency);
        if (const auto dated = s.dated.find(std::string(key)); dated != s.dated.end() && !dated->second.empty())
            now = tr("%1, with dated changes").arg(now);
        auto* current = new QLabel(tr("now %1").arg(now), parameters);
        current->setForegroundRole(QPalette::PlaceholderText);
        current->setTextFormat(Qt::PlainText);
        const int r = parameterGrid->rowCount();
        parameterGrid->addWidget(row.box, r, 0);
        parameterGrid->addWidget(row.shape, r, 1);
        parameterGrid->addWidget(current, r, 2);
        connect(row.box, &QCheckBox::toggled, this, &CalibrationDialog::formChanged);
        connect(row.shape, &QComboBox::currentIndexChanged, this, &CalibrationDialog::formChanged);
        m_parameters.push_back(row);
    }
    parameterGrid->setColumnStretch(2, 1);

    // The columns the history records, two to a row, each with its weight.
    auto* targets = new QGroupBox(tr("History figures to fit, with their weights"), this);
    auto* targetGrid = new QGridLayout(targets);
    targetGrid->setHorizontalSpacing(8);
    targetGrid->setVerticalSpacing(4);
    for (const core::HistoryColumnInfo& info : core::historyColumns()) {
        if (!history.has(info.column))
            continue;
        TargetRow row{info.column};
        row.box = new QCheckBox(MonitoringText::historyColumnTitle(info.column), targets);
        row.box->setObjectName(QStringLiteral("target.") + q(info.name));
        row.box->setToolTip(q(info.name));
        row.weight = new QDoubleSpinBox(targets);
        row.weight->setObjectName(QStringLiteral("weight.") + q(info.name));
        row.weight->setRange(0.01, 1000);
        row.weight->setDecimals(2);
        row.weight->setValue(1.0);
        row.weight->setPrefix(QStringLiteral("× "));
        row.weight->setToolTip(tr("The weight of this column's squared errors in the fit"));
        const int index = int(m_targets.size());
        targetGrid->addWidget(row.box, index / 2, (index % 2) * 2);
        targetGrid->addWidget(row.weight, index / 2, (index % 2) * 2 + 1);
        connect(row.box, &QCheckBox::toggled, this, &CalibrationDialog::formChanged);
        connect(row.weight, &QDoubleSpinBox::valueChanged, this, &CalibrationDialog::formChanged);
        m_targets.push_back(row);
    }
    if (m_targets.empty()) {
        auto* none = new QLabel(tr("The scenario has no history: there is nothing to fit to."), targets);
        none->setWordWrap(true);
        targetGrid->addWidget(none, 0, 0);
    }
    targetGrid->setColumnStretch(0, 1);
    targetGrid->setColumnStretch(2, 1);

    m_from = new QSpinBox(this);
    m_from->setObjectName(QStringLiteral("calibrationFrom"));
    m_from->setGroupSeparatorShown(false);
    const int start = int(std::clamp<std::int64_t>(s.projection.start_year, core::kFirstHistoryYear,
                                                   core::kLastHistoryYear));
    if (history.empty()) {
        m_from->setRange(start, start);
        m_from->setEnabled(false);
    } else {
        m_from->setRange(std::min(history.firstYear(), start), history.lastYear());
        m_from->setValue(start >= history.firstYear() && start <= history.lastYear() ? start : history.firstYear());
    }
    m_from->setToolTip(tr("The back-test's first year: the fit compares the years from it to the history's last"));
    connect(m_from, &QSpinBox::valueChanged, this, &CalibrationDialog::formChanged);
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("calibrationRun"));
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    auto* fromRow = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("Back-test &from"), this);
    fromLabel->setBuddy(m_from);
    fromRow->addWidget(fromLabel);
    fromRow->addWidget(m_from);
    fromRow->addStretch(1);
    fromRow->addWidget(m_run);

    auto* form = new QVBoxLayout;
    form->addWidget(parameters);
    form->addWidget(targets);
    form->addLayout(fromRow);
    form->addStretch(1);

    // The outcome.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calibrationMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("calibrationWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setStyleSheet(QStringLiteral("color: #a04000;"));
    m_warnings->setVisible(false);

    m_values = resultTable({tr("Parameter"), tr("Year"), tr("Before"), tr("Fitted"), tr("Standard error")}, this,
                           QStringLiteral("calibrationValues"));
    // Long parameter names wrap rather than being cut.
    m_values->setWordWrap(true);
    m_values->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columns = resultTable({tr("Figure"), tr("Mean abs. error\nbefore"), tr("after"), tr("Bias\nbefore"), tr("after")},
                            this, QStringLiteral("calibrationColumns"));
    m_columns->horizontalHeaderItem(1)->setToolTip(
        tr("Mean absolute percentage error of the back-test with the scenario's own values"));
    m_columns->horizontalHeaderItem(2)->setToolTip(tr("Mean absolute percentage error with the fitted values"));
    m_residuals = resultTable({tr("Figure"), tr("Year"), tr("Actual"), tr("Before"), tr("After")}, this,
                              QStringLiteral("calibrationResiduals"));
    m_resultTabs = new QTabWidget(this);
    m_resultTabs->setObjectName(QStringLiteral("calibrationResults"));
    m_resultTabs->addTab(m_values, tr("Fitted values"));
    m_resultTabs->addTab(m_columns, tr("Errors by figure"));
    m_resultTabs->addTab(m_residuals, tr("Year by year"));

    auto* outcome = new QVBoxLayout;
    outcome->addWidget(m_message);
    outcome->addWidget(m_warnings);
    outcome->addWidget(m_resultTabs, 1);

    auto* body = new QHBoxLayout;
    body->setSpacing(14);
    body->addLayout(form, 0);
    body->addLayout(outcome, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("calibrationApply"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_apply, &QPushButton::clicked, this, &CalibrationDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    // A first choice that usually makes sense: take-up, fitted to the spending and the
    // beneficiaries the history records.
    setParameter(QStringLiteral("eligibility.take_up"), true);
    for (const core::HistoryColumn c : {core::HistoryColumn::benefits, core::HistoryColumn::beneficiaries})
        setTarget(c, true);
    formChanged();
    if (history.empty())
        setMessage(tr("This scenario has no history. Calibration fits parameters to the scheme's published yearly "
                      "figures: add them in the editor's History section or import them from a CSV file first."),
                   true);
    else if (core::hasErrors(document->problems()))
        setMessage(tr("The scenario has errors: fix the marked values first, then calibrate."), true);
    else
        setMessage(tr("Choose what to fit and to which figures, then press Run."), false);
    resize(1060, 640);
}

core::CalibrationRequest CalibrationDialog::request() const
{
    core::CalibrationRequest r;
    for (const ParameterRow& p : m_parameters)
        if (p.box->isChecked())
            r.parameters.push_back({p.key.toStdString(), core::FitShape(p.shape->currentData().toInt())});
    for (const TargetRow& t : m_targets)
        if (t.box->isChecked())
            r.targets.push_back({t.column, t.weight->value()});
    if (m_from->isEnabled())
        r.from = m_from->value();
    return r;
}

bool CalibrationDialog::setParameter(const QString& key, bool fitted, core::FitShape shape)
{
    for (ParameterRow& p : m_parameters)
        if (p.key == key) {
            p.box->setChecked(fitted);
            p.shape->setCurrentIndex(p.shape->findData(int(shape)));
            return true;
        }
    return false;
}

bool CalibrationDialog::setTarget(core::HistoryColumn column, bool fitted, double weight)
{
    for (TargetRow& t : m_targets)
        if (t.column == column) {
            t.box->setChecked(fitted);
            t.weight->setValue(weight);
            return true;
        }
    return false;
}

void CalibrationDialog::setFromYear(int year) { m_from->setValue(year); }

QString CalibrationDialog::messageText() const { return m_message->text(); }

QString CalibrationDialog::warningsText() const { return m_warnings->text(); }

void CalibrationDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

void CalibrationDialog::formChanged()
{
    const core::CalibrationRequest r = request();
    const bool ready = !m_document->scenario().history.empty() && !r.parameters.empty() && !r.targets.empty();
    m_run->setEnabled(ready);
    m_run->setDefault(ready);
    // A result is of the choices it was run with: changed choices must run again first.
    const bool current = m_result && m_resultOf == m_document->scenario() &&
                         r.parameters == m_resultRequest.parameters && r.targets == m_resultRequest.targets &&
                         r.from == m_resultRequest.from;
    m_apply->setEnabled(m_result.has_value() && current);
    if (m_result && !current)
        setMessage(tr("The choices have changed: press Run to fit them."), false);
}

bool CalibrationDialog::run()
{
    const core::Scenario& s = m_document->scenario();
    if (s.history.empty()) {
        setMessage(tr("This scenario has no history. Calibration fits parameters to the scheme's published yearly "
                      "figures: add them in the editor's History section or import them from a CSV file first."),
                   true);
        return false;
    }
    if (core::hasErrors(m_document->problems())) {
        setMessage(tr("The scenario has errors: fix the marked values first, then calibrate."), true);
        return false;
    }
    const core::CalibrationRequest r = request();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_result = core::calibrate(s, r);
        m_resultOf = s;
        m_resultRequest = r;
    } catch (const core::CalibrationError& e) {
        error = tr("The calibration cannot run: %1.").arg(QString::fromStdString(e.what()));
    } catch (const core::BacktestError& e) {
        error = tr("The back-test cannot run: %1.").arg(QString::fromStdString(e.what()));
    } catch (const core::InvalidScenario& e) {
        error = tr("The back-test scenario (the scenario moved to start in %1) is not valid:\n%2")
                    .arg(m_from->value())
                    .arg(QString::fromStdString(e.what()));
    } catch (const std::exception& e) {
        error = tr("The calibration failed: %1").arg(QString::fromStdString(e.what()));
    }
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        m_result.reset();
        showResult();
        setMessage(error, true);
        m_apply->setEnabled(false);
        return false;
    }
    showResult();
    m_apply->setEnabled(true);
    m_apply->setDefault(true);
    return true;
}

void CalibrationDialog::showResult()
{
    m_values->setRowCount(0);
    m_columns->setRowCount(0);
    m_residuals->setRowCount(0);
    m_warnings->clear();
    m_warnings->setVisible(false);
    if (!m_result)
        return;
    const core::CalibrationResult& r = *m_result;
    const QString currency = m_document->currency();
    const QString dash = format::undefinedMark();

    // The sum of squares as the root mean square of the (weighted) relative errors: a
    // percentage a planner can read.
    const double n = std::max<double>(1, double(r.residuals.size()));
    const QString sums = tr("the root mean square of the weighted relative errors falls from %1 to %2")
                             .arg(format::percent(std::sqrt(r.sumOfSquaresBefore / n), 2),
                                  format::percent(std::sqrt(r.sumOfSquaresAfter / n), 2));
    setMessage(r.converged ? tr("Fitted over %1–%2 in %3 projections: %4.")
                                 .arg(r.before.startYear())
                                 .arg(r.before.endYear())
                                 .arg(r.evaluations)
                                 .arg(sums)
                           : tr("The fit over %1–%2 stopped without converging after %3 projections: %4.")
                                 .arg(r.before.startYear())
                                 .arg(r.before.endYear())
                                 .arg(r.evaluations)
                                 .arg(sums),
               !r.converged);

    QStringList warnings;
    for (const core::CalibrationWarning& w : r.warnings)
        warnings << QStringLiteral("• ") + coretext::translatedCalibrationWarning(w);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

    for (const core::FittedValue& v : r.values) {
        const int row = m_values->rowCount();
        m_values->insertRow(row);
        const core::ParameterInfo* p = core::findParameter(v.key);
        QTableWidgetItem* name = cell(p ? coretext::translatedLabel(*p) : QString::fromStdString(v.key), {}, false);
        name->setToolTip(QString::fromStdString(v.key));
        m_values->setItem(row, 0, name);
        // A constant holds in every year: its year cell stays empty.
        QTableWidgetItem* year = cell(v.year ? QString::number(*v.year) : QString(), v.year ? QVariant(*v.year) : QVariant());
        if (!v.year)
            year->setToolTip(tr("every year"));
        m_values->setItem(row, 1, year);
        m_values->setItem(row, 2, cell(valueText(v.key, v.initial), v.initial));
        QTableWidgetItem* fitted = cell(valueText(v.key, v.value), v.value);
        QFont bold = fitted->font();
        bold.setBold(true);
        fitted->setFont(bold);
        m_values->setItem(row, 3, fitted);
        m_values->setItem(row, 4, v.atBound ? cell(tr("at its bound")) : v.standardError ? cell(errorText(v.key, *v.standardError), *v.standardError) : cell(dash));
    }

    // Each compared figure's errors before and after; the fitted ones in bold.
    std::map<core::HistoryColumn, const core::BacktestColumn*> after;
    for (const core::BacktestColumn& c : r.after.columns)
        after[c.column] = &c;
    const core::CalibrationRequest& req = m_resultRequest;
    for (const core::BacktestColumn& c : r.before.columns) {
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        const bool target = std::any_of(req.targets.begin(), req.targets.end(),
                                        [&](const core::FitTarget& t) { return t.column == c.column; });
        QTableWidgetItem* name = cell(MonitoringText::historyColumnTitle(c.column), int(c.column), false);
        if (target) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("fitted"));
        }
        m_columns->setItem(row, 0, name);
        const core::BacktestColumn* a = after.count(c.column) ? after[c.column] : nullptr;
        const auto percentCell = [&](std::optional<double> v, bool sign) {
            return v ? cell(sign ? MonitoringText::signedPercent(*v) : format::percent(*v, 1), *v) : cell(dash);
        };
        m_columns->setItem(row, 1, percentCell(c.mape, false));
        m_columns->setItem(row, 2, percentCell(a ? a->mape : std::nullopt, false));
        m_columns->setItem(row, 3, percentCell(c.bias, true));
        m_columns->setItem(row, 4, percentCell(a ? a->bias : std::nullopt, true));
    }

    for (const core::FitResidual& f : r.residuals) {
        const int row = m_residuals->rowCount();
        m_residuals->insertRow(row);
        m_residuals->setItem(row, 0, cell(MonitoringText::historyColumnTitle(f.column), int(f.column), false));
        m_residuals->setItem(row, 1, cell(QString::number(f.year), f.year));
        m_residuals->setItem(row, 2, cell(MonitoringText::formatHistoryValue(f.column, f.actual, currency), f.actual));
        m_residuals->setItem(row, 3, cell(MonitoringText::formatHistoryValue(f.column, f.projectedBefore, currency),
                                          f.projectedBefore));
        m_residuals->setItem(row, 4, cell(MonitoringText::formatHistoryValue(f.column, f.projectedAfter, currency),
                                          f.projectedAfter));
    }
}

void CalibrationDialog::apply()
{
    if (!m_result || !m_apply->isEnabled())
        return;
    if (!(m_resultOf == m_document->scenario())) {
        setMessage(tr("The scenario has changed since this fit: press Run again."), true);
        m_apply->setEnabled(false);
        return;
    }
    m_document->replaceScenario(m_result->calibrated, tr("Calibrate to history"));
    accept();
}

}  // namespace tideover::ui
