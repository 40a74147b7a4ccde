// The readings the benchmark times, each counting what it reads so nothing is optimised
// away: two floors (zlib alone; zlib plus expat), our XLSX and CSV readers.
#pragma once

#include <cstdint>
#include <string>

namespace sheetread_bench {

/// Raw-inflates the sheet and shared-strings entries of `xlsx`; returns inflated bytes.
uint64_t inflateFloor(const std::string& xlsx);
/// Inflates the same entries through safezip's EntryReader (caps and CRC checked).
uint64_t inflateSafezip(const std::string& xlsx);
/// Inflates the same entries through Poco::Zip's ZipInputStream.
uint64_t inflatePocoZip(const std::string& xlsx);
/// Inflates the same entries and parses them with expat, counting <c> elements.
uint64_t inflateExpatFloor(const std::string& xlsx);
/// Reads the first sheet with XlsxWorkbook; returns cells delivered.
uint64_t readXlsxOurs(const std::string& xlsx, bool mergesBeforeRows);
/// Reads `csv` with the CSV reader; returns fields delivered.
uint64_t readCsvOurs(const std::string& csv);
/// Bytes of XML in the sheet and shared-strings entries (for the table).
uint64_t sheetXmlBytes(const std::string& xlsx);

}  // namespace sheetread_bench
