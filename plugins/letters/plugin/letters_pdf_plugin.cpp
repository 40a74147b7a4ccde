// letters_pdf.findings-plugin (GPL-2.0-or-later, because it links poppler): the same
// letters, reports, articles and press releases as PDF, read with their page numbers.
// Everything after text extraction is shared with the text and Word importers.
#include "document_importer.hpp"

#include <findings/docparse/identify.hpp>
#include <findings/docparse/pdf_reader.hpp>
#include <findings/sdk.hpp>

namespace {

using namespace findings;
using letters_plugin::DocumentImporter;
using letters_plugin::ReaderSpec;
using letters_plugin::ThemeClassifierCache;
namespace docparse = findings::docparse;

class PdfImporter : public DocumentImporter {
public:
    explicit PdfImporter(std::shared_ptr<ThemeClassifierCache> themes)
        : DocumentImporter(letters_plugin::describeImporter(
                               "uk.findings.letters.pdf", "Letters and reports (PDF)",
                               "Ofsted letters and inspection reports, news articles and press "
                               "releases as PDF with a text layer (scanned pages need OCR first).",
                               {"pdf"}),
                           // Layout is reconstructed from glyph positions: slightly less sure.
                           ReaderSpec{"pdf", std::size_t{256} << 20, 0.95}, std::move(themes)) {}

    Identification identify(const IdentifyCall& call) const override {
        if (call.head.substr(0, 5) != "%PDF-") return letters_plugin::claimIfMisnamed(call, {"pdf"});
        return letters_plugin::toIdentification(docparse::identify(call.path, call.head));
    }

protected:
    docparse::Lines readLines(std::string_view bytes, const findings::Host&) const override {
        return docparse::readPdfLines(bytes);
    }
};

Plugin definePlugin() {
    Plugin p({"uk.findings.letters.pdf", "Letters and reports (PDF)", letters_plugin::kPluginVersion,
              "Findings Studio",
              "Ofsted letters, inspection reports, news articles and press releases from PDF. "
              "GPL-2.0-or-later: links poppler."});
    p.add<PdfImporter>(std::make_shared<ThemeClassifierCache>());
    return p;
}

}  // namespace

FINDINGS_PLUGIN(definePlugin)
