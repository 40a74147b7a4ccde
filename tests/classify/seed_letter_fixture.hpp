// The hand-labelled seed-letter fixture, joined to the paragraph texts read from the real
// letters in the corpus. Shared by classify_tests and classify_bench.
#pragma once

#include <string>
#include <vector>

namespace findings::classify::testing {

/// One labelled paragraph of a seed letter.
struct LabelledParagraph {
    std::string letter;               ///< file name in <corpus>/seeds
    std::string section;              ///< "Headline findings" or "Findings and evaluation of progress"
    int paragraph = 0;                ///< 1-based within the section
    std::string text;                 ///< the whole paragraph, reflowed from the letter file
    std::vector<std::string> themes;  ///< gold theme ids, most relevant first
    std::string polarity;             ///< gold polarity
};

/// The paragraphs of a letter's "Headline findings" and "Findings and evaluation of
/// progress" sections, as {section, text}: blank-line blocks with their lines joined, and a
/// block that starts in lower case after one without closing punctuation joined to it (a
/// paragraph broken by a page break). Throws std::runtime_error if the file cannot be read.
std::vector<std::pair<std::string, std::string>> letterParagraphs(const std::string& path);

/// Reads the fixture and fills each paragraph's text from the letter in `seedsDir`,
/// checking that the letter's paragraph starts with the fixture's "text" prefix. Throws
/// std::runtime_error naming the paragraph when the fixture and the letter disagree.
std::vector<LabelledParagraph> loadSeedLabels(const std::string& fixturePath, const std::string& seedsDir);

/// Whether a paragraph's text ends a sentence (. ! ? : or a closing quote).
bool endsSentence(const std::string& s);

/// Joins a block's lines with spaces, except a word hyphenated at a line end ("decision-"
/// + "making"), and collapses runs of spaces.
std::string joinLines(const std::vector<std::string>& lines);

/// The whole content of a file; throws std::runtime_error naming it when unreadable.
std::string readFile(const std::string& path);

}  // namespace findings::classify::testing
