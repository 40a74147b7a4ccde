#include "input_access.hpp"

#include <cctype>
#include <findings/safezip/zip_error.hpp>

#include <findings/sha256.hpp>

namespace spreadsheet {

namespace {

class InputByteSource : public findings::safezip::ByteSource {
public:
    explicit InputByteSource(const findings::Input& input) : input_(input), name_(input.path()) {
        const int64_t size = input.size();
        if (size >= 0) {
            size_ = uint64_t(size);
        } else {
            size_ = uint64_t(seekTo(0, 2));
        }
    }
    uint64_t size() const override { return size_; }
    size_t readAt(uint64_t offset, void* buffer, size_t count) override {
        if (offset >= size_) return 0;
        if (offset != position_) {
            seekTo(int64_t(offset), 0);
            position_ = offset;
        }
        size_t done = 0;
        char* out = static_cast<char*>(buffer);
        while (done < count) {
            const int64_t n = input_.c()->read(input_.c()->ctx, out + done, count - done);
            if (n < 0) fail("read error");
            if (n == 0) break;
            done += size_t(n);
        }
        position_ += done;
        return done;
    }
    const std::string& name() const override { return name_; }

private:
    int64_t seekTo(int64_t offset, int whence) {
        const int64_t pos = input_.c()->seek ? input_.c()->seek(input_.c()->ctx, offset, whence) : -1;
        if (pos < 0) fail("the input cannot seek, which a zip file needs");
        return pos;
    }
    [[noreturn]] void fail(const std::string& why) const {
        throw findings::safezip::ZipError(findings::safezip::ZipErrorKind::Io, name_, "", why);
    }
    const findings::Input& input_;
    std::string name_;
    uint64_t size_ = 0;
    uint64_t position_ = uint64_t(-1);
};

}  // namespace

std::unique_ptr<findings::safezip::ByteSource> inputByteSource(const findings::Input& input) {
    return std::make_unique<InputByteSource>(input);
}

std::unique_ptr<findings::safezip::ByteSource> inputInMemory(const findings::Input& input, uint64_t maxBytes) {
    const int64_t size = input.size();
    if (size < 0 || uint64_t(size) > maxBytes) return nullptr;
    input.seek(0, 0);
    std::string bytes = input.readAll(size_t(maxBytes));
    input.seek(0, 0);
    return findings::safezip::ownedMemorySource(std::move(bytes), input.path());
}

std::string sha256OfInput(const findings::Input& input) {
    input.seek(0, 0);
    std::string hex = findings::digest::sha256Hex(
        [&input](char* buffer, size_t size) { return input.read(buffer, size); });
    input.seek(0, 0);
    return hex;
}

findings::sheetread::CsvByteReader inputByteReader(const findings::Input& input) {
    return [&input](char* buffer, size_t size) { return input.read(buffer, size); };
}

std::string baseName(const std::string& path) {
    const size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string lowerExtension(std::string_view path) {
    const size_t dot = path.find_last_of('.');
    const size_t slash = path.find_last_of('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
    std::string ext(path.substr(dot + 1));
    for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

std::string stemName(const std::string& path) {
    std::string base = baseName(path);
    const size_t dot = base.find_last_of('.');
    if (dot != std::string::npos && dot > 0) base.erase(dot);
    return base;
}

}  // namespace spreadsheet
