// The gate every imported file passes after the host has completed its records: the SDK's
// record check (findings/check/record_check.hpp) over its sources and findings, in memory or
// spooled, so a record `findings validate` would refuse fails the file at once, naming the
// importer, the record and the field.
#pragma once

#include <findings/core/finding_spool.hpp>
#include <findings/core/findings_set.hpp>

#include <string>

namespace findings::core {

/// Throws std::runtime_error with one line ("IMPORTER emitted finding #3 (id \"f-3\"):
/// polarity ... (and N more problems)") when a record of `set` or `spool` (may be null)
/// breaks a rule of the format; returns when every record passes.
void refuseInvalidRecords(const std::string& importerId, const FindingsSet& set,
                          const FindingSpool* spool);

}  // namespace findings::core
