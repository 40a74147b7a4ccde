// SHA-256 as lower-case hex: of bytes in memory, of a file, or of a stream read in chunks.
// The one implementation the host and the importers share (findings_digest).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace findings::digest {

/// Reads up to `size` bytes into `buffer`; returns the count, 0 at the end. Throws to fail.
using ChunkReader = std::function<std::size_t(char* buffer, std::size_t size)>;

/// Hex SHA-256 (64 lower-case digits) of `bytes`.
std::string sha256Hex(std::string_view bytes);
/// Hex SHA-256 of everything `read` yields until it returns 0; its exceptions pass through.
std::string sha256Hex(const ChunkReader& read);
/// Hex SHA-256 of a file's bytes; throws std::runtime_error with the cause (not the path:
/// callers name the file).
std::string sha256OfFile(const std::string& path);

}  // namespace findings::digest
