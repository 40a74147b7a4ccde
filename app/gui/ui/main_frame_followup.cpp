// The Follow-up tab and the link review, wired to the document: a Follow-up cell filters
// the table to the findings behind it; link decisions become undoable edits of one finding;
// the review queue ("Proposed links") moves on to the next finding once one is decided.
#include "ui/main_frame.hpp"

#include "model/followup_links.hpp"
#include "ui/command_ids.hpp"
#include "ui/filter_bar.hpp"
#include "ui/finding_editor.hpp"
#include "ui/findings_table.hpp"
#include "ui/followup_view.hpp"
#include "ui/link_review_panel.hpp"
#include "ui/link_review_target_dialog.hpp"
#include "ui/source_view.hpp"
#include "ui/wx_text.hpp"

#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/splitter.h>

namespace findings::studio {

void MainFrame::buildFollowUp() {
    followUp_ = new FollowUpView(lowerBook_);
    lowerBook_->AddPage(followUp_, "Follow-up");
    linkReview_ = new LinkReviewPanel(detailBook_);
    detailBook_->AddPage(sourceView_, "Source");
    detailBook_->AddPage(linkReview_, "Links");

    followUp_->onCellChosen = [this](const std::vector<std::string>& ids, const std::string& what) {
        // Only those findings: every other criterion would hide some of them.
        FilterState f;
        f.onlyFindings = ids;
        f.proposedLinksOnly = false;
        f.lowConfidenceBelow = filterBar_->state().lowConfidenceBelow;
        filterBar_->apply(f);  // reports back through onChange
        SetStatusText(wxString::Format("Showing the %s (Clear filters shows every finding)", wxs(what)), 0);
        table_->SetFocus();
    };
    linkReview_->onDecision = [this](std::vector<Link> links, const std::string& label) {
        if (current_) document_.setLinks(*current_, std::move(links), label);
    };
    linkReview_->onAddLink = [this] { onAddLinkCommand(); };
    linkReview_->onProposedOnly = [this](bool on) { setProposedLinksOnly(on); };

    document_.subscribe([this](const DocumentChange& change) {
        if (change.kind == DocumentChange::Kind::StateChanged) return;
        followUpDirty_ = true;
        refreshFollowUpIfShown();
    });
    lowerBook_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        // The table needs more than the log's strip of height to show its rows: give the
        // lower pane half the window when it has less (the user can move the sash back).
        if (lowerBook_->GetSelection() == PageFollowUp && mainSplit_->IsSplit()) {
            const int height = mainSplit_->GetClientSize().y;
            if (height - mainSplit_->GetSashPosition() < height * 45 / 100)
                mainSplit_->SetSashPosition(height / 2);
        }
        refreshFollowUpIfShown();
        e.Skip();
    });
}

void MainFrame::refreshFollowUpIfShown() {
    if (!followUpDirty_ || lowerBook_->GetSelection() != PageFollowUp) return;
    followUp_->update(document_.set());
    followUpDirty_ = false;
}

void MainFrame::showLinksOf(const Finding* finding) {
    linkReview_->show(document_.set(), finding);
    linkReview_->setProposedOnly(view_->filter().proposedLinksOnly);
    const size_t waiting = linkReview_->awaitingCount();
    const size_t links = finding ? finding->links.size() : 0;
    detailBook_->SetPageText(DetailLinks, waiting ? wxString::Format("Links (%zu to review)", waiting)
                                          : links ? wxString::Format("Links (%zu)", links)
                                                  : wxString("Links"));
}

void MainFrame::setProposedLinksOnly(bool on) {
    FilterState f = filterBar_->state();
    if (f.proposedLinksOnly == on) return;
    f.proposedLinksOnly = on;
    filterBar_->apply(f);  // reports back through onChange
    linkReview_->setProposedOnly(on);
    if (!on) return;
    detailBook_->SetSelection(DetailLinks);
    // Reviewing links needs the list in view: give it at least half the detail pane.
    if (detailSplit_->IsSplit()) {
        const int height = detailSplit_->GetClientSize().y;
        if (height - detailSplit_->GetSashPosition() < height / 2) detailSplit_->SetSashPosition(height / 2);
    }
    if (!current_ && view_->rowCount() > 0) table_->selectRow(0);
    SetStatusText(view_->rowCount() ? wxString::Format("%zu finding%s with links to review: A accepts, R rejects",
                                                       view_->rowCount(), view_->rowCount() == 1 ? "" : "s")
                                    : wxString("No links wait for review"),
                  0);
    linkReview_->list()->SetFocus();
}

bool MainFrame::addLinkToCurrent(size_t point, const std::string& stance) {
    const auto& findings = document_.set().findings;
    if (!current_ || point >= findings.size()) return false;
    const Finding& from = findings[*current_];
    return document_.setLinks(*current_, withLink(from.links, personLink(from, findings[point], stance)), "Add Link");
}

void MainFrame::onAddLinkCommand() {
    if (!current_) return;
    const Finding& from = document_.set().findings[*current_];
    std::vector<PointChoice> choices = linkablePoints(document_.set(), *current_);
    if (choices.empty()) {
        SetStatusText("No earlier improvement point is left to link this finding to", 0);
        return;
    }
    if (!options_.interactive) return;
    LinkTargetDialog dialog(this, std::move(choices), relationFrom(from) == "follows_up");
    if (dialog.ShowModal() != wxID_OK || dialog.chosenPoint() == kNoLink) return;
    addLinkToCurrent(dialog.chosenPoint(), dialog.chosenStance());
}

}  // namespace findings::studio
