// word/document.xml to lines as a reader sees them (see docx_body.hpp).
#include "docx_body.hpp"

#include <Poco/SAX/Attributes.h>

#include <algorithm>
#include <cstdlib>

#include "docx_xml.hpp"

namespace findings::docparse::detail {

namespace {

using Poco::XML::XMLString;

// Elements whose whole content is not on the page: tracked deletions and moves away,
// the old properties kept by tracked formatting changes, and mc:Fallback (a second copy
// of a drawing's text box for older readers).
bool skipsContent(std::string_view n) {
    return n == "del" || n == "moveFrom" || n == "pPrChange" || n == "rPrChange" || n == "sectPrChange" ||
           n == "tblPrChange" || n == "tblPrExChange" || n == "trPrChange" || n == "tcPrChange" ||
           n == "numberingChange" || n == "tblGridChange" || n == "Fallback";
}

void appendUtf8(std::string& out, unsigned long cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// A <w:sym> glyph. Symbol and Wingdings characters sit in the private-use area
// (F000 + the font's code); the bullets a letter may use are mapped to what they look
// like, other private-use glyphs have no meaning as text and are left out.
void appendSymbol(std::string& out, const std::string& hex) {
    char* end = nullptr;
    unsigned long cp = std::strtoul(hex.c_str(), &end, 16);
    if (end == hex.c_str() || cp == 0 || cp > 0x10FFFF) return;
    if (cp >= 0xF000 && cp <= 0xF0FF) {
        switch (cp) {
            case 0xF0B7: out += "•"; return;  // Symbol bullet
            case 0xF09F: out += "•"; return;  // Wingdings small bullet
            case 0xF0A7: out += "▪"; return;  // Wingdings square
            case 0xF0D8: out += "➢"; return;  // Wingdings arrowhead
            case 0xF0FC: out += "✓"; return;  // Wingdings tick
            case 0xF02D: out += "-"; return;
            default: return;
        }
    }
    appendUtf8(out, cp);
}

}  // namespace

DocxBodyHandler::Frame* DocxBodyHandler::paragraph() {
    return !frames_.empty() && frames_.back().kind == Frame::Paragraph ? &frames_.back() : nullptr;
}

bool DocxBodyHandler::showing() const {
    return skipDepth_ == 0 && std::all_of(fields_.begin(), fields_.end(), [](bool result) { return result; });
}

void DocxBodyHandler::startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                                   const Poco::XML::Attributes& attrs) {
    std::string_view n = wordLocalName(qname, local);
    const bool container = n == "p" || n == "tr" || n == "tc";
    if (skipDepth_ > 0 && container) return;  // text boxes of mc:Fallback: a second copy
    if (n == "p") {
        frames_.emplace_back();
        frames_.back().kind = Frame::Paragraph;
        return;
    }
    if (n == "tr") {
        frames_.emplace_back();
        frames_.back().kind = Frame::Row;
        return;
    }
    if (n == "tc") {
        frames_.emplace_back();
        frames_.back().kind = Frame::Cell;
        return;
    }
    Frame* p = paragraph();
    // A deleted paragraph mark (w:pPr/w:rPr/w:del) or deleted row (w:trPr/w:del).
    if ((n == "del" || n == "moveFrom") && !frames_.empty() &&
        (frames_.back().kind == Frame::Row || (p && p->propertiesDepth > 0)))
        frames_.back().markDeleted = true;
    if (skipsContent(n)) {
        ++skipDepth_;
        return;
    }
    if (skipDepth_ > 0 || !p) return;
    if (n == "pPr") {
        ++p->propertiesDepth;
    } else if (n == "numId" && p->propertiesDepth > 0) {
        p->numId = wordIntAttr(attrs, "val", -1);
    } else if (n == "pStyle" && p->propertiesDepth > 0) {
        p->style = wordAttr(attrs, "val");
    } else if (n == "ilvl" && p->propertiesDepth > 0) {
        p->ilvl = wordIntAttr(attrs, "val", 0);
    } else if (n == "r") {
        ++p->runDepth;
        p->hiddenRun = false;
    } else if (p->runDepth == 0 || p->propertiesDepth > 0) {
        return;  // tab stops, paragraph-mark properties: not text
    } else if (n == "vanish") {
        p->hiddenRun = wordOnOff(attrs);
    } else if (n == "fldChar") {
        const std::string type = wordAttr(attrs, "fldCharType");
        if (type == "begin") fields_.push_back(false);
        else if (type == "separate" && !fields_.empty()) fields_.back() = true;
        else if (type == "end" && !fields_.empty()) fields_.pop_back();
    } else if (!showing() || p->hiddenRun) {
        return;
    } else if (n == "t") {
        inText_ = true;
    } else if (n == "tab" || n == "ptab") {
        p->text += '\t';
    } else if (n == "br" || n == "cr") {
        p->text += '\n';
    } else if (n == "noBreakHyphen") {
        p->text += '-';  // a hyphen on the page, as the .txt of the same letter has it
    } else if (n == "sym") {
        appendSymbol(p->text, wordAttr(attrs, "char"));
    }
}

void DocxBodyHandler::endElement(const XMLString&, const XMLString& local, const XMLString& qname) {
    std::string_view n = wordLocalName(qname, local);
    if (n == "t") {
        inText_ = false;
        return;
    }
    if (skipsContent(n)) {
        --skipDepth_;
        return;
    }
    if (skipDepth_ > 0) return;
    if (n == "p" && paragraph()) {
        closeParagraph();
    } else if (n == "tc" && !frames_.empty() && frames_.back().kind == Frame::Cell) {
        std::string cell = std::move(frames_.back().text);
        frames_.pop_back();
        if (!frames_.empty() && frames_.back().kind == Frame::Row) {
            Frame& row = frames_.back();
            if (row.cells++) row.text += '\t';
            row.text += cell;
        }
    } else if (n == "tr" && !frames_.empty() && frames_.back().kind == Frame::Row) {
        Frame row = std::move(frames_.back());
        frames_.pop_back();
        if (!row.markDeleted) deliver({std::move(row.text)});
    } else if (Frame* p = paragraph()) {
        if (n == "pPr" && p->propertiesDepth > 0) --p->propertiesDepth;
        else if (n == "r" && p->runDepth > 0 && --p->runDepth == 0) p->hiddenRun = false;
    }
}

void DocxBodyHandler::characters(const XMLString::value_type ch[], int start, int length) {
    if (!inText_) return;
    if (Frame* p = paragraph()) p->text.append(ch + start, std::size_t(length));
}

void DocxBodyHandler::endDocument() {
    // Run-on text with no paragraph after it to join (a damaged document) is still text.
    if (!runOn_.empty()) lines.push_back(std::move(runOn_));
}

void DocxBodyHandler::closeParagraph() {
    Frame p = std::move(frames_.back());
    frames_.pop_back();
    if (!runOn_.empty() && runOnDepth_ == frames_.size()) {
        p.text = runOn_ + p.text;
        runOn_.clear();
    }
    std::vector<std::string> out;
    if (p.markDeleted && !p.text.empty()) {
        runOn_ = std::move(p.text);
        runOnDepth_ = frames_.size();
    } else if (!p.markDeleted) {  // a paragraph whose mark and text were deleted is gone
        std::string text = p.text;
        if (p.numId < 0 && !p.style.empty()) {
            const auto [numId, ilvl] = numbering_.styleList(p.style);
            p.numId = numId;
            if (p.ilvl < 0) p.ilvl = ilvl;
        }
        if (p.numId >= 0) text = numbering_.nextMarker(p.numId, p.ilvl < 0 ? 0 : p.ilvl) + text;
        std::size_t from = 0;
        for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1)
            out.push_back(text.substr(from, nl - from));
        out.push_back(text.substr(from));
    }
    for (std::string& line : p.after) out.push_back(std::move(line));
    deliver(std::move(out));
}

// Finished lines go to what encloses them: a table cell (joined by spaces, as the cell
// is one column of its row's line), the paragraph anchoring a text box, or the body.
void DocxBodyHandler::deliver(std::vector<std::string> out) {
    if (frames_.empty()) {
        for (std::string& line : out) lines.push_back(std::move(line));
        return;
    }
    Frame& encloser = frames_.back();
    if (encloser.kind == Frame::Paragraph) {
        for (std::string& line : out) encloser.after.push_back(std::move(line));
    } else if (encloser.kind == Frame::Cell) {
        for (const std::string& line : out) {
            if (line.empty()) continue;
            if (!encloser.text.empty()) encloser.text += ' ';
            encloser.text += line;
        }
    }
}

}  // namespace findings::docparse::detail
