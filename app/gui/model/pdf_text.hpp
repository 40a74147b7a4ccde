// A PDF's text for the source view, and where a finding's words stand in it.
//
// The PDF importer (poppler, GPL) lives in its own plugin, and the plugin ABI has no "give me
// the document's text" call, so the view asks poppler's `pdftotext` tool, run as a separate
// process (no GPL code linked here). Its layout differs a little from the importer's, so
// line numbers cannot be trusted across the two: the finding is found by its words instead.
#pragma once

#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace findings::studio {

/// The PDF's text in reading order, pages separated by form feeds, or nullopt with
/// `problem` set when it cannot be extracted (no pdftotext, damaged file, timeout).
/// `tool` is the extractor to run; tests point it at a missing program. When `cancel` is
/// set to true while the extractor runs, it is killed and nullopt returned within a tenth
/// of a second (the reviewer has moved on to another document).
std::optional<std::string> extractPdfText(const std::string& path, std::string& problem,
                                          const std::string& tool = "pdftotext",
                                          const std::atomic<bool>* cancel = nullptr);

/// The byte range [begin, end) of `needle`'s words in `haystack`, matching word by word so
/// line breaks, column gaps and bullets between words do not matter; the search starts at
/// page `page` (1-based, pages split by form feeds) when given and falls back to the whole
/// text. {0, 0} when the words are not found.
std::pair<size_t, size_t> locateWords(std::string_view haystack, std::string_view needle,
                                      long page = -1);

}  // namespace findings::studio
