// An fnd_input over a file on disk, opened read-only: inputs are never modified.
#pragma once

#include <findings/format/input_check.hpp>
#include <findings/sha256.hpp>
#include <findings/plugin.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace findings::core {

class FileInput {
public:
    /// Opens `path` for reading after checkInputFile(); throws std::runtime_error with the
    /// cause (callers name the file).
    explicit FileInput(const std::string& path, std::uint64_t maxBytes = kDefaultMaxInputBytes);
    ~FileInput();
    FileInput(const FileInput&) = delete;
    FileInput& operator=(const FileInput&) = delete;

    /// The table to hand to a plugin; valid while this object lives.
    const fnd_input* input() const { return &input_; }
    /// Reads up to `max` bytes from the start (for identify); leaves the position at 0.
    std::string head(size_t max);

private:
    static int64_t read(void* ctx, void* buffer, size_t size);
    static int64_t seek(void* ctx, int64_t offset, int whence);
    static int64_t size(void* ctx);

    std::string path_;
    std::FILE* file_ = nullptr;
    int64_t size_ = -1;
    fnd_input input_{};
};

/// Hex SHA-256 of a file's bytes; throws std::runtime_error with the cause. The project's one
/// SHA-256 (findings_digest), which importers fall back to under a host that lacks the
/// fnd_host.input_sha256 service.
using digest::sha256OfFile;

}  // namespace findings::core
