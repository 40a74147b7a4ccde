#include "ui/link_review_panel.hpp"

#include "model/finding_columns.hpp"
#include "model/followup_links.hpp"
#include "model/source_labels.hpp"
#include "ui/wx_text.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include <algorithm>

namespace findings::studio {

namespace {

enum Col { ColRelation, ColTarget, ColStance, ColConfidence, ColReview, ColEvidence };

}  // namespace

LinkReviewPanel::LinkReviewPanel(wxWindow* parent) : wxScrolled<wxPanel>(parent, wxID_ANY) {
    SetScrollRate(0, FromDIP(10));
    SetName("link-review");
    summary_ = new wxStaticText(this, wxID_ANY, "No finding selected", wxDefaultPosition, wxDefaultSize,
                                wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    summary_->SetMinSize(wxSize(10 * summary_->GetCharWidth(), summary_->GetCharHeight()));
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->SetName("link-list");
    list_->SetHelpText("The finding's links. A accepts and R rejects the selected link.");
    const int chars = list_->GetCharWidth();
    list_->AppendColumn("Relation", wxLIST_FORMAT_LEFT, 11 * chars);
    list_->AppendColumn("Target", wxLIST_FORMAT_LEFT, 30 * chars);
    list_->AppendColumn("Stance", wxLIST_FORMAT_LEFT, 12 * chars);
    list_->AppendColumn("Conf.", wxLIST_FORMAT_RIGHT, 6 * chars);
    list_->AppendColumn("Review", wxLIST_FORMAT_LEFT, 10 * chars);
    list_->AppendColumn("Evidence", wxLIST_FORMAT_LEFT, 30 * chars);
    list_->SetMinSize(wxSize(20 * chars, 4 * list_->GetCharHeight()));

    accept_ = new wxButton(this, wxID_ANY, "Accept (A)");
    accept_->SetName("link-accept");
    accept_->SetToolTip("Accept the selected link (A in the list).");
    reject_ = new wxButton(this, wxID_ANY, "Reject (R)");
    reject_->SetName("link-reject");
    reject_->SetToolTip("Reject the selected link (R in the list); it is kept as rejected, so "
                        "linking again does not propose it anew.");
    wxArrayString stances;
    for (auto s : linkStances()) stances.Add(wxs(linkStanceLabel(s)));
    stance_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, stances);
    stance_->SetName("link-stance");
    stance_->SetToolTip("What the finding says about progress on the point. Changing it accepts the link.");
    add_ = new wxButton(this, wxID_ANY, L"Add &Link\u2026");
    add_->SetName("link-add");
    add_->SetToolTip("Link this finding to an improvement point chosen from a searchable list.");
    proposedOnly_ = new wxCheckBox(this, wxID_ANY, "Proposed links only");
    proposedOnly_->SetName("link-proposed-only");
    proposedOnly_->SetToolTip("Show in the table only the findings whose links wait for review; "
                              "after each decision the next one is selected.");

    // The selected link whole: the list's columns are narrow beside the table.
    detail_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    detail_->SetName("link-detail");
    // Flows onto a second line in a narrow pane rather than cut the last control off.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    const int gap = FromDIP(4);
    buttons->Add(accept_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxBOTTOM, gap);
    buttons->Add(reject_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxBOTTOM, 2 * gap);
    auto* stanceRow = new wxBoxSizer(wxHORIZONTAL);
    stanceRow->Add(new wxStaticText(this, wxID_ANY, "Stance:"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    stanceRow->Add(stance_, 0, wxALIGN_CENTER_VERTICAL);
    buttons->Add(stanceRow, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxBOTTOM, 2 * gap);
    buttons->Add(add_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxBOTTOM, 2 * gap);
    buttons->Add(proposedOnly_, 0, wxALIGN_CENTER_VERTICAL | wxBOTTOM, gap);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // The decisions first, so they stay in view however short the pane; then the links and
    // the selected one whole.
    sizer->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);
    sizer->Add(detail_, 0, wxEXPAND | wxALL, gap);
    SetSizer(sizer);

    accept_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { acceptSelected(); });
    reject_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { rejectSelected(); });
    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onAddLink) onAddLink();
    });
    stance_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int n = stance_->GetSelection();
        if (!filling_ && n >= 0) setSelectedStance(std::string(linkStances()[static_cast<size_t>(n)]));
    });
    proposedOnly_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        if (onProposedOnly) onProposedOnly(proposedOnly_->GetValue());
    });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateButtons(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateButtons(); });
    // One key per decision while the list has the focus: a reviewer working through the
    // queue keeps both hands on the keyboard.
    list_->Bind(wxEVT_LIST_KEY_DOWN, [this](wxListEvent& e) {
        const int key = e.GetKeyCode();
        if (key == 'A' || key == 'a') acceptSelected();
        else if (key == 'R' || key == 'r') rejectSelected();
        else e.Skip();
    });
    updateButtons();
}

void LinkReviewPanel::show(const findings::FindingsSet& set, const Finding* finding) {
    filling_ = true;
    const std::string id = finding ? finding->id : std::string();
    const bool same = !id.empty() && id == findingId_;
    const long before = same ? selectedLink() : -1;
    findingId_ = id;
    links_ = finding ? finding->links : std::vector<Link>{};
    list_->Freeze();
    list_->DeleteAllItems();
    fullTargets_.clear();
    awaiting_ = 0;
    const wxColour decided(0x1E, 0x6B, 0x1E), rejected(0x80, 0x80, 0x80);
    for (size_t i = 0; i < links_.size(); ++i) {
        const Link& l = links_[i];
        const long item = list_->InsertItem(static_cast<long>(i), wxs(relationLabel(l.relation)));
        list_->SetItem(item, ColTarget, wxs(linkTargetText(set, l)));
        fullTargets_.push_back(linkTargetText(set, l, 1000));
        list_->SetItem(item, ColStance, wxs(linkStanceLabel(l.stance)));
        list_->SetItem(item, ColConfidence, wxs(confidenceText(l.confidence)));
        list_->SetItem(item, ColReview, wxs(linkReviewLabel(l)));
        list_->SetItem(item, ColEvidence, wxs(l.evidence));
        if (awaitsReview(l)) ++awaiting_;
        else list_->SetItemTextColour(item, l.review == "rejected" ? rejected : decided);
    }
    list_->Thaw();
    if (!finding) summary_->SetLabel("No finding selected");
    else if (links_.empty()) summary_->SetLabel("No links. Add one to the improvement point this finding follows up.");
    else
        summary_->SetLabel(wxString::Format("%zu link%s, %zu waiting for review", links_.size(),
                                            links_.size() == 1 ? "" : "s", awaiting_));
    // Where the reviewer goes next: past the link just decided to the next waiting one, or
    // where they were; a new finding starts at its first waiting link.
    size_t select = kNoLink;
    if (same && afterDecision_ != kNoLink) select = nextLinkAwaitingReview(links_, afterDecision_);
    if (select == kNoLink && same && before >= 0 && static_cast<size_t>(before) < links_.size())
        select = static_cast<size_t>(before);
    if (select == kNoLink && !same) select = nextLinkAwaitingReview(links_, kNoLink);
    if (select == kNoLink && !links_.empty()) select = 0;
    afterDecision_ = kNoLink;
    if (select != kNoLink) selectLink(select);
    add_->Enable(finding != nullptr);
    filling_ = false;
    updateButtons();
}

void LinkReviewPanel::setProposedOnly(bool on) { proposedOnly_->SetValue(on); }

long LinkReviewPanel::selectedLink() const {
    return list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
}

void LinkReviewPanel::selectLink(size_t index) {
    if (index >= links_.size()) return;
    list_->SetItemState(static_cast<long>(index), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->EnsureVisible(static_cast<long>(index));
    updateButtons();
}

void LinkReviewPanel::updateButtons() {
    const long n = selectedLink();
    const bool any = n >= 0 && static_cast<size_t>(n) < links_.size();
    accept_->Enable(any && links_[static_cast<size_t>(n)].review != "accepted");
    reject_->Enable(any && links_[static_cast<size_t>(n)].review != "rejected");
    const bool followsUp = any && links_[static_cast<size_t>(n)].relation == "follows_up";
    stance_->Enable(followsUp);
    const bool wasFilling = filling_;
    filling_ = true;
    int stance = wxNOT_FOUND;
    if (followsUp)
        for (size_t i = 0; i < linkStances().size(); ++i)
            if (linkStances()[i] == links_[static_cast<size_t>(n)].stance) stance = static_cast<int>(i);
    stance_->SetSelection(stance);
    filling_ = wasFilling;
    // The whole target and the linker's reason, wrapped to the pane's width.
    wxString detail;
    if (any) {
        const Link& l = links_[static_cast<size_t>(n)];
        detail = wxs(relationLabel(l.relation)) + ": " + wxs(ellipsized(fullTargets_[static_cast<size_t>(n)], 220));
        if (!l.evidence.empty()) detail += L"\nEvidence: " + wxs(l.evidence);
    }
    detail_->SetLabel(detail);
    detail_->Wrap(std::max(GetClientSize().x - FromDIP(12), 20 * GetCharWidth()));
    Layout();
    FitInside();
}

void LinkReviewPanel::decide(std::vector<Link> links, const std::string& label, size_t decided) {
    if (!onDecision || links == links_) return;
    afterDecision_ = decided;
    onDecision(std::move(links), label);
}

void LinkReviewPanel::acceptSelected() {
    const long n = selectedLink();
    if (n < 0 || static_cast<size_t>(n) >= links_.size()) return;
    decide(withReview(links_, static_cast<size_t>(n), "accepted"), "Accept Link", static_cast<size_t>(n));
}

void LinkReviewPanel::rejectSelected() {
    const long n = selectedLink();
    if (n < 0 || static_cast<size_t>(n) >= links_.size()) return;
    decide(withReview(links_, static_cast<size_t>(n), "rejected"), "Reject Link", static_cast<size_t>(n));
}

void LinkReviewPanel::setSelectedStance(const std::string& stance) {
    const long n = selectedLink();
    if (n < 0 || static_cast<size_t>(n) >= links_.size() || links_[static_cast<size_t>(n)].relation != "follows_up")
        return;
    decide(withStance(links_, static_cast<size_t>(n), stance), "Change Link Stance", static_cast<size_t>(n));
}

}  // namespace findings::studio
