// A .docx part through findings_safezip: central-directory zip reading with inflation caps
// and hardened SAX.
#include <findings/safezip/archive.hpp>
#include <findings/safezip/entry_stream.hpp>
#include <findings/safezip/safe_xml.hpp>
#include <findings/safezip/zip_error.hpp>

#include "docx_part.hpp"
#include "findings/docparse/error.hpp"

namespace findings::docparse::detail {

namespace {

bool parsePart(std::string_view bytes, const std::string& part, const DocxLimits& limits,
               Poco::XML::ContentHandler& handler, bool required, std::vector<std::string>* duplicateEntries) {
    try {
        safezip::ZipLimits zl;
        zl.maxEntryBytes = limits.max_document_xml;
        zl.maxTotalBytes = limits.max_document_xml * 2;
        safezip::Archive archive(safezip::memorySource(bytes, "Word document"), zl);
        if (duplicateEntries) *duplicateEntries = archive.duplicateNames();
        const safezip::EntryInfo* entry = archive.findEntry(part);
        if (!entry) {
            if (!required) return false;
            throw DocparseError(ErrorCode::BadDocx, "not a Word .docx document: " + part + " is missing");
        }
        safezip::EntryStream in(archive.open(*entry));
        safezip::parseXmlSafely(in, handler, part);
        return true;
    } catch (const safezip::ZipError& e) {
        if (e.kind() == safezip::ZipErrorKind::Bomb)
            throw DocparseError(ErrorCode::TooLarge, "Word document too large: " + e.detail());
        throw DocparseError(ErrorCode::BadDocx, "damaged Word .docx document: " + e.detail());
    } catch (const safezip::XmlError& e) {
        throw DocparseError(ErrorCode::BadDocx, "damaged Word .docx document: " + std::string(e.what()));
    }
}

}  // namespace

void parseDocxPart(std::string_view bytes, const std::string& part, const DocxLimits& limits,
                   Poco::XML::ContentHandler& handler, std::vector<std::string>* duplicateEntries) {
    parsePart(bytes, part, limits, handler, true, duplicateEntries);
}

bool parseOptionalDocxPart(std::string_view bytes, const std::string& part, const DocxLimits& limits,
                           Poco::XML::ContentHandler& handler) {
    return parsePart(bytes, part, limits, handler, false, nullptr);
}

}  // namespace findings::docparse::detail
