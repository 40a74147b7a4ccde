// The gate every imported file passes as the host completes its records: the SDK's record
// check (findings/check/record_check.hpp) over its sources and findings, in memory or
// spooled, so a record `findings validate` would refuse fails the file at once, naming the
// importer, the record and the field. It is fed record by record from the host's completion
// pass, so a spooled import's findings are read back once for both.
#pragma once

#include <findings/check/record_check.hpp>
#include <findings/format/findings_set.hpp>

#include <string>

namespace findings::core {

/// The check of one import's records, each handed over once it is complete.
class ImportGate {
public:
    /// `sources` and `findings`: how many records will come, to size the id tables.
    ImportGate(std::string importerId, std::size_t sources, std::size_t findings);
    void source(const Source& source) { checker_.source(source); }
    void finding(const Finding& finding) { checker_.finding(finding); }
    /// After the last record: throws std::runtime_error with one line ("IMPORTER emitted
    /// finding #3 (id \"f-3\"): polarity ... (and N more problems)") when a record broke a
    /// rule of the format; returns when every record passed.
    void finish();

private:
    std::string importerId_;
    check::RecordChecker checker_;
};

}  // namespace findings::core
