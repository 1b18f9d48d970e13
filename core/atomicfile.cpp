// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "atomicfile.h"

#include <cerrno>
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

}  // namespace

void writeFileAtomically(const std::filesystem::path& path, std::string_view content)
{
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string tmp = (dir / ("." + path.filename().string() + ".saving-XXXXXX")).string();
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0)
        fail(path, "cannot create a temporary file in " + dir.string(), errno);

    auto abandon = [&](const std::string& what) {
        const int error = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        fail(path, what, error);
    };

    struct stat existing {};
    const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    if (::fchmod(fd, mode) != 0)
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
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

}  // namespace tideover::core
