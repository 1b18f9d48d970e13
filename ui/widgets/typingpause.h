// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <QObject>

class QAbstractSpinBox;
class QLineEdit;
class QTimer;

namespace tideover::ui {

// Commits a number typed in a spin box after a short pause in the typing, as Enter would, so
// the results follow the planner's typing without a value per keystroke. The box keeps its
// keyboard tracking off; a pause interprets its text (emitting valueChanged) only when the
// text is a whole, acceptable number that the box would show as typed ("1" of "12" is; "",
// "-", "0." and "0.50" are not, since showing them as "0" or "0.5" would move the cursor under
// the planner's fingers; group separators may be left out). Edits of one field
// merge into one undo step until the field is left (ScenarioDocument::endMerge), so a run of
// typing with pauses is still one step.
class TypingPause : public QObject {
    Q_OBJECT

public:
    static constexpr int kPauseMs = 400;

    // Attaches a pause to `box` (once; a second call returns the first).
    static TypingPause* attach(QAbstractSpinBox* box);
    // The pause attached to `box`, or nullptr.
    static TypingPause* of(const QAbstractSpinBox* box);

    // The single-shot timer restarted by each typed character (for tests: isActive()).
    QTimer* timer() const { return m_timer; }
    bool isPending() const;
    // Commits what is typed now, as Enter would (before an undo from the keyboard); does
    // nothing when the text is not an acceptable number.
    void commitNow();

private:
    explicit TypingPause(QAbstractSpinBox* box);
    void onPause();
    // Whether the box, given its own text back, would show it unchanged (separators aside).
    bool keepsTypedText() const;

    QAbstractSpinBox* m_box;
    QLineEdit* m_edit;
    QTimer* m_timer;
};

}  // namespace tideover::ui
