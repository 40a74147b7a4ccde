// docProps/custom.xml: custom document properties as name/value text.
#include "package_parts.hpp"
#include "sax_part.hpp"

#include <Poco/SAX/DefaultHandler.h>

namespace findings::sheetread::detail {

namespace {

using Poco::XML::Attributes;
using Poco::XML::XMLString;

class CustomPropsHandler : public Poco::XML::DefaultHandler {
public:
    std::vector<std::pair<std::string, std::string>> props;
    void startElement(const XMLString&, const XMLString& n, const XMLString&, const Attributes& a) override {
        ++depth_;
        if (n == "property") {
            props.emplace_back(attr(a, "name"), std::string());
            propDepth_ = depth_;
        }
    }
    void endElement(const XMLString&, const XMLString&, const XMLString&) override {
        if (depth_-- == propDepth_) propDepth_ = -1;
    }
    void characters(const Poco::XML::XMLChar ch[], int start, int length) override {
        if (propDepth_ > 0 && depth_ > propDepth_) props.back().second.append(ch + start, size_t(length));
    }

private:
    int depth_ = 0, propDepth_ = -1;
};

}  // namespace

std::vector<std::pair<std::string, std::string>> readCustomProperties(const safezip::Archive& zip,
                                                                      const std::string& part) {
    CustomPropsHandler handler;
    parsePart(zip, part, handler);
    return std::move(handler.props);
}

}  // namespace findings::sheetread::detail
