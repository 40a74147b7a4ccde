// Writing a file so that readers only ever see the old file or the complete new one: bytes
// go to a temporary file in the target's folder, which is renamed over the target on commit
// and removed if the writer is destroyed without committing.
//
// Atomic replace is only for regular files. A symbolic link is written through: the file it
// points to is replaced and the link stays. A device, FIFO, socket or folder is refused,
// since renaming over /dev/null would replace the device with a plain file. "-" names
// standard output, written directly (there is nothing to replace).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace findings::core {

class AtomicFile {
public:
    /// Creates the temporary file; throws std::runtime_error naming the target and cause
    /// (including a target that is not a regular file).
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Appends bytes; returns false on failure or after an interrupt (the file will not be
    /// committed).
    bool write(const void* data, size_t size);
    /// Flushes, syncs and renames over the target; throws std::runtime_error on failure, and
    /// when the run was interrupted (SIGINT/SIGTERM), so the old file stays.
    void commit();
    /// The temporary file's path (for tools that write by name); empty for standard output.
    const std::string& tempPath() const { return temp_; }
    /// The target as given.
    const std::string& target() const { return target_; }
    /// True when writing to standard output ("-").
    bool toStandardOutput() const { return stdout_; }

private:
    std::string target_;
    std::string replaced_;  ///< the regular file renamed over: the target, or where its link points
    std::string temp_;
    std::FILE* file_ = nullptr;
    bool stdout_ = false;
    bool failed_ = false;
    bool committed_ = false;
    std::uint64_t written_ = 0;       ///< bytes handed to write()
    std::uint64_t writebackFrom_ = 0; ///< where the disk was last asked to start writing
};

/// The name that means standard output for -o and --report.
inline constexpr const char* kStandardOutputName = "-";

/// Where writing `target` would actually go: the target itself, or the end of its chain of
/// symbolic links (the link's own folder anchors a relative link). Throws std::runtime_error
/// naming `target` when it is (or points to) anything but a regular file or a new name, or
/// when its links loop.
std::string resolveOutputPath(const std::string& target);

/// True when the two paths name the same existing file (same device and inode).
bool sameFile(const std::string& a, const std::string& b);

}  // namespace findings::core
