// The questions the main window asks the user, behind an interface so GUI tests can answer
// them without a modal dialog blocking the test.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace findings::studio {

class UserPrompts {
public:
    enum class SaveChoice { Save, Discard, Cancel };
    virtual ~UserPrompts() = default;
    /// "Save changes to NAME before closing?"
    virtual SaveChoice askSaveChanges(wxWindow* parent, const wxString& documentName) = 0;
    /// "Recover unsaved work from WHEN?"
    virtual bool askRecover(wxWindow* parent, const wxString& description) = 0;
    /// A project file to save to, or "" when cancelled.
    virtual wxString askSavePath(wxWindow* parent, const wxString& folder, const wxString& name) = 0;
};

/// The real dialogs.
class DialogPrompts final : public UserPrompts {
public:
    SaveChoice askSaveChanges(wxWindow* parent, const wxString& documentName) override;
    bool askRecover(wxWindow* parent, const wxString& description) override;
    wxString askSavePath(wxWindow* parent, const wxString& folder, const wxString& name) override;
};

}  // namespace findings::studio
