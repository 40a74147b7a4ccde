// Tools › Link Follow-ups: the core linker over the open project, as one undoable step.
#include "ui/main_frame.hpp"

#include "ui/command_ids.hpp"
#include "ui/import_log_panel.hpp"
#include "ui/finding_editor.hpp"
#include "ui/wx_text.hpp"

#include <findings/core/link/concepts.hpp>
#include <findings/core/linker.hpp>

namespace findings::studio {

void MainFrame::linkFollowUps() {
    editor_->commitPending();
    core::link::TermAnalyzer analyzer;
    core::link::ConceptLayer concepts;
    try {
        concepts = core::link::ConceptLayer::find(host_.folders(), analyzer);
    } catch (const core::link::ConceptFileError& e) {
        // Shown where import problems are shown, without a modal box: the message names the
        // file and the line to fix.
        log_->addNote("Not linked", wxEmptyString, wxs(e.what()));
        showLowerPage(PageImportLog);
        SetStatusText("Follow-ups not linked: the concept file has a mistake (see the import log)", 0);
        return;
    }
    core::LinkSettings settings;
    settings.concepts = concepts.empty() ? nullptr : &concepts;
    const core::LinkReport report = document_.linkFollowUps(settings);
    for (const auto& note : report.notes) log_->addNote("Linking", wxEmptyString, wxs(note));
    SetStatusText(wxString::Format("Linked %zu follow-up%s, %zu plan item%s and %zu restatement%s against %zu "
                                   "improvement point%s; %zu at or above the threshold, the rest kept for review",
                                   report.followUps, report.followUps == 1 ? "" : "s", report.responses,
                                   report.responses == 1 ? "" : "s", report.restatements,
                                   report.restatements == 1 ? "" : "s", report.anchors, report.anchors == 1 ? "" : "s",
                                   report.aboveThreshold),
                  0);
}

}  // namespace findings::studio
