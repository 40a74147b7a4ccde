#include "sax_part.hpp"

#include <findings/safezip/entry_stream.hpp>
#include <findings/safezip/safe_xml.hpp>

namespace findings::sheetread::detail {

void parsePart(const safezip::Archive& zip, const std::string& part, Poco::XML::ContentHandler& handler) {
    safezip::EntryStream stream(zip.open(part));
    safezip::parseXmlSafely(stream, handler, part);
}

std::string attr(const Poco::XML::Attributes& attrs, std::string_view localName) {
    for (int i = 0; i < attrs.getLength(); ++i)
        if (attrs.getLocalName(i) == localName) return attrs.getValue(i);
    return {};
}

bool truthy(const std::string& value) { return value == "1" || value == "true"; }

}  // namespace findings::sheetread::detail
