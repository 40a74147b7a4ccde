// A uniquely named scratch file that is removed when its owner goes out of scope, on success
// and on failure alike. libxlsxwriter writes only to a named file, so the workbook is built in
// one of these and then streamed to the host's output.
#pragma once

#include <string>

namespace findings::excel {

class ScratchFile {
public:
    /// Creates an empty file named `prefix`XXXXXX`suffix` in `dir` (the system temp folder when
    /// empty); throws findings::Error(FND_ERR_IO) naming the folder and the cause.
    ScratchFile(const std::string& dir, const std::string& prefix, const std::string& suffix);
    ~ScratchFile();
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace findings::excel
