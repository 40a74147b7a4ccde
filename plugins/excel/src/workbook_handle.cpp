#include "workbook_handle.hpp"

#include "xlsx_error.hpp"

#include <findings/sdk.hpp>

namespace findings::excel {

WorkbookHandle::WorkbookHandle(const std::string& path, bool constantMemory,
                               const std::string& tmpdir)
    : path_(path), tmpdir_(tmpdir), constantMemory_(constantMemory) {
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = tmpdir_.empty() ? nullptr : tmpdir_.data();
    // Each part of the zip stays far below 4 GB up to a few million findings; ZIP64 would
    // also stop the very-hidden patch (zip_rewrite.hpp) from applying.
    options.use_zip64 = LXW_FALSE;
    workbook_ = workbook_new_opt(path_.c_str(), &options);
    if (!workbook_)
        throw Error(FND_ERR_IO, "cannot start the workbook " + path_ +
                                    " (libxlsxwriter could not allocate it or its scratch files "
                                    "in " +
                                    (tmpdir_.empty() ? "the temp folder" : tmpdir_) + ")");
}

WorkbookHandle::~WorkbookHandle() {
    // Only reached with an open workbook when the export failed: drop it unwritten.
    if (!workbook_) return;
    // lxw_workbook_free leaves constant-memory mode's row files open, and with them their
    // disk space, until the process ends: a long-running GUI would keep gigabytes after a
    // cancelled export. Close them first.
    lxw_worksheet* sheet = nullptr;
    LXW_FOREACH_WORKSHEET(sheet, workbook_) {
        if (sheet->optimize_tmpfile) {
            std::fclose(sheet->optimize_tmpfile);
            sheet->optimize_tmpfile = nullptr;
            sheet->file = nullptr;
        }
    }
    lxw_workbook_free(workbook_);
}

void WorkbookHandle::close() {
    lxw_workbook* workbook = workbook_;
    workbook_ = nullptr;  // workbook_close frees it whatever it returns
    checkLxw(workbook_close(workbook), "writing the workbook " + path_);
}

}  // namespace findings::excel
