// State shared by the genre parsers while one document is parsed (internal).
#pragma once

#include <string>
#include <vector>

#include "blocks.hpp"
#include "findings/docparse/authorities.hpp"
#include "findings/docparse/document.hpp"
#include "rows.hpp"

namespace findings::docparse::detail {

struct Context {
    std::vector<Row> rows;
    std::vector<Block> blocks;
    ParsedDocument doc;
    const AuthorityDirectory* authorities = &AuthorityDirectory::builtIn();

    /// A paragraph for `block` with its location filled in (text and summary too).
    Paragraph paragraphFor(const Block& block, const std::string& section, ParagraphRole role) const;

    /// Appends `p`, numbering it within its section (its summary is taken at the end).
    void addParagraph(Paragraph p);

    /// Text of blocks [from, to) joined by blank lines: the document as prose, for the
    /// metadata scanners. Each block gives at most its first kScannedBlockBytes (cut at a
    /// space): metadata stands in ordinary paragraphs, far shorter, and a hostile one-
    /// paragraph document is then scanned by a dozen scanners in bounded time. Paragraphs
    /// kept as findings are never cut.
    std::string textOf(std::size_t from, std::size_t to) const;
    static constexpr std::size_t kScannedBlockBytes = 32 * 1024;

    /// Sets the document's local authority from the first of `texts` that names one. A
    /// name the directory does not know is kept as written, with a warning.
    void findLocalAuthority(std::initializer_list<std::string_view> texts);
};

/// Which genre a document is, from its blocks.
DocumentKind detectKind(const Context& ctx);

/// Genre parsers: each fills ctx.doc.
void parseLetter(Context& ctx);
void parseReport(Context& ctx);
void parseArticle(Context& ctx);

/// The part of a paragraph the metadata scanners read: at most its first
/// Context::kScannedBlockBytes, cut at a space.
std::string_view scannedPart(std::string_view text);

/// True when `text` is a single sentence (reads only as far as the first sentence's end).
bool isOneSentence(std::string_view text);

/// Splits text into sentences (for scanning metadata clause by clause).
std::vector<std::string> sentences(std::string_view text);

}  // namespace findings::docparse::detail
