// Whole-buffer decoding of text to UTF-8, for inputs that fit in memory (letters, notes).
// Big files (CSV) go through StreamDecoder instead.
#pragma once

#include <findings/text/encoding.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace findings::text {

/// Text decoded to UTF-8.
struct DecodedText {
    std::string utf8;                      ///< the text, without any byte-order mark
    Encoding encoding = Encoding::Utf8;    ///< the encoding it was decoded from
    bool hadBom = false;                   ///< a byte-order mark was present (and removed)
    /// Bytes that were not valid in the detected encoding and were decoded as Windows-1252
    /// (UTF-8 input) or replaced by U+FFFD (UTF-16 input: unpaired surrogates, odd length).
    uint64_t repairedBytes = 0;
};

/// Detects the encoding (see detectEncoding(), applied to the whole input) and decodes.
/// In UTF-8 input, a byte that is not part of a valid sequence is read as Windows-1252, so
/// a stray "£" (A3) or curly quote (92) typed in an old editor is kept, not garbled.
/// Throws TextDecodeError for Binary input; `name` (a path) prefixes its message.
DecodedText decodeToUtf8(std::string_view bytes, const std::string& name = {});

/// Decodes with a known encoding. A matching BOM at the start is skipped.
/// Throws TextDecodeError when `encoding` is Binary.
DecodedText decodeToUtf8(std::string_view bytes, Encoding encoding, const std::string& name = {});

/// True when `bytes` is entirely valid UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool isValidUtf8(std::string_view bytes);

/// Appends the UTF-8 encoding of `codePoint` to `out` (U+FFFD for values that are not
/// Unicode scalar values).
void appendUtf8(std::string& out, uint32_t codePoint);

}  // namespace findings::text
