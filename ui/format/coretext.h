// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/analysis/calibration.h"
#include "core/model/parameters.h"
#include "core/training/standards.h"
#include "core/model/validation.h"

#include <QString>

namespace tideover::ui::coretext {

// The core's parameter texts in the GUI's language. The Qt-free core writes them in English;
// they are translated here in the context "tideover::core::parameters" with the English text
// as the source (the core marks them for lupdate with TIDEOVER_TEXT, core/model/text.h).
// Without a translation, the English text is returned unchanged.
QString translatedLabel(const core::ParameterInfo& info);
QString translatedHelp(const core::ParameterInfo& info);
QString translatedGroupName(core::Group group);
// Any other text of the core's parameter table (a sensitivity row's label, for one).
QString translatedText(std::string_view text);

// A validation problem in the GUI's language: "key: " and its text, translated in the context
// kProblemContext, with its values filled in. Without a translation, the core's message.
QString translatedProblem(const core::Problem& problem);

// A finding of the ILO standards check in the GUI's language: its topic, and its explanation
// (the phrases translated in kStandardsContext, filled with the scheme's figures, joined).
QString translatedStandardTopic(const core::StandardFinding& finding);
QString translatedStandardExplanation(const core::StandardFinding& finding);

// A finding of a calibration (core::calibrate) in the GUI's language: its text translated in
// kCalibrationContext, filled with its keys and columns. Without a translation, the core's message.
QString translatedCalibrationWarning(const core::CalibrationWarning& warning);

// A text of the worker groups' templates (core::groupTemplates(): a title, a description) in
// the GUI's language, translated in kGroupsContext.
QString translatedGroupText(std::string_view text);

// The translation context of the group templates' texts.
inline constexpr const char* kGroupsContext = "tideover::core::groups";

// The translation context of the calibration's warnings (core::calibrationTexts()).
inline constexpr const char* kCalibrationContext = "tideover::core::calibration";

// The translation context of the standards check's texts (core::standardTexts()).
inline constexpr const char* kStandardsContext = "tideover::core::standards";

// The translation context of the core's validation texts (core::problemTexts()).
inline constexpr const char* kProblemContext = "tideover::core::validation";

// The translation context of the core's parameter texts.
inline constexpr const char* kContext = "tideover::core::parameters";

} // namespace tideover::ui::coretext
