// Word .docx reader: word/document.xml (read safely by docx_part) to lines. Paragraphs
// become lines, list items get a "• " marker, table cells of one row are joined by a tab.
#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/ContentHandler.h>

#include "docx_part.hpp"
#include "findings/docparse/error.hpp"
#include "findings/docparse/readers.hpp"
#include "text_util.hpp"

namespace findings::docparse {


namespace {

using Poco::XML::XMLString;

// Local name of a WordprocessingML element ("w:p" -> "p").
std::string_view localName(const XMLString& qname, const XMLString& local) {
    if (!local.empty()) return local;
    std::size_t c = qname.find(':');
    return c == XMLString::npos ? std::string_view(qname) : std::string_view(qname).substr(c + 1);
}

// Collects paragraphs as lines.
class DocumentHandler : public Poco::XML::ContentHandler {
public:
    std::vector<std::string> lines;

    void setDocumentLocator(const Poco::XML::Locator*) override {}
    void startDocument() override {}
    void endDocument() override {}
    void startPrefixMapping(const XMLString&, const XMLString&) override {}
    void endPrefixMapping(const XMLString&) override {}
    void ignorableWhitespace(const XMLString::value_type*, int, int) override {}
    void processingInstruction(const XMLString&, const XMLString&) override {}
    void skippedEntity(const XMLString&) override {}

    void startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                      const Poco::XML::Attributes&) override {
        std::string_view n = localName(qname, local);
        if (n == "p") {
            paragraph_.clear();
            inParagraph_ = true;
            listItem_ = false;
        } else if (n == "t" && inParagraph_) {
            inText_ = true;
        } else if (n == "tab" && inParagraph_) {
            paragraph_ += '\t';
        } else if ((n == "br" || n == "cr") && inParagraph_) {
            paragraph_ += '\n';
        } else if (n == "numPr") {
            listItem_ = true;
        } else if (n == "tr") {
            row_.clear();
            inRow_ = true;
            cellCount_ = 0;
        } else if (n == "tc") {
            cell_.clear();
        }
    }

    void endElement(const XMLString&, const XMLString& local, const XMLString& qname) override {
        std::string_view n = localName(qname, local);
        if (n == "t") {
            inText_ = false;
        } else if (n == "p" && inParagraph_) {
            inParagraph_ = false;
            std::string text = listItem_ ? "• " + paragraph_ : paragraph_;
            if (inRow_) {
                if (!cell_.empty() && !text.empty()) cell_ += ' ';
                cell_ += text;
            } else {
                // A soft line break inside a paragraph is a line of its own.
                std::size_t start = 0;
                for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
                    lines.push_back(text.substr(start, nl - start));
                lines.push_back(text.substr(start));
            }
        } else if (n == "tc" && inRow_) {
            if (cellCount_++) row_ += '\t';
            row_ += cell_;
        } else if (n == "tr") {
            inRow_ = false;
            lines.push_back(row_);
        }
    }

    void characters(const XMLString::value_type ch[], int start, int length) override {
        if (inText_) paragraph_.append(ch + start, std::size_t(length));
    }


private:
    std::string paragraph_, row_, cell_;
    bool inParagraph_ = false, inText_ = false, listItem_ = false, inRow_ = false;
    int cellCount_ = 0;
};

}  // namespace

Lines readDocxLines(std::string_view bytes, const DocxLimits& limits) {
    if (bytes.empty()) throw DocparseError(ErrorCode::EmptyInput, "empty file");
    if (bytes.size() > limits.max_input)
        throw DocparseError(ErrorCode::TooLarge, "Word document too large (" + std::to_string(bytes.size() >> 20) + " MiB)");
    if (bytes.size() < 4 || bytes.substr(0, 2) != "PK")
        throw DocparseError(ErrorCode::BadDocx, "not a Word .docx document (no zip signature)");
    DocumentHandler handler;
    detail::parseDocxPart(bytes, "word/document.xml", limits, handler);
    std::string text;
    for (std::size_t i = 0; i < handler.lines.size(); ++i) {
        if (i) text += '\n';
        text += handler.lines[i];
    }
    if (detail::trim(text).empty()) throw DocparseError(ErrorCode::EmptyInput, "empty Word document: no text");
    return splitLines(text);
}

}  // namespace findings::docparse
