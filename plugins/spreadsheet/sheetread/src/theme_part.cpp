// The theme part's colour scheme, and the tint Excel applies to theme colours.
#include "package_parts.hpp"
#include "sax_part.hpp"

#include <Poco/SAX/DefaultHandler.h>

#include <algorithm>
#include <cmath>

namespace findings::sheetread::detail {

namespace {

using Poco::XML::Attributes;
using Poco::XML::XMLString;

class ThemeHandler : public Poco::XML::DefaultHandler {
public:
    ThemeColors colors{};
    void startElement(const XMLString&, const XMLString& localName, const XMLString&, const Attributes& a) override {
        if (localName == "clrScheme") {
            inScheme_ = !done_;  // only the first scheme counts
        } else if (inScheme_ && slotOf(localName) >= 0) {
            slot_ = slotOf(localName);
        } else if (inScheme_ && slot_ >= 0 && (localName == "srgbClr" || localName == "sysClr")) {
            const std::string v = attr(a, localName == "srgbClr" ? "val" : "lastClr");
            if (v.size() == 6 && v.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos)
                colors[size_t(slot_)] = uint32_t(std::stoul(v, nullptr, 16));
        }
    }
    void endElement(const XMLString&, const XMLString& localName, const XMLString&) override {
        if (localName == "clrScheme" && inScheme_) {
            inScheme_ = false;
            done_ = true;
        } else if (slotOf(localName) >= 0) {
            slot_ = -1;
        }
    }

private:
    static int slotOf(const std::string& name) {
        static const char* const kSlots[12] = {"dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3",
                                               "accent4", "accent5", "accent6", "hlink", "folHlink"};
        for (int i = 0; i < 12; ++i)
            if (name == kSlots[i]) return i;
        return -1;
    }
    bool inScheme_ = false, done_ = false;
    int slot_ = -1;
};

}  // namespace

ThemeColors defaultThemeColors() {
    // Office 2013+ "Office" theme.
    return {0x000000, 0xFFFFFF, 0x44546A, 0xE7E6E6, 0x4472C4, 0xED7D31,
            0xA5A5A5, 0xFFC000, 0x5B9BD5, 0x70AD47, 0x0563C1, 0x954F72};
}

ThemeColors readThemeColors(const safezip::Archive& zip, const std::string& part) {
    ThemeHandler handler;
    parsePart(zip, part, handler);
    const ThemeColors defaults = defaultThemeColors();
    for (size_t i = 0; i < 12; ++i)
        if (!handler.colors[i]) handler.colors[i] = defaults[i];
    return handler.colors;
}

uint32_t applyTint(uint32_t rgb, double tint) {
    if (tint == 0) return rgb;
    double r = ((rgb >> 16) & 0xFF) / 255.0, g = ((rgb >> 8) & 0xFF) / 255.0, b = (rgb & 0xFF) / 255.0;
    const double mx = std::max({r, g, b}), mn = std::min({r, g, b});
    double h = 0, s = 0, l = (mx + mn) / 2;
    if (mx != mn) {
        const double d = mx - mn;
        s = l > 0.5 ? d / (2 - mx - mn) : d / (mx + mn);
        if (mx == r) h = (g - b) / d + (g < b ? 6 : 0);
        else if (mx == g) h = (b - r) / d + 2;
        else h = (r - g) / d + 4;
        h /= 6;
    }
    l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
    auto hue = [](double p, double q, double t) {
        if (t < 0) t += 1;
        if (t > 1) t -= 1;
        if (t < 1.0 / 6) return p + (q - p) * 6 * t;
        if (t < 0.5) return q;
        if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
        return p;
    };
    if (s == 0) {
        r = g = b = l;
    } else {
        const double q = l < 0.5 ? l * (1 + s) : l + s - l * s, p = 2 * l - q;
        r = hue(p, q, h + 1.0 / 3);
        g = hue(p, q, h);
        b = hue(p, q, h - 1.0 / 3);
    }
    auto byte = [](double v) { return uint32_t(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    return (byte(r) << 16) | (byte(g) << 8) | byte(b);
}

}  // namespace findings::sheetread::detail
