// word/document.xml to lines as a reader of the document sees them (internal).
#pragma once

#include <Poco/SAX/DefaultHandler.h>

#include <string>
#include <vector>

#include "docx_numbering.hpp"

namespace findings::docparse::detail {

/// SAX handler for word/document.xml. A paragraph is a line (a soft break <w:br/> starts
/// another), list items get the marker numbering.xml gives them ("• ", "1. "), a table
/// row is one line of tab-separated cells (a nested table's rows join its cell), and a
/// text box's paragraphs follow the paragraph that anchors it. Left out, as a reader
/// never sees them: tracked deletions and moves away, field instructions, hidden text,
/// the superseded properties of tracked formatting changes and the duplicate fallback
/// copies of drawings. Headers, footers and notes live in other parts and are not read.
class DocxBodyHandler : public Poco::XML::DefaultHandler {
public:
    explicit DocxBodyHandler(ListNumbering& numbering) : numbering_(numbering) {}

    std::vector<std::string> lines;

    void startElement(const Poco::XML::XMLString& uri, const Poco::XML::XMLString& local,
                      const Poco::XML::XMLString& qname, const Poco::XML::Attributes& attrs) override;
    void endElement(const Poco::XML::XMLString& uri, const Poco::XML::XMLString& local,
                    const Poco::XML::XMLString& qname) override;
    void characters(const Poco::XML::XMLChar ch[], int start, int length) override;
    void endDocument() override;

private:
    // What is open: a paragraph, a table row or a table cell, innermost last.
    struct Frame {
        enum Kind { Paragraph, Row, Cell };
        Kind kind = Paragraph;
        std::string text;                // paragraph text, row so far, or cell so far
        std::vector<std::string> after;  // lines of text boxes anchored in this paragraph
        int numId = -1, ilvl = -1;       // list membership from w:numPr
        std::string style;               // w:pStyle, which may carry the numbering instead
        int propertiesDepth = 0;         // inside w:pPr
        int runDepth = 0;                // inside w:r
        bool hiddenRun = false;          // the current run is w:vanish
        bool markDeleted = false;        // the paragraph mark or the row is a tracked deletion
        int cells = 0;                   // cells of a row so far
    };

    Frame* paragraph();
    bool showing() const;
    void deliver(std::vector<std::string> out);
    void closeParagraph();

    ListNumbering& numbering_;
    std::vector<Frame> frames_;
    std::vector<bool> fields_;  // open complex fields: true once past w:fldChar separate
    int skipDepth_ = 0;         // inside an element whose content a reader never sees
    // Text of a paragraph whose mark was deleted (tracked): it runs on into the next
    // paragraph at the same depth, as the page shows once the change is accepted.
    std::string runOn_;
    std::size_t runOnDepth_ = 0;
    bool inText_ = false;
};

}  // namespace findings::docparse::detail
