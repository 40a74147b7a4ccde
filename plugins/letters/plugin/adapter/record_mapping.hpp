// ParsedDocument to the findings format's records: the source's metadata and one finding
// per kept paragraph (themes and polarity are added by finding_classification).
#pragma once

#include <findings/docparse/document.hpp>
#include <findings/sdk.hpp>

#include <string>

namespace letters_plugin {

/// What the importer knows about the file beyond what the parser extracted.
struct SourceOrigin {
    std::string id;          ///< stable source id (from the content digest)
    std::string sha256;      ///< of the input bytes
    std::string format;      ///< "text", "docx" or "pdf": the container that was read
    findings::ImporterRef importer;
};

/// The source record: every metadata field the format has, absent values left empty;
/// properties hold the parser's extras, the container format and `overall_direction`
/// when given (letters, articles, press releases).
findings::Source toSource(const findings::docparse::ParsedDocument& doc, const SourceOrigin& origin,
                          const std::string& overallDirection);

/// The `paragraph` field of a finding: a report paragraph's printed number when it has
/// one, else its ordinal within its section.
long long paragraphNumber(const findings::docparse::Paragraph& paragraph);

/// The finding for one paragraph, without classification: id, source, section, paragraph,
/// text, summary, attribution, location, and the paragraph's role (and sub-heading) as
/// properties.
findings::Finding toFinding(const findings::docparse::Paragraph& paragraph, const std::string& sourceId,
                            const std::string& id);

}  // namespace letters_plugin
