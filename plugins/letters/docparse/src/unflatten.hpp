// Documents flattened onto one line (a report pasted from a web page or a PDF viewer that
// lost every line break) (internal).
#pragma once

#include "findings/docparse/line.hpp"

namespace findings::docparse::detail {

/// Lines of more than 2,000 bytes are cut back into the lines they came from at the cues
/// that always start one: front-matter labels ("Inspection dates:", "Lead inspector:"),
/// the genre's section and judgement headings, bullets, and numbered paragraphs after a
/// sentence end. A run of two or more spaces, where flattening turned a blank line into
/// spaces, becomes a blank line again. Segments keep their line number and byte offsets.
/// Other lines pass through unchanged.
Lines unflattenLongLines(const Lines& lines);

}  // namespace findings::docparse::detail
