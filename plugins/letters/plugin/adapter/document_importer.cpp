#include "document_importer.hpp"

#include "content_digest.hpp"
#include "error_mapping.hpp"
#include "finding_classification.hpp"
#include "finding_ids.hpp"
#include "record_mapping.hpp"

#include <findings/docparse/error.hpp>
#include <findings/docparse/parser.hpp>

namespace letters_plugin {

using findings::docparse::DocparseError;
using findings::docparse::DocumentKind;
using findings::docparse::ParsedDocument;

findings::ComponentInfo describeImporter(std::string id, std::string name, std::string description,
                                         std::vector<std::string> extensions) {
    findings::ComponentInfo info{std::move(id), std::move(name), std::move(description),
                                 std::move(extensions), {}};
    info.options.push_back(findings::OptionSpec::path(
        kThemesOption,
        "Theme taxonomy (JSON) to classify findings with, replacing the shipped one and the "
        "user's themes.json"));
    return info;
}

findings::Identification toIdentification(const findings::docparse::Identification& id) {
    if (id.confidence < 0) return findings::Identification::of(FND_IDENTIFY_UNKNOWN, id.reason);
    std::string reason = id.reason;
    if (id.confidence > 0 && id.kind != DocumentKind::Other)
        reason += " (" + std::string(findings::docparse::kindName(id.kind)) + ")";
    return findings::Identification::of(id.confidence, reason);
}

DocumentImporter::DocumentImporter(findings::ComponentInfo info, ReaderSpec reader,
                                   std::shared_ptr<ThemeClassifierCache> themes)
    : Importer(std::move(info)), reader_(std::move(reader)), themes_(std::move(themes)) {}

void DocumentImporter::import(findings::ImportCall& call) {
    const findings::Host& host = call.host;
    host.throwIfCancelled();
    host.progress(0.0, "reading");
    const std::string bytes = call.input.readAll(reader_.max_input_bytes);
    // Before the slow steps, so a broken taxonomy fails fast.
    const auto classifier = themes_->get(host, call.options);

    host.throwIfCancelled();
    host.progress(0.1, "extracting text");
    ParsedDocument doc;
    try {
        const findings::docparse::Lines lines = readLines(bytes);
        host.throwIfCancelled();
        host.progress(0.4, "parsing");
        doc = findings::docparse::parseDocument(lines);
    } catch (const DocparseError& e) {
        throw toImportError(e);
    }
    host.throwIfCancelled();

    if (doc.kind == DocumentKind::Other)
        host.warning("not-recognised",
                     "no letter, inspection report, article or press release structure found: "
                     "imported as 'other' with no findings");
    else if (doc.paragraphs.empty())
        host.warning("no-findings", std::string("no findings paragraphs found in this ") +
                                        findings::docparse::kindName(doc.kind));

    SourceOrigin origin;
    origin.sha256 = sha256Hex(bytes);
    origin.id = sourceIdFor(origin.sha256);
    origin.format = reader_.format;
    origin.importer = {info().id, kPluginVersion};
    call.sink.emit(toSource(doc, origin, overallDirectionOf(doc)));

    FindingIdAllocator ids(origin.id);
    const std::size_t total = doc.paragraphs.size();
    for (std::size_t i = 0; i < total; ++i) {
        host.throwIfCancelled();
        const findings::docparse::Paragraph& p = doc.paragraphs[i];
        findings::Finding f = toFinding(p, origin.id, ids.next(p, paragraphNumber(p)));
        classifyFinding(f, p, *classifier, extractionCertainty(p, doc.kind, reader_.certainty));
        call.sink.emit(f);
        host.progress(0.5 + 0.5 * static_cast<double>(i + 1) / static_cast<double>(total), "classifying");
    }
    host.progress(1.0, "done");
}

}  // namespace letters_plugin
