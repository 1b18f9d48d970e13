// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "historyeditor.h"

#include "document/historyfile.h"
#include "document/scenariodocument.h"
#include "fieldstyle.h"
#include "models/historytablemodel.h"
#include "plainmessage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>

namespace tideover::ui {

namespace {

// The table's editor: commits through the model and says why when the model refuses.
class HistoryDelegate : public QStyledItemDelegate {
public:
    HistoryDelegate(std::function<void(const QString&)> refused, QObject* parent)
        : QStyledItemDelegate(parent), m_refused(std::move(refused))
    {}

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* edit = qobject_cast<QLineEdit*>(editor);
        if (!edit) {
            QStyledItemDelegate::setModelData(editor, model, index);
            return;
        }
        auto* history = qobject_cast<HistoryTableModel*>(model);
        const bool ok = model->setData(index, edit->text(), Qt::EditRole);
        m_refused(ok || !history ? QString() : history->lastError());
    }

private:
    std::function<void(const QString&)> m_refused;
};

// The default folder of file dialogs: the scenario's, else the documents folder.
QString startFolder(const ScenarioDocument* document)
{
    if (document && !document->filePath().isEmpty())
        return QFileInfo(document->filePath()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

HistoryEditor::HistoryEditor(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("historyEditor"));
    m_model = new HistoryTableModel(document, this);

    auto* yearLabel = new QLabel(tr("&Year"), this);
    m_yearBox = new QSpinBox(this);
    m_yearBox->setObjectName(QStringLiteral("historyYear"));
    m_yearBox->setRange(core::kFirstHistoryYear, core::kLastHistoryYear);
    m_yearBox->setGroupSeparatorShown(false);
    m_yearBox->setToolTip(tr("The calendar year to add"));
    yearLabel->setBuddy(m_yearBox);
    m_addButton = new QPushButton(tr("&Add Year"), this);
    m_addButton->setObjectName(QStringLiteral("historyAddYear"));
    m_addButton->setToolTip(tr("Add a row for the year, to enter its published figures"));
    connect(m_addButton, &QPushButton::clicked, this, [this] { addYear(m_yearBox->value()); });
    m_removeButton = new QPushButton(tr("&Remove Year"), this);
    m_removeButton->setObjectName(QStringLiteral("historyRemoveYear"));
    m_removeButton->setToolTip(tr("Remove the selected year and all its figures (Undo brings them back)"));
    connect(m_removeButton, &QPushButton::clicked, this, &HistoryEditor::removeCurrentYear);
    auto* importButton = new QPushButton(tr("&Import CSV…"), this);
    importButton->setObjectName(QStringLiteral("historyImport"));
    importButton->setToolTip(tr("Read the figures from a CSV file: a year column, then columns named as the "
                                "projection's CSV names them (contributions, benefits, reserve, …)"));
    connect(importButton, &QPushButton::clicked, this, &HistoryEditor::importWithDialog);
    auto* exportButton = new QPushButton(tr("E&xport CSV…"), this);
    exportButton->setObjectName(QStringLiteral("historyExport"));
    exportButton->setToolTip(tr("Save the figures and their sources as a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, &HistoryEditor::exportWithDialog);
    auto* hint =
        new QLabel(tr("Published yearly figures. Money in the scenario's currency, rates in %; an empty "
                      "cell is not recorded."),
                   this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearBox);
    bar->addWidget(m_addButton);
    bar->addWidget(m_removeButton);
    bar->addSpacing(12);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    bar->addSpacing(12);
    bar->addWidget(hint, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(
        new HistoryDelegate([this](const QString& error) { showError(error); }, m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true); // the notes take what is left
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Money columns of a large economy need room for 17 digits and the currency.
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("000,000,000,000 MMM")) + 12);
    m_table->installEventFilter(this);
    connect(m_table, &QWidget::customContextMenuRequested, this, &HistoryEditor::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryEditor::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryEditor::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryEditor::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryEditor::updateButtons);

    m_empty =
        new QLabel(tr("No actual figures yet. Add a year and type its published figures, or import them "
                      "from a CSV file."),
                   m_table->viewport());
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(12);

    m_sourceLabel = new QLabel(tr("Source:"), this);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("historySource"));
    m_source->setClearButtonEnabled(true);
    m_source->setMaxLength(int(core::kMaxHistoryNotes));
    m_sourceLabel->setBuddy(m_source);
    connect(m_source, &QLineEdit::editingFinished, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!m_source->isEnabled() || !current.isValid() ||
            m_source->text().trimmed() == m_model->source(current))
            return;
        if (!m_model->setSource(current, m_source->text()))
            showError(m_model->lastError());
        else
            showError(QString());
        m_source->setModified(false); // what it shows is the document's now
        if (m_document)
            m_document->endMerge();
    });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, fieldstyle::errorText());
    m_error->setPalette(errorPalette);

    auto* sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(0, 0, 0, 0);
    sourceRow->addWidget(m_sourceLabel);
    sourceRow->addWidget(m_source, 3);
    sourceRow->addWidget(m_error, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(sourceRow);

    onCurrentChanged();
}

QString HistoryEditor::errorText() const
{
    return m_error->text();
}

void HistoryEditor::showError(const QString& text)
{
    m_error->setText(text);
}

void HistoryEditor::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_removeButton->setEnabled(current.isValid());
    m_empty->setVisible(m_model->rowCount() == 0);
    m_empty->resize(m_table->viewport()->size());
    // The year to add follows the table unless the planner chose another one that is free.
    const int suggested = m_model->suggestedYear();
    if (m_yearBox->value() == m_suggestedYear || m_model->rowOfYear(m_yearBox->value()) >= 0)
        m_yearBox->setValue(suggested);
    m_suggestedYear = suggested;
}

void HistoryEditor::onCurrentChanged()
{
    // A new cell starts a new undo step, even for the same figure typed again.
    if (m_document)
        m_document->endMerge();
    const QModelIndex current = m_table->currentIndex();
    const std::optional<core::HistoryColumn> column = HistoryTableModel::historyColumn(current.column());
    const bool hasValue = current.isValid() && column && std::isfinite(current.data(Qt::UserRole).toDouble());
    if (current.isValid() && column) {
        m_sourceLabel->setText(tr("Source of %1, %2:")
                                   .arg(m_model->headerData(current.column(), Qt::Horizontal, Qt::DisplayRole)
                                            .toString()
                                            .section(QLatin1Char('\n'), 0, 0))
                                   .arg(m_model->yearAt(current.row())));
    } else {
        m_sourceLabel->setText(tr("Source:"));
    }
    m_source->setEnabled(hasValue);
    m_source->setPlaceholderText(hasValue ? tr("Where this figure comes from: the report, its table and year")
                                          : tr("Select a figure to give its source"));
    if (!(m_source->hasFocus() && m_source->isModified())) {
        m_source->setText(hasValue ? m_model->source(current) : QString());
        m_source->setModified(false);
        m_source->setCursorPosition(0);
    }
    updateButtons();
}

bool HistoryEditor::addYear(int year)
{
    if (!m_model->addYear(year))
        return false;
    const int row = m_model->rowOfYear(year);
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    m_table->setFocus();
    showError(QString());
    updateButtons();
    return true;
}

bool HistoryEditor::removeCurrentYear()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    return m_model->removeYear(m_model->yearAt(current.row()));
}

void HistoryEditor::focusKey(const QString& key)
{
    const std::optional<core::HistoryKey> hk = core::parseHistoryKey(key.toStdString());
    if (!hk)
        return;
    const int row = m_model->rowOfYear(hk->year);
    if (row < 0)
        return;
    const QModelIndex index =
        m_model->index(row, hk->column ? static_cast<int>(*hk->column) : HistoryTableModel::kNotesColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
}

void HistoryEditor::clearSelection()
{
    const QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty() || !m_document)
        return;
    m_document->undoStack()->beginMacro(tr("Clear actual figures"));
    for (const QModelIndex& cell : cells)
        m_model->setData(cell, QString(), Qt::EditRole);
    m_document->undoStack()->endMacro();
    m_document->endMerge();
}

bool HistoryEditor::pasteText(const QString& text)
{
    const QModelIndex start = m_table->currentIndex();
    if (!start.isValid() || !m_document || text.isEmpty())
        return false;
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    if (lines.size() > int(core::kMaxHistoryYears))
        return false;
    // Rows past the last year shown are the years after it.
    int year = m_model->yearAt(start.row());
    QStringList errors;
    m_document->undoStack()->beginMacro(tr("Paste actual figures"));
    for (const QString& line : lines) {
        if (m_model->rowOfYear(year) < 0)
            m_model->addYear(year);
        const int row = m_model->rowOfYear(year);
        const QStringList cells = line.split(QLatin1Char('\t'));
        for (int i = 0; i < cells.size(); ++i) {
            const int column = start.column() + i;
            if (row < 0 || column >= m_model->columnCount())
                break;
            QString cell = cells[i];
            cell.remove(QLatin1Char('\r'));
            if (!m_model->setData(m_model->index(row, column), cell, Qt::EditRole) && errors.size() < 3)
                errors << QStringLiteral("%1: %2").arg(year).arg(m_model->lastError());
        }
        if (++year > core::kLastHistoryYear)
            break;
    }
    m_document->undoStack()->endMacro();
    m_document->endMerge();
    showError(errors.join(QStringLiteral("; ")));
    return errors.isEmpty();
}

QString HistoryEditor::selectionText() const
{
    QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return {};
    std::sort(cells.begin(), cells.end(), [](const QModelIndex& a, const QModelIndex& b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    int left = cells.front().column();
    for (const QModelIndex& cell : cells)
        left = std::min(left, cell.column());
    std::map<int, QStringList> rows;
    for (const QModelIndex& cell : cells) {
        QStringList& row = rows[cell.row()];
        while (row.size() < cell.column() - left)
            row << QString();
        row << cell.data(Qt::EditRole).toString().simplified();
    }
    QString text;
    for (const auto& [row, values] : rows)
        text += values.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return text;
}

bool HistoryEditor::eventFilter(QObject* watched, QEvent* event)
{
    // While a cell is being edited its editor has the keys; these reach the table only between edits.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key == QKeySequence::Delete) {
            clearSelection();
            return true;
        }
        if (key == QKeySequence::Copy) {
            QApplication::clipboard()->setText(selectionText());
            return true;
        }
        if (key == QKeySequence::Paste) {
            pasteText(QApplication::clipboard()->text());
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::Resize)
        m_empty->resize(m_table->viewport()->size());
    return QWidget::eventFilter(watched, event);
}

void HistoryEditor::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        const int year = m_model->yearAt(index.row());
        QAction* source = menu.addAction(tr("Edit &Source…"), this, [this] {
            m_source->setFocus(Qt::OtherFocusReason);
            m_source->selectAll();
        });
        source->setEnabled(m_source->isEnabled());
        menu.addAction(tr("&Clear"), this, &HistoryEditor::clearSelection);
        menu.addSeparator();
        menu.addAction(tr("&Remove %1").arg(year), this, [this, year] { m_model->removeYear(year); });
        menu.addSeparator();
    }
    menu.addAction(tr("&Add Year %1").arg(m_yearBox->value()), this, [this] { addYear(m_yearBox->value()); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void HistoryEditor::importWithDialog()
{
    importHistoryWithDialog(this, m_document);
}

void HistoryEditor::exportWithDialog()
{
    exportHistoryWithDialog(this, m_document);
}

bool importHistoryWithDialog(QWidget* parent, ScenarioDocument* document)
{
    if (!document)
        return false;
    const QString caption = HistoryEditor::tr("Import actual figures");
    const QString path = QFileDialog::getOpenFileName(parent, caption, startFolder(document),
                                                      HistoryEditor::tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    const std::optional<core::HistoryTable> table = readHistoryFile(path, &error);
    if (!table) {
        QMessageBox box(QMessageBox::Warning, HistoryEditor::tr("Cannot import the actual figures"), error,
                        QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("historyImportError"));
        box.setInformativeText(
            HistoryEditor::tr("Nothing was changed: the scenario keeps the figures it had."));
        makePlain(box);
        box.exec();
        return false;
    }
    const core::History& current = document->scenario().history;
    if (!current.empty()) {
        QMessageBox box(
            QMessageBox::Question, caption,
            HistoryEditor::tr("The scenario already has actual figures for %1 years (%2–%3). Replace "
                              "them with the %4 years of “%5”?")
                .arg(current.years.size())
                .arg(current.firstYear())
                .arg(current.lastYear())
                .arg(table->history.years.size())
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Cancel, parent);
        box.setObjectName(QStringLiteral("historyReplaceBox"));
        box.setInformativeText(HistoryEditor::tr("Undo (Ctrl+Z) brings the present figures back."));
        QAbstractButton* replace = box.addButton(HistoryEditor::tr("&Replace"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        makePlain(box);
        box.exec();
        if (box.clickedButton() != replace)
            return false;
    }
    importHistory(*document, *table, path);
    return true;
}

bool exportHistoryWithDialog(QWidget* parent, ScenarioDocument* document)
{
    if (!document)
        return false;
    const QString caption = HistoryEditor::tr("Export actual figures");
    if (document->scenario().history.empty()) {
        plainWarning(parent, caption, HistoryEditor::tr("The scenario has no actual figures to export."));
        return false;
    }
    QString name = QFileInfo(document->displayName()).completeBaseName();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    if (name.isEmpty())
        name = QStringLiteral("history");
    QString path = QFileDialog::getSaveFileName(
        parent, caption,
        QDir(startFolder(document))
            .filePath(name + HistoryEditor::tr(" - actual figures") + QStringLiteral(".csv")),
        HistoryEditor::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!exportHistoryFile(*document, path, &error)) {
        plainWarning(parent, caption, error);
        return false;
    }
    return true;
}

} // namespace tideover::ui
