// The import flow every letter importer shares: bytes to lines (the one step that differs
// per container), lines to a ParsedDocument, then a source and one classified finding per
// paragraph, streamed to the host with progress and cancellation.
#pragma once

#include "theme_classifier_cache.hpp"

#include <findings/docparse/identify.hpp>
#include <findings/docparse/line.hpp>
#include <findings/sdk.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace letters_plugin {

/// Version of both letter plugins and of the importer ref they stamp on sources.
inline constexpr const char* kPluginVersion = "1.0.0";

/// What distinguishes one container's reader.
struct ReaderSpec {
    std::string format;            ///< "text", "docx", "pdf" (stored as a source property)
    std::size_t max_input_bytes;   ///< larger inputs are refused (FND_ERR_LIMIT)
    double certainty;              ///< 0..1: how faithfully the reader keeps the layout
};

/// An importer's description with the options every letter importer takes (`themes`).
findings::ComponentInfo describeImporter(std::string id, std::string name, std::string description,
                                         std::vector<std::string> extensions);

/// The SDK's answer for the parser's identification, naming the genre it guessed.
findings::Identification toIdentification(const findings::docparse::Identification& id);

/// For a file named like an importer's (`extensions`) whose bytes are another kind of file
/// (an HTML page saved as .pdf): a faint claim (1), so that importing it says what the
/// file is rather than "no importer recognises this file". Unknown otherwise.
findings::Identification claimIfMisnamed(const findings::IdentifyCall& call, const std::vector<std::string>& extensions);

/// The lower-case extension of a path ("pdf"), or "".
std::string lowerExtension(std::string_view path);

/// Base of the text, Word and PDF importers. Each also gives the document's text (the
/// document_text extension): the lines its findings' locations count, from the same reader.
class DocumentImporter : public findings::Importer, public findings::DocumentTextSource {
public:
    DocumentImporter(findings::ComponentInfo info, ReaderSpec reader,
                     std::shared_ptr<ThemeClassifierCache> themes);

    void import(findings::ImportCall& call) override;
    void documentText(findings::DocumentTextCall& call) override;

protected:
    /// Turns the input's bytes into lines, warning through `host` about what the container
    /// holds ambiguously; throws findings::docparse::DocparseError.
    virtual findings::docparse::Lines readLines(std::string_view bytes, const findings::Host& host) const = 0;

private:
    /// The input's lines as readLines gives them; reader errors become import errors
    /// naming the file.
    findings::docparse::Lines linesOf(std::string_view bytes, const std::string& path,
                                      const findings::Host& host) const;

    ReaderSpec reader_;
    std::shared_ptr<ThemeClassifierCache> themes_;
};

}  // namespace letters_plugin
