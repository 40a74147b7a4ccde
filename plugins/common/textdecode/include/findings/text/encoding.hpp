// Which character encoding a text file uses, guessed from its first bytes. Covers what
// councils' files actually arrive in: UTF-8 (with or without BOM), UTF-16 with a BOM
// (Excel's "Unicode text"), and Windows-1252 (older Excel "CSV" on Windows).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace findings::text {

/// A text encoding this library decodes, or Binary for input that is not text at all.
enum class Encoding {
    Utf8,        ///< UTF-8; stray invalid bytes are read as Windows-1252 (see decode.hpp)
    Utf16LE,     ///< UTF-16 little-endian
    Utf16BE,     ///< UTF-16 big-endian
    Windows1252, ///< Windows-1252 (Latin-1 plus € ‘ ’ “ ” – — … in 0x80–0x9F)
    Binary,      ///< not text: NUL bytes without UTF-16 structure, or many control bytes
};

/// A short stable name for messages and metadata: "UTF-8", "UTF-16LE", "UTF-16BE",
/// "Windows-1252", "binary".
const char* encodingName(Encoding encoding);

/// The outcome of detectEncoding().
struct EncodingGuess {
    Encoding encoding = Encoding::Utf8; ///< the encoding to decode with
    size_t bomSize = 0;                 ///< bytes of byte-order mark at the start (skip them)
    std::string reason;                 ///< why, for people: "UTF-16LE byte-order mark",
                                        ///< "NUL byte at offset 12" (always set for Binary)
    /// Binary only: the input is text, but in an encoding this library does not read
    /// (UTF-32); `reason` then is the whole message for people, with what to do.
    bool unsupportedText = false;
};

/// Guesses the encoding of a text from its first bytes (64 KiB is plenty).
/// Order: a BOM decides (UTF-8 EF BB BF, UTF-32 FF FE 00 00 / 00 00 FE FF as unsupported
/// text, UTF-16LE FF FE, UTF-16BE FE FF); otherwise NUL bytes
/// mean BOM-less UTF-16 when they sit in every other position of mostly-ASCII text, else
/// Binary; more than 5% control bytes (other than tab, CR, LF, FF, VT, ESC, SUB) mean Binary;
/// then input that is valid UTF-8 (or mostly valid UTF-8 sequences with a few stray bytes) is
/// UTF-8, and anything else Windows-1252. `isComplete` says `head` is the whole input, so a
/// multi-byte sequence cut off at its end counts as invalid rather than as truncated by the
/// sample. Never throws.
EncodingGuess detectEncoding(std::string_view head, bool isComplete = false);

}  // namespace findings::text
