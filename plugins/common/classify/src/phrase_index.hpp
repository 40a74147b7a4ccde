// Finds every occurrence of many phrases in a tokenized text in one pass: phrases are
// indexed by a hash of their first word (or of the first three letters of a "stem*"), so
// each token costs a few integer look-ups whatever the number of phrases.
#pragma once

#include "phrase_pattern.hpp"

#include <cstdint>
#include <vector>

namespace findings::classify::detail {

/// One occurrence of a phrase: which pattern, and the tokens it covers.
struct PhraseMatch {
    std::uint32_t pattern = 0;  ///< id returned by PhraseIndex::add
    std::uint32_t first = 0;    ///< first token
    std::uint32_t count = 0;    ///< number of tokens
    std::uint32_t end() const { return first + count; }
};

/// The look-up keys of one token: hashes of the word, of its possible singulars and of its
/// first letters. Computed once per text and shared by every index searched.
struct WordKeys {
    std::uint64_t whole = 0;
    std::uint64_t withoutS = 0;    ///< "plans" -> "plan" (0 when the word does not end in s)
    std::uint64_t withoutEs = 0;   ///< "boxes" -> "box"
    std::uint64_t iesToY = 0;      ///< "agencies" -> "agency"
    std::uint64_t stem = 0;        ///< first three letters, for "stem*" patterns (0 if shorter)
    std::uint64_t acronym = 0;     ///< the acronym without plural "s" (0 if not an acronym)
};

/// The keys of every token of `text`, for PhraseIndex::findAll.
void computeWordKeys(const TokenizedText& text, std::vector<WordKeys>& keys);

/// An index of phrase patterns. Built once, then read-only and safe to share.
class PhraseIndex {
public:
    /// Adds a pattern and returns its id (0, 1, 2... in order of adding).
    std::uint32_t add(PhrasePattern pattern);
    /// Builds the look-up table; call once after the last add() and before findAll().
    void finish();

    /// All matches in `text`, ordered by first token then by length (longest first).
    /// With `dropContained`, a match lying inside a longer match is left out
    /// ("strategy discussion" hides "strategy"; "management oversight" survives beside
    /// "senior management"), while matches of equal span are all kept.
    /// `keys` must come from computeWordKeys(text).
    void findAll(const TokenizedText& text, const std::vector<WordKeys>& keys,
                 std::vector<PhraseMatch>& out, bool dropContained) const;
    /// The same, computing the keys itself (for a single index).
    void findAll(const TokenizedText& text, std::vector<PhraseMatch>& out, bool dropContained) const;

    /// The pattern with this id.
    const PhrasePattern& pattern(std::uint32_t id) const { return patterns_[id]; }
    /// Number of patterns.
    std::size_t size() const { return patterns_.size(); }

private:
    /// One slot of the open-addressing table: a first-word key and its pattern ids.
    /// The hash is the key: candidates are always checked word by word, so a collision
    /// costs a failed check, never a wrong match.
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t begin = 0;  // into ids_
        std::uint32_t count = 0;  // 0: empty slot
    };

    void collect(std::uint64_t key, const TokenizedText& text, std::uint32_t first,
                 std::vector<PhraseMatch>& out) const;
    bool matchesFrom(const PhrasePattern& p, const TokenizedText& text, std::uint32_t first) const;

    std::vector<PhrasePattern> patterns_;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> pending_;  // (key, id) until finish()
    std::vector<Slot> slots_;         // power-of-two sized, at most half full
    std::vector<std::uint32_t> ids_;  // pattern ids grouped by key
    // One bit per key hash: most words of a text start no phrase, and a bit test in a
    // 1 KB array rejects them without touching the table.
    std::vector<std::uint64_t> filter_;
};

}  // namespace findings::classify::detail
