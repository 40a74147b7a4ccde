#include "ui/user_prompts.hpp"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>

namespace findings::studio {

UserPrompts::SaveChoice DialogPrompts::askSaveChanges(wxWindow* parent, const wxString& name) {
    wxMessageDialog dialog(parent,
                           wxString::Format(L"Save changes to \u201c%s\u201d before closing?", name),
                           "Findings Studio", wxYES_NO | wxCANCEL | wxICON_QUESTION);
    dialog.SetExtendedMessage("Your edits will be lost if you don't save them.");
    dialog.SetYesNoCancelLabels("&Save", "&Don't Save", "&Cancel");
    switch (dialog.ShowModal()) {
    case wxID_YES: return SaveChoice::Save;
    case wxID_NO: return SaveChoice::Discard;
    default: return SaveChoice::Cancel;
    }
}

bool DialogPrompts::askRecover(wxWindow* parent, const wxString& description) {
    wxMessageDialog dialog(parent, "Findings Studio did not close properly last time.",
                           "Recover Unsaved Work", wxYES_NO | wxICON_QUESTION);
    dialog.SetExtendedMessage(description);
    dialog.SetYesNoLabels("&Recover", "&Discard");
    return dialog.ShowModal() == wxID_YES;
}

wxString DialogPrompts::askSavePath(wxWindow* parent, const wxString& folder, const wxString& name) {
    wxFileDialog dialog(parent, "Save Project As", folder, name,
                        "Findings projects (*.findings.json)|*.findings.json|All files|*",
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    return dialog.ShowModal() == wxID_OK ? dialog.GetPath() : wxString();
}

}  // namespace findings::studio
