#include "model/import_plan.hpp"

#include <findings/core/diagnostics.hpp>
#include <findings/core/folder_files.hpp>
#include <findings/core/import_service.hpp>

#include <filesystem>
#include <system_error>

namespace findings::studio {

namespace fs = std::filesystem;

bool isSpreadsheetImporter(const core::ImporterEntry& importer) {
    if (!importer.importer) return false;
    // By what it declares, never by its id: a third party's tracker importer that takes a
    // header row or a column mapping gets the preview too, and one named "spreadsheet-..."
    // that takes neither does not.
    return importer.declaresOption("header_row") || importer.declaresOption("map.text");
}

namespace {

void addFile(const core::PluginRegistry& registry, const std::string& path, ImportPlan& plan) {
    core::DiagnosticList ignored;  // identify() diagnostics matter only for a real import
    try {
        std::string why;
        core::ImporterEntry importer =
            core::chooseImporter(core::probeFile(registry, path, ignored), why);
        if (!importer.plugin) {
            plan.rejected.push_back({path, why});
            return;
        }
        plan.files.push_back({path, importer.id(), isSpreadsheetImporter(importer)});
    } catch (const std::exception& e) {
        plan.rejected.push_back({path, e.what()});
    }
}

}  // namespace

ImportPlan planImport(const core::PluginRegistry& registry, const std::vector<std::string>& paths) {
    ImportPlan plan;
    for (const auto& raw : paths) {
        std::error_code ec;
        const fs::path path(raw);
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            plan.rejected.push_back({raw, "no such file or folder"});
            continue;
        }
        if (fs::is_directory(status)) {
            const core::FolderListing listing = core::filesInFolder(raw, kMaxPlannedFiles);
            if (!listing.error.empty()) plan.rejected.push_back({raw, listing.error});
            else if (listing.files.empty()) plan.rejected.push_back({raw, "the folder holds no files"});
            for (const auto& f : listing.files) addFile(registry, f, plan);
            continue;
        }
        if (!fs::is_regular_file(status)) {
            plan.rejected.push_back({raw, "not a regular file"});
            continue;
        }
        addFile(registry, raw, plan);
    }
    return plan;
}

}  // namespace findings::studio
