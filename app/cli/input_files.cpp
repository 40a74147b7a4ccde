#include "input_files.hpp"

#include <findings/core/folder_files.hpp>
#include <findings/core/import_service.hpp>

#include <sys/stat.h>

namespace findings::cli {

namespace {

bool isFolder(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

/// Why a file found in a folder is not imported, or "" when an importer claims it with at
/// least kFolderMinConfidence (probing reads only its head). A weak guess about a file nobody
/// named (a README, a Makefile mentioning inspections) is not worth importing, while a file
/// named on the command line is always tried, so its outcome is reported either way.
std::string skipReason(Session& s, const std::string& path) {
    core::DiagnosticList probeNoise;  // identify() chatter is not the user's business here
    std::vector<core::Probe> probes;
    try {
        probes = core::probeFile(s.registry, path, probeNoise);
    } catch (const std::exception& e) {
        return std::string("skipped: ") + e.what();
    }
    if (probes.empty() || probes.front().confidence < kFolderMinConfidence) {
        std::string best;
        if (!probes.empty() && probes.front().confidence > 0)
            best = " (the best, " + probes.front().importer.id() + ", is " +
                   std::to_string(probes.front().confidence) + " sure; a file in a folder needs " +
                   std::to_string(kFolderMinConfidence) + ")";
        return "skipped: no importer is confident it reads this file" + best;
    }
    // Confident enough, but as confident as another: the choice rule's own words name them.
    std::string why;
    if (!core::chooseImporter(probes, why).plugin) return "skipped: " + why;
    return {};
}

}  // namespace

InputFiles expandInputs(Session& s) {
    InputFiles inputs;
    const bool forced = !s.args.importer.empty();
    for (const std::string& arg : s.args.files) {
        if (!isFolder(arg)) {
            inputs.files.push_back(arg);
            continue;
        }
        const core::FolderListing listing = core::filesInFolder(arg, kMaxFolderFiles);
        size_t taken = 0;
        for (const std::string& file : listing.files) {
            const std::string skipped = forced ? std::string() : skipReason(s, file);
            if (skipped.empty()) {
                inputs.files.push_back(file);
                ++taken;
            } else {
                s.report(core::Severity::Warning, file, "skipped", skipped);
            }
        }
        if (!listing.error.empty()) {
            s.report(core::Severity::Error, arg, "folder-unreadable", listing.error);
            if (taken == 0) ++inputs.unusable;
        } else if (taken == 0) {
            s.report(core::Severity::Error, arg, "nothing-to-import",
                     listing.files.empty() ? "the folder holds no files"
                                           : "no file in the folder is one an importer reads");
            ++inputs.unusable;
        }
    }
    return inputs;
}

}  // namespace findings::cli
