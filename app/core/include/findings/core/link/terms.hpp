// Words to comparable terms for the follow-up linker: lower case, split on anything that is
// not a letter or digit, stop words dropped, each word stemmed with Snowball's English
// stemmer, so "assessments", "assessed" and "assessing" meet as one term.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace findings::core::link {

/// One term of a text, with the byte offset of the word it came from.
struct Term {
    std::string stem;
    size_t offset = 0; ///< byte offset of the word in the analysed text
};

/// Turns text into stemmed terms. Not thread-safe (the stemmer keeps state): one per thread.
class TermAnalyzer {
public:
    TermAnalyzer();
    ~TermAnalyzer();
    TermAnalyzer(const TermAnalyzer&) = delete;
    TermAnalyzer& operator=(const TermAnalyzer&) = delete;

    /// Every content word of `text` as a stem, in order. Stop words are dropped; so are
    /// words of one letter.
    std::vector<Term> terms(std::string_view text) const;
    /// The stems alone.
    std::vector<std::string> stems(std::string_view text) const;
    /// The stem of one lower-case word.
    std::string stem(std::string_view word) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// True for a function word ("the", "of", "has") that says nothing about a topic.
bool isStopWord(std::string_view lowerWord);

}  // namespace findings::core::link
