// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace tideover::ui {

class Preferences;

// Edit > Preferences: language, number format, default horizon, autosave interval, chart
// theme and trainer mode. OK writes every value to the Preferences (whose changed() signal applies them);
// Cancel writes nothing.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Preferences* preferences, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QComboBox* numberFormatBox() const { return m_numberFormat; }
    QSpinBox* horizonBox() const { return m_horizon; }
    QSpinBox* autosaveBox() const { return m_autosave; }
    QComboBox* chartThemeBox() const { return m_chartTheme; }
    QCheckBox* trainerModeBox() const { return m_trainerMode; }
    QCheckBox* projectorModeBox() const { return m_projectorMode; }

    void accept() override;

private:
    Preferences* m_preferences;
    QComboBox* m_language = nullptr;
    QComboBox* m_numberFormat = nullptr;
    QSpinBox* m_horizon = nullptr;
    QSpinBox* m_autosave = nullptr;
    QComboBox* m_chartTheme = nullptr;
    QCheckBox* m_projectorMode = nullptr;
    QCheckBox* m_trainerMode = nullptr;
};

} // namespace tideover::ui
