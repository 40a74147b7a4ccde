// Findings kept in a temporary file instead of memory. A tracker row held as a Finding costs
// about 1.4 KB (the struct and its strings), so a million-row import would hold 1.4 GB; as
// record frames (record_frames.hpp) on disk it costs nothing but disk, and the findings
// document is written from the file one finding at a time. Used by `findings import` for
// files past ImportSettings::spoolAbove findings.
#pragma once

#include <findings/sdk/records.hpp>

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace findings::core {

class FindingSpool {
public:
    /// Creates an anonymous temporary file in $TMPDIR (or /tmp), removed when closed.
    /// Throws std::runtime_error when it cannot.
    FindingSpool();
    ~FindingSpool();
    FindingSpool(const FindingSpool&) = delete;
    FindingSpool& operator=(const FindingSpool&) = delete;

    /// Appends a finding. Throws std::runtime_error when the disk is full.
    void add(const Finding& finding);
    /// How many findings it holds.
    size_t size() const { return count_; }
    /// Hands each finding to `visit`, in the order they were added.
    void forEach(const std::function<void(Finding&)>& visit) const;
    /// Rewrites every finding through `edit`, dropping those for which it returns false.
    void rewrite(const std::function<bool(Finding&)>& edit);

private:
    std::FILE* file_ = nullptr;
    size_t count_ = 0;
};

}  // namespace findings::core

namespace findings::core {

/// Gathers one file's findings as they arrive. In memory they are kept in blocks joined once
/// at the end, since a vector grown one push at a time holds its old and new buffers together
/// at each doubling. Past `spoolAbove` findings (0: never) they all move to a FindingSpool.
class FindingCollector {
public:
    explicit FindingCollector(size_t spoolAbove) : spoolAbove_(spoolAbove) {}
    void add(Finding&& finding);
    /// Hands over what was gathered: appended to `findings`, or, when it spilled, as the
    /// spool (and `findings` is left alone).
    std::shared_ptr<FindingSpool> finish(std::vector<Finding>& findings);

private:
    size_t spoolAbove_;
    size_t count_ = 0;
    std::vector<std::vector<Finding>> blocks_;
    std::shared_ptr<FindingSpool> spool_;
};

}  // namespace findings::core
