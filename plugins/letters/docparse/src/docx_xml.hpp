// Small helpers for reading WordprocessingML with Poco SAX (internal).
#pragma once

#include <Poco/SAX/Attributes.h>
#include <Poco/XML/XMLString.h>

#include <cstdlib>
#include <string>
#include <string_view>

namespace findings::docparse::detail {

/// Local name of an element ("w:p" -> "p"), whether or not the parser reports namespaces.
inline std::string_view wordLocalName(const Poco::XML::XMLString& qname, const Poco::XML::XMLString& local) {
    if (!local.empty()) return local;
    std::size_t c = qname.find(':');
    return c == Poco::XML::XMLString::npos ? std::string_view(qname) : std::string_view(qname).substr(c + 1);
}

/// The value of attribute `name` whatever its prefix (w:val, val), or "".
inline std::string wordAttr(const Poco::XML::Attributes& attrs, std::string_view name) {
    for (int i = 0; i < attrs.getLength(); ++i)
        if (wordLocalName(attrs.getQName(i), attrs.getLocalName(i)) == name) return attrs.getValue(i);
    return {};
}

inline int wordIntAttr(const Poco::XML::Attributes& attrs, std::string_view name, int fallback) {
    std::string v = wordAttr(attrs, name);
    if (v.empty()) return fallback;
    char* end = nullptr;
    long n = std::strtol(v.c_str(), &end, 10);
    return end == v.c_str() ? fallback : int(n);
}

/// An on/off property (w:vanish, w:b): present means on unless w:val is 0/false/off.
inline bool wordOnOff(const Poco::XML::Attributes& attrs) {
    std::string v = wordAttr(attrs, "val");
    return !(v == "0" || v == "false" || v == "off");
}

}  // namespace findings::docparse::detail
