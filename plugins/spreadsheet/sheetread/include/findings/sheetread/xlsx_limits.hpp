// Caps for reading an .xlsx workbook: zip inflation (see safezip) plus cells, strings and
// styles, so a hostile workbook costs bounded time and memory.
#pragma once

#include <findings/safezip/zip_limits.hpp>

#include <cstddef>
#include <cstdint>

namespace findings::sheetread {

/// Caps for one XlsxWorkbook. Defaults admit any sheet Excel itself can hold.
struct XlsxLimits {
    safezip::ZipLimits zip;                     ///< inflation caps
    uint32_t maxCellsPerRow = 16384;            ///< a row with more is reported, not delivered
    uint64_t maxCellsPerSheet = 200'000'000;    ///< more stops the sheet with an error
    size_t maxStringBytes = 1 << 20;            ///< longest cell text (Excel: 32,767 chars)
    uint64_t maxSharedStrings = 50'000'000;     ///< entries in sharedStrings.xml
    uint64_t maxSharedStringBytes = uint64_t(1) << 30; ///< their total UTF-8 size
    size_t maxStyles = 1'000'000;               ///< cellXfs, fonts and fills entries each
    size_t maxMergedRanges = 1'000'000;         ///< merged ranges per sheet
};

}  // namespace findings::sheetread
