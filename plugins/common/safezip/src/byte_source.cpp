#include <findings/safezip/byte_source.hpp>
#include <findings/safezip/zip_error.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <istream>
#include <sys/stat.h>
#include <unistd.h>

namespace findings::safezip {

namespace {

/// pread() on a descriptor: no shared file position, so readers never disturb each other.
class FileSource final : public ByteSource {
public:
    explicit FileSource(const std::string& path) : name_(path) {
        fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0)
            throw ZipError(ZipErrorKind::Io, path, "", std::string("cannot open: ") + std::strerror(errno));
        struct stat st {};
        if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
            int err = errno;
            ::close(fd_);
            throw ZipError(ZipErrorKind::Io, path, "",
                           S_ISDIR(st.st_mode) ? "is a directory, not a file"
                                               : std::string("cannot stat: ") + std::strerror(err));
        }
        size_ = static_cast<uint64_t>(st.st_size);
    }
    ~FileSource() override { ::close(fd_); }

    uint64_t size() const override { return size_; }
    const std::string& name() const override { return name_; }

    size_t readAt(uint64_t offset, void* buffer, size_t count) override {
        size_t done = 0;
        while (done < count) {
            ssize_t n = ::pread(fd_, static_cast<char*>(buffer) + done, count - done,
                                static_cast<off_t>(offset + done));
            if (n < 0) {
                if (errno == EINTR) continue;
                throw ZipError(ZipErrorKind::Io, name_, "", std::string("read failed: ") + std::strerror(errno));
            }
            if (n == 0) break;
            done += static_cast<size_t>(n);
        }
        return done;
    }

private:
    std::string name_;
    int fd_ = -1;
    uint64_t size_ = 0;
};

/// Reads a seekable std::istream in place. The state is cleared before each seek because
/// another reader (Poco::Zip::ZipArchive, STACK Gotcha 3) may have left it at eof+fail.
class StreamSource final : public ByteSource {
public:
    StreamSource(std::istream& in, std::string name, uint64_t size)
        : in_(in), name_(std::move(name)), size_(size) {}

    uint64_t size() const override { return size_; }
    const std::string& name() const override { return name_; }

    size_t readAt(uint64_t offset, void* buffer, size_t count) override {
        if (offset >= size_) return 0;
        count = static_cast<size_t>(std::min<uint64_t>(count, size_ - offset));
        in_.clear();
        in_.seekg(static_cast<std::streamoff>(offset));
        if (!in_) throw ZipError(ZipErrorKind::Io, name_, "", "cannot seek in the input stream");
        in_.read(static_cast<char*>(buffer), static_cast<std::streamsize>(count));
        if (in_.bad()) throw ZipError(ZipErrorKind::Io, name_, "", "read failed on the input stream");
        return static_cast<size_t>(in_.gcount());
    }

private:
    std::istream& in_;
    std::string name_;
    uint64_t size_;
};

class MemorySource final : public ByteSource {
public:
    MemorySource(std::string_view bytes, std::string name) : bytes_(bytes), name_(std::move(name)) {}
    MemorySource(std::string owned, std::string name)
        : owned_(std::move(owned)), bytes_(owned_), name_(std::move(name)) {}

    uint64_t size() const override { return bytes_.size(); }
    const std::string& name() const override { return name_; }

    size_t readAt(uint64_t offset, void* buffer, size_t count) override {
        if (offset >= bytes_.size()) return 0;
        size_t n = std::min<size_t>(count, bytes_.size() - static_cast<size_t>(offset));
        std::memcpy(buffer, bytes_.data() + offset, n);
        return n;
    }

private:
    std::string owned_;
    std::string_view bytes_;
    std::string name_;
};

}  // namespace

std::unique_ptr<ByteSource> openFileSource(const std::string& path) {
    return std::make_unique<FileSource>(path);
}

std::unique_ptr<ByteSource> streamSource(std::istream& in, std::string name, uint64_t maxCopyBytes) {
    in.clear();
    std::streampos start = in.tellg();
    if (start != std::streampos(-1)) {
        in.seekg(0, std::ios::end);
        std::streampos end = in.tellg();
        if (in && end != std::streampos(-1)) {
            in.seekg(0);
            return std::make_unique<StreamSource>(in, std::move(name), static_cast<uint64_t>(end));
        }
    }
    // Not seekable (a pipe): keep a bounded copy, since a zip is read from its end.
    in.clear();
    std::string copy;
    char chunk[64 * 1024];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        copy.append(chunk, static_cast<size_t>(in.gcount()));
        if (copy.size() > maxCopyBytes)
            throw ZipError(ZipErrorKind::Bomb, name, "",
                           "input stream is larger than " + std::to_string(maxCopyBytes) + " bytes");
    }
    if (in.bad()) throw ZipError(ZipErrorKind::Io, name, "", "read failed on the input stream");
    return std::make_unique<MemorySource>(std::move(copy), std::move(name));
}

std::unique_ptr<ByteSource> memorySource(std::string_view bytes, std::string name) {
    return std::make_unique<MemorySource>(bytes, std::move(name));
}

std::unique_ptr<ByteSource> ownedMemorySource(std::string bytes, std::string name) {
    return std::make_unique<MemorySource>(std::move(bytes), std::move(name));
}

}  // namespace findings::safezip
