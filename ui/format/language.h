// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QLocale>
#include <QString>

#include "core/model/scenario.h"

namespace tideover::ui {

// The locale whose numbers, dates and currency a shipped language uses: en -> en_US,
// fr -> fr_FR, vi -> vi_VN.
QLocale localeForLanguage(const QString& code);

// Puts the GUI in a language: `preference` is the Preferences' choice ("en", "fr", "vi"), or
// "" to follow the system locale's language when we ship it (else English). Installs our
// translation and Qt's own (standard buttons), replacing those of an earlier call, and makes
// the language's locale the default, so numbers and dates are formatted for it; a system
// locale of the same language (fr_CA) keeps its own formats. Installing a translation sends
// QEvent::LanguageChange to every widget. Returns the language now in use.
QString applyLanguage(const QString& preference);

// The language applyLanguage() last put in place: "en", "fr" or "vi".
QString currentLanguage();

// A bundled scenario ("vietnam") with its texts in the current language where translated.
// Throws core::ScenarioFileError for an unknown name.
core::Scenario loadBuiltinScenario(const QString& name);

} // namespace tideover::ui
