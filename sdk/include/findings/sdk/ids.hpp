// findings/sdk/ids.hpp — the format's id policy (FORMAT.md, "Ids"), for importers that give
// their records ids and for the host, which gives ids to the records that have none.
//
// Ids are stable: they come from the input's bytes and from where a record stands in it, never
// from the time or the order files were imported, so importing the same file again gives the
// same ids and an edited workbook's rows find their findings again.
//   source id   "src-" + the first 12 hex digits of the file's SHA-256    src-3f2a9c01b7de
//               a second source of one file (a workbook's sheet) adds a part:
//                                                                         src-3f2a9c01b7de-tracker
//   finding id  its source's id + "-" + a part the importer chooses from where the finding
//               stands (a section and paragraph, a tracker's Ref or row)  src-3f2a9c01b7de-WY-03
//               or, when the importer gives none, a four-digit ordinal    src-3f2a9c01b7de-0007
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace findings {

/// How many hex digits of the file's SHA-256 a source id keeps (48 bits: two different files
/// in one document share an id with odds of about n²/2⁴⁹).
inline constexpr std::size_t kSourceIdDigits = 12;

/// The id of the source for a file whose lower-case hex SHA-256 is `sha256`:
/// "src-" and its first kSourceIdDigits digits.
inline std::string sourceIdForDigest(std::string_view sha256) {
    return "src-" + std::string(sha256.substr(0, kSourceIdDigits));
}

/// The id of a record that belongs to `parent` (a finding of a source, a sheet of a file):
/// `parent` + "-" + `part`. `part` should say where the record stands, so it is stable.
inline std::string childId(std::string_view parent, std::string_view part) {
    std::string id;
    id.reserve(parent.size() + 1 + part.size());
    id.append(parent).append(1, '-').append(part);
    return id;
}

/// The id the host gives the `ordinal`-th finding (1-based) of source `sourceId` that its
/// importer left without one: "<sourceId>-0007".
inline std::string ordinalFindingId(std::string_view sourceId, std::size_t ordinal) {
    std::string digits = std::to_string(ordinal);
    if (digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
    return childId(sourceId, digits);
}

}  // namespace findings
