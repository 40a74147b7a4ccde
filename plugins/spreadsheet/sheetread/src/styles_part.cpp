// styles.xml: per cellXfs entry, the number format (is it a date?), the solid fill colour and
// the font's weight and colour, with theme, indexed and rgb colours resolved to RGB.
#include "package_parts.hpp"
#include "sax_part.hpp"

#include <Poco/SAX/DefaultHandler.h>
#include <findings/sheetread/excel_dates.hpp>
#include <findings/sheetread/sheet_error.hpp>

#include <algorithm>
#include <unordered_map>

namespace findings::sheetread::detail {

namespace {

using Poco::XML::Attributes;
using Poco::XML::XMLString;

struct ColorSpec {
    enum Kind { None, Rgb, Theme, Indexed } kind = None;
    uint32_t value = 0;
    double tint = 0;
};

ColorSpec colorFrom(const Attributes& a) {
    ColorSpec c;
    const std::string rgb = attr(a, "rgb"), theme = attr(a, "theme"), indexed = attr(a, "indexed"),
                      tint = attr(a, "tint");
    try {
        if (rgb.size() == 8 || rgb.size() == 6) {
            c.kind = ColorSpec::Rgb;
            c.value = uint32_t(std::stoul(rgb, nullptr, 16)) & 0xFFFFFFu;  // alpha is ignored
        } else if (!theme.empty()) {
            c.kind = ColorSpec::Theme;
            c.value = uint32_t(std::stoul(theme));
        } else if (!indexed.empty()) {
            c.kind = ColorSpec::Indexed;
            c.value = uint32_t(std::stoul(indexed));
        }
        if (!tint.empty()) c.tint = std::stod(tint);
    } catch (const std::logic_error&) {
        c.kind = ColorSpec::None;  // an unparseable colour is no colour, not an unreadable file
    }
    return c;
}

/// Excel's default indexed palette (indices 0–63).
constexpr uint32_t kIndexedPalette[64] = {
    0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF, 0x000000, 0xFFFFFF, 0xFF0000,
    0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF, 0x800000, 0x008000, 0x000080, 0x808000, 0x800080, 0x008080,
    0xC0C0C0, 0x808080, 0x9999FF, 0x993366, 0xFFFFCC, 0xCCFFFF, 0x660066, 0xFF8080, 0x0066CC, 0xCCCCFF, 0x000080,
    0xFF00FF, 0xFFFF00, 0x00FFFF, 0x800080, 0x800000, 0x008080, 0x0000FF, 0x00CCFF, 0xCCFFFF, 0xCCFFCC, 0xFFFF99,
    0x99CCFF, 0xFF99CC, 0xCC99FF, 0xFFCC99, 0x3366FF, 0x33CCCC, 0x99CC00, 0xFFCC00, 0xFF9900, 0xFF6600, 0x666699,
    0x969696, 0x003366, 0x339966, 0x003300, 0x333300, 0x993300, 0x993366, 0x333399, 0x333333};

/// styles.xml facts, collected section by section.
class StylesHandler : public Poco::XML::DefaultHandler {
public:
    struct Font {
        bool bold = false;
        ColorSpec color;
    };
    struct Fill {
        bool solid = false;
        ColorSpec fg, bg;
    };
    struct Xf {
        uint32_t numFmtId = 0, fontId = 0, fillId = 0;
    };

    StylesHandler(size_t maxStyles, const std::string& part) : max_(maxStyles), part_(part) {}

    std::vector<std::pair<uint32_t, std::string>> numFmts;
    std::vector<Font> fonts;
    std::vector<Fill> fills;
    std::vector<Xf> xfs;
    std::vector<uint32_t> palette;

    void startElement(const XMLString&, const XMLString& n, const XMLString&, const Attributes& a) override {
        if (n == "numFmts" || n == "fonts" || n == "fills" || n == "cellXfs" || n == "indexedColors" || n == "dxfs" ||
            n == "cellStyleXfs") {
            section_ = n;
            return;
        }
        if (section_ == "numFmts" && n == "numFmt") {
            if (!push(numFmts)) return;
            numFmts.back() = {uint32_t(std::strtoul(attr(a, "numFmtId").c_str(), nullptr, 10)), attr(a, "formatCode")};
        } else if (section_ == "fonts") {
            if (n == "font") push(fonts);  // past the cap: overflow is set, the rest ignored
            else if (overflow) return;
            else if (!fonts.empty() && n == "b") fonts.back().bold = attr(a, "val").empty() || truthy(attr(a, "val"));
            else if (!fonts.empty() && n == "color") fonts.back().color = colorFrom(a);
        } else if (section_ == "fills") {
            if (n == "fill") push(fills);
            else if (overflow) return;
            else if (!fills.empty() && n == "patternFill") fills.back().solid = attr(a, "patternType") == "solid";
            else if (!fills.empty() && n == "fgColor") fills.back().fg = colorFrom(a);
            else if (!fills.empty() && n == "bgColor") fills.back().bg = colorFrom(a);
        } else if (section_ == "cellXfs" && n == "xf") {
            if (!push(xfs)) return;
            xfs.back().numFmtId = uint32_t(std::strtoul(attr(a, "numFmtId").c_str(), nullptr, 10));
            xfs.back().fontId = uint32_t(std::strtoul(attr(a, "fontId").c_str(), nullptr, 10));
            xfs.back().fillId = uint32_t(std::strtoul(attr(a, "fillId").c_str(), nullptr, 10));
        } else if (section_ == "indexedColors" && n == "rgbColor" && palette.size() < 64) {
            palette.push_back(uint32_t(std::strtoul(attr(a, "rgb").c_str(), nullptr, 16)) & 0xFFFFFFu);
        }
    }
    void endElement(const XMLString&, const XMLString& n, const XMLString&) override {
        if (n == section_) section_.clear();
    }

    /// Set when a list passed the cap; further entries are ignored and the caller throws
    /// after the parse (throwing inside a SAX callback leaks expat's buffers).
    bool overflow = false;

private:
    template <typename T>
    bool push(std::vector<T>& v) {
        if (v.size() >= max_) overflow = true;
        if (overflow) return false;
        v.emplace_back();
        return true;
    }
    size_t max_;
    std::string part_;
    std::string section_;
};

}  // namespace

std::vector<CellStyle> readStyles(const safezip::Archive& zip, const std::string& part, const ThemeColors& theme,
                                  size_t maxStyles) {
    StylesHandler h(maxStyles, part);
    parsePart(zip, part, h);
    if (h.overflow)
        throw SheetReadError(SheetErrorKind::LimitExceeded, zip.name(), part,
                             "more than " + std::to_string(maxStyles) + " style entries");

    auto resolve = [&](const ColorSpec& c) -> std::optional<uint32_t> {
        std::optional<uint32_t> rgb;
        switch (c.kind) {
        case ColorSpec::Rgb: rgb = c.value; break;
        case ColorSpec::Theme: {
            // Excel numbers theme colours lt1, dk1, lt2, dk2, then accents: the first two
            // pairs are swapped relative to their order in the theme part.
            static const size_t kSwap[12] = {1, 0, 3, 2, 4, 5, 6, 7, 8, 9, 10, 11};
            if (c.value < 12) rgb = theme[kSwap[c.value]];
            break;
        }
        case ColorSpec::Indexed:
            if (c.value < h.palette.size()) rgb = h.palette[c.value];
            else if (c.value < 64) rgb = kIndexedPalette[c.value];
            break;  // 64/65 are the system foreground/background: no fixed colour
        case ColorSpec::None: break;
        }
        if (rgb) rgb = applyTint(*rgb, c.tint);
        return rgb;
    };

    // A custom numFmt with a built-in id replaces the built-in format.
    std::unordered_map<uint32_t, std::string> customFormats(h.numFmts.begin(), h.numFmts.end());
    std::vector<CellStyle> styles;
    styles.reserve(std::max<size_t>(1, h.xfs.size()));
    for (size_t i = 0; i < h.xfs.size(); ++i) {
        const auto& xf = h.xfs[i];
        CellStyle s;
        s.index = uint32_t(i);
        s.numFmtId = xf.numFmtId;
        auto custom = customFormats.find(xf.numFmtId);
        if (custom != customFormats.end()) {
            s.formatCode = custom->second;
            s.isDate = isDateFormatCode(s.formatCode);
        } else {
            s.isDate = isBuiltinDateFormat(xf.numFmtId);
        }
        if (xf.fillId < h.fills.size() && h.fills[xf.fillId].solid) {
            const auto& fill = h.fills[xf.fillId];
            s.fillRgb = resolve(fill.fg.kind != ColorSpec::None ? fill.fg : fill.bg);
        }
        if (xf.fontId < h.fonts.size()) {
            s.bold = h.fonts[xf.fontId].bold;
            s.fontRgb = resolve(h.fonts[xf.fontId].color);
        }
        styles.push_back(std::move(s));
    }
    if (styles.empty()) styles.emplace_back();
    return styles;
}

}  // namespace findings::sheetread::detail
