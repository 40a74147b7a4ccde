#include "export_options.hpp"

#include <algorithm>
#include <cctype>

namespace findings::excel {
namespace {

constexpr SheetKind kAllSheets[] = {SheetKind::Summary,  SheetKind::Followup, SheetKind::Findings,
                                    SheetKind::Progress, SheetKind::Charts,   SheetKind::Sources,
                                    SheetKind::Actions};
static_assert(std::size(kAllSheets) == kSheetKindCount);

/// A sheet name as people may type it: case, spaces, '-' and '_' do not matter
/// ("Follow-up", "follow up", "followup").
std::string sheetKey(std::string_view name) {
    std::string key;
    for (char c : name)
        if (c != '-' && c != '_' && !std::isspace(static_cast<unsigned char>(c)))
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

std::string allSheetNames() {
    std::string out;
    for (SheetKind k : kAllSheets)
        out += (out.empty() ? "" : ",") + std::string(sheetOptionName(k));
    return out;
}

std::string lowerTrimmed(std::string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    std::string out(text.substr(b, e - b));
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<SheetKind> parseSheets(const std::string& text) {
    std::vector<bool> chosen(std::size(kAllSheets), false);
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string name = lowerTrimmed(std::string_view(text).substr(start, comma - start));
        start = comma + 1;
        if (name.empty()) continue;
        bool known = false;
        for (std::size_t i = 0; i < std::size(kAllSheets); ++i)
            if (sheetKey(name) == sheetKey(sheetOptionName(kAllSheets[i]))) chosen[i] = known = true;
        if (!known)
            throw Error(FND_ERR_BAD_OPTION, "option sheets: there is no sheet '" + name +
                                                "'; choose from " + allSheetNames());
    }
    std::vector<SheetKind> out;
    for (std::size_t i = 0; i < std::size(kAllSheets); ++i)
        if (chosen[i]) out.push_back(kAllSheets[i]);
    if (out.empty())
        throw Error(FND_ERR_BAD_OPTION,
                    "option sheets: name at least one sheet of " + allSheetNames());
    return out;
}

ConstantMemory parseConstantMemory(const std::string& text) {
    const std::string v = lowerTrimmed(text);
    if (v == "auto") return ConstantMemory::Auto;
    if (v == "true" || v == "yes" || v == "on" || v == "1") return ConstantMemory::On;
    if (v == "false" || v == "no" || v == "off" || v == "0") return ConstantMemory::Off;
    throw Error(FND_ERR_BAD_OPTION,
                "option constant_memory wants auto, true or false, not '" + text + "'");
}

}  // namespace

const char* sheetOptionName(SheetKind kind) {
    switch (kind) {
        case SheetKind::Summary: return "summary";
        case SheetKind::Followup: return "follow-up";
        case SheetKind::Findings: return "findings";
        case SheetKind::Progress: return "progress";
        case SheetKind::Charts: return "charts";
        case SheetKind::Sources: return "sources";
        case SheetKind::Actions: return "actions";
    }
    return "";
}

bool ExportOptions::has(SheetKind kind) const {
    return std::find(sheets.begin(), sheets.end(), kind) != sheets.end();
}

bool ExportOptions::useConstantMemory(std::size_t findingCount) const {
    switch (constantMemory) {
        case ConstantMemory::On: return true;
        case ConstantMemory::Off: return false;
        case ConstantMemory::Auto: break;
    }
    return findingCount > kConstantMemoryThreshold;
}

std::vector<OptionSpec> exportOptionSpecs() {
    return {
        OptionSpec::string(
            "sheets", allSheetNames(),
            "Which sheets to write, as a comma-separated list of " + allSheetNames() + "."),
        OptionSpec::string("title", "",
                           "Document title (properties, print headers, sheet titles); by "
                           "default it names the local authority."),
        OptionSpec::boolean("full_text", true,
                            "Include the full text of each finding, not only its summary."),
        OptionSpec::boolean("include_proposed", false,
                            "Show on the Follow-up sheet the links the linker only proposed "
                            "(below its confidence threshold), marked \"(proposed)\" and hatched."),
        OptionSpec::boolean("include_older_findings", false,
                            "List on the Actions sheet the weaknesses and areas for improvement "
                            "of every report, not only those since each council's latest full "
                            "inspection report."),
        OptionSpec::boolean("include_commentary", false,
                            "Count news articles and press releases in the Progress and Charts "
                            "sheets as well as Ofsted's own letters and reports."),
        OptionSpec::string("password", "",
                           "Password protecting the Actions sheet's locked cells; by default "
                           "the sheet is protected without one."),
        OptionSpec::choice("constant_memory", {"auto", "true", "false"}, "auto",
                           "Write rows straight to disk so memory stays flat (no Excel tables "
                           "then, filters instead); auto turns it on above 50,000 findings."),
    };
}

ExportOptions parseExportOptions(const Options& options) {
    ExportOptions out;
    out.sheets = parseSheets(options.get("sheets", allSheetNames()));
    out.title = options.get("title");
    out.fullText = options.getBool("full_text", true);
    out.includeCommentary = options.getBool("include_commentary", false);
    out.includeProposed = options.getBool("include_proposed", false);
    out.includeOlderFindings = options.getBool("include_older_findings", false);
    out.password = options.get("password");
    out.constantMemory = parseConstantMemory(options.get("constant_memory", "auto"));
    return out;
}

}  // namespace findings::excel
