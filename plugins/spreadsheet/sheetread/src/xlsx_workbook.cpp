// Opening a workbook: package relationships → workbook.xml → sheets, styles, theme and
// shared strings, each located through relationships (both OOXML flavours) with the
// conventional part names as a fallback.
#include <findings/sheetread/xlsx_workbook.hpp>

#include "package_parts.hpp"
#include "shared_strings.hpp"
#include "sheet_streamer.hpp"
#include "xml_scanner.hpp"

#include <findings/safezip/archive.hpp>
#include <findings/safezip/safe_xml.hpp>
#include <findings/sheetread/sheet_error.hpp>

#include <unordered_map>

namespace findings::sheetread {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

}  // namespace

struct XlsxWorkbook::Impl {
    XlsxLimits limits;
    safezip::Archive zip;
    std::string workbookPart;
    std::string sharedStringsPart;
    std::string customPropertiesPart;
    std::vector<SheetInfo> sheets;
    DateSystem dates = DateSystem::Excel1900;
    bool strict = false;
    std::vector<CellStyle> styles;
    bool sharedLoaded = false;
    detail::SharedStrings shared;

    Impl(std::unique_ptr<safezip::ByteSource> source, const XlsxLimits& lim)
        : limits(lim), zip(std::move(source), lim.zip) {}

    const std::string& file() const { return zip.name(); }

    /// Runs `f`, turning XML errors into SheetReadError naming this file and the part.
    template <typename F>
    auto guarded(F&& f) -> decltype(f()) {
        try {
            return f();
        } catch (const safezip::XmlError& e) {
            throw SheetReadError(SheetErrorKind::CorruptPart, file(), e.part(),
                                 std::string(e.what()).substr(e.part().size() + 2));
        }
    }

    /// The entry for `part` if present (case-insensitively), else "".
    std::string existing(const std::string& part) const {
        const safezip::EntryInfo* e = zip.findEntry(part);
        return e ? e->name : std::string();
    }

    void locateWorkbook() {
        for (const auto& rel : detail::readRelationships(zip, "")) {
            if (rel.external) continue;
            if (detail::relTypeIs(rel.type, "officeDocument") && workbookPart.empty()) workbookPart = existing(rel.target);
            else if (detail::relTypeIs(rel.type, "custom-properties")) customPropertiesPart = existing(rel.target);
        }
        if (workbookPart.empty()) workbookPart = existing("xl/workbook.xml");
        if (customPropertiesPart.empty()) customPropertiesPart = existing("docProps/custom.xml");
        const bool looksLikeWorkbook = workbookPart.size() >= 12 &&
                                       equalsIgnoreCase(std::string_view(workbookPart).substr(workbookPart.size() - 12), "workbook.xml");
        if (looksLikeWorkbook) return;
        std::string what = "not an .xlsx workbook (no xl/workbook.xml)";
        if (zip.findEntry("word/document.xml")) what = "a Word document (.docx), not a spreadsheet";
        else if (zip.findEntry("ppt/presentation.xml")) what = "a PowerPoint presentation, not a spreadsheet";
        else if (zip.findEntry("xl/workbook.bin")) what = "a binary .xlsb workbook, which is not supported; save it as .xlsx";
        else if (zip.findEntry("content.xml") && zip.findEntry("mimetype")) what = "an OpenDocument file, not an .xlsx workbook";
        throw SheetReadError(SheetErrorKind::NotSpreadsheet, file(), "", what);
    }

    void open() {
        locateWorkbook();
        const detail::WorkbookXml wb = guarded([&] { return detail::readWorkbookXml(zip, workbookPart); });
        strict = wb.strict;
        dates = wb.date1904 ? DateSystem::Excel1904 : (wb.dateCompatibility ? DateSystem::Excel1900 : DateSystem::Iso1899);

        std::unordered_map<std::string, detail::Relationship> byId;
        std::string stylesPart, themePart;
        for (auto& rel : guarded([&] { return detail::readRelationships(zip, workbookPart); })) {
            if (rel.external) continue;
            if (detail::relTypeIs(rel.type, "sharedStrings")) sharedStringsPart = existing(rel.target);
            else if (detail::relTypeIs(rel.type, "styles")) stylesPart = existing(rel.target);
            else if (detail::relTypeIs(rel.type, "theme")) themePart = existing(rel.target);
            byId.emplace(rel.id, rel);
        }
        const std::string dir = workbookPart.substr(0, workbookPart.rfind('/') + 1);
        if (sharedStringsPart.empty()) sharedStringsPart = existing(dir + "sharedStrings.xml");
        if (stylesPart.empty()) stylesPart = existing(dir + "styles.xml");
        if (themePart.empty()) themePart = existing(dir + "theme/theme1.xml");

        for (const auto& s : wb.sheets) {
            SheetInfo info;
            info.name = s.name;
            info.index = sheets.size();
            info.visibility = s.state == "hidden"       ? SheetVisibility::Hidden
                              : s.state == "veryHidden" ? SheetVisibility::VeryHidden
                                                        : SheetVisibility::Visible;
            auto rel = byId.find(s.relId);
            if (rel != byId.end()) {
                info.part = rel->second.target;
                info.kind = detail::relTypeIs(rel->second.type, "worksheet")    ? SheetKind::Worksheet
                            : detail::relTypeIs(rel->second.type, "chartsheet") ? SheetKind::Chartsheet
                                                                                : SheetKind::Other;
            }
            sheets.push_back(std::move(info));
        }

        const detail::ThemeColors theme =
            themePart.empty() ? detail::defaultThemeColors() : guarded([&] { return detail::readThemeColors(zip, themePart); });
        styles = stylesPart.empty() ? std::vector<CellStyle>(1)
                                    : guarded([&] { return detail::readStyles(zip, stylesPart, theme, limits.maxStyles); });
    }

    void loadSharedStrings() {
        if (sharedLoaded) return;
        sharedLoaded = true;
        if (sharedStringsPart.empty()) return;
        guarded([&] {
            safezip::EntryReader reader = zip.open(sharedStringsPart);
            shared.load(reader, file(), sharedStringsPart, limits);
        });
    }

    const safezip::EntryInfo& sheetEntry(const SheetInfo& sheet) const {
        const safezip::EntryInfo* e = sheet.part.empty() ? nullptr : zip.findEntry(sheet.part);
        if (!e)
            throw SheetReadError(SheetErrorKind::MissingPart, file(), sheet.part,
                                 "sheet \"" + sheet.name + "\" refers to a part that is not in the file");
        return *e;
    }

    detail::SheetContext context(const SheetInfo& sheet) const {
        detail::SheetContext ctx;
        ctx.sheet = &sheet;
        ctx.file = &file();
        ctx.styles = &styles;
        ctx.shared = &shared;
        ctx.dates = dates;
        ctx.limits = &limits;
        return ctx;
    }
};

XlsxWorkbook::XlsxWorkbook(std::unique_ptr<safezip::ByteSource> source, const XlsxLimits& limits)
    : impl_(std::make_unique<Impl>(std::move(source), limits)) {
    impl_->open();
}

XlsxWorkbook XlsxWorkbook::openFile(const std::string& path, const XlsxLimits& limits) {
    return XlsxWorkbook(safezip::openFileSource(path), limits);
}

XlsxWorkbook::XlsxWorkbook(XlsxWorkbook&&) noexcept = default;
XlsxWorkbook& XlsxWorkbook::operator=(XlsxWorkbook&&) noexcept = default;
XlsxWorkbook::~XlsxWorkbook() = default;

const std::string& XlsxWorkbook::fileName() const { return impl_->file(); }
const std::vector<std::string>& XlsxWorkbook::duplicateEntries() const { return impl_->zip.duplicateNames(); }
const std::vector<SheetInfo>& XlsxWorkbook::sheets() const { return impl_->sheets; }
DateSystem XlsxWorkbook::dateSystem() const { return impl_->dates; }
bool XlsxWorkbook::isStrict() const { return impl_->strict; }
const std::vector<CellStyle>& XlsxWorkbook::cellStyles() const { return impl_->styles; }

const SheetInfo* XlsxWorkbook::findSheet(std::string_view name) const {
    for (const SheetInfo& s : impl_->sheets)
        if (s.name == name) return &s;
    for (const SheetInfo& s : impl_->sheets)
        if (equalsIgnoreCase(s.name, name)) return &s;
    return nullptr;
}

const SheetInfo& XlsxWorkbook::sheetFor(std::string_view name) const {
    if (const SheetInfo* s = findSheet(name)) return *s;
    std::string list;
    for (const SheetInfo& s : impl_->sheets) list += (list.empty() ? "\"" : ", \"") + s.name + "\"";
    throw SheetReadError(SheetErrorKind::MissingSheet, impl_->file(), "",
                         "no sheet named \"" + std::string(name) + "\" (sheets: " + (list.empty() ? "none" : list) + ")");
}

std::vector<std::pair<std::string, std::string>> XlsxWorkbook::customProperties() const {
    if (impl_->customPropertiesPart.empty()) return {};
    return impl_->guarded([&] { return detail::readCustomProperties(impl_->zip, impl_->customPropertiesPart); });
}

std::vector<CellRange> XlsxWorkbook::mergedRanges(const SheetInfo& sheet) {
    const safezip::EntryInfo& entry = impl_->sheetEntry(sheet);
    return impl_->guarded([&] {
        safezip::EntryReader reader = impl_->zip.open(entry);
        detail::XmlScanner scanner(reader, entry.name);
        return detail::scanMergedRanges(impl_->context(sheet), scanner);
    });
}

SheetSummary XlsxWorkbook::readSheet(const SheetInfo& sheet, SheetHandler& handler, const SheetReadOptions& options) {
    const safezip::EntryInfo& entry = impl_->sheetEntry(sheet);
    impl_->loadSharedStrings();
    SheetStart start;
    if (options.mergesBeforeRows) start.mergedRanges = mergedRanges(sheet);
    return impl_->guarded([&] {
        safezip::EntryReader reader = impl_->zip.open(entry);
        detail::XmlScanner scanner(reader, entry.name);
        return detail::streamSheet(impl_->context(sheet), scanner, handler, std::move(start));
    });
}

}  // namespace findings::sheetread
