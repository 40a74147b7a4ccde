#include "model/import_plan.hpp"

#include <findings/core/diagnostics.hpp>
#include <findings/core/import_service.hpp>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace findings::studio {

namespace fs = std::filesystem;

bool isSpreadsheetImporter(const core::ImporterEntry& importer) {
    if (!importer.importer) return false;
    return importer.id().find("spreadsheet") != std::string::npos ||
           importer.declaresOption("header_row") || importer.declaresOption("map.text");
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

bool hidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return !name.empty() && name[0] == '.';
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
            std::vector<std::string> found;
            fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
            for (; !ec && it != end; it.increment(ec)) {
                if (hidden(it->path())) {
                    if (it->is_directory(ec)) it.disable_recursion_pending();
                    continue;
                }
                if (it->is_regular_file(ec)) found.push_back(it->path().string());
                if (found.size() > kMaxPlannedFiles) break;
            }
            if (ec) plan.rejected.push_back({raw, "cannot read the folder: " + ec.message()});
            if (found.size() > kMaxPlannedFiles) {
                plan.rejected.push_back({raw, "the folder holds more than " +
                                                  std::to_string(kMaxPlannedFiles) +
                                                  " files; import a smaller folder"});
                continue;
            }
            std::sort(found.begin(), found.end());
            if (found.empty()) plan.rejected.push_back({raw, "the folder holds no files"});
            for (const auto& f : found) addFile(registry, f, plan);
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
