// How sources are named and grouped for people: the display name of a source, and the
// "visit" a source reports on, which is the column of the progress matrix and the unit of
// the Visit filter. Toolkit-neutral so the table, the filters and the matrix agree.
#pragma once

#include <findings/sdk/records.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace findings::studio {

/// The source's title; an untitled source (a press release or news article, whose
/// importer found no headline) is named by what it is and when: "Press release ·
/// 2023-06-14", else what it is and its file name; a source of unknown kind by its file
/// name, else its id. Never a bare file name when the kind says more to an officer.
std::string sourceDisplayName(const Source& source);

/// A short name that tells sources apart where titles do not (every monitoring letter is
/// "Monitoring visit to …"): what the source is and its date, "Monitoring letter ·
/// 2024-03-27"; its file name when it has no date; a tracker by its title (people name
/// trackers). The most telling part first, so a narrow column still shows it.
std::string sourceShortName(const Source& source);

/// sourceShortName of every source, made unique within the set: prefixed with the local
/// authority when the sources come from more than one, then given their file name (and
/// if need be a number) where two would still read the same.
std::vector<std::string> distinctSourceNames(const std::vector<Source>& sources);

/// "Monitoring letter", "News article", … for a source kind; "" for an empty kind.
std::string sourceKindLabel(std::string_view kind);

/// `text` shortened to at most `maxCodePoints` code points, cut at a word boundary where
/// there is one and ended with "…"; unchanged when it fits. UTF-8 safe.
std::string ellipsized(std::string_view text, size_t maxCodePoints);
/// `text` shortened to at most `maxCodePoints` code points by cutting out its middle
/// ("herefordshire-mon…2024-03.txt"): keeps the end, where names that share a start differ.
std::string ellipsizedMiddle(std::string_view text, size_t maxCodePoints);

/// The key that groups sources reporting on the same visit: sources about one visit (the
/// letter, a news article, a press release) share the visit's start date; a source with no
/// visit dates groups by its ordinal, and one with neither stands alone. The local authority
/// is part of the key so two councils' "visit 3" never merge.
std::string visitKey(const Source& source);

/// The date a source is ordered by: its visit's start, else its own date ("" when unknown).
std::string sourceSortDate(const Source& source);

/// "Visit 3 · 2024-05-14", "2024-06-12", "Visit 3 · undated" or "Undated · <name>": the
/// Visit column's text. Undated visits sort last (see sourceSortDate).
std::string visitLabel(const Source& source);

/// The overall judgement of a full report ("Inadequate"): the judgement whose area names
/// "overall", else the first graded one; "" for a source without judgements.
std::string overallJudgement(const Source& source);

/// A taxonomy label shortened for a table cell: the part before the first colon
/// ("Workforce: recruitment, retention…" → "Workforce").
std::string shortThemeLabel(std::string_view label);

/// "Strength", "Weakness", … for an enumerated value (polarity, review state, action
/// status); the value itself with its first letter upper-cased when it is not known.
std::string enumLabel(std::string_view value);

}  // namespace findings::studio
