#include "document_importer.hpp"

#include "authority_directory_cache.hpp"
#include "content_digest.hpp"
#include "error_mapping.hpp"
#include "finding_classification.hpp"
#include "finding_ids.hpp"
#include "record_mapping.hpp"

#include <findings/classify/call_classifier.hpp>
#include <findings/docparse/error.hpp>
#include <findings/docparse/parser.hpp>
#include <findings/docparse/readers.hpp>
#include <findings/docparse/sniff.hpp>
#include <findings/sdk/ids.hpp>

#include <algorithm>

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

std::string lowerExtension(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
    std::string ext(path.substr(dot + 1));
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

findings::Identification claimIfMisnamed(const findings::IdentifyCall& call, const std::vector<std::string>& extensions) {
    const std::string ext = lowerExtension(call.path);
    if (std::find(extensions.begin(), extensions.end(), ext) == extensions.end())
        return findings::Identification::of(FND_IDENTIFY_UNKNOWN, "not a ." + extensions.front() + " file");
    const auto kind = findings::docparse::sniffContent(call.head);
    if (kind == findings::docparse::ContentKind::Other || kind == findings::docparse::ContentKind::Empty)
        return findings::Identification::of(FND_IDENTIFY_UNKNOWN, "unrecognised content");
    return findings::Identification::of(1, "a ." + ext + " file, but it is " + findings::docparse::describeContent(kind));
}

namespace {

// The file's own name, for messages that say what the file is.
std::string fileName(const std::string& path) {
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

DocumentImporter::DocumentImporter(findings::ComponentInfo info, ReaderSpec reader,
                                   std::shared_ptr<ThemeClassifierCache> themes)
    : Importer(std::move(info)), reader_(std::move(reader)), themes_(std::move(themes)) {}

void DocumentImporter::import(findings::ImportCall& call) {
    const findings::Host& host = call.host;
    host.throwIfCancelled();
    host.progress(0.0, "reading");
    const std::string bytes = call.input.readAll(reader_.max_input_bytes);
    // Before the slow steps, so a broken taxonomy fails fast.
    // Through the host's classify when offered; our own classifier only under a host without.
    const findings::classify::CallClassifier classifier(
        host, host.offersClassify() ? nullptr : themes_->get(host, call.options));
    const auto authorities = authorityDirectoryFor(host);

    host.throwIfCancelled();
    host.progress(0.1, "extracting text");
    const findings::docparse::Lines lines = linesOf(bytes, call.input.path(), host);
    host.throwIfCancelled();
    host.progress(0.4, "parsing");
    ParsedDocument doc;
    try {
        findings::docparse::ParseOptions options;
        options.authorities = authorities.get();
        doc = findings::docparse::parseDocument(lines, options);
    } catch (const DocparseError& e) {
        throw toImportError(e);
    }
    host.throwIfCancelled();

    for (const std::string& doubt : doc.warnings) host.warning("reading", doubt);
    if (doc.kind == DocumentKind::Other)
        host.warning("not-recognised",
                     "no letter, inspection report, article or press release structure found: "
                     "imported as 'other' with no findings");
    else if (doc.paragraphs.empty())
        host.warning("no-findings", std::string("no findings paragraphs found in this ") +
                                        findings::docparse::kindName(doc.kind));

    SourceOrigin origin;
    origin.sha256 = inputSha256(host, bytes);
    origin.id = findings::sourceIdForDigest(origin.sha256);  // as the host would: ids agree
    origin.format = reader_.format;
    origin.importer = {info().id, kPluginVersion};
    call.sink.emit(toSource(doc, origin, overallDirectionOf(doc)));

    FindingIdAllocator ids(origin.id);
    const std::size_t total = doc.paragraphs.size();
    for (std::size_t i = 0; i < total; ++i) {
        host.throwIfCancelled();
        const findings::docparse::Paragraph& p = doc.paragraphs[i];
        findings::Finding f = toFinding(p, origin.id, ids.next(p, paragraphNumber(p)));
        classifyFinding(f, p, classifier.classify(p.text), extractionCertainty(p, doc.kind, reader_.certainty));
        call.sink.emit(f);
        host.progress(0.5 + 0.5 * static_cast<double>(i + 1) / static_cast<double>(total), "classifying");
    }
    host.progress(1.0, "done");
}

void DocumentImporter::documentText(findings::DocumentTextCall& call) {
    const findings::Host& host = call.host;
    host.throwIfCancelled();
    host.progress(0.0, "reading");
    const std::string bytes = call.input.readAll(reader_.max_input_bytes);
    host.progress(0.1, "extracting text");
    // joinLines is the text the readers' line numbers and offsets count, as import saw it.
    call.out.write(findings::docparse::joinLines(linesOf(bytes, call.input.path(), host)));
    host.progress(1.0, "done");
}

findings::docparse::Lines DocumentImporter::linesOf(std::string_view bytes, const std::string& path,
                                                    const findings::Host& host) const {
    try {
        return readLines(bytes, host);
    } catch (const DocparseError& e) {
        // "report.pdf is an HTML document, not a PDF"
        if (e.code() == findings::docparse::ErrorCode::WrongFormat)
            throw toImportError(DocparseError(e.code(), fileName(path) + " " + e.what()));
        throw toImportError(e);
    }
}

}  // namespace letters_plugin
