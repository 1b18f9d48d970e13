// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "preferencesdialog.h"

#include "document/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace tideover::ui {

namespace {

void selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PreferencesDialog::PreferencesDialog(Preferences* preferences, QWidget* parent)
    : QDialog(parent), m_preferences(preferences)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // Languages are named in their own language, so a user can find theirs in any of them.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->setToolTip(
        tr("The language of menus, labels, messages, reports and the workshop exercises. Applies at once."));

    m_numberFormat = new QComboBox(this);
    m_numberFormat->setObjectName(QStringLiteral("numberFormatBox"));
    m_numberFormat->addItem(tr("Same as language"), QString());
    // Each format named in its own language, with a sample in it.
    const std::pair<const char*, QString> formats[] = {{"en_US", QStringLiteral("English (United States)")},
                                                       {"fr_FR", QStringLiteral("Français (France)")},
                                                       {"vi_VN", QStringLiteral("Tiếng Việt (Việt Nam)")}};
    for (const auto& [name, label] : formats)
        m_numberFormat->addItem(label + QStringLiteral(": ") +
                                    QLocale(QLatin1String(name)).toString(1234567.89, 'f', 2),
                                QString::fromLatin1(name));
    m_numberFormat->setToolTip(
        tr("Thousands separators and the decimal mark of every number shown. Results are "
           "redrawn at once; scenario files are not affected."));

    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("horizonBox"));
    m_horizon->setRange(Preferences::kMinHorizon, Preferences::kMaxHorizon);
    m_horizon->setSuffix(tr(" years"));
    m_horizon->setToolTip(
        tr("The projection horizon of a new scenario made with File > New from > the default "
           "scenario (Ctrl+N). The other built-in scenarios, opened files and recovered work "
           "keep their own horizons."));

    m_autosave = new QSpinBox(this);
    m_autosave->setObjectName(QStringLiteral("autosaveBox"));
    m_autosave->setRange(Preferences::kMinAutosaveSeconds, Preferences::kMaxAutosaveSeconds);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setToolTip(
        tr("How often a copy of unsaved work is kept, so a crash loses at most this much."));

    m_chartTheme = new QComboBox(this);
    m_chartTheme->setObjectName(QStringLiteral("chartThemeBox"));
    m_chartTheme->addItem(tr("System"), QVariant::fromValue(Preferences::ChartTheme::System));
    m_chartTheme->addItem(tr("Light"), QVariant::fromValue(Preferences::ChartTheme::Light));
    m_chartTheme->addItem(tr("Dark"), QVariant::fromValue(Preferences::ChartTheme::Dark));
    m_chartTheme->setToolTip(tr("Charts follow the desktop's light or dark theme, or always use one "
                                "(light charts print and project well)."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Number format:"), m_numberFormat);
    form->addRow(tr("Default &horizon:"), m_horizon);
    form->addRow(tr("&Autosave every:"), m_autosave);
    form->addRow(tr("&Chart theme:"), m_chartTheme);

    m_trainerMode = new QCheckBox(tr("&Trainer mode: exercises show their answers"), this);
    m_trainerMode->setObjectName(QStringLiteral("trainerModeBox"));
    m_trainerMode->setToolTip(tr("For the trainer's own computer: the exercise panel shows each question's answer "
                                 "and the debrief. Start Tideover with --trainer for one session instead."));
    form->addRow(m_trainerMode);

    m_projectorMode = new QCheckBox(tr("&Projector mode: larger type in charts and headline figures"), this);
    m_projectorMode->setObjectName(QStringLiteral("projectorModeBox"));
    m_projectorMode->setToolTip(tr("For a workshop room reading a projected screen: chart titles, axes, legends and "
                                   "the headline figures in larger type. Training > Projector Mode (F9) switches it "
                                   "at any time; start Tideover with --projector for one session."));
    form->addRow(m_projectorMode);


    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    selectData(m_language, m_preferences->language());
    selectData(m_numberFormat, m_preferences->numberFormat());
    m_horizon->setValue(m_preferences->defaultHorizon());
    m_autosave->setValue(m_preferences->autosaveSeconds());
    selectData(m_chartTheme, QVariant::fromValue(m_preferences->chartTheme()));
    m_trainerMode->setChecked(m_preferences->trainerMode());
    m_projectorMode->setChecked(m_preferences->projectorMode());
}

void PreferencesDialog::accept()
{
    m_preferences->setLanguage(m_language->currentData().toString());
    m_preferences->setNumberFormat(m_numberFormat->currentData().toString());
    m_preferences->setDefaultHorizon(m_horizon->value());
    m_preferences->setAutosaveSeconds(m_autosave->value());
    m_preferences->setChartTheme(m_chartTheme->currentData().value<Preferences::ChartTheme>());
    m_preferences->setTrainerMode(m_trainerMode->isChecked());
    m_preferences->setProjectorMode(m_projectorMode->isChecked());
    QDialog::accept();
}

} // namespace tideover::ui
