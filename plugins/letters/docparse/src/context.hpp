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

    /// Appends `p`, numbering it within its section.
    void addParagraph(Paragraph p);

    /// Text of blocks [from, to) joined by blank lines: the document as prose.
    std::string textOf(std::size_t from, std::size_t to) const;

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

/// Splits text into sentences (for scanning metadata clause by clause).
std::vector<std::string> sentences(std::string_view text);

}  // namespace findings::docparse::detail
