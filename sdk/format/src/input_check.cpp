#include <findings/format/input_check.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace findings {
namespace {

std::string notAFile(mode_t mode) {
    if (S_ISDIR(mode)) return "is a folder, not a file";
    if (S_ISFIFO(mode)) return "is a FIFO (named pipe), not a file: reading it may never end";
    if (S_ISCHR(mode)) return "is a character device, not a file: reading it may never end";
    if (S_ISBLK(mode)) return "is a block device, not a file";
    if (S_ISSOCK(mode)) return "is a socket, not a file";
    return "is not a regular file";
}

void checkStat(const struct stat& st, std::uint64_t maxBytes) {
    if (!S_ISREG(st.st_mode)) throw std::runtime_error(notAFile(st.st_mode));
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size > maxBytes) {
        const std::uint64_t mb = std::uint64_t{1} << 20;
        throw std::runtime_error("is " + std::to_string((size + mb - 1) / mb) +
                                 " MB, more than the limit of " + std::to_string(maxBytes / mb) +
                                 " MB (--max-input-mb raises it)");
    }
}

}  // namespace

std::uint64_t checkInputFile(const std::string& path, std::uint64_t maxBytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw std::runtime_error(std::strerror(errno));
    checkStat(st, maxBytes);
    return static_cast<std::uint64_t>(st.st_size);
}

std::FILE* openInputFile(const std::string& path, std::uint64_t maxBytes) {
    checkInputFile(path, maxBytes);
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error(std::strerror(errno));
    struct stat st {};
    try {
        if (::fstat(fd, &st) != 0) throw std::runtime_error(std::strerror(errno));
        checkStat(st, maxBytes);
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::FILE* file = ::fdopen(fd, "rb");
    if (!file) {
        const int saved = errno;
        ::close(fd);
        throw std::runtime_error(std::strerror(saved));
    }
    return file;
}

std::string inputProblem(const std::string& path, const std::string& cause) {
    const size_t slash = path.find_last_of('/');
    return (slash == std::string::npos ? path : path.substr(slash + 1)) + ": " + cause;
}

}  // namespace findings
