#include <findings/core/atomic_file.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace findings::core {

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
    std::string pattern = target_ + ".tmp-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = ::mkstemp(buf.data());
    if (fd < 0) throw std::runtime_error(target_ + ": cannot create a file there: " +
                                         std::strerror(errno));
    temp_ = buf.data();
    // Honour the umask like an ordinary new file would (mkstemp creates 0600).
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    file_ = ::fdopen(fd, "wb");
    if (!file_) {
        ::close(fd);
        ::unlink(temp_.c_str());
        throw std::runtime_error(target_ + ": " + std::strerror(errno));
    }
}

AtomicFile::~AtomicFile() {
    if (file_) std::fclose(file_);
    if (!committed_) ::unlink(temp_.c_str());
}

bool AtomicFile::write(const void* data, size_t size) {
    if (failed_ || !file_) return false;
    if (std::fwrite(data, 1, size, file_) != size) failed_ = true;
    return !failed_;
}

void AtomicFile::commit() {
    if (failed_) throw std::runtime_error(target_ + ": writing failed (disk full?)");
    if (std::fflush(file_) != 0 || ::fsync(::fileno(file_)) != 0) {
        failed_ = true;
        throw std::runtime_error(target_ + ": " + std::strerror(errno));
    }
    std::fclose(file_);
    file_ = nullptr;
    if (::rename(temp_.c_str(), target_.c_str()) != 0)
        throw std::runtime_error(target_ + ": cannot replace the file: " + std::strerror(errno));
    committed_ = true;
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace findings::core
