// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/package.h"
#include "core/engine/projectionresult.h"
#include "core/model/scenario.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace tideover::ui {

class ScenarioDocument;

// A scenario pinned for comparison: a snapshot of the document, a file or a built-in scenario,
// with its projection.
struct PinnedScenario {
    QString name;   // shown in legends and column headers; unique within the set
    QString origin; // the file path, "builtin:NAME", or "" for a snapshot of the document
    core::Scenario scenario;
    core::ProjectionResult result;
    core::PackageResult package;  // model-spec v5; the insurance alone when every part is off
};

// One column of a comparison: the document's scenario as it is now, or a pinned one. The
// pointers stay valid until the set next emits changed().
struct ComparedScenario {
    QString name;
    const core::Scenario* scenario = nullptr;
    const core::ProjectionResult* result = nullptr; // null: the document has no valid results
    bool isCurrent = false;
    bool isStale = false; // the document's results belong to an earlier, valid state
};

// The set of pinned scenarios the Compare page shows side by side, and, first, the scenario
// being edited (unless left out), which follows every edit. Pinning copies the scenario and
// projects it once: a pinned scenario never changes, whatever happens to its file or to the
// document it was taken from. Qt Core only.
class ComparisonSet : public QObject {
    Q_OBJECT

public:
    explicit ComparisonSet(ScenarioDocument* document, QObject* parent = nullptr);

    // The columns to compare: the current scenario (when included), then the pinned ones.
    std::vector<ComparedScenario> compared() const;
    bool includesCurrent() const { return m_includeCurrent; }
    void setIncludesCurrent(bool include);
    ScenarioDocument* document() const { return m_document; }
    // The package results (model-spec v5) of compared column `index` (as compared()); null
    // when it has no valid results. The current scenario's are computed when first asked for.
    const core::PackageResult* package(int index) const;
    // True when a compared scenario has a part of the package (severance, savings accounts,
    // assistance) on.
    bool anyPackage() const;

    int count() const { return int(m_pinned.size()); }
    const PinnedScenario& at(int index) const { return m_pinned[std::size_t(index)]; }

    // Pins `scenario` under `name` (made unique with " (2)", " (3)", ...). False, with the
    // reason in `error`, when the scenario has errors and so no projection.
    bool pin(const QString& name, const QString& origin, const core::Scenario& scenario,
             QString* error = nullptr);
    bool pinFile(const QString& path, QString* error = nullptr);
    bool pinBuiltin(const QString& name, QString* error = nullptr);
    void remove(int index);
    void rename(int index, const QString& name);
    void clear();

    // Keeps the pinned scenarios in `folder` (pins.json and a scenario file each) so that the
    // next session finds them: an empty set first takes the pins stored there; from then on
    // every pin, removal, rename or clearing is written at once (atomically). Returns a
    // sentence for the user about stored pins that could not be read back, or "".
    QString setStorageFolder(const QString& folder);
    QString storageFolder() const { return m_storageFolder; }
    // How many pins the folder keeps at most (the oldest beyond it are not restored).
    static constexpr int kMaxStoredPins = 50;

    // `name`, or `name (2)`, ... : the first that no pinned scenario other than `except` has.
    QString uniqueName(const QString& name, int except = -1) const;
    // A name broken into lines of about `width` characters, for a column header.
    static QString headerText(const QString& name, int width = 22);

signals:
    // After any change of the pinned scenarios or, when included, of the current one.
    void changed();

private:
    bool pinQuietly(const QString& name, const QString& origin, const core::Scenario& scenario,
                    QString* error);
    void persist() const;
    QString restore();

    ScenarioDocument* m_document;
    bool m_includeCurrent = true;
    std::vector<PinnedScenario> m_pinned;
    QString m_storageFolder;
    mutable std::optional<core::PackageResult> m_currentPackage;
    mutable bool m_currentPackageDone = false;
};

} // namespace tideover::ui
