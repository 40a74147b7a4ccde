// workbook.xml: sheet names, states and relationship ids; the date system; Strict or not.
#include "package_parts.hpp"
#include "sax_part.hpp"

#include <Poco/SAX/DefaultHandler.h>

namespace findings::sheetread::detail {

namespace {

using Poco::XML::Attributes;
using Poco::XML::XMLString;

constexpr const char* kStrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";

class WorkbookHandler : public Poco::XML::DefaultHandler {
public:
    WorkbookXml result;
    void startElement(const XMLString& uri, const XMLString& localName, const XMLString&, const Attributes& a) override {
        if (depth_++ == 0) result.strict = uri == kStrictMain;
        if (localName == "workbookPr") {
            result.date1904 = truthy(attr(a, "date1904"));
            const std::string compat = attr(a, "dateCompatibility");
            result.dateCompatibility = compat.empty() || truthy(compat);
        } else if (localName == "sheet") {
            WorkbookXml::Sheet s;
            s.name = attr(a, "name");
            s.state = attr(a, "state");
            // r:id: the only namespaced "id" attribute (transitional or strict namespace).
            for (int i = 0; i < a.getLength(); ++i)
                if (a.getLocalName(i) == "id" && !a.getURI(i).empty()) s.relId = a.getValue(i);
            result.sheets.push_back(std::move(s));
        }
    }
    void endElement(const XMLString&, const XMLString&, const XMLString&) override { --depth_; }

private:
    int depth_ = 0;
};

}  // namespace

WorkbookXml readWorkbookXml(const safezip::Archive& zip, const std::string& part) {
    WorkbookHandler handler;
    parsePart(zip, part, handler);
    return std::move(handler.result);
}

}  // namespace findings::sheetread::detail
