// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QByteArray>
#include <QString>

namespace tideover::ui {

// Writes `bytes` to `path` by the core's rules for saving (core::writeFileAtomically): a file
// is replaced atomically, a device or FIFO written through, a link followed only when it and
// its folder belong to the user, and a read-only file kept unless `replaceReadOnly`. Every
// save and export of the desktop app goes through here. On failure sets *error (and
// *readOnly when the target was a read-only file) and returns false.
bool writeFileSafely(const QString& path, const QByteArray& bytes, QString* error, bool replaceReadOnly = false,
                     bool* readOnly = nullptr);

}  // namespace tideover::ui
