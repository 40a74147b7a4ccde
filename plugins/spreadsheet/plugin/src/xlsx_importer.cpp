#include "xlsx_importer.hpp"

#include "findings_workbook.hpp"
#include "finding_ids.hpp"
#include "import_options.hpp"
#include "import_setup.hpp"
#include "input_access.hpp"
#include "ole_compound.hpp"
#include "read_errors.hpp"
#include "table_preview.hpp"
#include "table_reader.hpp"

#include <findings/safezip/archive.hpp>
#include <findings/sheetread/read_ahead.hpp>
#include <findings/sheetread/xlsx_workbook.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <cctype>
#include <limits>
#include <unordered_set>

namespace spreadsheet {

namespace {

using findings::sheetread::SheetInfo;
using findings::sheetread::SheetKind;
using findings::sheetread::SheetVisibility;
using findings::sheetread::XlsxWorkbook;

std::string sheetList(const XlsxWorkbook& workbook) {
    std::string out;
    for (const auto& s : workbook.sheets()) out += (out.empty() ? "" : ", ") + s.name;
    return out;
}

/// The sheets to read: the one named by the option, else every visible worksheet.
std::vector<const SheetInfo*> sheetsToRead(const XlsxWorkbook& workbook, const TableOptions& options,
                                           Diagnostics& diagnostics) {
    std::vector<const SheetInfo*> sheets;
    if (!options.sheet.empty()) {
        const SheetInfo& sheet = workbook.sheetFor(options.sheet);  // lists the sheets when missing
        if (sheet.visibility != SheetVisibility::Visible)
            diagnostics.info("hidden-sheet", "sheet " + sheet.name +
                                                 " is hidden; read because the sheet option names it");
        sheets.push_back(&sheet);
        return sheets;
    }
    for (const auto& sheet : workbook.sheets()) {
        if (sheet.kind != SheetKind::Worksheet) {
            diagnostics.info("not-a-worksheet", "sheet " + sheet.name +
                                                    " holds a chart or macros, not cells; skipped");
            continue;
        }
        if (sheet.visibility != SheetVisibility::Visible && !options.includeHidden) {
            diagnostics.info("hidden-sheet", "sheet " + sheet.name +
                                                 " is hidden; skipped (include_hidden=true reads it)");
            continue;
        }
        sheets.push_back(&sheet);
    }
    return sheets;
}

/// Workbooks up to this size are read into memory, so each sheet's XML can be read on a
/// second thread while this one turns its rows into findings; nearly every tracker is far
/// smaller (100,000 rows take about 7 MB). Larger ones are read in place, on one thread.
constexpr uint64_t kReadAheadMaxBytes = 64u << 20;

void importTrackerSheets(XlsxWorkbook& workbook, findings::ImportCall& call, const ImportSetup& setup,
                         Diagnostics& diagnostics, bool readAhead) {
    const std::string file = workbook.fileName();
    const auto sheets = sheetsToRead(workbook, setup.options, diagnostics);
    TableEnvironment env{setup.options, setup.vocabulary, *setup.themes, *setup.classifier, diagnostics,
                         call.sink, file, {}};
    std::unordered_set<std::string> sourceIds;
    std::vector<std::string> withoutHeader;
    size_t imported = 0, findings = 0;
    for (const SheetInfo* sheet : sheets) {
        findings::Source source;
        source.id = sourceIdForSheet(setup.fileSourceId, sheet->name, sheet->index, sourceIds);
        sourceIds.insert(source.id);
        source.kind = "spreadsheet";
        source.role = "plan";
        source.sha256 = setup.sha256;
        source.properties.emplace_back("sheet", sheet->name);
        env.tick = progressTicker(call.host, "reading sheet " + sheet->name);
        SheetContext context{source.id, sheet->name, sheet->name};
        TableReader reader(env, std::move(context), std::move(source));
        if (readAhead) findings::sheetread::readSheetAhead(workbook, *sheet, reader);
        else workbook.readSheet(*sheet, reader);
        const TableResult& r = reader.result();
        if (!r.headerFound) {
            if (!setup.options.sheet.empty())
                throw findings::Error(
                    FND_ERR_INVALID_INPUT,
                    file + ": sheet " + sheet->name + " has no header row: none of its first " +
                        std::to_string(TableReader::kMaxHeaderSearchRows) +
                        " rows names two known columns such as Ref, Area for improvement, Action, Owner, "
                        "Target date, RAG; give header_row=N, or map.text=HEADER");
            withoutHeader.push_back(sheet->name);
            diagnostics.info("no-header", "sheet " + sheet->name + " has no header row; skipped");
            continue;
        }
        ++imported;
        findings += r.findings;
        diagnostics.info("sheet-read", "sheet " + sheet->name + ": header on row " +
                                           std::to_string(r.headerRow) + ", " + std::to_string(r.findings) +
                                           " finding(s)" +
                                           (r.hiddenRowsSkipped ? ", " + std::to_string(r.hiddenRowsSkipped) +
                                                                      " hidden row(s) skipped"
                                                                : std::string()));
    }
    if (imported == 0) {
        std::string tried;
        for (const auto& n : withoutHeader) tried += (tried.empty() ? "" : ", ") + n;
        throw findings::Error(FND_ERR_INVALID_INPUT,
                              file + ": no sheet has a header row (" +
                                  (tried.empty() ? "no visible worksheet; sheets: " + sheetList(workbook)
                                                 : "sheets looked at: " + tried) +
                                  "); a header row names two known columns such as Ref, Area for improvement, "
                                  "Action, Owner, Target date, RAG; give header_row=N or map.text=HEADER");
    }
    // A header and nothing usable below it gives an empty document: say so, never silently.
    if (findings == 0)
        diagnostics.warning("no-findings", "a header row was found but no row below it gave a finding "
                                           "(every row was blank, hidden or dropped); nothing was imported");
}

}  // namespace

XlsxImporter::XlsxImporter()
    : Importer({"uk.findings.spreadsheet.xlsx", "Spreadsheet trackers (Excel)",
                "Improvement-plan trackers, action logs and audit registers in .xlsx: one finding per "
                "row, with its action, themes and every other column; also reads back workbooks "
                "Findings Studio exported, with the edits made in them.",
                {"xlsx", "xlsm"},
                xlsxOptionSpecs()}) {}

findings::Identification XlsxImporter::identify(const findings::IdentifyCall& call) const {
    const std::string_view head = call.head;
    const std::string ext = lowerExtension(call.path);
    if (head.size() >= 4 && head.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        // Local headers name the parts; an exported workbook's marker is deflated inside its
        // hidden sheet, so it is recognised in import, not here.
        if (head.find("xl/") != std::string_view::npos)
            return findings::Identification::of(70, "zip container with xl/ workbook parts");
        if (ext == "xlsx" || ext == "xlsm")
            return findings::Identification::of(40, "zip file named ." + ext);
        return findings::Identification::unknown();
    }
    if (isOleCompound(head) && (ext == "xlsx" || ext == "xlsm" || ext == "xls"))
        // Taken so the import can say what the file is (password-protected or legacy .xls).
        return findings::Identification::of(20, "OLE compound file named ." + ext +
                                                    " (password-protected or legacy .xls)");
    return findings::Identification::unknown();
}

namespace {

/// Refuses an OLE compound file, saying whether it is a password-protected workbook or a
/// legacy .xls (the zip reader could only say it is one or the other).
void refuseOleCompound(const findings::Input& input) {
    char head[8] = {};
    input.seek(0, 0);
    const size_t n = input.read(head, sizeof head);
    input.seek(0, 0);
    if (!isOleCompound(std::string_view(head, n))) return;
    const ReadAt readAt = [&input](uint64_t offset, void* buffer, size_t size) {
        if (input.seek(int64_t(offset), 0) != int64_t(offset)) return size_t(0);
        size_t done = 0;
        for (size_t got; done < size && (got = input.read(static_cast<char*>(buffer) + done, size - done)) > 0;)
            done += got;
        return done;
    };
    throw findings::Error(FND_ERR_UNSUPPORTED, input.path() + ": " + describeOleCompound(oleEntryNames(readAt)));
}

}  // namespace

void XlsxImporter::import(findings::ImportCall& call) {
    refuseOleCompound(call.input);
    ImportSetup setup = prepareImport(call, classifiers_);
    const bool original = call.options.getBool(kOriginalOption, false);
    const std::string file = call.input.path();
    Diagnostics diagnostics(call.host);
    translateReadErrors([&] {
        std::unique_ptr<findings::safezip::ByteSource> inMemory = inputInMemory(call.input, kReadAheadMaxBytes);
        const bool readAhead = inMemory != nullptr;
        XlsxWorkbook workbook(readAhead ? std::move(inMemory) : inputByteSource(call.input));
        for (const std::string& name : workbook.duplicateEntries())
            call.host.warning(findings::safezip::kDuplicateEntryCode, findings::safezip::duplicateEntryMessage(name));
        if (isFindingsWorkbook(workbook)) {
            // Every change and conflict is worth a line: no budget.
            Diagnostics roundTrip(call.host, std::numeric_limits<size_t>::max());
            importFindingsWorkbook(workbook, call.sink, *setup.themes, roundTrip, original);
            return;
        }
        if (original) {
            // Nothing records what was exported: give no records, so `findings merge` takes
            // every difference from its base as an edit.
            diagnostics.warning("no-original",
                                "this is not a workbook exported by Findings Studio, so it records no "
                                       "original; roundtrip.original gives no records");
            return;
        }
        importTrackerSheets(workbook, call, setup, diagnostics, readAhead);
    });
    diagnostics.finish();
}

void XlsxImporter::preview(findings::PreviewCall& call) {
    refuseOleCompound(call.input);
    ImportSetup setup = preparePreview(call, classifiers_);
    const std::string file = call.input.path();
    Diagnostics diagnostics(call.host);
    translateReadErrors([&] {
        XlsxWorkbook workbook(inputByteSource(call.input));
        const auto sheets = sheetsToRead(workbook, setup.options, diagnostics);
        DiscardingSink nowhere;
        TableEnvironment env{setup.options, setup.vocabulary, *setup.themes, *setup.classifier, diagnostics,
                             nowhere.sink(), file, {}};
        // The first sheet with a header is the one shown; with none, the first sheet's rows.
        struct Read {
            std::unique_ptr<TableReader> reader;
            std::unique_ptr<PreviewHandler> preview;
            std::string sheet;
        };
        std::optional<Read> shown;
        for (const SheetInfo* sheet : sheets) {
            Read read;
            read.sheet = sheet->name;
            env.tick = progressTicker(call.host, "previewing sheet " + sheet->name);
            findings::Source source;
            source.kind = "spreadsheet";
            source.role = "plan";
            read.reader = std::make_unique<TableReader>(env, SheetContext{source.id, sheet->name, sheet->name},
                                                        std::move(source));
            read.preview = std::make_unique<PreviewHandler>(*read.reader, call.maxRows);
            workbook.readSheet(*sheet, *read.preview);
            const bool found = read.preview->headerRow().has_value();
            if (!shown || found) shown = std::move(read);
            if (found) break;
        }
        if (!shown) {
            call.out.table("", 0, FND_NONE);
            return;
        }
        if (!shown->preview->problem().empty()) diagnostics.warning("preview-options", shown->preview->problem());
        reportPreview(call.out, *shown->preview, *shown->reader, shown->sheet, sheets.size());
    });
    diagnostics.finish();
}

}  // namespace spreadsheet
