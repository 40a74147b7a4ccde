// Synthetic council trackers for the benchmark: 11 columns of realistic text, dates, RAG
// with fills and numbers, written as .xlsx (libxlsxwriter, constant memory) and as CSV.
#pragma once

#include <cstdint>
#include <string>

namespace sheetread_bench {

/// Writes `rows` data rows (plus a title and a header row) to `path` as .xlsx.
void writeTrackerXlsx(const std::string& path, uint32_t rows, const std::string& tmpDir);
/// Writes the same rows to `path` as UTF-8 CSV.
void writeTrackerCsv(const std::string& path, uint32_t rows);

}  // namespace sheetread_bench
