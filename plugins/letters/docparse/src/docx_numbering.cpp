// Word list numbering: numbering.xml's abstract lists and the counters of each list.
#include "docx_numbering.hpp"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>

#include <cstdlib>

#include "docx_part.hpp"
#include "docx_xml.hpp"

namespace findings::docparse::detail {

namespace {

using Poco::XML::XMLString;

// Collects w:abstractNum/w:lvl and w:num/w:abstractNumId (+ w:lvlOverride/w:startOverride).
class NumberingHandler : public Poco::XML::DefaultHandler {
public:
    explicit NumberingHandler(ListNumbering& out) : out_(out) {}

    void startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                      const Poco::XML::Attributes& attrs) override {
        std::string_view n = wordLocalName(qname, local);
        if (n == "abstractNum") {
            abstract_ = wordIntAttr(attrs, "abstractNumId", -1);
        } else if (n == "num") {
            num_ = wordIntAttr(attrs, "numId", -1);
        } else if (n == "lvl" && abstract_ >= 0 && num_ < 0) {
            ilvl_ = wordIntAttr(attrs, "ilvl", 0);
            out_.abstractLevels[abstract_][ilvl_];
        } else if (n == "lvlOverride" && num_ >= 0) {
            ilvl_ = wordIntAttr(attrs, "ilvl", 0);
        } else if (n == "abstractNumId" && num_ >= 0) {
            out_.numToAbstract[num_] = wordIntAttr(attrs, "val", -1);
        } else if (n == "startOverride" && num_ >= 0 && ilvl_ >= 0) {
            out_.startOverrides[{num_, ilvl_}] = wordIntAttr(attrs, "val", 1);
        } else if (abstract_ >= 0 && num_ < 0 && ilvl_ >= 0) {
            ListLevel& lvl = out_.abstractLevels[abstract_][ilvl_];
            if (n == "numFmt") lvl.format = wordAttr(attrs, "val");
            else if (n == "lvlText") lvl.text = wordAttr(attrs, "val");
            else if (n == "start") lvl.start = wordIntAttr(attrs, "val", 1);
        }
    }

    void endElement(const XMLString&, const XMLString& local, const XMLString& qname) override {
        std::string_view n = wordLocalName(qname, local);
        if (n == "abstractNum") abstract_ = -1;
        else if (n == "num") num_ = -1;
        else if (n == "lvl" || n == "lvlOverride") ilvl_ = -1;
    }

private:
    ListNumbering& out_;
    int abstract_ = -1, num_ = -1, ilvl_ = -1;
};

// Collects each paragraph style's w:pPr/w:numPr and w:basedOn from styles.xml.
class StylesHandler : public Poco::XML::DefaultHandler {
public:
    explicit StylesHandler(ListNumbering& out) : out_(out) {}

    void startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                      const Poco::XML::Attributes& attrs) override {
        std::string_view n = wordLocalName(qname, local);
        if (n == "style") {
            style_ = wordAttr(attrs, "type") == "paragraph" ? wordAttr(attrs, "styleId") : std::string();
        } else if (style_.empty()) {
            return;
        } else if (n == "basedOn") {
            out_.styles[style_].basedOn = wordAttr(attrs, "val");
        } else if (n == "numId") {
            out_.styles[style_].numId = wordIntAttr(attrs, "val", -1);
        } else if (n == "ilvl") {
            out_.styles[style_].ilvl = wordIntAttr(attrs, "val", 0);
        }
    }

    void endElement(const XMLString&, const XMLString& local, const XMLString& qname) override {
        if (wordLocalName(qname, local) == "style") style_.clear();
    }

private:
    ListNumbering& out_;
    std::string style_;
};

std::string toRoman(int n, bool upper) {
    static const std::pair<int, const char*> digits[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                         {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                         {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
    std::string out;
    for (const auto& [value, text] : digits)
        for (; n >= value; n -= value) out += text;
    if (upper)
        for (char& c : out) c = char(c - 'a' + 'A');
    return out;
}

std::string toLetters(int n, bool upper) {
    // Word's letters run a..z, aa..zz, aaa..: the letter repeated.
    if (n < 1) return std::to_string(n);
    std::string out(std::size_t((n - 1) / 26 + 1), char((upper ? 'A' : 'a') + (n - 1) % 26));
    return out;
}

std::string formatNumber(const std::string& format, int n) {
    if (format == "lowerLetter") return toLetters(n, false);
    if (format == "upperLetter") return toLetters(n, true);
    if (format == "lowerRoman") return toRoman(n, false);
    if (format == "upperRoman") return toRoman(n, true);
    return std::to_string(n);  // decimal, decimalZero and the rest read as numbers
}

}  // namespace

ListNumbering ListNumbering::read(std::string_view docx, const DocxLimits& limits) {
    ListNumbering numbering;
    NumberingHandler handler(numbering);
    parseOptionalDocxPart(docx, "word/numbering.xml", limits, handler);
    StylesHandler styles(numbering);
    parseOptionalDocxPart(docx, "word/styles.xml", limits, styles);
    return numbering;
}

std::pair<int, int> ListNumbering::styleList(const std::string& styleId) const {
    std::string id = styleId;
    int numId = -1, ilvl = -1;
    // Nearest style that says wins; a cap on the chain guards against basedOn cycles.
    for (int depth = 0; depth < 16 && !id.empty(); ++depth) {
        auto it = styles.find(id);
        if (it == styles.end()) break;
        if (numId < 0) numId = it->second.numId;
        if (ilvl < 0) ilvl = it->second.ilvl;
        id = it->second.basedOn;
    }
    return {numId, ilvl < 0 ? 0 : ilvl};
}

const ListLevel* ListNumbering::level(int numId, int ilvl) const {
    auto num = numToAbstract.find(numId);
    if (num == numToAbstract.end()) return nullptr;
    auto abs = abstractLevels.find(num->second);
    if (abs == abstractLevels.end()) return nullptr;
    auto lvl = abs->second.find(ilvl);
    return lvl == abs->second.end() ? nullptr : &lvl->second;
}

std::string ListNumbering::nextMarker(int numId, int ilvl) {
    if (numId == 0) return {};  // numId 0 switches a style's numbering off
    const ListLevel* lvl = level(numId, ilvl);
    // A list Word would number but whose numbering.xml is missing or damaged: a bullet
    // still tells the parser it is a list item.
    if (!lvl || lvl->format == "bullet") return "• ";
    if (lvl->format == "none") return {};
    std::map<int, int>& counts = counters_[numId];
    auto override = startOverrides.find({numId, ilvl});
    const int start = override != startOverrides.end() ? override->second : lvl->start;
    auto it = counts.find(ilvl);
    counts[ilvl] = it == counts.end() ? start : it->second + 1;
    // A new item at this level restarts the levels below it.
    counts.erase(counts.upper_bound(ilvl), counts.end());
    std::string text = lvl->text.empty() ? "%" + std::to_string(ilvl + 1) + "." : lvl->text;
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const int ref = text[++i] - '1';
            const ListLevel* refLvl = ref == ilvl ? lvl : level(numId, ref);
            auto c = counts.find(ref);
            const int value = c != counts.end() ? c->second : (refLvl ? refLvl->start : 1);
            out += formatNumber(refLvl ? refLvl->format : "decimal", value);
        } else {
            out += text[i];
        }
    }
    return out + ' ';
}

}  // namespace findings::docparse::detail
