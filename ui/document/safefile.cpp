// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "safefile.h"

#include "core/io/atomicfile.h"

#include <QFile>

#include <string_view>

namespace tideover::ui {

bool writeFileSafely(const QString& path, const QByteArray& bytes, QString* error, bool replaceReadOnly,
                     bool* readOnly)
{
    if (readOnly)
        *readOnly = false;
    core::SaveOptions options;
    options.replaceReadOnly = replaceReadOnly;
    try {
        core::writeFileAtomically(QFile::encodeName(path).toStdString(),
                                  std::string_view(bytes.constData(), std::size_t(bytes.size())), options);
        return true;
    } catch (const core::ReadOnlyFileError& e) {
        if (readOnly)
            *readOnly = true;
        if (error)
            *error = QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
    }
    return false;
}

}  // namespace tideover::ui
