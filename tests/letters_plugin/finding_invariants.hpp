// What every finding of a letter import must satisfy, whatever the document: ids tied to
// their source, a valid polarity and confidence, a location, and the role-specific fields
// (improvement points are weaknesses with an action; quotations have an attribution).
#pragma once

#include <findings/format/findings_set.hpp>

#include <string>

namespace letters_plugin_test {

/// Asserts the invariants for every finding of `source`; `pages` says whether locations
/// must carry a page (PDF input).
void checkFindingInvariants(const findings::FindingsSet& set, const findings::Source& source, bool pages);

/// Asserts that every finding of these roles has at least one theme: the paragraphs of a
/// letter's or report's own sections always concern some area of practice.
void checkThemedRoles(const findings::FindingsSet& set, const findings::Source& source);

/// Share (0..1) of the source's findings that carry at least one theme.
double themedShare(const findings::FindingsSet& set, const findings::Source& source);

/// Asserts that each finding's char_start..char_end of the file's bytes begins with the
/// first word of its text, or holds it for a quotation inside a paragraph (UTF-8 text
/// input, where decoded offsets are byte offsets).
void checkLocationsPointAtText(const findings::FindingsSet& set, const findings::Source& source,
                               const std::string& fileBytes);

}  // namespace letters_plugin_test
