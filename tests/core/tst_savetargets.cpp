// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
//
// Saving never destroys what is at the target (docs/robustness.md, "The file system"):
// devices, FIFOs and the program's own streams are written straight through, a read-only file
// is kept unless replacing it was asked for, a symbolic link is followed only when it and its
// folder belong to the user (or to root), a folder or socket is refused. The two-user cases
// run when the test runs as root (as CI does): a child process takes another user's id to
// plant the link, as an attacker sharing /tmp would.

#include "testsupport.h"

#include "core/io/atomicfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tideover::core;

namespace {

constexpr uid_t kAttacker = 65533;  // no account needs to exist: ids are numbers
constexpr uid_t kVictim = 65534;    // "nobody" on Debian

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// Runs `body` in a child process as `uid` and returns its exit status (or -1).
template <class Body> int runAs(uid_t uid, Body body)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::setgid(uid) != 0 || ::setuid(uid) != 0)
            ::_exit(100);
        ::_exit(body());
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

// The message of the SaveError a save to `path` throws, or "" when it saves.
QString saveError(const QString& path, const QByteArray& content, const SaveOptions& options = {})
{
    try {
        writeFileAtomically(path.toStdString(), content.toStdString(), options);
    } catch (const SaveError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

}  // namespace

class SaveTargetsTest : public QObject {
    Q_OBJECT

private slots:
    void device_isWrittenThroughNotReplaced();
    void fifoWithReader_isWrittenThrough();
    void fifoWithoutReader_isRefusedAtOnce();
    void ownStream_isWrittenThroughItsDescriptor();
    void readOnlyFile_isKeptUnlessReplacingIsAsked();
    void folderAndSocket_areRefused();
    void ownLink_isFollowedAndKept();
    void linkPlantedByAnotherUser_isRefused_data();
    void linkPlantedByAnotherUser_isRefused();
    void victimWhoIsNotRoot_isProtectedToo();
};

void SaveTargetsTest::device_isWrittenThroughNotReplaced()
{
    QCOMPARE(saveError(QStringLiteral("/dev/null"), "scenario"), QString());
    struct stat st {};
    QCOMPARE(::stat("/dev/null", &st), 0);
    QVERIFY2(S_ISCHR(st.st_mode), "/dev/null is no longer a device");
}

void SaveTargetsTest::fifoWithReader_isWrittenThrough()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Our own reader, opened first (non-blocking), so the writer finds it: no timing involved.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    QCOMPARE(saveError(fifo, "through the pipe"), QString());
    char buffer[64] = {};
    const ssize_t n = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    QCOMPARE(QByteArray(buffer, int(std::max<ssize_t>(n, 0))), QByteArray("through the pipe"));
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY2(S_ISFIFO(st.st_mode), "the FIFO was replaced by a file");
}

void SaveTargetsTest::fifoWithoutReader_isRefusedAtOnce()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString error = saveError(fifo, "nobody reads");  // before the fix: replaced, or blocked forever
    QVERIFY2(error.contains(QStringLiteral("no program is reading")), qPrintable(error));
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
}

void SaveTargetsTest::ownStream_isWrittenThroughItsDescriptor()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    for (const QString& path : {QStringLiteral("/dev/fd/%1").arg(fds[1]), QStringLiteral("/proc/self/fd/%1").arg(fds[1])}) {
        QCOMPARE(saveError(path, "to the stream;"), QString());
    }
    ::close(fds[1]);
    char buffer[64] = {};
    const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    ::close(fds[0]);
    QCOMPARE(QByteArray(buffer, int(std::max<ssize_t>(n, 0))), QByteArray("to the stream;to the stream;"));
}

void SaveTargetsTest::readOnlyFile_isKeptUnlessReplacingIsAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.tideover"));
    writeText(path, "precious");
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0444), 0);
    try {
        writeFileAtomically(path.toStdString(), "new");
        QFAIL("a read-only file was overwritten");
    } catch (const ReadOnlyFileError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("read-only (mode 0444)")), e.what());
    }
    QCOMPARE(readAll(path), QByteArray("precious"));
    SaveOptions replace;
    replace.replaceReadOnly = true;
    QCOMPARE(saveError(path, "new", replace), QString());
    QCOMPARE(readAll(path), QByteArray("new"));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 07777), 0444);  // replaced, and still read-only
}

void SaveTargetsTest::folderAndSocket_areRefused()
{
    QTemporaryDir dir;
    QVERIFY(saveError(dir.path(), "x").contains(QStringLiteral("is a folder")));
    const QString socketPath = dir.filePath(QStringLiteral("s"));
    const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(socketPath);
    QVERIFY(std::size_t(name.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, name.constData(), std::size_t(name.size()));
    QCOMPARE(::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    const QString error = saveError(socketPath, "x");
    ::close(s);
    QVERIFY2(error.contains(QStringLiteral("not a file")), qPrintable(error));
}

void SaveTargetsTest::ownLink_isFollowedAndKept()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.tideover"));
    const QString link = dir.filePath(QStringLiteral("link.tideover"));
    writeText(target, "old");
    QVERIFY(QFile::link(target, link));
    QCOMPARE(saveError(link, "new"), QString());
    QCOMPARE(readAll(target), QByteArray("new"));
    QVERIFY2(QFileInfo(link).isSymLink(), "the user's own link was replaced by a file");
    // A dangling link of the user's own makes its target.
    const QString dangling = dir.filePath(QStringLiteral("to-be.tideover"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("made.tideover")), dangling));
    QCOMPARE(saveError(dangling, "made"), QString());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("made.tideover"))), QByteArray("made"));
}

void SaveTargetsTest::linkPlantedByAnotherUser_isRefused_data()
{
    QTest::addColumn<bool>("dangling");
    QTest::newRow("link to an existing file") << false;
    QTest::newRow("dangling link") << true;
}

void SaveTargetsTest::linkPlantedByAnotherUser_isRefused()
{
    if (::geteuid() != 0)
        QSKIP("needs root to act as two users (CI runs as root)");
    QFETCH(bool, dangling);
    QTemporaryDir home;  // the victim's own files
    QTemporaryDir shared;
    QCOMPARE(::chmod(QFile::encodeName(shared.path()).constData(), 01777), 0);  // like /tmp
    const QString profile = home.filePath(dangling ? QStringLiteral("not-yet") : QStringLiteral(".profile"));
    if (!dangling)
        writeText(profile, "the victim's profile");
    const QString planted = shared.filePath(QStringLiteral("report.tideover"));
    const QByteArray from = QFile::encodeName(profile);
    const QByteArray to = QFile::encodeName(planted);
    QCOMPARE(runAs(kAttacker, [&] { return ::symlink(from.constData(), to.constData()) == 0 ? 0 : 1; }), 0);

    const QString error = saveError(planted, "the victim's scenario");
    QVERIFY2(error.contains(QStringLiteral("symbolic link made by uid 65533")), qPrintable(error));
    QCOMPARE(QFileInfo::exists(profile), !dangling);
    if (!dangling)
        QCOMPARE(readAll(profile), QByteArray("the victim's profile"));
    QVERIFY2(QFileInfo(planted).isSymLink(), "the planted link was removed or replaced");
}

void SaveTargetsTest::victimWhoIsNotRoot_isProtectedToo()
{
    if (::geteuid() != 0)
        QSKIP("needs root to act as two users (CI runs as root)");
    QTemporaryDir shared;
    QCOMPARE(::chmod(QFile::encodeName(shared.path()).constData(), 01777), 0);
    // The victim's file, and the attacker's link to it in the shared folder.
    const QString mine = shared.filePath(QStringLiteral("victim.tideover"));
    const QString planted = shared.filePath(QStringLiteral("planted.tideover"));
    const QString own = shared.filePath(QStringLiteral("own-link.tideover"));
    const QByteArray mineName = QFile::encodeName(mine);
    const QByteArray plantedName = QFile::encodeName(planted);
    const QByteArray ownName = QFile::encodeName(own);
    QCOMPARE(runAs(kVictim, [&] {
                 const int fd = ::open(mineName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
                 return fd >= 0 && ::write(fd, "mine", 4) == 4 && ::close(fd) == 0 ? 0 : 1;
             }),
             0);
    QCOMPARE(runAs(kAttacker, [&] { return ::symlink(mineName.constData(), plantedName.constData()) == 0 ? 0 : 1; }), 0);
    // Through the attacker's link: refused (exit 2); through the victim's own link: saved.
    const auto saveAsVictim = [&](const QByteArray& path) {
        return runAs(kVictim, [&] {
            try {
                writeFileAtomically(path.toStdString(), "saved");
            } catch (const SaveError&) {
                return 2;
            }
            return 0;
        });
    };
    QCOMPARE(saveAsVictim(plantedName), 2);
    QCOMPARE(readAll(mine), QByteArray("mine"));
    QCOMPARE(runAs(kVictim, [&] { return ::symlink(mineName.constData(), ownName.constData()) == 0 ? 0 : 1; }), 0);
    QCOMPARE(saveAsVictim(ownName), 0);
    QCOMPARE(readAll(mine), QByteArray("saved"));
}

QTEST_GUILESS_MAIN(SaveTargetsTest)
#include "tst_savetargets.moc"
