// Streaming one XML part of a .docx into a SAX handler, safely (internal). Two
// implementations: docx_part_safezip.cpp (shared findings_safezip library, preferred) and
// docx_part_poco.cpp (Poco::Zip with a byte counter), chosen by CMake.
#pragma once

#include <Poco/SAX/ContentHandler.h>

#include <string>
#include <string_view>

#include "findings/docparse/readers.hpp"

namespace findings::docparse::detail {

/// Parses the part `part` of the zip `bytes` into `handler`, refusing DOCTYPEs and
/// external entities and capping the inflated size at limits.max_document_xml. Throws
/// DocparseError: BadDocx (not a zip, part missing, damaged zip or XML), TooLarge.
void parseDocxPart(std::string_view bytes, const std::string& part, const DocxLimits& limits,
                   Poco::XML::ContentHandler& handler);

}  // namespace findings::docparse::detail
