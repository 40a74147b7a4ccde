// A std::istream over one zip entry, for APIs that want a stream (Poco SAX's InputSource).
#pragma once

#include <findings/safezip/entry_reader.hpp>

#include <istream>
#include <streambuf>
#include <vector>

namespace findings::safezip {

/// The stream buffer behind EntryStream: refills from an EntryReader.
class EntryStreamBuf : public std::streambuf {
public:
    /// Reads from `reader` through a buffer of `bufferSize` bytes.
    explicit EntryStreamBuf(EntryReader reader, size_t bufferSize = 64 * 1024);

protected:
    int_type underflow() override;

private:
    EntryReader reader_;
    std::vector<char> buffer_;
};

namespace detail {
/// Holds the buffer so it is constructed before the std::istream base that uses it.
struct EntryStreamBufHolder {
    explicit EntryStreamBufHolder(EntryReader reader) : buf(std::move(reader)) {}
    EntryStreamBuf buf;
};
}  // namespace detail

/// An input stream over one entry. Its exception mask includes badbit, so a ZipError from
/// inflation (a bomb, truncation, corruption) propagates out of the read that hit it
/// instead of looking like a short, well-formed stream.
class EntryStream : private detail::EntryStreamBufHolder, public std::istream {
public:
    /// Takes over `reader`.
    explicit EntryStream(EntryReader reader);
};

}  // namespace findings::safezip
