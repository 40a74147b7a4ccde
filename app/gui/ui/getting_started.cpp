#include "ui/getting_started.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace findings::studio {

const wchar_t* gettingStartedText() {
    return L"1. Import. File \u203a Import Files (Ctrl+O), or drop files on the window: Ofsted's "
           L"letters and reports (PDF, Word, text) and your improvement tracker (Excel or CSV). "
           L"Each finding becomes a row of the table; the Import Log says what was read.\n\n"
           L"2. Check the sources. The Sources tab lists every document with its kind, role, "
           L"date and judgements. Correct what was guessed wrong there. Commentary (news, "
           L"press releases) is shown apart and not counted unless you ask.\n\n"
           L"3. Review the findings. Select a row: its text, themes, strength or weakness and "
           L"action are on the right, and the source below with the sentence marked. Change "
           L"what is wrong, then Confirm (Ctrl+Enter) to move to the next. Every change can be "
           L"undone (Ctrl+Z).\n\n"
           L"4. Follow up. Tools \u203a Link Follow-ups links later findings to the areas for "
           L"improvement they revisit. The Progress tab shows strengths and weaknesses per "
           L"theme and visit; click a cell to see those findings. View \u203a Table Columns "
           L"shows the Action, Owner, Due and RAG columns, and the filter bar finds findings "
           L"with no action planned, overdue actions and Red ones.\n\n"
           L"5. Save and export. File \u203a Save keeps the project as NAME.findings.json. "
           L"File \u203a Export (Ctrl+E) writes the workbook for managers, of every finding or "
           L"only those shown now.\n\n"
           L"Right-click a row to copy its text, open its source or filter by one of its "
           L"themes. Help \u203a Keyboard Shortcuts lists the keys.";
}

GettingStartedDialog::GettingStartedDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, "Getting Started", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    SetName("getting-started");
    // A read-only text box, not a label: it wraps to the dialog, scrolls on a small screen
    // and its text can be selected and copied.
    auto* text = new wxTextCtrl(this, wxID_ANY, gettingStartedText(), wxDefaultPosition, wxDefaultSize,
                                wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP | wxBORDER_NONE);
    text->SetBackgroundColour(GetBackgroundColour());
    text->SetMinSize(wxSize(64 * GetCharWidth(), 24 * GetCharHeight()));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(text, 1, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(CreateButtonSizer(wxOK), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    SetSizerAndFit(sizer);
    CentreOnParent();
}

}  // namespace findings::studio
