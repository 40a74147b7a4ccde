#include "workbook_fixture.hpp"

#include "sample_document.hpp"

#include <findings/format/findings_json.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace exceltest {
namespace {

using testsupport::runCli;
using testsupport::runCommand;
using testsupport::shellQuote;

const std::string kScripts = EXCEL_TEST_SCRIPTS;
const std::string kPython = "/usr/bin/python3";

testsupport::TempDir& dir() {
    static testsupport::TempDir d;
    return d;
}

/// Makes `path` once with `make`, then returns it.
template <typename Make>
const std::string& once(std::unique_ptr<std::string>& slot, Make make) {
    if (!slot) slot = std::make_unique<std::string>(make());
    return *slot;
}

std::string convert(const std::string& name, const std::string& options) {
    const std::string out = dir().file(name);
    const auto r = runCli("convert --quiet " + shellQuote(documentPath()) + " -o " +
                          shellQuote(out) + " " + options);
    if (r.status != 0 || !testsupport::fileExists(out))
        throw std::runtime_error("findings convert to " + out + " failed: " + r.err);
    return out;
}

}  // namespace

const std::string& sharedDir() { return dir().path(); }

const std::string& documentPath() {
    static std::unique_ptr<std::string> path;
    return once(path, [] {
        const std::string p = dir().file("wyvern.findings.json");
        testsupport::writeFile(p, findings::findingsToJson(sampleDocument()));
        return p;
    });
}

const findings::FindingsSet& exportedDocument() {
    static const findings::FindingsSet set = findings::readFindingsFile(documentPath());
    return set;
}

const std::string& exportedWorkbook() {
    static std::unique_ptr<std::string> path;
    return once(path, [] { return convert("wyvern.xlsx", ""); });
}

const std::string& constantMemoryWorkbook() {
    static std::unique_ptr<std::string> path;
    return once(path, [] { return convert("wyvern-cm.xlsx", "--option constant_memory=true"); });
}

std::string managerEdits() {
    auto edit = [](const char* sheet, int k, const char* column, const std::string& value,
                   bool date = false) {
        return std::string("{\"sheet\": \"") + sheet + "\", \"id\": \"" + findingId(k) +
               "\", \"column\": \"" + column + "\", \"" + (date ? "date" : "value") + "\": \"" +
               value + "\"}";
    };
    const std::vector<std::string> edits{
        edit("Findings", 0, "Status", "Green"),
        edit("Actions", 1, "Owner", "Priya Shah"),
        edit("Findings", 4, "Due", "2025-09-30", true),
        edit("Findings", 2, "Themes", labelOf("assessment") + "; " + labelOf("care_leavers")),
        edit("Findings", 6, "Review", "Confirmed"),
        edit("Actions", 3, "Action", "Audit supervision records by March"),
        edit("Findings", 12, "Status", "Amber"),
        edit("Actions", 12, "Status", "Red"),
        edit("Findings", 16, "Status", "Amber"),
        edit("Actions", 16, "Status", "Amber"),
        // Not an editable column: the importer must ignore it.
        edit("Findings", 10, "Finding", "Someone rewrote this finding."),
    };
    std::string json = "[";
    for (std::size_t i = 0; i < edits.size(); ++i) json += (i ? ",\n" : "") + edits[i];
    return json + "]";
}

const std::string& editedWorkbook() {
    static std::unique_ptr<std::string> path;
    return once(path, [] {
        const std::string edits = dir().file("edits.json");
        testsupport::writeFile(edits, managerEdits());
        const std::string out = dir().file("wyvern-edited.xlsx");
        runScript("edit_workbook.py",
                  shellQuote(exportedWorkbook()) + " " + shellQuote(out) + " " + shellQuote(edits));
        return out;
    });
}

void runLibreOffice(const std::string& args) {
    const std::string home = dir().file("lo-home");
    const auto r = runCommand("mkdir -p " + shellQuote(home) + " && HOME=" + shellQuote(home) +
                              " soffice --headless --norestore -env:UserInstallation=file://" +
                              home + "/profile " + args);
    if (r.status != 0)
        throw std::runtime_error("soffice " + args + " failed (" + std::to_string(r.status) +
                                 "): " + r.err + r.out);
}

const std::string& libreOfficeResaved() {
    static std::unique_ptr<std::string> path;
    return once(path, [] {
        const std::string out = dir().file("lo-xlsx");
        runLibreOffice("--convert-to xlsx --outdir " + shellQuote(out) + " " +
                       shellQuote(editedWorkbook()));
        const std::string file = out + "/wyvern-edited.xlsx";
        if (!testsupport::fileExists(file))
            throw std::runtime_error("LibreOffice wrote no " + file);
        return file;
    });
}

const std::string& libreOfficeCsvDir() {
    static std::unique_ptr<std::string> path;
    return once(path, [] {
        const std::string out = dir().file("lo-csv");
        // Filter options: comma, double quote, UTF-8, from line 1, default cell format,
        // language, quoted fields as text no, detect numbers yes, cells as shown yes, formulas
        // no, trim spaces no, and -1: every sheet to its own file.
        runLibreOffice(
            "--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,"
            "true,false,false,-1' --outdir " +
            shellQuote(out) + " " + shellQuote(exportedWorkbook()));
        return out;
    });
}

const std::string& libreOfficePdf() {
    static std::unique_ptr<std::string> path;
    return once(path, [] {
        const std::string out = dir().file("lo-pdf");
        runLibreOffice("--convert-to pdf --outdir " + shellQuote(out) + " " +
                       shellQuote(exportedWorkbook()));
        return out + "/wyvern.pdf";
    });
}

const findings::core::ThemeLabels& themeLabels() {
    static const findings::core::ThemeLabels labels = [] {
        const std::string file = std::string(FINDINGS_PLUGIN_DIR) + "/data/themes.json";
        return testsupport::fileExists(file) ? findings::core::ThemeLabels::load(file)
                                             : findings::core::ThemeLabels();
    }();
    return labels;
}

std::string labelOf(const std::string& themeId) { return themeLabels().label(themeId); }

std::string runScript(const std::string& script, const std::string& args) {
    const auto r = runCommand(kPython + " " + shellQuote(kScripts + "/" + script) + " " + args);
    if (r.status != 0) throw std::runtime_error(script + " " + args + " failed: " + r.err);
    return r.out;
}

Poco::JSON::Object::Ptr workbookFacts(const std::string& workbook) {
    const std::string text = runScript("workbook_facts.py", shellQuote(workbook));
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::vector<std::vector<std::string>> sheetText(const std::string& workbook,
                                                const std::string& sheet) {
    const std::string text =
        runScript("sheet_text.py", shellQuote(workbook) + " " + shellQuote(sheet));
    Poco::JSON::Parser parser;
    auto rows = parser.parse(text).extract<Poco::JSON::Array::Ptr>();
    std::vector<std::vector<std::string>> out;
    for (std::size_t r = 0; r < rows->size(); ++r) {
        auto cells = rows->getArray(static_cast<unsigned>(r));
        std::vector<std::string> row;
        for (std::size_t c = 0; c < cells->size(); ++c)
            row.push_back(cells->getElement<std::string>(static_cast<unsigned>(c)));
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<std::vector<std::string>> readCsv(const std::string& path) {
    const std::string text = testsupport::readFile(path);
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, fieldStarted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            rows.back().push_back(field), field.clear(), fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            rows.back().push_back(field), field.clear(), fieldStarted = false;
            rows.emplace_back();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !rows.back().empty()) rows.back().push_back(field);
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

}  // namespace exceltest
