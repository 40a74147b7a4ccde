// First-word phrase index (see phrase_index.hpp).
#include "phrase_index.hpp"

#include <algorithm>
#include <string_view>

namespace findings::classify::detail {

namespace {

// Prefix patterns are found through the first letters of their stem, which every word
// they match shares; stems are at least this long (phrase syntax rule).
constexpr std::size_t kStemKeyLength = 3;

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

/// Which kind of first word a key is for, so "pa" the word and "PA" the acronym differ.
enum class KeyKind : std::uint64_t { Exact = 0, Prefix = 1, Acronym = 2 };

std::uint64_t fnv(std::uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * kFnvPrime; }

std::uint64_t fnv(std::string_view s) {
    std::uint64_t h = kFnvOffset;
    for (char c : s) h = fnv(h, c);
    return h;
}

constexpr std::size_t kFilterBits = 8192;

/// The filter bit of a key: bits of the hash the table does not use for its slot.
std::size_t filterBitOf(std::uint64_t key) { return static_cast<std::size_t>(key >> 40) & (kFilterBits - 1); }

/// The table slot to start probing at: the key's bits folded so that low bits vary.
std::size_t slotOf(std::uint64_t key, std::size_t mask) {
    return static_cast<std::size_t>(key ^ (key >> 31)) & mask;
}

std::uint64_t keyOf(std::uint64_t hash, KeyKind kind) {
    return hash ^ (static_cast<std::uint64_t>(kind) * 0x9E3779B97F4A7C15ull);
}

}  // namespace

std::uint32_t PhraseIndex::add(PhrasePattern pattern) {
    const auto id = static_cast<std::uint32_t>(patterns_.size());
    const PatternWord& first = pattern.words.front();
    std::uint64_t key = 0;
    switch (first.kind) {
        case PatternWord::Kind::Exact: key = keyOf(fnv(first.text), KeyKind::Exact); break;
        case PatternWord::Kind::Acronym: key = keyOf(fnv(first.text), KeyKind::Acronym); break;
        case PatternWord::Kind::Prefix:
            key = keyOf(fnv(std::string_view(first.text).substr(0, kStemKeyLength)), KeyKind::Prefix);
            break;
    }
    pending_.emplace_back(key, id);
    patterns_.push_back(std::move(pattern));
    return id;
}

void PhraseIndex::finish() {
    std::stable_sort(pending_.begin(), pending_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t capacity = 16;
    while (capacity < 2 * pending_.size()) capacity *= 2;
    slots_.assign(capacity, Slot{});
    filter_.assign(kFilterBits / 64, 0);
    ids_.clear();
    for (std::size_t i = 0; i < pending_.size();) {
        const std::uint64_t key = pending_[i].first;
        Slot slot{key, static_cast<std::uint32_t>(ids_.size()), 0};
        for (; i < pending_.size() && pending_[i].first == key; ++i, ++slot.count) ids_.push_back(pending_[i].second);
        std::size_t at = slotOf(key, capacity - 1);
        while (slots_[at].count != 0) at = (at + 1) & (capacity - 1);
        slots_[at] = slot;
        filter_[filterBitOf(key) / 64] |= std::uint64_t{1} << (filterBitOf(key) % 64);
    }
    pending_.clear();
    pending_.shrink_to_fit();
}

bool PhraseIndex::matchesFrom(const PhrasePattern& p, const TokenizedText& text,
                              std::uint32_t first) const {
    if (first + p.words.size() > text.tokens.size()) return false;
    const std::uint32_t sentence = text.tokens[first].sentence;
    for (std::size_t k = 0; k < p.words.size(); ++k) {
        const std::size_t t = first + k;
        if (text.tokens[t].sentence != sentence) return false;  // never across sentences
        if (!wordMatches(p.words[k], text, t)) return false;
    }
    return true;
}

void PhraseIndex::collect(std::uint64_t key, const TokenizedText& text, std::uint32_t first,
                          std::vector<PhraseMatch>& out) const {
    if (slots_.empty()) return;
    const std::size_t bit = filterBitOf(key);
    if (!(filter_[bit / 64] & (std::uint64_t{1} << (bit % 64)))) return;
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = slotOf(key, mask);
    while (slots_[at].count != 0 && slots_[at].key != key) at = (at + 1) & mask;
    const Slot& slot = slots_[at];
    for (std::uint32_t k = 0; k < slot.count; ++k) {
        const std::uint32_t id = ids_[slot.begin + k];
        if (!matchesFrom(patterns_[id], text, first)) continue;
        // A plural can reach the same pattern through two keys ("boxes": "boxe", "box").
        bool seen = false;
        for (auto it = out.rbegin(); it != out.rend() && it->first == first; ++it)
            if (it->pattern == id) { seen = true; break; }
        if (!seen) out.push_back({id, first, static_cast<std::uint32_t>(patterns_[id].words.size())});
    }
}

void computeWordKeys(const TokenizedText& text, std::vector<WordKeys>& keys) {
    keys.resize(text.tokens.size());
    for (std::size_t i = 0; i < text.tokens.size(); ++i) {
        const std::string_view w = text.word(i);
        const std::size_t n = w.size();
        // One pass gives the hashes of the word, of its first letters and of the word
        // without its last one, two or three letters (for the singulars).
        std::uint64_t h = kFnvOffset, stem = 0, less1 = 0, less2 = 0, less3 = 0;
        for (std::size_t k = 0; k < n; ++k) {
            if (k == kStemKeyLength) stem = h;
            if (k + 1 == n) less1 = h;
            if (k + 2 == n) less2 = h;
            if (k + 3 == n) less3 = h;
            h = fnv(h, w[k]);
        }
        if (n == kStemKeyLength) stem = h;
        WordKeys& k = keys[i];
        k = WordKeys{};
        k.whole = keyOf(h, KeyKind::Exact);
        if (n > 2 && w[n - 1] == 's') {
            k.withoutS = keyOf(less1, KeyKind::Exact);
            if (n > 3 && w[n - 2] == 'e') {
                k.withoutEs = keyOf(less2, KeyKind::Exact);
                if (w[n - 3] == 'i') k.iesToY = keyOf(fnv(less3, 'y'), KeyKind::Exact);
            }
        }
        if (n >= kStemKeyLength) k.stem = keyOf(stem, KeyKind::Prefix);
        if (text.tokens[i].acronym) k.acronym = keyOf(fnv(text.acronymStem(i)), KeyKind::Acronym);
    }
}

void PhraseIndex::findAll(const TokenizedText& text, std::vector<PhraseMatch>& out, bool dropContained) const {
    std::vector<WordKeys> keys;
    computeWordKeys(text, keys);
    findAll(text, keys, out, dropContained);
}

void PhraseIndex::findAll(const TokenizedText& text, const std::vector<WordKeys>& keys,
                          std::vector<PhraseMatch>& out, bool dropContained) const {
    out.clear();
    for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
        const std::size_t before = out.size();
        const WordKeys& k = keys[i];
        collect(k.whole, text, i, out);
        if (k.withoutS) collect(k.withoutS, text, i, out);
        if (k.withoutEs) collect(k.withoutEs, text, i, out);
        if (k.iesToY) collect(k.iesToY, text, i, out);
        if (k.stem) collect(k.stem, text, i, out);
        if (k.acronym) collect(k.acronym, text, i, out);
        // Longest first within one start token, so containment checks see the long one first.
        if (out.size() - before > 1)
            std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                      [](const PhraseMatch& a, const PhraseMatch& b) { return a.count > b.count; });
    }
    if (!dropContained || out.size() < 2) return;

    // A match is dropped when another, strictly longer match covers all of its tokens.
    std::vector<PhraseMatch> kept;
    kept.reserve(out.size());
    for (std::size_t a = 0; a < out.size(); ++a) {
        bool contained = false;
        for (std::size_t b = 0; b < out.size() && !contained; ++b) {
            if (out[b].first > out[a].first) break;  // sorted by first token
            contained = out[b].count > out[a].count && out[b].first <= out[a].first &&
                        out[b].end() >= out[a].end();
        }
        if (!contained) kept.push_back(out[a]);
    }
    out.swap(kept);
}

}  // namespace findings::classify::detail
