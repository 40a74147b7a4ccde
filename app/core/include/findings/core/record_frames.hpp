// Sources and findings on the wire between a worker and the host: the record's fields in a
// compact binary form (integers and doubles as 8 little-endian bytes, strings and lists
// length-prefixed), after a version byte. Parsing JSON for each of a tracker's 100,000 rows
// was most of what isolation cost; this reads at the speed of copying the strings.
//
// The field order is written down once, in record_frames.cpp, from the record structs of
// sdk/records.hpp; tests/core/record_frames_tests.cpp round-trips a record with every field
// set and counts the structs' fields, so a field added to the format and not here fails it.
// A record read from a worker is untrusted: every read is bounds-checked and a malformed
// record throws ProtocolError, which fails that file.
#pragma once

#include <findings/core/table_preview.hpp>
#include <findings/core/worker_frames.hpp>
#include <findings/plugin.h>
#include <findings/sdk/records.hpp>

#include <cstdint>

namespace findings::core::worker {

/// The record encoding's version, the first byte of every Source and Finding frame. Bump it
/// when the field order changes: a host then refuses records from an older worker instead of
/// misreading them.
inline constexpr std::uint8_t kRecordVersion = 1;

/// Appends the source's fields to a Msg::Source frame.
void putSource(FrameWriter& frame, const Source& source);
/// Appends the finding's fields to a Msg::Finding frame.
void putFinding(FrameWriter& frame, const Finding& finding);
/// The same from the C structs a plugin emitted, honouring each struct_size: the bytes equal
/// those of putSource(frame, fromC(source)), with no C++ record built in between.
void putSource(FrameWriter& frame, const fnd_source& source);
/// The same for a finding.
void putFinding(FrameWriter& frame, const fnd_finding& finding);

/// Reads a source from the rest of `frame`, which must hold exactly one. Throws ProtocolError
/// for another version, a truncated record, an impossible count or bytes left over.
Source takeSource(Frame& frame);
/// Reads a finding as takeSource reads a source.
Finding takeFinding(Frame& frame);

/// Appends a table preview (a Msg::Previewed answer).
void putPreview(FrameWriter& frame, const TablePreview& preview);
/// Reads a table preview from the rest of `frame`; throws ProtocolError as takeSource does.
TablePreview takePreview(Frame& frame);

}  // namespace findings::core::worker
