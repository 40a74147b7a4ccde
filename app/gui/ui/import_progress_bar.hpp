// The strip shown under the table while an import runs: what is happening, a gauge of
// files done, and a Cancel button. The window stays usable meanwhile.
#pragma once

#include <wx/panel.h>

#include <functional>

class wxButton;
class wxGauge;
class wxStaticText;

namespace findings::studio {

class ImportProgressBar final : public wxPanel {
public:
    explicit ImportProgressBar(wxWindow* parent);

    std::function<void()> onCancel;

    /// Starts showing progress for `total` files.
    void start(size_t total);
    /// `done` of the files have finished; `current` is the last one.
    void progress(size_t done, size_t total, const wxString& current);
    /// The Cancel button was pressed: say so until the workers stop.
    void cancelling();

    wxButton* cancelButton() const { return cancel_; }

private:
    wxStaticText* label_;
    wxGauge* gauge_;
    wxButton* cancel_;
};

}  // namespace findings::studio
