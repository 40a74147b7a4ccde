// Reading a sheet on a second thread: inflating and scanning a worksheet's XML is about as
// much work as turning its rows into findings, so with the two on different cores a large
// tracker imports in little more than the time of the slower half.
#pragma once

#include <findings/sheetread/xlsx_workbook.hpp>

#include <cstddef>

namespace findings::sheetread {

/// How far the reading thread may run ahead of the handler.
struct ReadAheadOptions {
    size_t rowsPerBatch = 512; ///< rows handed over at a time
    size_t batchesAhead = 4;   ///< batches read and not yet handled, at most
};

/// Streams `sheet` to `handler` exactly as XlsxWorkbook::readSheet does (the same calls with
/// the same values, in the same order, on this thread), while the sheet is read on a second
/// thread. The workbook must not be used elsewhere until this returns, and its bytes must be
/// readable from another thread (memory or a file, not a plugin host's input callbacks).
///
/// A handler that returns false stops the reading, and onSheetEnd says so, as with
/// readSheet. An exception from the handler stops the reading and propagates; an exception
/// from the reading (a corrupt part) propagates after the rows read before it were handled.
SheetSummary readSheetAhead(XlsxWorkbook& workbook, const SheetInfo& sheet, SheetHandler& handler,
                            const SheetReadOptions& options = {}, const ReadAheadOptions& ahead = {});

}  // namespace findings::sheetread
