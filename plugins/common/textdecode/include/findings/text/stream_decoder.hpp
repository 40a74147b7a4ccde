// Chunk-by-chunk decoding to UTF-8 for files too big to hold (multi-GB CSV). Sequences and
// UTF-16 code units split across chunk boundaries are carried over to the next chunk.
#pragma once

#include <findings/text/encoding.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace findings::text {

/// Decodes a byte stream to UTF-8 incrementally. Feed chunks of any size in order, then call
/// finish(). Without a forced encoding, the first `detectWindow` bytes are held back until
/// the encoding is detected from them (or until finish()). Not thread-safe.
class StreamDecoder {
public:
    /// Bytes examined before deciding the encoding when none is forced.
    static constexpr size_t kDefaultDetectWindow = 64 * 1024;

    /// Detects the encoding from the start of the stream. `name` prefixes error messages.
    explicit StreamDecoder(std::string name = {}, size_t detectWindow = kDefaultDetectWindow);
    /// Decodes as `encoding` (a matching BOM is still skipped). Throws TextDecodeError when
    /// `encoding` is Binary.
    StreamDecoder(Encoding encoding, std::string name = {});

    /// Decodes `chunk` and appends the UTF-8 to `out`. Throws TextDecodeError when the
    /// detected encoding is Binary.
    void feed(std::string_view chunk, std::string& out);
    /// Flushes anything held back (an incomplete final sequence is repaired, not dropped).
    /// Call once at the end of the input.
    void finish(std::string& out);

    /// True once the encoding is known (after enough input, or always when forced).
    bool decided() const { return encoding_.has_value(); }
    /// The encoding in use; Utf8 until decided().
    Encoding encoding() const { return encoding_.value_or(Encoding::Utf8); }
    /// Why that encoding was chosen ("valid UTF-8", "UTF-16LE byte-order mark", "forced").
    const std::string& reason() const { return reason_; }
    /// A byte-order mark was found and skipped.
    bool hadBom() const { return hadBom_; }
    /// Bytes repaired so far (see DecodedText::repairedBytes).
    uint64_t repairedBytes() const { return repaired_; }

private:
    void start(bool isComplete, std::string& out);
    void decodeDecided(std::string_view bytes, std::string& out, bool isLast);
    size_t decodeRaw(std::string_view bytes, std::string& out, bool isLast);

    std::string name_;
    size_t detectWindow_;
    std::optional<Encoding> encoding_;
    bool started_ = false;      ///< the held-back start has been decoded
    bool hadBom_ = false;
    std::string reason_;
    std::string held_;          ///< bytes awaiting detection, or an incomplete sequence
    uint32_t highSurrogate_ = 0;///< UTF-16 high surrogate awaiting its pair
    uint64_t repaired_ = 0;
};

}  // namespace findings::text
