#include <findings/core/atomic_file.hpp>
#include <findings/core/interrupt.hpp>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace findings::core {
namespace {

const char* kindOf(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

std::string folderOf(const std::string& path) {
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos) return {};
    return path.substr(0, slash + 1);
}

}  // namespace

std::string resolveOutputPath(const std::string& target) {
    std::string path = target;
    for (int hops = 0;; ++hops) {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) {
            if (errno == ENOENT) return path;  // a new file
            throw std::runtime_error(target + ": " + std::strerror(errno));
        }
        if (S_ISREG(st.st_mode)) return path;
        if (!S_ISLNK(st.st_mode))
            throw std::runtime_error(
                target + (path == target ? "" : " (a link to " + path + ")") + " is " +
                kindOf(st.st_mode) +
                "; outputs are written only to regular files (use -o - for standard output)");
        if (hops >= 40) throw std::runtime_error(target + ": too many levels of symbolic links");
        std::vector<char> buf(PATH_MAX + 1);
        const ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size() - 1);
        if (n < 0) throw std::runtime_error(target + ": " + std::strerror(errno));
        std::string next(buf.data(), static_cast<size_t>(n));
        path = next.front() == '/' ? next : folderOf(path) + next;
    }
}

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
    if (target_ == kStandardOutputName) {
        stdout_ = true;
        const int fd = ::dup(STDOUT_FILENO);
        file_ = fd < 0 ? nullptr : ::fdopen(fd, "wb");
        if (!file_) throw std::runtime_error("standard output: " + std::string(std::strerror(errno)));
        return;
    }
    replaced_ = resolveOutputPath(target_);
    std::string pattern = replaced_ + ".tmp-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = ::mkstemp(buf.data());
    if (fd < 0) throw std::runtime_error(target_ + ": cannot create a file there: " +
                                         std::strerror(errno));
    temp_ = buf.data();
    trackTemporaryFile(temp_.c_str());
    // Keep an existing file's permissions; a new one honours the umask like any new file
    // (mkstemp creates 0600).
    struct stat old {};
    if (::stat(replaced_.c_str(), &old) == 0) {
        ::fchmod(fd, old.st_mode & 07777);
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fd, 0666 & ~mask);
    }
    file_ = ::fdopen(fd, "wb");
    if (!file_) {
        ::close(fd);
        ::unlink(temp_.c_str());
        untrackTemporaryFile(temp_.c_str());
        throw std::runtime_error(target_ + ": " + std::strerror(errno));
    }
}

AtomicFile::~AtomicFile() {
    if (file_) std::fclose(file_);
    if (!stdout_ && !committed_) {
        ::unlink(temp_.c_str());
        untrackTemporaryFile(temp_.c_str());
    }
}

bool AtomicFile::write(const void* data, size_t size) {
    if (interrupted()) failed_ = true;
    if (failed_ || !file_) return false;
    if (std::fwrite(data, 1, size, file_) != size) failed_ = true;
    written_ += size;
    // Start the disk writing what is already complete, so the sync at commit waits for the
    // last few megabytes, not the whole document (100 MB for a 100,000-row tracker). Only a
    // hint: commit's fsync is what makes the file durable.
    constexpr std::uint64_t kWritebackEvery = 8u << 20;
    if (!stdout_ && !failed_ && written_ - writebackFrom_ >= kWritebackEvery && std::fflush(file_) == 0) {
        ::sync_file_range(::fileno(file_), static_cast<off_t>(writebackFrom_),
                          static_cast<off_t>(written_ - writebackFrom_), SYNC_FILE_RANGE_WRITE);
        writebackFrom_ = written_;
    }
    return !failed_;
}

void AtomicFile::commit() {
    if (interrupted()) {
        failed_ = true;
        throw std::runtime_error(target_ + ": interrupted; " +
                                 (stdout_ ? "the output is incomplete"
                                          : "the existing file was left as it was"));
    }
    if (failed_) throw std::runtime_error(target_ + ": writing failed (disk full?)");
    if (stdout_) {
        const bool ok = std::fflush(file_) == 0;
        std::fclose(file_);
        file_ = nullptr;
        if (!ok) throw std::runtime_error("standard output: " + std::string(std::strerror(errno)));
        committed_ = true;
        return;
    }
    if (std::fflush(file_) != 0 || ::fsync(::fileno(file_)) != 0) {
        failed_ = true;
        throw std::runtime_error(target_ + ": " + std::strerror(errno));
    }
    std::fclose(file_);
    file_ = nullptr;
    if (::rename(temp_.c_str(), replaced_.c_str()) != 0)
        throw std::runtime_error(target_ + ": cannot replace the file: " + std::strerror(errno));
    untrackTemporaryFile(temp_.c_str());
    committed_ = true;
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace findings::core
