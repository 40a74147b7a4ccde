#include "workbook_builder.hpp"

#include "actions_sheet.hpp"
#include "charts_sheet.hpp"
#include "data_sheet_writer.hpp"
#include "findings_sheet.hpp"
#include "followup_sheet.hpp"
#include "progress_matrix.hpp"
#include "progress_sheet.hpp"
#include "scratch_file.hpp"
#include "sources_sheet.hpp"
#include "summary_sheet.hpp"
#include "styles.hpp"
#include "workbook_handle.hpp"
#include "workbook_output.hpp"
#include "xlsx_error.hpp"


#include <findings/excel/roundtrip/data_sheet.hpp>

#include <algorithm>
#include <ctime>
#include <map>
#include <malloc.h>
#include <optional>

namespace findings::excel {
namespace {

/// How often (in findings) the loop checks for cancellation and reports progress.
constexpr std::size_t kProgressEvery = 2048;
/// Share of the progress bar for writing rows; the rest is compression and delivery.
constexpr double kRowsShare = 0.8;

const char* sheetName(SheetKind kind) {
    switch (kind) {
        case SheetKind::Summary: return SummarySheet::kName;
        case SheetKind::Followup: return FollowupSheet::kName;
        case SheetKind::Findings: return FindingsSheet::kName;
        case SheetKind::Progress: return ProgressSheet::kName;
        case SheetKind::Charts: return ChartsSheet::kName;
        case SheetKind::Sources: return SourcesSheet::kName;
        case SheetKind::Actions: return ActionsSheet::kName;
    }
    return "";
}

lxw_worksheet* addSheet(lxw_workbook* workbook, const char* name) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name);
    if (!sheet) throw Error(FND_ERR_INTERNAL, std::string("cannot add the sheet ") + name);
    return sheet;
}

void setProperties(lxw_workbook* workbook, const std::string& title, std::size_t findings) {
    // libxlsxwriter copies these strings.
    lxw_doc_properties p{};
    p.title = const_cast<char*>(title.c_str());
    p.subject = const_cast<char*>("Inspection findings, progress by theme and visit, and actions");
    p.author = const_cast<char*>("Findings Studio");
    p.category = const_cast<char*>("Inspection findings");
    p.keywords = const_cast<char*>("findings, inspection, children's services, improvement plan");
    p.comments = const_cast<char*>(
        "Made by Findings Studio. Edit Action, Owner, Due, Status, Themes and Review on the "
        "Findings or Actions sheet; the hidden data lets the edited workbook be imported back.");
    p.created = std::time(nullptr);
    checkLxw(workbook_set_properties(workbook, &p), "setting the document properties");
    const std::string marker =
        std::string(kDataSheetMarker) + "/" + std::to_string(kDataSheetLayoutVersion);
    checkLxw(workbook_set_custom_property_string(workbook, kCustomPropertyName, marker.c_str()),
             "setting the workbook's marker property");
    checkLxw(workbook_set_custom_property_integer(workbook, "FindingsCount",
                                                  static_cast<int32_t>(findings)),
             "setting the workbook's finding count property");
}

/// True when a finding belongs in the follow-up table's input: an area for improvement, a
/// plan item, or a finding with links. The table reads nothing else, so a large set need not
/// be held whole.
bool followupReads(const Finding& f) { return kindOf(f) != "finding" || !f.links.empty(); }

}  // namespace

std::string defaultTitle(const SourceCatalog& catalog) {
    const std::string authority = catalog.commonAuthority();
    if (authority.empty()) return "Children's services: inspection findings";
    return authority + " children's services: inspection findings";
}

void exportWorkbook(ExportCall& call, const ExportOptions& options) {
    const View& view = call.view;
    const Host& host = call.host;
    const std::size_t total = view.findingCount();
    // One row per finding (or source) plus the header must fit an Excel sheet.
    if (total > kExcelMaxRows - 1 || view.sourceCount() > kExcelMaxRows - 1)
        throw Error(FND_ERR_LIMIT,
                    "an Excel sheet holds at most " + std::to_string(kExcelMaxRows - 1) +
                        " rows, and this set has " + std::to_string(total) + " findings and " +
                        std::to_string(view.sourceCount()) +
                        " sources; export a part of it, or use the JSON or CSV exporter");
    const SourceCatalog catalog(view);
    const std::string title = options.title.empty() ? defaultTitle(catalog) : options.title;
    const std::string tempDir = call.output.tempDir();
    ScratchFile scratch(tempDir, "findings-excel-", ".xlsx");
    std::vector<std::string> dataSheets;
    std::vector<DataPartRows> dataRows;
    {
        WorkbookHandle workbook(scratch.path(), options.useConstantMemory(total), tempDir);
        Styles styles(workbook.get());
        SheetContext context{workbook.get(), styles, workbook.constantMemory(), title};

        // Sheets are added in the order they appear; the data sheet last, never first, since
        // the first sheet is the one that opens and a hidden sheet cannot be active.
        lxw_worksheet* sheets[kSheetKindCount] = {};
        for (SheetKind kind : options.sheets)
            sheets[static_cast<int>(kind)] = addSheet(workbook.get(), sheetName(kind));
        auto sheetOf = [&](SheetKind kind) { return sheets[static_cast<int>(kind)]; };

        std::optional<FindingsSheet> findingsSheet;
        if (sheetOf(SheetKind::Findings))
            findingsSheet.emplace(context, sheetOf(SheetKind::Findings), options.fullText);
        std::optional<ActionsSheet> actionsSheet;
        if (sheetOf(SheetKind::Actions))
            actionsSheet.emplace(context, sheetOf(SheetKind::Actions), options.password);
        DataSheetWriter data(context, options.password, tempDir);
        for (std::size_t i = 0; i < view.sourceCount(); ++i) data.add(view.source(i));

        // The follow-up table and the summary need whole source records and the findings the
        // table reads; kept only when one of those sheets is chosen.
        const bool wantsFollowup = sheetOf(SheetKind::Followup) || sheetOf(SheetKind::Summary);
        std::vector<Source> sourceRecords;
        std::vector<Finding> followupFindings;
        if (wantsFollowup)
            for (std::size_t i = 0; i < view.sourceCount(); ++i) sourceRecords.push_back(view.source(i));
        const std::string today = todayIso();
        std::map<std::string, ActionTally> actionTallies;

        ProgressCounter counter(catalog.all().size());
        std::vector<SourceTally> tallies(catalog.all().size());
        ThemeLabelCache labels(&view);
        std::vector<std::string> themeLabels;
        for (std::size_t i = 0; i < total; ++i) {
            const Finding f = view.finding(i);
            const SourceInfo* source = catalog.find(f.source);
            labels.labels(f.themes, themeLabels);
            const FindingRow row{f, source, i + 1, themeLabels};
            if (findingsSheet) findingsSheet->add(row);
            if (actionsSheet) {
                const bool current =
                    ActionsSheet::isCurrent(catalog, source, options.includeOlderFindings);
                if (ActionsSheet::wants(f, source ? source->role : std::string(), current))
                    actionsSheet->add(row);
            }
            if (wantsFollowup) {
                actionTallies[source ? source->authority : std::string()].add(f.action, today);
                if (followupReads(f)) followupFindings.push_back(f);
            }
            data.add(f);
            // Progress counts Ofsted's evidence: a plan is never a visit, commentary only on
            // request, and a finding restating another (same_as) is counted once, there.
            // The SDK's rule, the desktop app's too (findings/sdk/progress.hpp).
            const bool counted = source &&
                                 progress::countsAsEvidence(source->role, options.includeCommentary) &&
                                 !progress::restatesAnother(f);
            if (counted) {
                counter.add(source->index, f.themes, f.polarity);
                tallies[source->index].count(f.polarity);
            }
            if ((i + 1) % kProgressEvery == 0) {
                host.throwIfCancelled();
                host.progress(kRowsShare * static_cast<double>(i + 1) / static_cast<double>(total),
                              "writing findings");
            }
        }
        if (findingsSheet) findingsSheet->finish();
        if (actionsSheet) actionsSheet->finish();
        data.finish();

        if (sheetOf(SheetKind::Progress) || sheetOf(SheetKind::Charts)) {
            const ProgressMatrix matrix = counter.build(
                catalog.all(), [&labels](const std::string& id) { return labels.label(id); });
            if (matrix.omittedColumns > 0)
                host.warning("progress-columns", "the Progress sheet shows the " +
                                                     std::to_string(matrix.columns.size()) +
                                                     " most recent sources; " +
                                                     std::to_string(matrix.omittedColumns) +
                                                     " older ones are left out");
            if (sheetOf(SheetKind::Progress))
                ProgressSheet::write(context, sheetOf(SheetKind::Progress), matrix);
            if (sheetOf(SheetKind::Charts))
                ChartsSheet::write(context, sheetOf(SheetKind::Charts), matrix);
        }
        if (wantsFollowup) {
            followup::Options followupOptions;
            followupOptions.includeProposed = options.includeProposed;
            followupOptions.includeCommentary = options.includeCommentary;
            const followup::Table table =
                followup::buildTable(sourceRecords, followupFindings, followupOptions);
            if (sheetOf(SheetKind::Summary)) {
                std::vector<std::string> names;
                for (SheetKind kind : options.sheets)
                    if (kind != SheetKind::Summary) names.push_back(sheetName(kind));
                SummarySheet::write(context, sheetOf(SheetKind::Summary),
                                    summariseCouncils(sourceRecords, table, actionTallies),
                                    view.sourceCount(), total, today, names);
            }
            if (sheetOf(SheetKind::Followup))
                FollowupSheet::write(context, sheetOf(SheetKind::Followup), table, sourceRecords,
                                     followupFindings, followupOptions);
        }
        if (sheetOf(SheetKind::Sources))
            SourcesSheet::write(context, sheetOf(SheetKind::Sources), view.sourceCount(),
                                [&view](std::size_t i) { return view.source(i); }, tallies);
        setProperties(workbook.get(), title, total);

        host.throwIfCancelled();
        host.progress(kRowsShare, "compressing the workbook");
        dataSheets = data.sheetNames();
        dataRows = std::move(data.rowsToSplice());
        workbook.close();
    }
    // libxlsxwriter has just freed every cell it held, in small blocks glibc keeps; give them
    // back before the data sheet's rows (one large block) are read in, or the process peaks
    // at both.
    ::malloc_trim(0);
    host.progress(0.95, "saving the workbook");
    streamWorkbook(scratch.path(), call.output, host, dataSheets, std::move(dataRows));
    host.progress(1.0, "done");
}

}  // namespace findings::excel
