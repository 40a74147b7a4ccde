// What the source view shows for a finding: the original document's text with the
// finding's lines marked, or — for a spreadsheet row, a PDF or a Word file — the row's cells
// or the finding's text and where it is. Offsets are in Unicode code points, the unit a
// text control counts in.
#pragma once

#include <findings/sdk/records.hpp>

#include <cstddef>
#include <string>

namespace findings::studio {

struct SourceExcerpt {
    enum class Kind {
        Text,        ///< the source file's text, with a highlighted range
        Spreadsheet, ///< the row's cells (the finding's properties and action)
        Summary,     ///< not readable as text (Word, a PDF without text): the finding and where it is
        Missing      ///< the source file cannot be read
    };
    Kind kind = Kind::Summary;
    std::string text;            ///< UTF-8, LF line ends
    size_t highlightStart = 0;   ///< code points
    size_t highlightEnd = 0;     ///< code points, exclusive; == start when nothing to mark
    std::string heading;         ///< one line above the text: file name and location
    std::string path;            ///< the source file's full path ("" when none)
};

/// The text of the last file read, so moving between findings of one source reads it once.
struct SourceTextCache {
    std::string path;
    bool readable = false;  ///< the file exists and is text
    bool binary = false;    ///< the file exists but is a PDF, zip container or other binary
    bool fromPdf = false;   ///< utf8 is a PDF's extracted text: find findings by their words
    std::string utf8;       ///< decoded, BOM removed, line ends as in the file
    std::string problem;    ///< why it is not readable
};

/// Builds the excerpt for `finding` from its `source` (which may be null).
SourceExcerpt excerptFor(const Finding& finding, const Source* source, SourceTextCache& cache);

/// "lines 12–14", "Tracker!C5", "page 3" or "" for a location.
std::string locationText(const Location& location);

/// Largest source file shown as text (bigger files get the Summary view).
inline constexpr size_t kMaxSourceTextBytes = 32u * 1024 * 1024;

}  // namespace findings::studio
