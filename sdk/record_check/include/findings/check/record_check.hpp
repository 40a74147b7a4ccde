// findings/check/record_check.hpp — checks the records an importer emits against the rules of
// the findings format, before they reach a document.
//
// The host runs it on every file it imports, so a record `findings validate` would refuse
// fails its file at once, naming the importer, the record and the field; `findings
// plugin-check` and the test harness (findings/plugin_check/) run the same checks for plugin
// authors. The rules, per record:
//  - every enumerated field holds one of the values listed in findings/sdk/records.hpp (a
//    test keeps those lists equal to the schema's enums);
//  - confidences are 0..1 or absent (negative); location lines, pages, rows and columns are
//    1 or more, character offsets and paragraphs 0 or more, a visit's ordinal 1 or more;
//  - dates are days of the calendar in ISO form, YYYY-MM-DD or YYYY-MM (findings/civil_date.hpp);
//  - a digest is 64 lower-case hex digits; every string is valid UTF-8;
// and between records (record_ids.hpp): unique source and finding ids, every finding's source
// and every link's target in the set.
// Empty ids and an empty finding source are not problems: the host fills them (see
// sdk/README.md) before it checks a file's records.
#pragma once

#include <findings/sdk/records.hpp>

#include <findings/check/record_ids.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace findings::check {

/// One record that breaks a rule.
struct RecordProblem {
    enum class Record { Source, Finding };
    Record record = Record::Finding;
    std::size_t index = 0; ///< 0-based, in emission order among records of its kind
    std::string id;        ///< the record's id, or empty
    std::string field;     ///< e.g. "polarity", "location.page", "links[0].relation"
    std::string message;   ///< what is wrong, beginning with the value: "\"good\" is not one of ..."
};

/// "finding #3 (id \"f-3\"): polarity \"good\" is not one of strength, weakness, mixed,
/// neutral" (#N counts from 1).
std::string describe(const RecordProblem& problem);

/// "uk.x.bad emitted finding #3 (id \"f-3\"): polarity ... ; source #1 ...: ... (and 7 more
/// problems)": the first `shown` problems of `problems`, of `total` found in all, on one line.
std::string describeProblems(std::string_view emitter, const std::vector<RecordProblem>& problems,
                             std::size_t total, std::size_t shown = 3);

/// Checks records one at a time, as they are emitted. Keeps the first `maxProblems` problems
/// and counts the rest, so a plugin that emits a million bad records costs no memory.
class RecordChecker {
public:
    explicit RecordChecker(std::size_t maxProblems = 10);
    /// Makes room for this many records' ids, when they are known beforehand.
    void reserve(std::size_t sources, std::size_t findings) { ids_.reserve(sources, findings); }

    /// Checks one source and notes its id.
    void source(const Source& source);
    /// Checks one finding and notes its id and references.
    void finding(const Finding& finding);
    /// Checks the references that could not be resolved as they arrived (a finding before its
    /// source, a link to a later finding). Call once, after the last record.
    void finish();

    /// The problems kept, in the order found.
    const std::vector<RecordProblem>& problems() const { return problems_; }
    /// Every problem found, kept or not.
    std::size_t problemCount() const { return count_; }
    /// True when no record broke a rule.
    bool ok() const { return count_ == 0; }

private:
    class Fields;  // record_check.cpp: the per-field rules
    void add(RecordProblem problem);

    std::size_t max_;
    std::size_t count_ = 0;
    std::size_t sources_ = 0, findings_ = 0;
    std::vector<RecordProblem> problems_;
    RecordIds ids_;
};

/// True when `text` is well-formed UTF-8: the rule every string crossing the boundary
/// passes (record fields, and a document_text extension's text).
bool isValidUtf8(std::string_view text);

/// Checks a whole set of records: every source, then every finding, then the references.
/// Returns the checker, whose problems() and problemCount() say what was found.
RecordChecker checkRecords(const std::vector<Source>& sources,
                           const std::vector<Finding>& findings, std::size_t maxProblems = 10);

}  // namespace findings::check
