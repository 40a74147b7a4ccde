// The in-memory findings set: every source and finding of one document, in order.
// Records are the SDK's own value types (findings/sdk/records.hpp), so what a plugin emits
// and what the host holds are the same thing.
#pragma once

#include <findings/sdk/records.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace findings {

/// The format version this build writes.
inline constexpr const char* kFormatVersion = "1.1";
/// The format's name, the value of the document's "format" key.
inline constexpr const char* kFormatName = "findings";

struct FindingsSet {
    std::vector<Source> sources;
    std::vector<Finding> findings;

    /// Index of the source with this id, or -1.
    std::int64_t findSource(std::string_view id) const;
    /// Appends another set (e.g. the result of one more import).
    void append(FindingsSet other);
};

}  // namespace findings
