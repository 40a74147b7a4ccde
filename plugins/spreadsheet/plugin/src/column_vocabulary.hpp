// The words trackers use: column names by the field they fill, the text columns whose rows
// are weaknesses by their position, the names of columns that are known but kept as
// properties, and status words. Loaded from data/columns.json shipped beside the plugin,
// which a user may replace with <user data dir>/columns.json.
#pragma once

#include "table_fields.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace spreadsheet {

/// Folds a header or status text for comparison: lower case, "&" to "and", "%" to
/// "percent", text in brackets dropped, other punctuation to spaces, spaces collapsed.
/// A header of only "#" stays "#".
std::string foldName(std::string_view text);

/// How a header matched a field.
struct FieldMatch {
    TableField field;
    int rank = 0;       ///< position of the name in the field's list (lower is preferred)
    bool exact = true;  ///< the whole header is the name (else the header starts with it)
};

class ColumnVocabulary {
public:
    /// The file name inside the data folder and the user's folder.
    static constexpr const char* kFileName = "columns.json";

    /// Parses a vocabulary document; throws std::runtime_error naming `origin` and the fault.
    static ColumnVocabulary fromJson(std::string_view json, const std::string& origin);
    /// The user's file when `userFile` is not empty and exists, else the shipped one.
    /// Throws std::runtime_error naming the file and the cause.
    static ColumnVocabulary loadDefault(const std::string& dataDir, const std::string& userFile);

    /// The field a header names: an exact name first, then the longest name of two or more
    /// words the header starts with. Known-unmapped names ("Progress update") match no field.
    std::optional<FieldMatch> fieldFor(std::string_view header) const;
    /// True when the header is a known column name, mapped or not (for header detection).
    bool isKnownColumn(std::string_view header) const;
    /// True when rows under this text column are weaknesses by their position
    /// ("Area for improvement", "Recommendation").
    bool impliesWeakness(std::string_view header) const;
    /// The status a word means ("R", "Off track", "Completed" ...), or nullopt.
    std::optional<std::string> statusFor(std::string_view word) const;

    /// Where the vocabulary was read from.
    const std::string& origin() const { return origin_; }

private:
    struct Name {
        TableField field;
        int rank;
    };
    std::unordered_map<std::string, Name> names_;
    /// Names of two or more words, longest first, for prefix matching.
    std::vector<std::pair<std::string, Name>> prefixes_;
    std::unordered_set<std::string> unmapped_;
    std::unordered_set<std::string> weakness_;
    std::unordered_map<std::string, std::string> statuses_;
    std::string origin_;
};

}  // namespace spreadsheet
