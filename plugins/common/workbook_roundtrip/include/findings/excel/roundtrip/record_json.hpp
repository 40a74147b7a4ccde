// One source or finding as a compact JSON object, with exactly the keys and value rules of
// the findings format (sdk/FORMAT.md), and the splitting of that text across cells.
#pragma once

#include <findings/sdk/records.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace findings::excel {

/// A record that cannot be decoded: not JSON, or not shaped like a source or finding. The
/// message says what is wrong; callers add which cell it came from.
class RecordError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The source as one line of JSON (no insignificant whitespace; absent values omitted;
/// Unicode kept as written).
std::string sourceToJson(const Source& source);
/// The finding as one line of JSON, as sourceToJson.
std::string findingToJson(const Finding& finding);

/// Parses what sourceToJson wrote (any JSON object shaped like a format Source).
/// Throws RecordError.
Source sourceFromJson(std::string_view json);
/// Parses what findingToJson wrote. Throws RecordError.
Finding findingFromJson(std::string_view json);

/// Largest chunk splitIntoChunks makes. Excel allows 32,767 characters in a cell, counted in
/// UTF-16 units; a byte count bounds both code points and UTF-16 units, so 32,000 bytes is
/// safe for any mix of characters.
inline constexpr std::size_t kMaxChunkBytes = 32000;

/// Splits `text` into pieces of at most `maxBytes` bytes whose concatenation is `text`.
/// A piece never ends inside a UTF-8 sequence (each piece is valid UTF-8 on its own, as XML
/// needs), and never begins with a character a spreadsheet might take for the start of a
/// formula or trim ('=', '+', '-', '@', space, tab, CR, LF), as long as moving the cut a few
/// bytes back avoids it. Empty text gives one empty piece. `maxBytes` must be at least 16.
std::vector<std::string> splitIntoChunks(std::string_view text,
                                         std::size_t maxBytes = kMaxChunkBytes);

}  // namespace findings::excel
