// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "historyfile.h"

#include "safefile.h"
#include "scenariodocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <filesystem>

namespace tideover::ui {

std::optional<core::HistoryTable> readHistoryFile(const QString& path, QString* error)
{
    try {
        return core::loadHistoryCsvFile(std::filesystem::path(QFile::encodeName(path).toStdString()));
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

bool importHistoryFile(ScenarioDocument& document, const QString& path, QString* error)
{
    const std::optional<core::HistoryTable> table = readHistoryFile(path, error);
    if (!table)
        return false;
    importHistory(document, *table, path);
    return true;
}

void importHistory(ScenarioDocument& document, const core::HistoryTable& table, const QString& path)
{
    document.setHistory(
        table, QCoreApplication::translate("tideover::ui::historyfile", "Import actual figures from %1")
                   .arg(QFileInfo(path).fileName()));
}

bool exportHistoryFile(const ScenarioDocument& document, const QString& path, QString* error)
{
    const core::HistoryTable table = document.historyTable();
    if (table.history.empty()) {
        if (error)
            *error = QCoreApplication::translate("tideover::ui::historyfile",
                                                 "The scenario has no actual figures to export.");
        return false;
    }
    return writeFileSafely(
        path, QByteArray::fromStdString(core::writeHistoryCsv(table.history, table.sources)), error);
}

} // namespace tideover::ui
