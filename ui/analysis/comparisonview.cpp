// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "comparisonview.h"
#include "widgets/plainmessage.h"
#include "format/language.h"

#include "comparisonchart.h"
#include "packagecomparisonview.h"
#include "analysisdata/comparisonset.h"
#include "document/scenariodocument.h"
#include "models/headlinecomparisonmodel.h"
#include "models/parameterdiffmodel.h"
#include "core/io/scenariofile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include "widgets/flowlayout.h"
#include "widgets/reflowboxlayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace tideover::ui {

namespace {

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QTableView* makeTable(QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

ComparisonView::ComparisonView(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("comparisonView"));
    m_set = new ComparisonSet(document, this);

    // The pinned scenarios, with what to pin next.
    auto* title = new QLabel(tr("<b>Pinned scenarios</b>"), this);
    m_pinnedArea = new QWidget(this);
    m_pinnedArea->setObjectName(QStringLiteral("pinnedArea"));
    m_rows = new QVBoxLayout(m_pinnedArea);
    m_rows->setContentsMargins(2, 2, 2, 2);
    m_rows->setSpacing(2);
    m_none = new QLabel(tr("None yet"), m_pinnedArea);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    m_rows->addWidget(m_none);
    m_rows->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_pinnedArea);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::Base);

    auto* pinCurrentButton = new QPushButton(tr("Pin current"), this);
    pinCurrentButton->setObjectName(QStringLiteral("pinCurrent"));
    pinCurrentButton->setToolTip(
        tr("Keep a snapshot of the scenario as it is now, to compare with later edits"));
    connect(pinCurrentButton, &QPushButton::clicked, this, &ComparisonView::pinCurrent);
    auto* pinFileButton = new QPushButton(tr("File…"), this);
    pinFileButton->setToolTip(tr("Pin a saved scenario file"));
    connect(pinFileButton, &QPushButton::clicked, this, &ComparisonView::pinFileWithDialog);
    auto* builtinButton = new QToolButton(this);
    builtinButton->setText(tr("Built-in"));
    builtinButton->setToolTip(tr("Pin a scenario that comes with Tideover"));
    builtinButton->setPopupMode(QToolButton::InstantPopup);
    auto* builtinMenu = new QMenu(builtinButton);
    for (const auto& name : core::builtinScenarioNames()) {
        QString label = QString::fromStdString(name);
        try {
            label = QString::fromStdString(loadBuiltinScenario(QString::fromStdString(name)).meta.title);
        } catch (const std::exception&) {
        }
        builtinMenu->addAction(label, this, [this, name] { pinBuiltin(QString::fromStdString(name)); });
    }
    builtinButton->setMenu(builtinMenu);
    // The buttons wrap in a longer language rather than widening the panel.
    auto* buttons = new FlowLayout(nullptr, 4, 4);
    buttons->addWidget(pinCurrentButton);
    buttons->addWidget(pinFileButton);
    buttons->addWidget(builtinButton);

    m_includeCurrent = new QCheckBox(tr("Include the scenario being edited"), this);
    m_includeCurrent->setObjectName(QStringLiteral("includeCurrent"));
    m_includeCurrent->setChecked(true);
    m_includeCurrent->setToolTip(tr("Show the scenario being edited, as it is now, next to the pinned ones"));
    connect(m_includeCurrent, &QCheckBox::toggled, m_set, &ComparisonSet::setIncludesCurrent);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(title);
    sideLayout->addWidget(m_scroll, 1);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_includeCurrent);
    side->setMinimumWidth(240);

    m_hint = new QLabel(
        tr("Pin scenarios to compare them with the one being edited: a snapshot of it as it is now "
           "(then change it and see the difference), a saved file or a built-in scenario."),
        this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // Chart page: the measure, then the overlay.
    auto* chartPage = new QWidget(this);
    m_measure = new QComboBox(chartPage);
    m_measure->setObjectName(QStringLiteral("comparisonMeasure"));
    m_measure->addItem(tr("Reserve ratio"), int(ComparisonChart::Measure::ReserveRatio));
    m_measure->addItem(tr("Reserve"), int(ComparisonChart::Measure::Reserve));
    m_measure->addItem(tr("Cost rate"), int(ComparisonChart::Measure::CostRate));
    m_measure->addItem(tr("Contribution rate"), int(ComparisonChart::Measure::ContributionRate));
    m_chart = new ComparisonChart(m_set, chartPage);
    connect(m_measure, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setMeasure(ComparisonChart::Measure(m_measure->currentData().toInt())); });
    auto* measureRow = new QHBoxLayout;
    measureRow->setContentsMargins(6, 4, 6, 0);
    measureRow->addWidget(new QLabel(tr("Show"), chartPage));
    measureRow->addWidget(m_measure);
    measureRow->addStretch(1);
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(measureRow);
    chartLayout->addWidget(m_chart, 1);

    m_headlineModel = new HeadlineComparisonModel(m_set, this);
    m_headlineTable = makeTable(this);
    m_headlineTable->setObjectName(QStringLiteral("headlineComparison"));
    m_headlineTable->setModel(m_headlineModel);

    auto* diffPage = new QWidget(this);
    m_diffModel = new ParameterDiffModel(m_set, this);
    m_diffTable = makeTable(diffPage);
    m_diffTable->setObjectName(QStringLiteral("parameterDiff"));
    m_diffTable->setModel(m_diffModel);
    m_diffCaption = new QLabel(diffPage);
    m_diffCaption->setObjectName(QStringLiteral("diffCaption"));
    m_diffCaption->setWordWrap(true);
    m_diffCaption->setMargin(6);
    auto* diffLayout = new QVBoxLayout(diffPage);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->setSpacing(0);
    diffLayout->addWidget(m_diffCaption);
    diffLayout->addWidget(m_diffTable, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(chartPage, tr("Chart"));
    m_tabs->addTab(m_headlineTable, tr("Headline figures"));
    m_tabs->addTab(diffPage, tr("Parameters that differ"));
    m_package = new PackageComparisonView(m_set, this);
    m_tabs->addTab(m_package, tr("Package"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_package),
                          tr("Severance pay, savings accounts and assistance beside the insurance: the cost by payer"));

    auto* main = new QVBoxLayout;
    main->addWidget(m_hint);
    main->addWidget(m_tabs, 1);
    // The pinned scenarios beside the chart on a wide window; above it on a laptop's or with a
    // dock open, so the chart keeps the page's width (the page scrolls down).
    auto* layout = new ReflowBoxLayout(780, this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(10);
    layout->addWidget(side);
    layout->setMaximumWidthBeside(side, 320);
    layout->addLayout(main, 1);
    m_tabs->setMinimumHeight(360);

    connect(m_set, &ComparisonSet::changed, this, &ComparisonView::rebuildList);
    connect(m_set, &ComparisonSet::changed, this, &ComparisonView::updateDiffCaption);
    connect(m_set, &ComparisonSet::changed, this, &ComparisonView::updatePackageTab);
    rebuildList();
    updateDiffCaption();
    updatePackageTab();
}

bool ComparisonView::pinCurrent()
{
    const QString name =
        tr("%1 at %2")
            .arg(m_document->displayName(), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    QString error;
    if (!m_set->pin(name, QString(), m_document->scenario(), &error)) {
        showError(error);
        return false;
    }
    return true;
}

void ComparisonView::pinFileWithDialog()
{
    const QString dir =
        m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Pin scenarios"), dir, tr("Tideover scenarios (*.tideover);;All files (*)"));
    for (const QString& path : paths)
        pinFile(path);
}

bool ComparisonView::pinFile(const QString& path)
{
    QString error;
    if (!m_set->pinFile(path, &error)) {
        showError(tr("Cannot pin %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

bool ComparisonView::pinBuiltin(const QString& name)
{
    QString error;
    if (!m_set->pinBuiltin(name, &error)) {
        showError(error);
        return false;
    }
    return true;
}

void ComparisonView::showError(const QString& text)
{
    plainWarning(this, tr("Cannot pin the scenario"), text, QStringLiteral("pinErrorBox"));
}

void ComparisonView::rebuildList()
{
    // Out of the tree at once (a finder must not see them), deleted once their events are done.
    for (QWidget* row :
         m_pinnedArea->findChildren<QWidget*>(QStringLiteral("pinnedRow"), Qt::FindDirectChildrenOnly)) {
        row->hide();
        row->setParent(nullptr);
        row->deleteLater();
    }
    const int offset = m_set->includesCurrent() ? 1 : 0;
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    for (int i = 0; i < m_set->count(); ++i) {
        const PinnedScenario& p = m_set->at(i);
        auto* row = new QFrame(m_pinnedArea);
        row->setObjectName(QStringLiteral("pinnedRow"));
        row->setProperty("pinnedIndex", i);
        row->setToolTip(tr("Double-click to rename"));
        row->installEventFilter(this);
        auto* icon = new QLabel(row);
        icon->setPixmap(swatch(m_chart->lineColour(i + offset)).pixmap(12, 12));
        auto* name = new QLabel(row);
        name->setWordWrap(true);
        name->setTextFormat(Qt::RichText);
        const QString origin = p.origin.isEmpty() ? tr("snapshot")
                               : p.origin.startsWith(QLatin1String("builtin:"))
                                   ? tr("built-in")
                                   : QFileInfo(p.origin).fileName();
        name->setText(QStringLiteral("%1<br><small style='color:%2'>%3</small>")
                          .arg(p.name.toHtmlEscaped(), muted, origin.toHtmlEscaped()));
        name->setToolTip(p.origin.isEmpty()
                             ? tr("A snapshot of the scenario being edited; double-click to rename")
                             : p.origin);
        name->installEventFilter(this);
        name->setProperty("pinnedIndex", i);
        auto* remove = new QToolButton(row);
        remove->setObjectName(QStringLiteral("removePinned"));
        remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove “%1” from the comparison").arg(p.name));
        // Queued: the removal rebuilds the list, and with it this button.
        connect(remove, &QToolButton::clicked, this, [this, i] {
            QMetaObject::invokeMethod(
                this, [this, i] { m_set->remove(i); }, Qt::QueuedConnection);
        });
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(4, 3, 2, 3);
        layout->addWidget(icon, 0, Qt::AlignTop);
        layout->addWidget(name, 1);
        layout->addWidget(remove, 0, Qt::AlignTop);
        m_rows->insertWidget(m_rows->count() - 1, row);
    }
    m_none->setVisible(m_set->count() == 0);
    m_hint->setVisible(m_set->count() == 0);
}

bool ComparisonView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonDblClick && watched->property("pinnedIndex").isValid()) {
        renamePinned(watched->property("pinnedIndex").toInt());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ComparisonView::renamePinned(int index)
{
    if (index < 0 || index >= m_set->count())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename pinned scenario"), tr("Name:"),
                                               QLineEdit::Normal, m_set->at(index).name, &ok);
    if (ok)
        m_set->rename(index, name);
}

void ComparisonView::updatePackageTab()
{
    const int index = m_tabs->indexOf(m_package);
    const bool any = m_set->anyPackage();
    if (!any && m_tabs->currentIndex() == index)
        m_tabs->setCurrentIndex(0);
    m_tabs->setTabVisible(index, any);
}

void ComparisonView::updateDiffCaption()
{
    const int columns = m_diffModel->columnCount();
    const int keys = m_diffModel->rowCount();
    if (columns < 2)
        m_diffCaption->setText(tr("Pin a scenario to see the parameters in which it differs."));
    else if (keys == 0)
        m_diffCaption->setText(tr("The scenarios have the same parameters."));
    else
        m_diffCaption->setText(
            (keys == 1 ? tr("1 parameter differs.") : tr("%1 parameters differ.").arg(keys)) +
            QLatin1Char(' ') + tr("Bold: unlike the first column."));
}

} // namespace tideover::ui
