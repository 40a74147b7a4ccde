// Text appended in pieces to a scratch file and read back whole once: the data sheet's record
// rows in normal mode wait here, not in memory, while libxlsxwriter holds every other cell of
// the workbook, and are read back only after it has written them and let go.
#pragma once

#include "scratch_file.hpp"

#include <cstdio>
#include <string>

namespace findings::excel {

class RowSpool {
public:
    /// Creates the scratch file in `dir` (the system temp folder when empty); throws
    /// findings::Error(FND_ERR_IO) naming it when it cannot.
    explicit RowSpool(const std::string& dir);
    ~RowSpool();
    RowSpool(const RowSpool&) = delete;
    RowSpool& operator=(const RowSpool&) = delete;

    /// Appends `text`; throws findings::Error(FND_ERR_IO) when the disk refuses it.
    void append(const std::string& text);
    /// Everything appended, in order; the spool is spent afterwards.
    std::string readAll();

private:
    void flush();
    [[noreturn]] void fail(const char* what) const;
    ScratchFile file_;
    std::FILE* out_ = nullptr;
    std::string buffer_;  ///< appends wait here until a megabyte is worth a write
};

}  // namespace findings::excel
