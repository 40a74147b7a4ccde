#include "ui/control_sizing.hpp"

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/settings.h>

#include <algorithm>

namespace findings::studio {

void fitChoiceToItems(wxChoice* choice) {
    int widest = 0;
    for (unsigned i = 0; i < choice->GetCount(); ++i)
        widest = std::max(widest, choice->GetTextExtent(choice->GetString(i)).x);
    // Room for the arrow (about a square of the control's height) and the frame's padding.
    const wxSize best = choice->GetBestSize();
    const int chrome = best.y + 2 * choice->GetCharWidth();
    choice->SetMinSize(wxSize(std::max(best.x, widest + chrome), -1));
}

int fitListColumns(wxListCtrl* list) {
    int total = 0;
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        list->SetColumnWidth(c, wxLIST_AUTOSIZE);
        const int cells = list->GetColumnWidth(c);
        list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
        const int header = list->GetColumnWidth(c);
        // A little air after the widest cell, so it does not touch the next column.
        const int width = std::max(cells + list->GetCharWidth(), header);
        list->SetColumnWidth(c, width);
        total += width;
    }
    return total;
}

}  // namespace findings::studio
