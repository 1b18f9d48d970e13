// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "document/scenariodocument.h"
#include "core/io/scenariofile.h"
#include "core/training/standards.h"
#include "training/standardsview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace tideover;
using View = ui::StandardsView;

namespace {

// The row of a finding, or -1.
int rowOf(const View& view, const QString& standard, const QString& article, const QString& topic)
{
    const QStandardItemModel* m = view.model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->item(r, View::StandardColumn)->text() == standard && m->item(r, View::ArticleColumn)->text() == article &&
            m->item(r, View::TopicColumn)->text() == topic)
            return r;
    return -1;
}

}  // namespace

class TestStandardsView : public QObject {
    Q_OBJECT

private slots:
    void rows_areTheCoreFindings()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        View view(&document);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto findings = core::checkStandards(document.scenario());
        QCOMPARE(view.model()->rowCount(), int(findings.size()));
        QCOMPARE(view.model()->columnCount(), int(View::ColumnCount));
        for (int r = 0; r < int(findings.size()); ++r) {
            const auto& f = findings[std::size_t(r)];
            QCOMPARE(view.model()->item(r, View::StandardColumn)->text(), QString::fromStdString(f.standard));
            QCOMPARE(view.model()->item(r, View::ArticleColumn)->text(), QString::fromStdString(f.article));
            QCOMPARE(view.model()->item(r, View::StatusColumn)->text(), View::statusText(f.status));
            QCOMPARE(view.model()->item(r, View::StatusColumn)->data(Qt::UserRole).toString(),
                     QString::fromUtf8(core::standardStatusName(f.status).data()));
            QVERIFY(!view.model()->item(r, View::StatusColumn)->icon().isNull());
            QCOMPARE(view.model()->item(r, View::ExplanationColumn)->text(), QString::fromStdString(f.explanation));
        }
    }

    void replacementRate40_failsC102Art22()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        View view(&document);
        const int row = rowOf(view, QStringLiteral("C102"), QStringLiteral("Art. 22"), QStringLiteral("benefit level (first month)"));
        QVERIFY(row >= 0);
        const int failsBefore = view.failCount();
        QVERIFY(document.setValue("benefits.replacement_rates", core::ParamValue(std::vector<double>{0.4})));
        QCOMPARE(view.model()->item(row, View::StatusColumn)->text(), View::statusText(core::StandardStatus::Fail));
        QCOMPARE(view.model()->item(row, View::StatusColumn)->data(Qt::UserRole).toString(), QStringLiteral("fail"));
        QVERIFY(view.failCount() > failsBefore);
        QVERIFY2(view.summaryText().contains(QStringLiteral("falls short on")) &&
                     view.summaryText().contains(QStringLiteral("C102 Art. 22 (benefit level (first month))")),
                 qPrintable(view.summaryText()));
        document.undoStack()->undo();
        QCOMPARE(view.failCount(), failsBefore);
    }

    void summary_countsTheFindings()
    {
        ui::ScenarioDocument document;
        document.reset(core::loadScenario("builtin:kelora"));
        View view(&document);
        const auto findings = core::checkStandards(document.scenario());
        int pass = 0;
        for (const auto& f : findings)
            pass += f.status == core::StandardStatus::Pass;
        const QString summary = view.summaryText();
        QVERIFY2(summary.startsWith(QStringLiteral("Meets %1 of %2 minimum standards").arg(pass).arg(findings.size())),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("not assessed")), qPrintable(summary));
        const QString shown = view.findChild<QLabel*>(QStringLiteral("standardsSummary"))->text();
        QVERIFY2(shown.contains(summary.left(summary.indexOf(QLatin1Char(';'))).toHtmlEscaped()), qPrintable(shown));
    }
};

QTEST_MAIN(TestStandardsView)
#include "tst_standardsview.moc"
