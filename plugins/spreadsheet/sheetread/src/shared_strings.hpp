// Internal: the shared-strings table, loaded once per workbook into one contiguous pool
// (rich-text runs concatenated, phonetic runs dropped, _xHHHH_ escapes decoded).
#pragma once

#include <findings/safezip/entry_reader.hpp>
#include <findings/sheetread/xlsx_limits.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace findings::sheetread::detail {

class SharedStrings {
public:
    /// Parses the part `part` from `reader`. Throws safezip::XmlError for malformed XML or
    /// invalid UTF-8, SheetReadError (LimitExceeded, naming `file`) past the caps.
    void load(safezip::EntryReader& reader, const std::string& file, const std::string& part,
              const XlsxLimits& limits);
    /// Number of strings.
    size_t size() const { return offsets_.size() - 1; }
    /// String `i` (< size()); valid as long as this table.
    std::string_view at(size_t i) const {
        return std::string_view(pool_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]);
    }
    /// True when string `i` was longer than the cap and is held truncated.
    bool isTruncated(size_t i) const;

private:
    std::string pool_;
    std::vector<uint32_t> offsets_{0};   ///< size()+1 entries; the pool is capped below 4 GiB
    std::vector<uint32_t> truncated_;    ///< ascending indices of truncated strings
};

}  // namespace findings::sheetread::detail
