// The source view: the original document's text with the selected finding's lines
// highlighted and scrolled into view; for a spreadsheet row, the row's cells; for a PDF or
// Word file, the finding and where it is.
#pragma once

#include "model/source_excerpt.hpp"

#include <wx/panel.h>

class wxStaticText;
class wxTextCtrl;

namespace findings::studio {

class SourceView final : public wxPanel {
public:
    explicit SourceView(wxWindow* parent);

    /// Shows the finding in its source (null: nothing selected).
    void show(const Finding* finding, const Source* source);

    wxTextCtrl* textControl() const { return text_; }
    /// The excerpt last shown (tests check the highlight).
    const SourceExcerpt& excerpt() const { return excerpt_; }

private:
    wxStaticText* heading_;
    wxTextCtrl* text_;
    SourceTextCache cache_;
    SourceExcerpt excerpt_;
    std::string shownText_; ///< the text in the control, to avoid resetting it per finding
};

}  // namespace findings::studio
