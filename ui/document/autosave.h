// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/model/scenario.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace tideover::ui {

class ScenarioDocument;

// Keeps a copy of unsaved work in the application data folder so a crash loses at most one
// interval of edits. Each running Tideover writes its own pair of files
// (autosave-<pid>.tideover and its .json note: original path, title, time); they are removed
// when the work is saved or deliberately discarded. At start-up, files left by a process that
// is no longer running are offered for recovery.
class Autosave : public QObject {
    Q_OBJECT

public:
    // A copy left behind by a Tideover that did not close normally.
    struct Recoverable {
        QString autosavePath;  // the .tideover copy
        QString notePath;      // its .json note
        QString originalPath;  // the file the work belonged to ("" for an untitled scenario)
        QString title;
        QDateTime savedAt;
    };

    // `folder` "" means the standard application data folder's "autosave" subfolder.
    Autosave(ScenarioDocument* document, const QString& folder = {}, QObject* parent = nullptr);
    ~Autosave() override;

    static QString defaultFolder();
    QString folder() const { return m_folder; }
    QString autosavePath() const;
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const;

    // Writes the copy now when the document has unsaved changes, removes it otherwise.
    // False (with the reason) when the copy cannot be written; the document is untouched.
    bool saveNow(QString* error = nullptr);
    // Removes this instance's copy (the user saved or chose to discard the work).
    void discard();

    // Copies in `folder` whose writer is no longer running, newest first.
    static QList<Recoverable> findRecoverable(const QString& folder = {});
    static std::optional<core::Scenario> load(const Recoverable& r, QString* error);
    static void remove(const Recoverable& r);

private:
    ScenarioDocument* m_document;
    QString m_folder;
    QTimer m_timer;
};

}  // namespace tideover::ui
