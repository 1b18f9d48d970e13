// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/atomicfile.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <pwd.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace tideover::core {

namespace fs = std::filesystem;

namespace {

std::function<void(detail::SaveStep)>& stepHook()
{
    static std::function<void(detail::SaveStep)> hook;
    return hook;
}

void announce(detail::SaveStep step)
{
    if (stepHook())
        stepHook()(step);
}

[[noreturn]] void fail(const fs::path& path, const std::string& what, int error = 0)
{
    throw SaveError("cannot save " + path.string() + ": " + what + (error ? ": " + std::string(std::strerror(error)) : ""));
}

std::string userName(uid_t uid)
{
    struct passwd entry {};
    struct passwd* found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found)
        return std::string(found->pw_name) + " (uid " + std::to_string(uid) + ")";
    return "uid " + std::to_string(uid);
}

// The folder that holds `path` ("." for a bare name).
fs::path folderOf(const fs::path& path)
{
    return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

// The descriptor a path names when it is one of this process's own streams: /dev/stdout,
// /dev/stderr, /dev/fd/N, /proc/self/fd/N, /proc/PID/fd/N with our PID. Such a path is written
// through that descriptor (keeping its offset and append mode), never replaced.
std::optional<int> ownStream(const fs::path& path)
{
    const std::string p = path.lexically_normal().string();
    if (p == "/dev/stdout")
        return 1;
    if (p == "/dev/stderr")
        return 2;
    const std::string self = "/proc/" + std::to_string(::getpid()) + "/fd/";
    for (const std::string& prefix : {std::string("/dev/fd/"), std::string("/proc/self/fd/"), self}) {
        if (p.rfind(prefix, 0) != 0)
            continue;
        const std::string digits = p.substr(prefix.size());
        if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
            return std::nullopt;
        return std::stoi(digits);
    }
    return std::nullopt;
}

// The rule for symbolic links (see the header): the link and its folder belong to the user or
// to root. Throws SaveError naming the owner otherwise.
void checkLinkMayBeFollowed(const fs::path& requested, const fs::path& link, const struct stat& linkStat)
{
    const uid_t me = ::geteuid();
    struct stat folder {};
    const fs::path dir = folderOf(link);
    if (::stat(dir.c_str(), &folder) != 0)
        fail(requested, "cannot check the folder of the link " + link.string(), errno);
    const auto trusted = [me](uid_t owner) { return owner == me || owner == 0; };
    if (!trusted(linkStat.st_uid))
        fail(requested, link.string() + " is a symbolic link made by " + userName(linkStat.st_uid) +
                            "; Tideover follows a link only when the link and its folder belong to you. "
                            "Nothing was written: save under another name, or remove the link");
    if (!trusted(folder.st_uid))
        fail(requested, link.string() + " is a symbolic link in " + dir.string() + ", a folder of " +
                            userName(folder.st_uid) +
                            "; Tideover follows a link only when the link and its folder belong to you. "
                            "Nothing was written: save under another name");
}

enum class TargetKind { New, Regular, Stream };

struct Target {
    TargetKind kind = TargetKind::New;
    fs::path path;                // where to write: the file, or the end of the links followed
    std::optional<int> ownStream;  // for a stream: this process's descriptor, when it is one
    struct stat st {};
};

// What `requested` names once the links allowed are followed.
Target resolveTarget(const fs::path& requested)
{
    Target t;
    t.path = requested;
    for (int hop = 0; hop <= 40; ++hop) {
        if ((t.ownStream = ownStream(t.path))) {
            t.kind = TargetKind::Stream;
            return t;
        }
        if (::lstat(t.path.c_str(), &t.st) != 0) {
            if (errno == ENOENT) {
                t.kind = TargetKind::New;
                return t;
            }
            fail(requested, "cannot inspect " + t.path.string(), errno);
        }
        if (S_ISLNK(t.st.st_mode)) {
            checkLinkMayBeFollowed(requested, t.path, t.st);
            std::error_code ec;
            const fs::path target = fs::read_symlink(t.path, ec);
            if (ec)
                fail(requested, "cannot read the link " + t.path.string(), ec.value());
            t.path = target.is_absolute() ? target : folderOf(t.path) / target;
            continue;
        }
        if (S_ISREG(t.st.st_mode)) {
            t.kind = TargetKind::Regular;
            return t;
        }
        if (S_ISCHR(t.st.st_mode) || S_ISBLK(t.st.st_mode) || S_ISFIFO(t.st.st_mode)) {
            t.kind = TargetKind::Stream;
            return t;
        }
        if (S_ISDIR(t.st.st_mode))
            fail(requested, t.path.string() + " is a folder; give a file name");
        fail(requested, t.path.string() + " is not a file (a socket or other special file)");
    }
    fail(requested, "more than 40 symbolic links in a chain");
}

void writeAll(int fd, std::string_view content, const fs::path& path, const std::function<void(const std::string&)>& abandon)
{
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            abandon("write failed");
        }
        if (n == 0)
            fail(path, "the device took no more bytes");
        data += n;
        left -= static_cast<std::size_t>(n);
    }
}

// Writes straight through to a device, a FIFO or one of our own streams.
void writeThrough(const fs::path& requested, const Target& t, std::string_view content)
{
    if (t.ownStream) {
        writeAll(*t.ownStream, content, requested,
                 [&](const std::string& what) { fail(requested, what, errno); });
        return;
    }
    // O_NONBLOCK: opening a FIFO that no program reads fails at once (ENXIO) instead of waiting.
    const int fd = ::open(t.path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENXIO)
            fail(requested, t.path.string() + " is a FIFO that no program is reading");
        fail(requested, "cannot open " + t.path.string(), errno);
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    writeAll(fd, content, requested, [&](const std::string& what) {
        const int error = errno;
        ::close(fd);
        fail(requested, what, error);
    });
    if (::close(fd) != 0 && errno != EINTR)
        fail(requested, "close failed", errno);
}

// Writes a regular (or new) file by a temporary file renamed over it.
void replaceAtomically(const fs::path& requested, const Target& t, std::string_view content)
{
    const fs::path& path = t.path;
    const fs::path dir = folderOf(path);
    const std::string stem = (dir / ("." + path.filename().string() + ".saving-")).string();

    // An existing file keeps its permissions; a new one gets 0666 less the user's umask, as
    // any other program's new file would.
    const bool replacing = t.kind == TargetKind::Regular;
    std::string tmp;
    int fd = -1;
    static std::atomic<unsigned> counter{0};
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        tmp = stem + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        fail(requested, "cannot create a temporary file in " + dir.string(), errno);
    announce(detail::SaveStep::TemporaryCreated);

    auto abandon = [&](const std::string& what) {
        const int error = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        fail(requested, what, error);
    };

    if (replacing && ::fchmod(fd, t.st.st_mode & 07777) != 0)
        abandon("cannot set permissions");
    writeAll(fd, content, requested, abandon);
    announce(detail::SaveStep::ContentWritten);
    if (::fsync(fd) != 0)
        abandon("cannot flush to disk");
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tmp.c_str());
        fail(requested, "close failed", error);
    }
    announce(detail::SaveStep::Flushed);
    // rename() replaces whatever is at `path` now, a link planted since the check included,
    // and never writes through it.
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(tmp.c_str());
        fail(requested, "cannot replace the file", error);
    }
    announce(detail::SaveStep::Renamed);
    // Make the rename itself durable.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    removeAbandonedTemporaries(dir, path.filename().string());
    announce(detail::SaveStep::Done);
}

} // namespace

void writeFileAtomically(const fs::path& requested, std::string_view content, const SaveOptions& options)
{
    if (requested.empty())
        fail(requested, "no file name given");
    const Target t = resolveTarget(requested);
    switch (t.kind) {
    case TargetKind::Stream:
        writeThrough(requested, t, content);
        return;
    case TargetKind::Regular:
        if (!options.replaceReadOnly && ((t.st.st_mode & 0222) == 0 || ::access(t.path.c_str(), W_OK) != 0)) {
            char mode[8];
            std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(t.st.st_mode & 07777));
            throw ReadOnlyFileError("cannot save " + requested.string() + ": " + t.path.string() +
                                    " is read-only (mode " + mode + "); it was left as it is");
        }
        break;
    case TargetKind::New:
        break;
    }
    replaceAtomically(requested, t, content);
}

void removeAbandonedTemporaries(const fs::path& dir, const std::string& name)
{
    // ".NAME.saving-PID-N" of a process that no longer runs: a save killed before its rename.
    // A running process's file (another Tideover saving the same file now) is left alone.
    const std::string prefix = "." + name + ".saving-";
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string file = it->path().filename().string();
        if (file.rfind(prefix, 0) != 0)
            continue;
        const std::string rest = file.substr(prefix.size());
        const auto dash = rest.find('-');
        if (dash == std::string::npos || dash == 0 ||
            rest.find_first_not_of("0123456789-") != std::string::npos)
            continue;
        const long pid = std::strtol(rest.substr(0, dash).c_str(), nullptr, 10);
        if (pid <= 0 || pid == ::getpid())
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

namespace detail {

void setSaveStepHook(std::function<void(SaveStep)> hook) { stepHook() = std::move(hook); }

}  // namespace detail

} // namespace tideover::core
