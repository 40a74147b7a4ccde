// Poco SAX parsing hardened for untrusted documents: no external entities, no DOCTYPE at all
// (which also rules out internal entity declarations and billion-laughs input).
#pragma once

#include <Poco/SAX/ContentHandler.h>
#include <Poco/SAX/LexicalHandler.h>
#include <Poco/SAX/SAXParser.h>

#include <istream>
#include <stdexcept>
#include <string>

namespace findings::safezip {

/// A document part that is not acceptable XML: malformed, or carrying a DOCTYPE.
/// what() names the part and the cause: "xl/workbook.xml: DOCTYPE is not allowed (line 2)".
class XmlError : public std::runtime_error {
public:
    /// `part` names the document or zip entry; `detail` is the cause; line/column are
    /// 1-based, 0 when unknown.
    XmlError(const std::string& part, const std::string& detail, int line = 0, int column = 0);
    /// The part that failed.
    const std::string& part() const noexcept { return part_; }
    /// The cause alone.
    const std::string& detail() const noexcept { return detail_; }
    /// 1-based line of the failure, 0 when unknown.
    int line() const noexcept { return line_; }

private:
    std::string part_;
    std::string detail_;
    int line_;
};

/// A LexicalHandler whose startDTD() throws, so any document with a DOCTYPE is refused before
/// any of its declarations take effect. The other callbacks do nothing. SafeSaxParser also
/// checks the prolog's bytes for a DOCTYPE before expat sees them; this handler is the
/// backstop for documents that check cannot read (UTF-16 XML).
class DoctypeRefuser : public Poco::XML::LexicalHandler {
public:
    void startDTD(const Poco::XML::XMLString& name, const Poco::XML::XMLString& publicId,
                  const Poco::XML::XMLString& systemId) override;
    void endDTD() override {}
    void startEntity(const Poco::XML::XMLString&) override {}
    void endEntity(const Poco::XML::XMLString&) override {}
    void startCDATA() override {}
    void endCDATA() override {}
    void comment(const Poco::XML::XMLChar[], int, int) override {}
};

/// A Poco SAXParser configured safely: namespaces on, external general and parameter
/// entities off, DOCTYPE refused. Use parser() to add handlers beyond the content handler.
class SafeSaxParser {
public:
    SafeSaxParser();
    SafeSaxParser(const SafeSaxParser&) = delete;
    SafeSaxParser& operator=(const SafeSaxParser&) = delete;

    /// The configured parser.
    Poco::XML::SAXParser& parser() { return parser_; }

    /// Parses `in`, delivering events to `handler`. Throws XmlError naming `partName` for
    /// malformed XML or a DOCTYPE. Exceptions thrown by the handler or by the stream (for
    /// example safezip::ZipError from an EntryStream) propagate unchanged. Prefer recording
    /// a failure in the handler and throwing after parse() returns: with Poco 1.11 and
    /// expat 2.5 an exception thrown from inside a SAX callback leaks expat's buffers
    /// (about 8 KB); one thrown from the stream does not.
    void parse(std::istream& in, Poco::XML::ContentHandler& handler, const std::string& partName);

private:
    DoctypeRefuser refuser_;
    Poco::XML::SAXParser parser_;
};

/// One-shot form of SafeSaxParser::parse().
void parseXmlSafely(std::istream& in, Poco::XML::ContentHandler& handler,
                    const std::string& partName);

}  // namespace findings::safezip
