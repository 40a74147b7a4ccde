#include "row_spool.hpp"

#include <findings/sdk.hpp>

#include <cerrno>
#include <cstring>

namespace findings::excel {
namespace {
constexpr std::size_t kFlushBytes = 1 << 20;
}

RowSpool::RowSpool(const std::string& dir) : file_(dir, "findings-rows-", ".xml") {
    out_ = std::fopen(file_.path().c_str(), "wb");
    if (!out_) fail("cannot open");
    buffer_.reserve(kFlushBytes + 64 * 1024);
}

RowSpool::~RowSpool() {
    if (out_) std::fclose(out_);
}

void RowSpool::append(const std::string& text) {
    buffer_ += text;
    if (buffer_.size() >= kFlushBytes) flush();
}

void RowSpool::flush() {
    if (buffer_.empty()) return;
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), out_) != buffer_.size()) fail("cannot write");
    buffer_.clear();
}

std::string RowSpool::readAll() {
    flush();
    const bool closed = std::fclose(out_) == 0;
    out_ = nullptr;
    if (!closed) fail("cannot write");
    std::FILE* in = std::fopen(file_.path().c_str(), "rb");
    if (!in) fail("cannot reopen");
    std::string text;
    char block[1 << 16];
    for (std::size_t n; (n = std::fread(block, 1, sizeof block, in)) > 0;) text.append(block, n);
    const bool bad = std::ferror(in) != 0;
    std::fclose(in);
    if (bad) fail("cannot read");
    return text;
}

void RowSpool::fail(const char* what) const {
    throw Error(FND_ERR_IO, std::string(what) + " the scratch file " + file_.path() +
                                " for the data sheet's rows: " + std::strerror(errno));
}

}  // namespace findings::excel
