// Internal: the byte-level decoders shared by decodeToUtf8() and StreamDecoder.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace findings::text::detail {

/// How many leading bytes of p[0..n) are ASCII (checked eight at a time).
size_t asciiPrefix(const unsigned char* p, size_t n);

/// Length of the valid UTF-8 sequence at p (1–4), 0 when p[0] starts no valid sequence,
/// or -1 when the bytes so far are a valid prefix cut off by the end of the buffer.
int utf8SequenceLength(const unsigned char* p, size_t available);

/// Decodes UTF-8, reading bytes that form no valid sequence as Windows-1252 (each counted in
/// `repaired`). Returns the bytes consumed: all of them when `isLast`, otherwise all but an
/// incomplete sequence at the end, which the caller keeps for the next chunk.
size_t decodeUtf8(const unsigned char* p, size_t n, bool isLast, std::string& out, uint64_t& repaired);

/// Decodes Windows-1252; consumes everything.
void decodeWindows1252(const unsigned char* p, size_t n, std::string& out);

/// Decodes UTF-16 (little-endian when `littleEndian`). `highSurrogate` carries a pending high
/// surrogate between calls (0 when none). Unpaired surrogates and a final odd byte become
/// U+FFFD, counted in `repaired`. Returns bytes consumed (an odd last byte is left unless
/// `isLast`).
size_t decodeUtf16(const unsigned char* p, size_t n, bool littleEndian, bool isLast, std::string& out,
                   uint32_t& highSurrogate, uint64_t& repaired);

}  // namespace findings::text::detail
