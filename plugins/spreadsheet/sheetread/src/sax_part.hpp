// Internal: helpers for reading a package's small parts with hardened Poco SAX.
#pragma once

#include <findings/safezip/archive.hpp>

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/ContentHandler.h>

#include <string>
#include <string_view>

namespace findings::sheetread::detail {

/// Parses the entry `part` of `zip` with safezip's hardened SAX parser. Throws
/// safezip::XmlError for malformed XML or a DOCTYPE.
void parsePart(const safezip::Archive& zip, const std::string& part, Poco::XML::ContentHandler& handler);

/// Value of the attribute whose local name is `localName` (any namespace), or "".
std::string attr(const Poco::XML::Attributes& attrs, std::string_view localName);

/// True for the XML Schema boolean spellings of true ("1", "true").
bool truthy(const std::string& value);

}  // namespace findings::sheetread::detail
