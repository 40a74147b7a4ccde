#include "ui/link_review_target_dialog.hpp"

#include "ui/wx_text.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

namespace findings::studio {

LinkTargetDialog::LinkTargetDialog(wxWindow* parent, std::vector<PointChoice> choices, bool followsUp)
    : wxDialog(parent, wxID_ANY, "Add Link", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      choices_(std::move(choices)) {
    SetName("link-target-dialog");
    search_ = new wxSearchCtrl(this, wxID_ANY);
    search_->SetName("link-target-search");
    search_->SetDescriptiveText("Words in the point or its report");
    list_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, wxLB_SINGLE);
    list_->SetName("link-target-list");
    list_->SetMinSize(wxSize(80 * list_->GetCharWidth(), 14 * list_->GetCharHeight()));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(6);
    sizer->Add(new wxStaticText(this, wxID_ANY, followsUp ? "The improvement point this finding follows up:"
                                                          : "The improvement point this plan item answers:"),
               0, wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(search_, 0, wxEXPAND | wxALL, gap);
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);
    if (followsUp) {
        wxArrayString stances;
        for (auto s : linkStances()) stances.Add(wxs(linkStanceLabel(s)));
        stance_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, stances);
        stance_->SetName("link-target-stance");
        stance_->SetSelection(static_cast<int>(linkStances().size() - 1));  // unclear until said
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(new wxStaticText(this, wxID_ANY, "Stance:"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
        row->Add(stance_, 0, wxALIGN_CENTER_VERTICAL);
        sizer->Add(row, 0, wxALL, gap);
    }
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refill(); });
    list_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) {
        if (chosenPoint() != kNoLink) EndModal(wxID_OK);
    });
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(chosenPoint() != kNoLink); }, wxID_OK);
    refill();
    search_->SetFocus();
}

void LinkTargetDialog::setQuery(const wxString& query) {
    search_->ChangeValue(query);
    refill();
}

void LinkTargetDialog::refill() {
    shown_ = matchingChoices(choices_, utf8(search_->GetValue()));
    wxArrayString labels;
    for (size_t i : shown_) labels.Add(wxs(choices_[i].label));
    list_->Set(labels);
    if (!shown_.empty()) list_->SetSelection(0);
}

size_t LinkTargetDialog::chosenPoint() const {
    const int n = list_->GetSelection();
    return n >= 0 && static_cast<size_t>(n) < shown_.size() ? choices_[shown_[static_cast<size_t>(n)]].finding : kNoLink;
}

std::string LinkTargetDialog::chosenStance() const {
    if (!stance_ || stance_->GetSelection() < 0) return {};
    return std::string(linkStances()[static_cast<size_t>(stance_->GetSelection())]);
}

}  // namespace findings::studio
