// The rows above a tracker's header: a title, "Last updated: 03/03/2025", the council's
// name. They describe the sheet, so they become its source's title, date and properties.
#pragma once

#include <findings/sdk.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace spreadsheet {

/// The non-empty texts of one row above the header, in column order.
struct PreambleRow {
    uint32_t row = 0;
    std::vector<std::string> texts;
};

/// Keeps the first rows above the header (a bounded number; trackers have a handful).
class Preamble {
public:
    static constexpr size_t kMaxRows = 50;
    void add(PreambleRow row);
    void clear() { rows_.clear(); }
    const std::vector<PreambleRow>& rows() const { return rows_; }

    /// Sets `source`'s title (the first row's text, unless it is a "label: value" pair), its
    /// date (from a "Last updated"/"Date"/"As at" row when it reads as a date) and one
    /// property per other row: "Label" -> "value" for pairs, "Row N" -> text otherwise.
    void describe(findings::Source& source) const;

private:
    std::vector<PreambleRow> rows_;
};

}  // namespace spreadsheet
