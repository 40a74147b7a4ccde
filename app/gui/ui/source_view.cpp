#include "ui/source_view.hpp"

#include "ui/wx_text.hpp"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/weakref.h>

#include <algorithm>

namespace findings::studio {

namespace {

/// The position about `screens` of the control's height below `start`, estimating how
/// lines wrap from the average character width.
long positionBelow(wxTextCtrl* text, long start, double screens) {
    long column = 0, line = 0;
    if (!text->PositionToXY(start, &column, &line)) return start;
    const wxSize client = text->GetClientSize();
    const long perLine = std::max(20, client.x / std::max(1, text->GetCharWidth()));
    long rows = std::max(2L, static_cast<long>(screens * client.y / std::max(1, text->GetCharHeight())));
    const long lines = text->GetNumberOfLines();
    for (long l = line; l < lines; ++l) {
        const long from = l == line ? column : 0;
        const long length = text->GetLineLength(l) - from;
        const long wrapped = std::max(1L, (length + perLine - 1) / perLine);
        if (wrapped >= rows) return text->XYToPosition(from + (rows - 1) * perLine, l);
        rows -= wrapped;
    }
    return text->GetLastPosition();
}

}  // namespace

SourceView::SourceView(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("source-view");
    heading_ = new wxStaticText(this, wxID_ANY, "Source", wxDefaultPosition, wxDefaultSize,
                                wxST_ELLIPSIZE_MIDDLE);
    heading_->SetFont(heading_->GetFont().Bold());
    text_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP);
    text_->SetName("source-text");
    text_->SetHelpText("The original document, with the selected finding highlighted.");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(4);
    sizer->Add(heading_, 0, wxEXPAND | wxALL, gap);
    sizer->Add(text_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizer(sizer);
}

void SourceView::show(const Finding* finding, const Source* source) {
    if (!finding) {
        heading_->SetLabel("Source");
        text_->ChangeValue(wxEmptyString);
        shownText_.clear();
        excerpt_ = {};
        return;
    }
    excerpt_ = excerptFor(*finding, source, cache_);
    heading_->SetLabel(wxs(excerpt_.heading.empty() ? std::string("Source") : excerpt_.heading));
    const wxColour normalBack = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const wxColour normalText = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    if (excerpt_.text != shownText_) {
        text_->ChangeValue(wxs(excerpt_.text));
        shownText_ = excerpt_.text;
    } else {
        // Same document: only the highlight moves.
        text_->SetStyle(0, text_->GetLastPosition(), wxTextAttr(normalText, normalBack));
    }
    if (excerpt_.highlightEnd > excerpt_.highlightStart) {
        const long start = static_cast<long>(excerpt_.highlightStart);
        const long end = static_cast<long>(excerpt_.highlightEnd);
        text_->SetStyle(start, end, wxTextAttr(wxColour(0x20, 0x20, 0x20), wxColour(0xFF, 0xE8, 0x80)));
        // Scroll after layout. GTK scrolls as little as it can and keeps only the last
        // request of a layout cycle, so one request is made, for the position about two
        // thirds of a screen below the start (counting wrapped lines by the average
        // character width): the finding's first line ends up in the upper third of the view.
        wxWeakRef<wxTextCtrl> text(text_);
        CallAfter([text, start] {
            if (!text) return;
            text->ShowPosition(positionBelow(text, start, 2.0 / 3));
        });
    }
}

}  // namespace findings::studio
