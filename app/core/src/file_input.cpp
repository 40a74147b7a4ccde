#include <findings/core/file_input.hpp>

#include <findings/sdk/convert.hpp>

#include <stdexcept>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace findings::core {

FileInput::FileInput(const std::string& path, std::uint64_t maxBytes) : path_(path) {
    file_ = openInputFile(path, maxBytes);
    struct stat st {};
    ::fstat(::fileno(file_), &st);
    size_ = static_cast<int64_t>(st.st_size);
    input_.struct_size = sizeof input_;
    input_.ctx = this;
    input_.path = toC(path_);
    input_.read = &FileInput::read;
    input_.seek = &FileInput::seek;
    input_.size = &FileInput::size;
}

FileInput::~FileInput() {
    if (file_) std::fclose(file_);
}

std::string FileInput::head(size_t max) {
    std::string out(max, '\0');
    std::rewind(file_);
    size_t n = std::fread(out.data(), 1, max, file_);
    out.resize(n);
    std::rewind(file_);
    return out;
}

int64_t FileInput::read(void* ctx, void* buffer, size_t size) {
    auto* self = static_cast<FileInput*>(ctx);
    size_t n = std::fread(buffer, 1, size, self->file_);
    if (n == 0 && std::ferror(self->file_)) return -1;
    return static_cast<int64_t>(n);
}

int64_t FileInput::seek(void* ctx, int64_t offset, int whence) {
    auto* self = static_cast<FileInput*>(ctx);
    int w = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END;
    if (fseeko(self->file_, static_cast<off_t>(offset), w) != 0) return -1;
    return static_cast<int64_t>(ftello(self->file_));
}

int64_t FileInput::size(void* ctx) { return static_cast<FileInput*>(ctx)->size_; }

}  // namespace findings::core
