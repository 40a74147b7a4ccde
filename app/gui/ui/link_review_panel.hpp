// The link review in the detail pane: the selected finding's links (relation, target,
// stance, confidence, review, evidence) and a person's decisions on them. A accepts and R
// rejects the selected link when the list has the focus (buttons do the same); the stance
// is changed with a choice; "Add link…" links the finding to an improvement point chosen
// from a searchable list. Decisions are reported, not applied: the main window records each
// as one undoable edit (FindingsDocument::setLinks).
#pragma once

#include <findings/format/findings_set.hpp>

#include <wx/panel.h>
#include <wx/scrolwin.h>

#include <functional>
#include <string>
#include <vector>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace findings::studio {

// Scrollable, so a short pane scrolls instead of laying the list over the buttons.
class LinkReviewPanel final : public wxScrolled<wxPanel> {
public:
    explicit LinkReviewPanel(wxWindow* parent);

    /// A decision: the finding's new links and the undo label ("Accept Link").
    std::function<void(std::vector<Link> links, const std::string& label)> onDecision;
    /// "Add link…" was chosen.
    std::function<void()> onAddLink;
    /// The "Proposed links only" box was ticked or cleared.
    std::function<void(bool)> onProposedOnly;

    /// Shows a finding's links (null: nothing selected). For the finding already shown, the
    /// selection stays on the link after the one just decided (or the next one still
    /// waiting for review); for another finding it starts at its first waiting link.
    void show(const findings::FindingsSet& set, const Finding* finding);
    /// Ticks the "Proposed links only" box without reporting it.
    void setProposedOnly(bool on);

    /// Decisions on the selected link, as the keys and buttons make them.
    void acceptSelected();
    void rejectSelected();
    /// Gives the selected link this stance (see linkStances()).
    void setSelectedStance(const std::string& stance);
    /// Selects link `index` of the finding shown.
    void selectLink(size_t index);
    /// The selected link's index, or -1.
    long selectedLink() const;

    wxListCtrl* list() const { return list_; }
    wxButton* acceptButton() const { return accept_; }
    wxButton* rejectButton() const { return reject_; }
    wxButton* addButton() const { return add_; }
    wxChoice* stanceChoice() const { return stance_; }
    wxCheckBox* proposedOnlyCheck() const { return proposedOnly_; }
    /// How many links of the finding shown wait for review.
    size_t awaitingCount() const { return awaiting_; }

private:
    void decide(std::vector<Link> links, const std::string& label, size_t decided);
    void updateButtons();

    wxStaticText* summary_;
    wxStaticText* detail_;
    wxListCtrl* list_;
    wxButton* accept_;
    wxButton* reject_;
    wxChoice* stance_;
    wxButton* add_;
    wxCheckBox* proposedOnly_;
    std::string findingId_;       ///< the finding shown ("" for none)
    std::vector<Link> links_;     ///< its links as shown
    std::vector<std::string> fullTargets_;  ///< each link's target, unshortened
    size_t afterDecision_ = static_cast<size_t>(-1);  ///< link decided last, to move past it
    size_t awaiting_ = 0;
    bool filling_ = false;
};

}  // namespace findings::studio
