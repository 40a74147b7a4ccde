// Internal: the small parts of an .xlsx package, read with hardened Poco SAX — relationships,
// workbook.xml, the theme's colour scheme, styles.xml and custom document properties.
#pragma once

#include <findings/safezip/archive.hpp>
#include <findings/sheetread/cell.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace findings::sheetread::detail {

/// One relationship of a .rels part, its target resolved to a part name.
struct Relationship {
    std::string id;
    std::string type;    ///< full type URI (transitional or strict)
    std::string target;  ///< part name, e.g. "xl/worksheets/sheet1.xml"
    bool external = false;
};

/// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels".
std::string relsPartFor(const std::string& part);
/// Resolves `target` relative to the folder of `sourcePart` ("/xl/x.xml" is absolute;
/// "../" segments are applied).
std::string resolveTarget(const std::string& sourcePart, const std::string& target);
/// True when a relationship type URI ends with `/suffix` (works for both OOXML flavours).
bool relTypeIs(std::string_view type, std::string_view suffix);

/// Relationships of `sourcePart` ("" for the package); empty when it has no .rels part.
std::vector<Relationship> readRelationships(const safezip::Archive& zip, const std::string& sourcePart);

/// What workbook.xml says.
struct WorkbookXml {
    struct Sheet {
        std::string name;
        std::string relId;
        std::string state;  ///< "", "visible", "hidden", "veryHidden"
    };
    bool strict = false;            ///< root element in the Strict namespace
    bool date1904 = false;
    bool dateCompatibility = true;  ///< Strict: false means no 1900 leap-year bug
    std::vector<Sheet> sheets;
};
WorkbookXml readWorkbookXml(const safezip::Archive& zip, const std::string& part);

/// The twelve theme colours in file order: dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink.
using ThemeColors = std::array<std::optional<uint32_t>, 12>;
/// Office's default scheme, for workbooks without a theme part.
ThemeColors defaultThemeColors();
ThemeColors readThemeColors(const safezip::Archive& zip, const std::string& part);

/// styles.xml resolved to one CellStyle per cellXfs entry (at least one). Throws
/// SheetReadError (LimitExceeded) when fonts, fills or cellXfs exceed `maxStyles`.
std::vector<CellStyle> readStyles(const safezip::Archive& zip, const std::string& part, const ThemeColors& theme,
                                  size_t maxStyles);

/// Custom document properties: (name, value text) in file order.
std::vector<std::pair<std::string, std::string>> readCustomProperties(const safezip::Archive& zip,
                                                                      const std::string& part);

/// Applies an OOXML tint (-1..1) to an 0xRRGGBB colour by scaling its HLS luminance.
uint32_t applyTint(uint32_t rgb, double tint);

}  // namespace findings::sheetread::detail
