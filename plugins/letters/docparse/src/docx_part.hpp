// Streaming one XML part of a .docx into a SAX handler, safely (internal), through the
// shared findings_safezip library's caps and DOCTYPE refusal.
#pragma once

#include <Poco/SAX/ContentHandler.h>

#include <string>
#include <string_view>
#include <vector>

#include "findings/docparse/readers.hpp"

namespace findings::docparse::detail {

/// Parses the part `part` of the zip `bytes` into `handler`, refusing DOCTYPEs and
/// external entities and capping the inflated size at limits.max_document_xml. Throws
/// DocparseError: BadDocx (not a zip, part missing, damaged zip or XML), TooLarge.
/// `duplicateEntries`, when given, receives the names the zip lists more than once.
void parseDocxPart(std::string_view bytes, const std::string& part, const DocxLimits& limits,
                   Poco::XML::ContentHandler& handler, std::vector<std::string>* duplicateEntries = nullptr);

/// As parseDocxPart for a part the package may leave out (word/numbering.xml): returns
/// false, parsing nothing, when it is missing.
bool parseOptionalDocxPart(std::string_view bytes, const std::string& part, const DocxLimits& limits,
                           Poco::XML::ContentHandler& handler);

}  // namespace findings::docparse::detail
