// The host's input as the readers want it: a random-access ByteSource for the zip reader, a
// chunked byte reader for CSV, and the input's SHA-256 for stable ids.
#pragma once

#include <findings/safezip/byte_source.hpp>
#include <findings/sdk.hpp>
#include <findings/sheetread/csv_reader.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace spreadsheet {

/// A ByteSource reading `input` through its seek and read callbacks. The input must outlive
/// it. Read failures become safezip::ZipError (Io) naming the input.
std::unique_ptr<findings::safezip::ByteSource> inputByteSource(const findings::Input& input);

/// The whole input read into memory, when its size is known and at most `maxBytes`; nullptr
/// otherwise. Unlike inputByteSource, any thread may read it (the host's input callbacks are
/// for the call's thread only). Throws findings::Error (FND_ERR_IO) when reading fails.
std::unique_ptr<findings::safezip::ByteSource> inputInMemory(const findings::Input& input, uint64_t maxBytes);

/// Reads the whole input once to hash it, then seeks back to the start. Throws
/// findings::Error (FND_ERR_IO).
std::string sha256OfInput(const findings::Input& input);

/// A CsvByteReader over `input` from its current position.
findings::sheetread::CsvByteReader inputByteReader(const findings::Input& input);

/// The file name's extension in lower case, without the dot ("" when there is none).
std::string lowerExtension(std::string_view path);

/// The file name of a path without folders ("tracker.csv").
std::string baseName(const std::string& path);
/// The file name without its last extension ("tracker").
std::string stemName(const std::string& path);

}  // namespace spreadsheet
