#include "xlsx_error.hpp"

#include <string>

namespace findings::excel {

void checkLxw(lxw_error err, std::string_view doing) {
    if (err == LXW_NO_ERROR) return;
    // File and temp-file errors are the environment's (disk full, no permission); anything
    // else means this exporter asked libxlsxwriter for something it refuses: a bug here.
    const bool io = err == LXW_ERROR_CREATING_XLSX_FILE || err == LXW_ERROR_CREATING_TMPFILE ||
                    err == LXW_ERROR_READING_TMPFILE || err == LXW_ERROR_ZIP_FILE_OPERATION ||
                    err == LXW_ERROR_ZIP_FILE_ADD || err == LXW_ERROR_ZIP_CLOSE;
    const fnd_status status = err == LXW_ERROR_MEMORY_MALLOC_FAILED ? FND_ERR_LIMIT
                              : io                                  ? FND_ERR_IO
                                                                    : FND_ERR_INTERNAL;
    throw Error(status, std::string(doing) + ": " + lxw_strerror(err));
}

}  // namespace findings::excel
