// A .docx part through Poco::Zip, counting inflated bytes (Poco trusts the declared sizes)
// and with a SAX parser that refuses DOCTYPEs and external entities. Used when the shared
// findings_safezip library is not part of the build.
#include <Poco/Exception.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/LexicalHandler.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/SAX/XMLReader.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <sstream>

#include "capped_stream.hpp"
#include "docx_part.hpp"
#include "findings/docparse/error.hpp"

namespace findings::docparse::detail {

CappedStreamBuf::int_type CappedStreamBuf::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    source_.read(buffer_, sizeof buffer_);
    std::streamsize n = source_.gcount();
    if (n <= 0) return traits_type::eof();
    consumed_ += std::size_t(n);
    if (consumed_ > cap_) {
        exceeded_ = true;
        return traits_type::eof();
    }
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
}

namespace {

// Any DOCTYPE is refused: a Word document never has one, an attack might.
class DoctypeRefuser : public Poco::XML::LexicalHandler {
public:
    void startDTD(const Poco::XML::XMLString&, const Poco::XML::XMLString&, const Poco::XML::XMLString&) override {
        throw Poco::XML::SAXException("document type declarations are not allowed");
    }
    void endDTD() override {}
    void startEntity(const Poco::XML::XMLString&) override {}
    void endEntity(const Poco::XML::XMLString&) override {}
    void startCDATA() override {}
    void endCDATA() override {}
    void comment(const Poco::XML::XMLChar[], int, int) override {}
};

}  // namespace

void parseDocxPart(std::string_view bytes, const std::string& part, const DocxLimits& limits,
                   Poco::XML::ContentHandler& handler) {
    bool exceeded = false;
    try {
        std::istringstream in{std::string(bytes)};
        Poco::Zip::ZipArchive archive(in);
        auto it = archive.findHeader(part);
        if (it == archive.headerEnd())
            throw DocparseError(ErrorCode::BadDocx, "not a Word .docx document: " + part + " is missing");
        in.clear();  // the archive scan leaves the stream at eof (STACK.md gotcha 3)
        Poco::Zip::ZipInputStream zin(in, it->second);
        CappedStream capped(zin, limits.max_document_xml);
        Poco::XML::InputSource source(capped);
        DoctypeRefuser refuser;
        Poco::XML::SAXParser parser;
        parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
        parser.setContentHandler(&handler);
        parser.setProperty(Poco::XML::XMLReader::PROPERTY_LEXICAL_HANDLER, static_cast<Poco::XML::LexicalHandler*>(&refuser));
        try {
            parser.parse(&source);
        } catch (...) {
            // An istream swallows its buffer's exceptions, so a cap hit shows up as an XML
            // error at a premature end: report the cap instead.
            if (!capped.exceeded()) throw;
        }
        exceeded = capped.exceeded();
    } catch (const DocparseError&) {
        throw;
    } catch (const Poco::Exception& e) {
        throw DocparseError(ErrorCode::BadDocx, "damaged Word .docx document: " + e.displayText());
    } catch (const std::exception& e) {
        throw DocparseError(ErrorCode::BadDocx, std::string("damaged Word .docx document: ") + e.what());
    }
    if (exceeded)
        throw DocparseError(ErrorCode::TooLarge, "Word document too large: " + part + " inflates beyond " +
                                                     std::to_string(limits.max_document_xml >> 10) + " KiB");
}

}  // namespace findings::docparse::detail
