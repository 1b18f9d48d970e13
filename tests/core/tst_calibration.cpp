// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The bundled country scenarios against the published figures they are calibrated to
// (tests/data/calibration/NAME.json: year, output column, published figure, relative tolerance
// and source). Each scenario's description states the same tolerances; the test checks both.

#include "testsupport.h"
#include "core/model/validation.h"

#include <QDir>

using namespace tideover::core;
using namespace tideover::test;

class CalibrationTest : public QObject {
    Q_OBJECT

private slots:
    void calibratedScenarios_haveData();
    void firstYears_matchPublishedFigures_data();
    void firstYears_matchPublishedFigures();
};

namespace {

const QString kDir = QStringLiteral(TIDEOVER_TEST_DATA "/calibration");

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

}  // namespace

void CalibrationTest::calibratedScenarios_haveData()
{
    // The country scenarios with published figures in the domain notes; the Philippines (no
    // figures) and the fictional Kelora are not calibrated.
    for (const char* name : {"vietnam", "thailand", "malaysia", "indonesia", "bahrain"}) {
        QVERIFY2(!builtinScenarioText(name).empty(), name);
        QVERIFY2(QFile::exists(kDir + "/" + name + ".json"), name);
    }
    const auto entries = QDir(kDir).entryList({"*.json"});
    QVERIFY(entries.size() >= 5);
}

void CalibrationTest::firstYears_matchPublishedFigures_data()
{
    QTest::addColumn<QString>("file");
    for (const auto& entry : QDir(kDir).entryList({"*.json"}))
        QTest::newRow(qPrintable(entry)) << kDir + "/" + entry;
}

void CalibrationTest::firstYears_matchPublishedFigures()
{
    QFETCH(QString, file);
    const QJsonObject data = readJson(file);
    const std::string spec = data.value("scenario").toString().toStdString();
    QVERIFY2(!spec.empty(), qPrintable(file));
    const Scenario s = loadScenario(spec);
    QVERIFY2(validate(s).empty(), spec.c_str());  // validates without warnings
    const ProjectionResult r = project(s);
    const auto& names = columnNames();
    const QJsonArray figures = data.value("figures").toArray();
    QVERIFY(!figures.isEmpty());
    for (const auto& item : figures) {
        const QJsonObject f = item.toObject();
        const int year = f.value("year").toInt();
        const std::string column = f.value("column").toString().toStdString();
        const double published = f.value("published").toDouble();
        const double tolerance = f.value("tolerance").toDouble();
        QVERIFY2(!f.value("source").toString().isEmpty(), qPrintable(file + ": a figure without a source"));
        const auto c = std::find(names.begin(), names.end(), column);
        QVERIFY2(c != names.end(), column.c_str());
        QVERIFY2(year >= r.startYear && year < r.startYear + r.years, qPrintable(file));
        const double projected = r.at(year - r.startYear, static_cast<Column>(c - names.begin()));
        const double relative = std::abs(projected - published) / std::abs(published);
        QVERIFY2(relative <= tolerance,
                 qPrintable(QString("%1 %2 %3: projected %4, published %5 (%6, source: %7); relative difference %8 "
                                    "above the tolerance %9")
                                .arg(QString::fromStdString(spec))
                                .arg(year)
                                .arg(QString::fromStdString(column))
                                .arg(projected, 0, 'g', 10)
                                .arg(published, 0, 'g', 10)
                                .arg(f.value("published_as").toString(), f.value("source").toString())
                                .arg(relative)
                                .arg(tolerance)));
        // The description states the same tolerance.
        const QString within = QString("within %1 %").arg(tolerance * 100, 0, 'g', 4);
        QVERIFY2(QString::fromStdString(s.meta.description).contains(within),
                 qPrintable(QString::fromStdString(spec) + ": the description does not state '" + within + "'"));
    }
}

QTEST_GUILESS_MAIN(CalibrationTest)
#include "tst_calibration.moc"
