#include <findings/core/link/terms.hpp>

#include <libstemmer.h>

#include <algorithm>
#include <iterator>
#include <cctype>
#include <stdexcept>

namespace findings::core::link {

namespace {

// Function words, and the words every inspection text uses whatever its topic ("local",
// "authority", "children" would otherwise tie every point to every finding). Topic words
// that merely mislead on their own ("oversight", "plans") are data: concepts.json "generic".
constexpr std::string_view kStopWords[] = {
    "a", "about", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
    "do", "does", "during", "each", "few", "for", "from", "further", "had", "has", "have",
    "having", "he", "her", "here", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not",
    "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own",
    "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
    "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "would", "you", "your", "within", "local",
    "authority", "authority's", "council", "ofsted", "inspectors", "inspection", "visit"};

/// Bytes in the UTF-8 sequence that starts at `i` (1 for a stray continuation byte).
size_t sequenceLength(std::string_view text, size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return std::min(n, text.size() - i);
}

/// True when the character at `i` belongs to a word. Letters outside ASCII do; the General
/// Punctuation block (U+2000–U+206F: curly quotes, dashes, bullets), which UTF-8 encodes as
/// E2 80–81 xx, separates words.
bool isWordChar(std::string_view text, size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return std::isalnum(c) != 0;
    if (c == 0xE2 && i + 1 < text.size()) {
        const unsigned char next = static_cast<unsigned char>(text[i + 1]);
        if (next == 0x80 || next == 0x81) return false;
    }
    return true;
}

bool isApostrophe(std::string_view text, size_t i, size_t& length) {
    if (text[i] == '\'') return (length = 1), true;
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) return (length = 3), true;
    return false;
}

}  // namespace

bool isStopWord(std::string_view w) {
    return std::find(std::begin(kStopWords), std::end(kStopWords), w) != std::end(kStopWords);
}

struct TermAnalyzer::Impl {
    sb_stemmer* stemmer = nullptr;
};

TermAnalyzer::TermAnalyzer() : impl_(std::make_unique<Impl>()) {
    impl_->stemmer = sb_stemmer_new("english", "UTF_8");
    if (!impl_->stemmer) throw std::runtime_error("the Snowball English stemmer is not available");
}

TermAnalyzer::~TermAnalyzer() {
    if (impl_ && impl_->stemmer) sb_stemmer_delete(impl_->stemmer);
}

std::string TermAnalyzer::stem(std::string_view word) const {
    const sb_symbol* out = sb_stemmer_stem(
        impl_->stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (!out) return std::string(word);  // out of memory inside the stemmer: the word as it is
    return std::string(reinterpret_cast<const char*>(out),
                       static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

std::vector<Term> TermAnalyzer::terms(std::string_view text) const {
    std::vector<Term> out;
    std::string word;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordChar(text, i)) i += sequenceLength(text, i);
        const size_t start = i;
        word.clear();
        while (i < text.size() && isWordChar(text, i)) {
            const size_t n = sequenceLength(text, i);
            const unsigned char c = static_cast<unsigned char>(text[i]);
            if (n == 1) word += static_cast<char>(std::tolower(c));
            else word.append(text.substr(i, n));
            i += n;
        }
        // "children's" and "children’s": the possessive is not a word of its own.
        size_t apostrophe = 0;
        if (i < text.size() && isApostrophe(text, i, apostrophe) && i + apostrophe < text.size() &&
            (text[i + apostrophe] == 's' || text[i + apostrophe] == 'S') &&
            (i + apostrophe + 1 >= text.size() || !isWordChar(text, i + apostrophe + 1)))
            i += apostrophe + 1;
        if (word.size() < 2 || isStopWord(word)) continue;
        out.push_back({stem(word), start});
    }
    return out;
}

std::vector<std::string> TermAnalyzer::stems(std::string_view text) const {
    std::vector<std::string> out;
    for (auto& t : terms(text)) out.push_back(std::move(t.stem));
    return out;
}

}  // namespace findings::core::link
