// The hand-labelled paragraph set (fixtures/labels.json): paragraphs of every report era,
// some located in the corpus's inspection reports (read at test time from their text as
// pdftotext gives it, never copied into the repository), some written for the fixture.
// Shared by classify_tests and classify_bench.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace findings::classify::testing {

/// One labelled paragraph of the set.
struct LabelledText {
    std::string source;               ///< "<report> ¶<n>" for corpus paragraphs, "written #<i>" otherwise
    std::string era;                  ///< "sif", "ilacs", "monitoring" or "focused"
    std::string split;                ///< "dev" (may be looked at while tuning) or "heldout"
    bool fromCorpus = false;
    std::string text;
    std::vector<std::string> themes;  ///< gold theme ids, most relevant first
    std::string polarity;             ///< gold polarity
};

/// The numbered paragraphs of a report's plain text (pdftotext without -layout), as
/// {number, text}. A paragraph starts at a line "12. Text" or a line "12." alone (the 2014
/// layout) and ends at the next numbered line, or at a blank line after a line that ends a
/// sentence (a heading follows). Page furniture is skipped: lines of page numbers, and lines
/// of 12 or more characters repeated three or more times (running headers and footers).
/// A number may occur more than once (recommendations and findings are numbered apart).
std::vector<std::pair<int, std::string>> numberedParagraphs(const std::string& reportText);

/// Reads the labelled set. Paragraphs located in a report are read from
/// `<reportTextDir>/<report>.txt` and checked against their "starts" prefix; when
/// `reportTextDir` is empty they are left out (the corpus is not available). Throws
/// std::runtime_error naming the paragraph when the fixture is malformed or disagrees with
/// the report.
std::vector<LabelledText> loadLabelledSet(const std::string& fixturePath, const std::string& reportTextDir);

}  // namespace findings::classify::testing
