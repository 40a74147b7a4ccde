// Writing a file so that readers only ever see the old file or the complete new one: bytes
// go to a temporary file in the target's folder, which is renamed over the target on commit
// and removed if the writer is destroyed without committing.
#pragma once

#include <cstdio>
#include <string>

namespace findings::core {

class AtomicFile {
public:
    /// Creates the temporary file; throws std::runtime_error naming the target and cause.
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Appends bytes; returns false on failure (the file will not be committed).
    bool write(const void* data, size_t size);
    /// Flushes, syncs and renames over the target; throws std::runtime_error on failure.
    void commit();
    /// The temporary file's path (for tools that write by name).
    const std::string& tempPath() const { return temp_; }
    const std::string& target() const { return target_; }

private:
    std::string target_;
    std::string temp_;
    std::FILE* file_ = nullptr;
    bool failed_ = false;
    bool committed_ = false;
};

/// True when the two paths name the same existing file (same device and inode).
bool sameFile(const std::string& a, const std::string& b);

}  // namespace findings::core
