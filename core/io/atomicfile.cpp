// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/atomicfile.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace tideover::core {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error)
{
    throw std::runtime_error("cannot save " + path.string() + ": " + what + ": " + std::strerror(error));
}

} // namespace

void writeFileAtomically(const std::filesystem::path& requested, std::string_view content)
{
    // Saving "through" a symbolic link replaces the file it points to, not the link.
    std::error_code ec;
    std::filesystem::path path = requested;
    if (std::filesystem::is_symlink(requested, ec))
        path = std::filesystem::weakly_canonical(requested, ec);
    if (ec)
        path = requested;

    const std::filesystem::path dir =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const std::string stem = (dir / ("." + path.filename().string() + ".saving-")).string();

    // An existing file keeps its permissions; a new one gets 0666 less the user's umask, as
    // any other program's new file would.
    struct stat existing {};
    const bool replacing = ::stat(path.c_str(), &existing) == 0;
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
        fail(path, "cannot create a temporary file in " + dir.string(), errno);

    auto abandon = [&](const std::string& what) {
        const int error = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        fail(path, what, error);
    };

    if (replacing && ::fchmod(fd, existing.st_mode & 07777) != 0)
        abandon("cannot set permissions");

    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            abandon("write failed");
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0)
        abandon("cannot flush to disk");
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tmp.c_str());
        fail(path, "close failed", error);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(tmp.c_str());
        fail(path, "cannot replace the file", error);
    }
    // Make the rename itself durable.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    removeAbandonedTemporaries(dir, path.filename().string());
}

void removeAbandonedTemporaries(const std::filesystem::path& dir, const std::string& name)
{
    // ".NAME.saving-PID-N" of a process that no longer runs: a save killed before its rename.
    // A running process's file (another Tideover saving the same file now) is left alone.
    const std::string prefix = "." + name + ".saving-";
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
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
            std::filesystem::remove(it->path(), ignored);
        }
    }
}

} // namespace tideover::core
