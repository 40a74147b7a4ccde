// letters.findings-plugin (MIT): Ofsted monitoring and focused-visit letters, inspection
// reports, news articles and press releases, from plain text and Word .docx. The PDF
// importer is a plugin of its own (letters_pdf_plugin.cpp) because poppler is GPL.
#include "document_importer.hpp"

#include <findings/docparse/error.hpp>
#include <findings/docparse/identify.hpp>
#include <findings/docparse/readers.hpp>
#include <findings/safezip/archive.hpp>
#include <findings/sdk.hpp>

#include <algorithm>

namespace {

using namespace findings;
using letters_plugin::DocumentImporter;
using letters_plugin::ReaderSpec;
using letters_plugin::ThemeClassifierCache;
using letters_plugin::lowerExtension;
namespace docparse = findings::docparse;

const std::vector<std::string> kTextExtensions{"txt", "text", "md"};

class TextImporter : public DocumentImporter {
public:
    explicit TextImporter(std::shared_ptr<ThemeClassifierCache> themes)
        : DocumentImporter(letters_plugin::describeImporter(
                               "uk.findings.letters.text", "Letters and reports (text)",
                               "Ofsted letters and inspection reports, news articles and press "
                               "releases as plain text (UTF-8, UTF-16 or Windows-1252).",
                               kTextExtensions),
                           ReaderSpec{"text", std::size_t{64} << 20, 1.0}, std::move(themes)) {}

    Identification identify(const IdentifyCall& call) const override {
        if (docparse::detectFormat(call.path, call.head) != docparse::InputFormat::Text)
            return letters_plugin::claimIfMisnamed(call, kTextExtensions);
        Identification id = letters_plugin::toIdentification(docparse::identify(call.path, call.head));
        if (id.confidence > 0) return id;
        // An empty or binary file named like ours: claim it faintly, so that importing it
        // reports what is wrong with it rather than "no importer recognises this file".
        const std::string ext = lowerExtension(call.path);
        if (std::find(kTextExtensions.begin(), kTextExtensions.end(), ext) == kTextExtensions.end()) return id;
        try {
            docparse::readTextLines(call.head);
        } catch (const docparse::DocparseError& e) {
            if (e.code() == docparse::ErrorCode::EmptyInput || e.code() == docparse::ErrorCode::NotText ||
                e.code() == docparse::ErrorCode::WrongFormat)
                return Identification::of(1, "a ." + ext + " file, but " + e.what());
        }
        return id;
    }

protected:
    docparse::Lines readLines(std::string_view bytes, const findings::Host&) const override {
        return docparse::readTextLines(bytes);
    }
};

class DocxImporter : public DocumentImporter {
public:
    explicit DocxImporter(std::shared_ptr<ThemeClassifierCache> themes)
        : DocumentImporter(letters_plugin::describeImporter(
                               "uk.findings.letters.docx", "Letters and reports (Word)",
                               "Ofsted letters and inspection reports, news articles and press "
                               "releases as Word .docx documents.",
                               {"docx"}),
                           ReaderSpec{"docx", docparse::DocxLimits{}.max_input, 1.0}, std::move(themes)) {}

    Identification identify(const IdentifyCall& call) const override {
        const std::string_view head = call.head;
        if (head.substr(0, 4) != std::string_view("PK\x03\x04", 4))
            return letters_plugin::claimIfMisnamed(call, {"docx"});
        // Zip entry names are stored in clear in the local headers at the file's start.
        if (head.find("word/document.xml") != std::string_view::npos)
            return letters_plugin::toIdentification(docparse::identify(call.path, call.head));
        if (head.find("word/") != std::string_view::npos)
            return Identification::of(10, "zip container with word/ parts, word/document.xml not seen");
        // A damaged .docx (truncated before its parts): claim it faintly so the import can
        // say what is wrong.
        if (lowerExtension(call.path) == "docx")
            return Identification::of(1, "a .docx file, but its zip names no word/ part in its first bytes");
        return Identification::of(FND_IDENTIFY_UNKNOWN, "zip container without Word parts");
    }

protected:
    docparse::Lines readLines(std::string_view bytes, const findings::Host& host) const override {
        std::vector<std::string> duplicates;
        docparse::Lines lines = docparse::readDocxLines(bytes, {}, &duplicates);
        for (const std::string& name : duplicates)
            host.warning(findings::safezip::kDuplicateEntryCode, findings::safezip::duplicateEntryMessage(name));
        return lines;
    }
};

Plugin definePlugin() {
    Plugin p({"uk.findings.letters", "Letters and reports", letters_plugin::kPluginVersion, "Findings Studio",
              "Ofsted monitoring and focused-visit letters, inspection reports, news articles and "
              "press releases from text and Word files, with themes, polarity and provenance."});
    // One taxonomy cache for both importers: the taxonomy loads once per plugin.
    auto themes = std::make_shared<ThemeClassifierCache>();
    p.add<TextImporter>(themes);
    p.add<DocxImporter>(themes);
    return p;
}

}  // namespace

FINDINGS_PLUGIN(definePlugin)
