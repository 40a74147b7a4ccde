// "Add link…": choose the improvement point a finding follows up (or, for a plan item,
// answers) from a list narrowed by typing, and the stance of a follow-up. The list is
// followup_links' linkablePoints(); the dialog only filters and picks.
#pragma once

#include "model/followup_links.hpp"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;
class wxListBox;
class wxSearchCtrl;

namespace findings::studio {

class LinkTargetDialog final : public wxDialog {
public:
    /// `followsUp`: the finding follows points up (it gets a stance); false for a plan item.
    LinkTargetDialog(wxWindow* parent, std::vector<PointChoice> choices, bool followsUp);

    /// Narrows the list to the points holding every word (as typing in the search box does).
    void setQuery(const wxString& query);
    /// The chosen point's finding index, or kNoLink.
    size_t chosenPoint() const;
    /// The stance chosen ("" for a plan item).
    std::string chosenStance() const;

    wxSearchCtrl* searchBox() const { return search_; }
    wxListBox* pointList() const { return list_; }
    wxChoice* stanceChoice() const { return stance_; }

private:
    void refill();

    std::vector<PointChoice> choices_;
    std::vector<size_t> shown_;  ///< indices into choices_ of the list's items
    wxSearchCtrl* search_;
    wxListBox* list_;
    wxChoice* stance_ = nullptr;
};

}  // namespace findings::studio
