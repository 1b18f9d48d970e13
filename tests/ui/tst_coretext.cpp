// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The core's parameter texts (labels, help texts, group names) are written in English by the
// Qt-free core and translated in the ui layer (format/coretext.h). Every one of them must be a
// source message of both .ts files, so that a new parameter cannot be left untranslated (its
// text is marked for lupdate with TIDEOVER_TEXT, core/model/text.h); in English they read unchanged;
// with a catalogue installed the editor shows them translated.

#include "core/training/exercise.h"
#include "core/model/groups.h"
#include "format/coretext.h"
#include "core/training/funnel.h"
#include "core/model/parameters.h"
#include "widgets/collapsiblesection.h"
#include "widgets/mainwindow.h"
#include "widgets/parametertext.h"

#include <QCoreApplication>
#include <QFile>
#include <QPixmap>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

namespace core = tideover::core;
namespace coretext = tideover::ui::coretext;

namespace {

constexpr int kGroupCount = static_cast<int>(core::Group::Stochastic) + 1;

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The finished source texts of one context of a .ts file.
QSet<QString> finishedSources(const QString& path, const QString& wanted)
{
    QSet<QString> sources;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            // A plural translation holds <numerusform> elements.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (context == wanted && finished && !text.trimmed().isEmpty())
                sources.insert(source);
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return sources;
}

// Every text of the core the GUI shows: the labels, help texts and group names.
QStringList coreTexts()
{
    QStringList texts;
    for (int g = 0; g < kGroupCount; ++g)
        texts << fromView(core::groupName(static_cast<core::Group>(g)));
    for (const core::ParameterInfo& p : core::parameters())
        texts << fromView(p.label) << fromView(p.help);
    for (const core::FunnelStageInfo& stage : core::funnelStages())
        texts << fromView(stage.label);
    for (int s = 0; s < core::kFeasibilityStepCount; ++s)
        texts << fromView(core::stepTitle(static_cast<core::FeasibilityStep>(s)));
    // The worker groups' own keys (model-spec v4); the others share the scheme keys' texts.
    for (const std::string_view text : core::groupTexts())
        texts << fromView(text);
    return texts;
}

} // namespace

class TstCoreText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyCoreText_isTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("vi") << QStringLiteral("vi");
    }
    void everyCoreText_isTranslated()
    {
        QFETCH(QString, code);
        const QString path = QFINDTESTDATA(QStringLiteral("../../resources/translations/tideover_%1.ts").arg(code));
        QVERIFY2(!path.isEmpty(), "resources/translations/*.ts not found");
        const QSet<QString> sources = finishedSources(path, QString::fromLatin1(coretext::kContext));
        const QStringList texts = coreTexts();
        QCOMPARE(texts.size(), kGroupCount + 2 * int(core::parameters().size()) + core::kFunnelStageCount +
                                   core::kFeasibilityStepCount + int(core::groupTexts().size()));
        // The group templates' titles and descriptions have a context of their own.
        const QSet<QString> groupSources = finishedSources(path, QString::fromLatin1(coretext::kGroupsContext));
        QStringList missingTemplates;
        for (const core::GroupTemplate& t : core::groupTemplates())
            for (const std::string_view text : {t.title, t.description})
                if (!groupSources.contains(fromView(text)))
                    missingTemplates << fromView(text);
        QVERIFY2(missingTemplates.isEmpty(), qPrintable(missingTemplates.join(QLatin1Char('\n'))));
        QStringList missing;
        for (const QString& t : texts)
            if (!sources.contains(t))
                missing << t;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts of the core are not translated in %2 (mark "
                                           "the text with TIDEOVER_TEXT, run update_translations, translate):\n")
                                .arg(missing.size())
                                .arg(code)
                            + missing.mid(0, 20).join(QLatin1Char('\n'))));
    }


    void everyProblemText_isTranslatedWithItsPlaceholders_data() { everyCoreText_isTranslated_data(); }
    void everyProblemText_isTranslatedWithItsPlaceholders()
    {
        QFETCH(QString, code);
        const QString path = QFINDTESTDATA(QStringLiteral("../../resources/translations/tideover_%1.ts").arg(code));
        QVERIFY2(!path.isEmpty(), "resources/translations/*.ts not found");
        const QSet<QString> sources = finishedSources(path, QString::fromLatin1(coretext::kProblemContext));
        QStringList missing;
        for (const std::string_view text : core::problemTexts())
            if (!sources.contains(fromView(text)))
                missing << fromView(text);
        const QSet<QString> standards = finishedSources(path, QString::fromLatin1(coretext::kStandardsContext));
        for (const std::string_view text : core::standardTexts())
            if (!standards.contains(fromView(text)))
                missing << fromView(text);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("validation texts not translated in %1:\n").arg(code) +
                                               missing.join(QLatin1Char('\n'))));

        // Shown in the language: a problem of the editor's scenario reads translated, with its values.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/tideover/translations/tideover_%1.qm").arg(code)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        core::Problem problem;
        problem.key = "benefits.waiting_days";
        problem.text = "value %1 is out of range; allowed: %2";
        problem.args = {"900", "0..365"};
        problem.message = "benefits.waiting_days: value 900 is out of range; allowed: 0..365";
        const QString shown = coretext::translatedProblem(problem);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(shown.startsWith(QStringLiteral("benefits.waiting_days: ")) && shown.contains(QStringLiteral("900")) &&
                     shown.contains(QStringLiteral("0..365")) && !shown.contains(QStringLiteral("out of range")),
                 qPrintable(shown));
    }
    void everyCalibrationWarning_isTranslatedWithItsPlaceholders_data() { everyCoreText_isTranslated_data(); }
    void everyCalibrationWarning_isTranslatedWithItsPlaceholders()
    {
        QFETCH(QString, code);
        const QString path = QFINDTESTDATA(QStringLiteral("../../resources/translations/tideover_%1.ts").arg(code));
        QVERIFY2(!path.isEmpty(), "resources/translations/*.ts not found");
        const QSet<QString> sources = finishedSources(path, QString::fromLatin1(coretext::kCalibrationContext));
        QStringList missing;
        for (const std::string_view text : core::calibrationTexts())
            if (!sources.contains(fromView(text)))
                missing << fromView(text);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("calibration texts not translated in %1:\n").arg(code) +
                                               missing.join(QLatin1Char('\n'))));

        // Shown in the language, with its keys and numbers: every text keeps its placeholders.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/tideover/translations/tideover_%1.qm").arg(code)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QStringList wrong;
        for (const std::string_view text : core::calibrationTexts()) {
            core::CalibrationWarning warning{std::string(text), {"eligibility.take_up", "0.25"}};
            const QString shown = coretext::translatedCalibrationWarning(warning);
            const bool two = text.find("%2") != std::string_view::npos;
            if (shown == QString::fromStdString(warning.message()) || !shown.contains(QStringLiteral("eligibility.take_up")) ||
                (two && !shown.contains(QStringLiteral("0.25"))) || shown.contains(QStringLiteral("%1")))
                wrong << shown;
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        // In English it is the core's message.
        const core::CalibrationWarning english{std::string(core::calibrationTexts().front()), {"eligibility.take_up", "1"}};
        QCOMPARE(coretext::translatedCalibrationWarning(english), QString::fromStdString(english.message()));
    }

    void english_isUnchanged()
    {
        for (const core::ParameterInfo& p : core::parameters()) {
            QCOMPARE(coretext::translatedLabel(p), fromView(p.label));
            QCOMPARE(coretext::translatedHelp(p), fromView(p.help));
            QCOMPARE(tideover::ui::parametertext::label(p), fromView(p.label));
        }
        for (int g = 0; g < kGroupCount; ++g) {
            const auto group = static_cast<core::Group>(g);
            QCOMPARE(coretext::translatedGroupName(group), fromView(core::groupName(group)));
        }
    }

    void catalogues_translateTheCoreTexts_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("labour");      // the group name "Labour market"
        QTest::addColumn<QString>("takeUp");      // the label "Take-up"
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Marché du travail")
                            << QStringLiteral("Taux de recours");
        QTest::newRow("vi") << QStringLiteral("vi") << QStringLiteral("Thị trường lao động")
                            << QStringLiteral("Tỷ lệ đề nghị hưởng");
    }
    void catalogues_translateTheCoreTexts()
    {
        QFETCH(QString, code);
        QFETCH(QString, labour);
        QFETCH(QString, takeUp);
        auto translator = std::make_unique<QTranslator>();
        QVERIFY(translator->load(QStringLiteral(":/tideover/translations/tideover_%1.qm").arg(code)));
        QVERIFY(QCoreApplication::installTranslator(translator.get()));
        QCOMPARE(coretext::translatedGroupName(core::Group::Labour), labour);
        const core::ParameterInfo* p = core::findParameter("eligibility.take_up");
        QVERIFY(p);
        QCOMPARE(coretext::translatedLabel(*p), takeUp);
        QVERIFY(coretext::translatedHelp(*p) != fromView(p->help));
        {
            tideover::ui::MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // The editor's section keeps its English object name and shows the translated title.
            auto* section = window.findChild<tideover::ui::CollapsibleSection*>(QStringLiteral("section.Labour market"));
            QVERIFY(section);
            QCOMPARE(section->title(), labour);
        }
        QVERIFY(QCoreApplication::removeTranslator(translator.get()));
        QCOMPARE(coretext::translatedGroupName(core::Group::Labour), QStringLiteral("Labour market"));
    }
};

QTEST_MAIN(TstCoreText)
#include "tst_coretext.moc"
