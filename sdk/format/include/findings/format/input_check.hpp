// What a run accepts as an input file: checked before anything reads it.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace findings {

/// The largest input a run reads unless told otherwise (--max-input-mb): twice the largest
/// tracker export seen, and far above any letter, report or findings document.
inline constexpr std::uint64_t kDefaultMaxInputBytes = std::uint64_t{4096} << 20;

/// Checks that `path` is an input a run can read to its end: an existing regular file (a
/// link to one is fine) of at most `maxBytes`. A FIFO, device, socket or folder is refused,
/// since reading one may never end (`/dev/urandom` named .csv, a pipe with no writer).
/// Returns the size; throws std::runtime_error with the cause ("is a FIFO (named pipe), not
/// a file: ..."; "is 5000 MB, more than the limit of 4096 MB ..."); callers name the file.
std::uint64_t checkInputFile(const std::string& path,
                             std::uint64_t maxBytes = kDefaultMaxInputBytes);

/// "report.pdf: No such file or directory": a cause from the functions here, naming the
/// file by its name (for a message shown beside other things about that file).
std::string inputProblem(const std::string& path, const std::string& cause);

/// Opens `path` for reading after the same checks, made again on the open descriptor (so a
/// file swapped for a FIFO in between cannot hang the run). Throws as checkInputFile.
std::FILE* openInputFile(const std::string& path, std::uint64_t maxBytes = kDefaultMaxInputBytes);

}  // namespace findings
