// The Word reader on WordprocessingML as Word itself writes it (not a LibreOffice
// conversion of text): list numbering from numbering.xml, breaks, fields, tracked
// changes, tables, content controls, text boxes, and parts that are not body text.
#include <catch2/catch.hpp>

#include "docx_fixture.hpp"
#include "findings/docparse/error.hpp"
#include "findings/docparse/readers.hpp"

using namespace findings::docparse;
using namespace letters_test;

namespace {

std::string para(const std::string& runs, const std::string& pPr = {}) {
    return "<w:p>" + (pPr.empty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + runs + "</w:p>";
}
std::string run(const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; }
std::string listPr(int numId, int ilvl = 0) {
    return "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" + std::to_string(numId) +
           "\"/></w:numPr>";
}

std::vector<std::string> textsOf(const std::string& docx) {
    std::vector<std::string> out;
    for (const Line& l : readDocxLines(docx)) out.push_back(l.text);
    return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("Word list items take their bullet or number from numbering.xml", "[reader][docx][word]") {
    const std::string body = para(run("Areas covered")) + para(run("Care leavers."), listPr(1)) +
                             para(run("Children in care."), listPr(1)) + para(run("What needs to improve")) +
                             para(run("Assessments."), listPr(2)) + para(run("Plans."), listPr(2, 1)) +
                             para(run("Supervision."), listPr(2)) + para(run("Not a list item."), listPr(0));
    const std::string docx = makeDocxWithParts(body, {{"word/numbering.xml", bulletAndDecimalNumbering()}});
    CHECK(textsOf(docx) == Texts{"Areas covered", "• Care leavers.", "• Children in care.", "What needs to improve",
                                 "1. Assessments.", "1.1. Plans.", "2. Supervision.", "Not a list item."});
}

TEST_CASE("Word numbering honours start, letters and roman numerals", "[reader][docx][word]") {
    const std::string numbering =
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:abstractNum w:abstractNumId=\"5\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"lowerLetter\"/>"
        "<w:lvlText w:val=\"(%1)\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"upperRoman\"/>"
        "<w:lvlText w:val=\"%2)\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"5\"/></w:num></w:numbering>";
    const std::string body = para(run("one"), listPr(7)) + para(run("two"), listPr(7, 1)) +
                             para(run("three"), listPr(7, 1)) + para(run("four"), listPr(7)) +
                             para(run("five"), listPr(9));
    CHECK(textsOf(makeDocxWithParts(body, {{"word/numbering.xml", numbering}})) ==
          Texts{"(c) one", "I) two", "II) three", "(d) four", "• five"});
}

TEST_CASE("Word soft breaks, tabs, no-break hyphens and symbols read as on the page", "[reader][docx][word]") {
    const std::string body = para(
        "<w:r><w:t>Ofsted</w:t><w:br/><w:t>Piccadilly Gate</w:t></w:r>"
        "<w:r><w:tab/><w:t>step</w:t><w:noBreakHyphen/><w:t>down</w:t><w:softHyphen/></w:r>"
        "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t xml:space=\"preserve\"> item</w:t></w:r>");
    CHECK(textsOf(makeDocx(body)) == Texts{"Ofsted", "Piccadilly Gate\tstep-down• item"});
}

TEST_CASE("Word tab stops and paragraph-mark properties add no text", "[reader][docx][word]") {
    const std::string body = para(run("Judgement"),
                                  "<w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs><w:rPr><w:b/></w:rPr>");
    CHECK(textsOf(makeDocx(body)) == Texts{"Judgement"});
}

TEST_CASE("Word hyperlinks, smart tags, content controls and simple fields keep their text", "[reader][docx][word]") {
    const std::string body =
        para("<w:hyperlink w:anchor=\"x\">" + run("www.gov.uk/ofsted") + "</w:hyperlink>") +
        para("<w:smartTag w:element=\"place\">" + run("Wyvern") + "</w:smartTag>" + run(" council")) +
        "<w:sdt><w:sdtPr><w:alias w:val=\"Date\"/></w:sdtPr><w:sdtContent>" + para(run("14 November 2019")) +
        "</w:sdtContent></w:sdt>" +
        para("<w:fldSimple w:instr=\" DATE \\@ &quot;d MMMM yyyy&quot; \">" + run("3 March 2025") + "</w:fldSimple>");
    CHECK(textsOf(makeDocx(body)) == Texts{"www.gov.uk/ofsted", "Wyvern council", "14 November 2019", "3 March 2025"});
}

TEST_CASE("Word complex fields show their result, never their instruction", "[reader][docx][word]") {
    const std::string body = para(
        run("Dated ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        "<w:r><w:instrText> DATE \\@ \"d MMMM yyyy\" </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("3 March 2025") +
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(", see ") +
        // A field nested in another's instruction (IF with a MERGEFIELD) shows only the outer result.
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("inner") +
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = 1 \"a\"</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("annex") +
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    CHECK(textsOf(makeDocx(body)) == Texts{"Dated 3 March 2025, see annex"});
}

TEST_CASE("Word tracked changes read as accepted: deletions and moves away left out", "[reader][docx][word]") {
    const std::string body =
        para(run("Too ") + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>few</w:delText></w:r></w:del>" +
             "<w:ins w:id=\"2\" w:author=\"A\">" + run("many") + "</w:ins>" + run(" children wait.")) +
        para("<w:moveFrom w:id=\"3\" w:author=\"A\">" + run("Moved sentence.") + "</w:moveFrom>") +
        // The paragraph above lost its text and its mark: it is gone, not a blank line.
        "<w:p><w:pPr><w:rPr><w:del w:id=\"4\" w:author=\"A\"/></w:rPr></w:pPr><w:del w:id=\"5\" w:author=\"A\">"
        "<w:r><w:delText>Deleted paragraph.</w:delText></w:r></w:del></w:p>" +
        para("<w:moveTo w:id=\"6\" w:author=\"A\">" + run("Moved sentence.") + "</w:moveTo>") +
        // The old list numbering kept by a tracked formatting change is not applied.
        para(run("Plain now."), "<w:pPrChange w:id=\"7\" w:author=\"A\"><w:pPr>" + listPr(1) + "</w:pPr></w:pPrChange>");
    const std::string docx = makeDocxWithParts(body, {{"word/numbering.xml", bulletAndDecimalNumbering()}});
    CHECK(textsOf(docx) == Texts{"Too many children wait.", "", "Moved sentence.", "Plain now."});
}

TEST_CASE("Word hidden text is left out", "[reader][docx][word]") {
    const std::string body = para("<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r>" + run("shown"));
    CHECK(textsOf(makeDocx(body)) == Texts{"shown"});
}

TEST_CASE("Word table rows are lines of tab-separated cells, nested tables inside their cell", "[reader][docx][word]") {
    auto cell = [](const std::string& inner) { return "<w:tc>" + inner + "</w:tc>"; };
    const std::string nested = "<w:tbl><w:tr>" + cell(para(run("a"))) + cell(para(run("b"))) + "</w:tr><w:tr>" +
                               cell(para(run("c"))) + "</w:tr></w:tbl>";
    const std::string body = "<w:tbl><w:tr>" + cell(para(run("Judgement"))) + cell(para(run("Grade"))) +
                             "</w:tr><w:tr>" + cell(para(run("Overall effectiveness"))) +
                             cell(para(run("Good")) + para(run("(was inadequate)"))) + "</w:tr><w:tr>" +
                             cell(para(run("Notes"))) + cell(nested) + "</w:tr>" +
                             "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"A\"/></w:trPr>" +
                             cell(para("<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>gone</w:delText></w:r></w:del>")) +
                             "</w:tr></w:tbl>" + para(run("After the table."));
    CHECK(textsOf(makeDocx(body)) ==
          Texts{"Judgement\tGrade", "Overall effectiveness\tGood (was inadequate)", "Notes\ta\tb c", "After the table."});
}

TEST_CASE("Word text boxes follow their anchor paragraph, once", "[reader][docx][word]") {
    const std::string box = "<w:txbxContent>" + para(run("Box line one")) + para(run("Box line two")) + "</w:txbxContent>";
    const std::string body = para(
        run("Anchor text.") +
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx xmlns:wps=\"urn:wps\">" + box +
        "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v=\"urn:v\">" + box +
        "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>" + run(" More anchor.")) +
        para(run("Next paragraph."));
    CHECK(textsOf(makeDocx(body)) ==
          Texts{"Anchor text. More anchor.", "Box line one", "Box line two", "Next paragraph."});
}

TEST_CASE("Word headers, footers and footnotes are not body text", "[reader][docx][word]") {
    const std::string body = para(run("Body text.") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>");
    const std::string docx = makeDocxWithParts(
        body, {{"word/header1.xml", "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                                        para(run("OFFICIAL letterhead")) + "</w:hdr>"},
               {"word/footer1.xml", "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                                        para(run("Page 1 of 3")) + "</w:ftr>"},
               {"word/footnotes.xml",
                "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                "<w:footnote w:id=\"1\">" + para(run("A footnote.")) + "</w:footnote></w:footnotes>"}});
    CHECK(textsOf(docx) == Texts{"Body text."});
}

TEST_CASE("a numbering.xml with a DOCTYPE is refused like document.xml", "[reader][docx][word][bad-input]") {
    const std::string docx = makeDocxWithParts(
        para(run("x"), listPr(1)),
        {{"word/numbering.xml", "<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                "<w:numbering xmlns:w=\"urn:w\">&e;</w:numbering>"}});
    try {
        readDocxLines(docx);
        FAIL("no error");
    } catch (const DocparseError& e) {
        CHECK(e.code() == ErrorCode::BadDocx);
    }
}

TEST_CASE("Word list styles number their paragraphs from styles.xml", "[reader][docx][word]") {
    // Word's built-in "List Bullet" and "List Number" keep w:numPr in the style; a style
    // based on one inherits it, and a paragraph's own numId 0 turns it off.
    const std::string styles =
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:pPr>" + listPr(1) + "</w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr>"
        "</w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"OfstedBullet\"><w:basedOn w:val=\"ListBullet\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:basedOn w:val=\"Loop\"/></w:style></w:styles>";
    auto styled = [](const std::string& style) { return "<w:pStyle w:val=\"" + style + "\"/>"; };
    const std::string body = para(run("Care leavers."), styled("ListBullet")) +
                             para(run("Children in care."), styled("OfstedBullet")) +
                             para(run("Assessments."), styled("ListNumber")) +
                             para(run("Plans."), styled("ListNumber")) +
                             para(run("Off."), styled("ListBullet") + listPr(0)) + para(run("Plain."), styled("Loop"));
    const std::string docx = makeDocxWithParts(
        body, {{"word/numbering.xml", bulletAndDecimalNumbering()}, {"word/styles.xml", styles}});
    CHECK(textsOf(docx) == Texts{"• Care leavers.", "• Children in care.", "1. Assessments.", "2. Plans.", "Off.", "Plain."});
}

TEST_CASE("a Word paragraph whose mark was deleted runs on into the next", "[reader][docx][word]") {
    const std::string body =
        "<w:p><w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr></w:pPr>" + run("Plans are not always ") + "</w:p>" +
        para(run("timely.")) + para(run("Next."));
    CHECK(textsOf(makeDocx(body)) == Texts{"Plans are not always timely.", "Next."});
}
