#include "csv_importer.hpp"

#include "csv_table_adapter.hpp"
#include "import_setup.hpp"
#include "input_access.hpp"
#include "read_errors.hpp"
#include "table_preview.hpp"
#include "table_reader.hpp"

#include <findings/text/decode.hpp>
#include <findings/text/text_error.hpp>

#include <algorithm>
#include <cctype>
#include <map>

namespace spreadsheet {

namespace {

const char* delimiterName(char d) {
    switch (d) {
    case ',': return "comma";
    case ';': return "semicolon";
    case '\t': return "tab";
    case '|': return "pipe";
    }
    return "other";
}

/// Streams the CSV input through `adapter` with the decoding the options ask for, then ends
/// the sheet; reader failures become import errors naming the file.
void readCsvInto(const findings::Input& input, const CsvDecodeOptions& decode, CsvTableAdapter& adapter) {
    findings::sheetread::CsvOptions csvOptions;
    csvOptions.delimiter = decode.delimiter;
    csvOptions.encoding = decode.encoding;
    translateReadErrors([&] {
        findings::sheetread::readCsv(inputByteReader(input), input.path(), adapter, csvOptions);
        adapter.finish();
    });
}

}  // namespace

DelimitedText looksDelimited(std::string_view head) {
    DelimitedText out;
    std::string text;
    try {
        text = findings::text::decodeToUtf8(head).utf8;
    } catch (const findings::text::TextDecodeError&) {
        return out;
    }
    // Only whole lines: the head may end mid-line.
    const size_t lastBreak = text.find_last_of('\n');
    if (lastBreak != std::string::npos && head.size() >= 4096) text.resize(lastBreak + 1);
    std::string sniffReason;
    const char delimiter = findings::sheetread::sniffDelimiter(text, sniffReason);
    std::map<size_t, size_t> linesByCount;  // delimiters on a line -> lines
    size_t lines = 0, start = 0;
    while (start < text.size() && lines < 30) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string_view line(text.data() + start, end - start);
        start = end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        ++lines;
        ++linesByCount[size_t(std::count(line.begin(), line.end(), delimiter))];
    }
    size_t delimited = 0, sameCount = 0;
    for (const auto& [count, n] : linesByCount)
        if (count >= 2) {
            delimited += n;
            sameCount = std::max(sameCount, n);
        }
    if (lines < 2 || delimited * 10 < lines * 7) return out;
    out.delimited = true;
    // Prose has commas, never the same number of tabs or commas on nearly every line.
    out.uniform = sameCount * 10 >= lines * 9;
    out.reason = std::string(delimiterName(delimiter)) + "-separated text (" + std::to_string(delimited) + " of " +
                 std::to_string(lines) + " lines" + (out.uniform ? ", nearly all with the same fields)" : ")");
    return out;
}

CsvImporter::CsvImporter()
    : Importer({"uk.findings.spreadsheet.csv", "Spreadsheet trackers (CSV)",
                "Improvement-plan trackers, action logs and audit registers saved as CSV or "
                "tab-separated text: one finding per row, with its action, themes and every other "
                "column.",
                {"csv", "tsv", "txt"},
                csvOptionSpecs()}) {}

findings::Identification CsvImporter::identify(const findings::IdentifyCall& call) const {
    const std::string ext = lowerExtension(call.path);
    if (ext != "csv" && ext != "tsv" && ext != "txt") return findings::Identification::unknown();
    const findings::text::EncodingGuess detected = findings::text::detectEncoding(call.head, call.head.size() < 65536);
    if (detected.encoding == findings::text::Encoding::Binary) {
        // A binary .csv is taken, weakly, so its import can say what is wrong with it; a
        // binary .txt is no table and no business of this importer.
        if (ext == "txt") return findings::Identification::unknown();
        return findings::Identification::of(5, "binary data named ." + ext + " (" + detected.reason + ")");
    }
    const DelimitedText table = looksDelimited(call.head);
    if (ext == "txt") {
        // Letters are .txt too: only text that is plainly a table, and surely so when nearly
        // every line has the same fields (Excel's "Unicode text" export).
        if (!table.delimited) return findings::Identification::unknown();
        return findings::Identification::of(table.uniform ? 75 : 45, table.reason);
    }
    return findings::Identification::of(table.delimited ? 80 : 50, table.delimited ? table.reason : "." + ext + " file");
}

void CsvImporter::import(findings::ImportCall& call) {
    ImportSetup setup = prepareImport(call, classifiers_);
    const CsvDecodeOptions decode = readCsvDecodeOptions(call.options);
    if (!setup.options.sheet.empty())
        call.host.warning("option-ignored", "a CSV file has no sheets; option sheet=" + setup.options.sheet +
                                                " is ignored");
    const std::string file = call.input.path();
    Diagnostics diagnostics(call.host);
    TableEnvironment env{setup.options, setup.vocabulary, *setup.themes, *setup.classifier, diagnostics,
                         call.sink, file, progressTicker(call.host, "reading " + baseName(file))};
    findings::Source source;
    source.id = setup.fileSourceId;
    source.kind = "spreadsheet";
    source.role = "plan";
    source.sha256 = setup.sha256;
    SheetContext context{source.id, stemName(file), ""};
    TableReader reader(env, std::move(context), std::move(source));
    CsvTableAdapter adapter(reader, baseName(file));
    readCsvInto(call.input, decode, adapter);
    const TableResult& r = reader.result();
    if (!r.headerFound)
        throw findings::Error(FND_ERR_INVALID_INPUT,
                              file + ": no header row: none of the first " +
                                  std::to_string(TableReader::kMaxHeaderSearchRows) +
                                  " rows names two known columns such as Ref, Area for improvement, Action, "
                                  "Owner, Target date, RAG; give header_row=N, or map.text=HEADER");
    // A header and nothing usable below it gives an empty document: say so, never silently.
    if (r.findings == 0)
        diagnostics.warning("no-findings", "the header is on row " + std::to_string(r.headerRow) +
                                               " but no row below it gave a finding (every row was blank or "
                                               "dropped); nothing was imported");
    diagnostics.info("table-read", "header on row " + std::to_string(r.headerRow) + ", " +
                                       std::to_string(r.findings) + " finding(s); read as " +
                                       findings::text::encodingName(adapter.format().encoding) + ", " +
                                       delimiterName(adapter.format().delimiter) + "-separated");
    diagnostics.finish();
}

void CsvImporter::preview(findings::PreviewCall& call) {
    ImportSetup setup = preparePreview(call, classifiers_);
    const CsvDecodeOptions decode = readCsvDecodeOptions(call.options);
    const std::string file = call.input.path();
    Diagnostics diagnostics(call.host);
    DiscardingSink nowhere;
    TableEnvironment env{setup.options, setup.vocabulary, *setup.themes, *setup.classifier, diagnostics,
                         nowhere.sink(), file, progressTicker(call.host, "previewing " + baseName(file))};
    findings::Source source;
    source.kind = "spreadsheet";
    source.role = "plan";
    SheetContext context{source.id, stemName(file), ""};
    TableReader reader(env, std::move(context), std::move(source));
    PreviewHandler preview(reader, call.maxRows);
    CsvTableAdapter adapter(reader, baseName(file), &preview);
    readCsvInto(call.input, decode, adapter);
    if (!preview.problem().empty()) diagnostics.warning("preview-options", preview.problem());
    reportPreview(call.out, preview, reader, "", 1);
    diagnostics.finish();
}

}  // namespace spreadsheet
