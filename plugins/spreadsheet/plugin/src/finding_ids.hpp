// Stable ids, by the format's policy (findings/sdk/ids.hpp): sources are "src-" and the first
// 12 hex digits of the file's SHA-256, with the sheet's name added for workbooks
// ("src-3f2a9c01b7de-tracker").
// A finding is its source id and the row's Ref when the Ref is usable and not seen before in
// the sheet ("...-WY-01"), else its row ("...-row19"): the same file gives the same ids.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <cstddef>
#include <unordered_set>
#include <vector>

namespace spreadsheet {

/// Source id for one sheet of a workbook: the file's id and a slug of the sheet name, or its
/// position when the slug is empty or `taken`.
std::string sourceIdForSheet(const std::string& fileSourceId, std::string_view sheetName,
                             size_t sheetIndex, const std::unordered_set<std::string>& taken);

/// A set of 64-bit hashes in one array (open addressing): no allocation per row, where a
/// node-based set costs a malloc, a free and about 40 bytes for each.
class HashSet64 {
public:
    /// Adds `hash`; false when it was there already. (0 and 1 count as one value.)
    bool insert(uint64_t hash);

private:
    void grow();
    std::vector<uint64_t> slots_; ///< 0 marks an empty slot; a power of two long
    size_t count_ = 0;
};

/// Hands out finding ids for one source.
class FindingIds {
public:
    explicit FindingIds(std::string sourceId) : sourceId_(std::move(sourceId)) {}
    /// The id for the row: from `ref` when it makes a usable id not handed out yet, else
    /// from the row number.
    std::string next(std::string_view ref, uint64_t row);

private:
    bool take(const std::string& id);
    std::string sourceId_;
    /// Hashes of the ids handed out: a sheet of a million rows keeps at most 32 bytes per row, not
    /// a copy of every id. Two ids with one hash (odds 2^-64) would only make the later row
    /// take its row-based id, which is just as stable.
    HashSet64 used_;
};

/// `text` reduced to letters, digits, '.', '_' and '-' (other runs become one '-'), at most
/// 64 characters, no leading or trailing '-'.
std::string idSlug(std::string_view text);

}  // namespace spreadsheet
