// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

// Reads an Excel workbook back with real readers, for the workbook tests of tests/cli and
// tests/ui: Debian's xlsx2csv for the cells (the numbers as stored, number formats ignored),
// unzip for the parts (the workbook's list of sheets, a sheet's XML, the charts). CMake finds
// both programs (tests/CMakeLists.txt); CI installs them (README, the test command).

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cmath>

namespace workbooktest {

inline const QString kXlsx2csv = QStringLiteral(TIDEOVER_XLSX2CSV);
inline const QString kUnzip = QStringLiteral(TIDEOVER_UNZIP);

inline bool found(const QString& program)
{
    return !program.isEmpty() && !program.endsWith(QLatin1String("-NOTFOUND"));
}

// Runs a reader; its stdout, or a sentence in `problem`.
inline QByteArray runReader(const QString& program, const QStringList& args, QString* problem)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
        *problem = program + " did not run: " + p.errorString();
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *problem = program + ' ' + args.join(' ') + " failed (exit " + QString::number(p.exitCode()) +
                   "): " + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return p.readAllStandardOutput();
}

// RFC 4180 CSV as rows of cells.
inline QList<QStringList> parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << cell;
            cell.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

// The cells of sheet `name`, numbers as the workbook stores them (no number format applied).
inline QList<QStringList> sheetCells(const QString& file, const QString& name, QString* problem)
{
    const QByteArray out =
        runReader(kXlsx2csv,
                  {QStringLiteral("--ignore-formats"), QStringLiteral("float"), QStringLiteral("percentage"),
                   QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("-n"), name, file},
                  problem);
    return problem->isEmpty() ? parseCsv(out) : QList<QStringList>{};
}

// A part of the workbook's zip (xl/workbook.xml, xl/worksheets/sheet2.xml).
inline QByteArray part(const QString& file, const QString& member, QString* problem)
{
    return runReader(kUnzip, {QStringLiteral("-p"), file, member}, problem);
}

// The names of the parts in the zip.
inline QStringList partNames(const QString& file, QString* problem)
{
    const QByteArray out = runReader(kUnzip, {QStringLiteral("-Z1"), file}, problem);
    return QString::fromUtf8(out).split('\n', Qt::SkipEmptyParts);
}

// The sheet names, in order, as xl/workbook.xml lists them.
inline QStringList sheetNames(const QString& file, QString* problem)
{
    const QString xml = QString::fromUtf8(part(file, QStringLiteral("xl/workbook.xml"), problem));
    QStringList names;
    static const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    for (auto m = sheet.globalMatch(xml); m.hasNext();)
        names << m.next().captured(1);
    return names;
}

// Compares a table read from a sheet with the CSV it must hold: the same header, the same
// empty cells and texts, every number within `relative` of the CSV's. "" when they agree, else the
// first difference.
inline QString compareTables(const QList<QStringList>& csv, const QList<QStringList>& sheet,
                             double relative = 1e-9)
{
    if (csv.size() != sheet.size())
        return QStringLiteral("%1 rows in the CSV, %2 in the sheet").arg(csv.size()).arg(sheet.size());
    for (qsizetype r = 0; r < csv.size(); ++r) {
        if (csv[r].size() != sheet[r].size())
            return QStringLiteral("row %1: %2 cells in the CSV, %3 in the sheet")
                .arg(r)
                .arg(csv[r].size())
                .arg(sheet[r].size());
        for (qsizetype c = 0; c < csv[r].size(); ++c) {
            const QString& want = csv[r][c];
            const QString& got = sheet[r][c];
            const QString where = QStringLiteral("row %1, column %2 (%3)").arg(r).arg(c).arg(csv[0].value(c));
            if (r == 0 || want.isEmpty()) {
                if (want != got)
                    return where + QStringLiteral(": CSV '%1', sheet '%2'").arg(want, got);
                continue;
            }
            bool okWant = false, okGot = false;
            const double x = want.toDouble(&okWant);
            const double y = got.toDouble(&okGot);
            // A text cell (the grouped table's `group` column) reads back as typed.
            if (!okWant && want == got)
                continue;
            if (!okWant || !okGot)
                return where + QStringLiteral(": not numbers: CSV '%1', sheet '%2'").arg(want, got);
            if (std::abs(x - y) > relative * std::max(std::abs(x), std::abs(y)))
                return where + QStringLiteral(": CSV %1, sheet %2 (relative difference %3)")
                                   .arg(want, got)
                                   .arg(std::abs(x - y) / std::max(std::abs(x), std::abs(y)));
        }
    }
    return {};
}

} // namespace workbooktest
