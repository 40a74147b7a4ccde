// findings/check/record_ids.hpp — the rules between the records of one findings set: source
// ids and finding ids are unique, every finding names a source of the set, every link names
// a finding of the set other than its own.
//
// One implementation for both places that check them: the host's record check at the import
// sink (record_check.hpp, on C++ records) and `findings validate` (on JSON documents). Each
// words its messages for its own readers; the bookkeeping is this class.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace findings::check {

/// Ids, each with the index of the record that has it: the characters in one arena and the
/// entries in one open-addressed table, so a set of 100,000 findings costs no allocation per
/// id (a node-based map costs two, and a cache miss to find each).
class IdTable {
public:
    /// Makes room for this many ids.
    void reserve(std::size_t ids);
    /// Adds `id` for record `index`; returns the index of the record that has it already when
    /// there is one (and keeps that), nullopt when the id is new.
    std::optional<std::size_t> add(std::string_view id, std::size_t index);
    /// Whether some record has `id`.
    bool contains(std::string_view id) const;

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::size_t offset = 0;         ///< where the id starts in the arena
        std::size_t index = kEmpty;     ///< the record's index; kEmpty for a free slot
        std::uint32_t length = 0;       ///< the id's length in bytes
    };
    static constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);
    /// The slot holding `id`, or the free slot where it would go.
    std::size_t find(std::string_view id, std::uint64_t hash) const;
    void grow(std::size_t slots);
    std::vector<Slot> slots_; ///< a power of two long, at most half full
    std::string arena_;       ///< every id, back to back
    std::size_t count_ = 0;
};

/// Collects ids and references as records arrive, in any order, and says which references
/// name nothing once every record has been seen. Holds every id once, and only the references
/// that could not be resolved when they were noted (a finding normally follows its source).
class RecordIds {
public:
    /// A reference that names no record of the set, or a link from a finding to itself.
    struct Unresolved {
        std::size_t finding = 0;  ///< 0-based index of the finding that refers
        /// 0-based index of the link among the finding's links, or kSource for its source
        std::size_t link = kSource;
        std::string from;         ///< the referring finding's id (may be empty)
        std::string target;       ///< the id named
        bool self = false;        ///< a link to the finding that holds it
    };
    /// Value of Unresolved::link for the finding's `source` reference.
    static constexpr std::size_t kSource = static_cast<std::size_t>(-1);

    /// Makes room for this many ids, when they are known beforehand (a whole set).
    void reserve(std::size_t sources, std::size_t findings) {
        sources_.reserve(sources);
        findings_.reserve(findings);
    }

    /// Notes source `index` with `id`; returns the index of the earlier source with the same
    /// id when there is one (a duplicate), nullopt otherwise.
    std::optional<std::size_t> addSource(const std::string& id, std::size_t index);
    /// Notes finding `index` with `id`; like addSource, for findings.
    std::optional<std::size_t> addFinding(const std::string& id, std::size_t index);

    /// Notes that finding `finding` (whose id is `from`) names source `source`.
    void referToSource(std::size_t finding, const std::string& from, const std::string& source);
    /// Notes that link `link` of finding `finding` (whose id is `self`) names `target`.
    void linkTo(std::size_t finding, std::size_t link, const std::string& target,
                const std::string& self);

    /// The references that name nothing, in the order they were noted; call after the last
    /// record. Links to themselves are among them (self = true).
    std::vector<Unresolved> unresolved() const;

private:
    IdTable sources_, findings_;
    std::vector<Unresolved> pending_;
};

}  // namespace findings::check
