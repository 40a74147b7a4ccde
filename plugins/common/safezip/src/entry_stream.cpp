#include <findings/safezip/entry_stream.hpp>

namespace findings::safezip {

EntryStreamBuf::EntryStreamBuf(EntryReader reader, size_t bufferSize)
    : reader_(std::move(reader)), buffer_(bufferSize) {}

EntryStreamBuf::int_type EntryStreamBuf::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    const size_t n = reader_.read(buffer_.data(), buffer_.size());
    if (n == 0) return traits_type::eof();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(*gptr());
}

EntryStream::EntryStream(EntryReader reader)
    : detail::EntryStreamBufHolder(std::move(reader)), std::istream(&buf) {
    exceptions(std::ios::badbit);
}

}  // namespace findings::safezip
