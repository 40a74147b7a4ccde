// Help › Getting Started: one short page that walks a new user from importing letters to
// exporting the workbook, in the words the menus use.
#pragma once

#include <wx/dialog.h>

namespace findings::studio {

/// The page's text (plain paragraphs), shared by the dialog and its test.
const wchar_t* gettingStartedText();

class GettingStartedDialog final : public wxDialog {
public:
    explicit GettingStartedDialog(wxWindow* parent);
};

}  // namespace findings::studio
