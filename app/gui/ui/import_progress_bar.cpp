#include "ui/import_progress_bar.hpp"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace findings::studio {

ImportProgressBar::ImportProgressBar(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("import-progress");
    label_ = new wxStaticText(this, wxID_ANY, L"Importing\u2026", wxDefaultPosition, wxDefaultSize,
                              wxST_ELLIPSIZE_MIDDLE);
    gauge_ = new wxGauge(this, wxID_ANY, 100);
    gauge_->SetName("import-gauge");
    cancel_ = new wxButton(this, wxID_CANCEL, "&Cancel Import");
    cancel_->SetName("import-cancel");
    cancel_->SetToolTip("Stop importing; files already imported are kept.");
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    const int gap = FromDIP(4);
    sizer->Add(label_, 2, wxALIGN_CENTER_VERTICAL | wxALL, gap);
    sizer->Add(gauge_, 3, wxALIGN_CENTER_VERTICAL | wxALL, gap);
    sizer->Add(cancel_, 0, wxALIGN_CENTER_VERTICAL | wxALL, gap);
    SetSizer(sizer);
    cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onCancel) onCancel();
    });
}

void ImportProgressBar::start(size_t total) {
    gauge_->SetRange(static_cast<int>(std::max<size_t>(total, 1)));
    gauge_->SetValue(0);
    label_->SetLabel(wxString::Format(L"Importing %zu file%s\u2026", total, total == 1 ? "" : "s"));
    cancel_->Enable();
}

void ImportProgressBar::progress(size_t done, size_t total, const wxString& current) {
    gauge_->SetRange(static_cast<int>(std::max<size_t>(total, 1)));
    gauge_->SetValue(static_cast<int>(std::min(done, total)));
    label_->SetLabel(wxString::Format("Imported %zu of %zu: %s", done, total, current));
}

void ImportProgressBar::cancelling() {
    label_->SetLabel(L"Cancelling\u2026");
    cancel_->Disable();
}

}  // namespace findings::studio
