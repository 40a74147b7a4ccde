// The one document parser that every format reader feeds: lines in, ParsedDocument out.
#pragma once

#include "findings/docparse/document.hpp"
#include "findings/docparse/line.hpp"

namespace findings::docparse {

class AuthorityDirectory;

/// What a parse may be given besides the lines.
struct ParseOptions {
    /// The local authorities to match names against; nullptr for the built-in directory.
    const AuthorityDirectory* authorities = nullptr;
};

/// Parses the lines of a letter, inspection report, news article or press release.
/// Never throws for odd content: a document it cannot place is kind Other with whatever
/// paragraphs it could keep. Throws DocparseError(EmptyInput) when no line has text.
/// Thread-safe: no shared state.
ParsedDocument parseDocument(const Lines& lines, const ParseOptions& options = {});

/// The genre parseDocument() would give `lines`, without parsing the rest: identify()
/// uses it so that `inspect` and `import` agree on an article's kind.
DocumentKind detectDocumentKind(const Lines& lines);

}  // namespace findings::docparse
