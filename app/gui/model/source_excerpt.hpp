// What the source view shows for a finding: the document's text as its importer reads it,
// with the finding's lines marked, or — for a spreadsheet row, or a document whose importer
// gives no text — the row's cells or the finding's text and where it is. Offsets are in Unicode code points, the unit a
// text control counts in.
#pragma once

#include "model/source_text.hpp"

#include <findings/sdk/records.hpp>

#include <cstddef>
#include <string>

namespace findings::studio {

struct SourceExcerpt {
    enum class Kind {
        Text,        ///< the source file's text, with a highlighted range
        Spreadsheet, ///< the row's cells (the finding's properties and action)
        Summary,     ///< no text from the importer (it offers none, or failed): the finding and where it is
        Missing,     ///< the source file cannot be read
        Loading      ///< the source's text is being read: shown when it arrives
    };
    Kind kind = Kind::Summary;
    std::string text;            ///< UTF-8, LF line ends
    size_t highlightStart = 0;   ///< code points
    size_t highlightEnd = 0;     ///< code points, exclusive; == start when nothing to mark
    std::string heading;         ///< one line above the text: file name and location
    std::string path;            ///< the source file's full path ("" when none)
};

/// True when the excerpt needs the source document's text (false for a spreadsheet row,
/// which shows the finding's own cells, and for a source read from a findings document).
bool needsSourceText(const Finding& finding, const Source* source);

/// Builds the excerpt for `finding` from its `source` (which may be null) and the source
/// document's `text` (loadSourceText of the source; ignored unless needsSourceText).
SourceExcerpt excerptFor(const Finding& finding, const Source* source, const SourceText& text);

/// What shows while the document's text is read: the heading, and a line saying so.
SourceExcerpt loadingExcerpt(const Finding& finding, const Source* source);
inline constexpr const char* kLoadingText = "Loading the document\u2019s text\u2026";

/// "lines 12–14", "Tracker!C5", "page 3" or "" for a location: every field set.
std::string locationText(const Location& location);

/// Where to look in the document a person has: the page of a PDF (its line numbers are the
/// importer's own extraction, not the text anyone sees), "Tracker!C5" for a spreadsheet
/// row, the lines of a text file; "" when none is known.
std::string sourceLocationText(const Location& location);

}  // namespace findings::studio
