// `findings link IN.findings.json... -o OUT.findings.json [--threshold X]`: follow-up links
// across visits (what became of each area for improvement), and `import --link` after an
// import. Both go through linkInto, so the two say the same things.
#include "commands.hpp"

#include <findings/core/findings_file.hpp>
#include <findings/format/findings_json.hpp>
#include <findings/core/import_service.hpp>
#include <findings/core/linker.hpp>

#include <cstdio>

namespace findings::cli {

namespace {

std::string percent(double x) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", x);
    return buf;
}

}  // namespace

bool linkInto(Session& s, findings::FindingsSet& set) {
    core::LinkSettings settings;
    if (s.args.threshold >= 0) settings.threshold = s.args.threshold;
    core::link::TermAnalyzer analyzer;
    core::link::ConceptLayer concepts;
    if (!s.args.noConcepts) {
        try {
            concepts = core::link::ConceptLayer::find(s.pluginDirs, analyzer);
        } catch (const core::link::ConceptFileError& e) {
            // The message names the file and the line: "FILE:LINE: concept 3 has no forms".
            s.report(core::Severity::Error, "", "bad-concepts", e.what());
            return false;
        }
        if (concepts.empty())
            s.report(core::Severity::Warning, "", "no-concepts",
                     "no concept file (data/concepts.json) was found beside the plugins; linking "
                     "on shared words and themes alone");
        settings.concepts = &concepts;
    }
    const core::LinkReport r = core::linkFindings(set, settings);
    for (const auto& note : r.notes) s.report(core::Severity::Info, "", "link-note", note);
    if (!s.args.quiet)
        s.report(core::Severity::Info, s.args.output, "linked",
                 std::to_string(r.followUps) + " follow-up, " + std::to_string(r.responses) +
                     " plan and " + std::to_string(r.restatements) + " restatement links proposed against " +
                     std::to_string(r.anchors) + " improvement points in " + std::to_string(r.authorities) +
                     (r.authorities == 1 ? " local authority; " : " local authorities; ") + std::to_string(r.aboveThreshold) + " at or above the threshold " +
                     percent(settings.threshold) + ", the rest kept for review; " +
                     std::to_string(r.keptDecisions) + " links decided by people kept as they were");
    return true;
}

int runLink(Session& s) {
    if (s.args.files.empty()) throw UsageError("link needs at least one FILE.findings.json");
    if (s.args.output.empty()) throw UsageError("link needs -o OUT.findings.json");
    if (s.args.threshold > 1) throw UsageError("--threshold is a confidence from 0 to 1");
    findings::FindingsSet set;
    int status = 0;
    for (const auto& file : s.args.files) {
        try {
            for (const auto& warning : core::appendImport(set, findings::readFindingsFile(file)))
                s.report(core::Severity::Warning, file, "duplicate-source", warning);
        } catch (const std::exception& e) {
            // readFindingsFile's message already begins with the file's name.
            s.report(core::Severity::Error, "", "unreadable", e.what());
            status = 1;
        }
    }
    if (status) {
        s.report(core::Severity::Error, s.args.output, "nothing-written",
                 "a document could not be read; nothing was written");
        return status;
    }
    if (!linkInto(s, set)) return 1;
    try {
        core::writeFindingsFile(set, s.args.output, s.args.files);
    } catch (const std::exception& e) {
        s.report(core::Severity::Error, s.args.output, "write-failed", e.what());
        return 1;
    }
    return 0;
}

}  // namespace findings::cli
