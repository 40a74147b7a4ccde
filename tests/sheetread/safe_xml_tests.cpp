// The hardened Poco SAX helper: DOCTYPEs and external entities refused, errors name the part.
#include <findings/safezip/archive.hpp>
#include <findings/safezip/entry_stream.hpp>
#include <findings/safezip/safe_xml.hpp>
#include <findings/safezip/zip_error.hpp>

#include "test_helpers.hpp"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <catch2/catch.hpp>

#include <sstream>

using namespace findings::safezip;

namespace {

/// Collects element names and character data.
struct Recorder : Poco::XML::DefaultHandler {
    std::string names, text;
    void startElement(const Poco::XML::XMLString&, const Poco::XML::XMLString& localName,
                      const Poco::XML::XMLString&, const Poco::XML::Attributes&) override {
        names += localName + " ";
    }
    void characters(const Poco::XML::XMLChar ch[], int start, int length) override {
        text.append(ch + start, size_t(length));
    }
};

XmlError xmlErrorFrom(const std::string& xml) {
    std::istringstream in(xml);
    Recorder rec;
    try {
        parseXmlSafely(in, rec, "xl/workbook.xml");
    } catch (const XmlError& e) {
        return e;
    }
    FAIL("expected an XmlError for: " << xml);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("parseXmlSafely parses ordinary XML with namespaces and UTF-8", "[safexml]") {
    std::istringstream in(R"(<?xml version="1.0" encoding="UTF-8"?>)"
                          R"(<x:a xmlns:x="urn:x"><x:b>£ &amp; “q”</x:b></x:a>)");
    Recorder rec;
    parseXmlSafely(in, rec, "part.xml");
    CHECK(rec.names == "a b ");
    CHECK(rec.text == "£ & “q”");
}

TEST_CASE("parseXmlSafely refuses any DOCTYPE, naming the part", "[safexml][bad]") {
    XmlError plain = xmlErrorFrom("<!DOCTYPE a><a/>");
    CHECK(plain.part() == "xl/workbook.xml");
    CHECK_THAT(plain.what(), Catch::StartsWith("xl/workbook.xml: DOCTYPE is not allowed"));

    XmlError laughs = xmlErrorFrom(R"(<!DOCTYPE a [<!ENTITY l "lol"><!ENTITY l2 "&l;&l;&l;">]><a>&l2;</a>)");
    CHECK_THAT(laughs.what(), Catch::Contains("DOCTYPE is not allowed"));

    XmlError external = xmlErrorFrom(R"(<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>)");
    CHECK_THAT(external.what(), Catch::Contains("DOCTYPE is not allowed"));
}

TEST_CASE("parseXmlSafely finds a DOCTYPE after comments and PIs, across buffer refills", "[safexml][bad]") {
    CHECK_THAT(xmlErrorFrom("<?xml version='1.0'?>\n<!-- c -- > --><?pi x?><!DOCTYPE a><a/>").what(),
               Catch::Contains("DOCTYPE is not allowed"));
    const std::string longComment = "<!--" + std::string(16 * 1024 - 6, 'x') + "-->";
    CHECK_THAT(xmlErrorFrom(longComment + "<!DOCTYPE a><a/>").what(), Catch::Contains("DOCTYPE is not allowed"));
}

TEST_CASE("parseXmlSafely accepts DOCTYPE as text inside the document", "[safexml]") {
    std::istringstream in("<!-- <!DOCTYPE in a comment is text --><a><![CDATA[<!DOCTYPE a>]]></a>");
    Recorder rec;
    parseXmlSafely(in, rec, "part.xml");
    CHECK(rec.text == "<!DOCTYPE a>");
}

TEST_CASE("parseXmlSafely reports malformed XML with the part and line", "[safexml][bad]") {
    XmlError e = xmlErrorFrom("<a>\n<b></a>");
    CHECK(e.line() == 2);
    CHECK_THAT(e.what(), Catch::StartsWith("xl/workbook.xml: ") && Catch::Contains("line 2"));
}

TEST_CASE("parseXmlSafely lets a zip bomb in the stream surface as ZipError", "[safexml][bad]") {
    Archive zip = Archive::openFile(sheetread_test::fixture("bomb_xml.zip"));
    EntryStream stream(zip.open("part.xml"));
    Recorder rec;
    CHECK_THROWS_AS(parseXmlSafely(stream, rec, "part.xml"), ZipError);
    CHECK(rec.names.size() > 1000);  // it was parsing until the cap stopped it
}
