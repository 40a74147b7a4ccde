// The cells of a CellTable as JSON lines, for the Python writer to load before it is timed:
// DIR/findings.jsonl, DIR/actions.jsonl and DIR/data.jsonl, one JSON array per row; text is
// a string, a number a number, a date a one-element array holding its serial number.
// data.jsonl starts with the data sheet's marker and header rows.
#pragma once

#include "cell_table.hpp"

#include <string>

namespace excel_bench {

/// Writes the three files into `dir`; throws std::runtime_error naming a file it cannot write.
void dumpCells(const CellTable& cells, const std::string& dir);

}  // namespace excel_bench
