// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// The MIME type that packaging/org.tideover.Tideover.mime.xml declares, read the way a desktop
// reads it (Qt's shared-MIME-database reader, from a temporary XDG data folder): a scenario is
// recognised by its name and, under another name, by its envelope; other XML is not.

#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kScenarioType = QStringLiteral("application/x-tideover-scenario");

}  // namespace

class MimeTypeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarioType_isDeclaredWithCommentIconAndXmlParent();
    void detect_data();
    void detect();

private:
    QString write(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    QByteArray m_scenario;
};

QString MimeTypeTest::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("files/") + name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void MimeTypeTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("mime/packages")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("files")));
    QVERIFY(QFile::copy(QStringLiteral(TIDEOVER_SOURCE_DIR "/packaging/org.tideover.Tideover.mime.xml"),
                        m_dir.filePath(QStringLiteral("mime/packages/org.tideover.Tideover.xml"))));
    // The system's base types (application/xml, text/plain), when shared-mime-info is there;
    // Qt's built-in copy of them otherwise.
    const QString freedesktop = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    if (QFile::exists(freedesktop))
        QVERIFY(QFile::copy(freedesktop, m_dir.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
    // Before the first QMimeDatabase: Qt reads the folders once.
    qputenv("XDG_DATA_HOME", m_dir.path().toLocal8Bit());
    qputenv("XDG_DATA_DIRS", m_dir.path().toLocal8Bit());

    QFile scenario(QStringLiteral(TIDEOVER_SOURCE_DIR "/scenarios/default.tideover"));
    QVERIFY(scenario.open(QIODevice::ReadOnly));
    m_scenario = scenario.readAll();
}

void MimeTypeTest::scenarioType_isDeclaredWithCommentIconAndXmlParent()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(kScenarioType);
    QVERIFY2(type.isValid(), "the MIME package was not read");
    QCOMPARE(type.comment(), QStringLiteral("Tideover scenario"));
    QCOMPARE(type.iconName(), QStringLiteral("org.tideover.Tideover"));
    QCOMPARE(type.globPatterns(), QStringList{QStringLiteral("*.tideover")});
    QVERIFY2(type.inherits(QStringLiteral("application/xml")), qPrintable(type.parentMimeTypes().join(',')));
}

void MimeTypeTest::detect_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isScenario");

    const QByteArray otherXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<note><format>other</format></note>\n";
    QTest::newRow("scenario by its name") << "default.tideover" << m_scenario << true;
    QTest::newRow("empty file named .tideover") << "new.tideover" << QByteArray() << true;
    QTest::newRow("scenario without an extension") << "scenario" << m_scenario << true;
    QTest::newRow("other XML without an extension") << "note" << otherXml << false;
    QTest::newRow("other XML named .xml") << "note.xml" << otherXml << false;
}

void MimeTypeTest::detect()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, isScenario);
    const QString path = write(fileName, content);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    QVERIFY2((type.name() == kScenarioType) == isScenario,
             qPrintable(QStringLiteral("%1: detected as %2").arg(fileName, type.name())));
}

QTEST_GUILESS_MAIN(MimeTypeTest)
#include "tst_mimetype.moc"
