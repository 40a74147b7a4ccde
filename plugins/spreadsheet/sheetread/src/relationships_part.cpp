// Relationships (.rels parts): how the package, the workbook and its sheets find each other.
#include "package_parts.hpp"
#include "sax_part.hpp"

#include <Poco/SAX/DefaultHandler.h>

#include <vector>

namespace findings::sheetread::detail {

namespace {

using Poco::XML::Attributes;
using Poco::XML::XMLString;

class RelsHandler : public Poco::XML::DefaultHandler {
public:
    explicit RelsHandler(const std::string& source) : source_(source) {}
    std::vector<Relationship> rels;
    void startElement(const XMLString&, const XMLString& localName, const XMLString&, const Attributes& a) override {
        if (localName != "Relationship") return;
        Relationship r;
        r.id = attr(a, "Id");
        r.type = attr(a, "Type");
        r.external = attr(a, "TargetMode") == "External";
        const std::string target = attr(a, "Target");
        r.target = r.external ? target : resolveTarget(source_, target);
        rels.push_back(std::move(r));
    }

private:
    std::string source_;
};

}  // namespace

std::string relsPartFor(const std::string& part) {
    const size_t slash = part.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
    const std::string base = slash == std::string::npos ? part : part.substr(slash + 1);
    return dir + "_rels/" + base + ".rels";
}

std::string resolveTarget(const std::string& sourcePart, const std::string& target) {
    std::string path;
    if (!target.empty() && target[0] == '/') {
        path = target.substr(1);
    } else {
        const size_t slash = sourcePart.rfind('/');
        path = (slash == std::string::npos ? std::string() : sourcePart.substr(0, slash + 1)) + target;
    }
    std::vector<std::string> segments;
    size_t start = 0;
    while (start <= path.size()) {
        size_t slash = path.find('/', start);
        if (slash == std::string::npos) slash = path.size();
        const std::string seg = path.substr(start, slash - start);
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segments.push_back(seg);
        }
        start = slash + 1;
    }
    std::string out;
    for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
    return out;
}

bool relTypeIs(std::string_view type, std::string_view suffix) {
    return type.size() > suffix.size() && type.substr(type.size() - suffix.size()) == suffix &&
           type[type.size() - suffix.size() - 1] == '/';
}

std::vector<Relationship> readRelationships(const safezip::Archive& zip, const std::string& sourcePart) {
    const std::string rels = relsPartFor(sourcePart);
    if (!zip.findEntry(rels)) return {};
    RelsHandler handler(sourcePart);
    parsePart(zip, zip.findEntry(rels)->name, handler);
    return std::move(handler.rels);
}

}  // namespace findings::sheetread::detail
