// Writing a findings document to disk: streamed record by record into a temporary file
// that replaces the target only once complete, so a million findings never exist twice in
// memory (once as records, once as text) and a failed write leaves the old file intact.
#pragma once

#include <findings/core/finding_spool.hpp>
#include <findings/format/findings_set.hpp>

#include <memory>
#include <string>
#include <vector>

namespace findings::core {

/// Writes `set` to `target` atomically. Refuses (std::runtime_error) when `target` is one of
/// `inputs`, so a document is never overwritten by an import of itself; throws
/// std::runtime_error naming the target and the cause on any write failure.
void writeFindingsFile(const FindingsSet& set, const std::string& target,
                       const std::vector<std::string>& inputs = {});

/// Findings held on disk that belong in a document before set.findings[position].
struct SpooledFindings {
    size_t position = 0;
    std::shared_ptr<FindingSpool> spool;
};

/// The same, with the spooled findings written in their places (`spooled` in position order).
void writeFindingsFile(const FindingsSet& set, const std::vector<SpooledFindings>& spooled,
                       const std::string& target, const std::vector<std::string>& inputs = {});

}  // namespace findings::core
