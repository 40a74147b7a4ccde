// The floor: the same cells as the exporter's row-per-finding sheets, written with plain
// libxlsxwriter and nothing else (no styles beyond a date format, no tables, validations,
// summary sheets or row heights).
#pragma once

#include "cell_table.hpp"

#include <string>

namespace excel_bench {

/// Writes `cells` to `path`; returns the seconds spent from creating the workbook to closing
/// it. Throws std::runtime_error naming the file on a libxlsxwriter error.
double writeFloor(const CellTable& cells, const std::string& path, bool constantMemory,
                  const std::string& tmpdir);

}  // namespace excel_bench
