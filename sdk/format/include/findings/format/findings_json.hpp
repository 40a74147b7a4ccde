// Reading and writing the findings format (sdk/FORMAT.md) as JSON.
#pragma once

#include <findings/format/findings_set.hpp>

#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace findings {

/// A document that is not a findings document of a version this build reads. The message
/// says why ("version 2.0 is not supported: this build reads 1.x").
class FormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Streams a findings document record by record, so a writer never needs the whole set in
/// memory: begin(), source()..., findings(), finding()..., end().
class FindingsJsonWriter {
public:
    explicit FindingsJsonWriter(std::ostream& out);
    ~FindingsJsonWriter();
    void begin();
    void source(const Source& s);
    /// Closes the sources and opens the findings; call once, after the last source.
    void findings();
    void finding(const Finding& f);
    /// Writes `count` findings from `first` on, exactly as finding() would one by one; a
    /// long run is turned into text on two threads and written in order.
    void findings(const Finding* first, size_t count);
    void end();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Writes `set` as a findings document, pretty-printed, streaming in chunks.
void writeFindingsJson(const FindingsSet& set, std::ostream& out);
/// The same, into a string.
std::string findingsToJson(const FindingsSet& set);

/// Parses a findings document. Accepts any 1.x version; throws FormatError otherwise or when
/// the text is not a findings document. Unknown keys of a later 1.x are ignored.
FindingsSet parseFindingsJson(std::string_view json);
/// Reads a findings file; FormatError messages are prefixed with the path.
FindingsSet readFindingsFile(const std::string& path);

/// Checks the "format" and "version" keys only; throws FormatError with the reason.
void checkFormatVersion(std::string_view format, std::string_view version);

}  // namespace findings
