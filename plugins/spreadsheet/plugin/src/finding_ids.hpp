// Stable ids, by the format's policy (findings/sdk/ids.hpp): sources are "src-" and the first
// 12 hex digits of the file's SHA-256, with the sheet's name added for workbooks
// ("src-3f2a9c01b7de-tracker").
// A finding is its source id and the row's Ref when the Ref is usable and not seen before in
// the sheet ("...-WY-01"), else its row ("...-row19"): the same file gives the same ids.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <cstddef>

namespace spreadsheet {

/// Source id for one sheet of a workbook: the file's id and a slug of the sheet name, or its
/// position when the slug is empty or `taken`.
std::string sourceIdForSheet(const std::string& fileSourceId, std::string_view sheetName,
                             size_t sheetIndex, const std::unordered_set<std::string>& taken);

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
    /// Hashes of the ids handed out: a sheet of a million rows keeps 8 bytes per row, not a
    /// copy of every id. Two ids with one hash (odds 2^-64) would only make the later row
    /// take its row-based id, which is just as stable.
    std::unordered_set<uint64_t> used_;
};

/// `text` reduced to letters, digits, '.', '_' and '-' (other runs become one '-'), at most
/// 64 characters, no leading or trailing '-'.
std::string idSlug(std::string_view text);

}  // namespace spreadsheet
