// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "scenarioeditor.h"

#include "collapsiblesection.h"
#include "core/model/datedchanges.h"
#include "core/model/groups.h"
#include "document/scenariodocument.h"
#include "fieldstyle.h"
#include "groupseditor.h"
#include "format/coretext.h"
#include "historyeditor.h"
#include "metadataeditor.h"
#include "parameterfield.h"
#include "parametertext.h"
#include "reformseditor.h"
#include "serieseditor.h"
#include "typingpause.h"

#include <QAbstractSpinBox>
#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tideover::ui {

namespace {

constexpr int kGroupCount = static_cast<int>(core::Group::Assistance) + 1;

// The sections on screen: the scheme's design, then the other parts of the protection
// package (model-spec v5) under their heading, then the labour market and the economy.
std::vector<core::Group> sectionOrder()
{
    using G = core::Group;
    return {G::Coverage,  G::Contributions, G::Eligibility, G::Benefits, G::Expenditure, G::Financing,
            G::Severance, G::Savings,       G::Assistance,  G::Labour,   G::Wages,       G::Economy,
            G::Reserve,   G::Projection,    G::Stochastic};
}

bool isPackageGroup(core::Group g)
{
    return g == core::Group::Severance || g == core::Group::Savings || g == core::Group::Assistance;
}
const QString kCurrencyKey = QStringLiteral("currency");

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The parameter a widget belongs to: the nearest "parameterKey" property up its parents.
QString keyOf(const QWidget* w, const QWidget* top)
{
    for (; w && w != top; w = w->parentWidget()) {
        const QVariant key = w->property("parameterKey");
        if (key.isValid())
            return key.toString();
        if (w->objectName() == QLatin1String("scenario.currency"))
            return kCurrencyKey;
    }
    return {};
}

} // namespace

ScenarioEditor::ScenarioEditor(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("scenarioEditor"));
    build();
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &ScenarioEditor::onScenarioChanged);
    connect(m_document, &ScenarioDocument::resultsChanged, this, &ScenarioEditor::onResultsChanged);
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        // Leaving a field ends its run of edits (the field committed on its way out): the next
        // edit of the same value is a new undo step.
        if (old && isAncestorOf(old))
            m_document->endMerge();
        const QString key = now && isAncestorOf(now) ? keyOf(now, this) : QString();
        if (key != m_currentKey) {
            m_currentKey = key;
            emit currentParameterChanged(key);
        }
    });
    // Undo and redo typed in a field act on the document (QLineEdit would keep them).
    qApp->installEventFilter(this);
    onResultsChanged();
}

ScenarioEditor::~ScenarioEditor()
{
    qApp->removeEventFilter(this);
    // Deleting the children moves the focus; this object's members are gone by then.
    disconnect(m_focusConnection);
}

bool ScenarioEditor::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::ShortcutOverride && type != QEvent::KeyPress) || !watched->isWidgetType())
        return QWidget::eventFilter(watched, event);
    auto* widget = static_cast<QWidget*>(watched);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    // Ctrl+Shift+Z redoes as well where the platform's Redo is only Ctrl+Y.
    const bool redo = !undo && (key->matches(QKeySequence::Redo) ||
                                (key->key() == Qt::Key_Z &&
                                 key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)));
    if ((!undo && !redo) || !isAncestorOf(widget))
        return QWidget::eventFilter(watched, event);
    if (type == QEvent::ShortcutOverride) {
        // Claim the key from the window's Undo action: the key press comes here next, and the
        // field's text must be committed before the document's step is undone.
        event->accept();
        return true;
    }
    commitField(widget);
    m_document->endMerge();
    if (undo)
        m_document->undoStack()->undo();
    else
        m_document->undoStack()->redo();
    return true;
}

void ScenarioEditor::commitField(QWidget* widget)
{
    // A spin box's line edit hands its focus to the box.
    auto* spin = qobject_cast<QAbstractSpinBox*>(widget);
    if (!spin && widget->parentWidget())
        spin = qobject_cast<QAbstractSpinBox*>(widget->parentWidget());
    if (spin) {
        if (TypingPause* pause = TypingPause::of(spin))
            pause->commitNow();
        else if (spin->hasAcceptableInput())
            spin->interpretText();
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        // Source notes, details and the seed commit on editingFinished, as Enter would.
        if (line->isModified() && line->hasAcceptableInput())
            emit line->editingFinished();
        return;
    }
    if (qobject_cast<QPlainTextEdit*>(widget))
        m_metadata->commitDescription();
}

void ScenarioEditor::build()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 6);
    topLayout->setSpacing(6);
    m_filter = new QLineEdit(top);
    m_filter->setObjectName(QStringLiteral("scenarioEditor.filter"));
    m_filter->setPlaceholderText(tr("Find a parameter by name or key"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ScenarioEditor::applyFilter);
    topLayout->addWidget(m_filter);

    m_banner = new QFrame(top);
    m_banner->setObjectName(QStringLiteral("scenarioEditor.banner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette;
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xe4, 0xe6));
    bannerPalette.setColor(QPalette::WindowText, fieldstyle::errorText());
    m_banner->setPalette(bannerPalette);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("scenarioEditor.bannerText"));
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText, 1);
    m_bannerButton = new QPushButton(tr("Go to error"), m_banner);
    m_bannerButton->setObjectName(QStringLiteral("scenarioEditor.nextError"));
    m_bannerButton->setPalette(QPalette());
    connect(m_bannerButton, &QPushButton::clicked, this, &ScenarioEditor::goToNextError);
    bannerLayout->addWidget(m_bannerButton, 0, Qt::AlignVCenter);
    m_banner->setVisible(false);
    topLayout->addWidget(m_banner);
    layout->addWidget(top);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("scenarioEditor.scroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("scenarioEditor.content"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 0, 10, 12);
    contentLayout->setSpacing(6);

    m_metaSection = new CollapsibleSection(tr("Scenario"), content);
    m_metaSection->setObjectName(QStringLiteral("section.Scenario"));
    m_metadata = new MetadataEditor(m_document, m_metaSection->body());
    m_metaSection->bodyLayout()->addWidget(m_metadata);
    contentLayout->addWidget(m_metaSection);

    m_sections.resize(kGroupCount, nullptr);
    m_order = sectionOrder();
    for (const core::Group group : m_order) {
        const int g = static_cast<int>(group);
        if (group == core::Group::Severance)
            contentLayout->addWidget(buildPackageHeading(content));
        auto* section = new CollapsibleSection(coretext::translatedGroupName(group), content);
        section->setObjectName(QStringLiteral("section.%1").arg(fromView(core::groupName(group))));
        m_sections[static_cast<std::size_t>(g)] = section;
        for (const core::ParameterInfo& p : core::parameters()) {
            if (p.group != group || p.key == "benefits.duration_shares")
                continue; // the shares are edited with the durations
            auto* field = new ParameterField(m_document, p, section->body());
            section->bodyLayout()->addWidget(field);
            m_fields.push_back(field);
            for (const QString& key : field->keys())
                m_byKey.insert(key, field);
        }
        if (group == core::Group::Benefits) {
            // The rule's reforms follow the fields of today's rule.
            m_reforms = new ReformsEditor(m_document, section->body());
            section->bodyLayout()->addWidget(m_reforms);
            connect(m_reforms, &ReformsEditor::editRequested, this, &ScenarioEditor::focusParameter);
        }
        contentLayout->addWidget(section);
    }

    // Worker groups (model-spec v4): after the scheme's keys, which they inherit.
    m_groupsSection = new CollapsibleSection(tr("Worker groups"), content);
    m_groupsSection->setObjectName(QStringLiteral("section.Groups"));
    m_groups = new GroupsEditor(m_document, m_groupsSection->body());
    m_groupsSection->bodyLayout()->addWidget(m_groups);
    connect(m_groups, &GroupsEditor::problemCountsChanged, this, [this] {
        m_groupsSection->setProblemCount(m_groups->errorCount(), m_groups->warningCount());
    });
    contentLayout->addWidget(m_groupsSection);

    buildHistorySection(content);
    contentLayout->addWidget(m_historySection);

    m_noMatch = new QLabel(tr("No parameter matches."), content);
    m_noMatch->setObjectName(QStringLiteral("scenarioEditor.noMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->setVisible(false);
    contentLayout->addWidget(m_noMatch);
    contentLayout->addStretch(1);

    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);
    alignColumns();
    refreshPackageFields(true);
}

QWidget* ScenarioEditor::buildPackageHeading(QWidget* content)
{
    m_packageHeading = new QWidget(content);
    m_packageHeading->setObjectName(QStringLiteral("scenarioEditor.packageHeading"));
    auto* layout = new QVBoxLayout(m_packageHeading);
    layout->setContentsMargins(2, 10, 2, 0);
    layout->setSpacing(2);
    auto* title = new QLabel(tr("Protection package"), m_packageHeading);
    title->setObjectName(QStringLiteral("packageHeading.title"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);
    layout->addWidget(title);
    auto* note = new QLabel(tr("Beside the insurance: severance pay, savings accounts and unemployment "
                               "assistance. Each is off until its first setting chooses a rule."),
                            m_packageHeading);
    note->setObjectName(QStringLiteral("packageHeading.note"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    auto* line = new QFrame(m_packageHeading);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    return m_packageHeading;
}

void ScenarioEditor::refreshPackageFields(bool load)
{
    const core::Scenario& s = m_document->scenario();
    const bool severance = s.severance.formula != core::SeveranceFormula::None;
    const bool savings = s.savings.accounts != core::SavingsAccounts::None;
    const bool assistance = s.assistance.benefit != core::AssistanceBenefit::None;
    const bool perYear = s.severance.formula == core::SeveranceFormula::PerYear;
    const bool steps = s.severance.formula == core::SeveranceFormula::Steps;
    const bool exponential = s.severance.tenure_distribution == core::TenureDistribution::Exponential;
    const bool offset = s.severance.offset != core::SeveranceOffset::None;
    const bool flat = s.assistance.benefit == core::AssistanceBenefit::Flat;

    // "Applies when <the switch's label> is <a choice>.", in the words the editor shows.
    const auto when = [this](const char* key, std::initializer_list<const char*> words) -> QString {
        const ParameterField* sw = field(QLatin1String(key));
        QStringList shown;
        for (const char* w : words)
            shown << QStringLiteral("“%1”").arg(parametertext::enumWord(key, w));
        return tr("Applies when “%1” is %2.").arg(sw ? sw->labelText() : QLatin1String(key), shown.join(QStringLiteral(", ")));
    };
    // A part that is off: which switch turns it on.
    const auto off = [this](const char* key) {
        const ParameterField* sw = field(QLatin1String(key));
        return tr("This part of the package is off: choose a rule in “%1” to turn it on.")
            .arg(sw ? sw->labelText() : QLatin1String(key));
    };
    const QString severanceOff = off("severance.formula");
    const QString savingsOff = off("savings.accounts");
    const QString assistanceOff = off("assistance.benefit");
    // Why a key of a part that is on does not apply; "" when it does.
    const auto within = [&](const QString& key) -> QString {
        if (key == QLatin1String("severance.months_per_year") || key == QLatin1String("severance.minimum_months") ||
            key == QLatin1String("severance.maximum_months"))
            return perYear ? QString() : when("severance.formula", {"per_year"});
        if (key == QLatin1String("severance.step_tenure") || key == QLatin1String("severance.step_months"))
            return steps ? QString() : when("severance.formula", {"steps"});
        if (key == QLatin1String("severance.tenure_mean"))
            return exponential ? QString() : when("severance.tenure_distribution", {"exponential"});
        if (key == QLatin1String("severance.tenure_bands") || key == QLatin1String("severance.tenure_shares"))
            return exponential ? when("severance.tenure_distribution", {"table"}) : QString();
        if (key == QLatin1String("severance.offset_since"))
            return offset ? QString() : when("severance.offset", {"insured_years"});
        if (key == QLatin1String("assistance.amount"))
            return flat ? QString() : when("assistance.benefit", {"flat"});
        if (key == QLatin1String("assistance.poverty_line") || key == QLatin1String("assistance.poverty_line_share"))
            return flat ? when("assistance.benefit", {"poverty_line_share"}) : QString();
        return {};
    };
    for (ParameterField* f : m_fields) {
        const QString key = f->key();
        QString reason;
        switch (f->info().group) {
        case core::Group::Severance:
            if (key != QLatin1String("severance.formula"))
                reason = severance ? within(key) : severanceOff;
            break;
        case core::Group::Savings:
            if (key != QLatin1String("savings.accounts"))
                reason = savings ? within(key) : savingsOff;
            break;
        case core::Group::Assistance:
            if (key != QLatin1String("assistance.benefit"))
                reason = assistance ? within(key) : assistanceOff;
            break;
        default:
            continue;
        }
        f->setInactiveReason(reason);
    }
    if (load) {
        section(core::Group::Severance)->setExpanded(severance);
        section(core::Group::Savings)->setExpanded(savings);
        section(core::Group::Assistance)->setExpanded(assistance);
    }
}

void ScenarioEditor::buildHistorySection(QWidget* content)
{
    // The published figures of past years (model-spec v3): edited in their own table (a dock
    // of the main window, wide enough for a column per figure); here, what the scenario holds.
    m_historySection = new CollapsibleSection(tr("Actual figures (history)"), content);
    m_historySection->setObjectName(QStringLiteral("section.History"));
    m_historySummary = new QLabel(m_historySection->body());
    m_historySummary->setObjectName(QStringLiteral("historySummary"));
    m_historySummary->setWordWrap(true);
    m_historySummary->setTextFormat(Qt::PlainText);
    m_historySection->bodyLayout()->addWidget(m_historySummary);
    auto* buttons = new QHBoxLayout;
    auto* edit = new QPushButton(tr("Edit Figures…"), m_historySection->body());
    edit->setObjectName(QStringLiteral("historyEdit"));
    edit->setToolTip(tr("Show the table of actual figures, a row per year"));
    connect(edit, &QPushButton::clicked, this, [this] { emit historyRequested(QString()); });
    auto* import = new QPushButton(tr("Import CSV…"), m_historySection->body());
    import->setObjectName(QStringLiteral("historyImportButton"));
    import->setToolTip(tr("Read the actual figures from a CSV file (File ▸ Import History)"));
    connect(import, &QPushButton::clicked, this, [this] {
        if (importHistoryWithDialog(this, m_document))
            emit historyRequested(QString());
    });
    auto* exportButton = new QPushButton(tr("Export CSV…"), m_historySection->body());
    exportButton->setObjectName(QStringLiteral("historyExportButton"));
    exportButton->setToolTip(tr("Save the actual figures as a CSV file (File ▸ Export History)"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportHistoryWithDialog(this, m_document); });
    buttons->addWidget(edit);
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    m_historySection->bodyLayout()->addLayout(buttons);
    refreshHistorySummary();
}

QString ScenarioEditor::historySummary() const
{
    return m_historySummary->text();
}

void ScenarioEditor::refreshHistorySummary()
{
    const core::History& history = m_document->scenario().history;
    if (history.empty()) {
        m_historySummary->setText(
            tr("None yet. The published figures of past years (contributions, benefits, "
               "the reserve, …) show on the charts beside the projection."));
        return;
    }
    int figures = 0;
    for (const auto& info : core::historyColumns())
        figures += history.has(info.column) ? 1 : 0;
    const char* context = metaObject()->className();
    m_historySummary->setText(
        tr("%1 (%2–%3), %4 recorded. They show on the charts as markers beside the projection.")
            .arg(parametertext::count(int(history.years.size()), context, QT_TR_NOOP("1 year"),
                                      QT_TR_NOOP("%1 years")))
            .arg(history.firstYear())
            .arg(history.lastYear())
            .arg(parametertext::count(figures, context, QT_TR_NOOP("1 figure"), QT_TR_NOOP("%1 figures"))));
}

void ScenarioEditor::alignColumns()
{
    // One label width and one unit width for every row, so the editors line up in a column.
    int labelWidth = 0;
    int unitWidth = 0;
    int unitWord = 0;  // the longest word of a unit: units wrap between words, never inside one
    for (const ParameterField* f : m_fields) {
        labelWidth = std::max(labelWidth, f->labelWidthHint());
        unitWidth = std::max(unitWidth, f->unitWidthHint());
        unitWord = std::max(unitWord, f->unitWordWidthHint());
    }
    if (m_groups)
        labelWidth = std::max(labelWidth, m_groups->labelWidthHint());
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Longer labels wrap and longer units wrap, so the rows fit the editor's default width.
    labelWidth = std::clamp(labelWidth, 8 * em, 11 * em);
    unitWidth = std::max(std::min(unitWidth, 7 * em), unitWord);
    for (ParameterField* f : m_fields) {
        f->setLabelWidth(labelWidth);
        f->setUnitWidth(unitWidth);
    }
    m_metadata->setLabelWidth(labelWidth);
    if (m_groups)
        m_groups->setLabelWidth(labelWidth);
}

ParameterField* ScenarioEditor::field(const QString& key) const
{
    return m_byKey.value(key, nullptr);
}

CollapsibleSection* ScenarioEditor::section(core::Group group) const
{
    return m_sections.at(static_cast<std::size_t>(group));
}

void ScenarioEditor::onScenarioChanged(const QString& key)
{
    if (key.isEmpty() || key == QLatin1String("history"))
        refreshHistorySummary();
    if (key == QLatin1String("groups"))
        alignColumns();  // a group's fields were built again
    if (key.isEmpty()) {
        // Loaded, replaced, or the details changed: the currency may show in every unit.
        m_metadata->refresh();
        for (ParameterField* f : m_fields) {
            f->refreshUnits();
            f->refreshValue();
        }
        alignColumns();
        refreshPackageFields(true);
        return;
    }
    if (ParameterField* f = field(key))
        f->refreshValue();
    if (key.startsWith(QLatin1String("severance.")) || key.startsWith(QLatin1String("savings.")) ||
        key.startsWith(QLatin1String("assistance.")))
        refreshPackageFields(false);
    if (key == QLatin1String("projection.start_year") || key == QLatin1String("projection.years")) {
        // Per-year values are shown against calendar years.
        for (ParameterField* f : m_fields)
            if (f->info().kind == core::Kind::Series)
                f->refreshValue();
    }
}

void ScenarioEditor::onResultsChanged()
{
    std::vector<int> errors(kGroupCount, 0);
    std::vector<int> warnings(kGroupCount, 0);
    int errorCount = 0;
    int historyErrors = 0;
    int historyWarnings = 0;
    for (const core::Problem& p : m_document->problems()) {
        errorCount += p.isError() ? 1 : 0;
        if (std::string_view(p.key).starts_with(core::kHistoryPrefix))
            ++(p.isError() ? historyErrors : historyWarnings);
        // A dated change's problem ("KEY@YEAR") counts in its key's section.
        if (const core::ParameterInfo* info = core::findParameter(p.key.substr(0, p.key.find('@'))))
            ++(p.isError() ? errors : warnings)[static_cast<std::size_t>(info->group)];
    }
    for (ParameterField* f : m_fields)
        f->refreshProblems();
    m_metadata->refreshProblems();
    for (int g = 0; g < kGroupCount; ++g)
        m_sections[static_cast<std::size_t>(g)]->setProblemCount(errors[std::size_t(g)],
                                                                 warnings[std::size_t(g)]);
    m_historySection->setProblemCount(historyErrors, historyWarnings);

    if (errorCount == 0) {
        m_banner->setVisible(false);
        return;
    }
    if (m_document->isResultStale())
        m_bannerText->setText(
            tr("%1 in the scenario. The results shown are from the last valid version "
               "and are out of date until it is corrected.")
                .arg(parametertext::count(errorCount, metaObject()->className(), QT_TR_NOOP("1 error"), QT_TR_NOOP("%1 errors"))));
    else
        m_bannerText->setText(
            tr("%1 in the scenario: nothing can be projected until it is corrected.")
                .arg(parametertext::count(errorCount, metaObject()->className(), QT_TR_NOOP("1 error"), QT_TR_NOOP("%1 errors"))));
    m_banner->setVisible(true);
}

void ScenarioEditor::goToNextError()
{
    QStringList keys;
    for (const core::Problem& p : m_document->problems()) {
        const QString key = QString::fromStdString(p.key);
        const bool history = key.startsWith(
            QLatin1String(core::kHistoryPrefix.data(), qsizetype(core::kHistoryPrefix.size())));
        const bool group = core::isGroupKey(p.key);
        if (p.isError() && (field(key.section(QLatin1Char('@'), 0, 0)) || key == kCurrencyKey || history || group) &&
            !keys.contains(key))
            keys << key;
    }
    if (keys.isEmpty())
        return;
    const qsizetype at = keys.indexOf(currentParameterKey());
    const QString next = keys.at(at < 0 ? 0 : (at + 1) % keys.size());
    if (next.startsWith(QLatin1String(core::kHistoryPrefix.data(), qsizetype(core::kHistoryPrefix.size()))))
        emit historyRequested(next);
    else
        focusParameter(next);
}

void ScenarioEditor::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

void ScenarioEditor::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    bool any = false;
    for (int g = 0; g < kGroupCount; ++g) {
        CollapsibleSection* section = m_sections[static_cast<std::size_t>(g)];
        bool anyInSection = false;
        for (ParameterField* f : m_fields) {
            if (static_cast<int>(f->info().group) != g)
                continue;
            const bool match = f->matches(text);
            f->setVisible(match);
            anyInSection = anyInSection || match;
        }
        if (g == static_cast<int>(core::Group::Benefits)) {
            const bool reforms = text.isEmpty() || tr("Reforms").contains(text, Qt::CaseInsensitive) ||
                                 QStringLiteral("reform").contains(text, Qt::CaseInsensitive);
            m_reforms->setVisible(reforms);
            anyInSection = anyInSection || reforms;
        }
        section->setVisible(anyInSection);
        section->setForcedOpen(!text.isEmpty());
        any = any || anyInSection;
    }
    m_packageHeading->setVisible(std::any_of(m_order.begin(), m_order.end(), [this](core::Group g) {
        return isPackageGroup(g) && section(g)->isVisibleTo(m_scroll->widget());
    }));
    static const QStringList metaWords = {tr("scenario"), tr("title"),   tr("description"),
                                          tr("author"),   tr("country"), tr("currency")};
    const bool metaMatches =
        text.isEmpty() || std::any_of(metaWords.begin(), metaWords.end(), [&](const QString& w) {
            return w.contains(text, Qt::CaseInsensitive);
        });
    m_metaSection->setVisible(metaMatches);
    m_metaSection->setForcedOpen(!text.isEmpty());
    const bool historyMatches = text.isEmpty() ||
                                m_historySection->title().contains(text, Qt::CaseInsensitive) ||
                                QStringLiteral("history").contains(text, Qt::CaseInsensitive) ||
                                QStringLiteral("actual").contains(text, Qt::CaseInsensitive);
    const bool groupsMatch = text.isEmpty() || m_groupsSection->title().contains(text, Qt::CaseInsensitive) ||
                             QStringLiteral("group").contains(text, Qt::CaseInsensitive);
    m_groupsSection->setVisible(groupsMatch);
    m_groupsSection->setForcedOpen(!text.isEmpty());
    any = any || groupsMatch;
    m_historySection->setVisible(historyMatches);
    m_historySection->setForcedOpen(!text.isEmpty());
    m_noMatch->setVisible(!any && !metaMatches && !historyMatches);
}

void ScenarioEditor::focusParameter(const QString& key)
{
    QWidget* target = nullptr;
    if (core::isGroupKey(key.toStdString())) {
        if (!m_groupsSection->isVisible() && !m_filter->text().isEmpty())
            m_filter->clear();
        m_groupsSection->setExpanded(true);
        if (!m_groups->focusKey(key))
            return;
        target = QApplication::focusWidget() && m_groups->isAncestorOf(QApplication::focusWidget())
                     ? QApplication::focusWidget()
                     : static_cast<QWidget*>(m_groups);
    } else if (key == kCurrencyKey) {
        if (!m_metaSection->isVisible() && !m_filter->text().isEmpty())
            m_filter->clear();
        m_metaSection->setExpanded(true);
        target = m_metadata->currencyEditor();
        target->setFocus(Qt::OtherFocusReason);
    } else {
        // "KEY@YEAR": a dated change, shown in its key's per-year table or, for the benefit
        // rule, as a reform.
        const QString base = key.section(QLatin1Char('@'), 0, 0);
        const int year = key.contains(QLatin1Char('@')) ? key.section(QLatin1Char('@'), 1).toInt() : 0;
        ParameterField* f = field(base);
        if (!f)
            return;
        if (!f->matches(m_filter->text()) || (year && m_reforms->isHidden()))
            m_filter->clear();
        section(f->info().group)->setExpanded(true);
        target = f;
        if (year && core::isBenefitRuleKey(base.toStdString()) && m_reforms->reformWidget(year)) {
            m_reforms->focusReform(year);
            target = m_reforms->reformWidget(year);
        } else if (year) {
            f->setByYearVisible(true);
            f->focusEditor(base);
        } else {
            f->focusEditor(key);
        }
    }
    // Lay the form out now so the scroll position is computed from the opened section.
    if (QLayout* l = m_scroll->widget()->layout())
        l->activate();
    // Leave some of the rows around it in view, so the planner sees where the field is.
    const int margin = std::min(150, m_scroll->viewport()->height() / 4);
    m_scroll->ensureWidgetVisible(target, 20, margin);
    QWidget* focus = window()->focusWidget();
    if (focus && target->isAncestorOf(focus))
        m_scroll->ensureWidgetVisible(focus, 20, margin);
}

namespace {

bool takesTabFocus(const QWidget* w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

// `widgets` in reading order within `frame`: rows top to bottom (centres within a few pixels
// are one row), left to right within a row.
QList<QWidget*> inReadingOrder(QList<QWidget*> widgets, const QWidget* frame)
{
    struct Placed {
        QWidget* widget;
        QPoint centre;
    };
    std::vector<Placed> placed;
    for (QWidget* w : widgets)
        placed.push_back({w, w->mapTo(frame, w->rect().center())});
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed& a, const Placed& b) { return a.centre.y() < b.centre.y(); });
    QList<QWidget*> ordered;
    for (std::size_t first = 0; first < placed.size();) {
        std::size_t end = first + 1;
        while (end < placed.size() && placed[end].centre.y() - placed[first].centre.y() <= 6)
            ++end;
        std::stable_sort(placed.begin() + std::ptrdiff_t(first), placed.begin() + std::ptrdiff_t(end),
                         [](const Placed& a, const Placed& b) { return a.centre.x() < b.centre.x(); });
        for (std::size_t i = first; i < end; ++i)
            ordered << placed[i].widget;
        first = end;
    }
    return ordered;
}

} // namespace

QList<QWidget*> ScenarioEditor::tabOrder() const
{
    QList<QWidget*> order;
    for (QWidget* w : {static_cast<QWidget*>(m_filter), static_cast<QWidget*>(m_bannerButton)})
        if (takesTabFocus(w))
            order << w;
    QList<CollapsibleSection*> sections{m_metaSection};
    for (const core::Group g : m_order)
        sections << section(g);
    sections << m_groupsSection;
    QWidget* content = m_scroll->widget();
    for (CollapsibleSection* section : sections) {
        if (!section->isVisible())
            continue;
        QList<QWidget*> values;
        QList<QWidget*> buttons;
        for (QWidget* w : section->body()->findChildren<QWidget*>()) {
            if (!takesTabFocus(w))
                continue;
            (qobject_cast<QAbstractButton*>(w) ? buttons : values) << w;
        }
        order << inReadingOrder(values, content) << inReadingOrder(buttons, content);
        if (QWidget* header = section->header(); takesTabFocus(header))
            order << header;
    }
    return order;
}

bool ScenarioEditor::focusNextPrevChild(bool next)
{
    const QList<QWidget*> order = tabOrder();
    QWidget* focus = QApplication::focusWidget();
    const qsizetype at = order.indexOf(focus);
    if (at < 0)
        return QWidget::focusNextPrevChild(next);
    const Qt::FocusReason reason = next ? Qt::TabFocusReason : Qt::BacktabFocusReason;
    const qsizetype to = at + (next ? 1 : -1);
    if (to >= 0 && to < order.size()) {
        QWidget* target = order[to];
        target->setFocus(reason);
        if (m_scroll->widget()->isAncestorOf(target))
            m_scroll->ensureWidgetVisible(target, 20, 40);
        return true;
    }
    // Past either end: on to the window's next stop outside the editor, else round again.
    for (QWidget* w = next ? focus->nextInFocusChain() : focus->previousInFocusChain(); w && w != focus;
         w = next ? w->nextInFocusChain() : w->previousInFocusChain()) {
        if (w != this && !isAncestorOf(w) && w->window() == window() && takesTabFocus(w)) {
            w->setFocus(reason);
            return true;
        }
    }
    order[next ? 0 : order.size() - 1]->setFocus(reason);
    return true;
}

void ScenarioEditor::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString ScenarioEditor::currentParameterKey() const
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        focus = window()->isActiveWindow() ? nullptr : window()->focusWidget();
    if (!focus || !isAncestorOf(focus))
        return {};
    return keyOf(focus, this);
}

} // namespace tideover::ui
