// Ownership of one libxlsxwriter workbook: created on a named file, closed (written) once on
// success, and freed without being written when an export fails or is cancelled, so a
// failure does not spend time compressing a workbook nobody will see.
#pragma once

#include <xlsxwriter.h>

#include <string>

namespace findings::excel {

class WorkbookHandle {
public:
    /// Starts a workbook that will be written to `path`; libxlsxwriter keeps its own scratch
    /// files in `tmpdir`. Throws findings::Error(FND_ERR_IO) naming the file.
    WorkbookHandle(const std::string& path, bool constantMemory, const std::string& tmpdir);
    ~WorkbookHandle();
    WorkbookHandle(const WorkbookHandle&) = delete;
    WorkbookHandle& operator=(const WorkbookHandle&) = delete;

    lxw_workbook* get() const { return workbook_; }
    bool constantMemory() const { return constantMemory_; }
    /// Writes the workbook to its file; throws findings::Error naming the file and the cause.
    void close();

private:
    std::string path_;
    std::string tmpdir_;  // kept alive: libxlsxwriter reads the option during the whole build
    bool constantMemory_;
    lxw_workbook* workbook_ = nullptr;
};

}  // namespace findings::excel
