// Helpers the fuzz entry points share: splitting one fuzz input into the several parts a
// container holds, and packing parts into a zip in memory, so the fuzzer mutates the XML
// a reader parses rather than deflate streams it could never get past.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace findings::fuzz {

/// Separates the parts of one input. A line of its own, so seeds stay readable text and
/// the dictionaries can offer it to the mutator.
inline constexpr std::string_view kPartSeparator = "\n@@part@@\n";

/// Splits `data` at kPartSeparator into at most `maxParts` parts (the last one keeps any
/// further separators). Always returns at least one part.
std::vector<std::string_view> splitParts(const uint8_t* data, size_t size, size_t maxParts);

/// A zip archive holding `parts` (name, content) uncompressed ("stored"), with correct
/// CRC-32s, so the readers' integrity checks pass and they reach the parts' content.
std::string storedZip(const std::vector<std::pair<std::string, std::string>>& parts);

}  // namespace findings::fuzz
