#include "import_options.hpp"

#include <algorithm>
#include <cctype>

namespace spreadsheet {

namespace {

using findings::OptionSpec;

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

[[noreturn]] void badOption(const std::string& message) {
    throw findings::Error(FND_ERR_BAD_OPTION, message);
}

std::vector<OptionSpec> tableOptionSpecs() {
    return {
        OptionSpec::integer(kHeaderRowOption, 0,
                            "Row number of the header row; 0 finds the first row that names "
                            "known columns."),
        OptionSpec::string("map.*", "",
                           "map.FIELD=HEADER reads FIELD (text, ref, theme, action, owner, due, "
                           "status, summary, section, review) from the column with that header; "
                           "an empty HEADER keeps the column as a property."),
        OptionSpec::path(kThemesOption,
                         "Theme taxonomy file (themes.json format) to use instead of the default."),
    };
}

}  // namespace

TableOptions readTableOptions(const findings::Options& options) {
    TableOptions t;
    t.sheet = options.get(kSheetOption);
    const long long headerRow = options.getInt(kHeaderRowOption, 0);
    if (headerRow < 0 || headerRow > 1048576)
        badOption("option header_row wants a row number from 1 to 1048576 (or 0 to detect the "
                  "header), not " + std::to_string(headerRow));
    t.headerRow = uint32_t(headerRow);
    for (const auto& [name, header] : options.withPrefix(kMapPrefix)) {
        const auto field = tableFieldNamed(name);
        if (!field)
            badOption("option map." + name + ": there is no field \"" + name + "\" (fields: " +
                      tableFieldList() + ")");
        for (const auto& m : t.mappings)
            if (m.field == *field) badOption("option map." + name + " is given twice");
        t.mappings.push_back({*field, header});
    }
    t.includeHidden = options.getBool(kIncludeHiddenOption, false);
    t.themes = options.get(kThemesOption);
    return t;
}

CsvDecodeOptions readCsvDecodeOptions(const findings::Options& options) {
    using findings::text::Encoding;
    CsvDecodeOptions c;
    const std::string encoding = lower(options.get(kEncodingOption, "auto"));
    if (encoding == "auto" || encoding.empty()) c.encoding = std::nullopt;
    else if (encoding == "utf-8" || encoding == "utf8") c.encoding = Encoding::Utf8;
    else if (encoding == "utf-16le" || encoding == "utf-16" || encoding == "utf16") c.encoding = Encoding::Utf16LE;
    else if (encoding == "utf-16be") c.encoding = Encoding::Utf16BE;
    else if (encoding == "windows-1252" || encoding == "cp1252" || encoding == "latin1" ||
             encoding == "iso-8859-1")
        c.encoding = Encoding::Windows1252;
    else
        badOption("option encoding: \"" + encoding +
                  "\" is not one of auto, utf-8, utf-16le, utf-16be, windows-1252");
    const std::string delimiter = options.get(kDelimiterOption, "auto");
    if (delimiter == "auto" || delimiter.empty()) c.delimiter = 0;
    else if (delimiter == "tab" || delimiter == "\\t" || delimiter == "\t") c.delimiter = '\t';
    else if (delimiter == "," || delimiter == ";" || delimiter == "|") c.delimiter = delimiter[0];
    else if (delimiter == "comma") c.delimiter = ',';
    else if (delimiter == "semicolon") c.delimiter = ';';
    else if (delimiter == "pipe") c.delimiter = '|';
    else
        badOption("option delimiter: \"" + delimiter + "\" is not one of auto, ',', ';', tab, '|'");
    return c;
}

std::vector<OptionSpec> xlsxOptionSpecs() {
    std::vector<OptionSpec> specs{
        OptionSpec::string(kSheetOption, "",
                           "Sheet to import; empty imports every visible sheet that has a header row."),
    };
    for (auto& s : tableOptionSpecs()) specs.push_back(std::move(s));
    specs.push_back(OptionSpec::boolean(kIncludeHiddenOption, false,
                                        "Import hidden rows and hidden sheets too (they are "
                                        "reported and skipped otherwise)."));
    specs.push_back(OptionSpec::boolean(kOriginalOption, false,
                                        "For a workbook exported by Findings Studio: give back the "
                                        "records exactly as exported, without the edits made since."));
    return specs;
}

std::vector<OptionSpec> csvOptionSpecs() {
    std::vector<OptionSpec> specs = tableOptionSpecs();
    specs.push_back(OptionSpec::choice(kEncodingOption,
                                       {"auto", "utf-8", "utf-16le", "utf-16be", "windows-1252"},
                                       "auto", "Character encoding; auto reads byte-order marks and "
                                               "tells UTF-8 from Windows-1252."));
    specs.push_back(OptionSpec::choice(kDelimiterOption, {"auto", ",", ";", "tab", "|"}, "auto",
                                       "Field delimiter; auto sniffs it from the first lines."));
    return specs;
}

}  // namespace spreadsheet
